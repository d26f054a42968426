"""Redis cache URLs: parsed and checked here, before any I/O, into a recipe for a redis-py client.

Forms (``rediss`` instead of ``redis`` for TLS in every form)::

    redis://[user:password@]host[:6379][/db][?option=value&…]
    redis+sentinel://[user:password@]host1[:26379],host2[:26379],…/service_name[/db][?…]
    redis+cluster://[user:password@]host1[:6379],host2[:6379],…[/][?…]
    unix://[user:password@]/path/to/redis.sock[?db=0&…]

The scheme says the topology, so one look at the URL tells which client talks to what, and a
cluster URL cannot carry a database number (a cluster has only db 0). The user and password
are the Redis ACL user's, for the data nodes; Sentinels that require their own credentials take
``sentinel_username=`` / ``sentinel_password=`` (same user as the data nodes if only
``sentinel_password`` is missing and ``sentinel_auth=true``). Options are a fixed list: an
unknown or malformed one is a ``ConfigurationError`` that quotes the URL with its passwords
masked, so a typo never turns into an error at the first request and no secret is ever printed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Literal
from urllib.parse import parse_qsl, unquote

import attrs

from auth_overlay import errors

Topology = Literal["single", "sentinel", "cluster", "unix"]

_SCHEMES: dict[str, tuple[Topology, bool]] = {
    "redis": ("single", False),
    "rediss": ("single", True),
    "redis+sentinel": ("sentinel", False),
    "rediss+sentinel": ("sentinel", True),
    "redis+cluster": ("cluster", False),
    "rediss+cluster": ("cluster", True),
    "unix": ("unix", False),
}
_DEFAULT_PORT = {"single": 6379, "sentinel": 26379, "cluster": 6379, "unix": 0}
_HOST = re.compile(r"^(?:\[(?P<v6>[0-9A-Fa-f:.]+)\]|(?P<name>[A-Za-z0-9._-]+))(?::(?P<port>[0-9]{1,5}))?$")
_SERVICE = re.compile(r"^[A-Za-z0-9._-]+$")
_SECRET_OPTIONS = frozenset({"password", "sentinel_password"})


def _positive_float(value: str) -> float:
    number = float(value)
    if not 0 < number < 3600:  # also refuses nan and inf
        raise ValueError(value)
    return number


def _boolean(value: str) -> bool:
    lowered = value.lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off"):
        return False
    raise ValueError(value)


def _cert_reqs(value: str) -> str:
    if value.lower() not in ("none", "optional", "required"):
        raise ValueError(value)
    return value.lower()


def _text(value: str) -> str:
    if not value or any(ord(c) < 32 for c in value):
        raise ValueError("empty or control characters")
    return value


def _db(value: str) -> int:
    if not value.isdigit() or int(value) > 65535:
        raise ValueError(value)
    return int(value)


_Parser = Callable[[str], Any]
_COMMON: dict[str, _Parser] = {
    "socket_timeout": _positive_float,
    "socket_connect_timeout": _positive_float,
    "client_name": _text,
    # how long one cache operation keeps retrying while a failover is in progress (our option)
    "failover_wait": _positive_float,
}
_TLS: dict[str, _Parser] = {
    "ssl_ca_certs": _text,
    "ssl_certfile": _text,
    "ssl_keyfile": _text,
    "ssl_cert_reqs": _cert_reqs,
    "ssl_check_hostname": _boolean,
}
_PER_TOPOLOGY: dict[Topology, dict[str, _Parser]] = {
    "single": {"db": _db},
    "unix": {"db": _db},
    "sentinel": {"db": _db, "sentinel_username": _text, "sentinel_password": _text, "sentinel_auth": _boolean},
    "cluster": {},
}


@attrs.frozen
class RedisTarget:
    """Everything needed to build the client; ``safe_url`` is the URL with every password masked."""

    topology: Topology
    tls: bool
    hosts: tuple[tuple[str, int], ...]
    path: str | None
    service: str | None
    db: int
    username: str | None
    password: str | None = attrs.field(repr=False)
    options: dict[str, Any] = attrs.field(repr=False)
    safe_url: str

    @property
    def failover_wait(self) -> float | None:
        value = self.options.get("failover_wait")
        return float(value) if value is not None else None


def redact(url: str) -> str:
    """The URL with the password of its user and of every ``*password=`` option masked.

    Conservative: the user part ends at the *last* ``@``, so a password holding a raw ``/``,
    ``?`` or ``@`` is masked too (at worst, more than the password is masked)."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return "<not a URL>"
    at = rest.rfind("@")
    if at >= 0:
        user, colon, _ = rest[:at].partition(":")
        shown = "***" if any(c in user for c in "/?#") else (f"{user}:***" if colon else user)
        rest = f"{shown}@{rest[at + 1 :]}"
    path, qmark, query = rest.partition("?")
    if qmark:
        query = "&".join(
            f"{name}=***" if name.lower().endswith("password") else part
            for part in query.split("&")
            for name in (unquote(part.partition("=")[0]),)
        )
    return f"{scheme}://{path}{qmark}{query}"


