import sys
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_text import ErrorText
from ...models.submit_partner_sub_account_document import (
    SubmitPartnerSubAccountDocument,
)
from ...models.submit_partner_sub_account_document_response import (
    SubmitPartnerSubAccountDocumentResponse,
)
from ...types import Response

_OPERATION = sys.modules[__name__]


def _get_kwargs(
    *,
    body: SubmitPartnerSubAccountDocument,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/customerApplication/submitpartnersubaccountdocument",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorText | SubmitPartnerSubAccountDocumentResponse | None:
    if response.status_code == 200:
        response_200 = SubmitPartnerSubAccountDocumentResponse.from_dict(
            response.json()
        )

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
) -> Response[ErrorText | SubmitPartnerSubAccountDocumentResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SubmitPartnerSubAccountDocument,
) -> Response[ErrorText | SubmitPartnerSubAccountDocumentResponse]:
    """Submit Partner Subaccount Document

     ### Upload a document for a subaccount request.

    **Available to:** Organization administrators

    **Environments:** Production

    **Rate Limit:** 10 requests per hour with 30-second back-off penalty

    After creating a subaccount request, use this endpoint once per `documentType` to upload each of the
    three required documents.

    | Document | `documentType` |
    | ---------------------------- | -------------------------------- |
    | Power of Attorney (POA) Form | `POAForm` |
    | Government ID | `Id` |
    | Proof of Address | `AddressVerificationFAFTA` |

    <Warning>**Warning:** This endpoint returns **HTTP 200** for successes **and** business errors.
    Always check the `errorText` field in the response body to determine whether the request succeeded
    or failed.</Warning>

    **subAccountRequestId**

    For `subAccountRequestId`, use the `requestId` returned from `createpartnersubaccountrequest`.

    **`base64data` Format**

    Documents are submitted inline as base64 data URIs. The `base64data` field must be a data URI with a
    supported MIME type prefix. The maximum field length is 8,388,608 characters (approximately 6 MB).

    ```
    data:<mime-type>;base64,<base64-encoded-content>
    ```

    Supported MIME types:
    - `application/pdf`
    - `text/plain`
    - `image/<file type>` (for example, `image/png` or `image/jpeg`)

    **Size Limits**

    - Maximum request body: 5 MB
    - Effective maximum file size: ~3.5 MB (base64 encoding adds ~33% overhead)
    - Filename length: 5-64 characters

    **Re-upload Behavior**

    - Each document slot can only be filled once. The API rejects re-uploads to slots that already have
    a completed upload.
    - If you uploaded the wrong document, contact Evaluation Support.

    **Common Failure Scenarios**

    - Invalid or non-existent `subAccountRequestId`
    - Subaccount request is already `Approved` or `Denied`
    - Invalid `documentType` value
    - Missing or invalid data URI prefix in `base64data`
    - Unsupported MIME type
    - Document slot already has a completed upload
    - Non-admin user attempting to call the endpoint
    - Subaccount request belongs to a different organization
    - POA contact not found on the subaccount request

    **Next Steps**

    After uploading all three documents, use the `getpartnersubaccountrequeststatus` endpoint to check
    the status of the subaccount request.

    Args:
        body (SubmitPartnerSubAccountDocument):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorText | SubmitPartnerSubAccountDocumentResponse]
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
    body: SubmitPartnerSubAccountDocument,
) -> SubmitPartnerSubAccountDocumentResponse:
    """Submit Partner Subaccount Document

     ### Upload a document for a subaccount request.

    **Available to:** Organization administrators

    **Environments:** Production

    **Rate Limit:** 10 requests per hour with 30-second back-off penalty

    After creating a subaccount request, use this endpoint once per `documentType` to upload each of the
    three required documents.

    | Document | `documentType` |
    | ---------------------------- | -------------------------------- |
    | Power of Attorney (POA) Form | `POAForm` |
    | Government ID | `Id` |
    | Proof of Address | `AddressVerificationFAFTA` |

    <Warning>**Warning:** This endpoint returns **HTTP 200** for successes **and** business errors.
    Always check the `errorText` field in the response body to determine whether the request succeeded
    or failed.</Warning>

    **subAccountRequestId**

    For `subAccountRequestId`, use the `requestId` returned from `createpartnersubaccountrequest`.

    **`base64data` Format**

    Documents are submitted inline as base64 data URIs. The `base64data` field must be a data URI with a
    supported MIME type prefix. The maximum field length is 8,388,608 characters (approximately 6 MB).

    ```
    data:<mime-type>;base64,<base64-encoded-content>
    ```

    Supported MIME types:
    - `application/pdf`
    - `text/plain`
    - `image/<file type>` (for example, `image/png` or `image/jpeg`)

    **Size Limits**

    - Maximum request body: 5 MB
    - Effective maximum file size: ~3.5 MB (base64 encoding adds ~33% overhead)
    - Filename length: 5-64 characters

    **Re-upload Behavior**

    - Each document slot can only be filled once. The API rejects re-uploads to slots that already have
    a completed upload.
    - If you uploaded the wrong document, contact Evaluation Support.

    **Common Failure Scenarios**

    - Invalid or non-existent `subAccountRequestId`
    - Subaccount request is already `Approved` or `Denied`
    - Invalid `documentType` value
    - Missing or invalid data URI prefix in `base64data`
    - Unsupported MIME type
    - Document slot already has a completed upload
    - Non-admin user attempting to call the endpoint
    - Subaccount request belongs to a different organization
    - POA contact not found on the subaccount request

    **Next Steps**

    After uploading all three documents, use the `getpartnersubaccountrequeststatus` endpoint to check
    the status of the subaccount request.

    Args:
        body (SubmitPartnerSubAccountDocument):

    Raises:
        errors.UnexpectedStatus: If the server answers anything but the success status (a declared
            error status too; sync_detailed() returns its parsed body). With client.call_hook set,
            the hook decides what is raised instead.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SubmitPartnerSubAccountDocumentResponse
    """

    _arguments: dict[str, Any] = {
        "body": body,
    }

    if client.call_hook is not None:
        return cast(
            SubmitPartnerSubAccountDocumentResponse,
            client.call_hook.sync(client, _OPERATION, _arguments),
        )
    _response = client.get_httpx_client().request(**_get_kwargs(**_arguments))
    if not _succeeded(_response.status_code):
        raise errors.UnexpectedStatus(_response.status_code, _response.content)
    return cast(
        SubmitPartnerSubAccountDocumentResponse,
        _parse_response(client=client, response=_response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SubmitPartnerSubAccountDocument,
) -> Response[ErrorText | SubmitPartnerSubAccountDocumentResponse]:
    """Submit Partner Subaccount Document

     ### Upload a document for a subaccount request.

    **Available to:** Organization administrators

    **Environments:** Production

    **Rate Limit:** 10 requests per hour with 30-second back-off penalty

    After creating a subaccount request, use this endpoint once per `documentType` to upload each of the
    three required documents.

    | Document | `documentType` |
    | ---------------------------- | -------------------------------- |
    | Power of Attorney (POA) Form | `POAForm` |
    | Government ID | `Id` |
    | Proof of Address | `AddressVerificationFAFTA` |

    <Warning>**Warning:** This endpoint returns **HTTP 200** for successes **and** business errors.
    Always check the `errorText` field in the response body to determine whether the request succeeded
    or failed.</Warning>

    **subAccountRequestId**

    For `subAccountRequestId`, use the `requestId` returned from `createpartnersubaccountrequest`.

    **`base64data` Format**

    Documents are submitted inline as base64 data URIs. The `base64data` field must be a data URI with a
    supported MIME type prefix. The maximum field length is 8,388,608 characters (approximately 6 MB).

    ```
    data:<mime-type>;base64,<base64-encoded-content>
    ```

    Supported MIME types:
    - `application/pdf`
    - `text/plain`
    - `image/<file type>` (for example, `image/png` or `image/jpeg`)

    **Size Limits**

    - Maximum request body: 5 MB
    - Effective maximum file size: ~3.5 MB (base64 encoding adds ~33% overhead)
    - Filename length: 5-64 characters

    **Re-upload Behavior**

    - Each document slot can only be filled once. The API rejects re-uploads to slots that already have
    a completed upload.
    - If you uploaded the wrong document, contact Evaluation Support.

    **Common Failure Scenarios**

    - Invalid or non-existent `subAccountRequestId`
    - Subaccount request is already `Approved` or `Denied`
    - Invalid `documentType` value
    - Missing or invalid data URI prefix in `base64data`
    - Unsupported MIME type
    - Document slot already has a completed upload
    - Non-admin user attempting to call the endpoint
    - Subaccount request belongs to a different organization
    - POA contact not found on the subaccount request

    **Next Steps**

    After uploading all three documents, use the `getpartnersubaccountrequeststatus` endpoint to check
    the status of the subaccount request.

    Args:
        body (SubmitPartnerSubAccountDocument):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorText | SubmitPartnerSubAccountDocumentResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SubmitPartnerSubAccountDocument,
) -> SubmitPartnerSubAccountDocumentResponse:
    """Submit Partner Subaccount Document

     ### Upload a document for a subaccount request.

    **Available to:** Organization administrators

    **Environments:** Production

    **Rate Limit:** 10 requests per hour with 30-second back-off penalty

    After creating a subaccount request, use this endpoint once per `documentType` to upload each of the
    three required documents.

    | Document | `documentType` |
    | ---------------------------- | -------------------------------- |
    | Power of Attorney (POA) Form | `POAForm` |
    | Government ID | `Id` |
    | Proof of Address | `AddressVerificationFAFTA` |

    <Warning>**Warning:** This endpoint returns **HTTP 200** for successes **and** business errors.
    Always check the `errorText` field in the response body to determine whether the request succeeded
    or failed.</Warning>

    **subAccountRequestId**

    For `subAccountRequestId`, use the `requestId` returned from `createpartnersubaccountrequest`.

    **`base64data` Format**

    Documents are submitted inline as base64 data URIs. The `base64data` field must be a data URI with a
    supported MIME type prefix. The maximum field length is 8,388,608 characters (approximately 6 MB).

    ```
    data:<mime-type>;base64,<base64-encoded-content>
    ```

    Supported MIME types:
    - `application/pdf`
    - `text/plain`
    - `image/<file type>` (for example, `image/png` or `image/jpeg`)

    **Size Limits**

    - Maximum request body: 5 MB
    - Effective maximum file size: ~3.5 MB (base64 encoding adds ~33% overhead)
    - Filename length: 5-64 characters

    **Re-upload Behavior**

    - Each document slot can only be filled once. The API rejects re-uploads to slots that already have
    a completed upload.
    - If you uploaded the wrong document, contact Evaluation Support.

    **Common Failure Scenarios**

    - Invalid or non-existent `subAccountRequestId`
    - Subaccount request is already `Approved` or `Denied`
    - Invalid `documentType` value
    - Missing or invalid data URI prefix in `base64data`
    - Unsupported MIME type
    - Document slot already has a completed upload
    - Non-admin user attempting to call the endpoint
    - Subaccount request belongs to a different organization
    - POA contact not found on the subaccount request

    **Next Steps**

    After uploading all three documents, use the `getpartnersubaccountrequeststatus` endpoint to check
    the status of the subaccount request.

    Args:
        body (SubmitPartnerSubAccountDocument):

    Raises:
        errors.UnexpectedStatus: If the server answers anything but the success status (a declared
            error status too; sync_detailed() returns its parsed body). With client.call_hook set,
            the hook decides what is raised instead.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SubmitPartnerSubAccountDocumentResponse
    """

    _arguments: dict[str, Any] = {
        "body": body,
    }

    if client.call_hook is not None:
        return cast(
            SubmitPartnerSubAccountDocumentResponse,
            await client.call_hook.asyncio(client, _OPERATION, _arguments),
        )
    _response = await client.get_async_httpx_client().request(
        **_get_kwargs(**_arguments)
    )
    if not _succeeded(_response.status_code):
        raise errors.UnexpectedStatus(_response.status_code, _response.content)
    return cast(
        SubmitPartnerSubAccountDocumentResponse,
        _parse_response(client=client, response=_response),
    )
