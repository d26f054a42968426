"""The socket protocol without a network: frames in → events out, requests in → frames out."""

from __future__ import annotations

import contextlib
import json
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from auth_overlay.realtime._backoff import Backoff
from auth_overlay.realtime._frames import (
    HEARTBEAT,
    FrameError,
    Messages,
    Opened,
    ServerClose,
    ServerHeartbeat,
    encode_request,
    parse_frame,
)
from auth_overlay.realtime._protocol import (
    Answer,
    Authorized,
    AuthorizeRefused,
    Closing,
    Orphan,
    Phase,
    Protocol,
    Purpose,
    ServerEvent,
    ServerOpened,
    Shutdown,
    Subscription,
    Unreadable,
)


def ready(protocol: Protocol | None = None, now: float = 0.0) -> Protocol:
    protocol = protocol or Protocol()
    protocol.connection_made(now)
    assert protocol.receive("o", now) == [ServerOpened()]
    frame = protocol.authorize_frame("tok")
    request_id = int(frame.split("\n")[1])
    assert protocol.receive(f'a[{{"s":200,"i":{request_id}}}]', now) == [Authorized()]
    return protocol


# -- frames --------------------------------------------------------------------------------------


def test_the_four_frame_types_parse() -> None:
    assert parse_frame("o") == Opened()
    assert parse_frame("h") == ServerHeartbeat()
    assert parse_frame('a[{"i":1,"s":200,"d":[]},{"e":"props","d":{}}]') == Messages(
        ({"i": 1, "s": 200, "d": []}, {"e": "props", "d": {}})
    )
    assert parse_frame('c[3000,"Go away!"]') == ServerClose(3000, "Go away!")
    assert parse_frame("c") == ServerClose(None, None)  # the vendor's C# sample handles a bare c
    assert parse_frame(b"h") == ServerHeartbeat()


@pytest.mark.parametrize("frame", ["", "x", "a{", "a{}", 'c{"a":1}', "oo", "hh", b"\xff"])
def test_a_frame_that_is_none_of_the_four_is_a_frame_error(frame: str | bytes) -> None:
    with pytest.raises(FrameError):
        parse_frame(frame)


@given(st.one_of(st.text(max_size=50), st.binary(max_size=50)))
def test_parsing_any_input_either_succeeds_or_raises_frame_error(data: str | bytes) -> None:
    with contextlib.suppress(FrameError):
        parse_frame(data)


def test_a_request_is_endpoint_id_query_body_with_empty_fields_kept() -> None:
    assert encode_request("/account/list", 3, None, None) == "account/list\n3\n\n"
    assert encode_request("contract/find", 4, {"name": "MESZ6"}, None) == "contract/find\n4\nname=MESZ6\n"
    assert encode_request("order/items", 5, {"ids": [1, 2]}, None) == "order/items\n5\nids=1%2C2\n"
    body = encode_request("order/placeorder", 6, "", {"symbol": "MESZ6", "isAutomated": True})
    assert body == 'order/placeorder\n6\n\n{"symbol":"MESZ6","isAutomated":true}'
    assert encode_request("authorize", 0, None, "raw-token") == "authorize\n0\n\nraw-token"


@pytest.mark.parametrize("endpoint", ["", "/", "a\nb"])
def test_an_endpoint_with_a_line_break_or_no_path_is_refused(endpoint: str) -> None:
    with pytest.raises(ValueError, match="endpoint"):
        encode_request(endpoint, 1, None, None)


# -- the state machine --------------------------------------------------------------------------


def test_open_then_authorize_then_ready() -> None:
    protocol = Protocol()
    protocol.connection_made(0.0)
    assert protocol.phase is Phase.CONNECTING
    assert protocol.receive("o", 0.1) == [ServerOpened()]
    frame = protocol.authorize_frame("the-token")
    endpoint, request_id, query, body = frame.split("\n")
    assert (endpoint, query, body) == ("authorize", "", "the-token")
    assert protocol.phase is Phase.AUTHORIZING
    assert protocol.receive(f'a[{{"s":200,"i":{request_id}}}]', 0.2) == [Authorized()]
    assert protocol.ready


def test_a_refused_authorize_is_reported_with_its_status_and_text() -> None:
    protocol = Protocol()
    protocol.connection_made(0.0)
    protocol.receive("o", 0.0)
    request_id = protocol.authorize_frame("bad").split("\n")[1]
    events = protocol.receive(f'a[{{"s":401,"i":{request_id},"d":"Invalid access token"}}]', 0.0)
    assert events == [AuthorizeRefused(401, "Invalid access token")]
    assert not protocol.ready


def test_requests_wait_for_authorisation() -> None:
    protocol = Protocol()
    protocol.connection_made(0.0)
    with pytest.raises(RuntimeError, match="authorised"):
        protocol.request("account/list")


def test_batched_and_out_of_order_answers_resolve_the_right_requests() -> None:
    protocol = ready()
    first, _ = protocol.request("account/list")
    second, _ = protocol.request("position/list")
    third, _ = protocol.request("order/list")
    frame = json.dumps(
        [
            {"i": third.request_id, "s": 200, "d": ["orders"]},
            {"e": "props", "d": {"entityType": "order"}},
            {"i": first.request_id, "s": 200, "d": ["accounts"]},
        ]
    )
    events = protocol.receive("a" + frame, 1.0)
    assert events == [
        Answer(third, 200, ["orders"]),
        ServerEvent("props", {"entityType": "order"}),
        Answer(first, 200, ["accounts"]),
    ]
    assert protocol.receive(f'a[{{"i":{second.request_id},"s":200,"d":[]}}]', 1.0) == [Answer(second, 200, [])]


