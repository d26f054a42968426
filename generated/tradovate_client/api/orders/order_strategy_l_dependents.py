from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.order_strategy import OrderStrategy
from ...types import UNSET, Response


def _get_kwargs(
    *,
    masterids: list[int],
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_masterids = masterids

    params["masterids"] = (
        ",".join(map(str, json_masterids))
        if isinstance(json_masterids, list)
        else json_masterids
    )

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/orderStrategy/ldeps",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[OrderStrategy] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = OrderStrategy.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[OrderStrategy]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    masterids: list[int],
) -> Response[list[OrderStrategy]]:
    """Order Strategy L Dependents

     Fetches all OrderStrategy entities associated with multiple Account entities

    Args:
        masterids (list[int]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[OrderStrategy]]
    """

    kwargs = _get_kwargs(
        masterids=masterids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    masterids: list[int],
) -> list[OrderStrategy] | None:
    """Order Strategy L Dependents

     Fetches all OrderStrategy entities associated with multiple Account entities

    Args:
        masterids (list[int]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[OrderStrategy]
    """

    return sync_detailed(
        client=client,
        masterids=masterids,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    masterids: list[int],
) -> Response[list[OrderStrategy]]:
    """Order Strategy L Dependents

     Fetches all OrderStrategy entities associated with multiple Account entities

    Args:
        masterids (list[int]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[OrderStrategy]]
    """

    kwargs = _get_kwargs(
        masterids=masterids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    masterids: list[int],
) -> list[OrderStrategy] | None:
    """Order Strategy L Dependents

     Fetches all OrderStrategy entities associated with multiple Account entities

    Args:
        masterids (list[int]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[OrderStrategy]
    """

    return (
        await asyncio_detailed(
            client=client,
            masterids=masterids,
        )
    ).parsed
