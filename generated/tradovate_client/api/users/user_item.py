import sys
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_text import ErrorText
from ...models.user import User
from ...types import UNSET, Response

_OPERATION = sys.modules[__name__]


def _get_kwargs(
    *,
    id: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/user/item",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorText | User | None:
    if response.status_code == 200:
        response_200 = User.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorText.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorText.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorText.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorText.from_dict(response.json())

        return response_429

    if 500 <= response.status_code <= 599:
        response_5xx = ErrorText.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _succeeded(status_code: int) -> bool:
    """Whether ``status_code`` is the spec's success answer (what sync() and asyncio() return)."""
    return status_code == 200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorText | User]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    id: int,
) -> Response[ErrorText | User]:
    """User Item

     Fetches User entity by `id` field

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorText | User]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    id: int,
) -> User:
    """User Item

     Fetches User entity by `id` field

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server answers anything but the success status (a declared
            error status too; sync_detailed() returns its parsed body). With client.call_hook set,
            the hook decides what is raised instead.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        User
    """

    _arguments: dict[str, Any] = {
        "id": id,
    }

    if client.call_hook is not None:
        return cast(User, client.call_hook.sync(client, _OPERATION, _arguments))
    _response = client.get_httpx_client().request(**_get_kwargs(**_arguments))
    if not _succeeded(_response.status_code):
        raise errors.UnexpectedStatus(_response.status_code, _response.content)
    return cast(User, _parse_response(client=client, response=_response))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    id: int,
) -> Response[ErrorText | User]:
    """User Item

     Fetches User entity by `id` field

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorText | User]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    id: int,
) -> User:
    """User Item

     Fetches User entity by `id` field

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server answers anything but the success status (a declared
            error status too; sync_detailed() returns its parsed body). With client.call_hook set,
            the hook decides what is raised instead.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        User
    """

    _arguments: dict[str, Any] = {
        "id": id,
    }

    if client.call_hook is not None:
        return cast(
            User, await client.call_hook.asyncio(client, _OPERATION, _arguments)
        )
    _response = await client.get_async_httpx_client().request(
        **_get_kwargs(**_arguments)
    )
    if not _succeeded(_response.status_code):
        raise errors.UnexpectedStatus(_response.status_code, _response.content)
    return cast(User, _parse_response(client=client, response=_response))
