"""Tokens in one process: per-request cost, stampedes on an empty or just-expired cache, loop stalls.

Side by side, in one run: a static ``Authorization`` header (the floor), auth_overlay's
``TokenAuth``, authlib's ``OAuth2Client``/``AsyncOAuth2Client`` and httpx-auth's
``OAuth2ClientCredentials``. See ``benchmarks/README.md`` for what each figure means.

    python benchmarks/bench_tokens.py [--json] [--quick]
"""

from __future__ import annotations

import asyncio
import gc
import os
import statistics
import threading
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx
from _harness import (
    MOCK_ACCESS_TOKEN,
    MOCK_API_URL,
    MOCK_CLIENT_ID,
    MOCK_CLIENT_SECRET,
    MOCK_TOKEN_URL,
    NAGLE_NOTE,
    PROVIDER,
    MockVendor,
    RemoteSandbox,
    Table,
    cache_hit_medians,
    check_ok,
    parse_args,
    progress,
    report,
)
from authlib.integrations.httpx_client import AsyncOAuth2Client, OAuth2Client
from httpx_auth import OAuth2ClientCredentials
from httpx_auth._oauth2.common import OAuth2 as HttpxAuthOAuth2

from auth_overlay import TokenAuth
from auth_overlay.testing.sandbox import Fault

THREADS = 64
TASKS = 1_000
RACE_LATENCY = 0.05
STALL_LATENCY = 0.2
TIMEOUT = httpx.Timeout(60.0)  # a 1,000-task stampede queues on the pool: no contender may time out waiting

OVERLAY, AUTHLIB, HTTPX_AUTH = "auth_overlay", "authlib", "httpx-auth"
CONTENDERS = (OVERLAY, AUTHLIB, HTTPX_AUTH)


def clear_httpx_auth_cache() -> None:
    """httpx-auth keeps tokens in one process-wide cache: empty it so every run starts cold."""
    HttpxAuthOAuth2.token_cache.clear()


# -- a. per-request cost with a cached token -------------------------------------------------


def bench_cost(n: int, rounds: int) -> Table:
    vendor = MockVendor()
    transport = vendor.transport()
    clients: dict[str, httpx.Client] = {}

    clients["static header"] = httpx.Client(
        transport=transport, headers={"Authorization": f"Bearer {MOCK_ACCESS_TOKEN}"}
    )
    overlay = TokenAuth.for_provider(
        PROVIDER,
        client_id=MOCK_CLIENT_ID,
        client_secret=MOCK_CLIENT_SECRET,
        token_url=MOCK_TOKEN_URL,
        transport=transport,
    )
    clients[OVERLAY] = httpx.Client(transport=transport, auth=overlay)
    authlib_client = OAuth2Client(
        client_id=MOCK_CLIENT_ID,
        client_secret=MOCK_CLIENT_SECRET,
        token_endpoint=MOCK_TOKEN_URL,
        grant_type="client_credentials",
        transport=transport,
    )
    authlib_client.fetch_token()
    clients[AUTHLIB] = authlib_client
    clear_httpx_auth_cache()
    httpx_auth = OAuth2ClientCredentials(
        MOCK_TOKEN_URL, MOCK_CLIENT_ID, MOCK_CLIENT_SECRET, client=httpx.Client(transport=transport)
    )
    clients[HTTPX_AUTH] = httpx.Client(transport=transport, auth=httpx_auth)

    for name, client in clients.items():  # every contender really sends the token
        sent = check_ok(client.get(MOCK_API_URL)).request.headers["Authorization"]
        if not sent.endswith(MOCK_ACCESS_TOKEN):
            raise RuntimeError(f"{name} sent {sent!r}")
    medians = cache_hit_medians(clients, lambda: vendor.token_requests, n, rounds, "a. per-request cost")

    floor = medians["static header"]
    table = Table(
        f"a. Per-request cost with a cached token (httpx.MockTransport, median of {rounds} rounds x {n:,} requests)",
        ["contender", "µs/request", "vs static header", "overhead µs"],
    )
    for name, seconds in medians.items():
        table.add(name, round(seconds * 1e6, 2), f"{seconds / floor:.3f}", round((seconds - floor) * 1e6, 2))
    table.notes.append("Aim: auth_overlay ≤ 1.03 x the static header.")
    return table


