"""Regression tests for failure modes found in review: each names the bug it would catch."""

from __future__ import annotations

import asyncio
import threading
import time
from pathlib import Path

import httpx
import pytest

import auth_overlay as ao
from auth_overlay import RefreshPolicy, RetryPolicy
from auth_overlay.events import Event
from auth_overlay.testing import FakeClock
from auth_overlay.testing.sandbox import Fault, Sandbox

from ..fleet.shared_clock import SharedClock
from .conftest import make_auth

pytestmark = pytest.mark.timeout(60)


def test_retry_after_is_honoured_across_calls(sandbox: Sandbox) -> None:
    sandbox.add_fault("tradevest", Fault.rate_limited("3600", times=None))
    auth = make_auth(sandbox, "tradevest")
    for _ in range(50):
        with pytest.raises(ao.RateLimitedError):
            auth.get_token()
    assert sandbox.token_requests("tradevest") == 1


def test_an_outage_is_remembered_briefly_instead_of_hammered(sandbox: Sandbox) -> None:
    sandbox.add_fault("tradevest", Fault.status(503, b"", times=None))
    auth = make_auth(sandbox, "tradevest", retry=RetryPolicy(max_attempts=2, base_delay=0.01, max_delay=0.01))
    for _ in range(20):
        with pytest.raises(ao.TokenEndpointUnavailableError):
            auth.get_token()
    assert sandbox.token_requests("tradevest") == 2  # one flight of two attempts, then memory


def test_a_background_refresh_honours_retry_after(sandbox: Sandbox, clock: FakeClock) -> None:
    sandbox.set_token_lifetime("tradevest", 4)
    auth = make_auth(sandbox, "tradevest", refresh=RefreshPolicy(jitter=0), clock=clock)
    first = auth.get_token()
    clock.advance(3.1)
    sandbox.add_fault("tradevest", Fault.rate_limited("3600", times=None))
    for _ in range(40):
        assert auth.get_token().fingerprint == first.fingerprint
        clock.advance(0.01)
        time.sleep(0.01)  # real time for the refresher thread's request, not for the clock
    assert sandbox.token_requests("tradevest") == 2


def test_a_flight_whose_event_loop_died_does_not_block_others(sandbox: Sandbox) -> None:
    sandbox.add_fault("tradevest", Fault.latency(0.5))
    auth = make_auth(sandbox, "tradevest")
    loop = asyncio.new_event_loop()
    task = loop.create_task(auth.aget_token())
    loop.run_until_complete(asyncio.sleep(0.05))  # the flight starts on this loop …
    loop.close()  # … which then goes away without finishing it
    del task
    started = time.monotonic()
    token = auth.get_token()
    assert token.access_token
    assert time.monotonic() - started < 10, "a new flight replaced the orphaned one"


async def test_sync_get_token_on_the_fetching_loop_fails_fast(sandbox: Sandbox) -> None:
    sandbox.add_fault("tradevest", Fault.latency(0.3))
    auth = make_auth(sandbox, "tradevest")
    pending = asyncio.create_task(auth.aget_token())
    await asyncio.sleep(0.05)
    with pytest.raises(ao.ConfigurationError, match="aget_token"):
        auth.get_token()
    assert (await pending).access_token


