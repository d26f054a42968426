"""The generated clients, called for real over HTTP, parse every documented sandbox answer.

Each test also pins what the generated client put on the wire, as the sandbox recorded it.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from alternative_payments_client import Client as APClient
from alternative_payments_client.api.o_auth import create_o_auth_token
from alternative_payments_client.models import (
    CreateOAuthTokenBody,
    CreateOAuthTokenResponse403,
    ErrorResponse,
    TokenResponse,
)
from alternative_payments_client.types import Response as APResponse
from alternative_payments_client.types import Unset as APUnset
from tradevest_client import Client as TradevestClient
from tradevest_client.api.authorization import get_token
from tradevest_client.models import (
    AuthenticationResponse,
    AuthorizationRequest,
    GetTokenResponse400,
    GetTokenResponse400Error,
)
from tradovate_client import AuthenticatedClient as TradovateAuthenticatedClient
from tradovate_client import Client as TradovateClient
from tradovate_client.api.authentication import (
    access_token_request,
    me,
    o_auth_token,
    renew_access_token,
)
from tradovate_client.models import (
    AccessTokenRequest,
    AccessTokenResponse,
    AccessTokenResponseUserStatus,
    OAuthMeResponse,
    OAuthToken,
    OAuthTokenResponse,
)
from tradovate_client.models import ErrorText as TradovateErrorText
from tradovate_client.types import Unset

from auth_overlay.testing import FakeClock
from auth_overlay.testing.sandbox import RecordedRequest, Sandbox, VendorCredentials


def only_request(sb: Sandbox, provider: str, path_suffix: str) -> RecordedRequest:
    matching = [r for r in sb.requests(provider) if r.path.endswith(path_suffix)]
    assert len(matching) == 1, matching
    return matching[0]


# -- Tradevest -----------------------------------------------------------------------------


def test_tradevest_client_parses_the_token_and_sends_the_exact_form(sandbox: Sandbox) -> None:
    creds = sandbox.credentials("tradevest")
    with TradevestClient(base_url=sandbox.base_url("tradevest")) as client:
        response = get_token.sync_detailed(
            client=client,
            body=AuthorizationRequest(client_id=creds.client_id, client_secret=creds.client_secret),
        )
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, AuthenticationResponse)
    assert parsed.token_type == "Bearer"
    assert parsed.expires_in == 3600
    assert parsed.access_token

    sent = only_request(sandbox, "tradevest", "/oauth2/token")
    assert sent.method == "POST"
    assert sent.path == "/tradevest/oauth2/token"
    assert sent.headers["content-type"] == "application/x-www-form-urlencoded"
    assert sent.body == (
        b"client_id=sandbox-tradevest-client&client_secret=sandbox-tradevest-secret&grant_type=client_credentials"
    )
    assert "requestor-id" not in sent.headers
    assert "authorization" not in sent.headers


def test_tradevest_client_form_encodes_special_characters(sandbox: Sandbox) -> None:
    sandbox.register_client("tradevest", VendorCredentials("partner/1", "s3cr&t=+ é"))
    with TradevestClient(base_url=sandbox.base_url("tradevest")) as client:
        response = get_token.sync_detailed(
            client=client,
            body=AuthorizationRequest(client_id="partner/1", client_secret="s3cr&t=+ é"),
        )
    assert isinstance(response.parsed, AuthenticationResponse)
    sent = only_request(sandbox, "tradevest", "/oauth2/token")
    assert sent.body == (b"client_id=partner%2F1&client_secret=s3cr%26t%3D%2B+%C3%A9&grant_type=client_credentials")


@pytest.mark.parametrize(
    ("client_id", "client_secret", "grant_type", "expected"),
    [
        ("sandbox-tradevest-client", "", "client_credentials", "INVALID_REQUEST"),
        ("sandbox-tradevest-client", "wrong", "client_credentials", "INVALID_CLIENT"),
        ("sandbox-tradevest-client", "sandbox-tradevest-secret", "password", "UNSUPPORTED_GRANT_TYPE"),
        ("sandbox-tradevest-client", "sandbox-tradevest-secret", "refresh_token", "INVALID_GRANT"),
        ("limited", "limited-secret", "client_credentials", "UNAUTHORIZED_CLIENT"),
    ],
)
def test_tradevest_client_parses_each_documented_error(
    sandbox: Sandbox, client_id: str, client_secret: str, grant_type: str, expected: str
) -> None:
    sandbox.register_client("tradevest", VendorCredentials("limited", "limited-secret", authorized=False))
    with TradevestClient(base_url=sandbox.base_url("tradevest")) as client:
        response = get_token.sync_detailed(
            client=client,
            body=AuthorizationRequest(client_id=client_id, client_secret=client_secret, grant_type=grant_type),
        )
    assert response.status_code == 400
    assert isinstance(response.parsed, GetTokenResponse400)
    assert response.parsed.error is GetTokenResponse400Error[expected]
    assert isinstance(response.parsed["error_description"], str)


def test_tradevest_code_outside_the_enum_is_kept_by_the_tolerant_enum(sandbox: Sandbox) -> None:
    """``invalid_scope`` is real but not in the spec: every vendor's enums keep it (issue 19)."""
    sandbox.register_client("tradevest", VendorCredentials("scoped", "scoped-secret", scopes=("tradevest.api",)))
    body = AuthorizationRequest(client_id="scoped", client_secret="scoped-secret")
    body["scope"] = "admin"
    with TradevestClient(base_url=sandbox.base_url("tradevest")) as client:
        parsed = get_token.sync_detailed(client=client, body=body).parsed
    assert isinstance(parsed, GetTokenResponse400)
    assert parsed.error == "invalid_scope"
    assert parsed.error.is_known is False
    assert only_request(sandbox, "tradevest", "/oauth2/token").form()["scope"] == ["admin"]