# -- b. stampedes against the sandbox -------------------------------------------------------


@dataclass
class RaceResult:
    token_requests: int
    failures: dict[str, int]  # what went wrong -> how often (status codes or exception names)

    @staticmethod
    def of(token_requests: int, outcomes: list[int | str]) -> RaceResult:
        return RaceResult(token_requests, dict(Counter(str(o) for o in outcomes if o != 200)))


def expired_authlib_token() -> dict[str, Any]:
    # authlib only checks expiry when expires_at is an int; a float is treated as "never expires".
    return {"access_token": "expired", "token_type": "bearer", "expires_at": int(time.time()) - 1}


class SyncContenders:
    """One shared client per contender, built the way each library is documented to be used."""

    def __init__(self, sb: RemoteSandbox) -> None:
        self.sb = sb
        creds = sb.credentials(PROVIDER)
        self.client_id, self.client_secret = creds.client_id, creds.client_secret
        self.token_url, self.api_url = sb.token_url(PROVIDER), sb.api_url(PROVIDER)

    def build(self, name: str) -> tuple[httpx.Client, Callable[[], int]]:
        if name == OVERLAY:
            auth = TokenAuth.for_provider(
                PROVIDER, client_id=self.client_id, client_secret=self.client_secret, token_url=self.token_url
            )
            client = httpx.Client(auth=auth, timeout=TIMEOUT)
            return client, lambda: client.get(self.api_url).status_code
        if name == AUTHLIB:
            oauth = OAuth2Client(
                client_id=self.client_id,
                client_secret=self.client_secret,
                token_endpoint=self.token_url,
                grant_type="client_credentials",
                timeout=TIMEOUT,
            )

            def call() -> int:
                if not oauth.token:  # authlib has no token until fetch_token(); requests refresh after that
                    oauth.fetch_token()
                return int(oauth.get(self.api_url).status_code)

            return oauth, call
        clear_httpx_auth_cache()
        flow = OAuth2ClientCredentials(self.token_url, self.client_id, self.client_secret)
        client = httpx.Client(auth=flow, timeout=TIMEOUT)
        return client, lambda: client.get(self.api_url).status_code


