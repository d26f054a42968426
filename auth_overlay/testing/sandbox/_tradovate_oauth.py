"""Tradovate's OAuth: the authorize page (``/oauth``) and the code exchange and refresh
(``/auth/oauthtoken``), whose errors come back in-band.

``GET /oauth?response_type=code&client_id=…&redirect_uri=…[&state=…]`` stands for the vendor's
``https://trader.tradovate.com/oauth`` page with its user already signed in and consenting: it
answers 302 to ``redirect_uri`` with ``code`` (and ``state``) for the client's own user.
``redirect_uri`` must be registered (``Sandbox(tradovate_redirect_uris=…)``, ``--redirect-uri``;
on loopback any port, RFC 8252 section 7.3). An unknown client, a missing, unregistered or
repeated parameter is not redirected (RFC 6749 section 4.1.2.1): 400 ``{"errorText"}``; a
``response_type`` other than ``code`` is redirected with ``error=unsupported_response_type``.

The exchange answers HTTP 200 ``{"error", "error_description"}`` for ``invalid_request``,
``unsupported_grant_type``, ``invalid_client`` and ``invalid_grant`` (unknown, used or expired
code, ``redirect_uri`` mismatch, spent or expired refresh token); refresh tokens rotate unless the
sandbox is told not to.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ._models import CannedResponse, RecordedRequest, VendorCredentials
from ._routes import NO_STORE, BadRequestError, parse_json_object
from ._state import AuthorizationCode, RefreshGrant, SandboxState, whole_seconds

_LOOPBACK = frozenset({"127.0.0.1", "::1", "localhost"})


def in_band(payload: dict[str, Any]) -> CannedResponse:
    return CannedResponse.json(200, payload, headers=dict(NO_STORE))


def username_of(client: VendorCredentials) -> str:
    return client.username if client.username is not None else client.client_id


def _oauth_error(code: str, description: str) -> CannedResponse:
    return in_band({"error": code, "error_description": description})


def issue_authorization_code(
    state: SandboxState,
    redirect_uri: str | None,
    username: str | None,
    client: VendorCredentials | None = None,
) -> str:
    client = client or state.primary("tradovate")
    code = AuthorizationCode(
        value=secrets.token_urlsafe(24),
        client_id=client.client_id,
        username=username if username is not None else username_of(client),
        redirect_uri=redirect_uri,
        expires_at=state.clock() + state.tradovate.authorization_code_lifetime,
    )
    state.codes[code.value] = code
    return code.value


def registered(uris: Iterable[str], uri: str) -> bool:
    """Exactly a registered URI, or a registered loopback ``http`` one on another port."""
    try:
        wanted = urlsplit(uri)
        wanted.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        return False
    if wanted.fragment:  # RFC 6749 section 3.1.2: never
        return False
    for candidate in uris:
        mine = urlsplit(candidate)
        if uri == candidate:
            return True
        if mine.scheme == "http" and mine.hostname in _LOOPBACK:
            same = (wanted.scheme, wanted.hostname, wanted.path, wanted.query)
            if same == (mine.scheme, mine.hostname, mine.path, mine.query):
                return True
    return False


def _page_error(text: str) -> CannedResponse:
    return CannedResponse.json(400, {"errorText": text}, headers=dict(NO_STORE))


def _redirect(uri: str, **params: str | None) -> CannedResponse:
    parts = urlsplit(uri)
    extra = urlencode({name: value for name, value in params.items() if value is not None})
    query = f"{parts.query}&{extra}" if parts.query else extra
    location = urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))
    return CannedResponse(302, b"", content_type=None, headers=(("Location", location), *NO_STORE))


def authorize(state: SandboxState, request: RecordedRequest) -> CannedResponse:
    """The authorize page: approve at once for the client's own user, 302 back with a code."""
    params: dict[str, str] = {}
    for name, value in parse_qsl(urlsplit(request.path).query, keep_blank_values=True):
        if name in params:
            return _page_error(f"parameter {name!r} is repeated")
        params[name] = value
    client = state.find_client("tradovate", params.get("client_id", ""))
    if client is None:
        return _page_error("unknown client_id")
    redirect_uri = params.get("redirect_uri", "")
    if not redirect_uri:
        return _page_error("redirect_uri is required")
    if not registered(state.tradovate.redirect_uris, redirect_uri):
        return _page_error("redirect_uri is not registered for this client")
    if params.get("response_type") != "code":
        return _redirect(redirect_uri, error="unsupported_response_type", state=params.get("state"))
    code = issue_authorization_code(state, redirect_uri, username_of(client), client)
    return _redirect(redirect_uri, code=code, state=params.get("state"))


