"""The one URL policy: https (wss) everywhere, plain http (ws) only to this machine (the sandbox, tests)."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

import httpx

from auth_overlay import errors


def is_loopback(host: str) -> bool:
    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_url(url: str, what: str, provider: str) -> str:
    """https everywhere; plain http only to this machine (the sandbox, tests)."""
    if not isinstance(url, str) or any(ch.isspace() or not ch.isprintable() for ch in url):
        # CR/LF/NUL, tabs or other control characters: urlsplit strips some of them silently,
        # httpx refuses them later with a raw InvalidURL. Refuse them here, before any I/O.
        raise errors.ConfigurationError(f"{what} contains whitespace or control characters", provider=provider)
    try:
        parts = urlsplit(url)
        httpx.URL(url)
    except (ValueError, httpx.InvalidURL):
        raise errors.ConfigurationError(f"{what} is not a URL", provider=provider) from None
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise errors.ConfigurationError(f"{what} must be an absolute https:// URL", provider=provider)
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise errors.ConfigurationError(
            f"{what} uses plain http:// to a remote host; credentials are only ever sent over https "
            "(http is allowed for loopback addresses)",
            provider=provider,
        )
    if parts.username or parts.password:
        raise errors.ConfigurationError(f"{what} must not carry credentials", provider=provider)
    return url


def check_socket_url(url: str, what: str, provider: str) -> str:
    """``wss://`` everywhere; plain ``ws://`` only to this machine, as for ``http://``."""
    scheme, sep, rest = url.partition("://") if isinstance(url, str) else ("", "", "")
    if not sep or scheme.lower() not in ("ws", "wss"):
        raise errors.ConfigurationError(f"{what} must be an absolute wss:// URL", provider=provider)
    host = urlsplit("https://" + rest).hostname if "\n" not in rest else None
    if scheme.lower() == "ws" and not is_loopback(host or ""):
        raise errors.ConfigurationError(
            f"{what} uses plain ws:// to a remote host; tokens only travel over wss:// (ws is allowed for loopback)",
            provider=provider,
        )
    check_url("https://" + rest, what, provider)  # the same checks as every other URL: no spaces, no user:pass@
    return url