def race_threads(sb: RemoteSandbox, call: Callable[[], int], threads: int) -> RaceResult:
    barrier = threading.Barrier(threads)
    statuses: list[int | str] = []
    lock = threading.Lock()

    def worker() -> None:
        barrier.wait()
        status: int | str
        try:
            status = call()
        except Exception as exc:
            status = type(exc).__name__
        with lock:
            statuses.append(status)

    before, started = sb.token_requests(PROVIDER), time.perf_counter()
    pool = [threading.Thread(target=worker) for _ in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    progress(f"   {threads} threads done in {time.perf_counter() - started:.2f} s")
    return RaceResult.of(sb.token_requests(PROVIDER) - before, statuses)


def threads_scenarios(sb: RemoteSandbox) -> dict[str, dict[str, RaceResult]]:
    contenders = SyncContenders(sb)
    results: dict[str, dict[str, RaceResult]] = {"empty": {}, "expired": {}}
    for name in CONTENDERS:
        client, call = contenders.build(name)
        with client:
            results["empty"][name] = race_threads(sb, call, THREADS)

    # Just expired: each contender holds a token that has just run out (a 1 s one, waited out).
    built = {name: contenders.build(name) for name in CONTENDERS}
    sb.set_token_lifetime(PROVIDER, 1)
    for name, (_client, call) in built.items():
        if call() != 200:
            raise RuntimeError(f"{name}: warm-up request failed")
    sb.set_token_lifetime(PROVIDER, 3600)
    time.sleep(1.3)
    for name, (client, call) in built.items():
        try:
            results["expired"][name] = race_threads(sb, call, THREADS)
        finally:
            client.close()
    return results


class TokenOnlyTransport(httpx.AsyncBaseTransport):
    """Token requests go to the sandbox over TCP; API calls are answered in-process.

    httpx's connection pool spends ~5-15 ms of CPU per request when 1,000 requests queue on it
    at once, the same for every contender: answering the API calls here keeps the race about
    tokens and the run short. The answer is 401 unless a 56-hex-digit bearer token was sent.
    """

    def __init__(self) -> None:
        self._network = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/oauth/token"):
            return await self._network.handle_async_request(request)
        scheme, _, token = request.headers.get("Authorization", "").partition(" ")
        valid = scheme.lower() == "bearer" and len(token) == 56 and all(c in "0123456789abcdef" for c in token)
        return httpx.Response(200 if valid else 401)

    async def aclose(self) -> None:
        await self._network.aclose()


class AsyncContenders:
    def __init__(self, sb: RemoteSandbox) -> None:
        creds = sb.credentials(PROVIDER)
        self.client_id, self.client_secret = creds.client_id, creds.client_secret
        self.token_url, self.api_url = sb.token_url(PROVIDER), sb.api_url(PROVIDER)

    def build(self, name: str) -> tuple[httpx.AsyncClient, Callable[[], Awaitable[int]]]:
        if name == OVERLAY:
            auth = TokenAuth.for_provider(
                PROVIDER, client_id=self.client_id, client_secret=self.client_secret, token_url=self.token_url
            )
            client = httpx.AsyncClient(auth=auth, timeout=TIMEOUT, transport=TokenOnlyTransport())

            async def overlay_call() -> int:
                return (await client.get(self.api_url)).status_code

            return client, overlay_call
        if name == AUTHLIB:
            oauth = AsyncOAuth2Client(
                client_id=self.client_id,
                client_secret=self.client_secret,
                token_endpoint=self.token_url,
                grant_type="client_credentials",
                timeout=TIMEOUT,
                transport=TokenOnlyTransport(),
            )

            async def authlib_call() -> int:
                if not oauth.token:
                    await oauth.fetch_token()
                return int((await oauth.get(self.api_url)).status_code)

            return oauth, authlib_call
        clear_httpx_auth_cache()
        flow = OAuth2ClientCredentials(self.token_url, self.client_id, self.client_secret)
        client = httpx.AsyncClient(auth=flow, timeout=TIMEOUT, transport=TokenOnlyTransport())

        async def httpx_auth_call() -> int:
            return (await client.get(self.api_url)).status_code

        return client, httpx_auth_call


async def race_tasks(sb: RemoteSandbox, call: Callable[[], Awaitable[int]], tasks: int) -> RaceResult:
    start, all_waiting = asyncio.Event(), asyncio.Event()
    waiting = 0

    async def one() -> int | str:
        nonlocal waiting
        waiting += 1
        if waiting == tasks:
            all_waiting.set()
        await start.wait()
        try:
            return await call()
        except Exception as exc:
            return type(exc).__name__

    before, started = sb.token_requests(PROVIDER), time.perf_counter()
    running = [asyncio.create_task(one()) for _ in range(tasks)]
    await all_waiting.wait()  # every task is parked on the event: release them together
    start.set()
    statuses = await asyncio.gather(*running)
    progress(f"   {tasks} tasks done in {time.perf_counter() - started:.2f} s")
    return RaceResult.of(sb.token_requests(PROVIDER) - before, statuses)


async def tasks_scenarios(sb: RemoteSandbox) -> dict[str, dict[str, RaceResult]]:
    contenders = AsyncContenders(sb)
    results: dict[str, dict[str, RaceResult]] = {"empty": {}, "expired": {}}
    for name in CONTENDERS:
        client, call = contenders.build(name)
        async with client:
            results["empty"][name] = await race_tasks(sb, call, TASKS)

    built = {name: contenders.build(name) for name in CONTENDERS}
    sb.set_token_lifetime(PROVIDER, 1)
    for name, (_client, call) in built.items():
        if await call() != 200:
            raise RuntimeError(f"{name}: warm-up request failed")
    sb.set_token_lifetime(PROVIDER, 3600)
    await asyncio.sleep(1.3)
    for name, (client, call) in built.items():
        try:
            results["expired"][name] = await race_tasks(sb, call, TASKS)
        finally:
            await client.aclose()
    return results


def bench_races() -> Table:
    table = Table(
        "b. Token requests when callers start together"
        f" (sandbox on 127.0.0.1, token endpoint +{RACE_LATENCY * 1000:.0f} ms)",
        [
            "contender",
            *(
                f"{who}, {state}"
                for who in (f"{THREADS} threads", f"{TASKS:,} tasks")
                for state in ("empty", "expired")
            ),
        ],
    )
    with RemoteSandbox(token_lifetime=3600) as sb:
        sb.add_fault(PROVIDER, Fault.latency(RACE_LATENCY, times=None))
        progress(f"b. {THREADS} threads on an empty, then a just-expired token")
        threaded = threads_scenarios(sb)
        progress(f"b. {TASKS:,} asyncio tasks on an empty, then a just-expired token")
        tasked = asyncio.run(tasks_scenarios(sb))
        patched = sb.nodelay_patched
    failures: list[str] = []
    for name in CONTENDERS:
        cells: list[object] = [name]
        for label, results in ((f"{THREADS} threads", threaded), (f"{TASKS} tasks", tasked)):
            for state in ("empty", "expired"):
                result = results[state][name]
                cells.append(result.token_requests)
                if result.failures:
                    failures.append(f"{name}, {label}, {state}: failed API requests {result.failures}")
        table.add(*cells)
    table.notes.append("Aim: auth_overlay exactly 1 in every column.")
    table.notes.append(
        "authlib has no token before `fetch_token()`, so its callers do `if not client.token: client.fetch_token()`"
        " (empty); with a token, its requests refresh it through `ensure_active_token` (expired)."
        " httpx-auth: one shared `OAuth2ClientCredentials`; its async path runs the synchronous fetch on the loop."
    )
    table.notes.extend(failures or ["Every API request of every contender answered 200."])
    if patched:
        table.notes.append(NAGLE_NOTE)
    return table


# -- c. event-loop stall ------------------------------------------------------------------


@dataclass
class Stall:
    worst: float  # the longest gap beyond 1 ms between ticker wake-ups, seconds
    worst_on_loop: float  # the same, less the time the OS kept the loop's thread waiting for a CPU
    took: float  # how long the action took, seconds
    gc_pause: float  # the longest garbage collection inside the window, seconds
    token_requests: int = 0


class RunQueueClock:
    """Seconds this thread has spent runnable but waiting for a CPU (Linux schedstat; else 0).

    On a busy 2-core machine the OS can park the event loop's thread for milliseconds at a
    time; that shows up as a stall no library caused. Subtracting it isolates the stall the
    code on the loop caused (its own CPU time, or blocking calls it made).
    """

    def __init__(self) -> None:
        try:
            self._fd: int | None = os.open("/proc/thread-self/schedstat", os.O_RDONLY)
        except OSError:
            self._fd = None

    @property
    def available(self) -> bool:
        return self._fd is not None

    def waited(self) -> float:
        if self._fd is None:
            return 0.0
        return int(os.pread(self._fd, 128, 0).split()[1]) / 1e9

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


class GcWatch:
    """The longest garbage-collector pause while active (a stall the fetch did not cause alone)."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._started = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.longest = max(self.longest, time.perf_counter() - self._started)

    def __enter__(self) -> GcWatch:
        gc.callbacks.append(self)
        return self

    def __exit__(self, *exc_info: object) -> None:
        gc.callbacks.remove(self)


async def max_stall_during(action: Callable[[], Awaitable[object]]) -> Stall:
    """Longest gap beyond 1 ms between wake-ups of a 1 ms ticker while ``action`` runs."""
    stop = asyncio.Event()
    worst = worst_on_loop = 0.0
    run_queue = RunQueueClock()  # opened here: it is the event loop's thread

    async def ticker() -> None:
        nonlocal worst, worst_on_loop
        last, last_waited = time.perf_counter(), run_queue.waited()
        while not stop.is_set():
            await asyncio.sleep(0.001)
            now, waited = time.perf_counter(), run_queue.waited()
            gap = now - last - 0.001
            worst = max(worst, gap)
            worst_on_loop = max(worst_on_loop, gap - (waited - last_waited))
            last, last_waited = now, waited

    gc.collect()  # every trial starts with no garbage of the trial before it
    with GcWatch() as watch:
        tick = asyncio.create_task(ticker())
        await asyncio.sleep(0.05)  # the ticker is in its stride before the fetch starts
        started = time.perf_counter()
        await action()
        took = time.perf_counter() - started
        await asyncio.sleep(0.02)
        stop.set()
        await tick
    run_queue.close()
    return Stall(worst, worst_on_loop, took, watch.longest)


async def stall_trials(sb: RemoteSandbox, trials: int) -> dict[str, list[Stall]]:
    creds = sb.credentials(PROVIDER)
    token_url, api_url = sb.token_url(PROVIDER), sb.api_url(PROVIDER)

    def make(name: str) -> tuple[httpx.AsyncClient, Callable[[], Awaitable[object]]]:
        if name == OVERLAY:
            auth = TokenAuth.for_provider(
                PROVIDER, client_id=creds.client_id, client_secret=creds.client_secret, token_url=token_url
            )
            client = httpx.AsyncClient(auth=auth, timeout=TIMEOUT)
        elif name == AUTHLIB:
            client = AsyncOAuth2Client(
                client_id=creds.client_id,
                client_secret=creds.client_secret,
                token_endpoint=token_url,
                grant_type="client_credentials",
                token=expired_authlib_token(),  # the request refreshes it (ensure_active_token)
                timeout=TIMEOUT,
            )
        else:
            clear_httpx_auth_cache()
            flow = OAuth2ClientCredentials(token_url, creds.client_id, creds.client_secret)
            client = httpx.AsyncClient(auth=flow, timeout=TIMEOUT)

        async def request() -> object:
            return check_ok(await client.get(api_url))

        return client, request

    out: dict[str, list[Stall]] = {"no request (noise floor)": []}
    for name in CONTENDERS:
        out[name] = []
        client, request = make(name)  # warm-up: imports, SSL context, first-use costs out of the way
        async with client:
            await request()
    for _ in range(trials):
        out["no request (noise floor)"].append(await max_stall_during(lambda: asyncio.sleep(STALL_LATENCY)))
        for name in CONTENDERS:
            client, request = make(name)  # built before the ticker: client construction is not the fetch
            async with client:
                before = sb.token_requests(PROVIDER)
                stall = await max_stall_during(request)
                stall.token_requests = sb.token_requests(PROVIDER) - before
                out[name].append(stall)
    return out


def bench_stall(trials: int) -> Table:
    with RemoteSandbox(token_lifetime=3600) as sb:
        sb.add_fault(PROVIDER, Fault.latency(STALL_LATENCY, times=None))
        progress(f"c. event-loop stall while a token is fetched ({trials} trials per contender)")
        results = asyncio.run(stall_trials(sb, trials))
        patched = sb.nodelay_patched
    table = Table(
        f"c. Longest event-loop stall while one request fetches a token (token endpoint +{STALL_LATENCY * 1000:.0f} ms,"
        f" {trials} trials)",
        [
            "contender",
            "max stall ms (median)",
            "max stall ms (worst)",
            "less OS run-queue wait (median)",
            "less OS run-queue wait (worst)",
            "request ms (median)",
            "token requests/trial",
            "longest GC pause ms",
        ],
    )
    for name, trials_ in results.items():
        stalls = [t.worst * 1000 for t in trials_]
        on_loop = [t.worst_on_loop * 1000 for t in trials_]
        table.add(
            name,
            round(statistics.median(stalls), 2),
            round(max(stalls), 2),
            round(statistics.median(on_loop), 2),
            round(max(on_loop), 2),
            round(statistics.median(t.took * 1000 for t in trials_), 1),
            "/".join(str(f) for f in sorted({t.token_requests for t in trials_})),
            round(max(t.gc_pause for t in trials_) * 1000, 2),
        )
    table.notes.append(
        "A ticker sleeps 1 ms in a loop; a stall is the gap between its wake-ups minus 1 ms; each trial's figure"
        " is its longest stall. Aim: auth_overlay < 2 ms."
    )
    note = (
        "'less OS run-queue wait' subtracts the time the loop's thread was runnable but had no CPU"
        " (/proc/thread-self/schedstat): what the code on the loop caused, without the machine's other load."
    )
    if not RunQueueClock().available:
        note += " Not available on this system: those columns equal the raw ones."
    table.notes.append(note)
    if patched:
        table.notes.append(NAGLE_NOTE)
    return table


def main() -> None:
    args = parse_args(__doc__ or "", ["a", "b", "c"])
    n, rounds, trials = (2_000, 3, 3) if args.quick else (20_000, 5, 7)
    tables: list[Table] = []
    if "a" in args.only:
        tables.append(bench_cost(n, rounds))
    if "b" in args.only:
        tables.append(bench_races())
    if "c" in args.only:
        tables.append(bench_stall(trials))
    report("bench_tokens: one process, many callers", tables, args.json)


if __name__ == "__main__":
    main()
