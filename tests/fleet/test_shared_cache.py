"""One token for a whole fleet: file and Redis caches shared by real processes.

Every test counts the token requests that reach a real local token server (the sandbox).
"""

from __future__ import annotations

import json
import os
import signal
import stat
import time
from pathlib import Path
from typing import Any

import pytest

from auth_overlay import RefreshPolicy, Token, TokenAuth
from auth_overlay._caches._file import FileTokenCache
from auth_overlay._caches._urls import cache_from_url
from auth_overlay.events import Event, SharedCacheUnavailable
from auth_overlay.testing.sandbox import Fault, Sandbox

from .conftest import Fleet, RedisServer
from .redis_topologies import wait_until

pytestmark = pytest.mark.timeout(180)


def _options(sandbox: Sandbox, provider: str, cache: str, **extra: Any) -> dict[str, Any]:
    creds = sandbox.credentials(provider)
    return {
        "provider": provider,
        "client_id": creds.client_id,
        "client_secret": creds.client_secret,
        "token_url": sandbox.token_url(provider),
        "cache": cache,
        **extra,
    }


def _tradevest_auth(sandbox: Sandbox, **options: Any) -> TokenAuth:
    creds = sandbox.credentials("tradevest")
    return TokenAuth.for_provider(
        "tradevest",
        client_id=creds.client_id,
        client_secret=creds.client_secret,
        token_url=sandbox.token_url("tradevest"),
        **options,
    )


def _cache_url(kind: str, tmp_path: Path, redis_server: RedisServer | None) -> str:
    if kind == "file":
        return f"file://{tmp_path / 'cache'}"
    assert redis_server is not None
    return redis_server.url


