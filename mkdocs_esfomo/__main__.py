"""``python -m mkdocs_esfomo``: the ``esfomo`` command."""

import sys

from .commands.cli import main

sys.exit(main())
