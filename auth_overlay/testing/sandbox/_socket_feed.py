"""User sync in the sandbox: the snapshot, and ``props`` events for every change to the book.

The trading book knows nothing of sockets. Each Tradovate API route (REST or socket, the same
handlers) is wrapped so that, while a socket server listens, the book is compared before
and after the handler ran (under the state lock, so nothing else moves it meanwhile) and
every difference becomes the ``props`` events the vendor sends: a new Market order is
``Created`` (Working), then ``Updated`` (Filled) with the fill ``Created``, the position
``Created``/``Updated`` and the cash balance ``Updated``; a cancel ``Updated`` (Canceled).
Fills and cash balances are derived from the orders (a Market order fills whole, at once,
at the contract's one price), so the book keeps no more state than it did.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from . import _tradovate_book as book
from . import _tradovate_wire as wire
from ._models import CannedResponse, RecordedRequest
from ._routes import Handler, Route
from ._state import SandboxState
from ._tradovate import user_id

FILL_ID_OFFSET = 1_000_000_000
CURRENCY_USD = 1


@dataclass(frozen=True, slots=True)
class Props:
    """One ``props`` event for the sockets synced to ``user_id``."""

    user_id: int
    entity_type: str
    event_type: str  # Created | Updated | Deleted
    entity: dict[str, Any]

    def message(self) -> dict[str, Any]:
        return {
            "e": "props",
            "d": {"entityType": self.entity_type, "eventType": self.event_type, "entity": self.entity},
        }


Listener = Callable[[list[Props]], None]


class SocketFeed:
    """Between the REST handlers and the socket server: set ``listener`` to receive changes."""

    def __init__(self) -> None:
        self.listener: Listener | None = None

    def observed(self, routes: Sequence[Route]) -> tuple[Route, ...]:
        return tuple(
            replace(route, handler=self._wrap(route.handler)) if _is_trading(route) else route for route in routes
        )

    def _wrap(self, handler: Handler) -> Handler:
        def handle(state: SandboxState, request: RecordedRequest) -> CannedResponse:
            listener = self.listener
            if listener is None:
                return handler(state, request)
            before = _view(state.book)
            response = handler(state, request)
            changes = list(_changes(state.book, before))
            if changes:
                listener(changes)
            return response

        handle.__name__ = getattr(handler, "__name__", "handle")
        return handle


def _is_trading(route: Route) -> bool:
    return route.provider == "tradovate" and not route.token_endpoint


# -- what changed -----------------------------------------------------------------------------

_View = tuple[dict[int, str], dict[tuple[int, int], tuple[int, int]]]


def _view(trading: book.TradingBook) -> _View:
    orders = {order.id: order.status for order in trading.orders.values()}
    positions = {key: (p.bought, p.sold) for key, p in trading.positions.items()}
    return orders, positions


def _changes(trading: book.TradingBook, before: _View) -> Iterable[Props]:
    orders_before, positions_before = before
    owners = {account.id: account for account in trading.accounts.values()}
    for order in trading.orders.values():
        old = orders_before.get(order.id)
        if old == order.status:
            continue
        account = owners[order.account_id]
        uid = account.user_id
        if old is None:
            yield Props(uid, "order", "Created", {**wire.order(order), "ordStatus": "Working"})
        if order.status != "Working":
            yield Props(uid, "order", "Updated", wire.order(order))
        if order.status == "Filled":
            yield Props(uid, "fill", "Created", fill(order))
            key = (order.account_id, order.contract_id)
            position = trading.positions[key]
            kind = "Created" if key not in positions_before else "Updated"
            yield Props(uid, "position", kind, wire.position(position))
            yield Props(uid, "cashBalance", "Updated", cash_balance(account))


def fill(order: book.DemoOrder) -> dict[str, Any]:
    """The one fill of a filled Market order."""
    return {
        "id": order.id + FILL_ID_OFFSET,
        "orderId": order.id,
        "contractId": order.contract_id,
        "timestamp": wire.iso(order.placed_at),
        "tradeDate": _trade_date(order.placed_at),
        "action": order.action,
        "qty": order.quantity,
        "price": book.contract_by_id(order.contract_id).price,
        "active": True,
        "finallyPaired": 0,
    }


def cash_balance(account: book.DemoAccount) -> dict[str, Any]:
    """A flat demo market: the cash never moves (no P&L, no commissions)."""
    now = datetime.now(UTC)
    return {
        "id": account.id,
        "accountId": account.id,
        "timestamp": wire.iso(now),
        "tradeDate": _trade_date(now),
        "currencyId": CURRENCY_USD,
        "amount": book.STARTING_CASH,
        "realizedPnL": 0.0,
        "weekRealizedPnL": 0.0,
    }


def _trade_date(moment: datetime) -> dict[str, int]:
    return {"year": moment.year, "month": moment.month, "day": moment.day}


# -- the snapshot -----------------------------------------------------------------------------

#: entity type (as in ``props`` and ``entityTypes``) → the snapshot's key
SNAPSHOT_KEYS = {
    "account": "accounts",
    "order": "orders",
    "fill": "fills",
    "position": "positions",
    "cashBalance": "cashBalances",
    "contract": "contracts",
}


def snapshot(state: SandboxState, username: str, entity_types: frozenset[str] | None) -> dict[str, Any]:
    """``user/syncrequest``'s answer: a SyncMessage (``users`` and ``contractGroups`` are required)."""
    uid = user_id(username)
    account = state.book.account_of(uid)
    orders = state.book.orders_of(account)
    traded = {o.contract_id for o in orders}
    everything: dict[str, list[dict[str, Any]]] = {
        "accounts": [wire.account(account)],
        "orders": [wire.order(o) for o in orders],
        "fills": [fill(o) for o in orders if o.status == "Filled"],
        "positions": [wire.position(p) for p in state.book.positions_of(account)],
        "cashBalances": [cash_balance(account)],
        "contracts": [wire.contract(c) for c in book.CONTRACTS if c.id in traded],
    }
    answer: dict[str, Any] = {
        "users": [
            {
                "id": uid,
                "name": username,
                "timestamp": wire.iso(account.opened_at),
                "email": f"{username}@example.com",
                "status": "Active",
                "professional": False,
            }
        ],
        "contractGroups": [],
    }
    for entity_type, key in SNAPSHOT_KEYS.items():
        if entity_types is None or entity_type in entity_types:
            answer[key] = everything[key]
    return answer


def wanted(props: Props, entity_types: frozenset[str] | None) -> bool:
    return entity_types is None or props.entity_type in entity_types
