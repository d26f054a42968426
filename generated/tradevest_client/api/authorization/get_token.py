import sys
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.authentication_response import AuthenticationResponse
from ...models.authorization_request import AuthorizationRequest
from ...models.get_token_response_400 import GetTokenResponse400
from ...types import UNSET, Response, Unset

_OPERATION = sys.modules[__name__]


def _get_kwargs(
    *,
    body: AuthorizationRequest | Unset = UNSET,
    content_type: str = "application/x-www-form-urlencoded",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Content-Type"] = content_type

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth2/token",
    }

    if not isinstance(body, Unset):
        _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuthenticationResponse | GetTokenResponse400 | None:
    if response.status_code == 200:
        response_200 = AuthenticationResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetTokenResponse400.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _succeeded(status_code: int) -> bool:
    """Whether ``status_code`` is the spec's success answer (what sync() and asyncio() return)."""
    return status_code == 200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AuthenticationResponse | GetTokenResponse400]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AuthorizationRequest | Unset = UNSET,
    content_type: str = "application/x-www-form-urlencoded",
) -> Response[AuthenticationResponse | GetTokenResponse400]:
    """Get Token

     Get token to authorize API operations

    Args:
        content_type (str):  Default: 'application/x-www-form-urlencoded'.
        body (AuthorizationRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthenticationResponse | GetTokenResponse400]
    """

    kwargs = _get_kwargs(
        body=body,
        content_type=content_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AuthorizationRequest | Unset = UNSET,
    content_type: str = "application/x-www-form-urlencoded",
) -> AuthenticationResponse:
    """Get Token

     Get token to authorize API operations

    Args:
        content_type (str):  Default: 'application/x-www-form-urlencoded'.
        body (AuthorizationRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers anything but the success status (a declared
            error status too; sync_detailed() returns its parsed body). With client.call_hook set,
            the hook decides what is raised instead.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthenticationResponse
    """

    _arguments: dict[str, Any] = {
        "body": body,
        "content_type": content_type,
    }

    if client.call_hook is not None:
        return cast(
            AuthenticationResponse,
            client.call_hook.sync(client, _OPERATION, _arguments),
        )
    _response = client.get_httpx_client().request(**_get_kwargs(**_arguments))
    if not _succeeded(_response.status_code):
        raise errors.UnexpectedStatus(_response.status_code, _response.content)
    return cast(
        AuthenticationResponse, _parse_response(client=client, response=_response)
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AuthorizationRequest | Unset = UNSET,
    content_type: str = "application/x-www-form-urlencoded",
) -> Response[AuthenticationResponse | GetTokenResponse400]:
    """Get Token

     Get token to authorize API operations

    Args:
        content_type (str):  Default: 'application/x-www-form-urlencoded'.
        body (AuthorizationRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthenticationResponse | GetTokenResponse400]
    """

    kwargs = _get_kwargs(
        body=body,
        content_type=content_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AuthorizationRequest | Unset = UNSET,
    content_type: str = "application/x-www-form-urlencoded",
) -> AuthenticationResponse:
    """Get Token

     Get token to authorize API operations

    Args:
        content_type (str):  Default: 'application/x-www-form-urlencoded'.
        body (AuthorizationRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers anything but the success status (a declared
            error status too; sync_detailed() returns its parsed body). With client.call_hook set,
            the hook decides what is raised instead.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthenticationResponse
    """

    _arguments: dict[str, Any] = {
        "body": body,
        "content_type": content_type,
    }

    if client.call_hook is not None:
        return cast(
            AuthenticationResponse,
            await client.call_hook.asyncio(client, _OPERATION, _arguments),
        )
    _response = await client.get_async_httpx_client().request(
        **_get_kwargs(**_arguments)
    )
    if not _succeeded(_response.status_code):
        raise errors.UnexpectedStatus(_response.status_code, _response.content)
    return cast(
        AuthenticationResponse, _parse_response(client=client, response=_response)
    )
