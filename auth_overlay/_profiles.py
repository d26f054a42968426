"""Each vendor as data: a frozen record whose fields are exactly the differences.

Adding a vendor is a profile here, a vendored spec and a generated client; nothing else
in the overlay branches on a vendor's name.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import timedelta

import attrs

from auth_overlay import errors
from auth_overlay._generated import (
    AlternativePaymentsExchange,
    StandardOAuth2Exchange,
    TokenExchange,
    TradevestExchange,
    TradovateOAuthExchange,
    TradovateSessionExchange,
)
from auth_overlay._outcome import TokenShape


@attrs.frozen
class Environment:
    """Where the token endpoint (``auth_base``) and the API (``api_base``) live; they switch together."""

    auth_base: str
    api_base: str


@attrs.frozen
class ProviderProfile:
    name: str
    environments: Mapping[str, Environment]
    default_environment: str | None
    exchange: Callable[..., TokenExchange]
    #: the path below ``auth_base``; None means "as the vendored spec says"
    token_path: str | None = None
    #: prefix between host and the spec's paths (Tradovate's ``/v1``)
    base_path: str = ""
    shape: TokenShape = attrs.field(factory=TokenShape)
    #: lifetime assumed when the answer has no expiry (documented per vendor)
    default_lifetime: timedelta = timedelta(hours=1)
    max_lifetime: timedelta = timedelta(hours=24)
    refresh_margin: timedelta = timedelta(seconds=60)
    #: error statuses that come without an error code, and what they mean
    codeless_statuses: Mapping[int, type[errors.TokenError]] = attrs.field(
        factory=lambda: {400: errors.InvalidRequestError, 401: errors.InvalidClientError, 403: errors.AccessDeniedError}
    )
    #: the generated package whose ``Client`` talks to the API
    package: str | None = None
    supports_scope: bool = True
    #: grants a user may start from besides client credentials
    initial_grants: frozenset[str] = frozenset()
    #: the vendor's Basic header carries ``id:secret`` raw, so an id with ':' cannot be sent
    raw_basic_auth: bool = False
    #: the client credentials grant is how this vendor starts (False: a code or refresh token is needed)
    client_credentials: bool = True
    #: client authentication methods a user may choose between (first is the default)
    auth_methods: tuple[str, ...] = ()
    #: the profile opens user sessions (name and password) instead of OAuth grants
    logs_in: bool = False
    #: the same vendor's session-login mode, used when ``username=`` is given
    session: ProviderProfile | None = None


def _tradevest_env(stage: str) -> Environment:
    return Environment(
        auth_base=f"https://b2b.auth.platform-{stage}.tradevest.ai",
        api_base=f"https://tvda-api.platform-{stage}.tradevest.ai",
    )


def _tradovate_env(host: str) -> Environment:
    url = f"https://{host}.tradovateapi.com"
    return Environment(auth_base=url, api_base=url)


TRADEVEST = ProviderProfile(
    name="tradevest",
    environments={
        "test": _tradevest_env("test"),
        "pretest": _tradevest_env("pretest"),
        "prod": _tradevest_env("prod"),
    },
    default_environment="test",
    exchange=TradevestExchange,
    package="tradevest_client",
)

ALTERNATIVE_PAYMENTS = ProviderProfile(
    name="alternative_payments",
    environments={
        "production": Environment(
            "https://public-api.alternativepayments.io", "https://public-api.alternativepayments.io"
        ),
        "demo": Environment(
            "https://public-api.demo.alternativepayments.io", "https://public-api.demo.alternativepayments.io"
        ),
    },
    default_environment="demo",
    exchange=AlternativePaymentsExchange,
    # 403 "Invalid credentials" is a map of strings with no code: wrong id/secret or Basic header.
    codeless_statuses={400: errors.InvalidRequestError, 401: errors.InvalidClientError, 403: errors.InvalidClientError},
    package="alternative_payments_client",
    supports_scope=False,
    raw_basic_auth=True,
)

_TRADOVATE_ENVIRONMENTS = {
    "demo": _tradovate_env("demo"),
    "live": _tradovate_env("live"),
    "demo-d": _tradovate_env("demo-d"),
    "live-d": _tradovate_env("live-d"),
}

TRADOVATE_SESSION = ProviderProfile(
    name="tradovate",
    environments=_TRADOVATE_ENVIRONMENTS,
    default_environment="demo",
    exchange=TradovateSessionExchange,
    base_path="/v1",
    shape=TokenShape(
        access_token="accessToken",
        expires_in=None,
        expires_at="expirationTime",
        token_type=None,
        refresh_token=None,
        scope=None,
        extras={"mdAccessToken": "md_access_token", "userId": "user_id", "userStatus": "user_status"},
    ),
    default_lifetime=timedelta(minutes=80),
    # Renew 15 minutes before expiry, as the vendor advises (capped by the refresh policy).
    refresh_margin=timedelta(minutes=15),
    package="tradovate_client",
    supports_scope=False,
    client_credentials=False,
    logs_in=True,
)

TRADOVATE = ProviderProfile(
    name="tradovate",
    environments=_TRADOVATE_ENVIRONMENTS,
    default_environment="demo",
    exchange=TradovateOAuthExchange,
    base_path="/v1",
    # Access tokens live 80-90 minutes (the vendor's pages disagree): the shorter is the safe default.
    default_lifetime=timedelta(minutes=80),
    refresh_margin=timedelta(minutes=15),
    package="tradovate_client",
    supports_scope=False,
    initial_grants=frozenset({"authorization_code", "refresh_token"}),
    client_credentials=False,
    session=TRADOVATE_SESSION,
)

OAUTH2 = ProviderProfile(
    name="oauth2",
    environments={},
    default_environment=None,
    exchange=StandardOAuth2Exchange,
    auth_methods=("client_secret_basic", "client_secret_post"),
    initial_grants=frozenset({"authorization_code", "refresh_token"}),
)

PROFILES: Mapping[str, ProviderProfile] = {p.name: p for p in (TRADEVEST, ALTERNATIVE_PAYMENTS, TRADOVATE, OAUTH2)}


def get_profile(name: str) -> ProviderProfile:
    try:
        return PROFILES[name]
    except KeyError:
        known = ", ".join(sorted(PROFILES))
        raise errors.ConfigurationError(f"unknown provider {name!r}; known providers: {known}") from None
