"""The demo's real-time step: a Market order placed over REST, its fill printed as it arrives on the socket."""

from __future__ import annotations

import asyncio
from typing import Any

from auth_overlay.testing import sandbox_token_auth

LABEL = "tradovate real time"


def realtime_steps(sandbox: Any) -> list[tuple[str, str, bool]]:
    """(step, outcome, ok) for each step, on an event loop of its own."""
    return asyncio.run(_steps(sandbox))


async def _steps(sandbox: Any) -> list[tuple[str, str, bool]]:
    from tradovate_client.api.accounting import account_list
    from tradovate_client.api.orders import place_order
    from tradovate_client.models import PlaceOrder, PlaceOrderAction, PlaceOrderOrderType

    from auth_overlay.realtime import Change

    steps: list[tuple[str, str, bool]] = []
    sandbox.sockets  # noqa: B018 (the sandbox's sockets start on first use)
    sandbox.reset_counters()
    creds = sandbox.credentials("tradovate")
    auth = sandbox_token_auth(sandbox, "tradovate", username=creds.username, password=creds.password)
    async with auth.socket() as ws, auth.client() as rest:
        store = await ws.sync(entity_types=["order", "fill", "position"])
        steps.append(("sync over the socket", f"{len(store.orders)} orders, {len(store.positions)} positions", True))
        changes = ws.changes()
        account = (await account_list.asyncio(client=rest))[0]
        order = PlaceOrder(
            account_id=account.id,
            action=PlaceOrderAction.BUY,
            symbol="MESZ6",
            order_qty=1,
            order_type=PlaceOrderOrderType.MARKET,
            is_automated=True,
        )
        placed = await place_order.asyncio(client=rest, body=order)
        fill = None
        async with asyncio.timeout(10):
            async for change in changes:
                if isinstance(change, Change) and change.entity_type == "fill":
                    fill = change.entity
                    if fill.order_id == placed.order_id:
                        break
        net = [p.net_pos for p in store.positions if p.contract_id == getattr(fill, "contract_id", None)]
        outcome = (
            f"order {placed.order_id} over REST -> fill {fill.id} on the socket: {fill.action} {fill.qty} @ "
            f"{fill.price}, position {net[0] if net else '?'}"
            if fill is not None
            else "no fill arrived"
        )
        steps.append(("Market order over REST, fill on the socket", outcome, fill is not None))
    return steps
