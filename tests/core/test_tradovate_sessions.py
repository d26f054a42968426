"""Tradovate trading sessions against the sandbox: login, renewal, penalty tickets, errors."""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest

import auth_overlay as ao
from auth_overlay import RefreshPolicy, RetryPolicy, TokenAuth
from auth_overlay.testing import FakeClock
from auth_overlay.testing.sandbox import Fault, Sandbox

from .conftest import FAST_RETRY, wait_until


def session_auth(sandbox: Sandbox, **options: Any) -> TokenAuth:
    creds = sandbox.credentials("tradovate")
    options.setdefault("retry", FAST_RETRY)
    options.setdefault("refresh", RefreshPolicy(jitter=0))
    return TokenAuth.for_provider(
        "tradovate",
        client_id=creds.client_id,
        client_secret=creds.client_secret,
        username=options.pop("username", creds.username),
        password=options.pop("password", creds.password),
        app_id="auth-overlay-tests",
        app_version="1.0",
        base_url=sandbox.base_url("tradovate"),
        **options,
    )


def _posts(sandbox: Sandbox) -> list[dict[str, Any]]:
    return [json.loads(r.body) for r in sandbox.requests("tradovate") if r.path.endswith("/accesstokenrequest")]


def test_login_keeps_the_market_data_token_and_absolute_expiry(sandbox: Sandbox) -> None:
    token = session_auth(sandbox).get_token()
    assert token.md_access_token
    assert token.md_access_token not in repr(token)
    assert token.expires_at.tzinfo is not None
    assert 3590 <= token.expires_in() <= 3600
    (body,) = _posts(sandbox)
    creds = sandbox.credentials("tradovate")
    assert body == {
        "name": creds.username,
        "password": creds.password,
        "appId": "auth-overlay-tests",
        "appVersion": "1.0",
        "cid": int(creds.client_id),
        "sec": creds.client_secret,
    }
    assert sandbox.tradovate_stats().logins == 1


def test_renewal_before_expiry_extends_the_same_session(sandbox: Sandbox, clock: FakeClock) -> None:
    sandbox.set_token_lifetime("tradovate", 4)
    auth = session_auth(sandbox, clock=clock)
    first = auth.get_token()
    clock.advance(3.1)  # inside the renewal window (25% of 4 s), still valid
    assert auth.get_token().fingerprint == first.fingerprint  # nobody waits for the renewal
    wait_until(lambda: auth.get_token().fingerprint != first.fingerprint)
    renewed = auth.get_token()
    assert renewed.fingerprint != first.fingerprint
    assert renewed.expires_at > first.expires_at
    stats = sandbox.tradovate_stats()
    assert (stats.logins, stats.renewals) == (1, 1)
    renewal = next(r for r in sandbox.requests("tradovate") if r.path.endswith("/renewaccesstoken"))
    assert renewal.method == "GET"
    assert renewal.headers["authorization"] == f"Bearer {first.access_token}"


def test_after_expiry_a_new_login(sandbox: Sandbox, clock: FakeClock) -> None:
    sandbox.set_token_lifetime("tradovate", 1)
    auth = session_auth(sandbox, clock=clock)
    auth.get_token()
    clock.advance(1.1)
    # The sandbox stamps expirationTime with the real clock: the next session must outlive the fake jump.
    sandbox.set_token_lifetime("tradovate", 60)
    auth.get_token()
    stats = sandbox.tradovate_stats()
    assert (stats.logins, stats.renewals) == (2, 0)


def test_a_refused_renewal_logs_in_anew(sandbox: Sandbox, clock: FakeClock) -> None:
    sandbox.set_token_lifetime("tradovate", 4)
    auth = session_auth(sandbox, clock=clock)
    first = auth.get_token()
    sandbox.revoke_tokens("tradovate")  # the renewal will be refused with 401
    clock.advance(3.1)
    auth.get_token()
    wait_until(lambda: auth.get_token().fingerprint != first.fingerprint)
    assert auth.get_token().fingerprint != first.fingerprint
    assert sandbox.tradovate_stats().logins == 2


