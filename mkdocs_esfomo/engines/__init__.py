"""How a built site is produced: MkDocs runs the plugin; for Zensical the site is made first (tree, zensical)."""


class Failed(Exception):
    """A build or publication could not be done; the message (one line) says why."""
