"""What every vendor module fills in: its profile (the differences, as data) and its token exchange.

The exchange is the single boundary between the overlay and a generated package: it builds
token requests with the generated endpoint modules (so paths, methods and body encodings come
from the vendored specs, and the drift check guards them) and decodes answers with the
generated models. Generator quirks absorbed here, so nothing above this line sees them:

* ``_build_response`` converts the status with ``HTTPStatus(...)``: a ``ValueError`` for
  statuses outside the enum (Cloudflare's 520). We never call it; we dispatch on the
  integer status ourselves and only ask the generated *models* to decode bodies.
* Model ``from_dict`` raises ``KeyError`` for a missing required field, ``ValueError`` for an
  enum value the spec did not list, ``TypeError``/``AttributeError`` for wrong shapes, and
  ``response.json()`` raises ``JSONDecodeError`` on HTML. Each falls back to the raw JSON
  object (or ``None``), which the outcome table then judges.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Mapping
from datetime import timedelta
from typing import Any, Protocol
from urllib.parse import quote

import attrs
import httpx

from auth_overlay import errors
from auth_overlay._core._grants import Credentials, Grant

Payload = Mapping[str, Any]


@attrs.frozen
class TokenShape:
    """Where a vendor puts each part of a successful answer."""

    access_token: str = "access_token"
    expires_in: str | None = "expires_in"
    expires_at: str | None = None
    token_type: str | None = "token_type"
    refresh_token: str | None = "refresh_token"
    scope: str | None = "scope"
    extras: Mapping[str, str] = attrs.field(factory=dict)  # vendor field -> Token.extras key


@attrs.frozen
class Penalty:
    """A vendor's demand to wait and resend the identical request with a ticket."""

    ticket: str
    wait: float
    captcha: bool


class TokenExchange(Protocol):
    """How one vendor's token endpoint is spoken to. Pure: no I/O."""

    #: the path of the token endpoint below the environment's auth base, from the spec
    default_path: str

    def refusal(self, credentials: Credentials) -> str | None:
        """Why these credentials cannot be sent this way (checked before any I/O), or None."""
        ...

    def build_request(self, url: str, credentials: Credentials, grant: Grant) -> httpx.Request: ...

    def decode(self, response: httpx.Response) -> Payload | None:
        """The answer as a JSON object, through the generated model where one fits."""
        ...

    def penalty(self, payload: Payload | None) -> Penalty | None:
        """A penalty ticket in the answer, for vendors that issue them."""
        ...

    def with_ticket(self, request: httpx.Request, penalty: Penalty) -> httpx.Request:
        """The identical request, carrying the ticket."""
        ...


class PlainExchange:
    """Defaults for the common case: any credentials can be sent, no penalty tickets."""

    def refusal(self, credentials: Credentials) -> str | None:
        return None

    def penalty(self, payload: Payload | None) -> Penalty | None:
        return None

    def with_ticket(self, request: httpx.Request, penalty: Penalty) -> httpx.Request:
        raise NotImplementedError


@attrs.frozen
class Environment:
    """Where the token endpoint (``auth_base``) and the API (``api_base``) live; they switch together."""

    auth_base: str
    api_base: str


def _default_codeless() -> Mapping[int, type[errors.TokenError]]:
    return {400: errors.InvalidRequestError, 401: errors.InvalidClientError, 403: errors.AccessDeniedError}


@attrs.frozen
class ProviderProfile:
    """One vendor's differences from plain OAuth2, as data; nothing else branches on its name."""

    name: str
    environments: Mapping[str, Environment]
    default_environment: str | None
    exchange: Callable[..., TokenExchange]
    #: prefix between host and the spec's paths (Tradovate's ``/v1``)
    base_path: str = ""
    shape: TokenShape = attrs.field(factory=TokenShape)
    #: lifetime assumed when the answer has no expiry (documented per vendor)
    default_lifetime: timedelta = timedelta(hours=1)
    max_lifetime: timedelta = timedelta(hours=24)
    refresh_margin: timedelta = timedelta(seconds=60)
    #: error statuses that come without an error code, and what they mean
    codeless_statuses: Mapping[int, type[errors.TokenError]] = attrs.field(factory=_default_codeless)
    #: builds the generated client that talks to the API (its package is imported only when asked for)
    make_client: Callable[..., Any] | None = None
    supports_scope: bool = True
    #: grants a user may start from besides client credentials
    initial_grants: frozenset[str] = frozenset()
    #: the client credentials grant is how this vendor starts (False: a code or refresh token is needed)
    client_credentials: bool = True
    #: client authentication methods a user may choose between (first is the default)
    auth_methods: tuple[str, ...] = ()
    #: the profile opens user sessions (name and password) instead of OAuth grants
    logs_in: bool = False
    #: the same vendor's session-login mode, used when a user login is given
    session: ProviderProfile | None = None


def raw_json(response: httpx.Response) -> Payload | None:
    try:
        value = json.loads(response.content)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None
    return value if isinstance(value, dict) else None


def through_model(response: httpx.Response, models: Mapping[int, Callable[[Payload], Any]]) -> Payload | None:
    """Decode with the generated model for this status; fall back to the raw object."""
    raw = raw_json(response)
    model = models.get(response.status_code)
    if raw is None or model is None:
        return raw
    try:
        decoded: Payload = model(raw).to_dict()
    except (KeyError, ValueError, TypeError, AttributeError):
        return raw
    return decoded


def request_from_kwargs(kwargs: Mapping[str, Any], url: str, headers: Mapping[str, str] | None = None) -> httpx.Request:
    """An ``httpx.Request`` from a generated endpoint's ``_get_kwargs``, sent to ``url``."""
    merged = dict(kwargs.get("headers") or {})
    merged.update(headers or {})
    merged.setdefault("Accept", "application/json")
    return httpx.Request(
        str(kwargs["method"]).upper(),
        url,
        data=kwargs.get("data"),
        json=kwargs.get("json"),
        headers=merged,
    )


def basic_authorization(client_id: str, secret: str, *, form_encode: bool) -> str:
    """HTTP Basic for a client. RFC 6749 §2.3.1 form-encodes both parts first; some vendors don't."""
    if form_encode:
        client_id, secret = quote(client_id, safe=""), quote(secret, safe="")
    raw = f"{client_id}:{secret}".encode()
    return "Basic " + base64.b64encode(raw).decode("ascii")