# -- Alternative Payments ------------------------------------------------------------------


def _ap_token(
    sb: Sandbox, client_id: str, client_secret: str, grant_type: str = "client_credentials"
) -> APResponse[CreateOAuthTokenResponse403 | ErrorResponse | TokenResponse]:
    client = APClient(base_url=sb.base_url("alternative_payments"), httpx_args={"auth": (client_id, client_secret)})
    with client:
        return create_o_auth_token.sync_detailed(client=client, body=CreateOAuthTokenBody(grant_type=grant_type))


def test_alternative_payments_client_parses_the_token_and_sends_basic_auth(
    sandbox: Sandbox,
) -> None:
    creds = sandbox.credentials("alternative_payments")
    response = _ap_token(sandbox, creds.client_id, creds.client_secret)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, TokenResponse)
    assert parsed.token_type == "bearer"
    assert parsed.expires_in == 3600
    assert isinstance(parsed.access_token, str)
    assert len(parsed.access_token) == 56

    sent = only_request(sandbox, "alternative_payments", "/oauth/token")
    expected = base64.b64encode(b"sandbox-ap-client:sandbox:ap:secret").decode("ascii")
    assert sent.headers["authorization"] == f"Basic {expected}"
    assert sent.headers["content-type"] == "application/x-www-form-urlencoded"
    assert sent.body == b"grant_type=client_credentials"


def test_alternative_payments_accepts_the_raw_utf8_basic_encoding(sandbox: Sandbox) -> None:
    sandbox.register_client("alternative_payments", VendorCredentials("café", "pä:ss wörd"))
    response = _ap_token(sandbox, "café", "pä:ss wörd")
    assert isinstance(response.parsed, TokenResponse)
    sent = only_request(sandbox, "alternative_payments", "/oauth/token")
    assert sent.headers["authorization"] == "Basic " + base64.b64encode("café:pä:ss wörd".encode()).decode("ascii")


