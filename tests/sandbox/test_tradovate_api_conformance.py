"""Every answer of the emulated Tradovate API validates against the vendored spec's schema.

The schemas come from ``openapi/tradovate/openapi.json`` (what the generator sees), ``$ref``s
resolved, checked by ``jsonschema`` with formats (``date-time``, and ``int64`` by range).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import jsonschema
import pytest

from auth_overlay.testing.sandbox import Sandbox

from . import one_shot

Schema = Callable[[str, str, str, int], dict[str, Any]]

_FORMATS = jsonschema.FormatChecker()
_FORMATS.checks("int64")(lambda value: not isinstance(value, int) or -(2**63) <= value < 2**63)


def check(schema: dict[str, Any], instance: object) -> None:
    jsonschema.Draft202012Validator(schema, format_checker=_FORMATS).validate(instance)


@pytest.fixture
def api(sandbox: Sandbox) -> Iterator[httpx.Client]:
    creds = sandbox.credentials("tradovate")
    login = one_shot.post(
        sandbox.base_url("tradovate") + "/auth/accesstokenrequest",
        json={
            "name": creds.username,
            "password": creds.password,
            "appId": "conformance",
            "appVersion": "1.0",
            "cid": creds.client_id,
            "sec": creds.client_secret,
        },
    ).json()
    headers = {"Authorization": f"Bearer {login['accessToken']}"}
    with httpx.Client(base_url=sandbox.base_url("tradovate"), headers=headers) as client:
        yield client


def answer(client: httpx.Client, method: str, path: str, **kwargs: Any) -> Any:
    response = client.request(method, path, **kwargs)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    return response.json()


def order(account: dict[str, Any], **fields: Any) -> dict[str, Any]:
    """A place-order body; a field given as ``None`` is left out (``null`` is not a value the spec allows)."""
    body = {
        "accountId": account["id"],
        "action": "Buy",
        "symbol": "ESZ6",
        "orderQty": 1,
        "orderType": "Limit",
        "price": 6000,
        "isAutomated": True,
        **fields,
    }
    return {name: value for name, value in body.items() if value is not None}


def test_the_check_rejects_answers_off_the_schema(response_schema: Schema) -> None:
    orders = response_schema("tradovate", "get", "/order/list", 200)
    good = {
        "accountId": 1,
        "timestamp": "2026-12-02T06:00:00.000Z",
        "action": "Buy",
        "ordStatus": "Working",
        "admin": False,
    }
    check(orders, [good])
    for wrong in (
        {**good, "ordStatus": "Cancelled"},  # the spec spells it "Canceled"
        {key: value for key, value in good.items() if key != "admin"},
        {**good, "timestamp": "yesterday"},
        {**good, "accountId": 2**63},
    ):
        with pytest.raises(jsonschema.ValidationError):
            check(orders, [wrong])


def test_every_emulated_answer_conforms(api: httpx.Client, response_schema: Schema) -> None:
    def conforms(method: str, path: str, instance: object) -> None:
        check(response_schema("tradovate", method, path, 200), instance)

    accounts = answer(api, "GET", "/account/list")
    conforms("get", "/account/list", accounts)
    account = accounts[0]
    conforms("get", "/auth/me", answer(api, "GET", "/auth/me"))
    conforms("get", "/contract/find", answer(api, "GET", "/contract/find", params={"name": "ESZ6"}))
    suggested = answer(api, "GET", "/contract/suggest", params={"t": "ES", "l": 10})
    assert len(suggested) == 2
    conforms("get", "/contract/suggest", suggested)
    conforms("get", "/contract/suggest", answer(api, "GET", "/contract/suggest", params={"t": "none", "l": 10}))

    placed: list[dict[str, Any]] = [
        answer(api, "POST", "/order/placeorder", json=order(account)),  # Working
        answer(api, "POST", "/order/placeorder", json=order(account, orderType="Market", price=None)),
        answer(api, "POST", "/order/placeorder", json=order(account, action="Sell", orderType="Market", orderQty=3)),
        answer(api, "POST", "/order/placeorder", json=order(account, symbol="NQZ6", orderType="Stop", stopPrice=1.5)),
    ]
    refused = [
        answer(api, "POST", "/order/placeorder", json=order(account, symbol="ZZZ9")),
        answer(api, "POST", "/order/placeorder", json=order(account, accountId=1)),
        answer(api, "POST", "/order/placeorder", json=order(account, price=None)),
        answer(api, "POST", "/order/placeorder", json=order(account, accountId=None)),
        answer(api, "POST", "/order/placeorder", json=order(account, orderQty=0)),
    ]
    assert all("orderId" in p for p in placed)
    assert [r["failureReason"] for r in refused] == [
        "InvalidContract",
        "Unauthorized",
        "InvalidPrice",
        "UnknownReason",
        "UnknownReason",
    ]
    for result in placed + refused:
        conforms("post", "/order/placeorder", result)

    cancels = [
        answer(api, "POST", "/order/cancelorder", json={"orderId": placed[0]["orderId"]}),
        answer(api, "POST", "/order/cancelorder", json={"orderId": placed[0]["orderId"]}),  # TooLate
        answer(api, "POST", "/order/cancelorder", json={"orderId": placed[1]["orderId"]}),  # filled: TooLate
        answer(api, "POST", "/order/cancelorder", json={"orderId": 1}),
    ]
    assert [c.get("failureReason") for c in cancels] == [None, "TooLate", "TooLate", "UnknownReason"]
    for result in cancels:
        conforms("post", "/order/cancelorder", result)

    orders = answer(api, "GET", "/order/list")
    assert [o["ordStatus"] for o in orders] == ["Canceled", "Filled", "Filled", "Working"]
    conforms("get", "/order/list", orders)
    positions = answer(api, "GET", "/position/list")
    assert [p["netPos"] for p in positions] == [-2]
    conforms("get", "/position/list", positions)
    flat = answer(api, "POST", "/order/placeorder", json=order(account, orderType="Market", orderQty=2))
    assert "orderId" in flat
    positions = answer(api, "GET", "/position/list")
    assert [p["netPos"] for p in positions] == [0]
    assert "netPrice" not in positions[0]
    conforms("get", "/position/list", positions)

    path = "/cashBalance/getcashbalancesnapshot"
    conforms("post", path, answer(api, "POST", path, json={"accountId": account["id"]}))
    foreign = answer(api, "POST", path, json={"accountId": 1})
    assert foreign == {"errorText": "Access is denied"}
    conforms("post", path, foreign)
