"""Every documented answer of the sandbox validates against the vendored spec's schema."""

from __future__ import annotations

import base64
import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import httpx
import jsonschema
import pytest

from auth_overlay.testing.sandbox import Sandbox, VendorCredentials

from . import one_shot

Schema = Callable[[str, str, str, int], dict[str, Any]]


def check(schema: dict[str, Any], instance: object) -> None:
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    validator.validate(instance)


def test_the_schema_check_rejects_a_wrong_answer(response_schema: Schema) -> None:
    schema = response_schema("tradevest", "post", "/oauth2/token", 400)
    with pytest.raises(jsonschema.ValidationError):
        check(schema, {"error": "invalid_scope"})
    with pytest.raises(jsonschema.ValidationError):
        check(response_schema("tradevest", "post", "/oauth2/token", 200), {"access_token": "x"})


# -- Tradevest -----------------------------------------------------------------------------


def _tradevest_form(sb: Sandbox, **overrides: str | None) -> dict[str, str]:
    creds = sb.credentials("tradevest")
    fields: dict[str, str | None] = {
        "client_id": creds.client_id,
        "client_secret": creds.client_secret,
        "grant_type": "client_credentials",
        **overrides,
    }
    return {name: value for name, value in fields.items() if value is not None}


def test_tradevest_token_answer_conforms(sandbox: Sandbox, response_schema: Schema) -> None:
    response = one_shot.post(sandbox.token_url("tradevest"), data=_tradevest_form(sandbox))
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    check(response_schema("tradevest", "post", "/oauth2/token", 200), body)
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == 3600


def test_tradevest_connect_token_path_and_scope_are_accepted(sandbox: Sandbox) -> None:
    response = one_shot.post(
        f"{sandbox.url}/tradevest/connect/token",
        data=_tradevest_form(sandbox, scope="tradevest.api"),
    )
    assert response.status_code == 200
    assert response.json()["token_type"] == "Bearer"


TRADEVEST_ERRORS: list[tuple[str, dict[str, Any], str]] = [
    ("missing client_secret", {"form": {"client_secret": None}}, "invalid_request"),
    ("JSON instead of a form", {"as_json": True}, "invalid_request"),
    ("repeated parameter", {"repeat": "grant_type=client_credentials"}, "invalid_request"),
    ("wrong client_secret", {"form": {"client_secret": "wrong"}}, "invalid_client"),
    ("unknown client_id", {"form": {"client_id": "nobody"}}, "invalid_client"),
    ("password grant", {"form": {"grant_type": "password"}}, "unsupported_grant_type"),
    ("refresh_token grant", {"form": {"grant_type": "refresh_token"}}, "invalid_grant"),
    ("client registered unauthorized", {"unauthorized": True}, "unauthorized_client"),
]


