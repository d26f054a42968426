"""The methods a path answers, as ``Allow`` says them, and CORS so a browser page may call the sandbox.

The vendor's browser tutorial calls the API with ``fetch`` from a page of another origin: the
browser first sends an ``OPTIONS`` preflight (``Access-Control-Request-Method``, and
``-Headers`` for ``Authorization``/``Content-Type``), and then reads an answer only if it names
the page's origin. The sandbox has no cookies, so every origin may call it; the answer
echoes the requested headers, because ``Access-Control-Allow-Headers: *`` does not cover
``Authorization``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ._models import CannedResponse

# Headers a script may read from an answer besides the CORS-safelisted ones.
_EXPOSED = "Retry-After, WWW-Authenticate, Requestor-ID, Location"
_MAX_AGE = "600"


def allowed_methods(methods: Iterable[str]) -> str:
    """The ``Allow`` value: the route methods plus HEAD (wherever GET is) and OPTIONS."""
    every = set(methods) | {"OPTIONS"}
    if "GET" in every:
        every.add("HEAD")
    return ", ".join(sorted(every))


def options_answer(methods: Iterable[str], request_headers: Mapping[str, str]) -> CannedResponse:
    """``OPTIONS``: 204 with ``Allow``; a CORS preflight also gets the ``Access-Control-Allow-*`` set."""
    allow = allowed_methods(methods)
    headers = [("Allow", allow)]
    if "origin" in request_headers and "access-control-request-method" in request_headers:
        requested = request_headers.get("access-control-request-headers", "").strip()
        headers += [
            ("Access-Control-Allow-Methods", allow),
            ("Access-Control-Allow-Headers", requested or "Authorization, Content-Type"),
            ("Access-Control-Max-Age", _MAX_AGE),
        ]
    return CannedResponse(204, b"", content_type=None, headers=tuple(headers))


def cors_headers(request_headers: Mapping[str, str]) -> tuple[tuple[str, str], ...]:
    """Added to every answer to a request that carries ``Origin`` (faults' answers too)."""
    if "origin" not in request_headers:
        return ()
    return (("Access-Control-Allow-Origin", "*"), ("Access-Control-Expose-Headers", _EXPOSED))
