"""Alternative Payments: HTTP Basic with the raw ``id:secret``, form body ``grant_type`` only.

The vendor documents Basic without RFC 6749's form-encoding of id and secret, so a client
id containing ``:`` cannot be sent. Always https, although the spec's server says http.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import httpx

from auth_overlay import errors
from auth_overlay._core._grants import Credentials, Grant
from auth_overlay.vendors._base import (
    Environment,
    Payload,
    PlainExchange,
    ProviderProfile,
    basic_authorization,
    request_from_kwargs,
    through_model,
)

if TYPE_CHECKING:
    import alternative_payments_client


class AlternativePaymentsExchange(PlainExchange):
    def __init__(self) -> None:
        from alternative_payments_client.api.o_auth import create_o_auth_token
        from alternative_payments_client.models import (
            CreateOAuthTokenBody,
            CreateOAuthTokenResponse403,
            ErrorResponse,
            TokenResponse,
        )

        self._endpoint = create_o_auth_token
        self._body = CreateOAuthTokenBody
        self._models: dict[int, Callable[[Payload], Any]] = {
            200: TokenResponse.from_dict,
            400: ErrorResponse.from_dict,  # declared by the overlay: the vendor's error envelope
            403: CreateOAuthTokenResponse403.from_dict,
        }
        self.default_path = str(create_o_auth_token._get_kwargs(body=CreateOAuthTokenBody(grant_type=""))["url"])

    def refusal(self, credentials: Credentials) -> str | None:
        if ":" in credentials.client_id:
            return "the client id contains ':', which this vendor's HTTP Basic encoding cannot carry"
        return None

    def build_request(self, url: str, credentials: Credentials, grant: Grant) -> httpx.Request:
        kwargs = self._endpoint._get_kwargs(body=self._body(grant_type=grant.kind))
        auth = basic_authorization(credentials.client_id, credentials.client_secret.reveal(), form_encode=False)
        return request_from_kwargs(kwargs, url, {"Authorization": auth})

    def decode(self, response: httpx.Response) -> Payload | None:
        return through_model(response, self._models)


@functools.cache
def token_path() -> str:
    """The token endpoint's path, as the vendored spec says."""
    return AlternativePaymentsExchange().default_path


def make_client(base_url: str, httpx_args: dict[str, Any], **kwargs: Any) -> alternative_payments_client.Client:
    """The generated client for this vendor's API; ``TokenAuth.client()`` passes itself as ``auth``."""
    from alternative_payments_client import Client

    return Client(base_url=base_url, httpx_args=httpx_args, **kwargs)


_PRODUCTION = "https://public-api.alternativepayments.io"
_DEMO = "https://public-api.demo.alternativepayments.io"

PROFILE = ProviderProfile(
    name="alternative_payments",
    environments={"production": Environment(_PRODUCTION, _PRODUCTION), "demo": Environment(_DEMO, _DEMO)},
    default_environment="demo",
    exchange=AlternativePaymentsExchange,
    # 403 "Invalid credentials" is a map of strings with no code: wrong id/secret or Basic header.
    codeless_statuses={400: errors.InvalidRequestError, 401: errors.InvalidClientError, 403: errors.InvalidClientError},
    make_client=make_client,
    supports_scope=False,
)
