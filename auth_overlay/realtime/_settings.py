"""How a socket behaves: its timers and limits (``SocketOptions``), and the one seam for time (``Timer``)."""

from __future__ import annotations

import asyncio
from typing import Protocol

import attrs

from auth_overlay import errors

from ._backoff import Backoff


class Timer(Protocol):
    """Where the heartbeat, the silence watchdog and the reconnect back-off read and wait for time."""

    def now(self) -> float: ...

    async def sleep(self, seconds: float) -> None: ...


class LoopTimer:
    """The running event loop's clock (monotonic)."""

    def now(self) -> float:
        return asyncio.get_running_loop().time()

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


@attrs.frozen
class SocketOptions:
    """``heartbeat_interval``: the client's ``[]``, on its own timer (the vendor's C# sample: 2.5 s).
    ``silence_timeout``: no frame for this long → reconnect (the server heartbeats every 2.5 s, older
    docs say 25 s). ``request_timeout``: a request's answer (the call layer's retries have their own
    deadline). ``open_timeout``: connect, ``o`` and ``authorize`` of one attempt. ``first_attempts``:
    connection attempts before ``async with`` gives up with ``APIConnectionError``; afterwards a socket
    reconnects until closed (or ``backoff.max_attempts``). ``max_message_size``: a sync snapshot can be
    large. ``queue_size``: items a consumer may fall behind before its stream is replaced by one
    ``Resync`` (changes) or drops the oldest (quotes)."""

    heartbeat_interval: float = 2.5
    silence_timeout: float = 30.0
    request_timeout: float = 10.0
    open_timeout: float = 10.0
    close_timeout: float = 2.0
    first_attempts: int = 3
    backoff: Backoff = attrs.field(factory=Backoff)
    max_message_size: int = 64 * 1024 * 1024
    queue_size: int = 10_000
    timer: Timer = attrs.field(factory=LoopTimer, eq=False)

    def __attrs_post_init__(self) -> None:
        for name in ("heartbeat_interval", "silence_timeout", "request_timeout", "open_timeout", "close_timeout"):
            if not getattr(self, name) > 0:
                raise errors.ConfigurationError(f"SocketOptions: {name} must be positive")
        if self.first_attempts < 1 or self.queue_size < 1:
            raise errors.ConfigurationError("SocketOptions: first_attempts and queue_size must be at least 1")
