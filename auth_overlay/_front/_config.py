"""Turning settled options into a checked configuration, before any I/O.

Every mistake a user can make in arguments surfaces here as ``ConfigurationError``, so a
misconfigured service fails at start-up, not at its first request.
"""

from __future__ import annotations

import os
from urllib.parse import urlsplit

import attrs

from auth_overlay import errors
from auth_overlay._core._endpoint import Endpoint
from auth_overlay._core._grants import (
    AuthorizationCodeGrant,
    ClientCredentialsGrant,
    Credentials,
    Grant,
    RefreshTokenGrant,
    StartGrant,
    UserLogin,
)
from auth_overlay._core._secret import Secret, as_secret
from auth_overlay._core._token import check_header_token
from auth_overlay._core._urls import check_socket_url, check_url
from auth_overlay._front._options import Settings
from auth_overlay.vendors import Environment, ProviderProfile, TokenExchange, get_profile

CACHE_ENV_VAR = "AUTH_OVERLAY_CACHE"


@attrs.frozen
class ResolvedConfig:
    profile: ProviderProfile
    environment: str | None
    token_url: str | None  # None until RFC 8414 discovery names it
    discovery_url: str | None
    api_base_url: str | None
    credentials: Credentials
    initial_grant: Grant | None
    exchange: TokenExchange
    #: socket URLs given with ``Endpoint`` (``websocket_url`` …), checked; the rest follow the environment
    socket_urls: dict[str, str] = attrs.field(factory=dict)


def _required_secret(value: str | Secret | None, name: str, provider: str) -> Secret:
    """A non-empty secret argument, wrapped so it never prints."""
    secret = as_secret(value)
    if secret is None or not secret:
        raise errors.ConfigurationError(f"{name} is required", provider=provider)
    return secret


def _header_safe(secret: Secret, name: str, provider: str) -> None:
    """A code or refresh token given at start-up passes the same check as any token a vendor sends."""
    try:
        check_header_token(secret.reveal(), name)
    except ValueError:
        raise errors.ConfigurationError(
            f"{name} holds characters a token cannot carry (whitespace or control characters)", provider=provider
        ) from None


def resolve(provider: str, settings: Settings) -> ResolvedConfig:
    profile = get_profile(provider)
    name = profile.name
    if not settings.client_id:
        raise errors.ConfigurationError("client_id is required", provider=name)
    secret = _required_secret(settings.client_secret, "client_secret", name)
    start = settings.grant
    user = _user_login(profile, start) if isinstance(start, UserLogin) else None
    if user is not None:
        assert profile.session is not None
        profile = profile.session
    if settings.scope is not None and not profile.supports_scope:
        raise errors.ConfigurationError(f"{name} does not accept a scope", provider=name)
    credentials = Credentials(client_id=settings.client_id, client_secret=secret, scope=settings.scope, user=user)
    exchange = _exchange(profile, settings.auth_method)
    refusal = exchange.refusal(credentials)
    if refusal is not None:
        raise errors.ConfigurationError(refusal, provider=name)
    initial = None if profile.logs_in else _initial_grant(profile, start)
    env_name, env = _environment(profile, settings.environment)
    token_url, discovery_url, api_base = _urls(profile, env, exchange, settings.endpoint)
    return ResolvedConfig(
        profile=profile,
        environment=env_name,
        token_url=token_url,
        discovery_url=discovery_url,
        api_base_url=api_base,
        credentials=credentials,
        initial_grant=initial,
        exchange=exchange,
        socket_urls=_socket_urls(settings.endpoint, name),
    )


def _socket_urls(endpoint: Endpoint, provider: str) -> dict[str, str]:
    given = {"websocket_url": endpoint.websocket_url, "market_data_url": endpoint.market_data_url}
    given["replay_url"] = endpoint.replay_url
    return {name: check_socket_url(url, name, provider) for name, url in given.items() if url is not None}


