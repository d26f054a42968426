"""Every answer shape a vendor (or the network) can give an API call has one documented outcome.

A scripted server on 127.0.0.1 answers ``order/list``, ``contract/find`` and
``order/placeorder``; tokens come from the sandbox. Each case runs through ``api.call`` and
``api.acall``; retries are counted at the server and their waits on a ``FakeClock``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from tradovate_client.api.contract_library import contract_find
from tradovate_client.api.orders import order_list, place_order
from tradovate_client.models import PlaceOrder, PlaceOrderAction, PlaceOrderOrderType

from auth_overlay import RetryPolicy, api, errors, events
from auth_overlay.testing import FakeClock

from .conftest import Answer, MakeClient, ScriptedServer, drifts

ORDER = {
    "id": 250000001,
    "accountId": 13758463,
    "contractId": 1,
    "timestamp": "2026-12-02T06:00:00+00:00",
    "action": "Buy",
    "ordStatus": "Working",
    "admin": False,
}
HTML_502 = b"<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>"
Invoke = Callable[..., Any]
#: every answer shape this module feeds through the call layer (the closing note counts them)
SHAPES: list[str] = []


def shape(name: str) -> str:
    SHAPES.append(name)
    return name


@pytest.fixture(params=["sync", "async"])
def invoke(request: pytest.FixtureRequest) -> Iterator[Invoke]:
    """``invoke(module, client=..., **kwargs)`` through ``api.call`` or ``api.acall`` (one loop per test)."""
    loop = asyncio.new_event_loop()

    def run(module: Any, **kwargs: Any) -> Any:
        if request.param == "sync":
            return api.call(module.sync, **kwargs)
        return loop.run_until_complete(api.acall(module.asyncio, **kwargs))

    yield run
    loop.close()


def order_with(**changes: Any) -> dict[str, Any]:
    order = {**ORDER, **changes}
    return {key: value for key, value in order.items() if value is not ...}


def market_order() -> PlaceOrder:
    return PlaceOrder(action=PlaceOrderAction.BUY, symbol="ESZ6", order_qty=1, order_type=PlaceOrderOrderType.MARKET)


# -- tolerated: the vendor added something -------------------------------------------------------


def test_a_new_order_status_is_kept_and_reported_once(
    invoke: Invoke, server: ScriptedServer, local_client: MakeClient, seen_events: list[events.Event]
) -> None:
    shape("200 order/list with an unlisted ordStatus")
    server.script("GET", "/order/list", Answer.json([order_with(ordStatus="Parked"), ORDER]))
    client = local_client()
    for _ in range(2):
        orders = invoke(order_list, client=client)
        assert orders[0].ord_status == "Parked"
        assert orders[0].ord_status.is_known is False
        assert orders[1].ord_status.is_known is True
    [drift] = drifts(seen_events)
    assert (drift.operation, drift.path, drift.kind, drift.value_type) == (
        "GET /order/list",
        "$[*].ordStatus",
        "unknown_enum_value",
        "string",
    )
    assert "Parked" not in drift.describe()


def test_an_extra_field_stays_in_additional_properties(
    invoke: Invoke, server: ScriptedServer, local_client: MakeClient, seen_events: list[events.Event]
) -> None:
    shape("200 order/list with an undocumented field")
    server.script("GET", "/order/list", Answer.json([order_with(routingSecret="s3cr3t-value")]))
    [order] = invoke(order_list, client=local_client())
    assert order.additional_properties == {"routingSecret": "s3cr3t-value"}
    [drift] = drifts(seen_events)
    assert (drift.path, drift.kind, drift.value_type) == ("$[*].routingSecret", "unknown_field", "string")
    assert "s3cr3t-value" not in drift.describe()


# -- spec violations ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "kind", "path"),
    [
        pytest.param([order_with(accountId=...)], "missing_field", "$[*].accountId", id="missing-required"),
        pytest.param([order_with(admin="yes")], "wrong_type", "$[*].admin", id="wrong-type-bool"),
        pytest.param([order_with(accountId="13758463")], "wrong_type", "$[*].accountId", id="wrong-type-int"),
        pytest.param([order_with(ordStatus=7)], "invalid_value", "$[*]", id="enum-not-a-string"),
        pytest.param([order_with(timestamp="yesterday")], "invalid_value", "$[*]", id="bad-date"),
        pytest.param({"orders": []}, "invalid_value", "$", id="object-for-array"),
        pytest.param([None], "invalid_value", "$[*]", id="null-item"),
    ],
)
def test_a_spec_violation_is_a_contract_violation(
    invoke: Invoke,
    server: ScriptedServer,
    local_client: MakeClient,
    seen_events: list[events.Event],
    body: Any,
    kind: str,
    path: str,
) -> None:
    shape(f"200 order/list: {kind} at {path}")
    server.script("GET", "/order/list", Answer.json(body))
    with pytest.raises(errors.ContractViolationError) as caught:
        invoke(order_list, client=local_client())
    error = caught.value
    assert (error.operation, error.status_code, error.vendor_code) == ("GET /order/list", 200, kind)
    assert error.description == f"{kind} at {path}"
    assert server.count("GET", "/order/list") == 1  # a broken answer is not retried
    assert [(d.kind, d.path) for d in drifts(seen_events)] == [(kind, path)]


@pytest.mark.parametrize(
    ("answer", "kind"),
    [
        pytest.param(Answer(200, HTML_502, {"Content-Type": "text/html"}), "undecodable_body", id="html-200"),
        pytest.param(Answer(200, b'[{"id": 1,', {"Content-Type": "application/json"}), "undecodable_body", id="cut"),
        pytest.param(Answer(204), "undocumented_status", id="204"),
        pytest.param(Answer(302, b"", {"Location": "/elsewhere"}), "undocumented_status", id="302"),
    ],
)
def test_an_unusable_answer_is_a_contract_violation(
    invoke: Invoke, server: ScriptedServer, local_client: MakeClient, answer: Answer, kind: str
) -> None:
    shape(f"{answer.status} order/list: {kind}")
    server.script("GET", "/order/list", answer)
    with pytest.raises(errors.ContractViolationError) as caught:
        invoke(order_list, client=local_client())
    assert caught.value.vendor_code == kind
    assert caught.value.status_code == answer.status


# -- HTTP errors and retries -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "error_type", "retried"),
    [
        pytest.param(Answer(502, HTML_502, {"Content-Type": "text/html"}), errors.ServerError, True, id="html-502"),
        pytest.param(Answer(503, b"", {"Retry-After": "1"}), errors.ServerError, True, id="empty-503"),
        pytest.param(Answer(504), errors.ServerError, True, id="504"),
        pytest.param(Answer(429), errors.APIRateLimitedError, True, id="429"),
        pytest.param(Answer(500), errors.ServerError, False, id="500"),
        pytest.param(Answer.json({"errorText": "not found"}, 404), errors.NotFoundError, False, id="404"),
        pytest.param(Answer.json({"errorText": "no"}, 400), errors.BadRequestError, False, id="400"),
        pytest.param(Answer.json({"errorText": "no"}, 403), errors.PermissionDeniedError, False, id="403"),
        pytest.param(Answer.json({"errorText": "bad"}, 422), errors.BadRequestError, False, id="422"),
        pytest.param(Answer(418, b"teapot"), errors.BadRequestError, False, id="418"),
    ],
)
def test_http_errors_map_to_one_type_and_idempotent_calls_retry(
    invoke: Invoke,
    server: ScriptedServer,
    local_client: MakeClient,
    clock: FakeClock,
    answer: Answer,
    error_type: type[errors.APIError],
    retried: bool,
) -> None:
    shape(f"{answer.status} contract/find")
    server.script("GET", "/contract/find", answer)
    with pytest.raises(errors.APIError) as caught:
        invoke(contract_find, client=local_client(), name="ESZ6")
    assert type(caught.value) is error_type
    assert caught.value.status_code == answer.status
    assert caught.value.operation == "GET /contract/find"
    assert server.count("GET", "/contract/find") == (3 if retried else 1)
    assert len(clock.slept) == (2 if retried else 0)


def test_retry_after_is_honoured_then_the_answer_returned(
    invoke: Invoke, server: ScriptedServer, local_client: MakeClient, clock: FakeClock
) -> None:
    shape("503 with Retry-After, then 200")
    server.script("GET", "/order/list", Answer(503, b"", {"Retry-After": "4"}), Answer.json([ORDER]))
    [order] = invoke(order_list, client=local_client())
    assert order.id == ORDER["id"]
    assert server.count("GET", "/order/list") == 2
    assert clock.slept == [4.0]


def test_retry_after_beyond_the_cap_is_raised_at_once(
    invoke: Invoke, server: ScriptedServer, local_client: MakeClient, clock: FakeClock
) -> None:
    shape("429 with a long Retry-After")
    server.script("GET", "/order/list", Answer(429, b"", {"Retry-After": "120"}))
    with pytest.raises(errors.APIRateLimitedError) as caught:
        invoke(order_list, client=local_client())
    assert caught.value.retry_after == 120.0
    assert server.count("GET", "/order/list") == 1
    assert clock.slept == []


def test_retries_can_be_turned_off_or_widened(
    invoke: Invoke, server: ScriptedServer, local_client: MakeClient, clock: FakeClock
) -> None:
    server.script("GET", "/order/list", Answer(503))
    with pytest.raises(errors.ServerError):
        invoke(order_list, client=local_client(retry=False))
    assert server.count("GET", "/order/list") == 1
    with pytest.raises(errors.ServerError):
        invoke(order_list, client=local_client(retry=RetryPolicy(max_attempts=5, deadline=60.0)))
    assert server.count("GET", "/order/list") == 1 + 5
    assert all(0 <= wait <= 8.0 for wait in clock.slept)


@pytest.mark.parametrize(
    "answer",
    [
        pytest.param(Answer(503, b"", {"Retry-After": "1"}), id="503"),
        pytest.param(Answer(429), id="429"),
        pytest.param(Answer(502, HTML_502, {"Content-Type": "text/html"}), id="502"),
        pytest.param(Answer.json({"p-ticket": "t-1", "p-time": 2}), id="penalty"),
    ],
)
def test_an_order_is_never_sent_twice(
    invoke: Invoke, server: ScriptedServer, local_client: MakeClient, clock: FakeClock, answer: Answer
) -> None:
    shape(f"{answer.status} order/placeorder")
    server.script("POST", "/order/placeorder", answer, Answer.json({"orderId": 1}))
    with pytest.raises(errors.APIError):
        invoke(place_order, client=local_client(), body=market_order())
    assert server.count("POST", "/order/placeorder") == 1
    assert clock.slept == []


# -- Tradovate's in-band answers ---------------------------------------------------------------------


def test_error_text_in_a_200_is_a_vendor_refusal(
    invoke: Invoke, server: ScriptedServer, local_client: MakeClient
) -> None:
    shape("200 with errorText")
    server.script("GET", "/order/list", Answer.json({"errorText": "Access is denied"}))
    with pytest.raises(errors.VendorRejectedError) as caught:
        invoke(order_list, client=local_client())
    assert (caught.value.vendor_code, caught.value.description) == ("errorText", "Access is denied")
    assert server.count("GET", "/order/list") == 1


def test_failure_reason_in_a_200_is_a_vendor_refusal(
    invoke: Invoke, server: ScriptedServer, local_client: MakeClient
) -> None:
    shape("200 placeorder with failureReason")
    server.script(
        "POST", "/order/placeorder", Answer.json({"failureReason": "InvalidPrice", "failureText": "no price"})
    )
    with pytest.raises(errors.VendorRejectedError) as caught:
        invoke(place_order, client=local_client(), body=market_order())
    assert (caught.value.vendor_code, caught.value.description) == ("InvalidPrice", "no price")


def test_a_penalty_ticket_on_a_read_waits_p_time_then_retries(
    invoke: Invoke, server: ScriptedServer, local_client: MakeClient, clock: FakeClock
) -> None:
    shape("200 penalty ticket, then 200")
    server.script("GET", "/order/list", Answer.json({"p-ticket": "tick-123", "p-time": 3}), Answer.json([]))
    assert invoke(order_list, client=local_client()) == []
    assert server.count("GET", "/order/list") == 2
    assert clock.slept == [3.0]


def test_a_captcha_penalty_stops_without_retrying(
    invoke: Invoke, server: ScriptedServer, local_client: MakeClient, clock: FakeClock
) -> None:
    shape("200 penalty ticket with captcha")
    server.script("GET", "/order/list", Answer.json({"p-ticket": "tick-123", "p-time": 3, "p-captcha": True}))
    with pytest.raises(errors.APICaptchaRequiredError) as caught:
        invoke(order_list, client=local_client())
    assert caught.value.retryable is False
    assert "tick-123" not in repr(caught.value.to_dict())
    assert server.count("GET", "/order/list") == 1


# -- the network ---------------------------------------------------------------------------------------


def test_a_timeout_is_an_api_timeout_error(invoke: Invoke, server: ScriptedServer, local_client: MakeClient) -> None:
    shape("no answer within the client timeout")
    server.script("GET", "/order/list", Answer.json([], delay=3.0))
    server.script("POST", "/order/placeorder", Answer.json({"orderId": 1}, delay=3.0))
    client = local_client(retry=RetryPolicy(max_attempts=2), timeout=0.2)
    with pytest.raises(errors.APITimeoutError):
        invoke(order_list, client=client)
    assert server.count("GET", "/order/list") == 2  # a read is retried
    with pytest.raises(errors.APITimeoutError):
        invoke(place_order, client=client, body=market_order())
    assert server.count("POST", "/order/placeorder") == 1  # an order that may have arrived is not


def test_a_refused_connection_is_retried_even_for_an_order(
    invoke: Invoke, auth: Any, clock: FakeClock, unused_port: int
) -> None:
    shape("connection refused")
    client = auth.client(base_url=f"http://127.0.0.1:{unused_port}/v1")
    with pytest.raises(errors.APIConnectionError) as caught:
        invoke(place_order, client=client, body=market_order())
    assert caught.value.retryable is True
    assert len(clock.slept) == 2  # nothing was sent, so all three attempts were made


@pytest.fixture
def unused_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def test_an_echoed_token_never_reaches_the_error(
    invoke: Invoke, server: ScriptedServer, local_client: MakeClient, auth: Any
) -> None:
    shape("400 echoing the Authorization header")
    server.script("GET", "/order/list", Answer.json({"errorText": "bad header: {authorization}"}, 400))
    with pytest.raises(errors.BadRequestError) as caught:
        invoke(order_list, client=local_client())
    token = auth.get_token().access_token
    assert token not in repr(caught.value.to_dict())
    assert caught.value.description == "bad header: [redacted]"


def test_a_401_after_the_replay_is_an_authentication_error(
    invoke: Invoke, server: ScriptedServer, local_client: MakeClient
) -> None:
    shape("401 twice")
    server.script("GET", "/order/list", Answer.json({"errorText": "Access is denied"}, 401))
    with pytest.raises(errors.APIAuthenticationError) as caught:
        invoke(order_list, client=local_client())
    assert caught.value.status_code == 401
    assert server.count("GET", "/order/list") == 2  # the auth refreshed and replayed once, no more


def test_only_generated_operations_and_a_client_are_accepted(local_client: MakeClient) -> None:
    with pytest.raises(errors.ConfigurationError, match="not a generated operation"):
        api.call(len, client=local_client())  # type: ignore[arg-type]
    with pytest.raises(errors.ConfigurationError, match="client= is required"):
        api.call(order_list.sync)  # type: ignore[call-arg]
    with pytest.raises(errors.ConfigurationError, match="keywords only"):
        api.call(order_list.sync, local_client())  # type: ignore[call-arg]
    with pytest.raises(errors.ConfigurationError, match="cannot be built: TypeError"):
        api.call(contract_find.sync, client=local_client(), nme="ESZ6")  # type: ignore[call-arg]
    half_built = PlaceOrder(action="Buy", symbol="ESZ6", order_qty=1, order_type=PlaceOrderOrderType.MARKET)  # type: ignore[arg-type]
    with pytest.raises(errors.ConfigurationError, match="cannot be built: AttributeError"):
        api.call(place_order.sync, client=local_client(), body=half_built)


@pytest.fixture(scope="module", autouse=True)
def report_shapes() -> Iterator[None]:
    yield
    print(f"\nanswer shapes through api.call/acall in this module: {len(set(SHAPES))} distinct")


def test_a_retry_gets_only_what_is_left_of_the_deadline(
    invoke: Invoke, server: ScriptedServer, local_client: MakeClient, clock: FakeClock
) -> None:
    shape("503, then an answer slower than the rest of the deadline")
    server.script("GET", "/order/list", Answer(503, b"", {"Retry-After": "1"}), Answer.json([], delay=5.0))
    # 1 s of the 1.5 s deadline goes to Retry-After; the second attempt gets 0.5 s, not the client's 30 s.
    client = local_client(retry=RetryPolicy(max_attempts=2, deadline=1.5, retry_after_cap=5.0), timeout=30.0)
    with pytest.raises(errors.APITimeoutError):
        invoke(order_list, client=client)
    assert clock.slept == [1.0]
    assert server.count("GET", "/order/list") == 2


def test_a_wrong_retry_option_is_a_configuration_error(auth: Any) -> None:
    with pytest.raises(errors.ConfigurationError, match="retry= must be"):
        auth.client(retry=3)
