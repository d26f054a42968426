"""Each fault kind does what it says, for exactly as many token requests as asked."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from email.utils import format_datetime

import httpx
import pytest

from auth_overlay.testing.sandbox import CannedResponse, Fault, RecordedRequest, Sandbox

from . import one_shot


def tradevest_token(sb: Sandbox, *, read_timeout: float = 5.0) -> httpx.Response:
    creds = sb.credentials("tradevest")
    return one_shot.post(
        sb.token_url("tradevest"),
        data={
            "client_id": creds.client_id,
            "client_secret": creds.client_secret,
            "grant_type": "client_credentials",
        },
        timeout=httpx.Timeout(5.0, read=read_timeout),
    )


def whoami(sb: Sandbox, provider: str, token: str) -> httpx.Response:
    return one_shot.get(sb.api_url(provider), headers={"Authorization": f"Bearer {token}"})


def test_latency_delays_then_answers_normally(sandbox: Sandbox) -> None:
    sandbox.add_fault("tradevest", Fault.latency(0.4))
    started = time.monotonic()
    response = tradevest_token(sandbox)
    assert time.monotonic() - started >= 0.4
    assert response.status_code == 200
    # The fault was used up by the first request: the next one is answered without it.
    assert sandbox.pending_faults("tradevest") == []
    assert tradevest_token(sandbox).status_code == 200


def test_latency_beyond_the_client_timeout_times_out(sandbox: Sandbox) -> None:
    sandbox.add_fault("tradevest", Fault.latency(0.5))
    with pytest.raises(httpx.ReadTimeout):
        tradevest_token(sandbox, read_timeout=0.1)
    assert tradevest_token(sandbox).status_code == 200


@pytest.mark.parametrize(
    ("fault", "status", "content_type", "body"),
    [
        (Fault.status(503), 503, "application/json", b""),
        (Fault.status(520, b"origin error", content_type="text/plain"), 520, "text/plain", None),
        (Fault.status(500, b"", content_type=None), 500, None, b""),
        (Fault.html(502), 502, "text/html", None),
        (Fault.malformed(), 200, "application/json", b'{"access_token": "4f2a'),
        (Fault.json(200, {"token_type": "Bearer"}), 200, "application/json", None),
        (Fault.json(400, {"error": "invalid_scope"}), 400, "application/json", None),
        (Fault.status(423, b""), 423, "application/json", b""),
    ],
    ids=["503-empty", "520-text", "no-content-type", "html", "truncated-json", "200-no-token", "unknown-code", "423"],
)
def test_status_fault_answers_the_canned_response(
    sandbox: Sandbox, fault: Fault, status: int, content_type: str | None, body: bytes | None
) -> None:
    sandbox.add_fault("tradevest", fault)
    response = tradevest_token(sandbox)
    assert response.status_code == status
    assert response.headers.get("content-type") == content_type
    if body is not None:
        assert response.content == body
    if content_type == "text/html":
        assert response.text.lstrip().startswith("<!DOCTYPE html>")
    assert tradevest_token(sandbox).status_code == 200


def test_fault_status_sends_extra_headers(sandbox: Sandbox) -> None:
    sandbox.add_fault("tradevest", Fault.status(503, headers={"X-Request-Id": "req-1"}))
    assert tradevest_token(sandbox).headers["x-request-id"] == "req-1"


@pytest.mark.parametrize(
    "retry_after",
    [None, "2", 1.5, format_datetime(datetime(2030, 1, 1, tzinfo=UTC), usegmt=True)],
    ids=["none", "seconds", "float-seconds", "http-date"],
)
def test_rate_limited_answers_429_with_or_without_retry_after(
    sandbox: Sandbox, retry_after: str | float | None
) -> None:
    sandbox.add_fault("alternative_payments", Fault.rate_limited(retry_after))
    creds = sandbox.credentials("alternative_payments")
    response = one_shot.post(
        sandbox.token_url("alternative_payments"),
        data={"grant_type": "client_credentials"},
        auth=(creds.client_id, creds.client_secret),
    )
    assert response.status_code == 429
    assert response.content == b""
    if retry_after is None:
        assert "retry-after" not in response.headers
    elif isinstance(retry_after, float):
        assert response.headers["retry-after"] == "1.5"
    else:
        assert response.headers["retry-after"] == retry_after


def test_drop_connection_closes_without_an_answer(sandbox: Sandbox) -> None:
    sandbox.add_fault("tradevest", Fault.drop_connection())
    with pytest.raises(httpx.RemoteProtocolError):
        tradevest_token(sandbox)
    assert sandbox.token_requests("tradevest") == 1
    assert tradevest_token(sandbox).status_code == 200


def test_drop_connection_with_reset(sandbox: Sandbox) -> None:
    sandbox.add_fault("tradevest", Fault.drop_connection(reset=True))
    with pytest.raises((httpx.ReadError, httpx.RemoteProtocolError)):
        tradevest_token(sandbox)
    assert tradevest_token(sandbox).status_code == 200


def test_slow_body_trickles_the_normal_answer(sandbox: Sandbox) -> None:
    sandbox.add_fault("tradevest", Fault.slow_body(0.4))
    started = time.monotonic()
    response = tradevest_token(sandbox)
    assert time.monotonic() - started >= 0.35
    assert response.status_code == 200
    assert whoami(sandbox, "tradevest", response.json()["access_token"]).status_code == 200


def test_slow_body_trips_a_short_read_timeout(sandbox: Sandbox) -> None:
    sandbox.add_fault("tradevest", Fault.slow_body(1.0))
    with pytest.raises(httpx.ReadTimeout):
        tradevest_token(sandbox, read_timeout=0.02)


def test_truncated_body_breaks_the_read(sandbox: Sandbox) -> None:
    sandbox.add_fault("tradevest", Fault.truncated())
    with pytest.raises(httpx.RemoteProtocolError):
        tradevest_token(sandbox)


def test_oversized_answer_is_valid_json_of_the_asked_size(sandbox: Sandbox) -> None:
    sandbox.add_fault("tradevest", Fault.oversized())
    response = tradevest_token(sandbox)
    assert response.status_code == 200
    assert len(response.content) == 5 * 1024 * 1024
    assert response.json()["token_type"] == "Bearer"


@pytest.mark.parametrize(
    ("fault", "expected"),
    [
        (Fault.patch(remove=["access_token"]), {"expires_in": 3600, "token_type": "Bearer"}),
        (Fault.patch(set={"expires_in": "3600"}), {"expires_in": "3600", "token_type": "Bearer"}),
        (Fault.patch(set={"expires_in": 0}), {"expires_in": 0, "token_type": "Bearer"}),
        (Fault.patch(set={"expires_in": -5}), {"expires_in": -5, "token_type": "Bearer"}),
        (Fault.patch(set={"expires_in": 10**12}), {"expires_in": 10**12, "token_type": "Bearer"}),
        (Fault.patch(remove=["expires_in"]), {"token_type": "Bearer"}),
        (Fault.patch(set={"token_type": "BEARER"}), {"expires_in": 3600, "token_type": "BEARER"}),
        (Fault.patch(remove=["token_type"]), {"expires_in": 3600}),
    ],
)
def test_patch_changes_fields_of_the_real_answer(sandbox: Sandbox, fault: Fault, expected: dict[str, object]) -> None:
    sandbox.add_fault("tradevest", fault)
    body = tradevest_token(sandbox).json()
    token = body.pop("access_token", None)
    assert body == expected
    if token is not None:
        assert whoami(sandbox, "tradevest", token).status_code == 200


def test_respond_with_sees_the_request_and_may_fall_back(sandbox: Sandbox) -> None:
    seen: list[RecordedRequest] = []

    def answer(request: RecordedRequest) -> CannedResponse | None:
        seen.append(request)
        if len(seen) == 1:
            return CannedResponse.json(401, {"error": "invalid_client"})
        return None

    sandbox.add_fault("tradevest", Fault.respond_with(answer, times=2))
    assert tradevest_token(sandbox).status_code == 401
    assert tradevest_token(sandbox).status_code == 200
    assert [r.form()["grant_type"] for r in seen] == [["client_credentials"]] * 2


def test_times_counts_hits_and_none_lasts_until_cleared(sandbox: Sandbox) -> None:
    sandbox.add_fault("tradevest", Fault.status(503, times=2))
    assert [tradevest_token(sandbox).status_code for _ in range(3)] == [503, 503, 200]
    sandbox.add_fault("tradevest", Fault.status(500, times=None))
    assert [tradevest_token(sandbox).status_code for _ in range(3)] == [500, 500, 500]
    sandbox.clear_faults("tradevest")
    assert tradevest_token(sandbox).status_code == 200


def test_faults_apply_in_queue_order(sandbox: Sandbox) -> None:
    sandbox.add_fault("tradevest", Fault.status(503))
    sandbox.add_fault("tradevest", Fault.rate_limited("1"))
    statuses = [tradevest_token(sandbox).status_code for _ in range(3)]
    assert statuses == [503, 429, 200]


def test_faults_hit_only_their_provider_and_only_token_endpoints(sandbox: Sandbox) -> None:
    token = tradevest_token(sandbox).json()["access_token"]
    sandbox.add_fault("tradevest", Fault.status(503, times=None))
    assert whoami(sandbox, "tradevest", token).status_code == 200
    creds = sandbox.credentials("alternative_payments")
    other = one_shot.post(
        sandbox.token_url("alternative_payments"),
        data={"grant_type": "client_credentials"},
        auth=(creds.client_id, creds.client_secret),
    )
    assert other.status_code == 200
    sandbox.clear_faults()
    assert tradevest_token(sandbox).status_code == 200


def test_endpoint_narrows_a_fault_to_one_path(sandbox: Sandbox) -> None:
    sandbox.add_fault("tradevest", Fault.status(503, endpoint="/connect/token"))
    assert tradevest_token(sandbox).status_code == 200
    creds = sandbox.credentials("tradevest")
    form = {
        "client_id": creds.client_id,
        "client_secret": creds.client_secret,
        "grant_type": "client_credentials",
    }
    assert one_shot.post(f"{sandbox.url}/tradevest/connect/token", data=form).status_code == 503


def test_fault_constructors_reject_nonsense() -> None:
    with pytest.raises(ValueError, match="times"):
        Fault.status(503, times=0)
    with pytest.raises(ValueError, match="seconds"):
        Fault.latency(-1)
    with pytest.raises(ValueError, match="size"):
        Fault.oversized(-1)


def test_tradovate_faults_hit_the_session_endpoints_too(sandbox: Sandbox) -> None:
    sandbox.add_fault("tradovate", Fault.rate_limited(None, times=None))
    url = f"{sandbox.base_url('tradovate')}/auth/accesstokenrequest"
    response = one_shot.post(url, json={"name": "x", "password": "y"})
    assert response.status_code == 429
    assert response.content == b""