async def test_many_instances_sharing_a_file_cache_in_one_loop_make_one_request(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    sandbox.add_fault("tradevest", Fault.latency(0.2, times=None))
    auths = [make_auth(sandbox, "tradevest", cache=f"file://{tmp_path / 'c'}") for _ in range(12)]
    tokens = await asyncio.gather(*(a.aget_token() for a in auths))
    assert len({t.fingerprint for t in tokens}) == 1
    assert sandbox.token_requests("tradevest") == 1


def test_repeated_401s_do_not_refresh_on_every_request(sandbox: Sandbox) -> None:
    auth = make_auth(sandbox, "tradevest")
    always_401 = httpx.MockTransport(lambda request: httpx.Response(401))
    with httpx.Client(auth=auth, transport=always_401) as client:
        for _ in range(20):
            assert client.get("https://api.example/forbidden-really").status_code == 401
    assert sandbox.token_requests("tradevest") == 2


def test_each_waiter_gets_its_own_error_object(sandbox: Sandbox) -> None:
    sandbox.add_fault("tradevest", Fault.json(400, {"error": "invalid_client"}, times=None))
    sandbox.add_fault("tradevest", Fault.latency(0.2))
    auth = make_auth(sandbox, "tradevest")
    caught: list[BaseException] = []
    barrier = threading.Barrier(8)

    def worker() -> None:
        barrier.wait()
        try:
            auth.get_token()
        except ao.InvalidClientError as exc:
            caught.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(caught) == 8
    assert len({id(e) for e in caught}) == 8
    assert sandbox.token_requests("tradevest") == 1


def test_an_event_hook_may_call_back_into_the_auth(sandbox: Sandbox) -> None:
    box: dict[str, ao.TokenAuth] = {}

    def hook(event: Event) -> None:
        if type(event).__name__ == "CacheMiss":
            box["auth"].invalidate()  # re-entering must not deadlock

    box["auth"] = make_auth(sandbox, "tradevest", on_event=hook)
    done = threading.Event()
    threading.Thread(target=lambda: (box["auth"].get_token(), done.set()), daemon=True).start()
    assert done.wait(10), "get_token deadlocked on its own hook"


def test_invalidate_keeps_a_vendor_demanded_pause(sandbox: Sandbox) -> None:
    sandbox.add_fault("tradevest", Fault.rate_limited("3600", times=None))
    auth = make_auth(sandbox, "tradevest")
    for _ in range(5):
        auth.invalidate()
        with pytest.raises(ao.RateLimitedError):
            auth.get_token()
    assert sandbox.token_requests("tradevest") == 1


def test_a_body_that_lies_about_its_encoding_is_malformed(sandbox: Sandbox) -> None:
    sandbox.add_fault("tradevest", Fault.status(200, b"not gzip at all", headers={"Content-Encoding": "gzip"}))
    with pytest.raises(ao.MalformedTokenResponseError):
        make_auth(sandbox, "tradevest").get_token()


def test_a_non_ascii_header_from_a_proxy_is_harmless(sandbox: Sandbox) -> None:
    body = b'{"access_token": "abc", "expires_in": 60, "token_type": "Bearer"}'
    sandbox.add_fault("tradevest", Fault.status(200, body, headers={"Via": "1.1 caf\u00e9-proxy"}))
    assert make_auth(sandbox, "tradevest").get_token().access_token == "abc"


def test_a_fleet_adopts_a_renewal_that_keeps_the_token(tmp_path: Path) -> None:
    """Four auths on one file cache through two renewal windows, on one moved clock with the vendor:
    a renewal that keeps the token and moves its expiry is adopted, not repeated by each instance.

    Real time plus a moved offset, not a FakeClock: there, an instance waiting for the renewer's
    lease sleeps by moving the clock every instance shares, through its whole lease wait in an
    instant while the renewer is still answering over HTTP, then logs in itself (seen under load:
    logins=2). Here waiting costs what it costs in production; only the lifetime is skipped."""
    clock = SharedClock(tmp_path / "clock")
    with Sandbox(token_lifetime={"tradovate": 4}, tradovate_renewal_rotates_token=False, clock=clock) as sb:
        creds = sb.credentials("tradovate")
        auths = [
            ao.TokenAuth.for_provider(
                "tradovate",
                client_id=creds.client_id,
                client_secret=creds.client_secret,
                username=creds.username,
                password=creds.password,
                base_url=sb.base_url("tradovate"),
                cache=f"file://{tmp_path / 'c'}",
                refresh=RefreshPolicy(jitter=0),
                clock=clock,
            )
            for _ in range(4)
        ]
        first = {auth.get_token().fingerprint for auth in auths}
        for window in (1, 2):
            clock.advance(3.2)  # into the renewal window (the last 25 % of 4 s) of the token in use
            deadline = time.monotonic() + 10  # real time: the background renewal runs on a thread
            while sb.tradovate_stats().renewals < window and time.monotonic() < deadline:
                for auth in auths:
                    auth.get_token()
                time.sleep(0.01)
        stats = sb.tradovate_stats()
    assert first == {next(iter(first))}
    assert stats.sessions_opened == 1
    assert stats.renewals == 2, f"each instance renewed on its own: {stats.renewals}"


@pytest.mark.parametrize("event_name", ["CacheMiss", "RefreshStarted", "TokenAcquired"])
def test_a_hook_asking_for_a_token_during_its_own_fetch_fails_fast_instead_of_deadlocking(
    sandbox: Sandbox, event_name: str
) -> None:
    box: dict[str, ao.TokenAuth] = {}
    inner: list[BaseException] = []

    def hook(event: Event) -> None:
        if type(event).__name__ == event_name and not inner:
            try:
                box["auth"].get_token()  # the fetch this thread is running: waiting would deadlock
            except BaseException as exc:
                inner.append(exc)

    box["auth"] = make_auth(sandbox, "tradevest", on_event=hook)
    done = threading.Event()
    outer: list[object] = []
    threading.Thread(target=lambda: (outer.append(box["auth"].get_token()), done.set()), daemon=True).start()
    assert done.wait(10), "get_token deadlocked on its own hook"
    assert isinstance(outer[0], ao.Token)
    assert len(inner) == 1
    assert isinstance(inner[0], ao.ConfigurationError)
    assert "on_event hook" in str(inner[0])
    assert sandbox.token_requests("tradevest") == 1
