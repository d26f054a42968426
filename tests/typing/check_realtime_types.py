"""Checked by mypy in `nox -s typecheck`, never run: socket calls keep the operation's model types.

A socket is its own client, so `client=` is not passed: the arguments cannot be checked through
the operation's signature (a ParamSpec cannot drop a keyword-only parameter), the answer's type is.
"""

from __future__ import annotations

from typing import Any, assert_type

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
from auth_overlay.realtime import MarketDataSocket, Quote, ReplaySocket, TradingSocket, UserStore


async def socket_calls_keep_the_model_types() -> None:
    auth = TokenAuth.for_provider("tradovate", client_id="1", client_secret="s", grant=UserLogin("u", "p"))
    async with auth.socket() as ws:
        assert_type(ws, TradingSocket)
        assert_type(await ws.call(account_list.asyncio), list[Account])
        assert_type(await ws.call(contract_find.asyncio, name="ESZ6"), Contract)
        order = PlaceOrder(
            action=PlaceOrderAction.BUY, symbol="ESZ6", order_qty=1, order_type=PlaceOrderOrderType.MARKET
        )
        assert_type(await ws.call(place_order.asyncio, body=order), PlaceOrderResult)
        assert_type(await ws.request("md/getChart", body={}), Any)
        assert_type(await ws.sync(), UserStore)
    async with auth.market_data() as md, md.quotes("MESZ6") as quotes:
        assert_type(md, MarketDataSocket)
        async for quote in quotes:
            assert_type(quote, Quote)
    from datetime import UTC, datetime

    async with auth.replay(start=datetime(2025, 6, 2, tzinfo=UTC)) as replay:
        assert_type(replay, ReplaySocket)
