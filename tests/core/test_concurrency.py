"""Single flight: however many threads and tasks need a token at once, one request is made."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable

import httpx
import pytest

from auth_overlay import RefreshPolicy, Token, TokenAuth
from auth_overlay.testing.sandbox import Fault, Sandbox

from .conftest import make_auth

pytestmark = pytest.mark.timeout(60)


def _slow_token_endpoint(sandbox: Sandbox, vendor: str = "tradevest", seconds: float = 0.2) -> None:
    # A slow endpoint keeps the race window open so every caller really overlaps the fetch.
    sandbox.add_fault(vendor, Fault.latency(seconds, times=None))


def _run_threads(n: int, target: Callable[[], Token]) -> list[Token]:
    barrier = threading.Barrier(n)
    results: list[Token] = []
    lock = threading.Lock()

    def worker() -> None:
        barrier.wait()
        token = target()
        with lock:
            results.append(token)

    threads = [threading.Thread(target=worker) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    return results


def test_64_threads_on_an_empty_cache_make_one_request(sandbox: Sandbox) -> None:
    _slow_token_endpoint(sandbox)
    auth = make_auth(sandbox, "tradevest")
    tokens = _run_threads(64, auth.get_token)
    assert len(tokens) == 64
    assert len({t.fingerprint for t in tokens}) == 1
    assert sandbox.token_requests("tradevest") == 1


def test_64_threads_on_a_just_expired_token_make_one_request(sandbox: Sandbox) -> None:
    sandbox.set_token_lifetime("tradevest", 1.0)
    auth = make_auth(sandbox, "tradevest", refresh=RefreshPolicy(jitter=0))
    first = auth.get_token()
    sandbox.set_token_lifetime("tradevest", 3600)
    _slow_token_endpoint(sandbox)
    # wait until the token is past its usable end, so every caller must block
    while not first.is_expired():
        threading.Event().wait(0.05)
    sandbox.reset_counters()
    tokens = _run_threads(64, auth.get_token)
    assert {t.fingerprint for t in tokens} != {first.fingerprint}
    assert len({t.fingerprint for t in tokens}) == 1
    assert sandbox.token_requests("tradevest") == 1


async def test_1000_tasks_make_one_request(sandbox: Sandbox) -> None:
    _slow_token_endpoint(sandbox)
    auth = make_auth(sandbox, "alternative_payments")
    start = asyncio.Event()

    async def one() -> Token:
        await start.wait()
        return await auth.aget_token()

    tasks = [asyncio.create_task(one()) for _ in range(1000)]
    await asyncio.sleep(0)
    start.set()
    tokens = await asyncio.gather(*tasks)
    assert len({t.fingerprint for t in tokens}) == 1
    assert sandbox.token_requests("alternative_payments") == 1


def test_threads_and_tasks_on_several_event_loops_share_one_request(sandbox: Sandbox) -> None:
    _slow_token_endpoint(sandbox, seconds=0.3)
    auth = make_auth(sandbox, "tradevest")
    barrier = threading.Barrier(6)
    results: list[Token] = []
    lock = threading.Lock()

    def sync_worker() -> None:
        barrier.wait()
        token = auth.get_token()
        with lock:
            results.append(token)

    def loop_worker() -> None:
        async def many() -> list[Token]:
            return await asyncio.gather(*(auth.aget_token() for _ in range(50)))

        barrier.wait()
        tokens = asyncio.run(many())
        with lock:
            results.extend(tokens)

    threads = [threading.Thread(target=sync_worker) for _ in range(3)]
    threads += [threading.Thread(target=loop_worker) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert len(results) == 3 + 150
    assert len({t.fingerprint for t in results}) == 1
    assert sandbox.token_requests("tradevest") == 1


async def test_a_cancelled_waiter_does_not_cancel_the_shared_fetch(sandbox: Sandbox) -> None:
    _slow_token_endpoint(sandbox, seconds=0.3)
    auth = make_auth(sandbox, "tradevest")
    owner = asyncio.create_task(auth.aget_token())  # starts the flight
    await asyncio.sleep(0.05)
    waiter = asyncio.create_task(auth.aget_token())
    await asyncio.sleep(0.05)
    owner.cancel()
    waiter.cancel()
    with pytest.raises(asyncio.CancelledError):
        await owner
    survivor = await auth.aget_token()  # joins the same, still running, flight
    assert sandbox.token_requests("tradevest") == 1
    assert survivor.fingerprint == (await auth.aget_token()).fingerprint


async def test_waiters_share_the_error_of_the_single_request(sandbox: Sandbox) -> None:
    sandbox.add_fault("tradevest", Fault.json(400, {"error": "invalid_client"}, times=None))
    sandbox.add_fault("tradevest", Fault.latency(0.2, times=None))
    auth = make_auth(sandbox, "tradevest")
    results = await asyncio.gather(*(auth.aget_token() for _ in range(100)), return_exceptions=True)
    assert all(type(r).__name__ == "InvalidClientError" for r in results)
    assert sandbox.token_requests("tradevest") == 1


async def test_the_event_loop_keeps_running_while_a_token_is_fetched(sandbox: Sandbox) -> None:
    _slow_token_endpoint(sandbox, seconds=0.3)
    auth = make_auth(sandbox, "tradevest")
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.01)
            ticks += 1

    ticking = asyncio.create_task(ticker())
    await auth.aget_token()
    ticking.cancel()
    # 300 ms of fetch at 10 ms per tick: a blocked loop would have ticked at most once or twice
    assert ticks >= 10


def test_concurrent_401s_coalesce_into_one_refetch(sandbox: Sandbox) -> None:
    auth = make_auth(sandbox, "tradevest")
    api = sandbox.api_url("tradevest")
    with httpx.Client(auth=auth) as client:
        assert client.get(api).status_code == 200
        sandbox.revoke_tokens("tradevest")
        sandbox.reset_counters()
        _slow_token_endpoint(sandbox)
        barrier = threading.Barrier(32)
        statuses: list[int | str] = []

        def call() -> None:
            barrier.wait()
            try:
                statuses.append(client.get(api).status_code)
            except Exception as exc:  # recorded, so a failure says what happened
                statuses.append(repr(exc))

        threads = [threading.Thread(target=call) for _ in range(32)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
    assert statuses == [200] * 32
    assert sandbox.token_requests("tradevest") == 1


async def test_async_client_401_replay(sandbox: Sandbox) -> None:
    auth = make_auth(sandbox, "alternative_payments")
    api = sandbox.api_url("alternative_payments")
    async with httpx.AsyncClient(auth=auth) as client:
        assert (await client.get(api)).status_code == 200
        sandbox.revoke_tokens("alternative_payments")
        sandbox.reset_counters()
        responses = await asyncio.gather(*(client.get(api) for _ in range(20)))
    assert [r.status_code for r in responses] == [200] * 20
    assert sandbox.token_requests("alternative_payments") == 1


def test_token_auth_is_shared_safely_by_a_thread_pool(sandbox: Sandbox) -> None:
    from concurrent.futures import ThreadPoolExecutor

    auth: TokenAuth = make_auth(sandbox, "tradevest")
    with ThreadPoolExecutor(16) as pool:
        fingerprints = set(pool.map(lambda _: auth.get_token().fingerprint, range(500)))
    assert len(fingerprints) == 1
    assert sandbox.token_requests("tradevest") == 1
