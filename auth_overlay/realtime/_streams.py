"""The consumer's side of a market-data subscription: what ``md.quotes(…)``/``md.chart(…)`` return."""

from __future__ import annotations

import asyncio
import collections
from typing import Any, Generic, Protocol, Self, TypeVar

from auth_overlay import errors

from ._chart_models import ChartPacket

T = TypeVar("T")


class StreamOwner(Protocol):
    """What a stream asks of the market-data socket it belongs to (``MarketData``)."""

    async def _open_stream(self, stream: Stream[Any]) -> None: ...
    async def _close_stream(self, stream: Stream[Any]) -> None: ...


class Stream(Generic[T]):
    """One consumer's packets of one subscription; use it with ``async with``, iterate it inside."""

    def __init__(self, owner: StreamOwner, kind: str, symbol: str | int, size: int) -> None:
        self._owner, self.kind, self.symbol = owner, kind, symbol
        self._items: collections.deque[T] = collections.deque(maxlen=size)
        self._wake = asyncio.Event()
        self._error: errors.AuthOverlayError | None = None
        self._done = False
        self.contract_id: int | None = None
        self.dropped = 0

    def put(self, item: T) -> None:
        if len(self._items) == self._items.maxlen:
            self.dropped += 1
        self._items.append(item)
        self._wake.set()

    def fail(self, error: errors.AuthOverlayError | None) -> None:
        self._error, self._done = error, True
        self._wake.set()

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> T:
        while True:
            if self._items:
                return self._items.popleft()
            if self._error is not None:
                raise self._error.copy()
            if self._done:
                raise StopAsyncIteration
            self._wake.clear()
            await self._wake.wait()

    async def __aenter__(self) -> Self:
        await self._owner._open_stream(self)
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        self._done = True
        await self._owner._close_stream(self)


class ChartStream(Stream[ChartPacket]):
    """``md.chart(...)``: history packets, an ``eoh`` packet, then realtime updates."""

    def __init__(self, owner: StreamOwner, symbol: str | int, body: dict[str, Any], size: int) -> None:
        super().__init__(owner, "chart", symbol, size)
        self.body = body
        self.historical_id: int | None = None
        self.realtime_id: int | None = None
