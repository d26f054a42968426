"""The options ``TokenAuth.for_provider`` takes, as types.

Three small option objects carry what used to be a long keyword list: the grant a user
starts from (``AuthorizationCodeGrant``, ``RefreshTokenGrant``, ``UserLogin``, or the
default ``ClientCredentialsGrant``), an ``Endpoint`` override, and ``HttpOptions``. The
flat keywords of earlier releases (``code=``, ``username=``, ``token_url=`` …) stay as
shorthands: ``settle`` turns them into the same objects, in this one place.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, TypeAlias, TypedDict

import attrs
import httpx

from auth_overlay import errors
from auth_overlay._caches._base import TokenCache
from auth_overlay._core._clock import Clock
from auth_overlay._core._endpoint import Endpoint, HttpOptions
from auth_overlay._core._grants import AuthorizationCodeGrant, RefreshTokenGrant, StartGrant, UserLogin
from auth_overlay._core._policy import RefreshPolicy, RetryPolicy
from auth_overlay._core._secret import Secret
from auth_overlay.events import EventHook

if TYPE_CHECKING:
    import redis
    import redis.cluster

#: ``cache=``: a ``TokenCache``, a URL (``memory://``, ``file:///dir``, ``redis://``, ``rediss://``,
#: ``redis+sentinel://``, ``redis+cluster://``), or a ready redis-py client
CacheOption: TypeAlias = "TokenCache | str | redis.Redis | redis.cluster.RedisCluster | None"


class Options(TypedDict, total=False):
    """Every keyword ``for_provider`` accepts; type checkers read it, ``settle`` enforces it."""

    client_id: Required[str]
    client_secret: Required[str | Secret]
    environment: str | None
    scope: str | None
    grant: StartGrant | None
    endpoint: Endpoint | None
    http: HttpOptions | None
    auth_method: str | None
    cache: CacheOption
    retry: RetryPolicy | None
    refresh: RefreshPolicy | None
    on_event: EventHook | None
    clock: Clock | None
    # Shorthands for fields of grant=, endpoint= and http=:
    code: str | Secret | None
    redirect_uri: str | None
    refresh_token: str | Secret | None
    username: str | None
    password: str | Secret | None
    app_id: str | None
    app_version: str | None
    device_id: str | None
    token_url: str | None
    issuer: str | None
    base_url: str | None
    base_path: str | None
    token_path: str | None
    websocket_url: str | None
    market_data_url: str | None
    replay_url: str | None
    transport: httpx.BaseTransport | None
    async_transport: httpx.AsyncBaseTransport | None
    verify: bool | str


_ENDPOINT_KEYS = tuple(a.name for a in attrs.fields(Endpoint))
_HTTP_KEYS = tuple(a.name for a in attrs.fields(HttpOptions))
_LOGIN_EXTRAS = ("password", "app_id", "app_version", "device_id")


@attrs.frozen
class Settings:
    """``for_provider``'s keywords, settled into option objects."""

    client_id: str | None
    client_secret: str | Secret | None
    environment: str | None = None
    scope: str | None = None
    grant: StartGrant | None = None
    endpoint: Endpoint = attrs.field(factory=Endpoint)
    http: HttpOptions = attrs.field(factory=HttpOptions)
    auth_method: str | None = None
    cache: CacheOption = None
    retry: RetryPolicy | None = None
    refresh: RefreshPolicy | None = None
    on_event: EventHook | None = None
    clock: Clock | None = None


def settle(provider: str, options: Mapping[str, Any]) -> Settings:
    """Check the keywords and fold the shorthands into option objects; ``ConfigurationError`` on conflicts."""
    unknown = sorted(set(options) - set(Options.__annotations__))
    if unknown:
        raise TypeError(f"for_provider() got an unexpected keyword argument {unknown[0]!r}")
    given = {key: value for key, value in options.items() if value is not None}
    endpoint = _fold(provider, given, "endpoint", _ENDPOINT_KEYS, Endpoint)
    http = _fold(provider, given, "http", _HTTP_KEYS, HttpOptions)
    grant = _grant(provider, given)
    plain = {key: given.get(key) for key in attrs.fields_dict(Settings) if key not in ("grant", "endpoint", "http")}
    return Settings(grant=grant, endpoint=endpoint, http=http, **plain)


def _fold(provider: str, given: dict[str, Any], name: str, keys: tuple[str, ...], cls: Any) -> Any:
    shorthand = {key: given.pop(key) for key in keys if key in given}
    whole = given.pop(name, None)
    if whole is not None and shorthand:
        raise errors.ConfigurationError(
            f"pass {name}= or its shorthands ({', '.join(f'{k}=' for k in shorthand)}), not both", provider=provider
        )
    return whole if whole is not None else cls(**shorthand)


def _grant(provider: str, given: dict[str, Any]) -> StartGrant | None:
    code, refresh_token, username = (
        given.pop("code", None),
        given.pop("refresh_token", None),
        given.pop("username", None),
    )
    redirect_uri = given.pop("redirect_uri", None)
    login = {key: given.pop(key) for key in _LOGIN_EXTRAS if key in given}
    explicit: StartGrant | None = given.pop("grant", None)
    shorthand: list[StartGrant] = []
    if username is not None:
        if code is not None or refresh_token is not None:
            raise errors.ConfigurationError("a user login does not take code= or refresh_token=", provider=provider)
        shorthand.append(UserLogin(username, **{"password": "", **login}))
    elif login:
        raise errors.ConfigurationError(
            "password=, app_id=, app_version= and device_id= go with username=", provider=provider
        )
    if code is not None and refresh_token is not None:
        raise errors.ConfigurationError("pass code= or refresh_token=, not both", provider=provider)
    if redirect_uri is not None and code is None:
        raise errors.ConfigurationError("redirect_uri= goes with code=", provider=provider)
    if code is not None:
        shorthand.append(AuthorizationCodeGrant(code, redirect_uri))
    if refresh_token is not None:
        shorthand.append(RefreshTokenGrant(refresh_token))
    if explicit is not None and shorthand:
        raise errors.ConfigurationError(
            "pass grant= or its shorthands (code=, refresh_token=, username=), not both", provider=provider
        )
    return explicit if explicit is not None else (shorthand[0] if shorthand else None)