def test_a_penalty_ticket_is_honoured_with_the_identical_body_plus_ticket(clock: FakeClock) -> None:
    with Sandbox(clock=clock.monotonic) as sandbox:  # the vendor's wait, on the same fake clock
        sandbox.tradovate_penalty(p_time=1, captcha=False, times=1)
        token = session_auth(sandbox, clock=clock).get_token()
        posts = _posts(sandbox)
        sessions_opened = sandbox.tradovate_stats().sessions_opened
    assert clock.slept == [1.0], "the client waited p-time on its clock before resending"
    assert token.access_token
    first, second = posts
    ticket = second.pop("p-ticket")
    assert ticket
    assert second == first
    assert sessions_opened == 1


def test_a_captcha_penalty_raises_and_stops_further_logins(sandbox: Sandbox) -> None:
    sandbox.tradovate_penalty(p_time=0, captcha=True, times=None)
    auth = session_auth(sandbox)
    with pytest.raises(ao.CaptchaRequiredError) as caught:
        auth.get_token()
    assert caught.value.retryable is False
    assert caught.value.retry_after == 3600
    for _ in range(3):
        with pytest.raises(ao.CaptchaRequiredError):
            auth.get_token()
    assert len(_posts(sandbox)) == 1, "no further login attempts while the captcha is remembered"


def test_a_long_penalty_ends_the_attempt_with_retry_after(sandbox: Sandbox) -> None:
    sandbox.tradovate_penalty(p_time=120, captcha=False, times=1)
    with pytest.raises(ao.RateLimitedError) as caught:
        session_auth(sandbox, retry=RetryPolicy(deadline=2)).get_token()
    assert caught.value.retry_after == 120
    assert len(_posts(sandbox)) == 1


def test_wrong_password_is_a_typed_error_never_retried(sandbox: Sandbox) -> None:
    auth = session_auth(sandbox, password="wrong")
    for _ in range(3):
        with pytest.raises(ao.InvalidCredentialsError) as caught:
            auth.get_token()
    assert "Incorrect username or password" in (caught.value.description or "")
    assert len(_posts(sandbox)) == 1


def test_rate_limit_with_empty_body_and_lock(sandbox: Sandbox) -> None:
    sandbox.add_fault("tradovate", Fault.rate_limited(None, times=None, endpoint="/accesstokenrequest"))
    with pytest.raises(ao.RateLimitedError):
        session_auth(sandbox).get_token()
    sandbox.clear_faults()
    sandbox.add_fault("tradovate", Fault.status(423, b"", endpoint="/accesstokenrequest"))
    with pytest.raises(ao.AccountLockedError) as caught:
        session_auth(sandbox).get_token()
    assert caught.value.retryable is False


def test_the_password_is_redacted_everywhere(sandbox: Sandbox, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    creds = sandbox.credentials("tradevest")
    auth = session_auth(sandbox, password="hunter2-canary")
    with pytest.raises(ao.InvalidCredentialsError) as caught:
        auth.get_token()
    texts = [repr(auth), str(caught.value), repr(caught.value), str(caught.value.to_dict())]
    texts += [r.getMessage() for r in caplog.records]
    assert all("hunter2-canary" not in t for t in texts)
    assert creds


def test_without_a_shared_cache_it_warns_once(sandbox: Sandbox, caplog: pytest.LogCaptureFixture) -> None:
    import auth_overlay._front._assembly as auth_module

    auth_module._warned_session_per_process.clear()
    caplog.set_level(logging.WARNING, logger="auth_overlay")
    session_auth(sandbox)
    session_auth(sandbox)
    warnings = [r for r in caplog.records if "own session" in r.getMessage()]
    assert len(warnings) == 1


def test_username_needs_a_password() -> None:
    with pytest.raises(ao.ConfigurationError, match="password is required"):
        TokenAuth.for_provider("tradovate", client_id="1", client_secret="s", username="u")
    with pytest.raises(ao.ConfigurationError, match="no user-login mode"):
        TokenAuth.for_provider("tradevest", client_id="1", client_secret="s", username="u", password="p")
