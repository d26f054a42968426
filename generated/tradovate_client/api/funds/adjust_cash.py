import sys
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.adjust_cash import AdjustCash
from ...models.cash_balance_snapshot import CashBalanceSnapshot
from ...models.error_text import ErrorText
from ...types import Response

_OPERATION = sys.modules[__name__]


def _get_kwargs(
    *,
    body: AdjustCash,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/fundTransaction/adjustcash",
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
    body: AdjustCash,
) -> Response[CashBalanceSnapshot | ErrorText]:
    """Adjust Cash

     ### Adjust the cash balance of a demo account.

    Available to: Organization administrators

    Environments: Demo

    Manage the simulated fund balances of your organization's demo accounts. Use this endpoint to top up
    a trader's balance mid-challenge, set starting balances for new evaluation accounts, or reset a
    balance after it's been depleted.

    <Note>If your call returns a 401 "Access is denied" error, contact Evaluation Support to have the
    `Funds:FullAccess` permission added to your API key.</Note>

    **Difference Between `adjustCash` and `changeDemoBalance`**

    The `changeDemoBalance` endpoint is available to all traders and has rate limits to protect against
    abuse. Because `adjustCash` is restricted to organization administrators with `Funds` permissions,
    it supports higher throughput and doesn't have a rate limit. `adjustCash` also gives you more
    control: you can classify the adjustment type, specify the currency, and include an audit comment.

    **Field Details**

    The `accountId` must reference an active demo account within your organization. You can look up
    account IDs using the Query Builder in the Admin Dashboards or via the `/account/list` endpoint.

    The `currencyId` must correspond to one of the supported currencies: USD, EUR, AUD, GBP, or CAD.
    Currency IDs are environment-specific. Use the `/currency/list` endpoint to retrieve valid IDs for
    your environment.

    **Relevant `cashChangeType` Values**

    All `CashChangeType` enum values are accepted, but these are the most relevant for typical demo
    balance management:

    - `ManualAdjustment`: General-purpose balance changes
    - `Courtesy`: Goodwill credits
    - `Debit`: Deductions from an account
    - `FundTransaction`: Funding-related changes
    - `ChallengePayout`: Challenge or evaluation payouts

    **Common Failure Scenarios**

    - Account is closed or inactive
    - `accountId` does not exist or does not belong to your organization
    - `cashChange` is outside the allowed range (must be between -100,000 and 100,000, exclusive)
    - `comment` exceeds 64 characters
    - API key is missing `Funds:FullAccess` scope (returns 401)
    - User is not an organization administrator

    **Reversing an Adjustment**

    There is no dedicated undo operation. To reverse a cash adjustment, make another `adjustCash` call
    with the opposite `cashChange` amount. Use the `comment` field to document the reason and link the
    reversal to the original entry.

    <Note>
    The response includes a full `CashBalanceSnapshot` reflecting the account's updated state. On
    success, the `errorText` field is absent and all balance fields are populated.
    </Note>

    Args:
        body (AdjustCash):

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
    body: AdjustCash,
) -> CashBalanceSnapshot:
    """Adjust Cash

     ### Adjust the cash balance of a demo account.

    Available to: Organization administrators

    Environments: Demo

    Manage the simulated fund balances of your organization's demo accounts. Use this endpoint to top up
    a trader's balance mid-challenge, set starting balances for new evaluation accounts, or reset a
    balance after it's been depleted.

    <Note>If your call returns a 401 "Access is denied" error, contact Evaluation Support to have the
    `Funds:FullAccess` permission added to your API key.</Note>

    **Difference Between `adjustCash` and `changeDemoBalance`**

    The `changeDemoBalance` endpoint is available to all traders and has rate limits to protect against
    abuse. Because `adjustCash` is restricted to organization administrators with `Funds` permissions,
    it supports higher throughput and doesn't have a rate limit. `adjustCash` also gives you more
    control: you can classify the adjustment type, specify the currency, and include an audit comment.

    **Field Details**

    The `accountId` must reference an active demo account within your organization. You can look up
    account IDs using the Query Builder in the Admin Dashboards or via the `/account/list` endpoint.

    The `currencyId` must correspond to one of the supported currencies: USD, EUR, AUD, GBP, or CAD.
    Currency IDs are environment-specific. Use the `/currency/list` endpoint to retrieve valid IDs for
    your environment.

    **Relevant `cashChangeType` Values**

    All `CashChangeType` enum values are accepted, but these are the most relevant for typical demo
    balance management:

    - `ManualAdjustment`: General-purpose balance changes
    - `Courtesy`: Goodwill credits
    - `Debit`: Deductions from an account
    - `FundTransaction`: Funding-related changes
    - `ChallengePayout`: Challenge or evaluation payouts

    **Common Failure Scenarios**

    - Account is closed or inactive
    - `accountId` does not exist or does not belong to your organization
    - `cashChange` is outside the allowed range (must be between -100,000 and 100,000, exclusive)
    - `comment` exceeds 64 characters
    - API key is missing `Funds:FullAccess` scope (returns 401)
    - User is not an organization administrator

    **Reversing an Adjustment**

    There is no dedicated undo operation. To reverse a cash adjustment, make another `adjustCash` call
    with the opposite `cashChange` amount. Use the `comment` field to document the reason and link the
    reversal to the original entry.

    <Note>
    The response includes a full `CashBalanceSnapshot` reflecting the account's updated state. On
    success, the `errorText` field is absent and all balance fields are populated.
    </Note>

    Args:
        body (AdjustCash):

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
    body: AdjustCash,
) -> Response[CashBalanceSnapshot | ErrorText]:
    """Adjust Cash

     ### Adjust the cash balance of a demo account.

    Available to: Organization administrators

    Environments: Demo

    Manage the simulated fund balances of your organization's demo accounts. Use this endpoint to top up
    a trader's balance mid-challenge, set starting balances for new evaluation accounts, or reset a
    balance after it's been depleted.

    <Note>If your call returns a 401 "Access is denied" error, contact Evaluation Support to have the
    `Funds:FullAccess` permission added to your API key.</Note>

    **Difference Between `adjustCash` and `changeDemoBalance`**

    The `changeDemoBalance` endpoint is available to all traders and has rate limits to protect against
    abuse. Because `adjustCash` is restricted to organization administrators with `Funds` permissions,
    it supports higher throughput and doesn't have a rate limit. `adjustCash` also gives you more
    control: you can classify the adjustment type, specify the currency, and include an audit comment.

    **Field Details**

    The `accountId` must reference an active demo account within your organization. You can look up
    account IDs using the Query Builder in the Admin Dashboards or via the `/account/list` endpoint.

    The `currencyId` must correspond to one of the supported currencies: USD, EUR, AUD, GBP, or CAD.
    Currency IDs are environment-specific. Use the `/currency/list` endpoint to retrieve valid IDs for
    your environment.

    **Relevant `cashChangeType` Values**

    All `CashChangeType` enum values are accepted, but these are the most relevant for typical demo
    balance management:

    - `ManualAdjustment`: General-purpose balance changes
    - `Courtesy`: Goodwill credits
    - `Debit`: Deductions from an account
    - `FundTransaction`: Funding-related changes
    - `ChallengePayout`: Challenge or evaluation payouts

    **Common Failure Scenarios**

    - Account is closed or inactive
    - `accountId` does not exist or does not belong to your organization
    - `cashChange` is outside the allowed range (must be between -100,000 and 100,000, exclusive)
    - `comment` exceeds 64 characters
    - API key is missing `Funds:FullAccess` scope (returns 401)
    - User is not an organization administrator

    **Reversing an Adjustment**

    There is no dedicated undo operation. To reverse a cash adjustment, make another `adjustCash` call
    with the opposite `cashChange` amount. Use the `comment` field to document the reason and link the
    reversal to the original entry.

    <Note>
    The response includes a full `CashBalanceSnapshot` reflecting the account's updated state. On
    success, the `errorText` field is absent and all balance fields are populated.
    </Note>

    Args:
        body (AdjustCash):

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
    body: AdjustCash,
) -> CashBalanceSnapshot:
    """Adjust Cash

     ### Adjust the cash balance of a demo account.

    Available to: Organization administrators

    Environments: Demo

    Manage the simulated fund balances of your organization's demo accounts. Use this endpoint to top up
    a trader's balance mid-challenge, set starting balances for new evaluation accounts, or reset a
    balance after it's been depleted.

    <Note>If your call returns a 401 "Access is denied" error, contact Evaluation Support to have the
    `Funds:FullAccess` permission added to your API key.</Note>

    **Difference Between `adjustCash` and `changeDemoBalance`**

    The `changeDemoBalance` endpoint is available to all traders and has rate limits to protect against
    abuse. Because `adjustCash` is restricted to organization administrators with `Funds` permissions,
    it supports higher throughput and doesn't have a rate limit. `adjustCash` also gives you more
    control: you can classify the adjustment type, specify the currency, and include an audit comment.

    **Field Details**

    The `accountId` must reference an active demo account within your organization. You can look up
    account IDs using the Query Builder in the Admin Dashboards or via the `/account/list` endpoint.

    The `currencyId` must correspond to one of the supported currencies: USD, EUR, AUD, GBP, or CAD.
    Currency IDs are environment-specific. Use the `/currency/list` endpoint to retrieve valid IDs for
    your environment.

    **Relevant `cashChangeType` Values**

    All `CashChangeType` enum values are accepted, but these are the most relevant for typical demo
    balance management:

    - `ManualAdjustment`: General-purpose balance changes
    - `Courtesy`: Goodwill credits
    - `Debit`: Deductions from an account
    - `FundTransaction`: Funding-related changes
    - `ChallengePayout`: Challenge or evaluation payouts

    **Common Failure Scenarios**

    - Account is closed or inactive
    - `accountId` does not exist or does not belong to your organization
    - `cashChange` is outside the allowed range (must be between -100,000 and 100,000, exclusive)
    - `comment` exceeds 64 characters
    - API key is missing `Funds:FullAccess` scope (returns 401)
    - User is not an organization administrator

    **Reversing an Adjustment**

    There is no dedicated undo operation. To reverse a cash adjustment, make another `adjustCash` call
    with the opposite `cashChange` amount. Use the `comment` field to document the reason and link the
    reversal to the original entry.

    <Note>
    The response includes a full `CashBalanceSnapshot` reflecting the account's updated state. On
    success, the `errorText` field is absent and all balance fields are populated.
    </Note>

    Args:
        body (AdjustCash):

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
