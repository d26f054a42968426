import sys
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_o_auth_token_body import CreateOAuthTokenBody
from ...models.create_o_auth_token_response_403 import CreateOAuthTokenResponse403
from ...models.error_response import ErrorResponse
from ...models.token_response import TokenResponse
from ...types import UNSET, Response, Unset

_OPERATION = sys.modules[__name__]


def _get_kwargs(
    *,
    body: CreateOAuthTokenBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth/token",
    }

    if not isinstance(body, Unset):
        _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateOAuthTokenResponse403 | ErrorResponse | TokenResponse | None:
    if response.status_code == 200:
        response_200 = TokenResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = CreateOAuthTokenResponse403.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _succeeded(status_code: int) -> bool:
    """Whether ``status_code`` is the spec's success answer (what sync() and asyncio() return)."""
    return status_code == 200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateOAuthTokenResponse403 | ErrorResponse | TokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateOAuthTokenBody | Unset = UNSET,
) -> Response[CreateOAuthTokenResponse403 | ErrorResponse | TokenResponse]:
    """Get OAuth2 access token

     OAuth2 client credentials flow endpoint. Generate a new access token using client credentials. The
    "client_id" (username) and "client_secret" (password) must be passed as Basic Auth credentials. Ex:
    Authorization: Basic Base64Encode(client_id:client_secret). The returned access token should be used
    as Bearer token for subsequent API calls: Authorization: Bearer {access_token}

    Args:
        body (CreateOAuthTokenBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateOAuthTokenResponse403 | ErrorResponse | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateOAuthTokenBody | Unset = UNSET,
) -> TokenResponse:
    """Get OAuth2 access token

     OAuth2 client credentials flow endpoint. Generate a new access token using client credentials. The
    "client_id" (username) and "client_secret" (password) must be passed as Basic Auth credentials. Ex:
    Authorization: Basic Base64Encode(client_id:client_secret). The returned access token should be used
    as Bearer token for subsequent API calls: Authorization: Bearer {access_token}

    Args:
        body (CreateOAuthTokenBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers anything but the success status (a declared
            error status too; sync_detailed() returns its parsed body). With client.call_hook set,
            the hook decides what is raised instead.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TokenResponse
    """

    _arguments: dict[str, Any] = {
        "body": body,
    }

    if client.call_hook is not None:
        return cast(
            TokenResponse, client.call_hook.sync(client, _OPERATION, _arguments)
        )
    _response = client.get_httpx_client().request(**_get_kwargs(**_arguments))
    if not _succeeded(_response.status_code):
        raise errors.UnexpectedStatus(_response.status_code, _response.content)
    return cast(TokenResponse, _parse_response(client=client, response=_response))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateOAuthTokenBody | Unset = UNSET,
) -> Response[CreateOAuthTokenResponse403 | ErrorResponse | TokenResponse]:
    """Get OAuth2 access token

     OAuth2 client credentials flow endpoint. Generate a new access token using client credentials. The
    "client_id" (username) and "client_secret" (password) must be passed as Basic Auth credentials. Ex:
    Authorization: Basic Base64Encode(client_id:client_secret). The returned access token should be used
    as Bearer token for subsequent API calls: Authorization: Bearer {access_token}

    Args:
        body (CreateOAuthTokenBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateOAuthTokenResponse403 | ErrorResponse | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateOAuthTokenBody | Unset = UNSET,
) -> TokenResponse:
    """Get OAuth2 access token

     OAuth2 client credentials flow endpoint. Generate a new access token using client credentials. The
    "client_id" (username) and "client_secret" (password) must be passed as Basic Auth credentials. Ex:
    Authorization: Basic Base64Encode(client_id:client_secret). The returned access token should be used
    as Bearer token for subsequent API calls: Authorization: Bearer {access_token}

    Args:
        body (CreateOAuthTokenBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers anything but the success status (a declared
            error status too; sync_detailed() returns its parsed body). With client.call_hook set,
            the hook decides what is raised instead.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TokenResponse
    """

    _arguments: dict[str, Any] = {
        "body": body,
    }

    if client.call_hook is not None:
        return cast(
            TokenResponse,
            await client.call_hook.asyncio(client, _OPERATION, _arguments),
        )
    _response = await client.get_async_httpx_client().request(
        **_get_kwargs(**_arguments)
    )
    if not _succeeded(_response.status_code):
        raise errors.UnexpectedStatus(_response.status_code, _response.content)
    return cast(TokenResponse, _parse_response(client=client, response=_response))
