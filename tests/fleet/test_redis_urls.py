"""Redis cache URLs: every form parses into the right redis-py client, every malformed one is a
``ConfigurationError`` before any I/O, and no password is ever shown (no Redis server needed)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from auth_overlay import ConfigurationError, RedisTokenCache
from auth_overlay._caches._redis_urls import parse, redact
from auth_overlay._caches._urls import cache_from, cache_from_url
from auth_overlay.testing.sandbox import Sandbox

from .conftest import free_port

SECRET = "pa:ss@w/rd%"  # percent-encoded below: every character that could confuse a parser
ENCODED = "pa%3Ass%40w%2Frd%25"


def test_single_server_with_acl_user_and_tls_options() -> None:
    target = parse(f"rediss://svc:{ENCODED}@cache.internal:6380/3?ssl_ca_certs=/etc/ca.pem&socket_timeout=0.5")
    assert (target.topology, target.tls, target.hosts, target.db) == ("single", True, (("cache.internal", 6380),), 3)
    assert (target.username, target.password) == ("svc", SECRET)
    assert target.options == {"ssl_ca_certs": "/etc/ca.pem", "socket_timeout": 0.5}
    assert SECRET not in target.safe_url
    assert ENCODED not in target.safe_url
    assert target.safe_url.startswith("rediss://svc:***@cache.internal:6380/3?")


def test_sentinel_form_names_hosts_service_and_db() -> None:
    target = parse(f"redis+sentinel://:{ENCODED}@s1:26379,s2,[::1]:26380/mymaster/2?sentinel_password=x")
    assert target.topology == "sentinel"
    assert target.hosts == (("s1", 26379), ("s2", 26379), ("::1", 26380))
    assert (target.service, target.db, target.username, target.password) == ("mymaster", 2, None, SECRET)
    assert target.options == {"sentinel_password": "x"}
    assert "sentinel_password=***" in target.safe_url


def test_cluster_form_takes_seed_nodes_and_no_database() -> None:
    target = parse("redis+cluster://app:pw@n1:7000,n2:7001/")
    assert (target.topology, target.hosts, target.db) == ("cluster", (("n1", 7000), ("n2", 7001)), 0)
    with pytest.raises(ConfigurationError, match="only database 0"):
        parse("redis+cluster://n1:7000/1")


def test_unix_socket_form() -> None:
    target = parse("unix:///run/redis/redis.sock?db=4")
    assert (target.topology, target.path, target.db) == ("unix", "/run/redis/redis.sock", 4)


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("redis://host:notaport/0", "host\\[:port\\]"),
        ("redis://host:99999/0", "between 1 and 65535"),
        ("redis://host:6379/zero", "database must be a number"),
        ("redis://host:6379/0/1", "only the database"),
        ("redis://", "host is missing"),
        ("redis://h1:1,h2:2/0", "redis\\+sentinel:// or redis\\+cluster://"),
        ("redis://host/0?socket_timeout=fast", "invalid value"),
        ("redis://host/0?socket_timeout=nan", "invalid value"),
        ("redis://host/0?sockettimeout=1", "unknown option 'sockettimeout'"),
        ("redis://host/0?ssl_ca_certs=/ca.pem", "needs TLS"),
        ("redis://host/0?db=1&db=2", "given twice"),
        ("redis://host/0?junk", "name=value"),
        ("redis://ho st/0", "spaces or control characters"),
        ("redis://host/0\r\nX: y", "spaces or control characters"),
        ("redis+sentinel://s1:26379", "service name is missing"),
        ("redis+sentinel://s1:26379/my master", "spaces"),
        ("redis+sentinel://s1:26379/my$master/0", "service name may hold"),
        ("unix://host/path", "socket path, not a host"),
        ("rediss://host/0?ssl_cert_reqs=maybe", "invalid value"),
        ("redis://host/0#frag", "fragment"),
    ],
)
def test_malformed_urls_are_configuration_errors_that_hide_the_password(url: str, why: str) -> None:
    with_password = url.replace("://", f"://user:{ENCODED}@", 1) if "://" in url and "unix" not in url else url
    for candidate in (url, with_password):
        with pytest.raises(ConfigurationError, match=why) as caught:
            cache_from_url(candidate)
        assert ENCODED not in str(caught.value)
        assert SECRET not in str(caught.value)
        assert caught.value.__cause__ is None
        assert caught.value.__context__ is None or caught.value.__suppress_context__


def test_a_password_option_with_a_bad_value_is_not_echoed() -> None:
    with pytest.raises(ConfigurationError) as caught:
        cache_from_url("redis+sentinel://s1/m/0?sentinel_password=&x=1")
    assert "sentinel_password" in str(caught.value)


def test_redact_masks_every_password_and_keeps_the_rest() -> None:
    assert redact("redis://u:secret@h:1/0") == "redis://u:***@h:1/0"
    assert redact("redis://:secret@h/0") == "redis://:***@h/0"
    assert redact("redis://u@h/0") == "redis://u@h/0"
    assert redact("rediss+sentinel://h/m?sentinel_password=secret&db=1") == (
        "rediss+sentinel://h/m?sentinel_password=***&db=1"
    )
    assert redact("not a url") == "<not a URL>"
    # raw (unencoded) characters that end the user part early still never show the password
    assert redact("redis://u:pa/ss@h/0") == "redis://u:***@h/0"
    assert redact("redis://u:p?ss@h/0") == "redis://u:***@h/0"
    assert redact("redis://h/0?sentinel_password=a@b") == "redis://***@b"
    for raw in ("redis://u:pa/ss@h/0", "redis://u:p?ss@h:x/0", "redis://u:p#ss@h/0"):
        with pytest.raises(ConfigurationError) as caught:
            cache_from_url(raw)
        assert "ss@" not in str(caught.value)


def test_building_a_cache_from_a_url_does_no_io_and_repr_hides_the_password() -> None:
    # Nothing listens on port 1 of a documentation address: building must not try to connect.
    for url in (
        f"redis://app:{ENCODED}@192.0.2.1:1/0",
        f"rediss://app:{ENCODED}@192.0.2.1:1/0?ssl_ca_certs=/nonexistent.pem",
        f"redis+sentinel://app:{ENCODED}@192.0.2.1:1,192.0.2.2:1/mymaster/0",
        f"redis+cluster://app:{ENCODED}@192.0.2.1:1,192.0.2.2:1",
    ):
        cache = cache_from_url(url)
        assert isinstance(cache, RedisTokenCache)
        assert ENCODED not in repr(cache)
        assert SECRET not in repr(cache)
        assert "192.0.2.1" in repr(cache)


def test_keys_share_one_hash_tag_so_entry_and_lease_live_in_one_cluster_slot() -> None:
    from redis.cluster import key_slot

    cache = cache_from_url("redis+cluster://127.0.0.1:1")
    assert isinstance(cache, RedisTokenCache)
    for key in ("a" * 40, "0123456789abcdef", "k"):
        entry, lease = cache.entry_name(key), cache.lease_name(key)
        assert entry == f"auth-overlay:{{{key}}}"
        assert lease == f"auth-overlay:{{{key}}}:lease"
        assert key_slot(entry.encode()) == key_slot(lease.encode()) == key_slot(key.encode())


def test_ready_redis_clients_are_accepted() -> None:
    import redis
    from redis.sentinel import Sentinel

    for client in (
        redis.Redis(host="192.0.2.1", port=1, password=SECRET),
        Sentinel([("192.0.2.1", 1)]).master_for("mymaster", password=SECRET),
    ):
        cache = cache_from(client)
        assert isinstance(cache, RedisTokenCache)
        assert SECRET not in repr(cache)
    assert isinstance(cache_from(RedisTokenCache(redis.Redis())), RedisTokenCache)
    with pytest.raises(ConfigurationError, match="not int"):
        cache_from(42)


def test_cli_exits_2_with_one_line_for_a_malformed_cache_url(tmp_path: Path) -> None:
    # Issue 12, item 7: before the fix a raw ValueError printed a 34-line traceback and exit 1.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TRADEVEST_", "AUTH_OVERLAY_"))}
    env |= {"TRADEVEST_CLIENT_ID": "id", "TRADEVEST_CLIENT_SECRET": "secret"}
    env["AUTH_OVERLAY_CACHE"] = f"redis://app:{ENCODED}@localhost:notaport/0"
    done = subprocess.run(
        [sys.executable, "-m", "auth_overlay._cli", "token", "tradevest", "--token-url", "http://127.0.0.1:9/t"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("auth-overlay: malformed Redis cache URL redis://app:***@localhost:notaport/0")
    assert ENCODED not in done.stderr
    assert SECRET not in done.stderr


def test_an_unreachable_redis_never_shows_its_password_in_events_or_logs(
    sandbox: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    from auth_overlay import TokenAuth
    from auth_overlay.events import Event, SharedCacheUnavailable

    events: list[Event] = []
    creds = sandbox.credentials("tradevest")
    port = free_port()  # nothing listens there: connection refused at once
    auth = TokenAuth.for_provider(
        "tradevest",
        client_id=creds.client_id,
        client_secret=creds.client_secret,
        token_url=sandbox.token_url("tradevest"),
        cache=f"redis+sentinel://app:{ENCODED}@127.0.0.1:{port}/mymaster/0?sentinel_password={ENCODED}",
        on_event=events.append,
    )
    with caplog.at_level("DEBUG"):
        assert auth.get_token().access_token  # a per-process token: Redis trouble never fails a request
    (warning,) = [e for e in events if isinstance(e, SharedCacheUnavailable)]
    assert f"127.0.0.1:{port}" in warning.cache
    for text in (*(repr(e) for e in events), *(str(e) for e in events), caplog.text, repr(auth)):
        assert ENCODED not in text
        assert SECRET not in text
    assert sandbox.token_requests("tradevest") == 1


def test_clients_from_urls_use_short_timeouts_and_ask_each_sentinel_once() -> None:
    from auth_overlay._caches._redis_clients import client_factory

    client = client_factory(parse("redis+sentinel://127.0.0.1:1,127.0.0.1:2/mymaster/3?socket_timeout=0.25"))()
    pool = client.connection_pool
    assert pool.connection_kwargs["socket_timeout"] == 0.25
    assert pool.connection_kwargs["socket_connect_timeout"] == 1.0
    assert pool.connection_kwargs["db"] == 3
    # redis-py's default would back off for seconds on each unreachable Sentinel before asking the next
    assert [s.get_retry().get_retries() for s in pool.sentinel_manager.sentinels] == [0, 0]
    single = client_factory(parse("rediss://127.0.0.1:1/0?ssl_ca_certs=/ca.pem&ssl_cert_reqs=required"))()
    kwargs = single.connection_pool.connection_kwargs
    assert (kwargs["ssl_ca_certs"], kwargs["ssl_cert_reqs"], kwargs["socket_timeout"]) == ("/ca.pem", "required", 1.0)
    assert single.get_retry().get_retries() == 1