@pytest.mark.parametrize(("case", "setup", "code"), TRADEVEST_ERRORS, ids=[c[0] for c in TRADEVEST_ERRORS])
def test_tradevest_error_answers_conform(
    sandbox: Sandbox, response_schema: Schema, case: str, setup: dict[str, Any], code: str
) -> None:
    form = _tradevest_form(sandbox, **setup.get("form", {}))
    if setup.get("unauthorized"):
        sandbox.register_client("tradevest", VendorCredentials("limited", "limited-secret", authorized=False))
        form = _tradevest_form(sandbox, client_id="limited", client_secret="limited-secret")
    if setup.get("as_json"):
        response = one_shot.post(sandbox.token_url("tradevest"), json=form)
    elif "repeat" in setup:
        raw = f"{httpx.QueryParams(form)}&{setup['repeat']}"
        response = one_shot.post(
            sandbox.token_url("tradevest"),
            content=raw.encode(),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
    else:
        response = one_shot.post(sandbox.token_url("tradevest"), data=form)
    assert response.status_code == 400, case
    body = response.json()
    check(response_schema("tradevest", "post", "/oauth2/token", 400), body)
    assert body["error"] == code


def test_all_five_tradevest_error_codes_are_reachable(response_schema: Schema) -> None:
    enum = response_schema("tradevest", "post", "/oauth2/token", 400)["properties"]["error"]
    assert set(enum["enum"]) == {code for _, _, code in TRADEVEST_ERRORS}


# -- Alternative Payments ------------------------------------------------------------------


def test_alternative_payments_token_answer_conforms(sandbox: Sandbox, response_schema: Schema) -> None:
    creds = sandbox.credentials("alternative_payments")
    response = one_shot.post(
        sandbox.token_url("alternative_payments"),
        data={"grant_type": "client_credentials"},
        auth=(creds.client_id, creds.client_secret),
    )
    assert response.status_code == 200
    body = response.json()
    check(response_schema("alternative_payments", "post", "/oauth/token", 200), body)
    assert re.fullmatch(r"[0-9a-f]{56}", body["access_token"])
    assert body["token_type"] == "bearer"
    assert body["expires_in"] == 3600


def _basic(raw: bytes) -> str:
    return "Basic " + base64.b64encode(raw).decode("ascii")


AP_FORBIDDEN: list[tuple[str, str | None]] = [
    ("wrong secret", _basic(b"sandbox-ap-client:wrong")),
    ("secret cut at its first colon", _basic(b"sandbox-ap-client:sandbox")),
    ("no Authorization header", None),
    ("Bearer instead of Basic", "Bearer sandbox-ap-client"),
    ("bad base64", "Basic %%%not-base64%%%"),
    ("no colon", _basic(b"sandbox-ap-client")),
    ("not UTF-8", _basic(b"sandbox-ap-client:\xff\xfe")),
]


@pytest.mark.parametrize(("case", "authorization"), AP_FORBIDDEN, ids=[c[0] for c in AP_FORBIDDEN])
def test_alternative_payments_forbidden_answers_conform(
    sandbox: Sandbox, response_schema: Schema, case: str, authorization: str | None
) -> None:
    headers = {} if authorization is None else {"Authorization": authorization}
    response = one_shot.post(
        sandbox.token_url("alternative_payments"),
        data={"grant_type": "client_credentials"},
        headers=headers,
    )
    assert response.status_code == 403, case
    body = response.json()
    check(response_schema("alternative_payments", "post", "/oauth/token", 403), body)
    assert body == {"message": "Invalid credentials"}


# -- Tradovate -----------------------------------------------------------------------------


def _oauth_exchange(sb: Sandbox, **overrides: str) -> httpx.Response:
    creds = sb.credentials("tradovate")
    body = {
        "grant_type": "authorization_code",
        "code": sb.issue_authorization_code(redirect_uri="https://app.example/cb"),
        "redirect_uri": "https://app.example/cb",
        "client_id": creds.client_id,
        "client_secret": creds.client_secret,
        **overrides,
    }
    return one_shot.post(sb.token_url("tradovate"), json=body)


def test_tradovate_oauth_token_answer_conforms(sandbox: Sandbox, response_schema: Schema) -> None:
    response = _oauth_exchange(sandbox)
    assert response.status_code == 200
    body = response.json()
    check(response_schema("tradovate", "post", "/auth/oauthtoken", 200), body)
    assert set(body) == {
        "access_token",
        "refresh_token",
        "token_type",
        "expires_in",
        "refresh_token_expires_in",
    }
    assert body["token_type"] == "Bearer"


def test_tradovate_oauth_in_band_error_conforms(sandbox: Sandbox, response_schema: Schema) -> None:
    response = _oauth_exchange(sandbox, code="never-issued")
    assert response.status_code == 200
    body = response.json()
    check(response_schema("tradovate", "post", "/auth/oauthtoken", 200), body)
    assert body["error"] == "invalid_grant"
    assert "access_token" not in body


def _login_body(sb: Sandbox, **overrides: object) -> dict[str, object]:
    creds = sb.credentials("tradovate")
    return {
        "name": creds.username,
        "password": creds.password,
        "appId": "auth-overlay-tests",
        "appVersion": "1.0",
        "cid": int(creds.client_id),
        "sec": creds.client_secret,
        **overrides,
    }


def _session_url(sb: Sandbox, operation: str) -> str:
    return f"{sb.base_url('tradovate')}/auth/{operation}"


@pytest.mark.parametrize("cid_as", [int, str], ids=["cid-number", "cid-string"])
def test_tradovate_access_token_answer_conforms(
    sandbox: Sandbox, response_schema: Schema, cid_as: Callable[[str], object]
) -> None:
    body = _login_body(sandbox, cid=cid_as(sandbox.credentials("tradovate").client_id))
    response = one_shot.post(_session_url(sandbox, "accesstokenrequest"), json=body)
    assert response.status_code == 200
    answer = response.json()
    check(response_schema("tradovate", "post", "/auth/accesstokenrequest", 200), answer)
    assert answer["userStatus"] == "Active"
    expires = datetime.fromisoformat(answer["expirationTime"])
    assert expires.tzinfo is not None
    remaining = (expires - datetime.now(UTC)).total_seconds()
    assert 3590 < remaining <= 3600


def test_tradovate_wrong_password_answer_conforms(sandbox: Sandbox, response_schema: Schema) -> None:
    body = _login_body(sandbox, password="wrong")
    response = one_shot.post(_session_url(sandbox, "accesstokenrequest"), json=body)
    assert response.status_code == 200
    answer = response.json()
    check(response_schema("tradovate", "post", "/auth/accesstokenrequest", 200), answer)
    assert answer == {"errorText": "Incorrect username or password. Please try again."}


def test_tradovate_penalty_ticket_answer_conforms(sandbox: Sandbox, response_schema: Schema) -> None:
    sandbox.tradovate_penalty(p_time=30)
    response = one_shot.post(_session_url(sandbox, "accesstokenrequest"), json=_login_body(sandbox))
    assert response.status_code == 200
    answer = response.json()
    check(response_schema("tradovate", "post", "/auth/accesstokenrequest", 200), answer)
    assert set(answer) == {"p-ticket", "p-time", "p-captcha"}
    assert answer["p-time"] == 30
    assert answer["p-captcha"] is False


def test_tradovate_renewal_and_me_answers_conform(sandbox: Sandbox, response_schema: Schema) -> None:
    login = one_shot.post(_session_url(sandbox, "accesstokenrequest"), json=_login_body(sandbox))
    bearer = {"Authorization": f"Bearer {login.json()['accessToken']}"}
    renewed = one_shot.get(_session_url(sandbox, "renewaccesstoken"), headers=bearer)
    assert renewed.status_code == 200
    check(response_schema("tradovate", "get", "/auth/renewaccesstoken", 200), renewed.json())
    who = one_shot.get(_session_url(sandbox, "me"), headers=bearer)
    assert who.status_code == 200
    check(response_schema("tradovate", "get", "/auth/me", 200), who.json())
    assert who.json()["name"] == sandbox.credentials("tradovate").username