@pytest.fixture(params=["file", "redis"])
def shared_cache(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    redis_server = request.getfixturevalue("redis_server") if request.param == "redis" else None
    return _cache_url(request.param, tmp_path, redis_server)


def _fingerprints(results: list[dict[str, list[str]]]) -> set[str]:
    for result in results:
        assert result["errors"] == []
    return {fp for result in results for fp in result["fingerprints"]}


def test_8_processes_x_16_threads_make_one_token_request(sandbox: Sandbox, fleet: Fleet, shared_cache: str) -> None:
    sandbox.add_fault("tradevest", Fault.latency(0.1, times=None))
    fleet.spawn(8, threads=16, **_options(sandbox, "tradevest", shared_cache))
    fleet.release()
    results = fleet.results()
    assert len(_fingerprints(results)) == 1
    assert sum(len(r["fingerprints"]) for r in results) == 128
    assert sandbox.token_requests("tradevest") == 1


def test_without_a_shared_cache_each_process_fetches_once(sandbox: Sandbox, fleet: Fleet) -> None:
    sandbox.add_fault("tradevest", Fault.latency(0.1, times=None))
    fleet.spawn(4, threads=8, **_options(sandbox, "tradevest", "memory://"))
    fleet.release()
    assert len(_fingerprints(fleet.results())) == 4
    assert sandbox.token_requests("tradevest") == 4


def test_a_lease_holder_killed_mid_fetch_blocks_the_others_no_longer_than_the_lease(
    sandbox: Sandbox, fleet: Fleet, shared_cache: str
) -> None:
    # The first fetch hangs (the vendor answers after 30 s); its process is then SIGKILLed.
    sandbox.add_fault("tradevest", Fault.latency(30.0, times=1))
    retry = {"deadline": 3.0, "request_timeout": 40.0}
    (holder,) = fleet.spawn(1, threads=1, retry=retry, **_options(sandbox, "tradevest", shared_cache))
    fleet.release()
    deadline = time.monotonic() + 20
    while sandbox.token_requests("tradevest") < 1 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert sandbox.token_requests("tradevest") == 1, "the holder reached the token endpoint"
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    started = time.monotonic()
    (other,) = fleet.spawn(1, threads=4, retry=retry, **_options(sandbox, "tradevest", shared_cache))
    (result,) = fleet.results([other])
    assert len(_fingerprints([result])) == 1
    assert sandbox.token_requests("tradevest") == 2
    # bounded by the lease (deadline + 5 s), not by the dead holder's 30 s fetch
    assert time.monotonic() - started < 25


def test_processes_in_the_refresh_window_refresh_once_for_the_fleet(
    sandbox: Sandbox, fleet: Fleet, shared_cache: str
) -> None:
    sandbox.set_token_lifetime("tradevest", 10)
    opts = _options(sandbox, "tradevest", shared_cache)
    seed = TokenAuth.for_provider(
        "tradevest",
        refresh=RefreshPolicy(jitter=0),
        clock=fleet.clock,
        **{k: v for k, v in opts.items() if k != "provider"},
    )
    fleet.spawn(4, threads=4, rounds=20, pause=0.05, **opts)
    first = seed.get_token()
    sandbox.add_fault("tradevest", Fault.latency(0.3, times=None))
    # margin is 25% of 10 s: move everyone's clock inside the window, while the token is still valid
    fleet.clock.advance(first.expires_at.timestamp() - fleet.clock.time() - 2.2)
    fleet.release()
    results = fleet.results()
    fingerprints = _fingerprints(results)
    assert first.fingerprint in fingerprints, "the still-valid token kept being served"
    assert sandbox.token_requests("tradevest") == 2, "one initial fetch, one refresh for the whole fleet"


def test_a_rotated_refresh_token_is_never_used_twice(sandbox: Sandbox, fleet: Fleet, shared_cache: str) -> None:
    sandbox.set_token_lifetime("tradovate", 2)
    callback = "https://app.example/callback"
    opts = _options(sandbox, "tradovate", shared_cache)
    opts.pop("token_url")
    opts["base_url"] = sandbox.base_url("tradovate")
    start = TokenAuth.for_provider(
        "tradovate",
        code=sandbox.issue_authorization_code(callback),
        redirect_uri=callback,
        clock=fleet.clock,
        **{k: v for k, v in opts.items() if k != "provider"},
    )
    start.get_token()
    fleet.clock.advance(2.1)  # expired: every process needs the refresh grant at once
    sandbox.add_fault("tradovate", Fault.latency(0.2, times=None))
    fleet.spawn(2, threads=8, refresh_token="stale-refresh-token-from-deploy-config", **opts)
    fleet.release()
    results = fleet.results()
    assert len(_fingerprints(results)) == 1
    posts = [json.loads(r.body) for r in sandbox.requests("tradovate") if r.method == "POST"]
    assert [p["grant_type"] for p in posts] == ["authorization_code", "refresh_token"]
    # the refresh used the rotated token from the shared cache, not the process's own start value
    assert posts[1]["refresh_token"] != "stale-refresh-token-from-deploy-config"


def test_the_hit_path_does_not_touch_the_shared_cache(sandbox: Sandbox, tmp_path: Path) -> None:
    class CountingFileCache(FileTokenCache):
        loads = 0

        def load(self, key: str) -> Token | None:
            CountingFileCache.loads += 1
            return super().load(key)

    cache = CountingFileCache(tmp_path / "c")
    auth = _tradevest_auth(sandbox, cache=cache)
    auth.get_token()
    warm = CountingFileCache.loads
    for _ in range(1000):
        auth.get_token()
    assert CountingFileCache.loads == warm


def test_redis_unreachable_falls_back_to_a_local_fetch_with_one_warning(
    sandbox: Sandbox, redis_server: RedisServer
) -> None:
    events: list[Event] = []
    auth = _tradevest_auth(sandbox, cache=redis_server.url, on_event=events.append)
    first = auth.get_token()
    redis_server.stop()  # Redis goes away mid-run
    for _ in range(3):
        auth.invalidate()
        token = auth.get_token()
        assert token.fingerprint != first.fingerprint
    warnings = [e for e in events if isinstance(e, SharedCacheUnavailable)]
    assert len(warnings) == 1
    assert sandbox.token_requests("tradevest") == 4


def test_a_corrupt_cache_file_is_ignored_and_replaced(sandbox: Sandbox, tmp_path: Path) -> None:
    directory = tmp_path / "cache"
    creds = sandbox.credentials("tradevest")
    options: dict[str, Any] = {
        "client_id": creds.client_id,
        "client_secret": creds.client_secret,
        "token_url": sandbox.token_url("tradevest"),
        "cache": f"file://{directory}",
    }
    TokenAuth.for_provider("tradevest", **options).get_token()
    (entry,) = directory.glob("*.token")
    for junk in (
        b"",
        b'{"v": 1, "fp": "x", "token": {"access_tok',
        b"\x00\xff garbage",
        b'{"v": 1, "fp": "abc", "token": {}}',
    ):
        entry.write_bytes(junk)
        token = TokenAuth.for_provider("tradevest", **options).get_token()
        assert token.access_token
        assert json.loads(entry.read_bytes())["fp"] == token.fingerprint
    assert sandbox.token_requests("tradevest") == 5


def test_file_cache_is_private_and_keyed_without_the_secret(sandbox: Sandbox, tmp_path: Path) -> None:
    directory = tmp_path / "cache"
    creds = sandbox.credentials("tradevest")
    auth = _tradevest_auth(sandbox, cache=f"file://{directory}")
    auth.get_token()
    assert stat.S_IMODE(directory.stat().st_mode) == 0o700
    for path in directory.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
        assert creds.client_secret not in path.name
        assert creds.client_secret.encode() not in path.read_bytes()
    record = json.loads(next(directory.glob("*.token")).read_bytes())["token"]
    assert record["expires_at"].endswith("+00:00"), "expiry is stored as absolute UTC"


def test_tokens_at_rest_can_be_encrypted(sandbox: Sandbox, tmp_path: Path) -> None:
    from cryptography.fernet import Fernet

    key = Fernet.generate_key()
    cache = FileTokenCache(tmp_path / "enc", encryption_key=key)
    auth = _tradevest_auth(sandbox, cache=cache)
    token = auth.get_token()
    (entry,) = (tmp_path / "enc").glob("*.token")
    assert token.access_token.encode() not in entry.read_bytes()
    key_name = entry.name.removesuffix(".token")
    assert FileTokenCache(tmp_path / "enc", encryption_key=key).load(key_name) == token
    assert FileTokenCache(tmp_path / "enc", encryption_key=Fernet.generate_key()).load(key_name) is None
    assert FileTokenCache(tmp_path / "enc").load(key_name) is None


def test_cache_url_comes_from_the_environment(
    sandbox: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory = tmp_path / "from-env"
    monkeypatch.setenv("AUTH_OVERLAY_CACHE", f"file://{directory}")
    creds = sandbox.credentials("tradevest")
    TokenAuth.for_provider(
        "tradevest",
        client_id=creds.client_id,
        client_secret=creds.client_secret,
        token_url=sandbox.token_url("tradevest"),
    ).get_token()
    assert list(directory.glob("*.token"))


def test_unknown_cache_url_is_a_configuration_error() -> None:
    from auth_overlay import ConfigurationError

    with pytest.raises(ConfigurationError, match="unknown cache URL"):
        cache_from_url("memcached://x")


def test_redis_cache_round_trip_and_conditional_delete(redis_server: RedisServer) -> None:
    from datetime import UTC, datetime, timedelta

    cache = cache_from_url(redis_server.url)
    now = datetime.now(UTC)
    token = Token(access_token="abc", issued_at=now, expires_at=now + timedelta(seconds=60))
    cache.store("k", token)
    assert cache.load("k") == token
    cache.delete("k", fingerprint="not-this-one")
    assert cache.load("k") == token
    cache.delete("k", fingerprint=token.fingerprint)
    assert cache.load("k") is None
    lease = cache.lease("k", ttl=5, wait=0)
    assert lease is not None
    assert cache.lease("k", ttl=5, wait=0.1) is None
    lease.release()
    assert cache.lease("k", ttl=5, wait=0) is not None


def _session_options(sandbox: Sandbox, cache: str) -> dict[str, Any]:
    creds = sandbox.credentials("tradovate")
    return {
        "provider": "tradovate",
        "client_id": creds.client_id,
        "client_secret": creds.client_secret,
        "username": creds.username,
        "password": creds.password,
        "app_id": "fleet",
        "app_version": "1.0",
        "base_url": sandbox.base_url("tradovate"),
        "cache": cache,
    }


def test_a_fleet_shares_one_tradovate_session(sandbox: Sandbox, fleet: Fleet, shared_cache: str) -> None:
    sandbox.add_fault("tradovate", Fault.latency(0.1, times=None))
    fleet.spawn(8, threads=16, **_session_options(sandbox, shared_cache))
    fleet.release()
    assert len(_fingerprints(fleet.results())) == 1
    stats = sandbox.tradovate_stats()
    assert stats.sessions_opened == 1
    assert stats.max_concurrent_sessions_seen == 1
    assert stats.sessions_closed_by_limit == 0


def test_a_fleet_renews_its_session_once_per_lifetime(sandbox: Sandbox, fleet: Fleet, shared_cache: str) -> None:
    # 4 processes × 4 threads asking all the time through three lifetimes; each lifetime is moved
    # into its renewal window (the last 25 % of 20 s) on the fleet's clock instead of waited for.
    lifetime = 20.0
    sandbox.set_token_lifetime("tradovate", lifetime)
    fleet.spawn(4, threads=4, pause=0.02, until_stopped=True, **_session_options(sandbox, shared_cache))
    fleet.release()
    wait_until(lambda: sandbox.tradovate_stats().logins == 1, "the fleet's login", 30)
    for renewals in (1, 2, 3):
        fleet.clock.advance(0.8 * lifetime)  # 16 s: inside the window of the token in use, before its expiry
        wait_until(lambda n=renewals: sandbox.tradovate_stats().renewals >= n, f"renewal {renewals}", 30)
    fleet.stop()
    results = fleet.results()
    assert all(r["errors"] == [] for r in results)
    stats = sandbox.tradovate_stats()
    assert stats.sessions_opened == 1, "one login for the whole fleet"
    assert stats.renewals == 3, "one renewal per lifetime, for the whole fleet"
    assert stats.renewals_rejected == 0
    assert stats.sessions_closed_by_limit == 0


def test_file_cache_delete_spares_an_entry_while_a_fetch_holds_the_lease(tmp_path: Path) -> None:
    from datetime import UTC, datetime, timedelta

    cache = FileTokenCache(tmp_path / "c")
    now = datetime.now(UTC)
    token = Token(access_token="abc", issued_at=now, expires_at=now + timedelta(seconds=60))
    cache.store("k", token)
    lease = cache.lease("k", ttl=5, wait=0)
    assert lease is not None
    cache.delete("k", fingerprint=token.fingerprint)  # a holder is about to store: keep it
    assert cache.load("k") == token
    lease.release()
    cache.delete("k", fingerprint="another-token")
    assert cache.load("k") == token
    cache.delete("k", fingerprint=token.fingerprint)
    assert cache.load("k") is None
