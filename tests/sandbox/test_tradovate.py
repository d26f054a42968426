"""Tradovate's stateful behaviour: code exchange, rotation, sessions, penalties, renewal."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

import httpx
import pytest

from auth_overlay.testing import FakeClock
from auth_overlay.testing.sandbox import Sandbox, VendorCredentials

from . import one_shot


def session_url(sb: Sandbox, operation: str) -> str:
    return f"{sb.base_url('tradovate')}/auth/{operation}"


def login_body(sb: Sandbox, **overrides: object) -> dict[str, object]:
    creds = sb.credentials("tradovate")
    return {
        "name": creds.username,
        "password": creds.password,
        "appId": "auth-overlay-tests",
        "appVersion": "1.0",
        "cid": creds.client_id,
        "sec": creds.client_secret,
        **overrides,
    }


def login(sb: Sandbox, **overrides: object) -> dict[str, Any]:
    response = one_shot.post(session_url(sb, "accesstokenrequest"), json=login_body(sb, **overrides))
    assert response.status_code == 200
    answer: dict[str, Any] = response.json()
    return answer


def renew(sb: Sandbox, token: str) -> httpx.Response:
    return one_shot.get(session_url(sb, "renewaccesstoken"), headers={"Authorization": f"Bearer {token}"})


def api_status(sb: Sandbox, token: str) -> int:
    response = one_shot.get(sb.api_url("tradovate"), headers={"Authorization": f"Bearer {token}"})
    return response.status_code


def oauth(sb: Sandbox, **body: str) -> dict[str, Any]:
    creds = sb.credentials("tradovate")
    payload = {"client_id": creds.client_id, "client_secret": creds.client_secret, **body}
    response = one_shot.post(sb.token_url("tradovate"), json=payload)
    assert response.status_code == 200  # Tradovate answers even its errors with 200
    answer: dict[str, Any] = response.json()
    return answer


# -- OAuth ---------------------------------------------------------------------------------


def exchange(sb: Sandbox) -> dict[str, Any]:
    code = sb.issue_authorization_code(redirect_uri="https://app.example/cb")
    return oauth(sb, grant_type="authorization_code", code=code, redirect_uri="https://app.example/cb")


def test_oauth_access_token_works_at_the_api(sandbox: Sandbox) -> None:
    tokens = exchange(sandbox)
    assert api_status(sandbox, tokens["access_token"]) == 200


def test_authorization_code_is_single_use(sandbox: Sandbox) -> None:
    code = sandbox.issue_authorization_code(redirect_uri="https://app.example/cb")
    body = {"grant_type": "authorization_code", "code": code, "redirect_uri": "https://app.example/cb"}
    assert "access_token" in oauth(sandbox, **body)
    again = oauth(sandbox, **body)
    assert again["error"] == "invalid_grant"
    assert "access_token" not in again


def test_redirect_uri_must_match_the_code(sandbox: Sandbox) -> None:
    code = sandbox.issue_authorization_code(redirect_uri="https://app.example/cb")
    answer = oauth(sandbox, grant_type="authorization_code", code=code, redirect_uri="https://evil.example/")
    assert answer["error"] == "invalid_grant"


@pytest.mark.parametrize(
    ("body", "error"),
    [
        ({"grant_type": "client_credentials"}, "unsupported_grant_type"),
        ({"grant_type": "refresh_token"}, "invalid_request"),
        ({"grant_type": "authorization_code", "client_secret": "wrong", "code": "x"}, "invalid_client"),
        ({"grant_type": "x" * 65}, "invalid_request"),
    ],
)
def test_oauth_errors_are_in_band(sandbox: Sandbox, body: dict[str, str], error: str) -> None:
    assert oauth(sandbox, **body)["error"] == error


def test_oauth_rejects_a_body_that_is_not_json(sandbox: Sandbox) -> None:
    response = one_shot.post(sandbox.token_url("tradovate"), data={"grant_type": "refresh_token"})
    assert response.status_code == 200
    assert response.json()["error"] == "invalid_request"


def test_refresh_rotates_and_the_old_refresh_token_is_spent(sandbox: Sandbox) -> None:
    first = exchange(sandbox)
    second = oauth(sandbox, grant_type="refresh_token", refresh_token=first["refresh_token"])
    assert second["access_token"] != first["access_token"]
    assert second["refresh_token"] != first["refresh_token"]
    reused = oauth(sandbox, grant_type="refresh_token", refresh_token=first["refresh_token"])
    assert reused["error"] == "invalid_grant"
    assert "already been used" in reused["error_description"]
    third = oauth(sandbox, grant_type="refresh_token", refresh_token=second["refresh_token"])
    assert api_status(sandbox, third["access_token"]) == 200


def test_refresh_without_rotation_keeps_the_refresh_token(
    make_sandbox: Callable[..., Sandbox],
) -> None:
    sb = make_sandbox(tradovate_rotates_refresh_token=False)
    first = exchange(sb)
    for _ in range(2):
        again = oauth(sb, grant_type="refresh_token", refresh_token=first["refresh_token"])
        assert again["refresh_token"] == first["refresh_token"]
        assert again["access_token"] != first["access_token"]


def test_expired_refresh_token_is_refused(make_sandbox: Callable[..., Sandbox]) -> None:
    clock = FakeClock()
    sb = make_sandbox(refresh_token_lifetime=0.2, clock=clock.monotonic)
    first = exchange(sb)
    assert first["refresh_token_expires_in"] == 1
    clock.advance(0.25)
    answer = oauth(sb, grant_type="refresh_token", refresh_token=first["refresh_token"])
    assert answer["error"] == "invalid_grant"


# -- sessions ------------------------------------------------------------------------------


def test_a_third_session_closes_the_oldest(sandbox: Sandbox) -> None:
    tokens = [login(sandbox)["accessToken"] for _ in range(3)]
    assert [api_status(sandbox, t) for t in tokens] == [401, 200, 200]
    assert renew(sandbox, tokens[0]).status_code == 401
    stats = sandbox.tradovate_stats()
    assert stats.logins == 3
    assert stats.sessions_opened == 3
    assert stats.sessions_closed_by_limit == 1
    assert stats.max_concurrent_sessions_seen == 2
    assert sandbox.tradovate_live_sessions() == 2


def test_one_shared_session_shows_as_max_one(sandbox: Sandbox) -> None:
    token = login(sandbox)["accessToken"]
    for _ in range(3):
        assert api_status(sandbox, token) == 200
    assert sandbox.tradovate_stats().max_concurrent_sessions_seen == 1


def test_session_limit_is_per_user(sandbox: Sandbox) -> None:
    creds = sandbox.credentials("tradovate")
    sandbox.register_client(
        "tradovate",
        VendorCredentials(creds.client_id, creds.client_secret, username="second-trader", password="pw2"),
    )
    mine = [login(sandbox)["accessToken"] for _ in range(2)]
    theirs = login(sandbox, name="second-trader", password="pw2")
    assert theirs["name"] == "second-trader"
    assert [api_status(sandbox, t) for t in mine] == [200, 200]
    assert sandbox.tradovate_stats().sessions_closed_by_limit == 0


def test_wrong_api_key_is_an_in_band_error(sandbox: Sandbox) -> None:
    assert login(sandbox, sec="wrong") == {"errorText": "The API key (cid/sec) is not valid."}
    assert login(sandbox, cid=1) == {"errorText": "The API key (cid/sec) is not valid."}
    assert login(sandbox, name="nobody")["errorText"].startswith("Incorrect username")
    assert sandbox.tradovate_stats().sessions_opened == 0


def test_camel_case_path_from_the_vendor_examples_works(sandbox: Sandbox) -> None:
    response = one_shot.post(f"{sandbox.base_url('tradovate')}/auth/accessTokenRequest", json=login_body(sandbox))
    assert "accessToken" in response.json()


# -- penalties -----------------------------------------------------------------------------


def test_penalty_ticket_then_identical_body_with_ticket_succeeds(make_sandbox: Callable[..., Sandbox]) -> None:
    clock = FakeClock()
    sandbox = make_sandbox(clock=clock.monotonic)
    sandbox.tradovate_penalty(p_time=0.6)
    first = login(sandbox)
    ticket = first["p-ticket"]
    assert first["p-time"] == 1
    too_early = login(sandbox, **{"p-ticket": ticket})
    assert "p-ticket" in too_early
    assert "accessToken" not in too_early
    clock.advance(0.65)
    later = login(sandbox, **{"p-ticket": too_early["p-ticket"]})
    assert "accessToken" in later
    assert sandbox.tradovate_stats().penalty_tickets_issued == 2
    assert sandbox.tradovate_stats().sessions_opened == 1


def test_penalty_ticket_needs_the_identical_body(sandbox: Sandbox) -> None:
    sandbox.tradovate_penalty(p_time=0)
    ticket = login(sandbox)["p-ticket"]
    changed = login(sandbox, appVersion="2.0", **{"p-ticket": ticket})
    assert "accessToken" not in changed  # a different body does not redeem the ticket
    assert changed["p-time"] == 0
    redeemed = login(sandbox, appVersion="2.0", **{"p-ticket": changed["p-ticket"]})
    assert "accessToken" in redeemed


def test_penalty_times_counts_fresh_logins(sandbox: Sandbox) -> None:
    sandbox.tradovate_penalty(p_time=0, times=2)
    assert "p-ticket" in login(sandbox)
    assert "p-ticket" in login(sandbox)
    assert "accessToken" in login(sandbox)


def test_captcha_blocks_every_login_until_cleared(sandbox: Sandbox) -> None:
    sandbox.tradovate_penalty(p_time=0, captcha=True)
    first = login(sandbox)
    assert first["p-captcha"] is True
    retry = login(sandbox, **{"p-ticket": first["p-ticket"]})
    assert retry["p-captcha"] is True
    assert login(sandbox)["p-captcha"] is True
    sandbox.clear_tradovate_penalties()
    assert "accessToken" in login(sandbox)


# -- renewal -------------------------------------------------------------------------------


def test_renewal_extends_the_same_session(make_sandbox: Callable[..., Sandbox]) -> None:
    lifetime = 1.0
    clock = FakeClock()
    sb = make_sandbox(token_lifetime={"tradovate": lifetime}, clock=clock.monotonic)
    first = login(sb)
    logged_in = clock.monotonic()  # the first token expires at logged_in + lifetime
    clock.advance(0.4)
    renewing = clock.monotonic()  # the renewed token lives until renewing + lifetime
    renewed = renew(sb, first["accessToken"])
    assert renewed.status_code == 200
    answer = renewed.json()
    assert answer["accessToken"] != first["accessToken"]
    assert answer["userId"] == first["userId"]
    assert answer["mdAccessToken"] == first["mdAccessToken"]
    assert datetime.fromisoformat(answer["expirationTime"]) > datetime.fromisoformat(first["expirationTime"])
    assert api_status(sb, first["accessToken"]) == 200  # the old token lives to its own expiry
    clock.advance(logged_in + lifetime + 0.05 - clock.monotonic())
    assert clock.monotonic() < renewing + lifetime
    assert api_status(sb, first["accessToken"]) == 401
    assert api_status(sb, answer["accessToken"]) == 200
    stats = sb.tradovate_stats()
    assert (stats.sessions_opened, stats.renewals, stats.logins) == (1, 1, 1)
    assert sb.tradovate_live_sessions() == 1


def test_renewal_can_keep_the_token_string(make_sandbox: Callable[..., Sandbox]) -> None:
    lifetime = 0.6
    clock = FakeClock()
    sb = make_sandbox(
        token_lifetime={"tradovate": lifetime}, tradovate_renewal_rotates_token=False, clock=clock.monotonic
    )
    token = login(sb)["accessToken"]
    logged_in = clock.monotonic()
    clock.advance(0.35)
    assert renew(sb, token).json()["accessToken"] == token
    clock.advance(logged_in + lifetime + 0.05 - clock.monotonic())
    assert api_status(sb, token) == 200  # past its first expiry: alive only by the renewal


def test_renewal_after_expiry_is_refused_with_401(make_sandbox: Callable[..., Sandbox]) -> None:
    clock = FakeClock()
    sb = make_sandbox(token_lifetime={"tradovate": 0.2}, clock=clock.monotonic)
    token = login(sb)["accessToken"]
    clock.advance(0.25)
    response = renew(sb, token)
    assert response.status_code == 401
    assert response.json() == {"errorText": "Access is denied"}
    assert sb.tradovate_stats().renewals_rejected == 1


def test_renewal_refusal_can_be_in_band(make_sandbox: Callable[..., Sandbox]) -> None:
    sb = make_sandbox(tradovate_renewal_rejection="in_band")
    response = renew(sb, "not-a-token")
    assert response.status_code == 200
    assert response.json() == {"errorText": "Access is denied"}


def test_oauth_tokens_are_not_renewable_sessions(sandbox: Sandbox) -> None:
    assert renew(sandbox, exchange(sandbox)["access_token"]).status_code == 401


def test_me_needs_a_live_token(sandbox: Sandbox) -> None:
    url = session_url(sandbox, "me")
    assert one_shot.get(url).status_code == 401
    token = login(sandbox)["accessToken"]
    who = one_shot.get(url, headers={"Authorization": f"Bearer {token}"})
    assert who.json()["email"] == "sandbox-trader@example.com"
