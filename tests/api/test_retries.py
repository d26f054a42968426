"""Retries where they are safe: idempotent calls retry, an order is never sent twice, waits
honour Retry-After and p-time on a ``FakeClock``, and one deadline bounds everything.

Requests are counted at a scripted server on 127.0.0.1; each case runs sync and async.
"""

from __future__ import annotations

from typing import Any

import pytest
from tradovate_client.api.orders import order_list, place_order

from auth_overlay import RetryPolicy, errors
from auth_overlay.testing import FakeClock

from .conftest import (
    HTML_502,
    ORDER,
    Answer,
    Invoke,
    MakeClient,
    ScriptedServer,
    market_order,
    shape,
)


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
