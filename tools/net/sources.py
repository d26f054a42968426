"""A source named by the command line or a manifest: an http(s) URL (fetched carefully) or a file."""

from __future__ import annotations

from pathlib import Path

from tools.core.errors import ToolError
from tools.net.fetch import MAX_BYTES as MAX_PAGE_BYTES
from tools.net.fetch import TIMEOUT_S, fetch
from tools.parse.pages import URL, Page


def read_page(where: str, *, timeout: float = TIMEOUT_S) -> Page:
    """The page's bytes from a file or URL (tools/net/fetch.py: https, a deadline, a size cap)."""
    if URL.match(where):
        fetched = fetch(where, timeout=timeout)
        assert fetched.data is not None  # no validators sent, so never a 304
        return Page(where, fetched.data, tuple(fetched.validators.items()))
    if "://" in where:
        raise ToolError(f"{where}: only http(s) URLs and file paths are supported")
    path = Path(where)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ToolError(f"cannot read {where}: {exc.strerror or exc}") from None
    if len(data) > MAX_PAGE_BYTES:
        raise ToolError(f"{where}: larger than {MAX_PAGE_BYTES} bytes")
    return Page(path.name, data)


def read_source(where: str, validators: dict[str, str] | None, timeout: float = TIMEOUT_S) -> Page | None:
    """A page from a URL (conditional when validators are given; None for 304) or a file."""
    if URL.match(where):
        fetched = fetch(where, validators, timeout=timeout)
        if fetched.data is None:
            return None
        return Page(where, fetched.data, tuple(fetched.validators.items()))
    path = Path(where)
    try:
        return Page(path.name, path.read_bytes())
    except OSError as exc:
        raise ToolError(f"cannot read {where}: {exc.strerror or exc}") from None
