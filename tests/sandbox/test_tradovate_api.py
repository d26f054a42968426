"""Tradovate's trading API in the sandbox, through the generated client over real HTTP.

A program written against the real service (the generated client, or raw requests spelled
the way the vendor's examples spell them) works here with nothing changed but its base URL.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from tradovate_client import AuthenticatedClient
from tradovate_client.api.accounting import account_list, get_cash_balance_snapshot
from tradovate_client.api.authentication import me
from tradovate_client.api.contract_library import contract_find, contract_suggest
from tradovate_client.api.orders import cancel_order, fill_list, order_list, place_order
from tradovate_client.api.positions import position_list
from tradovate_client.models import (
    Account,
    CancelOrder,
    CashBalanceSnapshot,
    CommandResult,
    CommandResultFailureReason,
    ErrorText,
    GetCashBalanceSnapshot,
    OrderOrdStatus,
    PlaceOrder,
    PlaceOrderAction,
    PlaceOrderOrderType,
    PlaceOrderResult,
    PlaceOrderResultFailureReason,
)
from tradovate_client.types import UNSET, Unset

from auth_overlay import TokenAuth
from auth_overlay.testing import sandbox_token_auth
from auth_overlay.testing.sandbox import Sandbox, VendorCredentials

from . import one_shot


def session_auth(sb: Sandbox, username: str | None = None, password: str | None = None) -> TokenAuth[Any]:
    creds = sb.credentials("tradovate")
    return sandbox_token_auth(
        sb,
        "tradovate",
        username=username or creds.username,
        password=password or creds.password,
        app_id="auth-overlay-tests",
        app_version="1.0",
    )


def bearer(auth: TokenAuth[Any]) -> dict[str, str]:
    return {"Authorization": f"Bearer {auth.get_token().access_token}"}


def limit_order(account: Account, symbol: str = "ESZ6", price: float = 6000.0) -> PlaceOrder:
    return PlaceOrder(
        account_id=account.id,
        account_spec=account.name,
        action=PlaceOrderAction.BUY,
        symbol=symbol,
        order_qty=1,
        order_type=PlaceOrderOrderType.LIMIT,
        price=price,
        is_automated=True,
    )


def known(value: int | Unset) -> int:
    """An id the answer must carry (the spec leaves every ``id`` optional)."""
    assert isinstance(value, int)
    return value


def the_account(api: AuthenticatedClient) -> Account:
    accounts = account_list.sync(client=api)
    assert accounts is not None
    assert len(accounts) == 1
    return accounts[0]


# -- the whole chain through the generated client ---------------------------------------------


def test_log_in_list_find_place_list_cancel_through_the_generated_client(sandbox: Sandbox) -> None:
    api = session_auth(sandbox).client()

    user = me.sync(client=api)
    account = the_account(api)
    assert user is not None
    assert account.user_id == user.user_id
    assert account.name == f"DEMO{user.user_id}"

    contract = contract_find.sync(client=api, name="ESZ6")
    assert contract is not None
    assert contract.name == "ESZ6"

    placed = place_order.sync(client=api, body=limit_order(account))
    assert placed is not None
    assert isinstance(placed.order_id, int)
    assert isinstance(placed.failure_reason, Unset)

    orders = order_list.sync(client=api)
    assert orders is not None
    assert [(o.id, o.account_id, o.contract_id, o.ord_status) for o in orders] == [
        (placed.order_id, account.id, contract.id, OrderOrdStatus.WORKING)
    ]

    cancelled = cancel_order.sync(client=api, body=CancelOrder(order_id=placed.order_id))
    assert cancelled is not None
    assert isinstance(cancelled.failure_reason, Unset)
    assert isinstance(cancelled.command_id, int)

    after = order_list.sync(client=api)
    assert after is not None
    assert [o.ord_status for o in after] == [OrderOrdStatus.CANCELED]
    assert position_list.sync(client=api) == []  # a cancelled limit order never traded


def test_a_market_order_fills_and_moves_the_position_and_the_margin(sandbox: Sandbox) -> None:
    api = session_auth(sandbox).client()
    account = the_account(api)
    snapshot = GetCashBalanceSnapshot(account_id=known(account.id))
    before = get_cash_balance_snapshot.sync(client=api, body=snapshot)
    assert before is not None
    assert before.initial_margin == 0.0
    assert before.total_cash_value == 50_000.0

    buy = PlaceOrder(
        account_id=account.id,
        action=PlaceOrderAction.BUY,
        symbol="MESZ6",
        order_qty=3,
        order_type=PlaceOrderOrderType.MARKET,
        is_automated=True,
    )
    sell = PlaceOrder(
        account_id=account.id,
        action=PlaceOrderAction.SELL,
        symbol="MESZ6",
        order_qty=1,
        order_type=PlaceOrderOrderType.MARKET,
        is_automated=True,
    )
    first, second = place_order.sync(client=api, body=buy), place_order.sync(client=api, body=sell)
    assert first is not None
    assert second is not None

    orders = order_list.sync(client=api)
    assert orders is not None
    assert [o.ord_status for o in orders] == [OrderOrdStatus.FILLED] * 2
    positions = position_list.sync(client=api)
    assert positions is not None
    assert len(positions) == 1
    mes = contract_find.sync(client=api, name="MESZ6")
    assert mes is not None
    position = positions[0]
    assert (position.contract_id, position.net_pos, position.bought, position.sold) == (mes.id, 2, 3, 1)
    assert position.net_price == 6050.25
    assert position.bought_value == 3 * 6050.25

    after = get_cash_balance_snapshot.sync(client=api, body=snapshot)
    assert after is not None
    assert after.initial_margin == 2 * 1_500.0
    assert after.net_liq == 50_000.0
    assert isinstance(after.error_text, Unset)

    # In-band refusals: the plain call raises VendorRejectedError; the detailed one shows the fields.
    filled = cancel_order.sync_detailed(client=api, body=CancelOrder(order_id=known(first.order_id))).parsed
    assert isinstance(filled, CommandResult)
    assert filled.failure_reason == CommandResultFailureReason.TOOLATE


async def test_the_same_chain_with_the_async_functions(sandbox: Sandbox) -> None:
    api = session_auth(sandbox).client()
    accounts = await account_list.asyncio(client=api)
    assert accounts is not None
    account = accounts[0]
    suggested = await contract_suggest.asyncio(client=api, t="nq", l=5)
    assert suggested is not None
    assert [c.name for c in suggested] == ["NQZ6", "MNQZ6"]

    placed = await place_order.asyncio(client=api, body=limit_order(account, symbol="NQZ6", price=21_000.0))
    assert placed is not None
    assert isinstance(placed.order_id, int)
    listed = await order_list.asyncio(client=api)
    assert listed is not None
    assert [o.id for o in listed] == [placed.order_id]
    assert (await cancel_order.asyncio(client=api, body=CancelOrder(order_id=placed.order_id))) is not None
    detailed = await order_list.asyncio_detailed(client=api)
    assert detailed.status_code == 200
    assert detailed.parsed is not None
    assert [o.ord_status for o in detailed.parsed] == [OrderOrdStatus.CANCELED]
    assert await position_list.asyncio(client=api) == []
    cash = await get_cash_balance_snapshot.asyncio(
        client=api, body=GetCashBalanceSnapshot(account_id=known(account.id))
    )
    assert cash is not None
    assert cash.total_cash_value == 50_000.0


def test_a_revoked_token_is_renewed_by_the_client_and_the_call_goes_through(sandbox: Sandbox) -> None:
    auth = session_auth(sandbox)
    api = auth.client()
    assert len(account_list.sync(client=api) or []) == 1
    logins = sandbox.tradovate_stats().logins

    sandbox.revoke_tokens("tradovate")
    response = account_list.sync_detailed(client=api)

    assert response.status_code == 200
    assert response.parsed is not None
    assert len(response.parsed) == 1
    assert sandbox.tradovate_stats().logins == logins + 1  # one new login, one replay


# -- in-band refusals ---------------------------------------------------------------------------


def test_business_refusals_come_back_in_band_in_the_fields_the_spec_declares(sandbox: Sandbox) -> None:
    """The sandbox's refusals, as the spec declares them (``sync_detailed`` shows the raw model;
    the plain ``sync()`` raises ``VendorRejectedError`` for each, tests/api)."""
    api = session_auth(sandbox).client()
    account = the_account(api)

    def placed(body: PlaceOrder) -> PlaceOrderResult:
        result = place_order.sync_detailed(client=api, body=body).parsed
        assert isinstance(result, PlaceOrderResult)
        return result

    unknown_symbol = placed(limit_order(account, symbol="ZZZ9"))
    assert unknown_symbol.failure_reason == PlaceOrderResultFailureReason.INVALIDCONTRACT
    assert "ZZZ9" in str(unknown_symbol.failure_text)
    assert isinstance(unknown_symbol.order_id, Unset)

    other = limit_order(account)
    other.account_id, other.account_spec = known(account.id) + 1, UNSET
    assert placed(other).failure_reason == PlaceOrderResultFailureReason.UNAUTHORIZED

    no_price = limit_order(account)
    no_price.price = UNSET
    assert placed(no_price).failure_reason == PlaceOrderResultFailureReason.INVALIDPRICE

    unknown_order = cancel_order.sync_detailed(client=api, body=CancelOrder(order_id=424242)).parsed
    assert isinstance(unknown_order, CommandResult)
    assert unknown_order.failure_reason == CommandResultFailureReason.UNKNOWNREASON

    foreign_cash = GetCashBalanceSnapshot(account_id=known(account.id) + 1)
    cash = get_cash_balance_snapshot.sync_detailed(client=api, body=foreign_cash).parsed
    assert isinstance(cash, CashBalanceSnapshot)
    assert cash.error_text == "Access is denied"

    assert order_list.sync(client=api) == []  # nothing refused was recorded as an order
    not_found = contract_find.sync_detailed(client=api, name="ZZZ9")
    assert not_found.status_code == 404
    assert isinstance(not_found.parsed, ErrorText)  # the 404 the overlay declares (issue 19)
    assert "ZZZ9" in str(not_found.parsed.error_text)


def test_each_user_sees_only_their_own_account_and_orders(sandbox: Sandbox) -> None:
    sandbox.register_client(
        "tradovate",
        VendorCredentials(client_id="4242", client_secret="sandbox-tradovate-secret", username="bob", password="pw"),
    )
    alice, bob = session_auth(sandbox).client(), session_auth(sandbox, "bob", "pw").client()
    alice_account, bob_account = the_account(alice), the_account(bob)
    assert alice_account.id != bob_account.id

    placed = place_order.sync(client=alice, body=limit_order(alice_account))
    assert placed is not None
    assert order_list.sync(client=bob) == []
    stolen = cancel_order.sync_detailed(client=bob, body=CancelOrder(order_id=known(placed.order_id))).parsed
    assert isinstance(stolen, CommandResult)
    assert stolen.failure_reason == CommandResultFailureReason.UNKNOWNREASON
    assert [o.ord_status for o in order_list.sync(client=alice) or []] == [OrderOrdStatus.WORKING]


def test_reset_forgets_orders_and_positions(sandbox: Sandbox) -> None:
    api = session_auth(sandbox).client()
    account = the_account(api)
    assert place_order.sync(client=api, body=limit_order(account)) is not None
    sandbox.reset()
    api = session_auth(sandbox).client()
    assert order_list.sync(client=api) == []
    assert the_account(api).id == account.id  # ids are predictable from the user


# -- requests written the way the vendor's examples write them ----------------------------------


def test_paths_are_case_insensitive_and_bodies_are_json_whatever_the_content_type(sandbox: Sandbox) -> None:
    auth = session_auth(sandbox)
    base = sandbox.base_url("tradovate")
    with httpx.Client(base_url=base, headers=bearer(auth)) as client:
        accounts = client.get("/Account/List").json()
        assert client.get("/account/list").json() == accounts
        assert client.get("/contract/find", params={"name": "ESZ6"}).json()["name"] == "ESZ6"
        assert client.get("/Contract/Find?name=mesz6").json()["name"] == "MESZ6"
        # The vendor's fetch example: camelCase path, a JSON string body and no Content-Type,
        # the user's name as accountSpec.
        body = {
            "accountSpec": sandbox.credentials("tradovate").username,
            "accountId": accounts[0]["id"],
            "action": "Buy",
            "symbol": "MESZ6",
            "orderQty": 1,
            "orderType": "Market",
            "isAutomated": True,
        }
        placed = client.post(
            "/order/placeOrder", content=json.dumps(body).encode(), headers={"Accept": "application/json"}
        )
        assert placed.status_code == 200
        assert set(placed.json()) == {"orderId"}
        assert "content-type" not in {k.lower() for k in placed.request.headers}
        assert [o["id"] for o in client.get("/ORDER/LIST").json()] == [placed.json()["orderId"]]
        snapshot = client.post("/cashBalance/getCashBalanceSnapshot", json={"accountId": accounts[0]["id"]})
        assert snapshot.json()["initialMargin"] == 1_500.0


@pytest.mark.parametrize(
    ("method", "path", "body", "message"),
    [
        ("POST", "/order/placeorder", b"not json", "Invalid request body"),
        ("POST", "/order/placeorder", b"[1]", "Invalid request body"),
        (
            "POST",
            "/order/placeorder",
            b'{"action": "Hold", "symbol": "ESZ6", "orderQty": 1, "orderType": "Market"}',
            "action",
        ),
        (
            "POST",
            "/order/placeorder",
            b'{"action": "Buy", "symbol": "ESZ6", "orderQty": "1", "orderType": "Market"}',
            "orderQty",
        ),
        ("POST", "/order/placeorder", b'{"action": "Buy", "orderQty": 1, "orderType": "Market"}', "symbol"),
        ("POST", "/order/cancelorder", b"{}", "orderId"),
        ("POST", "/cashBalance/getcashbalancesnapshot", b'{"accountId": true}', "accountId"),
        ("GET", "/contract/find", b"", "name"),
        ("GET", "/contract/suggest?t=ES&l=many", b"", "'l'"),
    ],
)
def test_a_request_the_spec_does_not_allow_gets_400_with_error_text(
    sandbox: Sandbox, method: str, path: str, body: bytes, message: str
) -> None:
    auth = session_auth(sandbox)
    response = one_shot.request(method, sandbox.base_url("tradovate") + path, content=body, headers=bearer(auth))
    assert response.status_code == 400
    assert message in response.json()["errorText"]


# -- auth, 501 and the spec's catalog ------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path"),
    [("GET", "/account/list"), ("POST", "/order/placeorder"), ("GET", "/position/list"), ("GET", "/fill/list")],
)
def test_no_token_or_a_dead_one_gets_401_access_is_denied(sandbox: Sandbox, method: str, path: str) -> None:
    url = sandbox.base_url("tradovate") + path
    auth = session_auth(sandbox)
    headers = bearer(auth)
    assert one_shot.request(method, url, json={}).status_code == 401
    assert one_shot.request(method, url, json={}, headers={"Authorization": "Bearer made-up"}).status_code == 401
    sandbox.revoke_tokens("tradovate")
    dead = one_shot.request(method, url, json={}, headers=headers)
    assert (dead.status_code, dead.json()) == (401, {"errorText": "Access is denied"})


def test_an_operation_not_emulated_answers_501_naming_it(sandbox: Sandbox) -> None:
    api = session_auth(sandbox).client()
    response = fill_list.sync_detailed(client=api)
    assert response.status_code == 501
    assert json.loads(response.content) == {"errorText": "not emulated by the sandbox: GET /fill/list"}

    raw = one_shot.post(
        sandbox.base_url("tradovate") + "/OrderStrategy/InterruptOrderStrategy",
        json={},
        headers=bearer(session_auth(sandbox)),
    )
    assert raw.status_code == 501
    assert raw.json()["errorText"] == "not emulated by the sandbox: POST /orderStrategy/interruptorderstrategy"


def test_off_the_spec_is_404_and_a_wrong_method_405(sandbox: Sandbox) -> None:
    base = sandbox.base_url("tradovate")
    assert one_shot.get(base + "/no/such").status_code == 404
    assert one_shot.get(base + "/order/placeorder").status_code == 405
    assert one_shot.delete(base + "/account/list").status_code == 405


def test_the_catalog_is_exactly_the_vendored_specs_operations() -> None:
    from pathlib import Path

    from auth_overlay.testing.sandbox import _tradovate_api, _tradovate_catalog

    spec = json.loads((Path(__file__).parents[2] / "openapi" / "tradovate" / "openapi.json").read_text())
    published = {(method.upper(), path) for path, item in spec["paths"].items() for method in item}
    found = {(op.method, op.path) for ops in _tradovate_catalog.operations().values() for op in ops}
    # Follows the vendored spec, whatever an upstream update adds or removes; what the sandbox
    # emulates must still be in it.
    emulated = {(method, path) for method, path, _ in _tradovate_api.EMULATED}
    assert emulated <= published
    assert found == published
