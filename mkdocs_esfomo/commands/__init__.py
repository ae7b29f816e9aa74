"""The ``esfomo`` command: parse and dispatch, and the commands that edit a user's files."""
