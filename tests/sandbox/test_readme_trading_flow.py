"""The README's Tradovate trading flow, sync and async, runs unchanged against the sandbox.

Only the ``auth = TokenAuth.for_provider(...)`` statement is swapped for an auth pointed at
the sandbox; every other line is executed as the README prints it.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

import pytest
from tradovate_client.api.orders import order_list
from tradovate_client.api.positions import position_list
from tradovate_client.models import OrderOrdStatus

from auth_overlay.testing import sandbox_token_auth
from auth_overlay.testing.sandbox import Sandbox

README = Path(__file__).parents[2] / "README.md"


def trading_blocks() -> tuple[str, str]:
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.DOTALL)
    flows = [b for b in blocks if "place_order" in b and "auth.socket(" not in b]  # (the sockets: tests/realtime)
    assert len(flows) == 2, "the README shows one sync and one async trading flow"
    sync, concurrent = flows
    assert "place_order.sync(" in sync
    assert "await place_order.asyncio(" in concurrent
    return sync, concurrent


def without_auth_assignment(source: str) -> ast.Module:
    """The block minus its ``auth = …`` statement (which needs real credentials)."""
    tree = ast.parse(source)
    kept = [
        node
        for node in tree.body
        if not (isinstance(node, ast.Assign) and [ast.unparse(t) for t in node.targets] == ["auth"])
    ]
    assert len(kept) == len(tree.body) - ("auth = " in source)
    tree.body = kept
    return tree


@pytest.fixture
def namespace(sandbox: Sandbox) -> dict[str, Any]:
    creds = sandbox.credentials("tradovate")
    auth = sandbox_token_auth(sandbox, "tradovate", username=creds.username, password=creds.password)
    return {"auth": auth, "__name__": "readme"}


def test_the_sync_flow_places_a_market_order_that_moves_the_position(
    namespace: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    sync, _ = trading_blocks()
    exec(compile(without_auth_assignment(sync), "README.md", "exec"), namespace)

    api = namespace["auth"].client()
    orders = order_list.sync(client=api)
    assert orders is not None
    assert [o.ord_status for o in orders] == [OrderOrdStatus.FILLED]
    positions = position_list.sync(client=api)
    assert positions is not None
    assert [p.net_pos for p in positions] == [1]
    printed = capsys.readouterr().out.splitlines()
    assert printed[0].startswith(str(orders[0].id))


async def test_the_async_flow_runs_against_the_sandbox(
    namespace: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    sync, concurrent = trading_blocks()
    exec(compile(without_auth_assignment(sync), "README.md", "exec"), namespace)
    exec(compile(without_auth_assignment(concurrent), "README.md", "exec"), namespace)

    await namespace["trade"]("MESZ6")

    api = namespace["auth"].client()
    positions = position_list.sync(client=api)
    assert positions is not None
    assert [p.net_pos for p in positions] == [0]  # bought one in the sync block, sold it here
    last = capsys.readouterr().out.splitlines()[-1]
    assert last.endswith(" 2 [(3570919, 0)]")
