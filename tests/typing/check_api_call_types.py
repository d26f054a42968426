"""Checked by mypy in `nox -s typecheck`, never run: `auth_overlay.api.call` keeps the operation's types.

`assert_type` fails the type check when the inferred type differs, so a regression to `Any`
(or a missing `| None` removal) breaks CI; a wrong keyword is a type error too.
"""

from __future__ import annotations

from typing import assert_type

from tradovate_client.api.accounting import account_list
from tradovate_client.api.contract_library import contract_find
from tradovate_client.api.orders import place_order
from tradovate_client.models import (
    Account,
    Contract,
    PlaceOrder,
    PlaceOrderAction,
    PlaceOrderOrderType,
    PlaceOrderResult,
)

from auth_overlay import TokenAuth, UserLogin, api


def calls_keep_the_model_types() -> None:
    auth = TokenAuth.for_provider("tradovate", client_id="1", client_secret="s", grant=UserLogin("u", "p"))
    client = auth.client(retry=False)
    assert_type(api.call(account_list.sync, client=client), list[Account])
    assert_type(api.call(contract_find.sync, client=client, name="ESZ6"), Contract)
    order = PlaceOrder(action=PlaceOrderAction.BUY, symbol="ESZ6", order_qty=1, order_type=PlaceOrderOrderType.MARKET)
    assert_type(api.call(place_order.sync, client=client, body=order), PlaceOrderResult)
    api.call(contract_find.sync, client=client, nme="ESZ6")  # type: ignore[call-arg]


async def async_calls_keep_the_model_types() -> None:
    auth = TokenAuth.for_provider("tradovate", client_id="1", client_secret="s", grant=UserLogin("u", "p"))
    client = auth.client()
    assert_type(await api.acall(account_list.asyncio, client=client), list[Account])
