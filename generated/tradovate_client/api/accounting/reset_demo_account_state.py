from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.reset_demo_account_state import ResetDemoAccountState
from ...models.simple_response import SimpleResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ResetDemoAccountState,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/account/resetdemoaccountstate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SimpleResponse | None:
    if response.status_code == 200:
        response_200 = SimpleResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SimpleResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ResetDemoAccountState,
) -> Response[SimpleResponse]:
    """Reset Demo Account State

     ### Reset a demo account's state to a previous day
    Return 1 or more simulation accounts to their state at market open on the given TradeDate date.

    Args:
        body (ResetDemoAccountState):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SimpleResponse]
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
    client: AuthenticatedClient,
    body: ResetDemoAccountState,
) -> SimpleResponse | None:
    """Reset Demo Account State

     ### Reset a demo account's state to a previous day
    Return 1 or more simulation accounts to their state at market open on the given TradeDate date.

    Args:
        body (ResetDemoAccountState):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SimpleResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ResetDemoAccountState,
) -> Response[SimpleResponse]:
    """Reset Demo Account State

     ### Reset a demo account's state to a previous day
    Return 1 or more simulation accounts to their state at market open on the given TradeDate date.

    Args:
        body (ResetDemoAccountState):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SimpleResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ResetDemoAccountState,
) -> SimpleResponse | None:
    """Reset Demo Account State

     ### Reset a demo account's state to a previous day
    Return 1 or more simulation accounts to their state at market open on the given TradeDate date.

    Args:
        body (ResetDemoAccountState):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SimpleResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