def test_ids_are_unique_across_connections() -> None:
    protocol = ready()
    seen = {protocol.request("account/list")[0].request_id for _ in range(3)}
    protocol.connection_lost()
    ready(protocol)
    seen2 = {protocol.request("account/list")[0].request_id for _ in range(3)}
    assert not seen & seen2


def test_connection_lost_hands_back_every_pending_request() -> None:
    protocol = ready()
    pending = [protocol.request("account/list")[0] for _ in range(3)]
    assert protocol.connection_lost() == pending
    assert protocol.phase is Phase.CLOSED
    assert protocol.connection_lost() == []


def test_an_answer_to_an_unknown_id_is_an_orphan() -> None:
    protocol = ready()
    pending, _ = protocol.request("account/list")
    protocol.forget(pending)  # it timed out
    assert protocol.receive(f'a[{{"i":{pending.request_id},"s":200,"d":[]}}]', 0.0) == [Orphan(pending.request_id)]


def test_shutdown_close_and_unreadable_messages() -> None:
    protocol = ready()
    events = protocol.receive(
        'a[{"e":"shutdown","d":{"reasonCode":"ConnectionQuotaReached","reason":"too many"}},'
        '{"e":"shutdown","d":"Maintenance"},7,{"x":1}]',
        0.0,
    )
    assert events == [
        Shutdown("ConnectionQuotaReached", "too many"),
        Shutdown("Maintenance", None),
        Unreadable("a message that is not a JSON object"),
        Unreadable("a message with neither an event name nor a request id"),
    ]
    first = events[0]
    second = events[1]
    assert isinstance(first, Shutdown)
    assert first.quota
    assert isinstance(second, Shutdown)
    assert not second.quota
    assert protocol.receive('c[3000,"Go away!"]', 0.0) == [Closing(3000, "Go away!")]
    assert protocol.receive("zzz", 0.0) == [Unreadable("an unknown frame type 'z'")]


def test_subscriptions_are_sent_again_on_every_new_connection() -> None:
    protocol = ready()
    sync = Subscription("sync", "user/syncrequest", {"users": [1]})
    quote = Subscription(("quote", 1), "md/subscribeQuote", {"symbol": "MESZ6"})
    sent = protocol.subscribe(sync)
    assert sent is not None
    assert sent[0].purpose is Purpose.RESUMABLE
    assert protocol.subscribe(quote) is not None
    protocol.connection_lost()
    protocol.connection_made(5.0)
    assert protocol.subscribe(Subscription("later", "md/subscribeDOM", {"symbol": "ESZ6"})) is None  # not ready
    ready_again = ready(protocol, 5.0)
    frames = ready_again.resume_frames()
    assert [f.split("\n")[0] for _, f in frames] == ["user/syncrequest", "md/subscribeQuote", "md/subscribeDOM"]
    assert [p.key for p, _ in frames] == ["sync", ("quote", 1), "later"]
    answer = protocol.receive(f'a[{{"i":{frames[0][0].request_id},"s":200,"d":{{}}}}]', 5.0)
    assert answer == [Answer(frames[0][0], 200, {})]


def test_an_unsubscribed_stream_is_not_resumed() -> None:
    protocol = ready()
    protocol.subscribe(Subscription("q", "md/subscribeQuote", {"symbol": "MESZ6"}))
    assert protocol.unsubscribe("q") is not None
    protocol.connection_lost()
    ready(protocol)
    assert protocol.resume_frames() == []


def test_the_heartbeat_is_due_every_interval_whatever_arrives() -> None:
    protocol = Protocol(heartbeat_interval=2.5)
    protocol.connection_made(100.0)
    assert protocol.heartbeat_due_in(100.0) == 2.5
    for t in (100.5, 101.0, 102.0):  # the server streams; nothing it sends postpones our heartbeat
        protocol.receive('a[{"e":"md","d":{}}]', t)
    assert protocol.heartbeat_due_in(102.5) == 0.0
    assert protocol.heartbeat(102.5) == HEARTBEAT
    assert protocol.heartbeat_due_in(103.0) == 2.0


def test_silence_is_measured_from_the_last_frame() -> None:
    protocol = Protocol()
    protocol.connection_made(0.0)
    protocol.receive("h", 4.0)
    assert protocol.silent_for(10.0) == 6.0


def test_backoff_is_bounded_and_longer_for_quota_shutdowns() -> None:
    backoff = Backoff(base=0.5, cap=4.0, quota_delay=60.0, quota_cap=300.0)
    rng = random.Random(7)
    plain = [backoff.delay(n, rng) for n in range(1, 30)]
    assert all(0 <= d <= 4.0 for d in plain)
    assert max(plain[:1]) <= 0.5
    quota = [backoff.delay(n, rng, quota=True) for n in range(1, 30)]
    assert all(60.0 <= d <= 300.0 for d in quota)
    assert min(quota) > max(plain)
    assert Backoff(max_attempts=2).exhausted(3)
    assert not Backoff().exhausted(10**6)


@given(st.one_of(st.text(max_size=80), st.binary(max_size=80)))
def test_whatever_arrives_the_protocol_reports_events_and_never_raises(data: str | bytes) -> None:
    protocol = ready()
    protocol.request("account/list")
    events = protocol.receive(data, 1.0)
    assert isinstance(events, list)


@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(["i", "s", "d", "e"]), inner),
        max_leaves=10,
    )
)
def test_any_json_message_in_an_a_frame_is_an_event_not_a_crash(message: object) -> None:
    protocol = ready()
    protocol.request("account/list")
    assert len(protocol.receive("a" + json.dumps([message]), 1.0)) == 1
