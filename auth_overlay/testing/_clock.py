"""A clock tests move by hand: refresh-ahead, expiry, back-off and penalty waits without sleeping."""

from __future__ import annotations

import asyncio
import threading
import time


class FakeClock:
    """Starts at the real time; moves only when told (``advance``) or when code sleeps on it.

    ``sleep``/``asleep`` return at once after moving the clock, so a retry back-off or a
    penalty ticket's wait costs no real time. Safe to share between threads, but a sleep moves
    the clock for every thread: an instance that waits for a peer's lease (a shared cache) passes
    its whole wait in an instant while the peer is still talking to the vendor. Where threads wait
    on real work, give them a clock of real time plus an offset the test moves instead.
    """

    def __init__(self, start: float | None = None) -> None:
        self._lock = threading.Lock()
        self._wall = time.time() if start is None else start
        self._mono = 1_000.0
        self.slept: list[float] = []

    def time(self) -> float:
        with self._lock:
            return self._wall

    def monotonic(self) -> float:
        with self._lock:
            return self._mono

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a clock does not go backwards")
        with self._lock:
            self._wall += seconds
            self._mono += seconds

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.advance(max(0.0, seconds))

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)
        await asyncio.sleep(0)

    def __repr__(self) -> str:
        return f"FakeClock(time={self.time():.3f})"
