"""Market data as typed values: quotes, DOMs, histograms (chart packets and the clock: ``_chart_models``).

The REST spec has no models for these (they exist only on the sockets), so they are written by
hand beside the generated ones, with the same rules: an entry name the vendor adds is kept as a
pseudo-member of ``QuoteEntry`` (``is_known`` False, equal to its text), a field the vendor adds
stays in ``additional_properties``, and each is reported once as ``ContractDrift`` (path and JSON
type, never the value). A missing ``price`` or ``size`` is ``None`` (the vendor leaves them out).
Decoding is lean on purpose (quotes arrive by the hundred a second): a packet's known keys are
checked with one set comparison, and the drift walk runs only when that comparison fails.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from enum import StrEnum
from typing import Any

import attrs

from auth_overlay._core._durations import vendor_instant
from auth_overlay.api import _drift

Report = Callable[[list[_drift.Finding]], None]


class QuoteEntry(StrEnum):
    BID = "Bid"
    OFFER = "Offer"
    TRADE = "Trade"
    TOTALTRADEVOLUME = "TotalTradeVolume"
    OPENINTEREST = "OpenInterest"
    OPENINGPRICE = "OpeningPrice"
    HIGHPRICE = "HighPrice"
    LOWPRICE = "LowPrice"
    SETTLEMENTPRICE = "SettlementPrice"
    EMPTYBOOK = "EmptyBook"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        unknown = str.__new__(cls, value)
        unknown._name_ = "UNKNOWN"
        unknown._value_ = value
        return unknown

    @property
    def is_known(self) -> bool:
        """False for an entry the vendor added after this client was written."""
        return type(self).__members__.get(self._name_) is self


_ENTRY_NAMES = frozenset(member.value for member in QuoteEntry)
_ENTRIES: dict[str, QuoteEntry] = {member.value: member for member in QuoteEntry}


@attrs.frozen(slots=True)
class PriceSize:
    price: float | None = None
    size: float | None = None


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _price_size(raw: object) -> PriceSize:
    if not isinstance(raw, dict):
        return PriceSize()
    return PriceSize(_number(raw.get("price")), _number(raw.get("size")))


def _extras(raw: Mapping[str, Any], known: frozenset[str], path: str, report: Report) -> dict[str, Any]:
    extra = {key: value for key, value in raw.items() if key not in known}
    if extra:
        report([(f"{path}.{key}", "unknown_field", _drift.json_type(value)) for key, value in extra.items()])
    return extra


@attrs.frozen(slots=True)
class Quote:
    """``md/subscribeQuote``: ``entries`` by name (``q.bid``, ``q.offer``, ``q.trade`` for the common ones).

    Entries are decoded when first read (most consumers read two or three of the ten): ``raw_entries``
    is the vendor's object as it came; its names were checked against ``QuoteEntry`` on arrival.
    """

    contract_id: int
    timestamp: str | None
    raw_entries: dict[str, Any] = attrs.field(repr=False)
    id: int | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict)
    _decoded: dict[QuoteEntry, PriceSize] | None = attrs.field(default=None, init=False, eq=False, repr=False)

    _KEYS = frozenset({"id", "timestamp", "contractId", "entries"})

    @classmethod
    def from_dict(cls, raw: dict[str, Any], report: Report) -> Quote:
        entries = raw.get("entries")
        if not isinstance(entries, dict):
            entries = {}
        elif not entries.keys() <= _ENTRY_NAMES:
            unknown = [name for name in entries if name not in _ENTRY_NAMES]
            report([(f"$.quotes[*].entries.{_drift_name(name)}", "unknown_enum_value", "string") for name in unknown])
        extra = {} if raw.keys() <= cls._KEYS else _extras(raw, cls._KEYS, "$.quotes[*]", report)
        return cls(_int(raw.get("contractId")), _str(raw.get("timestamp")), entries, _opt_int(raw.get("id")), extra)

    @property
    def entries(self) -> dict[QuoteEntry, PriceSize]:
        """Every entry, typed (an unknown name as a ``QuoteEntry`` pseudo-member)."""
        decoded = self._decoded
        if decoded is None:
            decoded = {_ENTRIES.get(name) or QuoteEntry(name): _price_size(v) for name, v in self.raw_entries.items()}
            object.__setattr__(self, "_decoded", decoded)
        return decoded

    @property
    def time(self) -> datetime | None:
        return vendor_instant(self.timestamp)

    def entry(self, name: QuoteEntry | str) -> PriceSize | None:
        raw = self.raw_entries.get(str(name))
        return None if raw is None else _price_size(raw)

    @property
    def bid(self) -> PriceSize | None:
        return self.entry("Bid")

    @property
    def offer(self) -> PriceSize | None:
        return self.entry("Offer")

    @property
    def trade(self) -> PriceSize | None:
        return self.entry("Trade")

    @property
    def total_trade_volume(self) -> PriceSize | None:
        return self.entry("TotalTradeVolume")


@attrs.frozen(slots=True)
class DOM:
    """``md/subscribeDOM``: the book's levels, best first."""

    contract_id: int
    timestamp: str | None
    bids: list[PriceSize]
    offers: list[PriceSize]
    additional_properties: dict[str, Any] = attrs.field(factory=dict)

    _KEYS = frozenset({"contractId", "timestamp", "bids", "offers"})

    @classmethod
    def from_dict(cls, raw: dict[str, Any], report: Report) -> DOM:
        extra = {} if raw.keys() <= cls._KEYS else _extras(raw, cls._KEYS, "$.doms[*]", report)
        return cls(
            _int(raw.get("contractId")),
            _str(raw.get("timestamp")),
            _levels(raw.get("bids")),
            _levels(raw.get("offers")),
            extra,
        )


@attrs.frozen(slots=True)
class Histogram:
    """``md/subscribeHistogram``: volume by price offset (in ticks) from ``base``."""

    contract_id: int
    timestamp: str | None
    base: float | None
    items: dict[float, float]
    refresh: bool
    trade_date: dict[str, Any] | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict)

    _KEYS = frozenset({"contractId", "timestamp", "tradeDate", "base", "items", "refresh"})

    @classmethod
    def from_dict(cls, raw: dict[str, Any], report: Report) -> Histogram:
        extra = {} if raw.keys() <= cls._KEYS else _extras(raw, cls._KEYS, "$.histograms[*]", report)
        items: dict[float, float] = {}
        raw_items = raw.get("items")
        if isinstance(raw_items, dict):
            for offset, volume in raw_items.items():
                number = _number(volume)
                try:
                    items[float(offset)] = number if number is not None else 0.0
                except ValueError:
                    continue
        trade_date = raw.get("tradeDate") if isinstance(raw.get("tradeDate"), dict) else None
        return cls(
            _int(raw.get("contractId")),
            _str(raw.get("timestamp")),
            _number(raw.get("base")),
            items,
            raw.get("refresh") is True,
            trade_date,
            extra,
        )


def _levels(raw: object) -> list[PriceSize]:
    return [_price_size(level) for level in raw] if isinstance(raw, list) else []


def _int(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else -1


def _opt_int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _drift_name(name: object) -> str:
    return name if isinstance(name, str) and name.isascii() and name.isalnum() and len(name) <= 64 else "?"
