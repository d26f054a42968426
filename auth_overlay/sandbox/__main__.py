"""``python -m auth_overlay.sandbox``."""

from ._cli import serve

raise SystemExit(serve())
