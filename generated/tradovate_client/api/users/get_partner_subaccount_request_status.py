import sys
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_text import ErrorText
from ...models.get_partner_sub_account_request_status import (
    GetPartnerSubAccountRequestStatus,
)
from ...models.partner_sub_account_request_status_response import (
    PartnerSubAccountRequestStatusResponse,
)
from ...types import Response

_OPERATION = sys.modules[__name__]


def _get_kwargs(
    *,
    body: GetPartnerSubAccountRequestStatus,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/customerApplication/getpartnersubaccountrequeststatus",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorText | PartnerSubAccountRequestStatusResponse | None:
    if response.status_code == 200:
        response_200 = PartnerSubAccountRequestStatusResponse.from_dict(response.json())

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
) -> Response[ErrorText | PartnerSubAccountRequestStatusResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: GetPartnerSubAccountRequestStatus,
) -> Response[ErrorText | PartnerSubAccountRequestStatusResponse]:
    """Get Partner Subaccount Request Status

     ### Check the status of a subaccount request.

    **Available to:** Organization administrators

    **Environments:** Production

    **Rate Limit:** Although this endpoint does not have a rate limit, you should implement appropriate
    polling intervals (e.g., every 30-60 seconds) to avoid unnecessary load.

    Poll this endpoint to track the progress of a subaccount request through the approval workflow. The
    request progresses through various statuses as it is reviewed by internal operations teams.

    <Warning>**Warning:** This endpoint returns **HTTP 200** for successes **and** business errors.
    Always check the `errorText` field in the response body to determine whether the request succeeded
    or failed.</Warning>

    **subAccountRequestId**

    For `subAccountRequestId`, use the `requestId` returned from `createpartnersubaccountrequest`.

    **Status Progression**

    Requests typically progress through statuses in this order:
    `Preapproved` → `InReview` → `InAMLReview` (if applicable) → `Approved` or `Denied`

    - Status changes may not be immediate.
    - `InAMLReview` means the request is being reviewed by the Anti-Money Laundering (AML) team.
    - If the subaccount request is `Denied`, check the `message` field for the reason.

    **Common Failure Scenarios**

    - Invalid or non-existent `subAccountRequestId`
    - `subAccountRequestId` belongs to a different organization
    - Non-admin user attempting to call the endpoint

    Args:
        body (GetPartnerSubAccountRequestStatus):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorText | PartnerSubAccountRequestStatusResponse]
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
    body: GetPartnerSubAccountRequestStatus,
) -> PartnerSubAccountRequestStatusResponse:
    """Get Partner Subaccount Request Status

     ### Check the status of a subaccount request.

    **Available to:** Organization administrators

    **Environments:** Production

    **Rate Limit:** Although this endpoint does not have a rate limit, you should implement appropriate
    polling intervals (e.g., every 30-60 seconds) to avoid unnecessary load.

    Poll this endpoint to track the progress of a subaccount request through the approval workflow. The
    request progresses through various statuses as it is reviewed by internal operations teams.

    <Warning>**Warning:** This endpoint returns **HTTP 200** for successes **and** business errors.
    Always check the `errorText` field in the response body to determine whether the request succeeded
    or failed.</Warning>

    **subAccountRequestId**

    For `subAccountRequestId`, use the `requestId` returned from `createpartnersubaccountrequest`.

    **Status Progression**

    Requests typically progress through statuses in this order:
    `Preapproved` → `InReview` → `InAMLReview` (if applicable) → `Approved` or `Denied`

    - Status changes may not be immediate.
    - `InAMLReview` means the request is being reviewed by the Anti-Money Laundering (AML) team.
    - If the subaccount request is `Denied`, check the `message` field for the reason.

    **Common Failure Scenarios**

    - Invalid or non-existent `subAccountRequestId`
    - `subAccountRequestId` belongs to a different organization
    - Non-admin user attempting to call the endpoint

    Args:
        body (GetPartnerSubAccountRequestStatus):

    Raises:
        errors.UnexpectedStatus: If the server answers anything but the success status (a declared
            error status too; sync_detailed() returns its parsed body). With client.call_hook set,
            the hook decides what is raised instead.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PartnerSubAccountRequestStatusResponse
    """

    _arguments: dict[str, Any] = {
        "body": body,
    }

    if client.call_hook is not None:
        return cast(
            PartnerSubAccountRequestStatusResponse,
            client.call_hook.sync(client, _OPERATION, _arguments),
        )
    _response = client.get_httpx_client().request(**_get_kwargs(**_arguments))
    if not _succeeded(_response.status_code):
        raise errors.UnexpectedStatus(_response.status_code, _response.content)
    return cast(
        PartnerSubAccountRequestStatusResponse,
        _parse_response(client=client, response=_response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GetPartnerSubAccountRequestStatus,
) -> Response[ErrorText | PartnerSubAccountRequestStatusResponse]:
    """Get Partner Subaccount Request Status

     ### Check the status of a subaccount request.

    **Available to:** Organization administrators

    **Environments:** Production

    **Rate Limit:** Although this endpoint does not have a rate limit, you should implement appropriate
    polling intervals (e.g., every 30-60 seconds) to avoid unnecessary load.

    Poll this endpoint to track the progress of a subaccount request through the approval workflow. The
    request progresses through various statuses as it is reviewed by internal operations teams.

    <Warning>**Warning:** This endpoint returns **HTTP 200** for successes **and** business errors.
    Always check the `errorText` field in the response body to determine whether the request succeeded
    or failed.</Warning>

    **subAccountRequestId**

    For `subAccountRequestId`, use the `requestId` returned from `createpartnersubaccountrequest`.

    **Status Progression**

    Requests typically progress through statuses in this order:
    `Preapproved` → `InReview` → `InAMLReview` (if applicable) → `Approved` or `Denied`

    - Status changes may not be immediate.
    - `InAMLReview` means the request is being reviewed by the Anti-Money Laundering (AML) team.
    - If the subaccount request is `Denied`, check the `message` field for the reason.

    **Common Failure Scenarios**

    - Invalid or non-existent `subAccountRequestId`
    - `subAccountRequestId` belongs to a different organization
    - Non-admin user attempting to call the endpoint

    Args:
        body (GetPartnerSubAccountRequestStatus):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorText | PartnerSubAccountRequestStatusResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: GetPartnerSubAccountRequestStatus,
) -> PartnerSubAccountRequestStatusResponse:
    """Get Partner Subaccount Request Status

     ### Check the status of a subaccount request.

    **Available to:** Organization administrators

    **Environments:** Production

    **Rate Limit:** Although this endpoint does not have a rate limit, you should implement appropriate
    polling intervals (e.g., every 30-60 seconds) to avoid unnecessary load.

    Poll this endpoint to track the progress of a subaccount request through the approval workflow. The
    request progresses through various statuses as it is reviewed by internal operations teams.

    <Warning>**Warning:** This endpoint returns **HTTP 200** for successes **and** business errors.
    Always check the `errorText` field in the response body to determine whether the request succeeded
    or failed.</Warning>

    **subAccountRequestId**

    For `subAccountRequestId`, use the `requestId` returned from `createpartnersubaccountrequest`.

    **Status Progression**

    Requests typically progress through statuses in this order:
    `Preapproved` → `InReview` → `InAMLReview` (if applicable) → `Approved` or `Denied`

    - Status changes may not be immediate.
    - `InAMLReview` means the request is being reviewed by the Anti-Money Laundering (AML) team.
    - If the subaccount request is `Denied`, check the `message` field for the reason.

    **Common Failure Scenarios**

    - Invalid or non-existent `subAccountRequestId`
    - `subAccountRequestId` belongs to a different organization
    - Non-admin user attempting to call the endpoint

    Args:
        body (GetPartnerSubAccountRequestStatus):

    Raises:
        errors.UnexpectedStatus: If the server answers anything but the success status (a declared
            error status too; sync_detailed() returns its parsed body). With client.call_hook set,
            the hook decides what is raised instead.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PartnerSubAccountRequestStatusResponse
    """

    _arguments: dict[str, Any] = {
        "body": body,
    }

    if client.call_hook is not None:
        return cast(
            PartnerSubAccountRequestStatusResponse,
            await client.call_hook.asyncio(client, _OPERATION, _arguments),
        )
    _response = await client.get_async_httpx_client().request(
        **_get_kwargs(**_arguments)
    )
    if not _succeeded(_response.status_code):
        raise errors.UnexpectedStatus(_response.status_code, _response.content)
    return cast(
        PartnerSubAccountRequestStatusResponse,
        _parse_response(client=client, response=_response),
    )
