"""Tradovate's OAuth authorize step in the sandbox: a redirect with a code, for registered URIs only."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from auth_overlay import TokenAuth
from auth_overlay.testing.sandbox import Sandbox

from . import one_shot


def authorize(sandbox: Sandbox, **params: str) -> httpx.Response:
    query = {"response_type": "code", "client_id": sandbox.credentials("tradovate").client_id, **params}
    return one_shot.get(sandbox.authorize_url(), params=query)


def test_a_registered_loopback_uri_gets_a_code_on_any_port_and_the_code_a_token(sandbox: Sandbox) -> None:
    page = authorize(sandbox, redirect_uri="http://127.0.0.1:53682/callback", state="s-1")
    assert page.status_code == 302
    location = httpx.URL(page.headers["location"])
    assert (location.port, location.path, location.params["state"]) == (53682, "/callback", "s-1")
    assert page.headers["cache-control"] == "no-store"
    creds = sandbox.credentials("tradovate")
    auth = TokenAuth.for_provider(
        "tradovate",
        client_id=creds.client_id,
        client_secret=creds.client_secret,
        code=location.params["code"],
        redirect_uri="http://127.0.0.1:53682/callback",
        base_url=sandbox.base_url("tradovate"),
    )
    token = auth.get_token()
    me = one_shot.get(
        sandbox.base_url("tradovate") + "/auth/me", headers={"Authorization": f"Bearer {token.access_token}"}
    )
    assert me.json()["name"] == creds.username


def test_the_code_belongs_to_the_users_own_client(make_sandbox: Callable[..., Sandbox]) -> None:
    sandbox = make_sandbox(users=("alice",))
    alice = sandbox.credentials("tradovate", user="alice")
    page = authorize(sandbox, client_id=alice.client_id, redirect_uri="http://localhost:9/callback")
    code = httpx.URL(page.headers["location"]).params["code"]
    answer = one_shot.post(
        sandbox.token_url("tradovate"),
        json={
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": "http://localhost:9/callback",
            "client_id": alice.client_id,
            "client_secret": alice.client_secret,
        },
    ).json()
    me = one_shot.get(
        sandbox.base_url("tradovate") + "/auth/me", headers={"Authorization": f"Bearer {answer['access_token']}"}
    )
    assert me.json()["name"] == "alice"


@pytest.mark.parametrize(
    ("params", "text"),
    [
        ({"client_id": "9999", "redirect_uri": "http://127.0.0.1/callback"}, "client_id"),
        ({"redirect_uri": "http://127.0.0.1/elsewhere"}, "not registered"),
        ({"redirect_uri": "https://127.0.0.1/callback"}, "not registered"),  # loopback freedom is for http
        ({"redirect_uri": "http://evil.example/callback"}, "not registered"),
        ({"redirect_uri": "http://127.0.0.1/callback#frag"}, "not registered"),
        ({"redirect_uri": "http://127.0.0.1:notaport/callback"}, "not registered"),
        ({}, "redirect_uri is required"),
    ],
)
def test_what_cannot_be_trusted_is_never_redirected(sandbox: Sandbox, params: dict[str, str], text: str) -> None:
    page = authorize(sandbox, **params)
    assert page.status_code == 400
    assert "location" not in page.headers
    assert text in page.json()["errorText"]


def test_a_repeated_parameter_is_refused(sandbox: Sandbox) -> None:
    url = f"{sandbox.authorize_url()}?response_type=code&client_id=4242&client_id=4242&redirect_uri=http://127.0.0.1/callback"
    assert one_shot.get(url).status_code == 400


def test_another_response_type_is_redirected_with_the_error(sandbox: Sandbox) -> None:
    page = authorize(sandbox, response_type="token", redirect_uri="http://127.0.0.1/callback", state="z")
    location = httpx.URL(page.headers["location"])
    assert page.status_code == 302
    assert dict(location.params) == {"error": "unsupported_response_type", "state": "z"}


def test_registered_uris_are_the_sandboxs_to_choose(make_sandbox: Callable[..., Sandbox]) -> None:
    sandbox = make_sandbox(tradovate_redirect_uris=("https://app.example/cb?tenant=7",))
    assert sandbox.redirect_uris == ("https://app.example/cb?tenant=7",)
    page = authorize(sandbox, redirect_uri="https://app.example/cb?tenant=7")
    assert page.status_code == 302
    assert set(httpx.URL(page.headers["location"]).params) == {"tenant", "code"}  # its query kept
    assert authorize(sandbox, redirect_uri="https://app.example/cb").status_code == 400
    assert authorize(sandbox, redirect_uri="http://127.0.0.1/callback").status_code == 400
