"""Turning ``for_provider`` arguments into a checked configuration, before any I/O.

Every mistake a user can make in arguments surfaces here as ``ConfigurationError``, so a
misconfigured service fails at start-up, not at its first request.
"""

from __future__ import annotations

import ipaddress
import os
from urllib.parse import urlsplit

import attrs
import httpx

from auth_overlay import errors
from auth_overlay._generated import TokenExchange
from auth_overlay._grants import AuthorizationCodeGrant, Credentials, Grant, RefreshTokenGrant, UserLogin
from auth_overlay._profiles import Environment, ProviderProfile, get_profile
from auth_overlay._secret import Secret, as_secret

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


def is_loopback(host: str) -> bool:
    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_url(url: str, what: str, provider: str) -> str:
    """https everywhere; plain http only to this machine (the sandbox, tests)."""
    if not isinstance(url, str) or any(ch.isspace() or not ch.isprintable() for ch in url):
        # CR/LF/NUL, tabs or other control characters: urlsplit strips some of them silently,
        # httpx refuses them later with a raw InvalidURL. Refuse them here, before any I/O.
        raise errors.ConfigurationError(f"{what} contains whitespace or control characters", provider=provider)
    try:
        parts = urlsplit(url)
        httpx.URL(url)
    except (ValueError, httpx.InvalidURL):
        raise errors.ConfigurationError(f"{what} is not a URL", provider=provider) from None
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise errors.ConfigurationError(f"{what} must be an absolute https:// URL", provider=provider)
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise errors.ConfigurationError(
            f"{what} uses plain http:// to a remote host; credentials are only ever sent over https "
            "(http is allowed for loopback addresses)",
            provider=provider,
        )
    if parts.username or parts.password:
        raise errors.ConfigurationError(f"{what} must not carry credentials", provider=provider)
    return url


def _require(value: str | Secret | None, name: str, provider: str) -> None:
    text = value.reveal() if isinstance(value, Secret) else value
    if not text:
        raise errors.ConfigurationError(f"{name} is required", provider=provider)


def _required_secret(value: str | Secret | None, name: str, provider: str) -> Secret:
    """A non-empty secret argument, wrapped so it never prints."""
    _require(value, name, provider)
    secret = as_secret(value)
    assert secret is not None
    return secret


def resolve(
    provider: str,
    *,
    client_id: str | None,
    client_secret: str | Secret | None,
    environment: str | None,
    token_url: str | None,
    token_path: str | None,
    base_path: str | None,
    base_url: str | None,
    scope: str | None,
    issuer: str | None,
    auth_method: str | None,
    code: str | Secret | None,
    redirect_uri: str | None,
    refresh_token: str | Secret | None,
    username: str | None = None,
    password: str | Secret | None = None,
    app_id: str | None = None,
    app_version: str | None = None,
    device_id: str | None = None,
) -> ResolvedConfig:
    profile = get_profile(provider)
    name = profile.name
    _require(client_id, "client_id", name)
    assert client_id is not None
    secret = _required_secret(client_secret, "client_secret", name)
    user = _user_login(profile, username, password, app_id, app_version, device_id)
    if user is not None:
        assert profile.session is not None
        profile = profile.session
        if code is not None or refresh_token is not None:
            raise errors.ConfigurationError("a user login does not take code= or refresh_token=", provider=name)

    if scope is not None and not profile.supports_scope:
        raise errors.ConfigurationError(f"{name} does not accept a scope", provider=name)
    if profile.raw_basic_auth and ":" in client_id:
        raise errors.ConfigurationError(
            "the client id contains ':', which this vendor's HTTP Basic encoding cannot carry", provider=name
        )
    initial = None if profile.logs_in else _initial_grant(profile, code, redirect_uri, refresh_token)

    env_name, env = _environment(profile, environment)
    exchange = _exchange(profile, auth_method)
    if base_url is not None:
        check_url(base_url, "base_url", name)
    urls = _urls(
        profile,
        env,
        exchange,
        token_url=token_url,
        token_path=token_path,
        base_path=base_path,
        base_url=base_url,
        issuer=issuer,
    )
    resolved_token_url, discovery_url, api_base = urls

    return ResolvedConfig(
        profile=profile,
        environment=env_name,
        token_url=resolved_token_url,
        discovery_url=discovery_url,
        api_base_url=api_base,
        credentials=Credentials(client_id=client_id, client_secret=secret, scope=scope, user=user),
        initial_grant=initial,
        exchange=exchange,
    )


def _user_login(
    profile: ProviderProfile,
    username: str | None,
    password: str | Secret | None,
    app_id: str | None,
    app_version: str | None,
    device_id: str | None,
) -> UserLogin | None:
    name = profile.name
    if username is None:
        if password is not None or app_id is not None or app_version is not None or device_id is not None:
            raise errors.ConfigurationError(
                "password=, app_id=, app_version= and device_id= go with username=", provider=name
            )
        return None
    if profile.session is None:
        raise errors.ConfigurationError(f"{name} has no user-login mode; username= does not apply", provider=name)
    _require(username, "username", name)
    return UserLogin(username, _required_secret(password, "password", name), app_id, app_version, device_id)


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
    profile: ProviderProfile,
    env: Environment | None,
    exchange: TokenExchange,
    *,
    token_url: str | None,
    token_path: str | None,
    base_path: str | None,
    base_url: str | None,
    issuer: str | None,
) -> tuple[str | None, str | None, str | None]:
    """(token URL, RFC 8414 discovery URL, API base URL)."""
    name = profile.name
    prefix = profile.base_path if base_path is None else base_path
    if base_url is not None:
        api_base: str | None = base_url.rstrip("/")
    elif env is not None:
        api_base = env.api_base + prefix
    else:
        api_base = None
    if token_url is not None:
        return check_url(token_url, "token_url", name), None, api_base
    if issuer is not None:
        check_url(issuer, "issuer", name)
        return None, _metadata_url(issuer), api_base
    if base_url is not None:
        return base_url.rstrip("/") + (token_path or exchange.default_path), None, api_base
    if env is not None:
        return env.auth_base + prefix + (token_path or exchange.default_path), None, api_base
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


def _initial_grant(
    profile: ProviderProfile, code: str | Secret | None, redirect_uri: str | None, refresh_token: str | Secret | None
) -> Grant | None:
    name = profile.name
    if code is not None and refresh_token is not None:
        raise errors.ConfigurationError("pass code= or refresh_token=, not both", provider=name)
    if redirect_uri is not None and code is None:
        raise errors.ConfigurationError("redirect_uri= goes with code=", provider=name)
    if code is not None:
        if "authorization_code" not in profile.initial_grants:
            raise errors.ConfigurationError(f"{name} does not take an authorization code", provider=name)
        return AuthorizationCodeGrant(_required_secret(code, "code", name), redirect_uri)
    if refresh_token is not None:
        if "refresh_token" not in profile.initial_grants:
            raise errors.ConfigurationError(f"{name} does not take a refresh token", provider=name)
        return RefreshTokenGrant(_required_secret(refresh_token, "refresh_token", name))
    if not profile.client_credentials:
        raise errors.ConfigurationError(
            f"{name} needs code= (with redirect_uri=) or refresh_token= to start from", provider=name
        )
    return None


def cache_url_from_env() -> str | None:
    return os.environ.get(CACHE_ENV_VAR) or None
