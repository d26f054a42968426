"""Tradovate's OAuth code exchange and refresh (``/auth/oauthtoken``): errors come back in-band.

HTTP 200 ``{"error", "error_description"}`` for ``invalid_request``, ``unsupported_grant_type``,
``invalid_client`` and ``invalid_grant`` (unknown, used or expired code, ``redirect_uri``
mismatch, spent or expired refresh token); refresh tokens rotate unless the sandbox is told not to.
"""

from __future__ import annotations

import secrets
from typing import Any

from ._models import CannedResponse, RecordedRequest, VendorCredentials
from ._routes import NO_STORE, BadRequestError, parse_json_object
from ._state import AuthorizationCode, RefreshGrant, SandboxState, whole_seconds


def in_band(payload: dict[str, Any]) -> CannedResponse:
    return CannedResponse.json(200, payload, headers=dict(NO_STORE))


def username_of(client: VendorCredentials) -> str:
    return client.username if client.username is not None else client.client_id


def _oauth_error(code: str, description: str) -> CannedResponse:
    return in_band({"error": code, "error_description": description})


def issue_authorization_code(state: SandboxState, redirect_uri: str | None, username: str | None) -> str:
    client = state.primary("tradovate")
    code = AuthorizationCode(
        value=secrets.token_urlsafe(24),
        client_id=client.client_id,
        username=username if username is not None else username_of(client),
        redirect_uri=redirect_uri,
        expires_at=state.clock() + state.tradovate.authorization_code_lifetime,
    )
    state.codes[code.value] = code
    return code.value


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
