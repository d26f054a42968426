"""``python -m auth_overlay.testing.sandbox``."""

from ._cli import serve

raise SystemExit(serve())