def test_alternative_payments_client_parses_the_403(sandbox: Sandbox) -> None:
    response = _ap_token(sandbox, "sandbox-ap-client", "wrong")
    assert response.status_code == 403
    assert isinstance(response.parsed, CreateOAuthTokenResponse403)
    assert response.parsed["message"] == "Invalid credentials"


def test_alternative_payments_client_parses_the_400_the_overlay_declares(sandbox: Sandbox) -> None:
    creds = sandbox.credentials("alternative_payments")
    response = _ap_token(sandbox, creds.client_id, creds.client_secret, grant_type="password")
    assert response.status_code == 400
    assert isinstance(response.parsed, ErrorResponse)
    assert not isinstance(response.parsed.error, APUnset)
    assert response.parsed.error.message == "grant_type must be client_credentials"


# -- Tradovate -----------------------------------------------------------------------------


def test_tradovate_client_exchanges_a_code_and_sends_json(sandbox: Sandbox) -> None:
    creds = sandbox.credentials("tradovate")
    code = sandbox.issue_authorization_code(redirect_uri="https://app.example/cb")
    body = OAuthToken(
        grant_type="authorization_code",
        code=code,
        redirect_uri="https://app.example/cb",
        client_id=creds.client_id,
        client_secret=creds.client_secret,
    )
    with TradovateClient(base_url=sandbox.base_url("tradovate")) as client:
        response = o_auth_token.sync_detailed(client=client, body=body)
    parsed = response.parsed
    assert isinstance(parsed, OAuthTokenResponse)
    assert isinstance(parsed.access_token, str)
    assert isinstance(parsed.refresh_token, str)
    assert parsed.token_type == "Bearer"
    assert parsed.expires_in == 3600
    assert isinstance(parsed.refresh_token_expires_in, int)
    assert isinstance(parsed.error, Unset)

    sent = only_request(sandbox, "tradovate", "/auth/oauthtoken")
    assert sent.path == "/tradovate/v1/auth/oauthtoken"
    assert sent.headers["content-type"] == "application/json"
    assert json.loads(sent.body) == {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": "https://app.example/cb",
        "client_id": "4242",
        "client_secret": "sandbox-tradovate-secret",
    }


def test_tradovate_client_parses_the_in_band_error(sandbox: Sandbox) -> None:
    creds = sandbox.credentials("tradovate")
    with TradovateClient(base_url=sandbox.base_url("tradovate")) as client:
        response = o_auth_token.sync_detailed(
            client=client,
            body=OAuthToken(
                grant_type="refresh_token",
                refresh_token="never-issued",
                client_id=creds.client_id,
                client_secret=creds.client_secret,
            ),
        )
    assert response.status_code == 200
    assert isinstance(response.parsed, OAuthTokenResponse)
    assert response.parsed.error == "invalid_grant"
    assert isinstance(response.parsed.error_description, str)
    assert not isinstance(response.parsed.access_token, str)


def _login_request(sb: Sandbox, **changes: object) -> AccessTokenRequest:
    creds = sb.credentials("tradovate")
    assert creds.username is not None
    assert creds.password is not None
    request = AccessTokenRequest(
        name=creds.username,
        password=creds.password,
        app_id="auth-overlay-tests",
        app_version="1.0",
        cid=int(creds.client_id),
        sec=creds.client_secret,
    )
    for name, value in changes.items():
        setattr(request, name, value)
    return request


def test_tradovate_client_logs_in_and_sends_json(sandbox: Sandbox) -> None:
    with TradovateClient(base_url=sandbox.base_url("tradovate")) as client:
        response = access_token_request.sync_detailed(client=client, body=_login_request(sandbox))
    parsed = response.parsed
    assert isinstance(parsed, AccessTokenResponse)
    assert parsed.user_status is AccessTokenResponseUserStatus.ACTIVE
    assert isinstance(parsed.access_token, str)
    assert isinstance(parsed.md_access_token, str)
    assert isinstance(parsed.expiration_time, datetime)
    assert 3590 < (parsed.expiration_time - datetime.now(UTC)).total_seconds() <= 3600
    assert parsed.name == "sandbox-trader"
    assert isinstance(parsed.user_id, int)

    sent = only_request(sandbox, "tradovate", "/auth/accesstokenrequest")
    assert sent.headers["content-type"] == "application/json"
    assert "authorization" not in sent.headers
    assert json.loads(sent.body) == {
        "name": "sandbox-trader",
        "password": "sandbox-password",
        "appId": "auth-overlay-tests",
        "appVersion": "1.0",
        "cid": 4242,
        "sec": "sandbox-tradovate-secret",
    }


