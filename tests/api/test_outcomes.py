"""Every answer shape a vendor can give an API call has one documented outcome.

A scripted server on 127.0.0.1 answers ``order/list``, ``contract/find`` and
``order/placeorder``; tokens come from the sandbox. Each case runs through the plain generated
``sync()`` and ``asyncio()`` (the ``invoke`` fixture); requests are counted at the server.
"""

from __future__ import annotations

from typing import Any

import pytest
from tradovate_client.api.contract_library import contract_find
from tradovate_client.api.orders import order_list, place_order
from tradovate_client.models import PlaceOrder, PlaceOrderOrderType

from auth_overlay import errors, events
from auth_overlay.testing import FakeClock

from .conftest import (
    HTML_502,
    ORDER,
    Answer,
    Invoke,
    MakeClient,
    ScriptedServer,
    drifts,
    market_order,
    order_with,
    shape,
)

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


# -- HTTP errors (a retried status is retried twice by default) ---------------------------------------


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


def test_a_request_that_cannot_be_built_is_a_configuration_error(local_client: MakeClient) -> None:
    half_built = PlaceOrder(action="Buy", symbol="ESZ6", order_qty=1, order_type=PlaceOrderOrderType.MARKET)  # type: ignore[arg-type]
    with pytest.raises(errors.ConfigurationError, match=r"cannot be built \(AttributeError\)"):
        place_order.sync(client=local_client(), body=half_built)


def test_a_wrong_retry_option_is_a_configuration_error(auth: Any) -> None:
    with pytest.raises(errors.ConfigurationError, match="retry= must be"):
        auth.client(retry=3)


def test_vendor_text_is_kept_short_and_printable(
    invoke: Invoke, server: ScriptedServer, local_client: MakeClient
) -> None:
    shape("400 with a long errorText full of control characters")
    server.script("GET", "/order/list", Answer.json({"errorText": "bad\r\n\x1b[31m" + "x" * 5000}, 400))
    with pytest.raises(errors.BadRequestError) as caught:
        invoke(order_list, client=local_client())
    assert len(caught.value.message) < 400
    assert caught.value.description is not None
    assert caught.value.description.isprintable()
    assert len(caught.value.description) <= 300
