"""Any RFC 6749 server: ``token_url=`` or ``issuer=`` (RFC 8414 discovery), form body.

Client authentication is ``client_secret_basic`` (default, RFC-encoded) or ``client_secret_post``.
"""

from __future__ import annotations

import httpx

from auth_overlay._core._grants import (
    AuthorizationCodeGrant,
    ClientCredentialsGrant,
    Credentials,
    Grant,
    RefreshTokenGrant,
)
from auth_overlay.vendors._base import Payload, PlainExchange, ProviderProfile, basic_authorization, raw_json


class StandardOAuth2Exchange(PlainExchange):
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
        return raw_json(response)


PROFILE = ProviderProfile(
    name="oauth2",
    environments={},
    default_environment=None,
    exchange=StandardOAuth2Exchange,
    auth_methods=("client_secret_basic", "client_secret_post"),
    initial_grants=frozenset({"authorization_code", "refresh_token"}),
)
