"""One clock for a whole fleet: real time plus an offset that the test moves, shared through a file.

The fleet tests wait for token lifetimes to run out. Where the wait itself is not the point, the
test moves this clock instead of sleeping: every worker process (``TokenAuth(clock=…)``) and the
sandbox (``Sandbox(clock=…)``) read the same offset from one memory-mapped file, so expiry,
refresh windows and renewals come due at once everywhere, while everything else (locks, Redis,
sockets, the workers' own pace) stays on real time. Sleepers wake within a few milliseconds of a
jump. Time never goes backwards.
"""

from __future__ import annotations

import asyncio
import mmap
import os
import struct
import time
from pathlib import Path

_FORMAT = "d"
_SIZE = struct.calcsize(_FORMAT)
_TICK = 0.005  # how often a sleeper looks at the clock: a jump wakes it within this


class SharedClock:
    """Implements auth_overlay's ``Clock`` protocol; ``advance`` moves every process's clock."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        if not self.path.exists():
            self.path.write_bytes(struct.pack(_FORMAT, 0.0))
        with self.path.open("r+b") as file:
            self._map = mmap.mmap(file.fileno(), _SIZE)

    def offset(self) -> float:
        value: float = struct.unpack(_FORMAT, self._map[:_SIZE])[0]
        return value

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a clock does not go backwards")
        self._map[:_SIZE] = struct.pack(_FORMAT, self.offset() + seconds)

    def time(self) -> float:
        return time.time() + self.offset()

    def monotonic(self) -> float:
        return time.monotonic() + self.offset()

    def sleep(self, seconds: float) -> None:
        until = self.monotonic() + seconds
        while (left := until - self.monotonic()) > 0:
            time.sleep(min(left, _TICK))

    async def asleep(self, seconds: float) -> None:
        until = self.monotonic() + seconds
        # polled, not an asyncio.Event: the clock is moved by another process
        while (left := until - self.monotonic()) > 0:  # noqa: ASYNC110
            await asyncio.sleep(min(left, _TICK))

    def __repr__(self) -> str:
        return f"SharedClock(offset={self.offset():.3f})"
