"""Market data in the sandbox: quotes, DOMs, histograms, charts and the replay clock, as the vendor shapes them.

Deterministic: the n-th packet of a stream is a function of its contract and n, so tests can
predict it. Prices move in quarter-point ticks around the contract's one demo price.
Shapes (the vendor's docs and tutorials EX-08…EX-11): a quote's ``entries`` map an entry name
(Bid, Offer, Trade, TotalTradeVolume, …) to ``{price, size}`` (either may be missing); a DOM has
``bids``/``offers`` levels; a histogram ``items`` maps a tick offset from ``base`` to a volume;
a chart packet carries ``bars``, or relative ``tks`` (``bp``/``bt``/``ts``) for tick charts, and
``{"id", "eoh": true}`` ends the history.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from . import _tradovate_book as book
from . import _tradovate_wire as wire

TICK = 0.25


def find(symbol: object) -> book.DemoContract | None:
    """A demo contract by name (any case) or id, as ``md/subscribe…`` take either."""
    if isinstance(symbol, int) and not isinstance(symbol, bool):
        return next((c for c in book.CONTRACTS if c.id == symbol), None)
    if isinstance(symbol, str):
        if symbol.isdigit():
            return find(int(symbol))
        return book.find_contract(symbol)
    return None


def _price(contract: book.DemoContract, n: int) -> float:
    return contract.price + TICK * ((n % 7) - 3)


def quote(contract: book.DemoContract, n: int, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    price = _price(contract, n)
    entries: dict[str, Any] = {
        "Bid": {"price": price - TICK, "size": 10 + n % 5},
        "Offer": {"price": price, "size": 12 + n % 3},
        "Trade": {"price": price, "size": 1 + n % 4},
        "TotalTradeVolume": {"size": 1000 + n},
        "OpenInterest": {"size": 250_000},
        "OpeningPrice": {"price": contract.price},
        "HighPrice": {"price": contract.price + 3 * TICK},
        "LowPrice": {"price": contract.price - 3 * TICK},
        "SettlementPrice": {"price": contract.price - TICK},
    }
    packet: dict[str, Any] = {
        "id": contract.id,
        "timestamp": wire.iso(datetime.now(UTC)),
        "contractId": contract.id,
        "entries": entries,
    }
    if extra:
        for key, value in extra.items():
            (entries if key[:1].isupper() else packet)[key] = value  # an entry name, or a packet field
    return packet


def dom(contract: book.DemoContract, n: int) -> dict[str, Any]:
    price = _price(contract, n)
    return {
        "contractId": contract.id,
        "timestamp": wire.iso(datetime.now(UTC)),
        "bids": [{"price": price - TICK * (i + 1), "size": 10 + i} for i in range(5)],
        "offers": [{"price": price + TICK * i, "size": 11 + i} for i in range(5)],
    }


def histogram(contract: book.DemoContract, n: int) -> dict[str, Any]:
    today = datetime.now(UTC)
    return {
        "contractId": contract.id,
        "timestamp": wire.iso(today),
        "tradeDate": {"year": today.year, "month": today.month, "day": today.day},
        "base": contract.price,
        "items": {str(offset): 100.0 + n + offset for offset in range(-3, 4)},
        "refresh": n == 0,
    }


def chart_history(chart_id: int, contract: book.DemoContract, description: dict[str, Any], count: int) -> list[Any]:
    """The history packets of an ``md/getChart`` (bars or ticks), then ``eoh``."""
    start = datetime(2025, 12, 1, 14, 30, tzinfo=UTC)
    if description.get("underlyingType") == "Tick":
        base = contract.price
        ticks = [
            {"id": i, "t": i * 250, "p": (i % 5) - 2, "s": 1 + i % 3, "b": -1 - i % 2, "a": 1, "bs": 5, "as": 6}
            for i in range(count)
        ]
        # A tick chart's packets may arrive out of order: the second half comes first.
        half = count // 2
        packet = {"id": chart_id, "s": "db", "td": 20251201, "bp": base / TICK, "bt": int(start.timestamp() * 1000)}
        return [
            {"charts": [{**packet, "ts": TICK, "tks": ticks[half:]}]},
            {"charts": [{**packet, "ts": TICK, "tks": ticks[:half]}]},
            {"charts": [{"id": chart_id, "eoh": True}]},
        ]
    bars = []
    for i in range(count):
        open_ = _price(contract, i)
        bars.append(
            {
                "timestamp": wire.iso(start + timedelta(minutes=i)),
                "open": open_,
                "high": open_ + TICK,
                "low": open_ - TICK,
                "close": _price(contract, i + 1),
                "upVolume": 10.0 + i,
                "downVolume": 8.0 + i,
                "upTicks": 4.0,
                "downTicks": 3.0,
                "bidVolume": 9.0,
                "offerVolume": 9.0,
            }
        )
    return [{"charts": [{"id": chart_id, "td": 20251201, "bars": bars}]}, {"charts": [{"id": chart_id, "eoh": True}]}]


def chart_bar(chart_id: int, contract: book.DemoContract, n: int) -> dict[str, Any]:
    """A realtime update of the current bar."""
    price = _price(contract, n)
    bar = {
        "timestamp": wire.iso(datetime.now(UTC).replace(second=0, microsecond=0)),
        "open": price,
        "high": price + TICK,
        "low": price - TICK,
        "close": price,
        "upVolume": float(n),
        "downVolume": float(n),
        "upTicks": 1.0,
        "downTicks": 1.0,
        "bidVolume": 1.0,
        "offerVolume": 1.0,
    }
    return {"charts": [{"id": chart_id, "td": 20251201, "bars": [bar]}]}


def clock(moment: datetime, speed: int) -> str:
    """A replay ``clock`` event's ``d``: a JSON *string*, as the vendor sends it."""
    import json

    return json.dumps({"t": wire.iso(moment), "s": speed})
