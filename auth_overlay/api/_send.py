"""One attempt of a call: build the request, send it, read the answer, all inside the deadline.

Every attempt, the first one too, is bounded by the call's one :class:`Deadline`:

* sync: the token layer's httpcore backend wrapper (``_core/_deadline_backend``) gives every
  connect, write and read at most the time left, so a server trickling one byte a second
  cannot hold the call past it;
* async: ``asyncio.timeout`` around sending and reading, whatever the transport.

The answer is read chunk by chunk and its *decoded* size counted, so neither a gzip bomb nor a
plain oversized answer is held in memory past ``max_answer_bytes``. What goes wrong locally
(a request that cannot be built, a closed client, a client whose event loop is gone) is a
``ConfigurationError``; what goes wrong on the way is a ``Failure`` carrying an ``APIError``.
"""

from __future__ import annotations

import asyncio
import weakref
from typing import Any

import httpx

from auth_overlay import errors
from auth_overlay._core._deadline import Deadline, _active

from . import _mapping
from ._request import BUILD_ERRORS, Outgoing, unbuildable
from ._settings import APISettings


class TooLarge(Exception):
    pass


def _timeouts(http: httpx.Client | httpx.AsyncClient, deadline: Deadline) -> dict[str, float | None]:
    """The client's per-operation timeouts, none longer than what is left of the deadline."""
    left = max(deadline.remaining(), 0.001)
    timeout = http.timeout
    connect, read, write, pool = timeout.connect, timeout.read, timeout.write, timeout.pool
    return {
        "connect": left if connect is None or connect > left else connect,
        "read": left if read is None or read > left else read,
        "write": left if write is None or write > left else write,
        "pool": left if pool is None or pool > left else pool,
    }


def _build(http: httpx.Client | httpx.AsyncClient, outgoing: Outgoing, deadline: Deadline) -> httpx.Request:
    try:
        request = http.build_request(**outgoing.kwargs)
    except BUILD_ERRORS as exc:
        raise unbuildable(outgoing.operation, exc) from None
    request.extensions["timeout"] = _timeouts(http, deadline)
    return request


def _keep(response: httpx.Response, chunks: list[bytes]) -> httpx.Response:
    # What httpx's own Response.read() does once the decoded chunks are in.
    response._content = b"".join(chunks)
    return response


def _closed(outgoing: Outgoing, detail: str) -> errors.ConfigurationError:
    return errors.ConfigurationError(f"{outgoing.name}: {detail}")


def sync_attempt(
    http: httpx.Client, outgoing: Outgoing, deadline: Deadline, settings: APISettings, retriable: bool
) -> httpx.Response:
    """The answer to one attempt, read whole; raises ``Failure`` or ``ConfigurationError``."""
    request = _build(http, outgoing, deadline)
    cap = settings.max_answer_bytes
    # The deadline binds this thread's sockets (``_core._deadline.active``, without its
    # context-manager calls: this is every call's path).
    bound = _active.set(deadline)
    try:
        response = http.send(request, stream=True)
        try:
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > cap:
                    raise TooLarge
                chunks.append(chunk)
        finally:
            response.close()
    except httpx.HTTPError as exc:
        raise _mapping.transport_failure(exc, outgoing.name, settings, retriable) from None
    except TooLarge:
        raise _mapping.too_large(response, outgoing.name, settings) from None
    except RuntimeError as exc:  # httpx: "Cannot send a request, as the client has been closed."
        raise _closed(outgoing, f"the client cannot send ({' '.join(str(exc).split())[:120]})") from None
    finally:
        _active.reset(bound)
    return _keep(response, chunks)


async def async_attempt(
    http: httpx.AsyncClient, outgoing: Outgoing, deadline: Deadline, settings: APISettings, retriable: bool
) -> httpx.Response:
    """As :func:`sync_attempt`, without blocking the loop; the deadline bounds it whole."""
    request = _build(http, outgoing, deadline)
    cap = settings.max_answer_bytes
    response: httpx.Response | None = None
    try:
        async with asyncio.timeout(max(deadline.remaining(), 0.0)):
            response = await http.send(request, stream=True)
            try:
                chunks: list[bytes] = []
                size = 0
                async for chunk in response.aiter_bytes():
                    size += len(chunk)
                    if size > cap:
                        raise TooLarge
                    chunks.append(chunk)
            finally:
                await response.aclose()
    except httpx.HTTPError as exc:
        raise _mapping.transport_failure(exc, outgoing.name, settings, retriable) from None
    except TimeoutError:
        # The request may have left: a timeout retries only what may be sent twice.
        error = errors.APITimeoutError(
            f"{outgoing.name}: the call's deadline passed", operation=outgoing.name, provider=settings.provider
        )
        raise _mapping.Failure(error, transient=False) from None
    except TooLarge:
        assert response is not None
        raise _mapping.too_large(response, outgoing.name, settings) from None
    except RuntimeError as exc:  # a closed client, or one whose connections belong to a closed loop
        raise _closed(outgoing, f"the client cannot send ({' '.join(str(exc).split())[:120]})") from None
    return _keep(response, chunks)


# -- which httpx client a call uses ----------------------------------------------------------

_guarded: weakref.WeakSet[httpx.Client] = weakref.WeakSet()
#: the event loop each generated client's AsyncClient was first used on
_loops: weakref.WeakKeyDictionary[httpx.AsyncClient, weakref.ref[asyncio.AbstractEventLoop]] = (
    weakref.WeakKeyDictionary()
)


def sync_http(client: Any, name: str) -> httpx.Client:
    """The generated client's httpx.Client, its sockets bound by the active deadline."""
    try:
        http: httpx.Client = client.get_httpx_client()
    except BUILD_ERRORS as exc:  # a default header that is not ASCII
        raise errors.ConfigurationError(f"{name}: the client cannot be built ({_why(exc)})") from None
    if http not in _guarded:
        from auth_overlay._core._deadline_backend import guard_client

        guard_client(http)
        _guarded.add(http)
    return http


def async_http(client: Any, name: str) -> httpx.AsyncClient:
    """The generated client's httpx.AsyncClient for the running loop.

    An AsyncClient's connections belong to the loop they were opened on: one ``auth.client()``
    used by two ``asyncio.run()`` calls would meet "Event loop is closed". A client first used
    on another loop is replaced by a fresh one built from the same settings.
    """
    loop = asyncio.get_running_loop()
    try:
        http: httpx.AsyncClient = client.get_async_httpx_client()
        owner = _loops.get(http)
        if owner is None:
            _loops[http] = weakref.ref(loop)
        elif owner() is not loop:
            client._async_client = None  # the generated client builds a new one on the next get
            http = client.get_async_httpx_client()
            _loops[http] = weakref.ref(loop)
    except BUILD_ERRORS as exc:
        raise errors.ConfigurationError(f"{name}: the client cannot be built ({_why(exc)})") from None
    return http


def _why(exc: BaseException) -> str:
    if isinstance(exc, UnicodeError):
        return "a default header is not ASCII; encode it, or send it per request"
    return type(exc).__name__
