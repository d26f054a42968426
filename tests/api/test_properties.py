"""Property: whatever a vendor answers, the plain ``sync()`` returns the model or raises one ``APIError``.

Bodies are generated from the vendored spec's own response schemas for a sample of real
Tradovate operations (schema-conforming), then mutated (a field removed, added or retyped,
an enum value invented, the body replaced by arbitrary JSON or bytes, any status). The
answers come from an ``httpx.MockTransport``: this is the pure mapping, examples are bounded.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tradovate_client import AuthenticatedClient
from tradovate_client.api.accounting import account_list, cash_balance_list, get_cash_balance_snapshot
from tradovate_client.api.contract_library import contract_find, contract_suggest
from tradovate_client.api.orders import command_report_list, execution_report_list, fill_list, order_list, place_order
from tradovate_client.api.positions import position_list
from tradovate_client.models import GetCashBalanceSnapshot, PlaceOrder, PlaceOrderAction, PlaceOrderOrderType

from auth_overlay import api, errors, events

SPEC = json.loads((Path(__file__).parents[2] / "openapi" / "tradovate" / "openapi.json").read_text())
ORDER = PlaceOrder(action=PlaceOrderAction.BUY, symbol="ESZ6", order_qty=1, order_type=PlaceOrderOrderType.MARKET)
#: (generated module, spec path, method, keyword arguments): a sample of real operations
OPERATIONS: list[tuple[Any, str, str, dict[str, Any]]] = [
    (account_list, "/account/list", "get", {}),
    (order_list, "/order/list", "get", {}),
    (position_list, "/position/list", "get", {}),
    (fill_list, "/fill/list", "get", {}),
    (command_report_list, "/commandReport/list", "get", {}),
    (execution_report_list, "/executionReport/list", "get", {}),
    (cash_balance_list, "/cashBalance/list", "get", {}),
    (contract_find, "/contract/find", "get", {"name": "ESZ6"}),
    (contract_suggest, "/contract/suggest", "get", {"t": "ES", "l": 3}),
    (place_order, "/order/placeorder", "post", {"body": ORDER}),
    (get_cash_balance_snapshot, "/cashBalance/getcashbalancesnapshot", "post", {"body": GetCashBalanceSnapshot(1)}),
]
IN_BAND = ("errorText", "failureReason")
TRIED: Counter[str] = Counter()
JSON_LEAVES = (
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=8)
)
ANY_JSON = st.recursive(
    JSON_LEAVES,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=8,
)


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    ref = schema.get("$ref")
    if ref is None:
        return schema
    target: Any = SPEC
    for part in ref[2:].split("/"):
        target = target[part]
    return _resolve(target)


def conforming(schema: dict[str, Any], depth: int = 0) -> st.SearchStrategy[Any]:
    schema = _resolve(schema)
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        properties = schema.get("properties", {})
        required = set(schema.get("required", []))
        return st.fixed_dictionaries(
            {name: conforming(sub, depth + 1) for name, sub in properties.items() if name in required},
            optional={
                name: conforming(sub, depth + 1)
                for name, sub in properties.items()
                if name not in required and depth < 3 and name not in IN_BAND
            },
        )
    if kind == "array":
        return st.lists(conforming(schema.get("items", {}), depth + 1), max_size=2 if depth < 2 else 0)
    if kind == "integer":
        return st.integers(-(2**53), 2**53)
    if kind == "number":
        return st.integers(-(10**6), 10**6) | st.floats(allow_nan=False, allow_infinity=False)
    if kind == "boolean":
        return st.booleans()
    if schema.get("format") == "date-time":
        return st.datetimes(timezones=st.just(UTC)).map(lambda moment: moment.isoformat())
    return st.text(max_size=10)


def response_schema(path: str, method: str) -> dict[str, Any]:
    schema: dict[str, Any] = SPEC["paths"][path][method]["responses"]["200"]["content"]["application/json"]["schema"]
    return schema


@st.composite
def mutated(draw: st.DrawFn, body: Any) -> tuple[str, Any]:
    """One change to a conforming body, at a random place in it."""
    containers: list[Any] = []

    def collect(node: Any) -> None:
        if isinstance(node, dict | list):
            containers.append(node)
            for child in node.values() if isinstance(node, dict) else node:
                collect(child)

    collect(body)
    dicts = [node for node in containers if isinstance(node, dict) and node]
    how = draw(st.sampled_from(["remove", "add", "retype", "enum", "replace"]))
    if how == "replace" or not dicts:
        return "replace", draw(ANY_JSON)
    target = draw(st.sampled_from(dicts))
    key = draw(st.sampled_from(sorted(target)))
    if how == "remove":
        del target[key]
    elif how == "add":
        target[draw(st.text(min_size=1, max_size=8))] = draw(ANY_JSON)
    elif how == "enum":
        target[key] = draw(st.sampled_from(["Parked", "", "UNKNOWN", "working"]))
    else:
        target[key] = draw(ANY_JSON)
    return how, body


def client_answering(answers: list[httpx.Response], seen: list[events.Event]) -> AuthenticatedClient:
    transport = httpx.MockTransport(lambda request: answers[0])
    guard = api.CallGuard("tradovate", on_event=seen.append, retry=False)
    return AuthenticatedClient(
        base_url="http://tradovate.test/v1", token="", httpx_args={"transport": transport}, call_hook=guard
    )


FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)


@FAST
@given(data=st.data(), index=st.integers(0, len(OPERATIONS) - 1))
def test_conforming_answers_parse_without_drift(data: st.DataObject, index: int) -> None:
    module, path, method, kwargs = OPERATIONS[index]
    body = data.draw(conforming(response_schema(path, method)))
    seen: list[events.Event] = []
    client = client_answering([httpx.Response(200, json=body)], seen)
    TRIED["conforming"] += 1
    result = module.sync(client=client, **kwargs)
    assert result is not None
    assert [e for e in seen if isinstance(e, events.ContractDrift)] == []


@FAST
@given(data=st.data(), index=st.integers(0, len(OPERATIONS) - 1))
def test_mutated_answers_give_a_model_or_one_api_error(data: st.DataObject, index: int) -> None:
    module, path, method, kwargs = OPERATIONS[index]
    how, body = data.draw(mutated(data.draw(conforming(response_schema(path, method)))))
    status = data.draw(st.sampled_from([200, 200, 200, 201, 204, 400, 404, 429, 500, 502, 503]))
    raw = data.draw(st.none() | st.binary(max_size=20)) if how == "replace" else None
    answer = httpx.Response(status, content=raw) if raw is not None else httpx.Response(status, json=body)
    TRIED[f"mutated:{how}"] += 1
    outcome: object
    try:
        outcome = module.sync(client=client_answering([answer], []), **kwargs)
    except errors.APIError as error:  # anything else fails the test
        outcome = error
    if isinstance(outcome, errors.APIError):
        assert outcome.operation == f"{method.upper()} {path}"
        assert outcome.status_code == status
    else:
        assert status == 200


@pytest.fixture(scope="module", autouse=True)
def report_counts() -> Any:
    yield
    print(f"\nresponse shapes tried through the call layer: {dict(TRIED)} (total {sum(TRIED.values())})")
