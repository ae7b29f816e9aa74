"""``python -m mkdocs_esfomo``: the ``esfomo`` command."""

import sys

from .cli import main

sys.exit(main())