def _redeem_code(state: SandboxState, body: dict[str, Any], client_id: str) -> str | CannedResponse:
    value = body.get("code")
    if not isinstance(value, str) or not value:
        return _oauth_error("invalid_request", "code is required")
    code = state.codes.get(value)
    if code is None or code.used or state.clock() >= code.expires_at:
        return _oauth_error("invalid_grant", "authorization code is invalid, expired or used")
    code.used = True
    if code.client_id != client_id:
        return _oauth_error("invalid_grant", "authorization code was issued to another client")
    if code.redirect_uri is not None and body.get("redirect_uri") != code.redirect_uri:
        return _oauth_error("invalid_grant", "redirect_uri does not match the authorization")
    return code.username


def _redeem_refresh(state: SandboxState, body: dict[str, Any], client_id: str) -> RefreshGrant | CannedResponse:
    value = body.get("refresh_token")
    if not isinstance(value, str) or not value:
        return _oauth_error("invalid_request", "refresh_token is required")
    grant = state.refresh_grants.get(value)
    if grant is None or grant.client_id != client_id:
        return _oauth_error("invalid_grant", "refresh token is not valid")
    if grant.spent:
        return _oauth_error("invalid_grant", "refresh token has already been used")
    if state.clock() >= grant.expires_at:
        return _oauth_error("invalid_grant", "refresh token has expired")
    return grant


def oauth_token(  # noqa: PLR0911 - one return per in-band error, in checking order
    state: SandboxState, request: RecordedRequest
) -> CannedResponse:
    state.counters.oauth_token_requests += 1
    try:
        body = parse_json_object(request.body)
    except BadRequestError as exc:
        return _oauth_error("invalid_request", str(exc))
    grant_type = body.get("grant_type")
    if not isinstance(grant_type, str) or not grant_type or len(grant_type) > 64:
        return _oauth_error("invalid_request", "grant_type is required")
    if grant_type not in ("authorization_code", "refresh_token"):
        return _oauth_error("unsupported_grant_type", f"grant_type {grant_type!r} is not supported")
    client_id, client_secret = body.get("client_id"), body.get("client_secret")
    client = None
    if isinstance(client_id, str) and isinstance(client_secret, str):
        client = state.authenticate("tradovate", client_id, client_secret)
    if client is None:
        return _oauth_error("invalid_client", "client authentication failed")

    now = state.clock()
    refresh: RefreshGrant | None = None
    if grant_type == "authorization_code":
        redeemed = _redeem_code(state, body, client.client_id)
        if isinstance(redeemed, CannedResponse):
            return redeemed
        username = redeemed
    else:
        previous = _redeem_refresh(state, body, client.client_id)
        if isinstance(previous, CannedResponse):
            return previous
        username = previous.username
        if state.tradovate.rotates_refresh_token:
            previous.spent = True
        else:
            refresh = previous
    if refresh is None:
        refresh = RefreshGrant(
            value=secrets.token_urlsafe(48),
            client_id=client.client_id,
            username=username,
            expires_at=now + state.tradovate.refresh_token_lifetime,
        )
        state.refresh_grants[refresh.value] = refresh
    access = state.issue_token("tradovate", username)
    return in_band(
        {
            "access_token": access.value,
            "refresh_token": refresh.value,
            "token_type": "Bearer",
            "expires_in": whole_seconds(state.lifetimes["tradovate"]),
            "refresh_token_expires_in": whole_seconds(refresh.expires_at - now),
        }
    )
