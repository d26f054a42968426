"""Tradovate request bodies and queries: refused where the spec's types refuse, kept where they allow."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from auth_overlay.testing.sandbox import Sandbox
from auth_overlay.testing.sandbox import _tradovate_fields as fields

from . import one_shot

REPO = Path(__file__).parents[2]
GOOD = {"action": "Buy", "symbol": "ESZ6", "orderQty": 1, "orderType": "Market", "isAutomated": True}


@pytest.fixture
def api(sandbox: Sandbox) -> Iterator[httpx.Client]:
    creds = sandbox.credentials("tradovate")
    login = one_shot.post(
        sandbox.base_url("tradovate") + "/auth/accesstokenrequest",
        json={"name": creds.username, "password": creds.password, "cid": creds.client_id, "sec": creds.client_secret},
    ).json()
    headers = {"Authorization": f"Bearer {login['accessToken']}"}
    with httpx.Client(base_url=sandbox.base_url("tradovate"), headers=headers, verify=one_shot.TLS) as client:
        yield client


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("isAutomated", "yes"),
        ("isAutomated", {}),
        ("isAutomated", 1),
        ("isAutomated", None),
        ("timeInForce", 42),
        ("timeInForce", "Forever"),
        ("expireTime", "not-a-date"),
        ("expireTime", "2026-02-30T10:00:00Z"),  # no such day
        ("expireTime", "2026-12-04T10:00:00"),  # RFC 3339 needs an offset
        ("activationTime", 1_796_410_237),
        ("accountId", 2**63),
        ("orderQty", -(2**63) - 1),
        ("orderQty", 1.5),
        ("orderQty", True),
        ("price", "6000"),
        ("maxShow", "10"),
        ("text", 7),
        ("clOrdId", ["a"]),
        ("customTag50", None),
        ("accountSpec", 5),
        ("symbol", None),
    ],
)
def test_a_wrongly_typed_field_is_refused_and_no_order_is_placed(api: httpx.Client, field: str, value: Any) -> None:
    response = api.post("/order/placeorder", json={**GOOD, field: value})
    assert response.status_code == 400, response.text
    assert repr(field) in response.json()["errorText"]
    assert api.get("/order/list").json() == []


@pytest.mark.parametrize("constant", [b"NaN", b"Infinity", b"-Infinity", b"1e400"])
def test_numbers_json_does_not_have_are_refused(api: httpx.Client, constant: bytes) -> None:
    body = b'{"action": "Buy", "symbol": "ESZ6", "orderQty": 1, "orderType": "Limit", "price": ' + constant + b"}"
    response = api.post("/order/placeorder", content=body)
    assert response.status_code == 400
    assert "Invalid request body" in response.json()["errorText"]


def test_what_the_spec_allows_is_taken(api: httpx.Client) -> None:
    account = api.get("/account/list").json()[0]
    body = {
        **GOOD,
        "accountId": float(account["id"]),  # 1.0 is an integer in JSON Schema
        "orderQty": 2.0,
        "timeInForce": "GTD",
        "expireTime": "2026-12-04t18:50:21.215808z",
        "activationTime": "2026-12-04T18:50:21+01:00",
        "clOrdId": "my-order-1",
        "notInTheSpec": {"anything": True},  # no additionalProperties: false
    }
    placed = api.post("/order/placeorder", json=body)
    assert placed.status_code == 200, placed.text
    assert "orderId" in placed.json()
    cancelled = api.post("/order/cancelorder", json={"orderId": float(placed.json()["orderId"])})
    assert cancelled.json() == {
        "failureReason": "TooLate",
        "failureText": f"Order {placed.json()['orderId']} is already Filled",
    }


def test_an_empty_symbol_is_an_unknown_contract_in_band(api: httpx.Client) -> None:
    account = api.get("/account/list").json()[0]
    response = api.post("/order/placeorder", json={**GOOD, "accountId": account["id"], "symbol": ""})
    assert response.status_code == 200
    assert response.json()["failureReason"] == "InvalidContract"


def test_an_empty_query_value_is_a_value(api: httpx.Client) -> None:
    everything = api.get("/contract/suggest", params={"t": "", "l": "10"})
    assert everything.status_code == 200
    assert len(everything.json()) == 4  # "" is in every name
    assert api.get("/contract/suggest?t=&l=-1").json() == []  # a negative limit is still an integer
    assert api.get("/contract/suggest?t=ES&l=1.0").status_code == 200
    assert api.get("/contract/find?name=").status_code == 404  # present and empty: not found, not missing
    missing = api.get("/contract/find")
    assert (missing.status_code, "'name'" in missing.json()["errorText"]) == (400, True)
    assert len(api.get("/contract/suggest?t=ES&l=34731606594074831749120").json()) == 2  # beyond int64: all
    for limit in ("1.5", "", "1e3", "ten", "9" * 5000):
        assert api.get(f"/contract/suggest?t=ES&l={limit}").status_code == 400, limit


@pytest.mark.parametrize(
    ("schema", "table", "required"),
    [
        ("PlaceOrder", fields.PLACE_ORDER, fields.PLACE_ORDER_REQUIRED),
        ("CancelOrder", fields.CANCEL_ORDER, fields.CANCEL_ORDER_REQUIRED),
        ("GetCashBalanceSnapshot", fields.CASH_BALANCE_SNAPSHOT, fields.CASH_BALANCE_SNAPSHOT_REQUIRED),
    ],
)
def test_the_field_tables_are_the_vendored_specs_schemas(
    schema: str, table: dict[str, Callable[..., object]], required: tuple[str, ...]
) -> None:
    spec = json.loads((REPO / "openapi" / "tradovate" / "openapi.json").read_text())
    schemas = spec["components"]["schemas"]
    declared = schemas[schema]
    assert set(table) == set(declared["properties"])
    assert set(required) == set(declared.get("required", []))
    for name, declared_prop in declared["properties"].items():
        ref = declared_prop.get("$ref")
        prop = schemas[ref.rsplit("/", 1)[1]] if ref else declared_prop
        expected = {"integer": "integer", "number": "number", "boolean": "boolean"}.get(prop["type"])
        if prop["type"] == "string":
            expected = "date_time" if prop.get("format") == "date-time" else "check" if "enum" in prop else "string"
        assert table[name].__name__ == expected, name
        if "enum" in prop:
            with pytest.raises(fields.FieldError):
                table[name](name, "NotAMember")
            assert [table[name](name, member) for member in prop["enum"]] == prop["enum"]