def parse(url: str) -> RedisTarget:
    """Check a Redis cache URL completely, without any I/O."""
    safe = redact(url)

    def bad(why: str) -> errors.ConfigurationError:
        return errors.ConfigurationError(f"malformed Redis cache URL {safe}: {why}")

    if any(ord(c) < 32 or c.isspace() for c in url):
        raise bad("it contains spaces or control characters")
    scheme, sep, rest = url.partition("://")
    if not sep or scheme.lower() not in _SCHEMES:
        raise bad(f"the scheme must be one of {', '.join(s + '://' for s in _SCHEMES)}")
    topology, tls = _SCHEMES[scheme.lower()]
    rest, _, fragment = rest.partition("#")
    if fragment:
        raise bad("a fragment (#…) means nothing here")
    rest, _, query = rest.partition("?")
    authority, slash, path = rest.partition("/")
    username = password = None
    if "@" in authority:
        userinfo, _, authority = authority.rpartition("@")
        user, colon, secret = userinfo.partition(":")
        username = unquote(user) or None
        password = (unquote(secret) or None) if colon else None
    options = _options(query, topology, tls, bad)
    db: int = options.pop("db", 0)
    if topology == "unix":
        if authority:
            raise bad("a unix:// URL names a socket path, not a host: unix:///path/to/redis.sock")
        unix_path = unquote(slash + path)
        if unix_path in ("", "/"):
            raise bad("the socket path is missing: unix:///path/to/redis.sock")
        return RedisTarget(topology, tls, (), unix_path, None, db, username, password, options, safe)
    hosts = _hosts(authority, topology, bad)
    service, db = _service_and_db(path, topology, db, bad)
    return RedisTarget(topology, tls, hosts, None, service, db, username, password, options, safe)


def _service_and_db(path: str, topology: Topology, db: int, bad: Callable[[str], Exception]) -> tuple[str | None, int]:
    segments = [unquote(s) for s in path.split("/")] if path else []
    service = None
    if topology == "sentinel":
        if not segments or not segments[0]:
            raise bad("the Sentinel service name is missing: redis+sentinel://host:26379,…/service_name/0")
        service = segments.pop(0)
        if not _SERVICE.match(service):
            raise bad("the Sentinel service name may hold only letters, digits, '.', '_' and '-'")
    if topology == "cluster" and any(segments):
        raise bad("a cluster has only database 0: drop the path (redis+cluster://host:port,…)")
    segments = [s for s in segments if s]
    if len(segments) > 1:
        raise bad("the path holds only the database number")
    if segments:
        try:
            db = _db(segments[0])
        except ValueError:
            raise bad("the database must be a number (…/0)") from None
    return service, db


def _hosts(authority: str, topology: Topology, bad: Callable[[str], Exception]) -> tuple[tuple[str, int], ...]:
    if not authority:
        raise bad("the host is missing")
    parts = authority.split(",")
    if topology == "single" and len(parts) > 1:
        raise bad("one host only; several hosts need redis+sentinel:// or redis+cluster://")
    hosts = []
    for part in parts:
        match = _HOST.match(part)
        if match is None:
            raise bad("each host must be host[:port] or [ipv6][:port]")
        port = int(match["port"]) if match["port"] else _DEFAULT_PORT[topology]
        if not 0 < port < 65536:
            raise bad("a port must be between 1 and 65535")
        hosts.append((match["v6"] or match["name"], port))
    return tuple(hosts)


def _options(query: str, topology: Topology, tls: bool, bad: Callable[[str], Exception]) -> dict[str, Any]:
    allowed = {**_COMMON, **_PER_TOPOLOGY[topology], **_TLS}
    options: dict[str, Any] = {}
    try:
        pairs = parse_qsl(query, keep_blank_values=True, strict_parsing=bool(query))
    except ValueError:
        raise bad("the query must be name=value pairs joined by '&'") from None
    for name, value in pairs:
        parser = allowed.get(name)
        if parser is None:
            known = ", ".join(sorted(allowed))
            raise bad(f"unknown option {name!r} (known: {known})")
        if name in _TLS and not tls:
            raise bad(f"{name} needs TLS: use the rediss scheme")
        if name in options:
            raise bad(f"option {name!r} is given twice")
        try:
            options[name] = parser(value)
        except ValueError:
            shown = "***" if name in _SECRET_OPTIONS else repr(value)
            raise bad(f"option {name!r} has an invalid value {shown}") from None
    return options
