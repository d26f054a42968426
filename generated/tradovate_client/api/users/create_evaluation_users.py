from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_evaluation_users import CreateEvaluationUsers
from ...models.create_evaluation_users_response import CreateEvaluationUsersResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateEvaluationUsers,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/user/createevaluationusers",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateEvaluationUsersResponse | None:
    if response.status_code == 200:
        response_200 = CreateEvaluationUsersResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateEvaluationUsersResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateEvaluationUsers,
) -> Response[CreateEvaluationUsersResponse]:
    """Create Evaluation Users

     ### Batch create up to 100 Organization users at once.

    <Info>Requests with `firstName` and `lastName` fields exceeding a combined 60 characters are
    rejected, despite each field individually allowing up to 64 characters.</Info>

    A higher level B2B Partner operation that can help to greatly reduce your application's API usage
    footprint. This call is able to batch the functionality of several calls at once for each
    EvaluationUser configuration object provided:
    - Provide a `tradovateSubscriptionPlanId` integer value matching one of your Organization-specific
    Tradovate Subscription Plans to assign that membership to the created user without invoking an
    additional call.
    - Provide an `entitlementIds` integer array to pre-assign entitlement subscriptions with matching
    IDs to the user. One common use case is to assign your Organization-specific TradingView addon for a
    user.

    It is strongly advised to use this endpoint when creating new accounts to minimize API traffic.

    ***Note***: This endpoint replaces [/user/signUpOrganizationMember](/api/rest-api-
    endpoints/users/sign-up-organization-member), [/user/addTradovateSubscription](/api/rest-api-
    endpoints/users/add-tradovate-subscription), and [/userPlugin/addEntitlementSubscription](/api/rest-
    api-endpoints/users/add-entitlement-subscription).

    Args:
        body (CreateEvaluationUsers):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateEvaluationUsersResponse]
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
    body: CreateEvaluationUsers,
) -> CreateEvaluationUsersResponse | None:
    """Create Evaluation Users

     ### Batch create up to 100 Organization users at once.

    <Info>Requests with `firstName` and `lastName` fields exceeding a combined 60 characters are
    rejected, despite each field individually allowing up to 64 characters.</Info>

    A higher level B2B Partner operation that can help to greatly reduce your application's API usage
    footprint. This call is able to batch the functionality of several calls at once for each
    EvaluationUser configuration object provided:
    - Provide a `tradovateSubscriptionPlanId` integer value matching one of your Organization-specific
    Tradovate Subscription Plans to assign that membership to the created user without invoking an
    additional call.
    - Provide an `entitlementIds` integer array to pre-assign entitlement subscriptions with matching
    IDs to the user. One common use case is to assign your Organization-specific TradingView addon for a
    user.

    It is strongly advised to use this endpoint when creating new accounts to minimize API traffic.

    ***Note***: This endpoint replaces [/user/signUpOrganizationMember](/api/rest-api-
    endpoints/users/sign-up-organization-member), [/user/addTradovateSubscription](/api/rest-api-
    endpoints/users/add-tradovate-subscription), and [/userPlugin/addEntitlementSubscription](/api/rest-
    api-endpoints/users/add-entitlement-subscription).

    Args:
        body (CreateEvaluationUsers):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateEvaluationUsersResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateEvaluationUsers,
) -> Response[CreateEvaluationUsersResponse]:
    """Create Evaluation Users

     ### Batch create up to 100 Organization users at once.

    <Info>Requests with `firstName` and `lastName` fields exceeding a combined 60 characters are
    rejected, despite each field individually allowing up to 64 characters.</Info>

    A higher level B2B Partner operation that can help to greatly reduce your application's API usage
    footprint. This call is able to batch the functionality of several calls at once for each
    EvaluationUser configuration object provided:
    - Provide a `tradovateSubscriptionPlanId` integer value matching one of your Organization-specific
    Tradovate Subscription Plans to assign that membership to the created user without invoking an
    additional call.
    - Provide an `entitlementIds` integer array to pre-assign entitlement subscriptions with matching
    IDs to the user. One common use case is to assign your Organization-specific TradingView addon for a
    user.

    It is strongly advised to use this endpoint when creating new accounts to minimize API traffic.

    ***Note***: This endpoint replaces [/user/signUpOrganizationMember](/api/rest-api-
    endpoints/users/sign-up-organization-member), [/user/addTradovateSubscription](/api/rest-api-
    endpoints/users/add-tradovate-subscription), and [/userPlugin/addEntitlementSubscription](/api/rest-
    api-endpoints/users/add-entitlement-subscription).

    Args:
        body (CreateEvaluationUsers):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateEvaluationUsersResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateEvaluationUsers,
) -> CreateEvaluationUsersResponse | None:
    """Create Evaluation Users

     ### Batch create up to 100 Organization users at once.

    <Info>Requests with `firstName` and `lastName` fields exceeding a combined 60 characters are
    rejected, despite each field individually allowing up to 64 characters.</Info>

    A higher level B2B Partner operation that can help to greatly reduce your application's API usage
    footprint. This call is able to batch the functionality of several calls at once for each
    EvaluationUser configuration object provided:
    - Provide a `tradovateSubscriptionPlanId` integer value matching one of your Organization-specific
    Tradovate Subscription Plans to assign that membership to the created user without invoking an
    additional call.
    - Provide an `entitlementIds` integer array to pre-assign entitlement subscriptions with matching
    IDs to the user. One common use case is to assign your Organization-specific TradingView addon for a
    user.

    It is strongly advised to use this endpoint when creating new accounts to minimize API traffic.

    ***Note***: This endpoint replaces [/user/signUpOrganizationMember](/api/rest-api-
    endpoints/users/sign-up-organization-member), [/user/addTradovateSubscription](/api/rest-api-
    endpoints/users/add-tradovate-subscription), and [/userPlugin/addEntitlementSubscription](/api/rest-
    api-endpoints/users/add-entitlement-subscription).

    Args:
        body (CreateEvaluationUsers):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateEvaluationUsersResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
