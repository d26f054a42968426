"""``async with auth.replay(start=…, speed=…) as replay``: market replay, trading and market data on one socket.

Opening checks the start (``replay/checkReplaySession``: ``Ineligible`` raises
``VendorRejectedError``, ``StartTimestampAdjusted`` moves ``replay.start``) and starts the
clock (``replay/initializeClock``); ``replay.clock()`` yields typed ``Clock`` events (speed 0:
throttled), ``change_speed`` changes it. The clock is not re-initialised after a reconnect
(that would restart the replay from ``start``): sync and market-data streams resume as usual.
"""

from __future__ import annotations

import asyncio
import collections
from datetime import UTC, datetime
from typing import Any, Self

from auth_overlay import errors

from ._chart_models import Clock
from ._market import MarketData
from ._sync import SyncedSocket
from ._urls import SocketKind

MAX_SPEED = 400


def _iso(moment: datetime) -> str:
    moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _speed(speed: int) -> int:
    if isinstance(speed, bool) or not isinstance(speed, int) or not 0 <= speed <= MAX_SPEED:
        raise errors.ConfigurationError(f"a replay speed is a whole number from 0 to {MAX_SPEED}")
    return speed


class ClockStream:
    """``async for tick in replay.clock()``: the newest clock events (the slow consumer sees the latest)."""

    def __init__(self, streams: list[ClockStream], size: int) -> None:
        self._streams = streams
        self._items: collections.deque[Clock] = collections.deque(maxlen=size)
        self._wake = asyncio.Event()
        self._done = False
        streams.append(self)

    def put(self, item: Clock) -> None:
        self._items.append(item)
        self._wake.set()

    def end(self) -> None:
        self._done = True
        self._wake.set()

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> Clock:
        while True:
            if self._items:
                return self._items.popleft()
            if self._done:
                raise StopAsyncIteration
            self._wake.clear()
            await self._wake.wait()

    def close(self) -> None:
        if self in self._streams:
            self._streams.remove(self)


class ReplaySocket(SyncedSocket, MarketData):
    """The replay socket: every trading call, user sync and market data, on a replayed clock."""

    kind: SocketKind = "replay"

    def __init__(
        self, *args: Any, start: datetime, speed: int = 100, initial_balance: float | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.start = start
        self.speed = _speed(speed)
        self.initial_balance = initial_balance
        self.check_status: str | None = None
        self._clocks: list[ClockStream] = []
        self._on("clock", self._tick)

    async def open(self) -> None:
        await super().open()
        try:
            check = await self.request(
                "replay/checkReplaySession", body={"startTimestamp": _iso(self.start)}, idempotent=True
            )
            status = check.get("checkStatus") if isinstance(check, dict) else None
            self.check_status = status if isinstance(status, str) else None
            if status == "Ineligible":
                raise errors.VendorRejectedError(
                    "replay/checkReplaySession: this start is not eligible for replay",
                    operation="replay/checkReplaySession",
                    vendor_code="Ineligible",
                    provider=self._auth.provider,
                )
            adjusted = check.get("startTimestamp") if isinstance(check, dict) else None
            if status == "StartTimestampAdjusted" and isinstance(adjusted, str):
                self.start = datetime.fromisoformat(adjusted.replace("Z", "+00:00"))
            body: dict[str, Any] = {"startTimestamp": _iso(self.start), "speed": self.speed}
            if self.initial_balance is not None:
                body["initialBalance"] = self.initial_balance
            await self.request("replay/initializeClock", body=body)
        except BaseException:
            await self.close()
            raise

    async def change_speed(self, speed: int) -> None:
        """``replay/changeSpeed`` (0 – 400)."""
        await self.request("replay/changeSpeed", body={"speed": _speed(speed)})
        self.speed = speed

    def clock(self) -> ClockStream:
        """Clock events from now on (the newest ``queue_size`` kept)."""
        return ClockStream(self._clocks, self.options.queue_size)

    def _tick(self, data: Any) -> None:
        tick = Clock.from_event(data)
        if tick.time is None:
            self._report("replay clock", [("$", "invalid_value", "string" if isinstance(data, str) else "object")])
            return
        for stream in self._clocks:
            stream.put(tick)

    async def close(self) -> None:
        for stream in self._clocks:
            stream.end()
        await super().close()
