"""One deadline for a whole token exchange: every connect, write and read of every attempt.

httpx applies its timeouts per socket operation, so a server that trickles its status line
and headers (one byte a second) is never "timed out". Both drivers therefore hold a
:class:`Deadline` (an instant on an injectable monotonic clock) and make every operation
honour it:

* asyncio: ``asyncio.timeout`` around the send and the body read, whatever the transport.
* sync: the connection pool's httpcore network backend is wrapped so that each connect,
  TLS handshake, write and read gets at most the deadline's remaining time as its socket
  timeout, and none starts once it has passed. The wrapper is attached to every
  ``httpx.HTTPTransport`` a client holds (its own default one, or one the user passed);
  it is inert unless a deadline is active in the calling thread's context. A transport
  that is not backed by httpcore's pool (``MockTransport``, WSGI, user-written) gets the
  per-operation timeout clamped to the remaining time and the check between body chunks.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import ssl
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import attrs
import httpx

MonotonicClock = Callable[[], float]


@attrs.frozen
class Deadline:
    """The instant (on ``clock``, ``time.monotonic`` by default) by which an exchange must be over."""

    at: float
    clock: MonotonicClock = time.monotonic

    @classmethod
    def after(cls, seconds: float, clock: MonotonicClock = time.monotonic) -> Deadline:
        return cls(clock() + seconds, clock)

    def remaining(self) -> float:
        return self.at - self.clock()

    def expired(self) -> bool:
        return self.remaining() <= 0

    def allows(self, seconds: float) -> bool:
        """True when waiting ``seconds`` still leaves time before the deadline."""
        return seconds < self.remaining()


def as_deadline(value: Deadline | float | None, default_seconds: float, clock: MonotonicClock) -> Deadline:
    """A ``Deadline`` from a deadline, a bare ``clock()`` instant, or nothing (start one now)."""
    if isinstance(value, Deadline):
        return value
    if value is None:
        return Deadline.after(default_seconds, clock)
    return Deadline(float(value), clock)


_active: contextvars.ContextVar[Deadline | None] = contextvars.ContextVar("auth_overlay_deadline", default=None)


@contextlib.contextmanager
def active(deadline: Deadline) -> Iterator[None]:
    """Make ``deadline`` bind every socket operation this thread's sync clients perform."""
    token = _active.set(deadline)
    try:
        yield
    finally:
        _active.reset(token)


def _clamp(timeout: float | None, exc: type[Exception]) -> float | None:
    deadline = _active.get()
    if deadline is None:
        return timeout
    remaining = deadline.remaining()
    if remaining <= 0:
        raise exc("the token exchange ran past its deadline")
    return remaining if timeout is None else min(timeout, remaining)


@functools.cache
def deadline_backend() -> type[Any]:
    """The httpcore network backend whose streams never outlive the active :class:`Deadline`.

    Built on first use: importing httpcore (and the async backends it probes for) costs an
    ``import auth_overlay`` that never sends a sync request tens of milliseconds for nothing.
    """
    import httpcore

    class _DeadlineStream(httpcore.NetworkStream):
        def __init__(self, inner: httpcore.NetworkStream) -> None:
            self._inner = inner

        def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
            return self._inner.read(max_bytes, _clamp(timeout, httpcore.ReadTimeout))

        def write(self, buffer: bytes, timeout: float | None = None) -> None:
            self._inner.write(buffer, _clamp(timeout, httpcore.WriteTimeout))

        def close(self) -> None:
            self._inner.close()

        def start_tls(
            self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
        ) -> httpcore.NetworkStream:
            inner = self._inner.start_tls(ssl_context, server_hostname, _clamp(timeout, httpcore.ConnectTimeout))
            return _DeadlineStream(inner)

        def get_extra_info(self, info: str) -> Any:
            return self._inner.get_extra_info(info)

    class DeadlineBackend(httpcore.NetworkBackend):
        """An httpcore network backend whose streams never outlive the active :class:`Deadline`."""

        def __init__(self, inner: httpcore.NetworkBackend) -> None:
            self._inner = inner

        def connect_tcp(
            self,
            host: str,
            port: int,
            timeout: float | None = None,
            local_address: str | None = None,
            socket_options: Iterable[Any] | None = None,
        ) -> httpcore.NetworkStream:
            timeout = _clamp(timeout, httpcore.ConnectTimeout)
            return _DeadlineStream(self._inner.connect_tcp(host, port, timeout, local_address, socket_options))

        def connect_unix_socket(
            self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
        ) -> httpcore.NetworkStream:
            timeout = _clamp(timeout, httpcore.ConnectTimeout)
            return _DeadlineStream(self._inner.connect_unix_socket(path, timeout, socket_options))

        def sleep(self, seconds: float) -> None:
            self._inner.sleep(seconds)

    return DeadlineBackend


def guard_client(client: httpx.Client) -> None:
    """Wrap the network backend of every httpcore pool behind ``client``'s transports (idempotent).

    httpx offers no public hook for a network backend, so this reaches ``HTTPTransport._pool``
    and httpcore's ``_network_backend``; if either is missing (a future httpx), the client keeps
    per-operation timeouts clamped to the deadline, and the wire tests say so.
    """
    import httpcore

    backend_class = deadline_backend()
    transports: list[Any] = [getattr(client, "_transport", None), *getattr(client, "_mounts", {}).values()]
    for transport in transports:
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if isinstance(backend, httpcore.NetworkBackend) and not isinstance(backend, backend_class):
            pool._network_backend = backend_class(backend)  # type: ignore[union-attr]


def operation_timeout(deadline: Deadline, default: float) -> httpx.Timeout:
    """Per-operation timeouts for httpx: the configured one, never more than the time left."""
    return httpx.Timeout(max(0.01, min(default, deadline.remaining())))
