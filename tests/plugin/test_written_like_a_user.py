"""Tests written the way an SDK user would write them, with the fixtures the plugin registers.

Nothing here imports the plugin: the ``pytest11`` entry point of the installed package does.
"""

from __future__ import annotations

import httpx
import pytest


def fetch_balance(client: httpx.Client, url: str) -> int:
    """The user's own code under test."""
    response = client.get(url)
    response.raise_for_status()
    return len(response.json())


def test_my_code_calls_the_api_with_a_sandbox_token(sandbox_auth, auth_sandbox) -> None:  # type: ignore[no-untyped-def]
    auth = sandbox_auth("alternative_payments")
    with httpx.Client(auth=auth) as client:
        assert fetch_balance(client, auth_sandbox.api_url("alternative_payments")) > 0
    assert auth_sandbox.token_requests("alternative_payments") == 1


def test_the_generated_client_is_ready(sandbox_client, auth_sandbox) -> None:  # type: ignore[no-untyped-def]
    client = sandbox_client("tradevest")
    response = client.get_httpx_client().get(auth_sandbox.api_url("tradevest"))
    assert response.status_code == 200


def test_each_test_starts_from_a_clean_sandbox(auth_sandbox) -> None:  # type: ignore[no-untyped-def]
    assert auth_sandbox.token_requests("alternative_payments") == 0


def test_fast_unit_test_without_sockets(mock_token_transport) -> None:  # type: ignore[no-untyped-def]
    from auth_overlay import TokenAuth

    transport = mock_token_transport()
    auth = TokenAuth.for_provider("tradevest", client_id="id", client_secret="s", transport=transport)
    with httpx.Client(auth=auth, transport=transport) as client:
        assert client.get("https://tvda-api.platform-test.tradevest.ai/customers").json() == {"ok": True}
    assert auth.get_token().token_type == "Bearer"


def buy_one(api, symbol: str) -> int:  # type: ignore[no-untyped-def]
    """The user's own trading code under test, written against the real Tradovate API."""
    from tradovate_client.api.accounting import account_list
    from tradovate_client.api.orders import place_order
    from tradovate_client.models import PlaceOrder, PlaceOrderAction, PlaceOrderOrderType

    account = account_list.sync(client=api)[0]
    order = PlaceOrder(
        account_id=account.id,
        action=PlaceOrderAction.BUY,
        symbol=symbol,
        order_qty=1,
        order_type=PlaceOrderOrderType.MARKET,
        is_automated=True,
    )
    result = place_order.sync(client=api, body=order)  # a refusal raises VendorRejectedError
    return int(result.order_id)


def test_my_trading_code_against_the_tradovate_sandbox(sandbox_client) -> None:  # type: ignore[no-untyped-def]
    from tradovate_client.api.orders import order_list
    from tradovate_client.api.positions import position_list

    api = sandbox_client("tradovate")
    order_id = buy_one(api, "MESZ6")
    assert [(o.id, o.ord_status.value) for o in order_list.sync(client=api)] == [(order_id, "Filled")]
    assert [p.net_pos for p in position_list.sync(client=api)] == [1]
    from auth_overlay import errors

    with pytest.raises(errors.VendorRejectedError, match="NOPE") as refused:
        buy_one(api, "NOPE")
    assert refused.value.vendor_code == "InvalidContract"


def test_the_next_test_starts_without_those_orders(sandbox_client) -> None:  # type: ignore[no-untyped-def]
    from tradovate_client.api.orders import order_list

    assert order_list.sync(client=sandbox_client("tradovate")) == []


def test_a_tradovate_login_against_the_mock_transport(mock_token_transport) -> None:  # type: ignore[no-untyped-def]
    """A ``username=`` session logs in and renews against it, like any OAuth2 vendor does."""
    from auth_overlay import TokenAuth

    transport = mock_token_transport(lifetime=3600)
    auth = TokenAuth.for_provider(
        "tradovate", client_id="1", client_secret="s", username="me", password="pw", transport=transport
    )
    token = auth.get_token()
    assert token.md_access_token is not None
    assert token.md_access_token != token.access_token
    assert token.expires_in() > 3500
    auth.invalidate()
    assert auth.get_token().fingerprint != token.fingerprint
