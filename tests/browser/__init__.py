"""Browser tests: the built site as a visitor sees it."""
