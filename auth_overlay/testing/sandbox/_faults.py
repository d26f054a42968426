"""Faults: what a vendor (or the network in front of it) can do to a token request.

A fault is queued per provider with :meth:`Sandbox.add_fault` and applies to that
provider's token endpoints, first queued first, ``times`` requests long (``None``: until
cleared). ``endpoint`` narrows a fault to request paths ending with that string, for
example ``"/auth/renewaccesstoken"``. A fault with an ``endpoint`` that matches an API route
(``Fault.html(502, endpoint="/order/list")``) applies to that route too; a fault without one
only ever touches token endpoints.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from ._models import CannedResponse, RecordedRequest

FaultKind = Literal[
    "drop_connection",
    "latency",
    "oversized",
    "patch",
    "respond_with",
    "slow_body",
    "status",
    "truncated",
]

Responder = Callable[[RecordedRequest], CannedResponse | None]

_HTML_PAGE = (
    b"<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>"
    b"<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center>"
    b"</body></html>\n"
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Fault:
    """One misbehaviour; build it with a classmethod constructor rather than directly."""

    kind: FaultKind
    times: int | None = 1
    endpoint: str | None = None
    seconds: float = 0.0
    response: CannedResponse | None = None
    size: int = 0
    reset: bool = False
    set_fields: tuple[tuple[str, object], ...] = ()
    remove_fields: tuple[str, ...] = ()
    responder: Responder | None = None

    def __post_init__(self) -> None:
        if self.times is not None and self.times < 1:
            raise ValueError("times must be a positive count or None (until cleared)")
        if self.seconds < 0:
            raise ValueError("seconds must not be negative")

    def applies_to(self, path: str) -> bool:
        return self.endpoint is None or path.endswith(self.endpoint)

    # -- constructors -------------------------------------------------------------------

    @classmethod
    def latency(cls, seconds: float, *, times: int | None = 1, endpoint: str | None = None) -> Fault:
        """Wait ``seconds`` before answering normally (a client timeout shorter than that fires)."""
        return cls(kind="latency", seconds=seconds, times=times, endpoint=endpoint)

    @classmethod
    def status(
        cls,
        code: int,
        body: bytes | str = b"",
        *,
        content_type: str | None = "application/json",
        headers: Mapping[str, str] | None = None,
        times: int | None = 1,
        endpoint: str | None = None,
    ) -> Fault:
        """Answer with any canned response instead of the vendor's."""
        raw = body.encode("utf-8") if isinstance(body, str) else body
        response = CannedResponse(
            status=code,
            body=raw,
            content_type=content_type,
            headers=tuple((headers or {}).items()),
        )
        return cls(kind="status", response=response, times=times, endpoint=endpoint)

    @classmethod
    def json(
        cls,
        code: int,
        payload: object,
        *,
        headers: Mapping[str, str] | None = None,
        times: int | None = 1,
        endpoint: str | None = None,
    ) -> Fault:
        """Answer ``code`` with ``payload`` serialised as JSON (e.g. a 200 without a token)."""
        return cls.status(
            code,
            json.dumps(payload).encode("utf-8"),
            headers=headers,
            times=times,
            endpoint=endpoint,
        )

    @classmethod
    def html(cls, code: int = 502, *, times: int | None = 1, endpoint: str | None = None) -> Fault:
        """A gateway's HTML error page."""
        return cls.status(code, _HTML_PAGE, content_type="text/html", times=times, endpoint=endpoint)

    @classmethod
    def malformed(cls, code: int = 200, *, times: int | None = 1, endpoint: str | None = None) -> Fault:
        """Truncated JSON with a correct Content-Length."""
        return cls.status(code, b'{"access_token": "4f2a', times=times, endpoint=endpoint)

    @classmethod
    def rate_limited(
        cls,
        retry_after: str | float | None = None,
        *,
        code: int = 429,
        body: bytes | str = b"",
        times: int | None = 1,
        endpoint: str | None = None,
    ) -> Fault:
        """429, empty body by default, with ``Retry-After`` (seconds or HTTP date) or without."""
        headers: dict[str, str] = {}
        if retry_after is not None:
            headers["Retry-After"] = retry_after if isinstance(retry_after, str) else f"{retry_after:g}"
        return cls.status(
            code,
            body,
            content_type="application/json" if body else None,
            headers=headers,
            times=times,
            endpoint=endpoint,
        )

    @classmethod
    def drop_connection(cls, *, reset: bool = False, times: int | None = 1, endpoint: str | None = None) -> Fault:
        """Close the connection without an answer (``reset=True``: with a TCP RST)."""
        return cls(kind="drop_connection", reset=reset, times=times, endpoint=endpoint)

    @classmethod
    def slow_body(
        cls,
        seconds: float,
        body: bytes | str | None = None,
        *,
        times: int | None = 1,
        endpoint: str | None = None,
    ) -> Fault:
        """Headers at once, then the body (``None``: the normal one) trickled over ``seconds``."""
        response = None
        if body is not None:
            raw = body.encode("utf-8") if isinstance(body, str) else body
            response = CannedResponse(status=200, body=raw)
        return cls(kind="slow_body", seconds=seconds, response=response, times=times, endpoint=endpoint)

    @classmethod
    def truncated(cls, *, times: int | None = 1, endpoint: str | None = None) -> Fault:
        """The normal answer cut in half: Content-Length promises more, then the socket closes."""
        return cls(kind="truncated", times=times, endpoint=endpoint)

    @classmethod
    def oversized(cls, size: int = 5 * 1024 * 1024, *, times: int | None = 1, endpoint: str | None = None) -> Fault:
        """The normal (valid) JSON answer padded with an extra field up to ``size`` bytes."""
        if size < 0:
            raise ValueError("size must not be negative")
        return cls(kind="oversized", size=size, times=times, endpoint=endpoint)

    @classmethod
    def patch(
        cls,
        set: Mapping[str, object] | None = None,
        remove: Iterable[str] = (),
        *,
        times: int | None = 1,
        endpoint: str | None = None,
    ) -> Fault:
        """Change fields of the normal JSON answer (its token stays real and usable); for an
        array answer (``order/list``), of each object in it.

        ``Fault.patch(set={"expires_in": "3600"})``, ``Fault.patch(remove=["access_token"])``.
        """
        return cls(
            kind="patch",
            set_fields=tuple((set or {}).items()),
            remove_fields=tuple(remove),
            times=times,
            endpoint=endpoint,
        )

    @classmethod
    def respond_with(cls, responder: Responder, *, times: int | None = 1, endpoint: str | None = None) -> Fault:
        """Let ``responder(request)`` answer; returning ``None`` falls back to the normal answer."""
        return cls(kind="respond_with", responder=responder, times=times, endpoint=endpoint)


