import sys
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_partner_sub_account_request import CreatePartnerSubAccountRequest
from ...models.create_partner_sub_account_request_response import (
    CreatePartnerSubAccountRequestResponse,
)
from ...models.error_text import ErrorText
from ...types import Response

_OPERATION = sys.modules[__name__]


def _get_kwargs(
    *,
    body: CreatePartnerSubAccountRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/customerApplication/createpartnersubaccountrequest",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreatePartnerSubAccountRequestResponse | ErrorText | None:
    if response.status_code == 200:
        response_200 = CreatePartnerSubAccountRequestResponse.from_dict(response.json())

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
) -> Response[CreatePartnerSubAccountRequestResponse | ErrorText]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreatePartnerSubAccountRequest,
) -> Response[CreatePartnerSubAccountRequestResponse | ErrorText]:
    """Create Partner Subaccount Request

     ### Create a subaccount request for a user.

    **Available to:** Organization administrators

    **Environments:** Production

    **[Rate Limit](/overview/core-concepts/rate-limits):** 250 requests per hour, 30-second back-off,
    counts all requests

    Use this endpoint to submit a new subaccount request for a user in your organization.

    <Warning>**Warning:** This endpoint returns **HTTP 200** for successes **and** business errors.
    Always check the `errorText` field in the response body to determine whether the request succeeded
    or failed.</Warning>

    <Info>Requests with `firstName` and `lastName` fields exceeding a combined 60 characters are
    rejected, despite each field individually allowing up to 64 characters.</Info>

    **US vs Non-US Requirements**

    - **US citizens**: Require a valid `taxIdentifier` (Social Security Number, exactly 9 digits). The
    `nationalId` field is optional.
    - **Non-US citizens**: Require a valid `nationalId` (2-64 alphanumeric characters). The
    `taxIdentifier` field is optional.

    **`requestId` for Uploading Documents**

    A successful request returns a unique `requestId`. Use this value:

    - As the `subAccountRequestId` when uploading the user's required documents with
    `submitpartnersubaccountdocument`
    - As the `subAccountRequestId` when tracking the progress of a subaccount request with
    `getpartnersubaccountrequeststatus`

    **Optional: Attach Previously Uploaded Documents**

    If you have already uploaded the user's required documents via the
    `submitcustomerapplicationdocument` endpoint, you can link them to the subaccount request by
    providing all three `documentId` fields (partial sets are rejected):

    - `pOAFormDocId`
    - `governmentDocId`
    - `addressDocId`

    If you provide all three document IDs, the documents are linked directly and you do not need to call
    `submitpartnersubaccountdocument` afterward.

    **Optional: Specify an Auto-Liquidation Profile**

    Include `autoLiqProfileId` to assign a specific [auto-liquidation profile](/overview/prop-firm-
    management/risk-management/pre-trade-risk#auto-liquidation-profile) to the new account. If you omit
    this field, the system uses your organization's default auto-liquidation profile.

    The system validates that the profile exists and belongs to your organization before accepting the
    request. If validation fails, the response includes an `errorText`:

    - `"Auto-liq profile not found"`: the profile ID does not exist
    - `"Auto-liq profile does not belong to this organization"`: the profile belongs to a different
    organization

    Contact Evaluation Support for your organization's available profile IDs.

    **Common Failure Scenarios**

    - Invalid or non-existent `ctaUserId`
    - `ctaUserId` belongs to a different organization
    - Missing required fields (firstName, lastName, citizenship, etc.)
    - Invalid Social Security Number (SSN) format for US citizenship (must be exactly 9 digits)
    - Missing `nationalId` for non-US citizenship
    - Invalid country or citizenship code (must be 2-character ISO code)
    - Invalid name characters (letters, spaces, hyphens, apostrophes, periods only)
    - Combined first and last name exceeds 60 characters
    - Non-admin user attempting to call the endpoint
    - Country or state is restricted
    - No master account found for the organization admin
    - No customer application found for the master account
    - Insufficient funds in master account to cover the `transferAmount`
    - Max sub-account limit exceeded for the given trader
    - When providing document IDs, must provide all three or none (partial is rejected)
    - Provided document IDs do not exist in the database
    - `autoLiqProfileId` references a non-existent profile
    - `autoLiqProfileId` belongs to a different organization

    **Next Steps**

    - If you have not uploaded the user's required documents, use the `submitpartnersubaccountdocument`
    endpoint to upload them.
    - If you already uploaded the user's required documents and provided the document IDs, use the
    `getpartnersubaccountrequeststatus` endpoint to check the status of the subaccount request.

    Args:
        body (CreatePartnerSubAccountRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatePartnerSubAccountRequestResponse | ErrorText]
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
    body: CreatePartnerSubAccountRequest,
) -> CreatePartnerSubAccountRequestResponse:
    """Create Partner Subaccount Request

     ### Create a subaccount request for a user.

    **Available to:** Organization administrators

    **Environments:** Production

    **[Rate Limit](/overview/core-concepts/rate-limits):** 250 requests per hour, 30-second back-off,
    counts all requests

    Use this endpoint to submit a new subaccount request for a user in your organization.

    <Warning>**Warning:** This endpoint returns **HTTP 200** for successes **and** business errors.
    Always check the `errorText` field in the response body to determine whether the request succeeded
    or failed.</Warning>

    <Info>Requests with `firstName` and `lastName` fields exceeding a combined 60 characters are
    rejected, despite each field individually allowing up to 64 characters.</Info>

    **US vs Non-US Requirements**

    - **US citizens**: Require a valid `taxIdentifier` (Social Security Number, exactly 9 digits). The
    `nationalId` field is optional.
    - **Non-US citizens**: Require a valid `nationalId` (2-64 alphanumeric characters). The
    `taxIdentifier` field is optional.

    **`requestId` for Uploading Documents**

    A successful request returns a unique `requestId`. Use this value:

    - As the `subAccountRequestId` when uploading the user's required documents with
    `submitpartnersubaccountdocument`
    - As the `subAccountRequestId` when tracking the progress of a subaccount request with
    `getpartnersubaccountrequeststatus`

    **Optional: Attach Previously Uploaded Documents**

    If you have already uploaded the user's required documents via the
    `submitcustomerapplicationdocument` endpoint, you can link them to the subaccount request by
    providing all three `documentId` fields (partial sets are rejected):

    - `pOAFormDocId`
    - `governmentDocId`
    - `addressDocId`

    If you provide all three document IDs, the documents are linked directly and you do not need to call
    `submitpartnersubaccountdocument` afterward.

    **Optional: Specify an Auto-Liquidation Profile**

    Include `autoLiqProfileId` to assign a specific [auto-liquidation profile](/overview/prop-firm-
    management/risk-management/pre-trade-risk#auto-liquidation-profile) to the new account. If you omit
    this field, the system uses your organization's default auto-liquidation profile.

    The system validates that the profile exists and belongs to your organization before accepting the
    request. If validation fails, the response includes an `errorText`:

    - `"Auto-liq profile not found"`: the profile ID does not exist
    - `"Auto-liq profile does not belong to this organization"`: the profile belongs to a different
    organization

    Contact Evaluation Support for your organization's available profile IDs.

    **Common Failure Scenarios**

    - Invalid or non-existent `ctaUserId`
    - `ctaUserId` belongs to a different organization
    - Missing required fields (firstName, lastName, citizenship, etc.)
    - Invalid Social Security Number (SSN) format for US citizenship (must be exactly 9 digits)
    - Missing `nationalId` for non-US citizenship
    - Invalid country or citizenship code (must be 2-character ISO code)
    - Invalid name characters (letters, spaces, hyphens, apostrophes, periods only)
    - Combined first and last name exceeds 60 characters
    - Non-admin user attempting to call the endpoint
    - Country or state is restricted
    - No master account found for the organization admin
    - No customer application found for the master account
    - Insufficient funds in master account to cover the `transferAmount`
    - Max sub-account limit exceeded for the given trader
    - When providing document IDs, must provide all three or none (partial is rejected)
    - Provided document IDs do not exist in the database
    - `autoLiqProfileId` references a non-existent profile
    - `autoLiqProfileId` belongs to a different organization

    **Next Steps**

    - If you have not uploaded the user's required documents, use the `submitpartnersubaccountdocument`
    endpoint to upload them.
    - If you already uploaded the user's required documents and provided the document IDs, use the
    `getpartnersubaccountrequeststatus` endpoint to check the status of the subaccount request.

    Args:
        body (CreatePartnerSubAccountRequest):

    Raises:
        errors.UnexpectedStatus: If the server answers anything but the success status (a declared
            error status too; sync_detailed() returns its parsed body). With client.call_hook set,
            the hook decides what is raised instead.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatePartnerSubAccountRequestResponse
    """

    _arguments: dict[str, Any] = {
        "body": body,
    }

    if client.call_hook is not None:
        return cast(
            CreatePartnerSubAccountRequestResponse,
            client.call_hook.sync(client, _OPERATION, _arguments),
        )
    _response = client.get_httpx_client().request(**_get_kwargs(**_arguments))
    if not _succeeded(_response.status_code):
        raise errors.UnexpectedStatus(_response.status_code, _response.content)
    return cast(
        CreatePartnerSubAccountRequestResponse,
        _parse_response(client=client, response=_response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreatePartnerSubAccountRequest,
) -> Response[CreatePartnerSubAccountRequestResponse | ErrorText]:
    """Create Partner Subaccount Request

     ### Create a subaccount request for a user.

    **Available to:** Organization administrators

    **Environments:** Production

    **[Rate Limit](/overview/core-concepts/rate-limits):** 250 requests per hour, 30-second back-off,
    counts all requests

    Use this endpoint to submit a new subaccount request for a user in your organization.

    <Warning>**Warning:** This endpoint returns **HTTP 200** for successes **and** business errors.
    Always check the `errorText` field in the response body to determine whether the request succeeded
    or failed.</Warning>

    <Info>Requests with `firstName` and `lastName` fields exceeding a combined 60 characters are
    rejected, despite each field individually allowing up to 64 characters.</Info>

    **US vs Non-US Requirements**

    - **US citizens**: Require a valid `taxIdentifier` (Social Security Number, exactly 9 digits). The
    `nationalId` field is optional.
    - **Non-US citizens**: Require a valid `nationalId` (2-64 alphanumeric characters). The
    `taxIdentifier` field is optional.

    **`requestId` for Uploading Documents**

    A successful request returns a unique `requestId`. Use this value:

    - As the `subAccountRequestId` when uploading the user's required documents with
    `submitpartnersubaccountdocument`
    - As the `subAccountRequestId` when tracking the progress of a subaccount request with
    `getpartnersubaccountrequeststatus`

    **Optional: Attach Previously Uploaded Documents**

    If you have already uploaded the user's required documents via the
    `submitcustomerapplicationdocument` endpoint, you can link them to the subaccount request by
    providing all three `documentId` fields (partial sets are rejected):

    - `pOAFormDocId`
    - `governmentDocId`
    - `addressDocId`

    If you provide all three document IDs, the documents are linked directly and you do not need to call
    `submitpartnersubaccountdocument` afterward.

    **Optional: Specify an Auto-Liquidation Profile**

    Include `autoLiqProfileId` to assign a specific [auto-liquidation profile](/overview/prop-firm-
    management/risk-management/pre-trade-risk#auto-liquidation-profile) to the new account. If you omit
    this field, the system uses your organization's default auto-liquidation profile.

    The system validates that the profile exists and belongs to your organization before accepting the
    request. If validation fails, the response includes an `errorText`:

    - `"Auto-liq profile not found"`: the profile ID does not exist
    - `"Auto-liq profile does not belong to this organization"`: the profile belongs to a different
    organization

    Contact Evaluation Support for your organization's available profile IDs.

    **Common Failure Scenarios**

    - Invalid or non-existent `ctaUserId`
    - `ctaUserId` belongs to a different organization
    - Missing required fields (firstName, lastName, citizenship, etc.)
    - Invalid Social Security Number (SSN) format for US citizenship (must be exactly 9 digits)
    - Missing `nationalId` for non-US citizenship
    - Invalid country or citizenship code (must be 2-character ISO code)
    - Invalid name characters (letters, spaces, hyphens, apostrophes, periods only)
    - Combined first and last name exceeds 60 characters
    - Non-admin user attempting to call the endpoint
    - Country or state is restricted
    - No master account found for the organization admin
    - No customer application found for the master account
    - Insufficient funds in master account to cover the `transferAmount`
    - Max sub-account limit exceeded for the given trader
    - When providing document IDs, must provide all three or none (partial is rejected)
    - Provided document IDs do not exist in the database
    - `autoLiqProfileId` references a non-existent profile
    - `autoLiqProfileId` belongs to a different organization

    **Next Steps**

    - If you have not uploaded the user's required documents, use the `submitpartnersubaccountdocument`
    endpoint to upload them.
    - If you already uploaded the user's required documents and provided the document IDs, use the
    `getpartnersubaccountrequeststatus` endpoint to check the status of the subaccount request.

    Args:
        body (CreatePartnerSubAccountRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatePartnerSubAccountRequestResponse | ErrorText]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreatePartnerSubAccountRequest,
) -> CreatePartnerSubAccountRequestResponse:
    """Create Partner Subaccount Request

     ### Create a subaccount request for a user.

    **Available to:** Organization administrators

    **Environments:** Production

    **[Rate Limit](/overview/core-concepts/rate-limits):** 250 requests per hour, 30-second back-off,
    counts all requests

    Use this endpoint to submit a new subaccount request for a user in your organization.

    <Warning>**Warning:** This endpoint returns **HTTP 200** for successes **and** business errors.
    Always check the `errorText` field in the response body to determine whether the request succeeded
    or failed.</Warning>

    <Info>Requests with `firstName` and `lastName` fields exceeding a combined 60 characters are
    rejected, despite each field individually allowing up to 64 characters.</Info>

    **US vs Non-US Requirements**

    - **US citizens**: Require a valid `taxIdentifier` (Social Security Number, exactly 9 digits). The
    `nationalId` field is optional.
    - **Non-US citizens**: Require a valid `nationalId` (2-64 alphanumeric characters). The
    `taxIdentifier` field is optional.

    **`requestId` for Uploading Documents**

    A successful request returns a unique `requestId`. Use this value:

    - As the `subAccountRequestId` when uploading the user's required documents with
    `submitpartnersubaccountdocument`
    - As the `subAccountRequestId` when tracking the progress of a subaccount request with
    `getpartnersubaccountrequeststatus`

    **Optional: Attach Previously Uploaded Documents**

    If you have already uploaded the user's required documents via the
    `submitcustomerapplicationdocument` endpoint, you can link them to the subaccount request by
    providing all three `documentId` fields (partial sets are rejected):

    - `pOAFormDocId`
    - `governmentDocId`
    - `addressDocId`

    If you provide all three document IDs, the documents are linked directly and you do not need to call
    `submitpartnersubaccountdocument` afterward.

    **Optional: Specify an Auto-Liquidation Profile**

    Include `autoLiqProfileId` to assign a specific [auto-liquidation profile](/overview/prop-firm-
    management/risk-management/pre-trade-risk#auto-liquidation-profile) to the new account. If you omit
    this field, the system uses your organization's default auto-liquidation profile.

    The system validates that the profile exists and belongs to your organization before accepting the
    request. If validation fails, the response includes an `errorText`:

    - `"Auto-liq profile not found"`: the profile ID does not exist
    - `"Auto-liq profile does not belong to this organization"`: the profile belongs to a different
    organization

    Contact Evaluation Support for your organization's available profile IDs.

    **Common Failure Scenarios**

    - Invalid or non-existent `ctaUserId`
    - `ctaUserId` belongs to a different organization
    - Missing required fields (firstName, lastName, citizenship, etc.)
    - Invalid Social Security Number (SSN) format for US citizenship (must be exactly 9 digits)
    - Missing `nationalId` for non-US citizenship
    - Invalid country or citizenship code (must be 2-character ISO code)
    - Invalid name characters (letters, spaces, hyphens, apostrophes, periods only)
    - Combined first and last name exceeds 60 characters
    - Non-admin user attempting to call the endpoint
    - Country or state is restricted
    - No master account found for the organization admin
    - No customer application found for the master account
    - Insufficient funds in master account to cover the `transferAmount`
    - Max sub-account limit exceeded for the given trader
    - When providing document IDs, must provide all three or none (partial is rejected)
    - Provided document IDs do not exist in the database
    - `autoLiqProfileId` references a non-existent profile
    - `autoLiqProfileId` belongs to a different organization

    **Next Steps**

    - If you have not uploaded the user's required documents, use the `submitpartnersubaccountdocument`
    endpoint to upload them.
    - If you already uploaded the user's required documents and provided the document IDs, use the
    `getpartnersubaccountrequeststatus` endpoint to check the status of the subaccount request.

    Args:
        body (CreatePartnerSubAccountRequest):

    Raises:
        errors.UnexpectedStatus: If the server answers anything but the success status (a declared
            error status too; sync_detailed() returns its parsed body). With client.call_hook set,
            the hook decides what is raised instead.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatePartnerSubAccountRequestResponse
    """

    _arguments: dict[str, Any] = {
        "body": body,
    }

    if client.call_hook is not None:
        return cast(
            CreatePartnerSubAccountRequestResponse,
            await client.call_hook.asyncio(client, _OPERATION, _arguments),
        )
    _response = await client.get_async_httpx_client().request(
        **_get_kwargs(**_arguments)
    )
    if not _succeeded(_response.status_code):
        raise errors.UnexpectedStatus(_response.status_code, _response.content)
    return cast(
        CreatePartnerSubAccountRequestResponse,
        _parse_response(client=client, response=_response),
    )
