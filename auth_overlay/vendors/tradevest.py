"""Tradevest: OAuth2 client credentials, the secret in a form body (``client_secret_post``).

Auth and API hosts switch together per environment. The vendor's guide shows
``/connect/token`` with ``scope=tradevest.api`` where the spec says ``/oauth2/token``, so
the token path and the scope are configurable.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import httpx

from auth_overlay._core._grants import Credentials, Grant
from auth_overlay.errors import ConfigurationError
from auth_overlay.vendors._base import (
    Environment,
    Payload,
    PlainExchange,
    ProviderProfile,
    request_from_kwargs,
    through_model,
)

if TYPE_CHECKING:
    import tradevest_client

#: the token path the vendor's authentication guide shows, beside the spec's
GUIDE_TOKEN_PATH = "/connect/token"


class TradevestExchange(PlainExchange):
    """Form body with client id and secret; optional scope."""

    def __init__(self) -> None:
        from tradevest_client.api.authorization import get_token
        from tradevest_client.models import AuthenticationResponse, AuthorizationRequest, GetTokenResponse400

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
        # Generator quirk: `_get_kwargs(content_type=...)` ignores its argument; never pass it.
        return request_from_kwargs(self._endpoint._get_kwargs(body=body), url)

    def decode(self, response: httpx.Response) -> Payload | None:
        return through_model(response, self._models)


@functools.cache
def token_path() -> str:
    """The token endpoint's path, as the vendored spec says."""
    return TradevestExchange().default_path


#: the header Tradevest requires on most API operations; the token request never carries it
REQUESTOR_ID_HEADER = "Requestor-ID"


def make_client(
    base_url: str, httpx_args: dict[str, Any], *, requestor_id: str | None = None, **kwargs: Any
) -> tradevest_client.Client:
    """The generated client for this vendor's API; ``TokenAuth.client()`` passes itself as ``auth``.

    ``requestor_id=`` (the UUID Tradevest issues, ``auth.client(requestor_id="…")``) is sent as
    the ``Requestor-ID`` header on every call of this client. The token exchange builds its own
    request, so the token endpoint never sees it."""
    from tradevest_client import Client

    if requestor_id is not None:
        if not isinstance(requestor_id, str) or not _HEADER_SAFE.fullmatch(requestor_id):
            raise ConfigurationError(
                "requestor_id= must be the Requestor-ID Tradevest issued: visible ASCII, no spaces, 1-200 characters",
                provider="tradevest",
            )
        kwargs["headers"] = {**(kwargs.get("headers") or {}), REQUESTOR_ID_HEADER: requestor_id}
    return Client(base_url=base_url, httpx_args=httpx_args, **kwargs)


_HEADER_SAFE = re.compile(r"[\x21-\x7e]{1,200}")


def _environment(stage: str) -> Environment:
    return Environment(
        auth_base=f"https://b2b.auth.platform-{stage}.tradevest.ai",
        api_base=f"https://tvda-api.platform-{stage}.tradevest.ai",
    )


PROFILE = ProviderProfile(
    name="tradevest",
    environments={"test": _environment("test"), "pretest": _environment("pretest"), "prod": _environment("prod")},
    default_environment="test",
    exchange=TradevestExchange,
    make_client=make_client,
)
