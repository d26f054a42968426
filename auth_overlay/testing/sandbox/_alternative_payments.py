"""Alternative Payments: client credentials in an HTTP Basic header, grant in a form body.

* 403 ``{"message": "Invalid credentials"}``: no ``Authorization`` header, a scheme other
  than ``Basic``, bad base64, credentials that are not UTF-8 or hold no ``:``, an unknown
  client id or a wrong secret. The header is decoded per RFC 7617: base64 of the raw UTF-8
  ``id:secret`` (what httpx sends, no percent-encoding), split at the *first* colon, so
  the secret may contain colons and the id may not. Client id/secret in the body are
  ignored, as the vendor does.
* 400 ``{"error": {"message": ...}}`` (the vendor's general error envelope, declared for the
  token operation by the overlay; upstream lists only 200 and 403): body not
  ``application/x-www-form-urlencoded`` or ``grant_type`` not ``client_credentials``.
* 200 ``{"access_token": <56 lowercase hex>, "expires_in": N, "token_type": "bearer"}``.
"""

from __future__ import annotations

import base64
import binascii
import secrets

from auth_overlay.vendors import alternative_payments

from ._models import CannedResponse, RecordedRequest
from ._routes import (
    BadRequestError,
    Route,
    bearer_token,
    client_credentials_answer,
    media_type,
    parse_form,
    whoami_payload,
)
from ._state import SandboxState

_FORBIDDEN = CannedResponse.json(403, {"message": "Invalid credentials"})


def basic_credentials(header: str) -> tuple[str, str] | None:
    scheme, _, encoded = header.strip().partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
    except (binascii.Error, ValueError):
        return None
    client_id, colon, client_secret = decoded.partition(":")
    if not colon:
        return None
    return client_id, client_secret


def _bad_request(message: str) -> CannedResponse:
    return CannedResponse.json(400, {"error": {"message": message}})


def token(state: SandboxState, request: RecordedRequest) -> CannedResponse:
    credentials = basic_credentials(request.headers.get("authorization", ""))
    if credentials is None:
        return _FORBIDDEN
    client = state.authenticate("alternative_payments", *credentials)
    if client is None:
        return _FORBIDDEN
    if media_type(request) != "application/x-www-form-urlencoded":
        return _bad_request("body must be application/x-www-form-urlencoded")
    try:
        fields = parse_form(request.body)
    except BadRequestError as exc:
        return _bad_request(str(exc))
    if fields.get("grant_type") != "client_credentials":
        return _bad_request("grant_type must be client_credentials")
    issued = state.issue_token("alternative_payments", client.client_id, value=secrets.token_hex(28))
    return client_credentials_answer(state, "alternative_payments", issued.value, "bearer")


def whoami(state: SandboxState, request: RecordedRequest) -> CannedResponse:
    token_value = bearer_token(request)
    if token_value is None or state.valid_token("alternative_payments", token_value) is None:
        return CannedResponse.json(401, {"error": {"message": "Unauthorized"}})
    return CannedResponse.json(200, whoami_payload(state, "alternative_payments", token_value))


ROUTES = (
    Route("alternative_payments", "POST", alternative_payments.token_path(), token, token_endpoint=True),
    Route("alternative_payments", "GET", "/api/whoami", whoami, token_endpoint=False),
)
