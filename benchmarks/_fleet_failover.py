"""bench_fleet parts d and e: the shared token through a Redis failover, and what Sentinel and
Cluster cost next to one server.

The deployments (a primary with two replicas and three Sentinels; a six-node cluster) are the
test suite's own (``tests/fleet/redis_topologies.py``), started on free 127.0.0.1 ports in a temp
folder and killed at the end; the fleet is the tests' worker (``tests/fleet/worker.py``), one
process each, run from a temp folder so it imports the installed package.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from _harness import (
    MOCK_API_URL,
    PROVIDER,
    MockVendor,
    Table,
    cache_hit_medians,
    check_ok,
    interleaved_medians,
    mock_auth,
    progress,
)

from auth_overlay import RedisTokenCache, Token, TokenAuth
from auth_overlay.testing.sandbox import Fault, Sandbox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "fleet"))
import redis_topologies as topo  # noqa: E402  (the test suite's deployments, see the docstring)

WORKER = ROOT / "tests" / "fleet" / "worker.py"
PROCESSES, THREADS = 8, 16
LIFETIME = 10  # s: the refresh comes due at 7.5 s
FETCH_LATENCY = 0.3  # s the token endpoint takes: the lease is held that long
RUN_FOR = 14.0


def _spawn(tmp: Path, options: dict[str, Any]) -> tuple[list[subprocess.Popen[str]], Path]:
    go = tmp / "go"
    procs, ready = [], []
    for n in range(PROCESSES):
        ready.append(tmp / f"ready-{n}")
        opts = {"ready": str(ready[-1]), "go": str(go), **options}
        procs.append(
            subprocess.Popen(
                [sys.executable, str(WORKER), json.dumps(opts)],
                cwd=tmp,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
        )
    topo.wait_until(lambda: all(p.exists() for p in ready), "the workers to start", 120)
    return procs, go


def _failover_run(kind: str, loss: str) -> list[object]:
    """One fleet, one failover timed so that the refresh's lease holder is mid-fetch when the primary goes."""
    with tempfile.TemporaryDirectory(prefix="bench-failover-") as scratch, Sandbox("127.0.0.1", 0) as sb:
        tmp = Path(scratch)
        (tmp / "redis").mkdir()
        deployment: Any = (
            topo.SentinelDeployment(tmp / "redis") if kind == "sentinel" else topo.ClusterDeployment(tmp / "redis")
        )
        procs: list[subprocess.Popen[str]] = []
        try:
            booting = threading.Thread(target=deployment.start)
            booting.start()
            creds = sb.credentials(PROVIDER)
            options = {
                "provider": PROVIDER,
                "client_id": creds.client_id,
                "client_secret": creds.client_secret,
                "token_url": sb.token_url(PROVIDER),
                "cache": deployment.url,
                "threads": THREADS,
                "run_for": RUN_FOR,
                "pause": 0.1,
                "record_events": True,
            }
            procs, go = _spawn(tmp, options)
            booting.join(120)
            sb.set_token_lifetime(PROVIDER, LIFETIME)
            sb.add_fault(PROVIDER, Fault.latency(FETCH_LATENCY, times=None))
            go.touch()
            topo.wait_until(lambda: sb.token_requests(PROVIDER) >= 1, "the first token", 60)
            victim = _victim(deployment, kind)
            # The refresh request reaching the vendor means a process holds the lease right now.
            topo.wait_until(lambda: sb.token_requests(PROVIDER) >= 2, "the refresh", 60)
            lost_at = time.time()
            victim.signal(signal.SIGKILL if loss == "SIGKILL" else signal.SIGSTOP)
            topo.wait_until(lambda: _promoted(deployment, kind, victim), "a promotion", 60)
            promoted_after = time.time() - lost_at
            results = []
            for proc in procs:
                out, err = proc.communicate(timeout=120)
                if proc.returncode != 0:
                    raise RuntimeError(err)
                results.append(json.loads(out))
            requests = sb.token_requests(PROVIDER)
        finally:
            for proc in procs:
                if proc.poll() is None:
                    proc.kill()
                    proc.wait()
            deployment.stop()
    failed = sum(len(r["errors"]) for r in results)
    served = sum(len(r["fingerprints"]) for r in results)
    finals = {r["fingerprints"][-1] for r in results}
    settled = "did not settle"
    if len(finals) == 1:
        (final,) = finals
        settled = f"{max(r['first_seen'][final] for r in results) - lost_at:.1f}"
    unavailable = sum(r["events"].get("SharedCacheUnavailable", 0) for r in results)
    label = f"{kind}, primary {'killed (SIGKILL)' if loss == 'SIGKILL' else 'paused (SIGSTOP)'}"
    return [label, f"{failed}/{served}", requests - 2, f"{promoted_after:.1f}", settled, unavailable]


