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
import time
from collections.abc import Callable, Iterator

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


def operation_timeout(deadline: Deadline, default: float) -> httpx.Timeout:
    """Per-operation timeouts for httpx: the configured one, never more than the time left."""
    return httpx.Timeout(max(0.01, min(default, deadline.remaining())))
