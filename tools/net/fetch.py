"""Fetch a vendor's page or spec the careful way: one function, ``fetch(url, …)``.

- https only; plain http is allowed to loopback addresses alone (tests, local mirrors),
  the rule auth_overlay applies to token endpoints;
- redirects are followed (at most 5), each one checked by the same rule, and never from
  https down to http, not even to loopback: an https source stays https;
- one deadline for the whole fetch — name lookup, connect, TLS, every read, every redirect —
  so a server sending one byte a second cannot keep it going (tools/net/http1.py);
- a size cap, checked as the body arrives (after decompression): an endless or huge body is
  refused, never read into memory whole; a body shorter than its Content-Length, or a chunked
  body cut off, is an error, never a smaller document;
- conditional requests: the ETag / Last-Modified recorded in the manifest are sent as
  If-None-Match / If-Modified-Since, and a 304 means "unchanged" without a body.

Every failure is a ``FetchError`` with one line a person can act on ("HTTP 404 Not Found",
"timed out after 30s (the whole fetch, not one read)", "redirect to http://… refused").
"""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from tools.core.errors import ToolError
from tools.net.http1 import Deadline, ExchangeError, Target, get

TIMEOUT_S = 30.0  # for the whole fetch, redirects included
MAX_BYTES = 20 * 1024 * 1024  # a docs page or a spec, not a download: refuse anything absurd
MAX_REDIRECTS = 5
REDIRECTS = frozenset({301, 302, 303, 307, 308})
USER_AGENT = "auth-overlay-spec-watch/2"
# manifest key → (response header, conditional request header)
VALIDATORS = {"etag": ("etag", "If-None-Match"), "last_modified": ("last-modified", "If-Modified-Since")}


class FetchError(ToolError):
    """The source could not be fetched; the message says why in one line."""


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # where the bytes finally came from (after redirects)
    data: bytes | None  # None: 304 Not Modified
    validators: dict[str, str] = field(default_factory=dict)

    @property
    def not_modified(self) -> bool:
        return self.data is None


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_url(url: str) -> None:
    """FetchError unless url is https, or http to a loopback address."""
    parts = urlsplit(url)
    scheme, host = parts.scheme.lower(), parts.hostname or ""
    if scheme == "https" and host:
        return
    if scheme == "http" and is_loopback(host):
        return
    if scheme == "http":
        raise FetchError(f"{url}: plain http is refused except to loopback addresses; use https")
    raise FetchError(f"{url}: only https URLs (or http to loopback) can be fetched")


def target(url: str) -> Target:
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        raise FetchError(f"{url}: not a valid port") from None
    scheme = parts.scheme.lower()
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return Target(scheme, parts.hostname or "", port or (443 if scheme == "https" else 80), path)


def fetch(
    url: str,
    validators: Mapping[str, str] | None = None,
    *,
    timeout: float = TIMEOUT_S,
    max_bytes: int = MAX_BYTES,
    deadline: Deadline | None = None,
) -> Fetched:
    """GET url; with validators a conditional GET (a 304 gives ``data=None``). ``timeout`` bounds
    the whole fetch; a ``deadline`` shared by several fetches (a harvest) bounds them together."""
    check_url(url)
    clock = deadline or Deadline(timeout)
    headers = {
        "User-Agent": USER_AGENT,
        "Accept": "application/json, application/yaml, text/markdown, text/plain, */*",
        "Accept-Encoding": "gzip, identity",
    }
    for key, (_, request_header) in VALIDATORS.items():
        if validators and validators.get(key):
            headers[request_header] = validators[key]
    current, seen = url, [url]
    for _ in range(MAX_REDIRECTS + 1):
        try:
            response = get(target(current), headers, clock, max_bytes)
        except ExchangeError as exc:
            raise FetchError(f"{current}: {exc}") from None
        if response.status == 304:
            return Fetched(current, None, _validators(response.headers) or dict(validators or {}))
        if response.status in REDIRECTS and "location" in response.headers:
            current = _redirect(current, response.status, response.headers["location"], seen)
            continue
        if not 200 <= response.status < 300:
            raise FetchError(f"{current}: HTTP {response.status} {response.reason[:80]}".rstrip())
        return Fetched(current, response.body, _validators(response.headers))
    raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects; refused")


def _redirect(current: str, status: int, location: str, seen: list[str]) -> str:
    following = urljoin(current, location.strip())
    shown = following if len(following) <= 200 else following[:199] + "…"
    if urlsplit(current).scheme.lower() == "https" and urlsplit(following).scheme.lower() != "https":
        raise FetchError(f"{current}: redirect ({status}) to {shown} refused: an https source is never left for http")
    try:
        check_url(following)
    except FetchError:
        raise FetchError(f"{current}: redirect ({status}) to {shown} refused: only https is followed") from None
    if following in seen:
        raise FetchError(f"{current}: redirect ({status}) loops back to {shown}")
    seen.append(following)
    return following


def _validators(headers: Mapping[str, str]) -> dict[str, str]:
    return {key: value for key, (header, _) in VALIDATORS.items() if (value := headers.get(header))}