def _user_login(profile: ProviderProfile, login: UserLogin) -> UserLogin:
    name = profile.name
    if profile.session is None:
        raise errors.ConfigurationError(f"{name} has no user-login mode; username= does not apply", provider=name)
    if not login.username:
        raise errors.ConfigurationError("username is required", provider=name)
    _required_secret(login.password, "password", name)
    return login


def _exchange(profile: ProviderProfile, auth_method: str | None) -> TokenExchange:
    if profile.auth_methods:
        method = auth_method or profile.auth_methods[0]
        if method not in profile.auth_methods:
            raise errors.ConfigurationError(
                f"auth_method must be one of {', '.join(profile.auth_methods)}", provider=profile.name
            )
        return profile.exchange(method)
    if auth_method is not None:
        raise errors.ConfigurationError(
            f"{profile.name} authenticates one way only; auth_method= does not apply", provider=profile.name
        )
    return profile.exchange()


def _urls(
    profile: ProviderProfile, env: Environment | None, exchange: TokenExchange, endpoint: Endpoint
) -> tuple[str | None, str | None, str | None]:
    """(token URL, RFC 8414 discovery URL, API base URL)."""
    name = profile.name
    base_url = check_url(endpoint.base_url, "base_url", name).rstrip("/") if endpoint.base_url else None
    prefix = profile.base_path if endpoint.base_path is None else endpoint.base_path
    token_path = endpoint.token_path or exchange.default_path
    api_base = base_url or (env.api_base + prefix if env is not None else None)
    if endpoint.token_url is not None:
        return check_url(endpoint.token_url, "token_url", name), None, api_base
    if endpoint.issuer is not None:
        check_url(endpoint.issuer, "issuer", name)
        return None, _metadata_url(endpoint.issuer), api_base
    if base_url is not None:
        return base_url + token_path, None, api_base
    if env is not None:
        return env.auth_base + prefix + token_path, None, api_base
    raise errors.ConfigurationError("token_url= or issuer= is required for a generic OAuth2 server", provider=name)


def _metadata_url(issuer: str) -> str:
    """RFC 8414 §3.1: the well-known segment goes between the host and the issuer's path."""
    parts = urlsplit(issuer)
    path = parts.path.rstrip("/")
    return f"{parts.scheme}://{parts.netloc}/.well-known/oauth-authorization-server{path}"


def _environment(profile: ProviderProfile, environment: str | None) -> tuple[str | None, Environment | None]:
    if not profile.environments:
        if environment is not None:
            raise errors.ConfigurationError(f"{profile.name} has no named environments", provider=profile.name)
        return None, None
    name = environment or profile.default_environment
    assert name is not None
    try:
        return name, profile.environments[name]
    except KeyError:
        known = ", ".join(profile.environments)
        raise errors.ConfigurationError(
            f"unknown environment {name!r} for {profile.name}; known: {known}", provider=profile.name
        ) from None


def _initial_grant(profile: ProviderProfile, start: StartGrant | None) -> Grant | None:
    name = profile.name
    if isinstance(start, AuthorizationCodeGrant):
        if "authorization_code" not in profile.initial_grants:
            raise errors.ConfigurationError(f"{name} does not take an authorization code", provider=name)
        _header_safe(_required_secret(start.code, "code", name), "code", name)
        return start
    if isinstance(start, RefreshTokenGrant):
        if "refresh_token" not in profile.initial_grants:
            raise errors.ConfigurationError(f"{name} does not take a refresh token", provider=name)
        _header_safe(_required_secret(start.refresh_token, "refresh_token", name), "refresh_token", name)
        return start
    if not profile.client_credentials:
        raise errors.ConfigurationError(
            f"{name} needs code= (with redirect_uri=) or refresh_token= to start from", provider=name
        )
    if start is not None and not isinstance(start, ClientCredentialsGrant):
        raise errors.ConfigurationError(f"{name} cannot start from {type(start).__name__}", provider=name)
    return None


def cache_url_from_env() -> str | None:
    return os.environ.get(CACHE_ENV_VAR) or None
