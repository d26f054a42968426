"""The exact bytes each profile puts on the wire to its token endpoint."""

from __future__ import annotations

import base64
import json
from urllib.parse import parse_qsl, quote

import pytest

from auth_overlay import TokenAuth
from auth_overlay.testing.sandbox import Sandbox, VendorCredentials

from .conftest import FAST_RETRY, make_auth


def _token_request(sandbox: Sandbox, vendor: str):  # type: ignore[no-untyped-def]
    (request,) = [r for r in sandbox.requests(vendor) if r.method == "POST"]
    return request


def test_tradevest_sends_a_form_with_id_and_secret(sandbox: Sandbox) -> None:
    make_auth(sandbox, "tradevest").get_token()
    request = _token_request(sandbox, "tradevest")
    creds = sandbox.credentials("tradevest")
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert request.body == (
        f"client_id={creds.client_id}&client_secret={creds.client_secret}&grant_type=client_credentials".encode()
    )
    assert "authorization" not in request.headers


def test_tradevest_scope_and_token_path_are_configurable(sandbox: Sandbox) -> None:
    creds = sandbox.credentials("tradevest")
    auth = TokenAuth.for_provider(
        "tradevest",
        client_id=creds.client_id,
        client_secret=creds.client_secret,
        base_url=sandbox.base_url("tradevest"),
        token_path="/connect/token",
        scope="tradevest.api",
        retry=FAST_RETRY,
    )
    assert auth.token_url == sandbox.base_url("tradevest") + "/connect/token"
    token = auth.get_token()
    request = _token_request(sandbox, "tradevest")
    assert request.path.endswith("/connect/token")
    assert dict(parse_qsl(request.body.decode()))["scope"] == "tradevest.api"
    assert token.token_type == "Bearer"


@pytest.mark.parametrize("secret", ["plain", "with:colons:inside", "per%cent+plus", "nön-äscii-秘密", "sp ace&amp=eq"])
def test_alternative_payments_basic_header_carries_any_secret(secret: str) -> None:
    creds = VendorCredentials(client_id="ap-client", client_secret=secret)
    with Sandbox(credentials={"alternative_payments": creds}) as sb:
        auth = make_auth(sb, "alternative_payments")
        auth.get_token()  # the sandbox decodes the header: success proves the encoding
        request = _token_request(sb, "alternative_payments")
    expected = base64.b64encode(f"ap-client:{secret}".encode()).decode()
    assert request.headers["authorization"] == f"Basic {expected}"
    assert request.body == b"grant_type=client_credentials"
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"


def test_alternative_payments_client_id_with_colon_is_refused_before_io() -> None:
    from auth_overlay import ConfigurationError

    with pytest.raises(ConfigurationError, match="':'"):
        TokenAuth.for_provider("alternative_payments", client_id="a:b", client_secret="s")


def test_alternative_payments_always_uses_https_despite_its_spec() -> None:
    auth = TokenAuth.for_provider("alternative_payments", client_id="a", client_secret="s")
    assert auth.token_url == "https://public-api.demo.alternativepayments.io/oauth/token"
    production = TokenAuth.for_provider(
        "alternative_payments", client_id="a", client_secret="s", environment="production"
    )
    assert production.token_url == "https://public-api.alternativepayments.io/oauth/token"


def test_tradovate_exchanges_the_code_as_json_then_refreshes(sandbox: Sandbox) -> None:
    sandbox.set_token_lifetime("tradovate", 1.0)
    auth = make_auth(sandbox, "tradovate")
    first = auth.get_token()
    auth.invalidate()
    second = auth.get_token()
    posts = [r for r in sandbox.requests("tradovate") if r.method == "POST"]
    assert [r.headers["content-type"] for r in posts] == ["application/json"] * 2
    bodies = [json.loads(r.body) for r in posts]
    creds = sandbox.credentials("tradovate")
    assert bodies[0]["grant_type"] == "authorization_code"
    assert bodies[0]["redirect_uri"] == "https://app.example/callback"
    assert (bodies[0]["client_id"], bodies[0]["client_secret"]) == (creds.client_id, creds.client_secret)
    assert bodies[1]["grant_type"] == "refresh_token"
    assert bodies[1]["refresh_token"] == first.refresh_token
    # the vendor rotated the refresh token; the new one replaced the old
    assert second.refresh_token
    assert second.refresh_token != first.refresh_token


def test_tradovate_starts_from_a_stored_refresh_token(sandbox: Sandbox) -> None:
    seed = make_auth(sandbox, "tradovate").get_token()
    auth = make_auth(sandbox, "tradovate", refresh_token=seed.refresh_token)
    token = auth.get_token()
    body = json.loads(sandbox.requests("tradovate")[-1].body)
    assert body["grant_type"] == "refresh_token"
    assert token.refresh_token != seed.refresh_token


def test_tradovate_base_path_is_configurable() -> None:
    auth = TokenAuth.for_provider("tradovate", client_id="1", client_secret="s", refresh_token="r", base_path="")
    assert auth.token_url == "https://demo.tradovateapi.com/auth/oauthtoken"
    live = TokenAuth.for_provider(
        "tradovate", client_id="1", client_secret="s", refresh_token="r", environment="live-d"
    )
    assert live.token_url == "https://live-d.tradovateapi.com/v1/auth/oauthtoken"


def test_generic_oauth2_basic_form_encodes_credentials(sandbox: Sandbox) -> None:
    creds = VendorCredentials(client_id="ap-client", client_secret="a:b%c+d")
    with Sandbox(credentials={"alternative_payments": creds}) as sb:
        auth = TokenAuth.for_provider(
            "oauth2",
            client_id="ap-client",
            client_secret="a:b%c+d",
            token_url=sb.token_url("alternative_payments"),
            retry=FAST_RETRY,
        )
        with pytest.raises(Exception):  # noqa: B017,PT011 - the vendor wants raw Basic; RFC 6749 form-encodes
            auth.get_token()
        request = _token_request(sb, "alternative_payments")
    expected = base64.b64encode(f"ap-client:{quote('a:b%c+d', safe='')}".encode()).decode()
    assert request.headers["authorization"] == f"Basic {expected}"


def test_generic_oauth2_client_secret_post(sandbox: Sandbox) -> None:
    make_auth(sandbox, "oauth2", scope="read").get_token()
    request = _token_request(sandbox, "tradevest")
    form = dict(parse_qsl(request.body.decode()))
    assert form["grant_type"] == "client_credentials"
    assert form["scope"] == "read"
    assert form["client_secret"] == sandbox.credentials("tradevest").client_secret
