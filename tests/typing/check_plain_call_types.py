"""Checked by mypy in `nox -s typecheck`, never run: the plain generated calls are typed by the
spec's success answer alone (issue 19): no `| None`, no declared error model.

`assert_type` fails the type check when the inferred type differs, so a regression to `Any`
or to `X | None` breaks CI; a wrong keyword is a type error too.
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

from auth_overlay import TokenAuth, UserLogin


def calls_keep_the_model_types() -> None:
    auth = TokenAuth.for_provider("tradovate", client_id="1", client_secret="s", grant=UserLogin("u", "p"))
    client = auth.client(retry=False)
    assert_type(account_list.sync(client=client), list[Account])
    assert_type(contract_find.sync(client=client, name="ESZ6"), Contract)
    order = PlaceOrder(action=PlaceOrderAction.BUY, symbol="ESZ6", order_qty=1, order_type=PlaceOrderOrderType.MARKET)
    assert_type(place_order.sync(client=client, body=order), PlaceOrderResult)
    contract_find.sync(client=client, nme="ESZ6")  # type: ignore[call-arg]


async def async_calls_keep_the_model_types() -> None:
    auth = TokenAuth.for_provider("tradovate", client_id="1", client_secret="s", grant=UserLogin("u", "p"))
    client = auth.client()
    assert_type(await account_list.asyncio(client=client), list[Account])
