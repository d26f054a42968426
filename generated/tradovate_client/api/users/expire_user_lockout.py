from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.expire_user_lockout import ExpireUserLockout
from ...models.simple_response import SimpleResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ExpireUserLockout,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/user/expireuserlockout",
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
    body: ExpireUserLockout,
) -> Response[SimpleResponse]:
    """Expire User Lockout

     ### Expire a user's manual trading lockout.

    **Available to:** Organization administrators

    **Environments:** Demo

    This endpoint allows you to immediately expire an active manual trading lockout for a user in your
    organization.

    Traders use manual lockouts to pause their trading activity for a specified amount of time. Since
    traders can't cancel their own lockouts, only an organization administrator can unlock their account
    before the lockout expires.

    When the lockout is expired:
    - Trading is re-enabled immediately across all accounts tied to the user
    - An audit log entry is created with the administrator's action and notes

    **Common failure scenarios:**
    - The specified user does not exist
    - The user is not a member of your organization
    - The user does not have an active lockout

    Args:
        body (ExpireUserLockout):

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
    body: ExpireUserLockout,
) -> SimpleResponse | None:
    """Expire User Lockout

     ### Expire a user's manual trading lockout.

    **Available to:** Organization administrators

    **Environments:** Demo

    This endpoint allows you to immediately expire an active manual trading lockout for a user in your
    organization.

    Traders use manual lockouts to pause their trading activity for a specified amount of time. Since
    traders can't cancel their own lockouts, only an organization administrator can unlock their account
    before the lockout expires.

    When the lockout is expired:
    - Trading is re-enabled immediately across all accounts tied to the user
    - An audit log entry is created with the administrator's action and notes

    **Common failure scenarios:**
    - The specified user does not exist
    - The user is not a member of your organization
    - The user does not have an active lockout

    Args:
        body (ExpireUserLockout):

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
    body: ExpireUserLockout,
) -> Response[SimpleResponse]:
    """Expire User Lockout

     ### Expire a user's manual trading lockout.

    **Available to:** Organization administrators

    **Environments:** Demo

    This endpoint allows you to immediately expire an active manual trading lockout for a user in your
    organization.

    Traders use manual lockouts to pause their trading activity for a specified amount of time. Since
    traders can't cancel their own lockouts, only an organization administrator can unlock their account
    before the lockout expires.

    When the lockout is expired:
    - Trading is re-enabled immediately across all accounts tied to the user
    - An audit log entry is created with the administrator's action and notes

    **Common failure scenarios:**
    - The specified user does not exist
    - The user is not a member of your organization
    - The user does not have an active lockout

    Args:
        body (ExpireUserLockout):

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
    body: ExpireUserLockout,
) -> SimpleResponse | None:
    """Expire User Lockout

     ### Expire a user's manual trading lockout.

    **Available to:** Organization administrators

    **Environments:** Demo

    This endpoint allows you to immediately expire an active manual trading lockout for a user in your
    organization.

    Traders use manual lockouts to pause their trading activity for a specified amount of time. Since
    traders can't cancel their own lockouts, only an organization administrator can unlock their account
    before the lockout expires.

    When the lockout is expired:
    - Trading is re-enabled immediately across all accounts tied to the user
    - An audit log entry is created with the administrator's action and notes

    **Common failure scenarios:**
    - The specified user does not exist
    - The user is not a member of your organization
    - The user does not have an active lockout

    Args:
        body (ExpireUserLockout):

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
