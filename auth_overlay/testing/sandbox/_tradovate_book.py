"""Tradovate's trading state in the sandbox: demo accounts, a few contracts, orders and positions.

Pure data and rules, no HTTP (``_tradovate_api`` speaks the wire format). The demo market
has one fixed price per contract: a Market order fills completely at that price the moment it
is placed; every other order type rests as ``Working`` until it is cancelled. So positions
move only through Market orders, and open P&L stays zero — predictable for tests.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Final, Literal

STARTING_CASH: Final = 50_000.0

# Failure reasons of the spec's PlaceOrderResult/CommandResult enum that the sandbox uses.
FailureReason = Literal["InvalidContract", "InvalidPrice", "TooLate", "Unauthorized", "UnknownReason"]

# Order types that need a limit price, a stop price, or both, before they can rest.
_NEEDS_PRICE: Final = frozenset({"Limit", "StopLimit", "LimitIfTouched", "QTS"})
_NEEDS_STOP_PRICE: Final = frozenset({"Stop", "StopLimit", "MIT", "LimitIfTouched"})


@dataclass(frozen=True, slots=True)
class DemoContract:
    id: int
    name: str
    contract_maturity_id: int
    price: float  # the demo market's one price: where Market orders fill
    initial_margin: float  # per contract held, for the cash-balance snapshot


CONTRACTS: Final[tuple[DemoContract, ...]] = (
    DemoContract(3_570_918, "ESZ6", 51_094, 6050.25, 15_000.0),
    DemoContract(3_570_919, "MESZ6", 51_095, 6050.25, 1_500.0),
    DemoContract(3_570_924, "NQZ6", 51_100, 21_500.5, 21_000.0),
    DemoContract(3_570_925, "MNQZ6", 51_101, 21_500.5, 2_100.0),
)
#: when the demo contracts were listed (their ``timestamp``)
LISTED_AT: Final = datetime(2025, 12, 19, 22, 0, tzinfo=UTC)


def find_contract(name: str) -> DemoContract | None:
    """Contract names are matched without regard to case, as symbols are typed in every case."""
    wanted = name.strip().upper()
    return next((c for c in CONTRACTS if c.name == wanted), None)


def suggest_contracts(text: str, limit: int) -> list[DemoContract]:
    wanted = text.strip().upper()
    return [c for c in CONTRACTS if wanted in c.name][: max(0, limit)]


def contract_by_id(contract_id: int) -> DemoContract:
    return next(c for c in CONTRACTS if c.id == contract_id)


@dataclass(frozen=True, slots=True)
class DemoAccount:
    id: int
    name: str
    user_id: int
    opened_at: datetime


@dataclass(slots=True, eq=False)
class DemoOrder:
    id: int
    account_id: int
    contract_id: int
    action: Literal["Buy", "Sell"]
    order_type: str
    quantity: int
    status: str  # a value of the spec's OrderOrdStatus
    placed_at: datetime


@dataclass(slots=True, eq=False)
class DemoPosition:
    id: int
    account_id: int
    contract_id: int
    updated_at: datetime
    bought: int = 0
    bought_value: float = 0.0
    sold: int = 0
    sold_value: float = 0.0

    @property
    def net(self) -> int:
        return self.bought - self.sold


@dataclass(frozen=True, slots=True)
class Rejection:
    reason: FailureReason
    text: str


@dataclass(frozen=True, slots=True)
class OrderRequest:
    """A place-order body already checked for the spec's required fields and types."""

    action: Literal["Buy", "Sell"]
    symbol: str
    quantity: int
    order_type: str
    price: float | None = None
    stop_price: float | None = None


@dataclass(slots=True, eq=False)
class TradingBook:
    accounts: dict[int, DemoAccount] = field(default_factory=dict)  # by user id: one demo account each
    orders: dict[int, DemoOrder] = field(default_factory=dict)
    positions: dict[tuple[int, int], DemoPosition] = field(default_factory=dict)
    order_ids: itertools.count[int] = field(default_factory=lambda: itertools.count(250_000_001))
    position_ids: itertools.count[int] = field(default_factory=lambda: itertools.count(90_000_001))

    def clear(self) -> None:
        fresh = TradingBook()
        self.accounts, self.orders, self.positions = fresh.accounts, fresh.orders, fresh.positions
        self.order_ids, self.position_ids = fresh.order_ids, fresh.position_ids

    def account_of(self, user_id: int) -> DemoAccount:
        """The user's demo account, opened on first use; its id is predictable from the user id."""
        account = self.accounts.get(user_id)
        if account is None:
            account = DemoAccount(
                id=user_id + 10_000_000,
                name=f"DEMO{user_id}",
                user_id=user_id,
                opened_at=datetime.now(UTC).replace(microsecond=0),
            )
            self.accounts[user_id] = account
        return account

    def orders_of(self, account: DemoAccount) -> list[DemoOrder]:
        return [o for o in self.orders.values() if o.account_id == account.id]

    def positions_of(self, account: DemoAccount) -> list[DemoPosition]:
        return [p for p in self.positions.values() if p.account_id == account.id]

    def place(self, account: DemoAccount, order: OrderRequest) -> DemoOrder | Rejection:
        contract = find_contract(order.symbol)
        if contract is None:
            return Rejection("InvalidContract", f"Unknown symbol {order.symbol!r}")
        if order.quantity < 1:
            return Rejection("UnknownReason", "orderQty must be at least 1")
        if order.order_type in _NEEDS_PRICE and order.price is None:
            return Rejection("InvalidPrice", f"A {order.order_type} order needs a price")
        if order.order_type in _NEEDS_STOP_PRICE and order.stop_price is None:
            return Rejection("InvalidPrice", f"A {order.order_type} order needs a stopPrice")
        now = datetime.now(UTC)
        placed = DemoOrder(
            id=next(self.order_ids),
            account_id=account.id,
            contract_id=contract.id,
            action=order.action,
            order_type=order.order_type,
            quantity=order.quantity,
            status="Working",
            placed_at=now,
        )
        self.orders[placed.id] = placed
        if order.order_type == "Market":
            self._fill(placed, contract, now)
        return placed

    def _fill(self, order: DemoOrder, contract: DemoContract, now: datetime) -> None:
        key = (order.account_id, contract.id)
        position = self.positions.get(key)
        if position is None:
            position = DemoPosition(next(self.position_ids), order.account_id, contract.id, now)
            self.positions[key] = position
        value = contract.price * order.quantity
        if order.action == "Buy":
            position.bought += order.quantity
            position.bought_value += value
        else:
            position.sold += order.quantity
            position.sold_value += value
        position.updated_at = now
        order.status = "Filled"

    def cancel(self, account: DemoAccount, order_id: int) -> DemoOrder | Rejection:
        order = self.orders.get(order_id)
        if order is None or order.account_id != account.id:  # another user's order is not theirs to see
            return Rejection("UnknownReason", f"Order {order_id} was not found")
        if order.status != "Working":
            return Rejection("TooLate", f"Order {order_id} is already {order.status}")
        order.status = "Canceled"
        return order

    def initial_margin(self, account: DemoAccount) -> float:
        return sum(abs(p.net) * contract_by_id(p.contract_id).initial_margin for p in self.positions_of(account))
