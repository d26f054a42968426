"""Where the tools keep what they may remember between runs, and the one switch that turns it off.

``AUTH_OVERLAY_TOOL_CACHE`` unset: ``$XDG_CACHE_HOME/auth-overlay`` (else ``~/.cache/auth-overlay``);
a path: that folder; ``off`` (or ``0``, ``no``): nothing is remembered. What is kept there only
saves time: the *valid* verdicts of the spec validator and the generated clients
(tools/generate/cache.py); deleting the folder at any moment is always safe.
"""

from __future__ import annotations

import os
from pathlib import Path

CACHE_ENV = "AUTH_OVERLAY_TOOL_CACHE"
OFF = frozenset({"off", "0", "no"})


def tool_cache_dir(kind: str) -> Path | None:
    """The folder for one kind of remembered result (not created), or None when caching is off."""
    setting = os.environ.get(CACHE_ENV, "")
    if setting.strip().lower() in OFF:
        return None
    if setting:
        return Path(setting) / "auth-overlay" / kind
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "auth-overlay" / kind
