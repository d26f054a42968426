import sys
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_risk_status_response import AccountRiskStatusResponse
from ...models.error_text import ErrorText
from ...models.set_admin_auto_liq_action import SetAdminAutoLiqAction
from ...types import Response

_OPERATION = sys.modules[__name__]


def _get_kwargs(
    *,
    body: SetAdminAutoLiqAction,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accountRiskStatus/setadminautoliqaction",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountRiskStatusResponse | ErrorText | None:
    if response.status_code == 200:
        response_200 = AccountRiskStatusResponse.from_dict(response.json())

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
) -> Response[AccountRiskStatusResponse | ErrorText]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SetAdminAutoLiqAction,
) -> Response[AccountRiskStatusResponse | ErrorText]:
    """Set Admin Auto Liq Action

     ### Set the auto-liquidation action for an account.

    **Available to:** Organization administrators

    **Environments:** Demo

    **[Rate Limit](/overview/core-concepts/rate-limits):** No endpoint-specific limit

    Set the auto-liquidation action for an account. Use this endpoint to lock an account (rejecting new
    orders), trigger liquidation, or unlock it by setting the action back to `Normal`.

    <Warning>The status set by this endpoint is **persistent**. A locked or liquidated account stays in
    that state until you explicitly call this endpoint again with `adminAction` set to `Normal`. It does
    not auto-unlock at the next trading session, time out, or reset on its own.</Warning>

    There is no bulk version of this endpoint. You must call it separately for each account.

    **`adminAction` Values**

    | Value | Effect |
    |-------|--------|
    | `Normal` | Clears any restriction on the account and allows trading to resume. Use this to unlock
    an account after a lock or liquidation action. |
    | `LockTradingImmediately` | Immediately locks the account. All orders are rejected. Open positions
    are not liquidated. |
    | `LiquidateImmediately` | Immediately liquidates all open positions and locks the account. All
    orders are rejected. |
    | `LiquidateOnlyModeImmediately` | Immediately restricts the account to closing orders only. New
    position-opening orders are rejected. Open positions are not liquidated. |
    | `PlaceAutoLiqOnHold` (Internal) | Temporarily pauses auto-liquidation for one minute, then
    resumes.<br/>This value is not intended for partner workflows because it is set automatically by the
    system during internal risk processing. |
    | `DisableAutoLiq` (Internal) | Permanently disables auto-liquidation on the account.<br/>This value
    is not intended for partner workflows because it is set automatically by the system during internal
    risk processing. |
    | `AgreedOnLiqOnlyModeByAutoLiq` (Internal) | Temporarily suppresses auto-liquidation for one minute
    while allowing liquidate-only mode to trigger.<br/>This value is not intended for partner workflows
    because it is set automatically by the system during internal risk processing. |
    | `AgreedOnLiquidationByAutoLiq` (Internal) | Reserved.<br/>This value is not intended for partner
    workflows because it is set automatically by the system during internal risk processing. |

    **`adminActionReasonCode` Values**

    Most partners use `Other` (with a descriptive `adminActionReason`). The `Close*` and `Restricted*`
    codes are used internally for brokerage account management.

    When `adminActionReasonCode` is `Other`, you must provide an `adminActionReason` describing why
    you're taking the action. For all other reason codes, `adminActionReason` is optional.

    **Common Partner Workflows**

    - **Lock an account:** Set `adminAction` to `LockTradingImmediately` to prevent new orders. The
    account's open positions are not affected.
    - **Liquidate and lock:** Set `adminAction` to `LiquidateImmediately`, then call the endpoint again
    with `adminAction` set to `LockTradingImmediately`.
    - **Only block new positions:** Set `adminAction` to `LiquidateOnlyModeImmediately`. The account can
    still close existing positions but cannot open new ones.
    - **Unlock an account:** Set `adminAction` to `Normal` to allow the account to resume trading.
    - **Unlock after a daily loss limit breach** (`doNotUnlock` enabled): If the account's
    [`doNotUnlock`](/overview/prop-firm-management/risk-management/post-trade-risk) field is set to
    `true`, a daily loss limit breach locks the account and the lock does not auto-reset at the next
    market open. Call this endpoint with `Normal` before the next trading session to let the trader
    resume. The `doNotUnlock` setting stays in place for future sessions.
    - **Account remediation:** Use this endpoint alongside [`changeDemoBalance`](/api/rest-api-
    endpoints/accounting/change-demo-balance) and [`updateMaxNetLiq`](/api/rest-api-
    endpoints/risks/update-max-net-liq) to reset an account after an incident.

    **Best Practices**

    - Track active accounts on your end and avoid calling this endpoint on archived accounts. The
    endpoint accepts requests for archived accounts without returning an error, which can lead to
    unnecessary API calls and rate limit issues.
    - Verify the account status after calling this endpoint by checking the `accountRiskStatus` object
    in the response or by calling `accountRiskStatus/deps`.

    **Common Failure Scenarios**

    - `accountId` does not reference a valid account (returns `HTTP 404`)
    - `adminActionReasonCode` is `Other` but `adminActionReason` is missing
    - `adminActionReason` exceeds 8,192 characters
    - Caller is not an organization administrator on the Demo environment (returns `HTTP 401`)

    **Error Messages**

    | `errorText` | Trigger |
    |-------------|---------|
    | `"Account Id should be greater than 0"` | `accountId` is 0 or negative |
    | `"Admin Action should be between Normal and LiquidateImmediately"` | `adminAction` is not a valid
    enum value |
    | `"Admin Action Reason Code should be between CloseAMLDecision and Other"` |
    `adminActionReasonCode` is not a valid enum value |
    | `"Admin Action Reason should be no longer than 8192"` | `adminActionReason` exceeds 8,192
    characters |
    | `"Admin Action Reason should be specified"` | `adminActionReasonCode` is `Other` but no
    `adminActionReason` was provided |
    | `"Access is denied"` | Caller is not an organization administrator, or the request was sent to the
    Live environment |
    | `"This endpoint should be called on live.tradovateapi.com"` | Called on the replay environment |

    Args:
        body (SetAdminAutoLiqAction):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountRiskStatusResponse | ErrorText]
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
    body: SetAdminAutoLiqAction,
) -> AccountRiskStatusResponse:
    """Set Admin Auto Liq Action

     ### Set the auto-liquidation action for an account.

    **Available to:** Organization administrators

    **Environments:** Demo

    **[Rate Limit](/overview/core-concepts/rate-limits):** No endpoint-specific limit

    Set the auto-liquidation action for an account. Use this endpoint to lock an account (rejecting new
    orders), trigger liquidation, or unlock it by setting the action back to `Normal`.

    <Warning>The status set by this endpoint is **persistent**. A locked or liquidated account stays in
    that state until you explicitly call this endpoint again with `adminAction` set to `Normal`. It does
    not auto-unlock at the next trading session, time out, or reset on its own.</Warning>

    There is no bulk version of this endpoint. You must call it separately for each account.

    **`adminAction` Values**

    | Value | Effect |
    |-------|--------|
    | `Normal` | Clears any restriction on the account and allows trading to resume. Use this to unlock
    an account after a lock or liquidation action. |
    | `LockTradingImmediately` | Immediately locks the account. All orders are rejected. Open positions
    are not liquidated. |
    | `LiquidateImmediately` | Immediately liquidates all open positions and locks the account. All
    orders are rejected. |
    | `LiquidateOnlyModeImmediately` | Immediately restricts the account to closing orders only. New
    position-opening orders are rejected. Open positions are not liquidated. |
    | `PlaceAutoLiqOnHold` (Internal) | Temporarily pauses auto-liquidation for one minute, then
    resumes.<br/>This value is not intended for partner workflows because it is set automatically by the
    system during internal risk processing. |
    | `DisableAutoLiq` (Internal) | Permanently disables auto-liquidation on the account.<br/>This value
    is not intended for partner workflows because it is set automatically by the system during internal
    risk processing. |
    | `AgreedOnLiqOnlyModeByAutoLiq` (Internal) | Temporarily suppresses auto-liquidation for one minute
    while allowing liquidate-only mode to trigger.<br/>This value is not intended for partner workflows
    because it is set automatically by the system during internal risk processing. |
    | `AgreedOnLiquidationByAutoLiq` (Internal) | Reserved.<br/>This value is not intended for partner
    workflows because it is set automatically by the system during internal risk processing. |

    **`adminActionReasonCode` Values**

    Most partners use `Other` (with a descriptive `adminActionReason`). The `Close*` and `Restricted*`
    codes are used internally for brokerage account management.

    When `adminActionReasonCode` is `Other`, you must provide an `adminActionReason` describing why
    you're taking the action. For all other reason codes, `adminActionReason` is optional.

    **Common Partner Workflows**

    - **Lock an account:** Set `adminAction` to `LockTradingImmediately` to prevent new orders. The
    account's open positions are not affected.
    - **Liquidate and lock:** Set `adminAction` to `LiquidateImmediately`, then call the endpoint again
    with `adminAction` set to `LockTradingImmediately`.
    - **Only block new positions:** Set `adminAction` to `LiquidateOnlyModeImmediately`. The account can
    still close existing positions but cannot open new ones.
    - **Unlock an account:** Set `adminAction` to `Normal` to allow the account to resume trading.
    - **Unlock after a daily loss limit breach** (`doNotUnlock` enabled): If the account's
    [`doNotUnlock`](/overview/prop-firm-management/risk-management/post-trade-risk) field is set to
    `true`, a daily loss limit breach locks the account and the lock does not auto-reset at the next
    market open. Call this endpoint with `Normal` before the next trading session to let the trader
    resume. The `doNotUnlock` setting stays in place for future sessions.
    - **Account remediation:** Use this endpoint alongside [`changeDemoBalance`](/api/rest-api-
    endpoints/accounting/change-demo-balance) and [`updateMaxNetLiq`](/api/rest-api-
    endpoints/risks/update-max-net-liq) to reset an account after an incident.

    **Best Practices**

    - Track active accounts on your end and avoid calling this endpoint on archived accounts. The
    endpoint accepts requests for archived accounts without returning an error, which can lead to
    unnecessary API calls and rate limit issues.
    - Verify the account status after calling this endpoint by checking the `accountRiskStatus` object
    in the response or by calling `accountRiskStatus/deps`.

    **Common Failure Scenarios**

    - `accountId` does not reference a valid account (returns `HTTP 404`)
    - `adminActionReasonCode` is `Other` but `adminActionReason` is missing
    - `adminActionReason` exceeds 8,192 characters
    - Caller is not an organization administrator on the Demo environment (returns `HTTP 401`)

    **Error Messages**

    | `errorText` | Trigger |
    |-------------|---------|
    | `"Account Id should be greater than 0"` | `accountId` is 0 or negative |
    | `"Admin Action should be between Normal and LiquidateImmediately"` | `adminAction` is not a valid
    enum value |
    | `"Admin Action Reason Code should be between CloseAMLDecision and Other"` |
    `adminActionReasonCode` is not a valid enum value |
    | `"Admin Action Reason should be no longer than 8192"` | `adminActionReason` exceeds 8,192
    characters |
    | `"Admin Action Reason should be specified"` | `adminActionReasonCode` is `Other` but no
    `adminActionReason` was provided |
    | `"Access is denied"` | Caller is not an organization administrator, or the request was sent to the
    Live environment |
    | `"This endpoint should be called on live.tradovateapi.com"` | Called on the replay environment |

    Args:
        body (SetAdminAutoLiqAction):

    Raises:
        errors.UnexpectedStatus: If the server answers anything but the success status (a declared
            error status too; sync_detailed() returns its parsed body). With client.call_hook set,
            the hook decides what is raised instead.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountRiskStatusResponse
    """

    _arguments: dict[str, Any] = {
        "body": body,
    }

    if client.call_hook is not None:
        return cast(
            AccountRiskStatusResponse,
            client.call_hook.sync(client, _OPERATION, _arguments),
        )
    _response = client.get_httpx_client().request(**_get_kwargs(**_arguments))
    if not _succeeded(_response.status_code):
        raise errors.UnexpectedStatus(_response.status_code, _response.content)
    return cast(
        AccountRiskStatusResponse, _parse_response(client=client, response=_response)
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SetAdminAutoLiqAction,
) -> Response[AccountRiskStatusResponse | ErrorText]:
    """Set Admin Auto Liq Action

     ### Set the auto-liquidation action for an account.

    **Available to:** Organization administrators

    **Environments:** Demo

    **[Rate Limit](/overview/core-concepts/rate-limits):** No endpoint-specific limit

    Set the auto-liquidation action for an account. Use this endpoint to lock an account (rejecting new
    orders), trigger liquidation, or unlock it by setting the action back to `Normal`.

    <Warning>The status set by this endpoint is **persistent**. A locked or liquidated account stays in
    that state until you explicitly call this endpoint again with `adminAction` set to `Normal`. It does
    not auto-unlock at the next trading session, time out, or reset on its own.</Warning>

    There is no bulk version of this endpoint. You must call it separately for each account.

    **`adminAction` Values**

    | Value | Effect |
    |-------|--------|
    | `Normal` | Clears any restriction on the account and allows trading to resume. Use this to unlock
    an account after a lock or liquidation action. |
    | `LockTradingImmediately` | Immediately locks the account. All orders are rejected. Open positions
    are not liquidated. |
    | `LiquidateImmediately` | Immediately liquidates all open positions and locks the account. All
    orders are rejected. |
    | `LiquidateOnlyModeImmediately` | Immediately restricts the account to closing orders only. New
    position-opening orders are rejected. Open positions are not liquidated. |
    | `PlaceAutoLiqOnHold` (Internal) | Temporarily pauses auto-liquidation for one minute, then
    resumes.<br/>This value is not intended for partner workflows because it is set automatically by the
    system during internal risk processing. |
    | `DisableAutoLiq` (Internal) | Permanently disables auto-liquidation on the account.<br/>This value
    is not intended for partner workflows because it is set automatically by the system during internal
    risk processing. |
    | `AgreedOnLiqOnlyModeByAutoLiq` (Internal) | Temporarily suppresses auto-liquidation for one minute
    while allowing liquidate-only mode to trigger.<br/>This value is not intended for partner workflows
    because it is set automatically by the system during internal risk processing. |
    | `AgreedOnLiquidationByAutoLiq` (Internal) | Reserved.<br/>This value is not intended for partner
    workflows because it is set automatically by the system during internal risk processing. |

    **`adminActionReasonCode` Values**

    Most partners use `Other` (with a descriptive `adminActionReason`). The `Close*` and `Restricted*`
    codes are used internally for brokerage account management.

    When `adminActionReasonCode` is `Other`, you must provide an `adminActionReason` describing why
    you're taking the action. For all other reason codes, `adminActionReason` is optional.

    **Common Partner Workflows**

    - **Lock an account:** Set `adminAction` to `LockTradingImmediately` to prevent new orders. The
    account's open positions are not affected.
    - **Liquidate and lock:** Set `adminAction` to `LiquidateImmediately`, then call the endpoint again
    with `adminAction` set to `LockTradingImmediately`.
    - **Only block new positions:** Set `adminAction` to `LiquidateOnlyModeImmediately`. The account can
    still close existing positions but cannot open new ones.
    - **Unlock an account:** Set `adminAction` to `Normal` to allow the account to resume trading.
    - **Unlock after a daily loss limit breach** (`doNotUnlock` enabled): If the account's
    [`doNotUnlock`](/overview/prop-firm-management/risk-management/post-trade-risk) field is set to
    `true`, a daily loss limit breach locks the account and the lock does not auto-reset at the next
    market open. Call this endpoint with `Normal` before the next trading session to let the trader
    resume. The `doNotUnlock` setting stays in place for future sessions.
    - **Account remediation:** Use this endpoint alongside [`changeDemoBalance`](/api/rest-api-
    endpoints/accounting/change-demo-balance) and [`updateMaxNetLiq`](/api/rest-api-
    endpoints/risks/update-max-net-liq) to reset an account after an incident.

    **Best Practices**

    - Track active accounts on your end and avoid calling this endpoint on archived accounts. The
    endpoint accepts requests for archived accounts without returning an error, which can lead to
    unnecessary API calls and rate limit issues.
    - Verify the account status after calling this endpoint by checking the `accountRiskStatus` object
    in the response or by calling `accountRiskStatus/deps`.

    **Common Failure Scenarios**

    - `accountId` does not reference a valid account (returns `HTTP 404`)
    - `adminActionReasonCode` is `Other` but `adminActionReason` is missing
    - `adminActionReason` exceeds 8,192 characters
    - Caller is not an organization administrator on the Demo environment (returns `HTTP 401`)

    **Error Messages**

    | `errorText` | Trigger |
    |-------------|---------|
    | `"Account Id should be greater than 0"` | `accountId` is 0 or negative |
    | `"Admin Action should be between Normal and LiquidateImmediately"` | `adminAction` is not a valid
    enum value |
    | `"Admin Action Reason Code should be between CloseAMLDecision and Other"` |
    `adminActionReasonCode` is not a valid enum value |
    | `"Admin Action Reason should be no longer than 8192"` | `adminActionReason` exceeds 8,192
    characters |
    | `"Admin Action Reason should be specified"` | `adminActionReasonCode` is `Other` but no
    `adminActionReason` was provided |
    | `"Access is denied"` | Caller is not an organization administrator, or the request was sent to the
    Live environment |
    | `"This endpoint should be called on live.tradovateapi.com"` | Called on the replay environment |

    Args:
        body (SetAdminAutoLiqAction):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountRiskStatusResponse | ErrorText]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SetAdminAutoLiqAction,
) -> AccountRiskStatusResponse:
    """Set Admin Auto Liq Action

     ### Set the auto-liquidation action for an account.

    **Available to:** Organization administrators

    **Environments:** Demo

    **[Rate Limit](/overview/core-concepts/rate-limits):** No endpoint-specific limit

    Set the auto-liquidation action for an account. Use this endpoint to lock an account (rejecting new
    orders), trigger liquidation, or unlock it by setting the action back to `Normal`.

    <Warning>The status set by this endpoint is **persistent**. A locked or liquidated account stays in
    that state until you explicitly call this endpoint again with `adminAction` set to `Normal`. It does
    not auto-unlock at the next trading session, time out, or reset on its own.</Warning>

    There is no bulk version of this endpoint. You must call it separately for each account.

    **`adminAction` Values**

    | Value | Effect |
    |-------|--------|
    | `Normal` | Clears any restriction on the account and allows trading to resume. Use this to unlock
    an account after a lock or liquidation action. |
    | `LockTradingImmediately` | Immediately locks the account. All orders are rejected. Open positions
    are not liquidated. |
    | `LiquidateImmediately` | Immediately liquidates all open positions and locks the account. All
    orders are rejected. |
    | `LiquidateOnlyModeImmediately` | Immediately restricts the account to closing orders only. New
    position-opening orders are rejected. Open positions are not liquidated. |
    | `PlaceAutoLiqOnHold` (Internal) | Temporarily pauses auto-liquidation for one minute, then
    resumes.<br/>This value is not intended for partner workflows because it is set automatically by the
    system during internal risk processing. |
    | `DisableAutoLiq` (Internal) | Permanently disables auto-liquidation on the account.<br/>This value
    is not intended for partner workflows because it is set automatically by the system during internal
    risk processing. |
    | `AgreedOnLiqOnlyModeByAutoLiq` (Internal) | Temporarily suppresses auto-liquidation for one minute
    while allowing liquidate-only mode to trigger.<br/>This value is not intended for partner workflows
    because it is set automatically by the system during internal risk processing. |
    | `AgreedOnLiquidationByAutoLiq` (Internal) | Reserved.<br/>This value is not intended for partner
    workflows because it is set automatically by the system during internal risk processing. |

    **`adminActionReasonCode` Values**

    Most partners use `Other` (with a descriptive `adminActionReason`). The `Close*` and `Restricted*`
    codes are used internally for brokerage account management.

    When `adminActionReasonCode` is `Other`, you must provide an `adminActionReason` describing why
    you're taking the action. For all other reason codes, `adminActionReason` is optional.

    **Common Partner Workflows**

    - **Lock an account:** Set `adminAction` to `LockTradingImmediately` to prevent new orders. The
    account's open positions are not affected.
    - **Liquidate and lock:** Set `adminAction` to `LiquidateImmediately`, then call the endpoint again
    with `adminAction` set to `LockTradingImmediately`.
    - **Only block new positions:** Set `adminAction` to `LiquidateOnlyModeImmediately`. The account can
    still close existing positions but cannot open new ones.
    - **Unlock an account:** Set `adminAction` to `Normal` to allow the account to resume trading.
    - **Unlock after a daily loss limit breach** (`doNotUnlock` enabled): If the account's
    [`doNotUnlock`](/overview/prop-firm-management/risk-management/post-trade-risk) field is set to
    `true`, a daily loss limit breach locks the account and the lock does not auto-reset at the next
    market open. Call this endpoint with `Normal` before the next trading session to let the trader
    resume. The `doNotUnlock` setting stays in place for future sessions.
    - **Account remediation:** Use this endpoint alongside [`changeDemoBalance`](/api/rest-api-
    endpoints/accounting/change-demo-balance) and [`updateMaxNetLiq`](/api/rest-api-
    endpoints/risks/update-max-net-liq) to reset an account after an incident.

    **Best Practices**

    - Track active accounts on your end and avoid calling this endpoint on archived accounts. The
    endpoint accepts requests for archived accounts without returning an error, which can lead to
    unnecessary API calls and rate limit issues.
    - Verify the account status after calling this endpoint by checking the `accountRiskStatus` object
    in the response or by calling `accountRiskStatus/deps`.

    **Common Failure Scenarios**

    - `accountId` does not reference a valid account (returns `HTTP 404`)
    - `adminActionReasonCode` is `Other` but `adminActionReason` is missing
    - `adminActionReason` exceeds 8,192 characters
    - Caller is not an organization administrator on the Demo environment (returns `HTTP 401`)

    **Error Messages**

    | `errorText` | Trigger |
    |-------------|---------|
    | `"Account Id should be greater than 0"` | `accountId` is 0 or negative |
    | `"Admin Action should be between Normal and LiquidateImmediately"` | `adminAction` is not a valid
    enum value |
    | `"Admin Action Reason Code should be between CloseAMLDecision and Other"` |
    `adminActionReasonCode` is not a valid enum value |
    | `"Admin Action Reason should be no longer than 8192"` | `adminActionReason` exceeds 8,192
    characters |
    | `"Admin Action Reason should be specified"` | `adminActionReasonCode` is `Other` but no
    `adminActionReason` was provided |
    | `"Access is denied"` | Caller is not an organization administrator, or the request was sent to the
    Live environment |
    | `"This endpoint should be called on live.tradovateapi.com"` | Called on the replay environment |

    Args:
        body (SetAdminAutoLiqAction):

    Raises:
        errors.UnexpectedStatus: If the server answers anything but the success status (a declared
            error status too; sync_detailed() returns its parsed body). With client.call_hook set,
            the hook decides what is raised instead.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountRiskStatusResponse
    """

    _arguments: dict[str, Any] = {
        "body": body,
    }

    if client.call_hook is not None:
        return cast(
            AccountRiskStatusResponse,
            await client.call_hook.asyncio(client, _OPERATION, _arguments),
        )
    _response = await client.get_async_httpx_client().request(
        **_get_kwargs(**_arguments)
    )
    if not _succeeded(_response.status_code):
        raise errors.UnexpectedStatus(_response.status_code, _response.content)
    return cast(
        AccountRiskStatusResponse, _parse_response(client=client, response=_response)
    )
