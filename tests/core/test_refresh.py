"""Refresh-ahead, back-off, failure memory and the refresh policy's arithmetic."""

from __future__ import annotations

import random
import time
from datetime import UTC, datetime, timedelta

import pytest

import auth_overlay as ao
from auth_overlay import RefreshPolicy, RetryPolicy, Token
from auth_overlay.events import Event, RefreshFailed, RefreshStarted
from auth_overlay.testing import FakeClock
from auth_overlay.testing.sandbox import Fault, Sandbox

from .conftest import make_auth, wait_until


def _token(lifetime: float) -> Token:
    now = datetime.now(UTC)
    return Token(access_token="t", issued_at=now, expires_at=now + timedelta(seconds=lifetime))


@pytest.mark.parametrize("lifetime", [1, 30, 300, 3600, 86400])
def test_refresh_margin_is_always_shorter_than_the_lifetime(lifetime: float) -> None:
    policy = RefreshPolicy()
    token = _token(lifetime)
    rng = random.Random(1)
    for _ in range(100):
        refresh_at = policy.refresh_at(token, timedelta(minutes=15), rng)
        assert token.issued_at < refresh_at < token.expires_at
        # at least half the lifetime is used before refreshing, jitter included
        assert (refresh_at - token.issued_at).total_seconds() >= lifetime * 0.5


def test_a_30_second_token_is_not_refreshed_on_every_call(sandbox: Sandbox) -> None:
    sandbox.set_token_lifetime("tradevest", 30)
    auth = make_auth(sandbox, "tradevest")
    for _ in range(200):
        auth.get_token()
    assert sandbox.token_requests("tradevest") == 1


def test_refresh_ahead_serves_the_valid_token_while_one_background_refresh_runs(
    sandbox: Sandbox, clock: FakeClock
) -> None:
    sandbox.set_token_lifetime("tradevest", 2.0)
    events: list[Event] = []
    auth = make_auth(sandbox, "tradevest", refresh=RefreshPolicy(jitter=0), on_event=events.append, clock=clock)
    first = auth.get_token()
    # margin is 25% of 2 s: the window opens at 1.5 s
    clock.advance(1.6)
    sandbox.add_fault("tradevest", Fault.latency(0.3))
    during = [auth.get_token() for _ in range(50)]
    assert {t.fingerprint for t in during} == {first.fingerprint}, "callers must not wait for the refresh"
    wait_until(lambda: auth.get_token().fingerprint != first.fingerprint)
    after = auth.get_token()
    assert after.fingerprint != first.fingerprint
    assert sandbox.token_requests("tradevest") == 2
    started = [e for e in events if isinstance(e, RefreshStarted)]
    assert [e.background for e in started] == [False, True]


async def test_refresh_ahead_from_async_callers(sandbox: Sandbox, clock: FakeClock) -> None:
    import asyncio

    sandbox.set_token_lifetime("alternative_payments", 2.0)
    auth = make_auth(sandbox, "alternative_payments", refresh=RefreshPolicy(jitter=0), clock=clock)
    first = await auth.aget_token()
    clock.advance(1.6)
    during = await asyncio.gather(*(auth.aget_token() for _ in range(100)))
    assert {t.fingerprint for t in during} == {first.fingerprint}
    for _ in range(2000):  # the refresh runs as a task on this loop: let it land
        if (await auth.aget_token()).fingerprint != first.fingerprint:
            break
        await asyncio.sleep(0.005)
    assert (await auth.aget_token()).fingerprint != first.fingerprint
    assert sandbox.token_requests("alternative_payments") == 2


def test_a_failed_background_refresh_keeps_the_old_token_and_backs_off(sandbox: Sandbox, clock: FakeClock) -> None:
    sandbox.set_token_lifetime("tradevest", 4.0)
    events: list[Event] = []
    retry = RetryPolicy(max_attempts=1, request_timeout=1.0)
    auth = make_auth(
        sandbox, "tradevest", refresh=RefreshPolicy(jitter=0), retry=retry, on_event=events.append, clock=clock
    )
    first = auth.get_token()
    clock.advance(3.1)  # inside the window (opens at 3 s), still valid
    sandbox.add_fault("tradevest", Fault.status(503, b"", times=None))
    for _ in range(20):
        assert auth.get_token().fingerprint == first.fingerprint
        clock.advance(0.02)
        time.sleep(0.02)  # real time for the refresher thread's request, not for the clock
    wait_until(lambda: any(isinstance(e, RefreshFailed) for e in events))
    failures = [e for e in events if isinstance(e, RefreshFailed)]
    assert failures, "the failed refresh is reported"
    # back-off: far fewer attempts than calls
    assert 2 <= sandbox.token_requests("tradevest") <= 3


def test_the_same_token_returned_again_backs_off_instead_of_looping(sandbox: Sandbox, clock: FakeClock) -> None:
    sandbox.set_token_lifetime("tradevest", 4.0)
    auth = make_auth(sandbox, "tradevest", refresh=RefreshPolicy(jitter=0), clock=clock)
    first = auth.get_token()
    clock.advance(3.1)
    same = {"access_token": first.access_token, "expires_in": 1, "token_type": "Bearer"}
    sandbox.add_fault("tradevest", Fault.json(200, same, times=None))
    for _ in range(40):
        auth.get_token()
        clock.advance(0.01)
        time.sleep(0.01)  # real time for the refresher thread's request, not for the clock
    assert sandbox.token_requests("tradevest") <= 3


def test_bad_credentials_are_remembered_not_retried(sandbox: Sandbox) -> None:
    auth = make_auth(sandbox, "tradevest", client_secret="wrong")
    for _ in range(5):
        with pytest.raises(ao.InvalidClientError):
            auth.get_token()
    assert sandbox.token_requests("tradevest") == 1


def test_failure_memory_expires(sandbox: Sandbox, clock: FakeClock) -> None:
    retry = RetryPolicy(max_attempts=1, error_memory=0.3)
    sandbox.add_fault("tradevest", Fault.json(400, {"error": "invalid_client"}))
    auth = make_auth(sandbox, "tradevest", retry=retry, clock=clock)
    with pytest.raises(ao.InvalidClientError):
        auth.get_token()
    clock.advance(0.35)
    assert auth.get_token().access_token
    assert sandbox.token_requests("tradevest") == 2


def test_retries_stop_at_the_overall_deadline(sandbox: Sandbox) -> None:
    retry = RetryPolicy(max_attempts=50, base_delay=0.2, max_delay=0.2, deadline=1.0, request_timeout=0.5)
    sandbox.add_fault("tradevest", Fault.status(503, b"", times=None))
    auth = make_auth(sandbox, "tradevest", retry=retry)
    with pytest.raises(ao.TokenEndpointUnavailableError):
        auth.get_token()
    # the deadline, not the 50 attempts, ended it
    assert 2 <= sandbox.token_requests("tradevest") < 50


def test_expired_token_is_refetched_by_the_caller(sandbox: Sandbox, clock: FakeClock) -> None:
    sandbox.set_token_lifetime("tradevest", 1)  # expires_in is whole seconds on the wire
    auth = make_auth(sandbox, "tradevest", clock=clock)
    first = auth.get_token()
    clock.advance(1.1)
    second = auth.get_token()
    assert second.fingerprint != first.fingerprint
    assert sandbox.token_requests("tradevest") == 2


def test_token_repr_and_str_never_show_the_token(sandbox: Sandbox) -> None:
    token = make_auth(sandbox, "tradevest").get_token()
    assert token.access_token not in repr(token)
    assert token.access_token not in str(token)
    assert token.fingerprint in repr(token)
    assert len(token.fingerprint) == 12
