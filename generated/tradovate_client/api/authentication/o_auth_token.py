from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.o_auth_token import OAuthToken
from ...models.o_auth_token_response import OAuthTokenResponse
from ...types import Response


def _get_kwargs(
    *,
    body: OAuthToken,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auth/oauthtoken",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OAuthTokenResponse | None:
    if response.status_code == 200:
        response_200 = OAuthTokenResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OAuthTokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthToken,
) -> Response[OAuthTokenResponse]:
    """O Auth Token

     ### Used to exchange your OAuth code for an access token.
    Using the OAuth authorization delegation flow, we can send a request to verify that our users are
    who they say they are. For more information on using OAuth with the Tradovate API see our [OAuth
    JavaScript tutorial](https://github.com/tradovate/example-api-oauth).

    Args:
        body (OAuthToken):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OAuthTokenResponse]
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
    body: OAuthToken,
) -> OAuthTokenResponse | None:
    """O Auth Token

     ### Used to exchange your OAuth code for an access token.
    Using the OAuth authorization delegation flow, we can send a request to verify that our users are
    who they say they are. For more information on using OAuth with the Tradovate API see our [OAuth
    JavaScript tutorial](https://github.com/tradovate/example-api-oauth).

    Args:
        body (OAuthToken):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OAuthTokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthToken,
) -> Response[OAuthTokenResponse]:
    """O Auth Token

     ### Used to exchange your OAuth code for an access token.
    Using the OAuth authorization delegation flow, we can send a request to verify that our users are
    who they say they are. For more information on using OAuth with the Tradovate API see our [OAuth
    JavaScript tutorial](https://github.com/tradovate/example-api-oauth).

    Args:
        body (OAuthToken):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OAuthTokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthToken,
) -> OAuthTokenResponse | None:
    """O Auth Token

     ### Used to exchange your OAuth code for an access token.
    Using the OAuth authorization delegation flow, we can send a request to verify that our users are
    who they say they are. For more information on using OAuth with the Tradovate API see our [OAuth
    JavaScript tutorial](https://github.com/tradovate/example-api-oauth).

    Args:
        body (OAuthToken):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OAuthTokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
