"""Tradovate: OAuth code exchange and refresh (JSON body), or trading sessions with a user login.

Two profiles: ``PROFILE`` (OAuth: ``/auth/oauthtoken``, authorization code first, refresh
token after) and ``SESSION`` (``/auth/accesstokenrequest`` to log in, ``/auth/renewaccesstoken``
to extend the same session), chosen when a user login is given. Errors, wrong credentials
and penalty tickets come back in-band with HTTP 200.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING, Any

import httpx

from auth_overlay._core._grants import (
    AuthorizationCodeGrant,
    Credentials,
    Grant,
    LoginGrant,
    RefreshTokenGrant,
    RenewGrant,
)
from auth_overlay.vendors._base import (
    Environment,
    Payload,
    Penalty,
    PlainExchange,
    ProviderProfile,
    TokenShape,
    request_from_kwargs,
    through_model,
)

if TYPE_CHECKING:
    import tradovate_client

#: every Tradovate API path sits below this prefix on the host
BASE_PATH = "/v1"
#: a p-time beyond any sane wait (the fetcher clamps to its documented range)
_ABSURD_WAIT = 1e9


class TradovateOAuthExchange(PlainExchange):
    """JSON body; authorization-code exchange first, refresh-token grant after."""

    def __init__(self) -> None:
        from tradovate_client.api.authentication import o_auth_token
        from tradovate_client.models import OAuthToken, OAuthTokenResponse

        self._endpoint = o_auth_token
        self._body = OAuthToken
        self._models: dict[int, Callable[[Payload], Any]] = {200: OAuthTokenResponse.from_dict}
        self.default_path = str(o_auth_token._get_kwargs(body=OAuthToken(grant_type=""))["url"])

    def build_request(self, url: str, credentials: Credentials, grant: Grant) -> httpx.Request:
        body = self._body(
            grant_type=grant.kind,
            client_id=credentials.client_id,
            client_secret=credentials.client_secret.reveal(),
        )
        if isinstance(grant, AuthorizationCodeGrant):
            body.code = grant.code.reveal()
            if grant.redirect_uri:
                body.redirect_uri = grant.redirect_uri
        elif isinstance(grant, RefreshTokenGrant):
            body.refresh_token = grant.refresh_token.reveal()
        return request_from_kwargs(self._endpoint._get_kwargs(body=body), url)

    def decode(self, response: httpx.Response) -> Payload | None:
        return through_model(response, self._models)


class TradovateSessionExchange:
    """Log in with ``accesstokenrequest``, extend with ``renewaccesstoken``.

    ``url`` is the login endpoint; renewal lives beside it.
    """

    def __init__(self) -> None:
        from tradovate_client.api.authentication import access_token_request, renew_access_token
        from tradovate_client.models import AccessTokenRequest, AccessTokenResponse

        self._login = access_token_request
        self._renew = renew_access_token
        self._body = AccessTokenRequest
        self._models: dict[int, Callable[[Payload], Any]] = {200: AccessTokenResponse.from_dict}
        self.default_path = str(access_token_request._get_kwargs(body=AccessTokenRequest(name="", password=""))["url"])
        self.renew_path = str(renew_access_token._get_kwargs()["url"])

    def refusal(self, credentials: Credentials) -> str | None:
        return None

    def build_request(self, url: str, credentials: Credentials, grant: Grant) -> httpx.Request:
        if isinstance(grant, RenewGrant):
            renew_url = (
                url[: len(url) - len(self.default_path)] + self.renew_path if url.endswith(self.default_path) else url
            )
            headers = {"Authorization": f"Bearer {grant.access_token.reveal()}"}
            return request_from_kwargs(self._renew._get_kwargs(), renew_url, headers)
        if not isinstance(grant, LoginGrant) or credentials.user is None:
            raise TypeError(f"a Tradovate session cannot use the {grant.kind} grant")
        user = credentials.user
        # The vendor's examples send cid as a number; its schema allows a string.
        cid: int | str = int(credentials.client_id) if credentials.client_id.isdigit() else credentials.client_id
        body = self._body(
            name=user.username, password=user.password.reveal(), cid=cid, sec=credentials.client_secret.reveal()
        )
        if user.app_id is not None:
            body.app_id = user.app_id
        if user.app_version is not None:
            body.app_version = user.app_version
        if user.device_id is not None:
            body.device_id = user.device_id
        return request_from_kwargs(self._login._get_kwargs(body=body), url)

    def decode(self, response: httpx.Response) -> Payload | None:
        return through_model(response, self._models)

    def penalty(self, payload: Payload | None) -> Penalty | None:
        if not payload or not payload.get("p-ticket"):
            return None
        wait = payload.get("p-time")
        seconds = 0.0
        if isinstance(wait, int | float) and not isinstance(wait, bool) and wait >= 0:
            # An integer is capped before float() (a 400-digit one overflows); a non-finite float is
            # kept for the fetcher to refuse. The fetcher holds the wait to its documented range.
            seconds = float(min(wait, _ABSURD_WAIT)) if isinstance(wait, int) else wait
        return Penalty(str(payload["p-ticket"]), seconds, payload.get("p-captcha") is True)

    def with_ticket(self, request: httpx.Request, penalty: Penalty) -> httpx.Request:
        if not request.content:
            raise ValueError("a body-less request (a renewal) cannot carry a penalty ticket")
        body = json.loads(request.content)
        body["p-ticket"] = penalty.ticket
        headers = {k: v for k, v in request.headers.items() if k.lower() != "content-length"}
        return httpx.Request(request.method, request.url, json=body, headers=headers)


@functools.cache
def token_paths() -> dict[str, str]:
    """Below ``BASE_PATH``, as the vendored spec says: the OAuth, login and renewal endpoints."""
    session = TradovateSessionExchange()
    return {
        "oauth": TradovateOAuthExchange().default_path,
        "login": session.default_path,
        "renew": session.renew_path,
    }


def make_client(base_url: str, httpx_args: dict[str, Any], **kwargs: Any) -> tradovate_client.AuthenticatedClient:
    """The generated client for Tradovate's API; ``TokenAuth.client()`` passes itself as ``auth``.

    Tradovate's operations declare bearer security, so the generator types them for an
    ``AuthenticatedClient``. Its static token stays empty: the ``auth`` in ``httpx_args`` sets
    the ``Authorization`` header on every request (and refreshes and replays on a 401).
    """
    from tradovate_client import AuthenticatedClient

    return AuthenticatedClient(base_url=base_url, token="", prefix="", httpx_args=httpx_args, **kwargs)


def _environment(host: str) -> Environment:
    url = f"https://{host}.tradovateapi.com"
    return Environment(auth_base=url, api_base=url)


_ENVIRONMENTS = {name: _environment(name) for name in ("demo", "live", "demo-d", "live-d")}

SESSION = ProviderProfile(
    name="tradovate",
    environments=_ENVIRONMENTS,
    default_environment="demo",
    exchange=TradovateSessionExchange,
    base_path=BASE_PATH,
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
    make_client=make_client,
    supports_scope=False,
    client_credentials=False,
    logs_in=True,
)

PROFILE = ProviderProfile(
    name="tradovate",
    environments=_ENVIRONMENTS,
    default_environment="demo",
    exchange=TradovateOAuthExchange,
    base_path=BASE_PATH,
    # Access tokens live 80-90 minutes (the vendor's pages disagree): the shorter is the safe default.
    default_lifetime=timedelta(minutes=80),
    refresh_margin=timedelta(minutes=15),
    make_client=make_client,
    supports_scope=False,
    initial_grants=frozenset({"authorization_code", "refresh_token"}),
    client_credentials=False,
    session=SESSION,
)
