"""The request bodies of the emulated Tradovate operations, checked as the spec's JSON Schema says.

Strict where the vendor is: a field the spec types is refused when it holds another type, even
an optional one (``"isAutomated": "yes"`` is a client bug the exchange cares about), ``null``
included (the schema does not allow it), integers beyond int64 (the service cannot hold
them), an enum value outside the list, a ``date-time`` that is not RFC 3339. Not stricter than
the spec: ``1.0`` is an integer (JSON Schema counts any number with a zero fraction), fields
the spec does not list are ignored (no ``additionalProperties: false``), and what a field
*means* (an unknown symbol, a zero quantity) is a business refusal answered in-band, not here.

``tests/sandbox`` compares these tables with the vendored spec's schemas.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any, Final

INT64: Final = (-(2**63), 2**63 - 1)

_DATE_TIME = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))",
)


class FieldError(ValueError):
    """A body field breaks the spec's schema; the message names the field, never its value."""


Check = Callable[[str, object], object]  # (field name, JSON value) -> the value for the handler


def integer(name: str, value: object) -> int:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise FieldError(f"{name!r} must be an integer")
    if not INT64[0] <= value <= INT64[1]:
        raise FieldError(f"{name!r} is out of range (int64)")
    return value


def number(name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise FieldError(f"{name!r} must be a number")
    return float(value)  # finite: the JSON parser refuses NaN, Infinity and overflow


def string(name: str, value: object) -> str:
    if not isinstance(value, str):
        raise FieldError(f"{name!r} must be a string")
    return value


def boolean(name: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise FieldError(f"{name!r} must be true or false")
    return value


def date_time(name: str, value: object) -> str:
    text = value if isinstance(value, str) else ""
    match = _DATE_TIME.fullmatch(text)
    try:
        if match is None:
            raise ValueError(name)
        year, month, day, hour, minute, second = (int(part) for part in match.groups()[:6])
        datetime(year, month, day, hour, minute, second)
        if match[7] is not None and (int(match[7]) > 23 or int(match[8]) > 59):
            raise ValueError(name)
    except ValueError as exc:
        raise FieldError(f"{name!r} must be an RFC 3339 date-time") from exc
    return text


def one_of(allowed: Callable[[], tuple[str, ...]]) -> Check:
    def check(name: str, value: object) -> str:
        if value not in allowed():
            raise FieldError(f"{name!r} must be one of {', '.join(allowed())}")
        return str(value)

    return check


def _enum(model: str, cls: str) -> Callable[[], tuple[str, ...]]:
    """An enum's values from the generated model (imported on first use: one small module)."""

    @functools.cache
    def values() -> tuple[str, ...]:
        module = __import__(f"tradovate_client.models.{model}", fromlist=[cls])
        return tuple(member.value for member in getattr(module, cls))

    return values


ORDER_ACTIONS = _enum("place_order_action", "PlaceOrderAction")
ORDER_TYPES = _enum("place_order_order_type", "PlaceOrderOrderType")
TIMES_IN_FORCE = _enum("place_order_time_in_force", "PlaceOrderTimeInForce")


# name -> check; the spec's ``required`` list beside it.
PLACE_ORDER: Final[Mapping[str, Check]] = {
    "accountSpec": string,
    "accountId": integer,
    "clOrdId": string,
    "action": one_of(ORDER_ACTIONS),
    "symbol": string,
    "orderQty": integer,
    "orderType": one_of(ORDER_TYPES),
    "price": number,
    "stopPrice": number,
    "limitIfTouchedPrice": number,
    "maxShow": integer,
    "pegDifference": number,
    "timeInForce": one_of(TIMES_IN_FORCE),
    "expireTime": date_time,
    "text": string,
    "activationTime": date_time,
    "customTag50": string,
    "isAutomated": boolean,
}
PLACE_ORDER_REQUIRED: Final = ("action", "symbol", "orderQty", "orderType")

CANCEL_ORDER: Final[Mapping[str, Check]] = {
    "orderId": integer,
    "clOrdId": string,
    "activationTime": date_time,
    "customTag50": string,
    "isAutomated": boolean,
}
CANCEL_ORDER_REQUIRED: Final = ("orderId",)

CASH_BALANCE_SNAPSHOT: Final[Mapping[str, Check]] = {"accountId": integer}
CASH_BALANCE_SNAPSHOT_REQUIRED: Final = ("accountId",)


def checked(body: Mapping[str, Any], fields: Mapping[str, Check], required: tuple[str, ...]) -> dict[str, Any]:
    """The body's spec fields, each checked (and ``1.0`` made ``1``); raises :class:`FieldError`."""
    for name in required:
        if name not in body:
            raise FieldError(f"{name!r} is required")
    return {name: check(name, body[name]) for name, check in fields.items() if name in body}
