from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_entitlement_subscription import AddEntitlementSubscription
from ...models.entitlement_subscription_response import EntitlementSubscriptionResponse
from ...types import Response


def _get_kwargs(
    *,
    body: AddEntitlementSubscription,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/userPlugin/addentitlementsubscription",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EntitlementSubscriptionResponse | None:
    if response.status_code == 200:
        response_200 = EntitlementSubscriptionResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EntitlementSubscriptionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AddEntitlementSubscription,
) -> Response[EntitlementSubscriptionResponse]:
    """Add Entitlement Subscription

     ### For use with Add-ons, allows for purchase of entitlements such as Market Replay.

    ***Note***: The [/user/createEvaluationUsers](/api/rest-api-endpoints/users/create-evaluation-users)
    endpoint replaces [/user/signUpOrganizationMember](/api/rest-api-endpoints/users/sign-up-
    organization-member), [/user/addTradovateSubscription](/api/rest-api-endpoints/users/add-tradovate-
    subscription), and [/userPlugin/addEntitlementSubscription](/api/rest-api-endpoints/users/add-
    entitlement-subscription).

    Args:
        body (AddEntitlementSubscription):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EntitlementSubscriptionResponse]
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
    body: AddEntitlementSubscription,
) -> EntitlementSubscriptionResponse | None:
    """Add Entitlement Subscription

     ### For use with Add-ons, allows for purchase of entitlements such as Market Replay.

    ***Note***: The [/user/createEvaluationUsers](/api/rest-api-endpoints/users/create-evaluation-users)
    endpoint replaces [/user/signUpOrganizationMember](/api/rest-api-endpoints/users/sign-up-
    organization-member), [/user/addTradovateSubscription](/api/rest-api-endpoints/users/add-tradovate-
    subscription), and [/userPlugin/addEntitlementSubscription](/api/rest-api-endpoints/users/add-
    entitlement-subscription).

    Args:
        body (AddEntitlementSubscription):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EntitlementSubscriptionResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AddEntitlementSubscription,
) -> Response[EntitlementSubscriptionResponse]:
    """Add Entitlement Subscription

     ### For use with Add-ons, allows for purchase of entitlements such as Market Replay.

    ***Note***: The [/user/createEvaluationUsers](/api/rest-api-endpoints/users/create-evaluation-users)
    endpoint replaces [/user/signUpOrganizationMember](/api/rest-api-endpoints/users/sign-up-
    organization-member), [/user/addTradovateSubscription](/api/rest-api-endpoints/users/add-tradovate-
    subscription), and [/userPlugin/addEntitlementSubscription](/api/rest-api-endpoints/users/add-
    entitlement-subscription).

    Args:
        body (AddEntitlementSubscription):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EntitlementSubscriptionResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AddEntitlementSubscription,
) -> EntitlementSubscriptionResponse | None:
    """Add Entitlement Subscription

     ### For use with Add-ons, allows for purchase of entitlements such as Market Replay.

    ***Note***: The [/user/createEvaluationUsers](/api/rest-api-endpoints/users/create-evaluation-users)
    endpoint replaces [/user/signUpOrganizationMember](/api/rest-api-endpoints/users/sign-up-
    organization-member), [/user/addTradovateSubscription](/api/rest-api-endpoints/users/add-tradovate-
    subscription), and [/userPlugin/addEntitlementSubscription](/api/rest-api-endpoints/users/add-
    entitlement-subscription).

    Args:
        body (AddEntitlementSubscription):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EntitlementSubscriptionResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
