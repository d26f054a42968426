import sys
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dry_run import DryRun
from ...models.dry_run_response import DryRunResponse
from ...models.error_text import ErrorText
from ...types import Response

_OPERATION = sys.modules[__name__]


def _get_kwargs(
    *,
    body: DryRun,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/order/dryrun",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DryRunResponse | ErrorText | None:
    if response.status_code == 200:
        response_200 = DryRunResponse.from_dict(response.json())

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
) -> Response[DryRunResponse | ErrorText]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DryRun,
) -> Response[DryRunResponse | ErrorText]:
    """Dry Run

     ### Validate an order without placing it.

    **Available to:** All authenticated users

    **Environments:** Demo, Live

    **[Rate Limit](/overview/core-concepts/rate-limits):** 500 requests per hour, 1-second back-off,
    counts all requests

    Submit one or more orders (up to four) for validation against the account's pre-trade risk settings
    without actually placing them. The response includes a `rejectReason` if the batch would be
    rejected, so you can surface issues to the trader before they submit a real order.

    Use this to check whether an order would pass margin requirements, position limits, and other risk
    checks before committing to a live trade.

    The optional `extraPreTradeRisk` field lets you apply additional risk constraints beyond the
    account's default settings during validation.

    **Common Failure Scenarios**

    - The account does not exist (returns `HTTP 404`)
    - The caller doesn't have access to the account (returns `HTTP 401`)
    - The request contains more than four orders
    - Invalid `contractId` in one or more orders

    Args:
        body (DryRun):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DryRunResponse | ErrorText]
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
    body: DryRun,
) -> DryRunResponse:
    """Dry Run

     ### Validate an order without placing it.

    **Available to:** All authenticated users

    **Environments:** Demo, Live

    **[Rate Limit](/overview/core-concepts/rate-limits):** 500 requests per hour, 1-second back-off,
    counts all requests

    Submit one or more orders (up to four) for validation against the account's pre-trade risk settings
    without actually placing them. The response includes a `rejectReason` if the batch would be
    rejected, so you can surface issues to the trader before they submit a real order.

    Use this to check whether an order would pass margin requirements, position limits, and other risk
    checks before committing to a live trade.

    The optional `extraPreTradeRisk` field lets you apply additional risk constraints beyond the
    account's default settings during validation.

    **Common Failure Scenarios**

    - The account does not exist (returns `HTTP 404`)
    - The caller doesn't have access to the account (returns `HTTP 401`)
    - The request contains more than four orders
    - Invalid `contractId` in one or more orders

    Args:
        body (DryRun):

    Raises:
        errors.UnexpectedStatus: If the server answers anything but the success status (a declared
            error status too; sync_detailed() returns its parsed body). With client.call_hook set,
            the hook decides what is raised instead.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DryRunResponse
    """

    _arguments: dict[str, Any] = {
        "body": body,
    }

    if client.call_hook is not None:
        return cast(
            DryRunResponse, client.call_hook.sync(client, _OPERATION, _arguments)
        )
    _response = client.get_httpx_client().request(**_get_kwargs(**_arguments))
    if not _succeeded(_response.status_code):
        raise errors.UnexpectedStatus(_response.status_code, _response.content)
    return cast(DryRunResponse, _parse_response(client=client, response=_response))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DryRun,
) -> Response[DryRunResponse | ErrorText]:
    """Dry Run

     ### Validate an order without placing it.

    **Available to:** All authenticated users

    **Environments:** Demo, Live

    **[Rate Limit](/overview/core-concepts/rate-limits):** 500 requests per hour, 1-second back-off,
    counts all requests

    Submit one or more orders (up to four) for validation against the account's pre-trade risk settings
    without actually placing them. The response includes a `rejectReason` if the batch would be
    rejected, so you can surface issues to the trader before they submit a real order.

    Use this to check whether an order would pass margin requirements, position limits, and other risk
    checks before committing to a live trade.

    The optional `extraPreTradeRisk` field lets you apply additional risk constraints beyond the
    account's default settings during validation.

    **Common Failure Scenarios**

    - The account does not exist (returns `HTTP 404`)
    - The caller doesn't have access to the account (returns `HTTP 401`)
    - The request contains more than four orders
    - Invalid `contractId` in one or more orders

    Args:
        body (DryRun):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DryRunResponse | ErrorText]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DryRun,
) -> DryRunResponse:
    """Dry Run

     ### Validate an order without placing it.

    **Available to:** All authenticated users

    **Environments:** Demo, Live

    **[Rate Limit](/overview/core-concepts/rate-limits):** 500 requests per hour, 1-second back-off,
    counts all requests

    Submit one or more orders (up to four) for validation against the account's pre-trade risk settings
    without actually placing them. The response includes a `rejectReason` if the batch would be
    rejected, so you can surface issues to the trader before they submit a real order.

    Use this to check whether an order would pass margin requirements, position limits, and other risk
    checks before committing to a live trade.

    The optional `extraPreTradeRisk` field lets you apply additional risk constraints beyond the
    account's default settings during validation.

    **Common Failure Scenarios**

    - The account does not exist (returns `HTTP 404`)
    - The caller doesn't have access to the account (returns `HTTP 401`)
    - The request contains more than four orders
    - Invalid `contractId` in one or more orders

    Args:
        body (DryRun):

    Raises:
        errors.UnexpectedStatus: If the server answers anything but the success status (a declared
            error status too; sync_detailed() returns its parsed body). With client.call_hook set,
            the hook decides what is raised instead.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DryRunResponse
    """

    _arguments: dict[str, Any] = {
        "body": body,
    }

    if client.call_hook is not None:
        return cast(
            DryRunResponse,
            await client.call_hook.asyncio(client, _OPERATION, _arguments),
        )
    _response = await client.get_async_httpx_client().request(
        **_get_kwargs(**_arguments)
    )
    if not _succeeded(_response.status_code):
        raise errors.UnexpectedStatus(_response.status_code, _response.content)
    return cast(DryRunResponse, _parse_response(client=client, response=_response))
