"""Tokens across processes: stampedes per cache, the cost of a shared cache, a soak with Redis,
a Redis failover under load (Sentinel, Cluster) and what Sentinel and Cluster cost.

Needs ``redis-server`` and ``redis-cli`` on PATH (started here on free 127.0.0.1 ports, without
persistence, and stopped at the end); exits 2 with a message when there is none. See
``benchmarks/README.md`` for what each figure means.

    python benchmarks/bench_fleet.py [--json] [--quick] [--only a|b|c|d|e]
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import multiprocessing.synchronize
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from _harness import (
    MOCK_ACCESS_TOKEN,
    MOCK_API_URL,
    NAGLE_NOTE,
    PROVIDER,
    MockVendor,
    Table,
    cache_hit_medians,
    check_ok,
    mock_auth,
    parse_args,
    progress,
    report,
    sandbox_nodelay,
)

from auth_overlay import RefreshPolicy, Token, TokenAuth
from auth_overlay.events import RefreshStarted
from auth_overlay.testing.sandbox import Fault, Sandbox

PROCESSES = 8
THREADS = 16
RACE_LATENCY = 0.05
SOAK_LIFETIME = 1  # seconds; the wire carries whole seconds (the sandbox rounds fractions up)
SOAK_LIFETIMES = 41  # the soak is paced to span this many token lifetimes (aim: >= 40 expiries)


# -- redis ----------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def redis_server() -> Iterator[str]:
    """A throwaway ``redis-server`` on 127.0.0.1 (no RDB, no AOF); yields its URL."""
    binary = shutil.which("redis-server")
    if binary is None or shutil.which("redis-cli") is None:
        print(
            "bench_fleet needs redis-server and redis-cli on PATH"
            " (Debian/Ubuntu: apt-get install redis-server redis-tools).",
            file=sys.stderr,
        )
        raise SystemExit(2)
    import redis

    port = free_port()
    process = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}/0"
    try:
        client = redis.Redis.from_url(url, socket_timeout=1.0)
        deadline = time.monotonic() + 10
        while True:
            try:
                client.ping()
                break
            except redis.ConnectionError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"redis-server did not start on port {port}") from None
                time.sleep(0.05)
        client.close()
        yield url
    finally:
        process.terminate()
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)


def flush_redis(url: str) -> None:
    import redis

    client = redis.Redis.from_url(url)
    client.flushdb()
    client.close()


# -- the worker processes -------------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    token_url: str
    api_url: str
    client_id: str
    client_secret: str

    def auth(self, cache: str, on_event: Any = None) -> TokenAuth:
        return TokenAuth.for_provider(
            PROVIDER,
            client_id=self.client_id,
            client_secret=self.client_secret,
            token_url=self.token_url,
            cache=cache,
            on_event=on_event,
        )


def _race(target: Target, cache: str, barrier: multiprocessing.synchronize.Barrier, threads: int) -> dict[str, int]:
    """``threads`` threads of this process request at once, released by the fleet-wide barrier."""
    outcomes: list[str] = []
    lock = threading.Lock()
    with httpx.Client(auth=target.auth(cache), timeout=60) as client:

        def one() -> None:
            barrier.wait(60)
            try:
                outcome = str(client.get(target.api_url).status_code)
            except Exception as exc:
                outcome = type(exc).__name__
            with lock:
                outcomes.append(outcome)

        pool = [threading.Thread(target=one) for _ in range(threads)]
        for thread in pool:
            thread.start()
        for thread in pool:
            thread.join()
    return dict(Counter(outcomes))


@dataclass
class SoakResult:
    records: list[tuple[float, float, str]]  # (start, time.monotonic; latency, s; outcome) per request sent
    flights: list[float]  # time.monotonic at which each background refresh started in this process


def _soak(
    target: Target, cache: str, n: int, start_at: float, step: float, offset: float, stop_at: float
) -> SoakResult:
    """``n`` paced requests from this process."""
    records: list[tuple[float, float, str]] = []
    flights: list[float] = []

    def on_event(event: object) -> None:
        if isinstance(event, RefreshStarted) and event.background:
            flights.append(time.monotonic())

    with httpx.Client(auth=target.auth(cache, on_event), timeout=10) as client:
        check_ok(client.get(target.api_url))  # warm-up: connection and first token, before the clock starts
        for k in range(n):
            due = start_at + offset + k * step
            pause = due - time.monotonic()
            if pause > 0:
                time.sleep(pause)
            began = time.monotonic()
            if began > stop_at:
                break  # bounded in time as well as in count
            tick = time.perf_counter()
            try:
                outcome = str(client.get(target.api_url).status_code)
            except Exception as exc:
                outcome = type(exc).__name__
            records.append((began, time.perf_counter() - tick, outcome))
    return SoakResult(records, flights)


def worker_main(conn: multiprocessing.connection.Connection, barrier: multiprocessing.synchronize.Barrier) -> None:
    while True:
        command, args = conn.recv()
        if command == "stop":
            return
        try:
            result: Any
            if command == "race":
                target, cache = args
                result = _race(target, cache, barrier, THREADS)
            else:
                result = _soak(*args)
            conn.send(("ok", result))
        except Exception as exc:
            conn.send(("error", repr(exc)))


class Fleet:
    """``PROCESSES`` spawned worker processes, reused by every part (spawning costs seconds)."""

    def __init__(self, size: int) -> None:
        context = multiprocessing.get_context("spawn")
        self.barrier = context.Barrier(size * THREADS + 1)
        self.conns: list[multiprocessing.connection.Connection] = []
        self.processes: list[multiprocessing.process.BaseProcess] = []
        for _ in range(size):
            parent, child = context.Pipe()
            process = context.Process(target=worker_main, args=(child, self.barrier), daemon=True)
            process.start()
            self.conns.append(parent)
            self.processes.append(process)

    def send_all(self, command: str, args_per_worker: Sequence[tuple[Any, ...]]) -> None:
        for conn, args in zip(self.conns, args_per_worker, strict=True):
            conn.send((command, args))

    def results(self, timeout: float) -> list[Any]:
        out = []
        for conn in self.conns:
            if not conn.poll(timeout):
                raise RuntimeError("a worker process did not answer in time")
            status, value = conn.recv()
            if status != "ok":
                raise RuntimeError(f"worker: {value}")
            out.append(value)
        return out

    def close(self) -> None:
        for conn in self.conns:
            with suppress(OSError):
                conn.send(("stop", ()))
        for process in self.processes:
            process.join(10)
            if process.is_alive():
                process.terminate()
                process.join(5)


# -- a. stampede per cache ---------------------------------------------------------------


def bench_race(fleet: Fleet, sb: Sandbox, target: Target, redis_url: str) -> Table:
    table = Table(
        f"a. Token requests when {PROCESSES} processes x {THREADS} threads start together on an empty cache"
        f" (token endpoint +{RACE_LATENCY * 1000:.0f} ms)",
        ["cache", "token requests", "API requests answered 200", "aim"],
    )
    sb.add_fault(PROVIDER, Fault.latency(RACE_LATENCY, times=None))
    with tempfile.TemporaryDirectory(prefix="bench-fleet-") as scratch:
        scenarios = [
            ("none (memory, per process)", "memory://", PROCESSES),
            ("file (one folder)", (Path(scratch) / "tokens").as_uri(), 1),
            ("redis", redis_url, 1),
        ]
        for label, cache, aim in scenarios:
            progress(f"a. race with cache {label}")
            flush_redis(redis_url)
            before = sb.token_requests(PROVIDER)
            fleet.send_all("race", [(target, cache)] * PROCESSES)
            fleet.barrier.wait(120)  # everyone ready: release all threads of all processes at once
            outcomes: Counter[str] = Counter()
            for result in fleet.results(120):
                outcomes.update(result)
            ok = outcomes.pop("200", 0)
            answered = f"{ok}/{PROCESSES * THREADS}" + (f" (others: {dict(outcomes)})" if outcomes else "")
            table.add(label, sb.token_requests(PROVIDER) - before, answered, aim)
    sb.clear_faults(PROVIDER)
    return table


# -- b. a shared-cache token on the hit path -----------------------------------------------


def bench_shared_hit(redis_url: str, n: int, rounds: int) -> Table:
    vendor = MockVendor()
    transport = vendor.transport()

    def auth(cache: str) -> TokenAuth:
        return mock_auth(cache, transport)

    flush_redis(redis_url)
    clients: dict[str, httpx.Client] = {
        "static header (floor)": httpx.Client(
            transport=transport, headers={"Authorization": f"Bearer {MOCK_ACCESS_TOKEN}"}
        ),
        "memory": httpx.Client(transport=transport, auth=auth("memory://")),
    }
    check_ok(clients["memory"].get(MOCK_API_URL))
    with tempfile.TemporaryDirectory(prefix="bench-fleet-") as scratch:
        shared = {"file": (Path(scratch) / "tokens").as_uri(), "redis": redis_url}
        for name, cache in shared.items():
            # A peer process would have stored the token: let one instance fetch, a second adopt it.
            auth(cache).get_token()
            before = vendor.token_requests
            clients[name] = httpx.Client(transport=transport, auth=auth(cache))
            check_ok(clients[name].get(MOCK_API_URL))
            if vendor.token_requests != before:
                raise RuntimeError(f"the {name} instance fetched instead of adopting the shared token")
        medians = cache_hit_medians(clients, lambda: vendor.token_requests, n, rounds, "b. per-request cost")

    memory = medians["memory"]
    table = Table(
        f"b. Per-request cost with a warm token adopted from a shared cache (httpx.MockTransport,"
        f" median of {rounds} rounds x {n:,} requests)",
        ["token from", "µs/request", "vs memory"],
    )
    for name, seconds in medians.items():
        table.add(name, round(seconds * 1e6, 2), f"{seconds / memory:.3f}")
    table.notes.append(
        "The file and redis instances never called the token endpoint: they adopted the token another"
        " instance stored. Aim: ≈ 1.00 x memory (the hit path reads no cache)."
    )
    return table


# -- c. the soak -------------------------------------------------------------------------


@dataclass
class Window:
    start: float
    end: float


def percentile(values: Sequence[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))
    return ordered[index]


def refresh_margin(lifetime: float) -> tuple[float, float]:
    """(effective margin, jitter fraction) the overlay applies to a token of ``lifetime`` seconds."""
    from auth_overlay.vendors import get_profile

    policy = RefreshPolicy()
    now = datetime.now(UTC)
    token = Token(access_token="x", expires_at=now + timedelta(seconds=lifetime), issued_at=now)
    return policy.effective_margin(token, get_profile(PROVIDER).refresh_margin), policy.jitter


def bench_soak(fleet: Fleet, sb: Sandbox, target: Target, redis_url: str, total: int, lifetimes: int) -> Table:
    lifetime = SOAK_LIFETIME
    margin, jitter = refresh_margin(lifetime)
    duration = lifetimes * lifetime
    per_worker = total // PROCESSES
    step = duration / per_worker
    flush_redis(redis_url)
    sb.set_token_lifetime(PROVIDER, lifetime)
    sb.add_fault(PROVIDER, Fault.latency(RACE_LATENCY, times=None))
    sb.reset_counters()
    # Room for each worker's warm-up request; that token then enters its refresh window early in the soak.
    # (time.monotonic is one clock for every process on Linux.)
    start_at = time.monotonic() + 1.0
    stop_at = start_at + duration * 2.5  # bound in time too, should the machine not keep up
    progress(f"c. soak: {per_worker * PROCESSES:,} requests from {PROCESSES} processes over {duration} s")
    fleet.send_all(
        "soak",
        [(target, redis_url, per_worker, start_at, step, w * step / PROCESSES, stop_at) for w in range(PROCESSES)],
    )
    results: list[SoakResult] = fleet.results(stop_at - time.monotonic() + 60)
    records = [r for result in results for r in result.records]
    # The request during which a process started a background refresh (it runs on a new thread,
    # started from that request's get_token): mark it, to show what a refresh costs its caller.
    triggered: set[tuple[float, float, str]] = set()
    for result in results:
        starts = sorted(result.flights)
        for record in result.records:
            i = bisect_right(starts, record[0] + record[1])
            if i and starts[i - 1] >= record[0]:
                triggered.add(record)
    flights = sum(len(result.flights) for result in results)
    soak_end = max(r[0] + r[1] for r in records)
    recorded = sb.requests(PROVIDER)
    sb.clear_faults(PROVIDER)
    sb.set_token_lifetime(PROVIDER, 3600)

    token_times = sorted(r.received_at + RACE_LATENCY for r in recorded if r.path.endswith("/oauth/token"))
    api_seen = sum(1 for r in recorded if r.method == "GET" and "/api/" in r.path)
    lead = margin * (1 + jitter)  # a process refreshes between margin*(1+jitter) and margin before expiry
    windows = [Window(t + lifetime - lead, t + lifetime) for t in token_times]

    # Generations: a token request starts a new generation when the previous generation's token was
    # due (inside its refresh window); any other token request duplicates a token that was still fresh.
    heads: list[float] = []
    for issued in token_times:
        if not heads or issued >= heads[-1] + lifetime - lead - 0.005:
            heads.append(issued)
    duplicates = len(token_times) - len(heads)
    # Every token request after the fleet's first (its cold start, in the warm-up) replaces a token; the
    # tokens that needed replacing are those whose refresh window opened before the soak ended.
    expiries = sum(1 for h in heads if h + lifetime - lead < soak_end)
    replacements = len(token_times) - 1

    starts = [w.start for w in windows]

    def inside(t: float) -> bool:
        i = bisect_right(starts, t) - 1
        return any(windows[j].start <= t < windows[j].end for j in range(max(0, i - 2), i + 1))

    failed = Counter(r[2] for r in records if r[2] != "200")
    lat_in = [r[1] * 1000 for r in records if r[2] == "200" and inside(r[0])]
    lat_out = [r[1] * 1000 for r in records if r[2] == "200" and not inside(r[0])]
    p99_in, p99_out = percentile(lat_in, 99), percentile(lat_out, 99)
    # A/A check: the same statistic between two halves of the *outside* requests (even vs odd token
    # generations) shows how far p99 moves by chance on this machine, with no refresh involved.
    halves: tuple[list[float], list[float]] = ([], [])
    for began, latency, outcome in records:
        if outcome == "200" and not inside(began):
            halves[bisect_right(heads, began) % 2].append(latency * 1000)
    p99_even, p99_odd = percentile(halves[0], 99), percentile(halves[1], 99)
    elapsed = soak_end - start_at

    table = Table(
        f"c. Soak: {len(records):,} API requests (real HTTP) from {PROCESSES} processes, Redis cache,"
        f" token lifetime {lifetime} s, token endpoint +{RACE_LATENCY * 1000:.0f} ms",
        ["figure", "value", "aim"],
    )
    table.add(
        "requests sent / not sent (time bound)",
        f"{len(records):,} / {per_worker * PROCESSES - len(records)}",
        "all sent",
    )
    table.add("failed requests", sum(failed.values()) if not failed else f"{sum(failed.values())} {dict(failed)}", 0)
    table.add("401s replayed by the overlay (sandbox saw extra API requests)", api_seen - len(records) - PROCESSES, 0)
    table.add("soak duration s / token lifetimes spanned", f"{elapsed:.1f} / {elapsed / lifetime:.1f}", "≥ 40")
    table.add("token expiries (tokens whose refresh window opened before the end)", expiries, "≥ 40")
    table.add("token requests after the fleet's first", replacements, "")
    table.add("token requests per expiry", f"{replacements / expiries:.2f}" if expiries else "n/a", "≤ 1")
    table.add("duplicate token requests (a fresh token already existed)", duplicates, 0)
    table.add("requests inside / outside refresh windows", f"{len(lat_in):,} / {len(lat_out):,}", "")
    table.add("p50 latency ms inside / outside", f"{percentile(lat_in, 50):.2f} / {percentile(lat_out, 50):.2f}", "")
    table.add("p99 latency ms inside / outside", f"{p99_in:.2f} / {p99_out:.2f}", "")
    table.add("p99 inside ÷ p99 outside", f"{p99_in / p99_out:.3f}", "≤ 1.10")
    table.add("A/A noise check: p99 outside, even ÷ odd generations", f"{p99_even / p99_odd:.3f}", "≈ 1 (chance)")
    per_process = flights / PROCESSES / expiries if expiries else float("nan")
    table.add("background refreshes started, per process per expiry", f"{per_process:.2f}", "")
    lat_trig = [r[1] * 1000 for r in records if r[2] == "200" and r in triggered]
    lat_rest = [r[1] * 1000 for r in records if r[2] == "200" and r not in triggered and inside(r[0])]
    table.add(
        "p50 / p99 ms of the requests that started one",
        f"{percentile(lat_trig, 50):.2f} / {percentile(lat_trig, 99):.2f} (n={len(lat_trig):,})",
        "",
    )
    table.add(
        "p50 / p99 ms of the other requests inside windows",
        f"{percentile(lat_rest, 50):.2f} / {percentile(lat_rest, 99):.2f} (n={len(lat_rest):,})",
        "",
    )
    table.notes.append(
        f"Refresh window of each issued token: [expiry - {lead:.3f} s, expiry), i.e. the effective margin"
        f" ({margin:.3f} s = min(profile margin, 25% of the lifetime)) widened by the {jitter:.0%} refresh jitter."
        " Requests are paced evenly over the soak, each process offset from the others;"
        " one warm-up request per process comes first and is not counted. Each process's TokenAuth has an"
        " on_event hook that notes when it starts a background refresh (the last three rows)."
    )
    return table


def main() -> None:
    args = parse_args(__doc__ or "", ["a", "b", "c", "d", "e"])
    n, rounds = (2_000, 3) if args.quick else (10_000, 5)
    total, lifetimes = (4_000, 10) if args.quick else (20_000, SOAK_LIFETIMES)
    tables: list[Table] = []
    with redis_server() as redis_url:
        if "b" in args.only:
            tables.append(bench_shared_hit(redis_url, n, rounds))
        if "a" in args.only or "c" in args.only:
            patched = sandbox_nodelay()
            progress(f"starting {PROCESSES} worker processes")
            fleet = Fleet(PROCESSES)
            try:
                with Sandbox(host="127.0.0.1", port=0, token_lifetime=3600) as sb:
                    creds = sb.credentials(PROVIDER)
                    target = Target(sb.token_url(PROVIDER), sb.api_url(PROVIDER), creds.client_id, creds.client_secret)
                    if "a" in args.only:
                        tables.insert(0, bench_race(fleet, sb, target, redis_url))
                    if "c" in args.only:
                        tables.append(bench_soak(fleet, sb, target, redis_url, total, lifetimes))
                        if patched:
                            tables[-1].notes.append(NAGLE_NOTE)
            finally:
                fleet.close()
        if "d" in args.only or "e" in args.only:
            import _fleet_failover

            if "d" in args.only:
                tables.append(_fleet_failover.bench_failover())
            if "e" in args.only:
                tables.append(_fleet_failover.bench_topology_hit(redis_url, n, rounds))
    report("bench_fleet: many processes, one token", tables, args.json)


if __name__ == "__main__":
    main()
