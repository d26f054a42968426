"""Market-data streams on a socket: ``async with md.quotes("MESZ6") as quotes: async for q in quotes``.

A stream subscribes when its ``async with`` opens (and on every later connection), waits for
the vendor's answer (a refusal raises there), yields typed packets, and on leaving sends the
matching ``md/unsubscribe…`` (or ``md/cancelChart``). Two streams on one symbol share one
vendor subscription; the last to leave unsubscribes. Packets are routed by ``contractId``,
so a symbol is resolved to its contract id first (``contract/find`` over REST, as the
vendor's examples do; a number is taken as the id). A stream keeps the newest
``queue_size`` packets when its consumer is slow: for quotes the latest is what matters.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable
from typing import Any, TypeVar

from auth_overlay import errors
from auth_overlay.api import _call, _drift, _mapping

from ._chart_models import ChartPacket
from ._md_models import DOM, Histogram, Quote
from ._protocol import Answer, Pending
from ._socket import Socket
from ._streams import ChartStream, Stream

T = TypeVar("T")

#: stream kind → (subscribe endpoint, unsubscribe endpoint, the ``md`` event's key, model)
KINDS: dict[str, tuple[str, str, str, Any]] = {
    "quote": ("md/subscribeQuote", "md/unsubscribeQuote", "quotes", Quote),
    "dom": ("md/subscribeDOM", "md/unsubscribeDOM", "doms", DOM),
    "histogram": ("md/subscribeHistogram", "md/unsubscribeHistogram", "histograms", Histogram),
}
_BY_KEY = {key: (kind, model) for kind, (_, _, key, model) in KINDS.items()}


class MarketData(Socket):
    """A socket that streams market data (the market-data and replay sockets)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._streams: dict[tuple[str, int], list[Stream[Any]]] = {}
        self._charts: dict[int, ChartStream] = {}
        self._acks: dict[object, asyncio.Future[Any]] = {}
        self._contract_ids: dict[str, int] = {}
        self._keys = itertools.count(1)
        self._reporters: dict[str, Callable[[list[_drift.Finding]], None]] = {}
        self._routes: dict[str, tuple[str, Any, Callable[[list[_drift.Finding]], None]]] = {}
        self._on("md", self._md)
        self._on("chart", self._chart)

    def quotes(self, symbol: str | int) -> Stream[Quote]:
        """Quotes of one contract (``"MESZ6"``, or its id)."""
        return Stream(self, "quote", symbol, self.options.queue_size)

    def dom(self, symbol: str | int) -> Stream[DOM]:
        return Stream(self, "dom", symbol, self.options.queue_size)

    def histogram(self, symbol: str | int) -> Stream[Histogram]:
        return Stream(self, "histogram", symbol, self.options.queue_size)

    def chart(
        self,
        symbol: str | int,
        *,
        underlying_type: str = "MinuteBar",
        element_size: int = 1,
        element_size_unit: str = "UnderlyingUnits",
        with_histogram: bool = False,
        as_much_as_elements: int | None = 100,
        closest_timestamp: str | None = None,
        as_far_as_timestamp: str | None = None,
    ) -> ChartStream:
        """``md/getChart``: ``underlying_type`` Tick, DailyBar, MinuteBar, Custom or DOM."""
        time_range = {"asMuchAsElements": as_much_as_elements, "closestTimestamp": closest_timestamp}
        time_range["asFarAsTimestamp"] = as_far_as_timestamp
        body = {
            "symbol": symbol,
            "chartDescription": {
                "underlyingType": underlying_type,
                "elementSize": element_size,
                "elementSizeUnit": element_size_unit,
                "withHistogram": with_histogram,
            },
            "timeRange": {k: v for k, v in time_range.items() if v is not None},
        }
        return ChartStream(self, symbol, body, self.options.queue_size)

    # -- opening and leaving ----------------------------------------------------------------------

    async def _open_stream(self, stream: Stream[Any]) -> None:
        if isinstance(stream, ChartStream):
            await self._open_chart(stream)
            return
        contract_id = await self._resolve(stream.symbol)
        stream.contract_id = contract_id
        key = (stream.kind, contract_id)
        sharing = self._streams.setdefault(key, [])
        sharing.append(stream)
        if len(sharing) > 1:
            return  # one vendor subscription serves every stream on the symbol
        endpoint = KINDS[stream.kind][0]
        ack = asyncio.get_running_loop().create_future()
        self._acks[key] = ack
        await self._subscribe(key, endpoint, {"symbol": stream.symbol}, self._md_answered)
        try:
            await self._wait(ack, endpoint)
        except BaseException:
            await self._close_stream(stream)
            raise

    async def _close_stream(self, stream: Stream[Any]) -> None:
        if isinstance(stream, ChartStream):
            await self._close_chart(stream)
            return
        key = (stream.kind, stream.contract_id if stream.contract_id is not None else -1)
        sharing = self._streams.get(key, [])
        if stream in sharing:
            sharing.remove(stream)
        if not sharing and self._streams.pop(key, None) is not None:
            self._acks.pop(key, None)
            await self._unsubscribe(key, KINDS[stream.kind][1], {"symbol": stream.symbol})

    async def _open_chart(self, stream: ChartStream) -> None:
        key = ("chart", next(self._keys))
        ack = asyncio.get_running_loop().create_future()
        self._acks[key] = ack
        stream.contract_id = key[1]

        def answered(pending: Pending, status: int | None, data: Any) -> None:
            self._md_answered(pending, status, data)
            if isinstance(data, dict):  # new ids on every (re)subscription
                for name in ("historicalId", "realtimeId"):
                    old = getattr(stream, _snake(name))
                    self._charts.pop(old, None) if old is not None else None
                stream.historical_id, stream.realtime_id = data.get("historicalId"), data.get("realtimeId")
                for chart_id in (stream.historical_id, stream.realtime_id):
                    if isinstance(chart_id, int):
                        self._charts[chart_id] = stream

        await self._subscribe(key, "md/getChart", stream.body, answered)
        await self._wait(ack, "md/getChart")

    async def _close_chart(self, stream: ChartStream) -> None:
        key = ("chart", stream.contract_id or -1)
        self._acks.pop(key, None)
        for chart_id in (stream.historical_id, stream.realtime_id):
            self._charts.pop(chart_id, None) if chart_id is not None else None
        # The docs cancel with the realtime id, one vendor example with the historical one: try both.
        await self._unsubscribe(key, None, None)
        for chart_id in (stream.realtime_id, stream.historical_id):
            if chart_id is not None and self.connected:
                try:
                    await self._caller.request("md/cancelChart", None, {"subscriptionId": chart_id}, False)
                    return
                except errors.APIError:
                    continue

    async def _wait(self, ack: asyncio.Future[Any], endpoint: str) -> None:
        try:
            async with asyncio.timeout(self.options.request_timeout + self._settings.retry.deadline):
                await asyncio.shield(ack)
        except TimeoutError:
            raise errors.APITimeoutError(f"{endpoint}: no answer in time", operation=endpoint) from None

    async def _resolve(self, symbol: str | int) -> int:
        if isinstance(symbol, int):
            return symbol
        if symbol.isdigit():
            return int(symbol)
        if symbol not in self._contract_ids:
            from tradovate_client.api.contract_library import contract_find

            async with self._auth.client() as client:
                contract = await contract_find.asyncio(client=client, name=symbol)
            if not isinstance(contract.id, int):
                raise errors.ContractViolationError(f"contract/find: {symbol!r} has no id", operation="contract/find")
            self._contract_ids[symbol] = contract.id
        return self._contract_ids[symbol]

    # -- what arrives -----------------------------------------------------------------------------

    def _md_answered(self, pending: Pending, status: int | None, data: Any) -> None:
        response = self._caller.as_http(Answer(pending, status, data), "SOCKET", pending.endpoint)
        error: errors.APIError | None = None
        try:
            _call._answer(response, _json, self._client, pending.endpoint, self._settings, False)
        except _mapping.Failure as failure:
            error = failure.error
        ack = self._acks.get(pending.key)
        if ack is not None and not ack.done():
            ack.set_exception(error) if error is not None else ack.set_result(None)
            if error is not None:
                ack.exception()
        elif error is not None:  # a resubscription on a new connection was refused
            for stream in self._streams.get(pending.key, []) if isinstance(pending.key, tuple) else []:
                stream.fail(error)

    def _md(self, data: Any) -> None:
        if not isinstance(data, dict):
            return
        streams = self._streams
        for key, packets in data.items():
            route = self._routes.get(key)
            if route is None:
                route = self._route(key, packets)
                if route is None:
                    continue
            kind, from_dict, report = route
            if type(packets) is not list:
                continue
            for packet in packets:
                if type(packet) is dict:
                    targets = streams.get((kind, packet.get("contractId", -1)))
                    if targets:
                        item = from_dict(packet, report)
                        for stream in targets:
                            stream.put(item)

    def _route(self, key: str, packets: Any) -> tuple[str, Any, Callable[[list[_drift.Finding]], None]] | None:
        known = _BY_KEY.get(key)
        if known is None:
            self._report("md", [(f"$.{_drift_key(key)}", "unknown_field", _drift.json_type(packets))])
            return None
        kind, model = known
        route = self._routes[key] = (kind, model.from_dict, self._reporter(KINDS[kind][0]))
        return route

    def _chart(self, data: Any) -> None:
        charts = data.get("charts") if isinstance(data, dict) else None
        for packet in charts if isinstance(charts, list) else ():
            if isinstance(packet, dict):
                stream = self._charts.get(packet.get("id", -1))
                if stream is not None:
                    stream.put(ChartPacket.from_dict(packet, self._reporter("md/getChart")))

    def _reporter(self, operation: str) -> Callable[[list[_drift.Finding]], None]:
        reporter = self._reporters.get(operation)
        if reporter is None:
            settings = self._settings
            reporter = self._reporters[operation] = lambda findings: _drift.report(settings, operation, findings)
        return reporter

    def _report(self, operation: str, findings: list[_drift.Finding]) -> None:
        _drift.report(self._settings, operation, findings)

    async def close(self) -> None:
        for streams in self._streams.values():
            for stream in streams:
                stream.fail(None)
        for chart in self._charts.values():
            chart.fail(None)
        await super().close()


def _json(*, client: Any, response: Any) -> Any:
    return response.json()


def _snake(name: str) -> str:
    return "historical_id" if name == "historicalId" else "realtime_id"


def _drift_key(key: object) -> str:
    return key if isinstance(key, str) and key.isascii() and key.isalnum() and len(key) <= 64 else "?"
