"""The sandbox's sync snapshot and every ``props`` entity it sends validate against the vendored spec.

Schemas from ``openapi/tradovate/openapi.json`` (``$ref``s resolved), as for the REST answers
(``tests/sandbox/test_tradovate_api_conformance.py``); props entities against the component
schema of their entity type (``cashBalance`` → ``CashBalance``).
"""

from __future__ import annotations

import asyncio
import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
from websockets.asyncio.client import connect

from auth_overlay import TokenAuth
from auth_overlay.testing.sandbox import Sandbox

SPEC = json.loads((Path(__file__).parents[2] / "openapi" / "tradovate" / "openapi.json").read_text())
FORMATS = jsonschema.FormatChecker()


def resolved(node: Any) -> Any:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            target: Any = SPEC
            for part in ref[2:].split("/"):
                target = target[part]
            return resolved(copy.deepcopy(target))
        return {key: resolved(value) for key, value in node.items()}
    if isinstance(node, list):
        return [resolved(item) for item in node]
    return node


def check(schema: dict[str, Any], instance: object) -> None:
    jsonschema.Draft202012Validator(resolved(schema), format_checker=FORMATS).validate(instance)


async def test_the_snapshot_and_every_props_entity_follow_the_spec(sandbox: Sandbox, auth: TokenAuth[Any]) -> None:
    from tradovate_client.api.accounting import account_list
    from tradovate_client.api.orders import cancel_order, place_order
    from tradovate_client.models import CancelOrder, PlaceOrder, PlaceOrderAction, PlaceOrderOrderType

    token = auth.get_token().access_token
    async with connect(sandbox.websocket_url()) as ws, auth.client() as rest:
        await ws.recv()
        await ws.send(f"authorize\n1\n\n{token}")
        await ws.recv()
        await ws.send("user/syncrequest\n2\n\n{}")
        snapshot = json.loads(str(await ws.recv())[1:])[0]["d"]
        account = (await account_list.asyncio(client=rest))[0]
        for order_type in (PlaceOrderOrderType.MARKET, PlaceOrderOrderType.LIMIT):
            order = PlaceOrder(
                account_id=account.id,
                action=PlaceOrderAction.BUY,
                symbol="MESZ6",
                order_qty=1,
                order_type=order_type,
                price=6000.0,
                is_automated=True,
            )
            placed = await place_order.asyncio(client=rest, body=order)
        await cancel_order.asyncio(client=rest, body=CancelOrder(order_id=placed.order_id))
        props: list[dict[str, Any]] = []
        async with asyncio.timeout(10):
            while len(props) < 7:  # Market: 5 events; Limit: Created; cancel: Updated
                frame = str(await ws.recv())
                if frame.startswith("a"):
                    props += [m["d"] for m in json.loads(frame[1:]) if m.get("e") == "props"]
    operation = SPEC["paths"]["/user/syncrequest"]["post"]
    check(operation["responses"]["200"]["content"]["application/json"]["schema"], snapshot)
    seen = set()
    for event in props:
        name = event["entityType"]
        check(SPEC["components"]["schemas"][name[0].upper() + name[1:]], event["entity"])
        seen.add((name, event["eventType"]))
    assert seen == {
        ("order", "Created"),
        ("order", "Updated"),
        ("fill", "Created"),
        ("position", "Created"),
        ("cashBalance", "Updated"),
    }
