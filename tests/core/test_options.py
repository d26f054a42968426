"""Typed option objects and the flat keywords that fill them: the same configuration either way."""

from __future__ import annotations

import socket

import pytest

import auth_overlay as ao
from auth_overlay import (
    AuthorizationCodeGrant,
    Endpoint,
    HttpOptions,
    RefreshTokenGrant,
    Secret,
    TokenAuth,
    UserLogin,
)
from auth_overlay.testing.sandbox import Sandbox

from .conftest import FAST_RETRY


def test_option_objects_and_shorthands_configure_the_same_auth(sandbox: Sandbox) -> None:
    creds = sandbox.credentials("tradovate")
    shorthand = TokenAuth.for_provider(
        "tradovate",
        client_id=creds.client_id,
        client_secret=creds.client_secret,
        username=creds.username,
        password=creds.password,
        base_url=sandbox.base_url("tradovate"),
    )
    typed = TokenAuth.for_provider(
        "tradovate",
        client_id=creds.client_id,
        client_secret=creds.client_secret,
        grant=UserLogin(creds.username or "", creds.password or ""),
        endpoint=Endpoint(base_url=sandbox.base_url("tradovate")),
    )
    assert typed.token_url == shorthand.token_url
    assert (typed.token_url or "").endswith("/auth/accesstokenrequest")
    assert typed.get_token().access_token


def test_a_typed_authorization_code_grant_starts_the_oauth_flow(sandbox: Sandbox) -> None:
    creds = sandbox.credentials("tradovate")
    code = sandbox.issue_authorization_code("https://app.example/cb")
    auth = TokenAuth.for_provider(
        "tradovate",
        client_id=creds.client_id,
        client_secret=Secret(creds.client_secret),
        grant=AuthorizationCodeGrant(code, "https://app.example/cb"),
        endpoint=Endpoint(base_url=sandbox.base_url("tradovate")),
        retry=FAST_RETRY,
    )
    assert auth.get_token().refresh_token
    assert code not in repr(AuthorizationCodeGrant(code))


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"grant": RefreshTokenGrant("r"), "code": "c"}, "not both"),
        ({"endpoint": Endpoint(token_url="https://a.example/t"), "token_url": "https://b.example/t"}, "not both"),
        ({"http": HttpOptions(verify=False), "verify": True}, "not both"),
        ({"grant": UserLogin("u", "p")}, "no user-login mode"),
    ],
)
def test_an_object_and_its_shorthand_together_is_a_configuration_error(
    options: dict[str, object], message: str
) -> None:
    with pytest.raises(ao.ConfigurationError, match=message):
        TokenAuth.for_provider("tradevest", client_id="id", client_secret="s", **options)  # type: ignore[arg-type]


def test_an_unknown_keyword_is_a_type_error_like_any_python_call() -> None:
    with pytest.raises(TypeError, match="colour"):
        TokenAuth.for_provider("tradevest", client_id="id", client_secret="s", colour="red")  # type: ignore[call-arg]


def test_a_connection_failure_names_the_url_it_could_not_reach() -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/oauth2/token"
    auth = TokenAuth.for_provider("tradevest", client_id="id", client_secret="s", token_url=url, retry=FAST_RETRY)
    with pytest.raises(ao.TokenEndpointUnavailableError) as caught:
        auth.get_token()
    assert url in caught.value.message
