"""Generic OAuth2 servers: the token endpoint discovered from RFC 8414 metadata (pure logic, MockTransport)."""

from __future__ import annotations

import httpx
import pytest

import auth_overlay as ao
from auth_overlay import TokenAuth


def _server(metadata: dict[str, object] | None, seen: list[str]) -> httpx.MockTransport:
    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        if request.url.path.startswith("/.well-known/oauth-authorization-server"):
            return httpx.Response(404) if metadata is None else httpx.Response(200, json=metadata)
        if request.url.path == "/tenant/token":
            return httpx.Response(200, json={"access_token": "abc", "expires_in": 60, "token_type": "bearer"})
        return httpx.Response(404)

    return httpx.MockTransport(handle)


def test_issuer_metadata_names_the_token_endpoint() -> None:
    seen: list[str] = []
    transport = _server({"token_endpoint": "https://idp.example/tenant/token"}, seen)
    auth = TokenAuth.for_provider(
        "oauth2", client_id="c", client_secret="s", issuer="https://idp.example/tenant", transport=transport
    )
    assert auth.get_token().access_token == "abc"
    auth.invalidate()
    auth.get_token()
    # RFC 8414 §3.1: the well-known segment goes before the issuer's path; looked up once
    assert seen == ["/.well-known/oauth-authorization-server/tenant", "/tenant/token", "/tenant/token"]


@pytest.mark.parametrize(
    "metadata",
    [None, {"issuer": "https://idp.example"}, {"token_endpoint": "http://idp.example/token"}],
    ids=["missing", "no-token-endpoint", "plain-http-endpoint"],
)
def test_bad_metadata_is_a_typed_error(metadata: dict[str, object] | None) -> None:
    transport = _server(metadata, [])
    auth = TokenAuth.for_provider(
        "oauth2", client_id="c", client_secret="s", issuer="https://idp.example", transport=transport
    )
    with pytest.raises(ao.MalformedTokenResponseError):
        auth.get_token()
