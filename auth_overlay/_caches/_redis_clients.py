"""redis-py clients for a parsed Redis cache URL: ``redis.Redis``, a Sentinel-managed ``master_for``
client, or ``RedisCluster`` -- redis-py's own discovery and slot handling, with short timeouts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from auth_overlay import errors
from auth_overlay._caches._redis_urls import RedisTarget


def client_factory(target: RedisTarget) -> Callable[[], Any]:
    """A function that builds redis-py's client for ``target`` (a cluster client reads the slot
    map when built, so the cache builds it at first use, where a failure is a cache outage)."""
    try:
        import redis  # noqa: F401
    except ImportError:
        raise errors.ConfigurationError(
            "a Redis cache needs the 'redis' extra: pip install 'auth-overlay[redis]'"
        ) from None
    options = dict(target.options)
    options.pop("failover_wait", None)
    conn: dict[str, Any] = {
        # Short timeouts: a dead or paused primary must not stall requests; the cache retries
        # through a failover itself, so redis-py retries once only (a dropped pooled connection).
        "socket_timeout": options.pop("socket_timeout", 1.0),
        "socket_connect_timeout": options.pop("socket_connect_timeout", 1.0),
        "username": target.username,
        "password": target.password,
    }
    if "client_name" in options:
        conn["client_name"] = options.pop("client_name")
    sentinel_auth: dict[str, Any] = {}
    if target.topology == "sentinel":
        same = options.pop("sentinel_auth", False)
        sentinel_auth = {
            "username": options.pop("sentinel_username", target.username if same else None),
            "password": options.pop("sentinel_password", target.password if same else None),
        }
    if target.tls:
        conn["ssl"] = True
        conn.update(options)  # only ssl_* options are left
    return lambda: _build(target, conn, sentinel_auth)


def _build(target: RedisTarget, conn: dict[str, Any], sentinel_auth: dict[str, Any]) -> Any:
    import redis
    from redis.backoff import NoBackoff
    from redis.retry import Retry

    retry = Retry(NoBackoff(), 1)
    if target.topology == "cluster":
        from redis.cluster import ClusterNode, RedisCluster

        node: Any = ClusterNode  # untyped in some redis-py versions
        nodes = [node(host, port) for host, port in target.hosts]
        return RedisCluster(startup_nodes=nodes, retry=retry, **conn)
    if target.topology == "sentinel":
        from redis.sentinel import Sentinel

        timeouts = {k: conn[k] for k in ("socket_timeout", "socket_connect_timeout")}
        tls = {k: v for k, v in conn.items() if k == "ssl" or k.startswith("ssl_")}
        sentinel_class: Any = Sentinel  # untyped in some redis-py versions
        # No retries against one Sentinel (redis-py's default backs off for seconds): discovery asks the next.
        ask_once = Retry(NoBackoff(), 0)
        sentinel_kwargs = {**timeouts, **tls, **sentinel_auth, "retry": ask_once}
        sentinel = sentinel_class(list(target.hosts), sentinel_kwargs=sentinel_kwargs)
        assert target.service is not None
        return sentinel.master_for(target.service, db=target.db, retry=retry, **conn)
    if target.topology == "unix":
        return redis.Redis(unix_socket_path=target.path, db=target.db, retry=retry, **conn)
    ((host, port),) = target.hosts
    return redis.Redis(host=host, port=port, db=target.db, retry=retry, **conn)
