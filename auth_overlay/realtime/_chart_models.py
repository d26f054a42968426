"""Chart packets and the replay clock as typed values (see ``_md_models`` for the rules they follow)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import attrs

from auth_overlay._core._durations import vendor_instant

from ._md_models import Report, _int, _number, _opt_int, _str


@attrs.frozen(slots=True)
class Bar:
    timestamp: str | None
    open: float | None
    high: float | None
    low: float | None
    close: float | None
    up_volume: float | None = None
    down_volume: float | None = None
    up_ticks: float | None = None
    down_ticks: float | None = None
    bid_volume: float | None = None
    offer_volume: float | None = None

    @property
    def time(self) -> datetime | None:
        return vendor_instant(self.timestamp)


@attrs.frozen(slots=True)
class Tick:
    """One tick of a tick chart, made absolute: ``price = (bp + p) · ts``, ``time = bt + t`` (ms since epoch)."""

    id: int | None
    time_ms: int
    price: float
    size: float | None
    bid: float | None = None
    ask: float | None = None
    bid_size: float | None = None
    ask_size: float | None = None


@attrs.frozen(slots=True)
class ChartPacket:
    """One ``chart`` packet of a subscription: bars, or ticks (in the order the vendor sent them:
    tick packets may arrive out of order, ``sorted(ticks, key=…)`` if it matters), or ``eoh``
    (end of history: what follows is realtime)."""

    id: int
    bars: list[Bar]
    ticks: list[Tick]
    eoh: bool = False
    trade_date: int | None = None

    @classmethod
    def from_dict(cls, raw: dict[str, Any], report: Report) -> ChartPacket:
        bars = [_bar(b) for b in raw.get("bars") or () if isinstance(b, dict)]
        ticks: list[Tick] = []
        if isinstance(raw.get("tks"), list):
            ticks = _ticks(raw)
        return cls(_int(raw.get("id")), bars, ticks, raw.get("eoh") is True, _opt_int(raw.get("td")))


@attrs.frozen(slots=True)
class Clock:
    """A replay ``clock`` event: the replayed moment and the speed (``speed == 0``: throttled)."""

    time: datetime | None
    speed: int | None

    @classmethod
    def from_event(cls, data: object) -> Clock:
        payload = data
        if isinstance(data, str):  # the vendor sends a JSON *string*
            try:
                payload = json.loads(data)
            except ValueError:
                payload = None
        if not isinstance(payload, dict):
            return cls(None, None)
        speed = payload.get("s")
        return cls(
            vendor_instant(payload.get("t")), speed if isinstance(speed, int) and not isinstance(speed, bool) else None
        )


def _bar(raw: dict[str, Any]) -> Bar:
    get = raw.get
    return Bar(
        _str(get("timestamp")),
        _number(get("open")),
        _number(get("high")),
        _number(get("low")),
        _number(get("close")),
        _number(get("upVolume")),
        _number(get("downVolume")),
        _number(get("upTicks")),
        _number(get("downTicks")),
        _number(get("bidVolume")),
        _number(get("offerVolume")),
    )


def _ticks(raw: dict[str, Any]) -> list[Tick]:
    base_price, base_time, size = (
        _number(raw.get("bp")) or 0.0,
        _opt_int(raw.get("bt")) or 0,
        _number(raw.get("ts")) or 1.0,
    )
    ticks = []
    for item in raw["tks"]:
        if not isinstance(item, dict):
            continue
        relative = _number(item.get("p")) or 0.0
        bid, ask = _number(item.get("b")), _number(item.get("a"))
        ticks.append(
            Tick(
                _opt_int(item.get("id")),
                base_time + (_opt_int(item.get("t")) or 0),
                (base_price + relative) * size,
                _number(item.get("s")),
                (base_price + bid) * size if bid is not None else None,
                (base_price + ask) * size if ask is not None else None,
                _number(item.get("bs")),
                _number(item.get("as")),
            )
        )
    return ticks