def _victim(deployment: Any, kind: str) -> topo.Node:
    if kind == "sentinel":
        return deployment.current_primary()  # type: ignore[no-any-return]
    import redis.cluster

    admin = redis.cluster.RedisCluster(host="127.0.0.1", port=deployment.members[0].port)
    keys: list[bytes] = []
    topo.wait_until(
        lambda: bool(keys.extend(admin.keys("auth-overlay:*", target_nodes=admin.PRIMARIES)) or keys),
        "the token in the cluster",
        30,
    )
    admin.close()
    deployment.token_key = keys[0].decode()
    return deployment.owner_of(deployment.token_key)  # type: ignore[no-any-return]


def _promoted(deployment: Any, kind: str, victim: topo.Node) -> bool:
    if kind == "sentinel":
        return bool(deployment.promoted_since(victim))
    return bool(deployment.promoted_since(victim, deployment.token_key))


def bench_failover() -> Table:
    table = Table(
        f"d. A Redis failover under load: {PROCESSES} processes x {THREADS} threads asking every 0.1 s,"
        f" token lifetime {LIFETIME} s; the primary is lost the moment the refresh's lease holder is"
        f" mid-fetch (token endpoint +{FETCH_LATENCY * 1000:.0f} ms)",
        [
            "deployment, loss",
            "failed requests",
            "extra token requests (aim ≤ 1)",
            "replica promoted after, s",
            "fleet on one new token after, s",
            "SharedCacheUnavailable events",
        ],
    )
    for kind, loss in (("sentinel", "SIGKILL"), ("sentinel", "SIGSTOP"), ("cluster", "SIGKILL")):
        progress(f"d. failover: {kind}, {loss}")
        table.add(*_failover_run(kind, loss))
    table.notes.append(
        "Sentinels: down-after-milliseconds 1000, quorum 2 of 3; cluster: cluster-node-timeout 1000 (the"
        " cluster victim is the primary owning the token's slot). Extra token requests: all requests at the"
        " vendor minus the first token and its one refresh. The last column counts the moments a process"
        " gave up on Redis and cached on its own (the cache waits up to 5 s for a promotion)."
    )
    return table


def bench_topology_hit(single_url: str, n: int, rounds: int) -> Table:
    """Per-request cost with a token adopted from each deployment, and the cost of one shared-cache read."""
    with tempfile.TemporaryDirectory(prefix="bench-topo-") as scratch:
        sentinel = topo.SentinelDeployment(Path(scratch) / "s")
        cluster = topo.ClusterDeployment(Path(scratch) / "c")
        try:
            progress("e. starting a Sentinel deployment and a cluster")
            for deployment in (sentinel, cluster):
                deployment.start()
            urls = {"one server": single_url, "sentinel": sentinel.url, "cluster": cluster.url}
            return _topology_table(urls, n, rounds)
        finally:
            sentinel.stop()
            cluster.stop()


def _topology_table(urls: dict[str, str], n: int, rounds: int) -> Table:
    vendor = MockVendor()
    transport = vendor.transport()

    def auth(cache: str) -> TokenAuth:
        return mock_auth(cache, transport)

    clients: dict[str, httpx.Client] = {}
    for name, url in urls.items():
        auth(url).get_token()  # a peer stores the token; the measured instance adopts it
        clients[name] = httpx.Client(transport=transport, auth=auth(url))
        check_ok(clients[name].get(MOCK_API_URL))
    medians = cache_hit_medians(clients, lambda: vendor.token_requests, n, rounds, "e. hit cost per deployment")
    reads = _read_costs(urls, max(500, n // 5), rounds)
    table = Table(
        f"e. Sentinel and Cluster next to one server (median of {rounds} rounds): a warm request"
        f" ({n:,} per round), and one shared-cache read, as a refresh or an adoption does",
        ["deployment", "µs/request (hit)", "vs one server", "µs/shared-cache read", "vs one server"],
    )
    base_hit, base_read = medians["one server"], reads["one server"]
    for name in urls:
        table.add(
            name,
            round(medians[name] * 1e6, 2),
            f"{medians[name] / base_hit:.3f}",
            round(reads[name] * 1e6, 1),
            f"{reads[name] / base_read:.2f}",
        )
    table.notes.append(
        "The hit path reads no cache, so the deployment behind it does not show there; a read (one GET to"
        " the primary, found through the Sentinels or the slot map) is what a refresh or an adoption pays."
    )
    return table


def _read_costs(urls: dict[str, str], n: int, rounds: int) -> dict[str, float]:
    """Median seconds per ``load`` (one GET) for each deployment, interleaved like the hit figures."""
    now = datetime.now(UTC)
    token = Token(access_token="x" * 40, issued_at=now, expires_at=now + timedelta(hours=1))
    loads: dict[str, Callable[[], object]] = {}
    for name, url in urls.items():
        cache = RedisTokenCache.from_url(url)
        cache.store("bench", token)
        loads[name] = lambda cache=cache: cache.load("bench")  # type: ignore[misc]
    progress(f"e. shared-cache reads: {len(loads)} deployments x {rounds} rounds x {n:,} reads")
    return interleaved_medians(loads, n, rounds, warmup=100, chunk=100)