def test_tradovate_client_parses_error_text(sandbox: Sandbox) -> None:
    with TradovateClient(base_url=sandbox.base_url("tradovate")) as client:
        response = access_token_request.sync_detailed(client=client, body=_login_request(sandbox, password="wrong"))
    assert response.status_code == 200
    assert isinstance(response.parsed, AccessTokenResponse)
    assert response.parsed.error_text == "Incorrect username or password. Please try again."
    assert not isinstance(response.parsed.access_token, str)


def test_tradovate_client_parses_a_penalty_and_retries_with_the_ticket(make_sandbox: Callable[..., Sandbox]) -> None:
    clock = FakeClock()
    sandbox = make_sandbox(clock=clock.monotonic)
    sandbox.tradovate_penalty(p_time=0.2)
    with TradovateClient(base_url=sandbox.base_url("tradovate")) as client:
        first = access_token_request.sync_detailed(client=client, body=_login_request(sandbox))
        assert isinstance(first.parsed, AccessTokenResponse)
        ticket = first.parsed.p_ticket
        assert isinstance(ticket, str)
        assert first.parsed.p_time == 1  # 0.2 s, rounded up to the wire's whole seconds
        assert first.parsed.p_captcha is False
        clock.advance(0.25)
        retry = access_token_request.sync_detailed(client=client, body=_login_request(sandbox, p_ticket=ticket))
    assert isinstance(retry.parsed, AccessTokenResponse)
    assert isinstance(retry.parsed.access_token, str)
    sent = [r for r in sandbox.requests("tradovate") if r.path.endswith("accesstokenrequest")]
    assert json.loads(sent[1].body) == {**json.loads(sent[0].body), "p-ticket": ticket}


def test_tradovate_client_renews_and_asks_who_it_is(sandbox: Sandbox) -> None:
    with TradovateClient(base_url=sandbox.base_url("tradovate")) as client:
        login = access_token_request.sync_detailed(client=client, body=_login_request(sandbox))
    assert isinstance(login.parsed, AccessTokenResponse)
    token = login.parsed.access_token
    assert isinstance(token, str)
    authed = TradovateAuthenticatedClient(base_url=sandbox.base_url("tradovate"), token=token)
    with authed:
        renewed = renew_access_token.sync_detailed(client=authed)
        who = me.sync_detailed(client=authed)
    assert isinstance(renewed.parsed, AccessTokenResponse)
    assert isinstance(renewed.parsed.access_token, str)
    assert renewed.parsed.access_token != token
    assert renewed.parsed.user_id == login.parsed.user_id
    assert isinstance(who.parsed, OAuthMeResponse)
    assert who.parsed.name == "sandbox-trader"
    assert who.parsed.user_id == login.parsed.user_id
    assert who.parsed.email_verified is True

    sent = only_request(sandbox, "tradovate", "/auth/renewaccesstoken")
    assert sent.method == "GET"
    assert sent.headers["authorization"] == f"Bearer {token}"
    assert sent.body == b""


def test_tradovate_client_parses_the_declared_401_for_a_dead_token(sandbox: Sandbox) -> None:
    authed = TradovateAuthenticatedClient(base_url=sandbox.base_url("tradovate"), token="dead")
    with authed:
        response = renew_access_token.sync_detailed(client=authed)
    assert response.status_code == 401
    assert isinstance(response.parsed, TradovateErrorText)  # declared by the overlay (issue 19)
    assert response.parsed.error_text == "Access is denied"
