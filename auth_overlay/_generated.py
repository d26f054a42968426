"""The single boundary between the overlay and the generated clients.

Only this module imports ``*_client`` packages. It builds token requests with the
generated endpoint modules (so paths, methods and body encodings come from the vendored
specs, and the drift check guards them) and decodes answers with the generated models.

Generator quirks absorbed here, so nothing above this line sees them:

* ``_build_response`` converts the status with ``HTTPStatus(...)``: a ``ValueError`` for
  statuses outside the enum (Cloudflare's 520). We never call it; we dispatch on the
  integer status ourselves and only ask the generated *models* to decode bodies.
* Model ``from_dict`` raises ``KeyError`` for a missing required field, ``ValueError`` for an
  enum value the spec did not list (Tradevest's ``invalid_scope``), ``TypeError``/``AttributeError``
  for wrong shapes, and ``response.json()`` raises ``JSONDecodeError`` on HTML. Each falls back
  to the raw JSON object (or ``None``), which the outcome table then judges.
* ``get_token._get_kwargs(content_type=...)`` ignores its ``content_type`` argument (the body
  encoding overwrites the header): we never pass it.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Mapping
from typing import Any, Protocol
from urllib.parse import quote

import attrs
import httpx

from auth_overlay._grants import (
    AuthorizationCodeGrant,
    ClientCredentialsGrant,
    Credentials,
    Grant,
    LoginGrant,
    RefreshTokenGrant,
    RenewGrant,
)

Payload = Mapping[str, Any]


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


class _NoPenalties:
    """Most vendors never issue penalty tickets."""

    def penalty(self, payload: Payload | None) -> Penalty | None:
        return None

    def with_ticket(self, request: httpx.Request, penalty: Penalty) -> httpx.Request:
        raise NotImplementedError


def _raw_json(response: httpx.Response) -> Payload | None:
    try:
        value = json.loads(response.content)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None
    return value if isinstance(value, dict) else None


def _through_model(response: httpx.Response, models: Mapping[int, Callable[[Payload], Any]]) -> Payload | None:
    """Decode with the generated model for this status; fall back to the raw object."""
    raw = _raw_json(response)
    model = models.get(response.status_code)
    if raw is None or model is None:
        return raw
    try:
        decoded: Payload = model(raw).to_dict()
    except (KeyError, ValueError, TypeError, AttributeError):
        return raw
    return decoded


def _request_from_kwargs(
    kwargs: Mapping[str, Any], url: str, headers: Mapping[str, str] | None = None
) -> httpx.Request:
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


class TradevestExchange(_NoPenalties):
    """Form body with client id and secret (``client_secret_post``); optional scope."""

    def __init__(self) -> None:
        from tradevest_client.api.authorization import get_token
        from tradevest_client.models import (
            AuthenticationResponse,
            AuthorizationRequest,
            GetTokenResponse400,
        )

        self._endpoint = get_token
        self._body = AuthorizationRequest
        self._models: dict[int, Callable[[Payload], Any]] = {
            200: AuthenticationResponse.from_dict,
            400: GetTokenResponse400.from_dict,
        }
        self.default_path = str(get_token._get_kwargs()["url"])

    def build_request(self, url: str, credentials: Credentials, grant: Grant) -> httpx.Request:
        body = self._body(
            client_id=credentials.client_id,
            client_secret=credentials.client_secret.reveal(),
            grant_type=grant.kind,
        )
        if credentials.scope:
            body["scope"] = credentials.scope
        return _request_from_kwargs(self._endpoint._get_kwargs(body=body), url)

    def decode(self, response: httpx.Response) -> Payload | None:
        return _through_model(response, self._models)


class AlternativePaymentsExchange(_NoPenalties):
    """HTTP Basic with the raw ``id:secret`` (as the vendor documents); form body ``grant_type`` only."""

    def __init__(self) -> None:
        from alternative_payments_client.api.o_auth import create_o_auth_token
        from alternative_payments_client.models import (
            CreateOAuthTokenBody,
            CreateOAuthTokenResponse403,
            TokenResponse,
        )

        self._endpoint = create_o_auth_token
        self._body = CreateOAuthTokenBody
        self._models: dict[int, Callable[[Payload], Any]] = {
            200: TokenResponse.from_dict,
            403: CreateOAuthTokenResponse403.from_dict,
        }
        self.default_path = str(create_o_auth_token._get_kwargs(body=CreateOAuthTokenBody(grant_type=""))["url"])

    def build_request(self, url: str, credentials: Credentials, grant: Grant) -> httpx.Request:
        kwargs = self._endpoint._get_kwargs(body=self._body(grant_type=grant.kind))
        auth = basic_authorization(credentials.client_id, credentials.client_secret.reveal(), form_encode=False)
        return _request_from_kwargs(kwargs, url, {"Authorization": auth})

    def decode(self, response: httpx.Response) -> Payload | None:
        return _through_model(response, self._models)


class TradovateOAuthExchange(_NoPenalties):
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
        return _request_from_kwargs(self._endpoint._get_kwargs(body=body), url)

    def decode(self, response: httpx.Response) -> Payload | None:
        return _through_model(response, self._models)


class StandardOAuth2Exchange(_NoPenalties):
    """Any RFC 6749 server: form body, ``client_secret_basic`` (default) or ``client_secret_post``."""

    default_path = "/token"

    def __init__(self, auth_method: str = "client_secret_basic") -> None:
        self.auth_method = auth_method

    def build_request(self, url: str, credentials: Credentials, grant: Grant) -> httpx.Request:
        form: dict[str, str] = {"grant_type": grant.kind}
        if isinstance(grant, AuthorizationCodeGrant):
            form["code"] = grant.code.reveal()
            if grant.redirect_uri:
                form["redirect_uri"] = grant.redirect_uri
        elif isinstance(grant, RefreshTokenGrant):
            form["refresh_token"] = grant.refresh_token.reveal()
        elif isinstance(grant, ClientCredentialsGrant) and credentials.scope:
            form["scope"] = credentials.scope
        headers = {"Accept": "application/json"}
        if self.auth_method == "client_secret_post":
            form["client_id"] = credentials.client_id
            form["client_secret"] = credentials.client_secret.reveal()
        else:
            headers["Authorization"] = basic_authorization(
                credentials.client_id, credentials.client_secret.reveal(), form_encode=True
            )
        return httpx.Request("POST", url, data=form, headers=headers)

    def decode(self, response: httpx.Response) -> Payload | None:
        return _raw_json(response)


class TradovateSessionExchange:
    """Tradovate trading sessions: log in with ``accesstokenrequest``, extend with ``renewaccesstoken``.

    ``url`` is the login endpoint; renewal lives beside it. Wrong credentials and penalty
    tickets come back in-band with HTTP 200.
    """

    def __init__(self) -> None:
        from tradovate_client.api.authentication import access_token_request, renew_access_token
        from tradovate_client.models import AccessTokenRequest, AccessTokenResponse

        self._login = access_token_request
        self._renew = renew_access_token
        self._body = AccessTokenRequest
        self._models: dict[int, Callable[[Payload], Any]] = {200: AccessTokenResponse.from_dict}
        self.default_path = str(access_token_request._get_kwargs(body=AccessTokenRequest(name="", password=""))["url"])
        self._renew_path = str(renew_access_token._get_kwargs()["url"])

    def build_request(self, url: str, credentials: Credentials, grant: Grant) -> httpx.Request:
        if isinstance(grant, RenewGrant):
            renew_url = (
                url[: len(url) - len(self.default_path)] + self._renew_path if url.endswith(self.default_path) else url
            )
            headers = {"Authorization": f"Bearer {grant.access_token.reveal()}"}
            return _request_from_kwargs(self._renew._get_kwargs(), renew_url, headers)
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
        return _request_from_kwargs(self._login._get_kwargs(body=body), url)

    def decode(self, response: httpx.Response) -> Payload | None:
        return _through_model(response, self._models)

    def penalty(self, payload: Payload | None) -> Penalty | None:
        if not payload or not payload.get("p-ticket"):
            return None
        wait = payload.get("p-time")
        seconds = float(wait) if isinstance(wait, int | float) and not isinstance(wait, bool) and wait >= 0 else 0.0
        return Penalty(str(payload["p-ticket"]), seconds, payload.get("p-captcha") is True)

    def with_ticket(self, request: httpx.Request, penalty: Penalty) -> httpx.Request:
        body = json.loads(request.content)
        body["p-ticket"] = penalty.ticket
        headers = {k: v for k, v in request.headers.items() if k.lower() != "content-length"}
        return httpx.Request(request.method, request.url, json=body, headers=headers)


def generated_client_class(package: str) -> Any:
    """The ``Client`` class of a generated package, imported by name."""
    import importlib

    return importlib.import_module(package).Client
