"""The ``auth-overlay`` command (``_main``) and the demo it runs (``_demo``)."""

from auth_overlay._cli._main import main

__all__ = ["main"]
