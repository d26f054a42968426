"""The one URL policy: https everywhere, plain http only to this machine (the sandbox, tests)."""

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
