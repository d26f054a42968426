"""Fetch a vendor's page or spec the careful way: one function, ``fetch(url, …)``.

- https only; plain http is allowed to loopback addresses alone (tests, local mirrors),
  the rule auth_overlay applies to token endpoints;
- redirects are followed (at most 5), each one checked by the same rule, so an https
  source cannot be downgraded to http by a redirect;
- a timeout for the connection and each read, and a size cap: an endless or huge body
  is refused, never read into memory whole;
- conditional requests: the ETag / Last-Modified recorded in the manifest are sent as
  If-None-Match / If-Modified-Since, and a 304 means "unchanged" without a body.

Every failure is a ``FetchError`` with one line a person can act on ("HTTP 404 Not Found",
"timed out after 30s", "redirect to http://… refused").
"""

from __future__ import annotations

import ipaddress
import socket
import urllib.error
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.message import Message
from http.client import HTTPMessage
from typing import IO
from urllib.parse import urlsplit

from tools.core.errors import ToolError

TIMEOUT_S = 30.0
MAX_BYTES = 20 * 1024 * 1024  # a docs page or a spec, not a download: refuse anything absurd
MAX_REDIRECTS = 5
USER_AGENT = "auth-overlay-spec-watch/1"
# manifest key → (response header, conditional request header)
VALIDATORS = {"etag": ("ETag", "If-None-Match"), "last_modified": ("Last-Modified", "If-Modified-Since")}


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


class _CheckedRedirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS

    def redirect_request(
        self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str, headers: HTTPMessage, newurl: str
    ) -> urllib.request.Request | None:
        try:
            check_url(newurl)
        except FetchError:
            raise FetchError(f"{req.full_url}: redirect ({code}) to {newurl} refused: only https is followed") from None
        return super().redirect_request(req, fp, code, msg, headers, newurl)


_OPENER = urllib.request.build_opener(_CheckedRedirects)


def fetch(
    url: str,
    validators: Mapping[str, str] | None = None,
    *,
    timeout: float = TIMEOUT_S,
    max_bytes: int = MAX_BYTES,
) -> Fetched:
    """GET url; with validators a conditional GET (a 304 gives ``data=None``)."""
    check_url(url)
    headers = {"User-Agent": USER_AGENT, "Accept": "application/json, application/yaml, text/markdown, */*"}
    for key, (_, request_header) in VALIDATORS.items():
        if validators and validators.get(key):
            headers[request_header] = validators[key]
    request = urllib.request.Request(url, headers=headers)  # noqa: S310 (scheme checked above)
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            data: bytes = response.read(max_bytes + 1)
            final_url: str = response.geturl()
            found = _validators(response.headers)
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return Fetched(url, None, _validators(exc.headers) or dict(validators or {}))
        raise FetchError(f"{url}: HTTP {exc.code} {exc.reason}") from None
    except FetchError:
        raise
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError | socket.timeout):
            raise FetchError(f"{url}: timed out after {timeout:g}s") from None
        raise FetchError(f"{url}: cannot connect ({reason})") from None
    except TimeoutError:
        raise FetchError(f"{url}: timed out after {timeout:g}s") from None
    except (OSError, ValueError) as exc:  # reset connections, malformed responses
        raise FetchError(f"{url}: {type(exc).__name__}: {exc}") from None
    if len(data) > max_bytes:
        raise FetchError(f"{url}: larger than {max_bytes} bytes; refused")
    return Fetched(final_url, data, found)


def _validators(headers: Message | None) -> dict[str, str]:
    if headers is None:
        return {}
    return {key: value for key, (header, _) in VALIDATORS.items() if (value := headers.get(header))}
