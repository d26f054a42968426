"""``python -m auth_overlay._cli``: the ``auth-overlay`` command."""

import sys

from auth_overlay._cli._main import main

sys.exit(main())
