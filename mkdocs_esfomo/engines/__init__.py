"""How a built site is produced: MkDocs runs the plugin; for Zensical the site is made first (tree, zensical)."""
