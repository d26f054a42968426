"""Tradevest: OAuth 2 client credentials with the secret in a form body.

Checks run in this order, each answering 400 ``{"error": ..., "error_description": ...}``:

1. ``invalid_request``: Content-Type is not ``application/x-www-form-urlencoded``; the body
   is not a UTF-8 form or repeats a parameter; ``grant_type``, ``client_id`` or
   ``client_secret`` is missing or empty.
2. ``invalid_client``: unknown ``client_id`` or wrong ``client_secret``.
3. ``unsupported_grant_type``: any grant other than ``client_credentials``,
   ``authorization_code`` and ``refresh_token`` (e.g. ``password``).
4. ``unauthorized_client``: the client is registered with ``authorized=False``.
5. ``invalid_grant``: ``authorization_code`` or ``refresh_token`` (Tradevest issues
   neither codes nor refresh tokens, so any presented grant is invalid).
6. ``invalid_scope`` (outside the spec's enum, as the real service can answer): ``scope``
   names a scope outside the client's ``scopes``.

``Requestor-ID`` is not looked at here; the protected endpoint echoes it.
"""

from __future__ import annotations

from auth_overlay.vendors import tradevest

from ._models import CannedResponse, RecordedRequest
from ._routes import (
    NO_STORE,
    BadRequestError,
    Route,
    bearer_token,
    client_credentials_answer,
    media_type,
    parse_form,
    whoami_payload,
)
from ._state import SandboxState

FORM = "application/x-www-form-urlencoded"
_KNOWN_GRANTS = frozenset({"client_credentials", "authorization_code", "refresh_token"})


def _error(code: str, description: str) -> CannedResponse:
    return CannedResponse.json(400, {"error": code, "error_description": description}, headers=dict(NO_STORE))


def token(  # noqa: PLR0911 - one return per documented error, in checking order
    state: SandboxState, request: RecordedRequest
) -> CannedResponse:
    if media_type(request) != FORM:
        return _error("invalid_request", f"Content-Type must be {FORM}")
    try:
        fields = parse_form(request.body)
    except BadRequestError as exc:
        return _error("invalid_request", str(exc))
    for name in ("grant_type", "client_id", "client_secret"):
        if not fields.get(name):
            return _error("invalid_request", f"{name} is required")
    client = state.authenticate("tradevest", fields["client_id"], fields["client_secret"])
    if client is None:
        return _error("invalid_client", "client authentication failed")
    grant_type = fields["grant_type"]
    if grant_type not in _KNOWN_GRANTS:
        return _error("unsupported_grant_type", f"grant_type {grant_type!r} is not supported")
    if not client.authorized:
        return _error("unauthorized_client", "client may not use this grant type")
    if grant_type != "client_credentials":
        return _error("invalid_grant", "no such authorization grant was issued")
    requested = fields.get("scope", "").split()
    if client.scopes is not None and not set(requested) <= set(client.scopes):
        return _error("invalid_scope", "requested scope is not allowed for this client")
    issued = state.issue_token("tradevest", client.client_id)
    return client_credentials_answer(state, "tradevest", issued.value, "Bearer")


def whoami(state: SandboxState, request: RecordedRequest) -> CannedResponse:
    token = bearer_token(request)
    if token is None or state.valid_token("tradevest", token) is None:
        return CannedResponse.json(
            401,
            {"error": "invalid_token", "error_description": "missing, expired or revoked token"},
            headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
        )
    payload = whoami_payload(state, "tradevest", token)
    requestor_id = request.headers.get("requestor-id")
    payload["requestor_id"] = requestor_id
    return CannedResponse.json(200, payload, headers={"Requestor-ID": requestor_id} if requestor_id else None)


ROUTES = (
    Route("tradevest", "POST", tradevest.token_path(), token, token_endpoint=True),
    Route("tradevest", "POST", tradevest.GUIDE_TOKEN_PATH, token, token_endpoint=True),
    Route("tradevest", "GET", "/api/whoami", whoami, token_endpoint=False),
)
