"""Where time comes from: one ``Clock`` for wall time, monotonic time and sleeping.

Every decision about expiry, refresh-ahead, back-off, deadlines and penalty waits reads
this clock, so tests can replace it (``auth_overlay.testing.FakeClock``) and stop sleeping.
"""

from __future__ import annotations

import time as _time
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    pass


class Clock(Protocol):
    def time(self) -> float:
        """Wall-clock seconds since the epoch (token expiry is wall time: it is shared across hosts)."""
        ...

    def monotonic(self) -> float:
        """Seconds that never go backwards (deadlines, back-off, failure memory)."""
        ...

    def sleep(self, seconds: float) -> None: ...

    async def asleep(self, seconds: float) -> None: ...


class SystemClock:
    """The real clock."""

    time = staticmethod(_time.time)
    monotonic = staticmethod(_time.monotonic)
    sleep = staticmethod(_time.sleep)

    async def asleep(self, seconds: float) -> None:
        import asyncio  # already loaded by whoever runs the loop; a sync process never pays for it

        await asyncio.sleep(seconds)

    def __repr__(self) -> str:
        return "SystemClock()"


SYSTEM_CLOCK = SystemClock()


def utcnow(clock: Clock) -> datetime:
    return datetime.fromtimestamp(clock.time(), UTC)
