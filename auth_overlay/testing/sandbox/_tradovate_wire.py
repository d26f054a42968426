"""Tradovate answers shaped exactly as the vendored spec's schemas (field names, types, enums).

The test suite validates every one of them against ``openapi/tradovate/openapi.json``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from . import _tradovate_book as book


def iso(moment: datetime) -> str:
    """RFC 3339 in UTC with milliseconds, as the service writes ``timestamp`` fields."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def account(account: book.DemoAccount) -> dict[str, Any]:
    return {
        "id": account.id,
        "name": account.name,
        "userId": account.user_id,
        "accountType": "Customer",
        "restricted": False,
        "closed": False,
        "clearingHouseId": 2,
        "riskCategoryId": 2,
        "autoLiqProfileId": 2,
        "marginAccountType": "Speculator",
        "legalStatus": "Individual",
        "timestamp": iso(account.opened_at),
        "readonly": False,
    }


def contract(contract: book.DemoContract) -> dict[str, Any]:
    return {
        "id": contract.id,
        "name": contract.name,
        "contractMaturityId": contract.contract_maturity_id,
        "timestamp": iso(book.LISTED_AT),
    }


def order(order: book.DemoOrder) -> dict[str, Any]:
    return {
        "id": order.id,
        "accountId": order.account_id,
        "contractId": order.contract_id,
        "timestamp": iso(order.placed_at),
        "action": order.action,
        "ordStatus": order.status,
        "admin": False,
    }


def position(position: book.DemoPosition) -> dict[str, Any]:
    answer: dict[str, Any] = {
        "id": position.id,
        "accountId": position.account_id,
        "contractId": position.contract_id,
        "timestamp": iso(position.updated_at),
        "tradeDate": {
            "year": position.updated_at.year,
            "month": position.updated_at.month,
            "day": position.updated_at.day,
        },
        "netPos": position.net,
        "bought": position.bought,
        "boughtValue": position.bought_value,
        "sold": position.sold,
        "soldValue": position.sold_value,
        "prevPos": 0,
    }
    if position.net > 0:
        answer["netPrice"] = position.bought_value / position.bought
    elif position.net < 0:
        answer["netPrice"] = position.sold_value / position.sold
    return answer


def cash_balance(cash: float, margin: float) -> dict[str, Any]:
    """A CashBalanceSnapshot: a flat demo market, so no open or realized P&L."""
    return {
        "totalCashValue": cash,
        "totalPnL": 0.0,
        "initialMargin": margin,
        "maintenanceMargin": margin,
        "netLiq": cash,
        "openPnL": 0.0,
        "realizedPnL": 0.0,
        "weekRealizedPnL": 0.0,
        "cashUSD": cash,
        "netLiqSOD": cash,
        "totalCashValueSOD": cash,
        "cashSODUSD": cash,
        "fullInitialMargin": margin,
        "currencyCashAvailWithdrawalUSD": max(0.0, cash - margin),
    }
