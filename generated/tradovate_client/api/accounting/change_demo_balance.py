import sys
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cash_balance_snapshot import CashBalanceSnapshot
from ...models.change_demo_balance import ChangeDemoBalance
from ...models.error_text import ErrorText
from ...types import Response

_OPERATION = sys.modules[__name__]


def _get_kwargs(
    *,
    body: ChangeDemoBalance,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/cashBalance/changedemobalance",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CashBalanceSnapshot | ErrorText | None:
    if response.status_code == 200:
        response_200 = CashBalanceSnapshot.from_dict(response.json())

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
) -> Response[CashBalanceSnapshot | ErrorText]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ChangeDemoBalance,
) -> Response[CashBalanceSnapshot | ErrorText]:
    """Change Demo Balance

     ### Change the cash balance of a demo account.

    Available to: All authenticated users

    Environments: Demo

    **[Rate Limit](/overview/core-concepts/rate-limits) (organization administrators):** None

    **[Rate Limit](/overview/core-concepts/rate-limits) (all other users):** One balance change per
    account per hour, with a max account balance of $50,000

    Quickly adjust the simulated cash balance of a demo account in your organization. Use this endpoint
    to reset a trader's balance during an evaluation, top up an account before a new challenge phase, or
    adjust a balance after a practice session when you don't need the additional control that
    `adjustCash` provides.

    <Warning>**Warning:** This endpoint returns **HTTP 200** for successes **and** business errors.
    Always check the `errorText` field in the response body to determine whether the request succeeded
    or failed.</Warning>

    **Difference Between `changeDemoBalance` and `adjustCash`**

    The `changeDemoBalance` endpoint is available to all traders and has rate limits to protect against
    abuse. Because `adjustCash` is restricted to organization administrators with `Funds` permissions,
    it supports higher throughput and doesn't have a rate limit. `adjustCash` also gives you more
    control: you can classify the adjustment type, specify the currency, and include an audit comment.

    **Field Details**

    The `accountId` must reference an active demo account within your organization. You can look up
    account IDs using the Query Builder in the Admin Dashboards or via the `/account/list` endpoint.

    The `cashChange` value is applied as a change to the current balance (positive values increase the
    balance and negative values decrease it). The `cashChange` value must be between -1,000,000 and
    1,000,000 (exclusive). The resulting balance cannot exceed $50,000.

    If the optional `comment` field is omitted, the server defaults to "Demo Change".

    **Reversing a Change**

    While you can't undo a change, you can make another `changeDemoBalance` call with the opposite
    `cashChange` amount.

    **Common Failure Scenarios**

    - Account ID is invalid (must be greater than 0)
    - Balance change requested within one hour of the last change
    - Balance change would cause the total account balance to exceed $50,000
    - `cashChange` is outside the allowed range (must be between -1,000,000 and 1,000,000, exclusive)
    - `comment` exceeds 64 characters
    - Demo account is closed or inactive
    - Request sent to the live or replay environment

    **Error Messages**

    | `errorText` | Trigger |
    |-------------|---------|
    | `"Access denied"` | Called on a non-demo environment (secondary guard) |
    | `"Account Id should be greater than 0"` | `accountId` is 0 or negative |
    | `"Cash Change should be greater than -1000000"` | `cashChange` is -1,000,000 or less |
    | `"Cash Change should be less than 1000000"` | `cashChange` is 1,000,000 or greater |
    | `"Comment should be no longer than 64"` | `comment` exceeds 64 characters |
    | `"Demo account is closed"` | The account is inactive |
    | `"Maximum cash amount in the simulation account must be less than or equal to $50,000"` |
    Resulting balance would exceed $50,000 |
    | `"One change to the simulation cash balance is permitted per hour. Please try again later."` |
    Called within one hour of the last change |
    | `"This endpoint should be called on demo.tradovateapi.com"` | Called on the live or replay
    environment |

    Args:
        body (ChangeDemoBalance):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CashBalanceSnapshot | ErrorText]
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
    body: ChangeDemoBalance,
) -> CashBalanceSnapshot:
    """Change Demo Balance

     ### Change the cash balance of a demo account.

    Available to: All authenticated users

    Environments: Demo

    **[Rate Limit](/overview/core-concepts/rate-limits) (organization administrators):** None

    **[Rate Limit](/overview/core-concepts/rate-limits) (all other users):** One balance change per
    account per hour, with a max account balance of $50,000

    Quickly adjust the simulated cash balance of a demo account in your organization. Use this endpoint
    to reset a trader's balance during an evaluation, top up an account before a new challenge phase, or
    adjust a balance after a practice session when you don't need the additional control that
    `adjustCash` provides.

    <Warning>**Warning:** This endpoint returns **HTTP 200** for successes **and** business errors.
    Always check the `errorText` field in the response body to determine whether the request succeeded
    or failed.</Warning>

    **Difference Between `changeDemoBalance` and `adjustCash`**

    The `changeDemoBalance` endpoint is available to all traders and has rate limits to protect against
    abuse. Because `adjustCash` is restricted to organization administrators with `Funds` permissions,
    it supports higher throughput and doesn't have a rate limit. `adjustCash` also gives you more
    control: you can classify the adjustment type, specify the currency, and include an audit comment.

    **Field Details**

    The `accountId` must reference an active demo account within your organization. You can look up
    account IDs using the Query Builder in the Admin Dashboards or via the `/account/list` endpoint.

    The `cashChange` value is applied as a change to the current balance (positive values increase the
    balance and negative values decrease it). The `cashChange` value must be between -1,000,000 and
    1,000,000 (exclusive). The resulting balance cannot exceed $50,000.

    If the optional `comment` field is omitted, the server defaults to "Demo Change".

    **Reversing a Change**

    While you can't undo a change, you can make another `changeDemoBalance` call with the opposite
    `cashChange` amount.

    **Common Failure Scenarios**

    - Account ID is invalid (must be greater than 0)
    - Balance change requested within one hour of the last change
    - Balance change would cause the total account balance to exceed $50,000
    - `cashChange` is outside the allowed range (must be between -1,000,000 and 1,000,000, exclusive)
    - `comment` exceeds 64 characters
    - Demo account is closed or inactive
    - Request sent to the live or replay environment

    **Error Messages**

    | `errorText` | Trigger |
    |-------------|---------|
    | `"Access denied"` | Called on a non-demo environment (secondary guard) |
    | `"Account Id should be greater than 0"` | `accountId` is 0 or negative |
    | `"Cash Change should be greater than -1000000"` | `cashChange` is -1,000,000 or less |
    | `"Cash Change should be less than 1000000"` | `cashChange` is 1,000,000 or greater |
    | `"Comment should be no longer than 64"` | `comment` exceeds 64 characters |
    | `"Demo account is closed"` | The account is inactive |
    | `"Maximum cash amount in the simulation account must be less than or equal to $50,000"` |
    Resulting balance would exceed $50,000 |
    | `"One change to the simulation cash balance is permitted per hour. Please try again later."` |
    Called within one hour of the last change |
    | `"This endpoint should be called on demo.tradovateapi.com"` | Called on the live or replay
    environment |

    Args:
        body (ChangeDemoBalance):

    Raises:
        errors.UnexpectedStatus: If the server answers anything but the success status (a declared
            error status too; sync_detailed() returns its parsed body). With client.call_hook set,
            the hook decides what is raised instead.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CashBalanceSnapshot
    """

    _arguments: dict[str, Any] = {
        "body": body,
    }

    if client.call_hook is not None:
        return cast(
            CashBalanceSnapshot, client.call_hook.sync(client, _OPERATION, _arguments)
        )
    _response = client.get_httpx_client().request(**_get_kwargs(**_arguments))
    if not _succeeded(_response.status_code):
        raise errors.UnexpectedStatus(_response.status_code, _response.content)
    return cast(CashBalanceSnapshot, _parse_response(client=client, response=_response))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ChangeDemoBalance,
) -> Response[CashBalanceSnapshot | ErrorText]:
    """Change Demo Balance

     ### Change the cash balance of a demo account.

    Available to: All authenticated users

    Environments: Demo

    **[Rate Limit](/overview/core-concepts/rate-limits) (organization administrators):** None

    **[Rate Limit](/overview/core-concepts/rate-limits) (all other users):** One balance change per
    account per hour, with a max account balance of $50,000

    Quickly adjust the simulated cash balance of a demo account in your organization. Use this endpoint
    to reset a trader's balance during an evaluation, top up an account before a new challenge phase, or
    adjust a balance after a practice session when you don't need the additional control that
    `adjustCash` provides.

    <Warning>**Warning:** This endpoint returns **HTTP 200** for successes **and** business errors.
    Always check the `errorText` field in the response body to determine whether the request succeeded
    or failed.</Warning>

    **Difference Between `changeDemoBalance` and `adjustCash`**

    The `changeDemoBalance` endpoint is available to all traders and has rate limits to protect against
    abuse. Because `adjustCash` is restricted to organization administrators with `Funds` permissions,
    it supports higher throughput and doesn't have a rate limit. `adjustCash` also gives you more
    control: you can classify the adjustment type, specify the currency, and include an audit comment.

    **Field Details**

    The `accountId` must reference an active demo account within your organization. You can look up
    account IDs using the Query Builder in the Admin Dashboards or via the `/account/list` endpoint.

    The `cashChange` value is applied as a change to the current balance (positive values increase the
    balance and negative values decrease it). The `cashChange` value must be between -1,000,000 and
    1,000,000 (exclusive). The resulting balance cannot exceed $50,000.

    If the optional `comment` field is omitted, the server defaults to "Demo Change".

    **Reversing a Change**

    While you can't undo a change, you can make another `changeDemoBalance` call with the opposite
    `cashChange` amount.

    **Common Failure Scenarios**

    - Account ID is invalid (must be greater than 0)
    - Balance change requested within one hour of the last change
    - Balance change would cause the total account balance to exceed $50,000
    - `cashChange` is outside the allowed range (must be between -1,000,000 and 1,000,000, exclusive)
    - `comment` exceeds 64 characters
    - Demo account is closed or inactive
    - Request sent to the live or replay environment

    **Error Messages**

    | `errorText` | Trigger |
    |-------------|---------|
    | `"Access denied"` | Called on a non-demo environment (secondary guard) |
    | `"Account Id should be greater than 0"` | `accountId` is 0 or negative |
    | `"Cash Change should be greater than -1000000"` | `cashChange` is -1,000,000 or less |
    | `"Cash Change should be less than 1000000"` | `cashChange` is 1,000,000 or greater |
    | `"Comment should be no longer than 64"` | `comment` exceeds 64 characters |
    | `"Demo account is closed"` | The account is inactive |
    | `"Maximum cash amount in the simulation account must be less than or equal to $50,000"` |
    Resulting balance would exceed $50,000 |
    | `"One change to the simulation cash balance is permitted per hour. Please try again later."` |
    Called within one hour of the last change |
    | `"This endpoint should be called on demo.tradovateapi.com"` | Called on the live or replay
    environment |

    Args:
        body (ChangeDemoBalance):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CashBalanceSnapshot | ErrorText]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ChangeDemoBalance,
) -> CashBalanceSnapshot:
    """Change Demo Balance

     ### Change the cash balance of a demo account.

    Available to: All authenticated users

    Environments: Demo

    **[Rate Limit](/overview/core-concepts/rate-limits) (organization administrators):** None

    **[Rate Limit](/overview/core-concepts/rate-limits) (all other users):** One balance change per
    account per hour, with a max account balance of $50,000

    Quickly adjust the simulated cash balance of a demo account in your organization. Use this endpoint
    to reset a trader's balance during an evaluation, top up an account before a new challenge phase, or
    adjust a balance after a practice session when you don't need the additional control that
    `adjustCash` provides.

    <Warning>**Warning:** This endpoint returns **HTTP 200** for successes **and** business errors.
    Always check the `errorText` field in the response body to determine whether the request succeeded
    or failed.</Warning>

    **Difference Between `changeDemoBalance` and `adjustCash`**

    The `changeDemoBalance` endpoint is available to all traders and has rate limits to protect against
    abuse. Because `adjustCash` is restricted to organization administrators with `Funds` permissions,
    it supports higher throughput and doesn't have a rate limit. `adjustCash` also gives you more
    control: you can classify the adjustment type, specify the currency, and include an audit comment.

    **Field Details**

    The `accountId` must reference an active demo account within your organization. You can look up
    account IDs using the Query Builder in the Admin Dashboards or via the `/account/list` endpoint.

    The `cashChange` value is applied as a change to the current balance (positive values increase the
    balance and negative values decrease it). The `cashChange` value must be between -1,000,000 and
    1,000,000 (exclusive). The resulting balance cannot exceed $50,000.

    If the optional `comment` field is omitted, the server defaults to "Demo Change".

    **Reversing a Change**

    While you can't undo a change, you can make another `changeDemoBalance` call with the opposite
    `cashChange` amount.

    **Common Failure Scenarios**

    - Account ID is invalid (must be greater than 0)
    - Balance change requested within one hour of the last change
    - Balance change would cause the total account balance to exceed $50,000
    - `cashChange` is outside the allowed range (must be between -1,000,000 and 1,000,000, exclusive)
    - `comment` exceeds 64 characters
    - Demo account is closed or inactive
    - Request sent to the live or replay environment

    **Error Messages**

    | `errorText` | Trigger |
    |-------------|---------|
    | `"Access denied"` | Called on a non-demo environment (secondary guard) |
    | `"Account Id should be greater than 0"` | `accountId` is 0 or negative |
    | `"Cash Change should be greater than -1000000"` | `cashChange` is -1,000,000 or less |
    | `"Cash Change should be less than 1000000"` | `cashChange` is 1,000,000 or greater |
    | `"Comment should be no longer than 64"` | `comment` exceeds 64 characters |
    | `"Demo account is closed"` | The account is inactive |
    | `"Maximum cash amount in the simulation account must be less than or equal to $50,000"` |
    Resulting balance would exceed $50,000 |
    | `"One change to the simulation cash balance is permitted per hour. Please try again later."` |
    Called within one hour of the last change |
    | `"This endpoint should be called on demo.tradovateapi.com"` | Called on the live or replay
    environment |

    Args:
        body (ChangeDemoBalance):

    Raises:
        errors.UnexpectedStatus: If the server answers anything but the success status (a declared
            error status too; sync_detailed() returns its parsed body). With client.call_hook set,
            the hook decides what is raised instead.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CashBalanceSnapshot
    """

    _arguments: dict[str, Any] = {
        "body": body,
    }

    if client.call_hook is not None:
        return cast(
            CashBalanceSnapshot,
            await client.call_hook.asyncio(client, _OPERATION, _arguments),
        )
    _response = await client.get_async_httpx_client().request(
        **_get_kwargs(**_arguments)
    )
    if not _succeeded(_response.status_code):
        raise errors.UnexpectedStatus(_response.status_code, _response.content)
    return cast(CashBalanceSnapshot, _parse_response(client=client, response=_response))