def padded(response: CannedResponse, size: int) -> CannedResponse:
    """The ``oversized`` fault: a valid JSON answer grown to ``size`` bytes."""
    try:
        payload = json.loads(response.body)
    except ValueError:
        payload = None
    if isinstance(payload, dict):
        payload["padding"] = ""
        base = len(json.dumps(payload).encode("utf-8"))
        payload["padding"] = "x" * max(0, size - base)
        body = json.dumps(payload).encode("utf-8")
    else:
        body = response.body + b" " * max(0, size - len(response.body))
    return CannedResponse(response.status, body, response.content_type, response.headers)


def patched(response: CannedResponse, fault: Fault) -> CannedResponse:
    """The ``patch`` fault applied to the normal answer."""
    try:
        payload = json.loads(response.body)
    except ValueError:
        return response
    objects = [payload] if isinstance(payload, dict) else payload if isinstance(payload, list) else []
    objects = [item for item in objects if isinstance(item, dict)]
    if not objects:
        return response
    for item in objects:  # an object, or each object of a list (``account/list``, ``order/list``)
        for name in fault.remove_fields:
            item.pop(name, None)
        item.update(fault.set_fields)
    body = json.dumps(payload).encode("utf-8")
    return CannedResponse(response.status, body, response.content_type, response.headers)
