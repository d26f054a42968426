from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_contact_info import UpdateContactInfo
from ...models.update_contact_info_response import UpdateContactInfoResponse
from ...types import Response


def _get_kwargs(
    *,
    body: UpdateContactInfo,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contactInfo/updatecontactinfo",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UpdateContactInfoResponse | None:
    if response.status_code == 200:
        response_200 = UpdateContactInfoResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UpdateContactInfoResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateContactInfo,
) -> Response[UpdateContactInfoResponse]:
    """Update Contact Info

     <Info>Requests with `firstName` and `lastName` fields exceeding a combined 60 characters are
    rejected, despite each field individually allowing up to 64 characters. The same limit applies to
    `jointFirstName` and `jointLastName`.</Info>

    Args:
        body (UpdateContactInfo):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateContactInfoResponse]
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
    body: UpdateContactInfo,
) -> UpdateContactInfoResponse | None:
    """Update Contact Info

     <Info>Requests with `firstName` and `lastName` fields exceeding a combined 60 characters are
    rejected, despite each field individually allowing up to 64 characters. The same limit applies to
    `jointFirstName` and `jointLastName`.</Info>

    Args:
        body (UpdateContactInfo):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateContactInfoResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateContactInfo,
) -> Response[UpdateContactInfoResponse]:
    """Update Contact Info

     <Info>Requests with `firstName` and `lastName` fields exceeding a combined 60 characters are
    rejected, despite each field individually allowing up to 64 characters. The same limit applies to
    `jointFirstName` and `jointLastName`.</Info>

    Args:
        body (UpdateContactInfo):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateContactInfoResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UpdateContactInfo,
) -> UpdateContactInfoResponse | None:
    """Update Contact Info

     <Info>Requests with `firstName` and `lastName` fields exceeding a combined 60 characters are
    rejected, despite each field individually allowing up to 64 characters. The same limit applies to
    `jointFirstName` and `jointLastName`.</Info>

    Args:
        body (UpdateContactInfo):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateContactInfoResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
