"""One token for a fleet on the Redis deployments people run: Sentinel, Cluster, TLS with an ACL
user, and through the loss of the primary.

Real servers, started and stopped here (``redis_topologies``); 8 processes × 16 threads ask for a
token every 0.1 s while the primary is SIGKILLed just before the refresh window. The failover runs
on real time; the token's lifetime up to the loss is moved through on the fleet's shared clock
(``shared_clock``) rather than waited for. Counted: failed requests (must be 0), token requests at
the vendor (1 per lifetime, + at most 1 for the failover), and the token every process ends on
(one for all).
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import redis

from auth_overlay.testing.sandbox import Sandbox

from .conftest import Fleet
from .redis_topologies import (
    ClusterDeployment,
    Deployment,
    SentinelDeployment,
    SingleDeployment,
    TLSDeployment,
    binaries,
    wait_until,
)

pytestmark = [pytest.mark.redis, pytest.mark.slow, pytest.mark.timeout(120)]

PROCESSES, THREADS = 8, 16
LIFETIME = 10  # s; the refresh window opens at 7.5 s (margin: 25% of the lifetime)
KILL_AT = 6.5  # s after the first token: the refresh comes due while the failover is under way
SETTLE = 1.5  # s of real time after the refresh for every process to adopt the new token
MIN_ROUNDS = 10  # every thread kept asking: at least this many answers each, through the losses


@pytest.fixture
def deployments(tmp_path: Path) -> Iterator[Callable[[type[Deployment]], Any]]:
    """Plans a deployment (ports, folders, config); ``_run_fleet_through`` starts it."""
    if binaries() is None:
        pytest.skip("redis-server and redis-cli are not installed (Debian: apt-get install redis-server redis-tools)")
    planned: list[Deployment] = []

    def plan(kind: type[Deployment]) -> Any:
        workdir = tmp_path / f"{kind.__name__}-{len(planned)}"
        workdir.mkdir()
        planned.append(kind(workdir))
        return planned[-1]

    try:
        yield plan
    finally:
        for deployment in planned:
            deployment.stop()


def _options(sandbox: Sandbox, cache: str) -> dict[str, Any]:
    creds = sandbox.credentials("tradevest")
    return {
        "provider": "tradevest",
        "client_id": creds.client_id,
        "client_secret": creds.client_secret,
        "token_url": sandbox.token_url("tradevest"),
        "cache": cache,
        "record_events": True,
    }


def _start_with_fleet(
    deployment: Deployment, fleet: Fleet, processes: int, threads: int, options: dict[str, Any]
) -> None:
    """Boot Redis while the workers start (neither needs the other until the start signal)."""
    booted: list[BaseException | None] = []

    def boot() -> None:
        try:
            deployment.start()
        except BaseException as exc:
            booted.append(exc)
        else:
            booted.append(None)

    booting = threading.Thread(target=boot)
    booting.start()
    try:
        fleet.spawn(processes, threads=threads, until_stopped=True, pause=0.1, **options)
    finally:
        booting.join(60)
    assert booted == [None], booted


def _wait_for_token_requests(sandbox: Sandbox, fleet: Fleet, count: int, limit: float = 30.0) -> float:
    """Wait (real time) for the vendor's ``count``-th token request; when it came, on the fleet's clock."""
    wait_until(lambda: sandbox.token_requests("tradevest") >= count, f"{count} token request(s)", limit)
    return fleet.clock.monotonic()


def _run_fleet_through(
    sandbox: Sandbox, fleet: Fleet, deployment: Deployment, losses: list[Callable[[], None]], cache: str = ""
) -> list[dict[str, Any]]:
    """The fleet runs through ``len(losses)`` + 1 lifetimes; loss *i* happens KILL_AT s after token *i*."""
    sandbox.set_token_lifetime("tradevest", LIFETIME)
    _start_with_fleet(deployment, fleet, PROCESSES, THREADS, _options(sandbox, cache or deployment.url))
    fleet.release()
    for number, lose_primary in enumerate(losses, start=1):
        token_at = _wait_for_token_requests(sandbox, fleet, number)
        fleet.wait_served()  # every thread holds the token before the clock moves and the primary goes
        fleet.clock.advance(max(0.0, token_at + KILL_AT - fleet.clock.monotonic()))  # instead of waiting 6.5 s
        lose_primary()
    _wait_for_token_requests(sandbox, fleet, len(losses) + 1)  # the refresh after the last loss
    time.sleep(SETTLE)
    fleet.stop()
    return fleet.results()


def _assert_nothing_lost(sandbox: Sandbox, results: list[dict[str, Any]], failovers: int = 1) -> None:
    failed = [e for r in results for e in r["errors"]]
    assert failed == [], "no request may fail"
    assert all(len(r["fingerprints"]) >= THREADS * MIN_ROUNDS for r in results), "every thread kept asking"
    requests = sandbox.token_requests("tradevest")
    # one per lifetime (the first, each refresh), + at most one per failover for a lost lease
    assert 1 + failovers <= requests <= 1 + 2 * failovers, f"{requests} token requests"
    finals = {r["fingerprints"][-1] for r in results}
    assert len(finals) == 1, "the fleet settled on one shared token"
    firsts = {r["fingerprints"][0] for r in results}
    assert len(firsts) == 1, "the fleet started on one shared token"
    assert finals != firsts, "and it is a refreshed one"


def test_sentinel_failovers_lose_no_request_and_keep_one_token(
    sandbox: Sandbox, fleet: Fleet, deployments: Callable[[type[Deployment]], Any]
) -> None:
    sentinels: SentinelDeployment = deployments(SentinelDeployment)
    lost = []

    def kill() -> None:  # first failover: the primary dies (SIGKILL)
        lost.append(sentinels.current_primary())
        lost[-1].kill()

    def pause() -> None:  # second: the promoted one stops answering (SIGSTOP), past the socket timeout
        lost.append(sentinels.current_primary())
        lost[-1].signal(signal.SIGSTOP)

    results = _run_fleet_through(sandbox, fleet, sentinels, [kill, pause])
    _assert_nothing_lost(sandbox, results, failovers=2)
    assert lost[0] is not lost[1], "the second loss hit the replica promoted by the first"
    assert sentinels.promoted_since(lost[1]), "and a replica was promoted again"
    unavailable = [r["events"].get("SharedCacheUnavailable", 0) for r in results]
    assert unavailable == [0] * PROCESSES, "the failovers were waited out, not degraded to per-process tokens"


def test_cluster_failover_of_the_tokens_slot_owner_loses_no_request(
    sandbox: Sandbox, fleet: Fleet, deployments: Callable[[type[Deployment]], Any]
) -> None:
    import redis.cluster

    cluster: ClusterDeployment = deployments(ClusterDeployment)
    holder: dict[str, Any] = {}

    def kill_the_owner() -> None:
        admin = redis.cluster.RedisCluster(host="127.0.0.1", port=cluster.members[0].port)
        (key,) = [k.decode() for k in admin.keys("auth-overlay:*", target_nodes=redis.cluster.RedisCluster.PRIMARIES)]
        admin.close()
        holder["key"], holder["owner"] = key, cluster.owner_of(key)
        holder["owner"].kill()

    results = _run_fleet_through(sandbox, fleet, cluster, [kill_the_owner])
    _assert_nothing_lost(sandbox, results)
    assert cluster.promoted_since(holder["owner"], holder["key"]), "the slot moved to the promoted replica"
    unavailable = [r["events"].get("SharedCacheUnavailable", 0) for r in results]
    assert unavailable == [0] * PROCESSES


def test_tls_with_an_acl_user_shares_one_token_and_rides_out_a_restart(
    sandbox: Sandbox, fleet: Fleet, deployments: Callable[[type[Deployment]], Any]
) -> None:
    tls: TLSDeployment = deployments(TLSDeployment)
    node = tls.server_node

    def restart() -> None:  # killed, back empty 1.5 s later on the same port (inside the failover wait)
        node.kill()
        time.sleep(1.5)
        node.start()

    results = _run_fleet_through(sandbox, fleet, tls, [restart])
    _assert_nothing_lost(sandbox, results)
    # the ACL user is the only one: the default user cannot read what the fleet stored
    assert list(node.client().scan_iter(match="auth-overlay:*"))
    with pytest.raises(redis.RedisError, match=r"(?i)auth|NOPERM|WRONGPASS|disabled"):
        node.client(username=None, password=None).get("x")


def test_a_long_outage_degrades_to_one_warning_per_process_and_recovers(
    sandbox: Sandbox, fleet: Fleet, deployments: Callable[[type[Deployment]], Any]
) -> None:
    tls: TLSDeployment = deployments(TLSDeployment)
    node = tls.server_node
    processes = 4
    sandbox.set_token_lifetime("tradevest", 4)  # refresh window at 3 s
    options = _options(sandbox, tls.url + "&failover_wait=0.5")
    _start_with_fleet(tls, fleet, processes, 4, options)
    fleet.release()
    first = _wait_for_token_requests(sandbox, fleet, 1)
    fleet.wait_served()
    fleet.clock.advance(max(0.0, first + 1.5 - fleet.clock.monotonic()))
    node.kill()  # down through a refresh and an expiry, well past the failover wait:
    fleet.clock.advance(2.6)  # the token expires while Redis is away (its lifetime moved through)
    time.sleep(2.0)  # real time, past the 0.5 s failover wait: each process fetches on its own, once
    node.start()
    fleet.clock.advance(4.0)  # the processes' own tokens come due, with Redis back
    _wait_for_token_requests(sandbox, fleet, 1 + processes + 1)
    time.sleep(SETTLE)
    fleet.stop()
    results = fleet.results()
    assert [e for r in results for e in r["errors"]] == []
    assert [r["events"].get("SharedCacheUnavailable", 0) for r in results] == [1] * processes
    assert len({r["fingerprints"][-1] for r in results}) == 1, "back on one shared token once Redis returned"
    # the first token, at most one per process while Redis was away, then the shared ones again
    assert sandbox.token_requests("tradevest") <= 1 + processes + 3


def test_an_outage_inside_the_refresh_window_costs_no_token_per_process(
    sandbox: Sandbox, fleet: Fleet, deployments: Callable[[type[Deployment]], Any]
) -> None:
    single: SingleDeployment = deployments(SingleDeployment)
    node = single.server_node
    processes = 4
    sandbox.set_token_lifetime("tradevest", 12)  # refresh window from 9 s, usable until ~11.8 s
    _start_with_fleet(single, fleet, processes, 4, _options(sandbox, single.url + "?failover_wait=0.3"))
    fleet.release()
    first = _wait_for_token_requests(sandbox, fleet, 1)
    fleet.wait_served()
    fleet.clock.advance(max(0.0, first + 8.0 - fleet.clock.monotonic()))  # instead of waiting 8 s
    node.kill()  # away from 8 s to 10 s (real time): the whole fleet's refresh falls due meanwhile
    time.sleep(2.0)
    node.start()
    _wait_for_token_requests(sandbox, fleet, 2)
    time.sleep(SETTLE)
    fleet.stop()
    results = fleet.results()
    assert [e for r in results for e in r["errors"]] == []
    assert len({r["fingerprints"][-1] for r in results}) == 1, "one shared token after the outage"
    assert sandbox.token_requests("tradevest") == 2, "the first token and one refresh for the fleet"


def test_ready_redis_clients_share_one_token(sandbox: Sandbox, deployments: Callable[[type[Deployment]], Any]) -> None:
    import redis.cluster

    from auth_overlay import RedisTokenCache, TokenAuth

    single: SingleDeployment = deployments(SingleDeployment)
    cluster: ClusterDeployment = deployments(ClusterDeployment)
    single.start()
    cluster.start()
    clients = [
        redis.Redis(host="127.0.0.1", port=single.server_node.port, socket_timeout=1.0),
        redis.cluster.RedisCluster(host="127.0.0.1", port=cluster.members[0].port, socket_timeout=1.0),
    ]
    creds = sandbox.credentials("tradevest")
    for client in clients:
        before = sandbox.token_requests("tradevest")
        tokens = {
            TokenAuth.for_provider(
                "tradevest",
                client_id=creds.client_id,
                client_secret=creds.client_secret,
                token_url=sandbox.token_url("tradevest"),
                cache=RedisTokenCache(client),
            )
            .get_token()
            .fingerprint
            for _ in range(3)
        }
        assert len(tokens) == 1, type(client).__name__
        assert sandbox.token_requests("tradevest") == before + 1, type(client).__name__
        client.close()
