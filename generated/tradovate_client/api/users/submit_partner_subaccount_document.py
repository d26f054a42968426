from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.submit_partner_sub_account_document import (
    SubmitPartnerSubAccountDocument,
)
from ...models.submit_partner_sub_account_document_response import (
    SubmitPartnerSubAccountDocumentResponse,
)
from ...types import Response


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
) -> SubmitPartnerSubAccountDocumentResponse | None:
    if response.status_code == 200:
        response_200 = SubmitPartnerSubAccountDocumentResponse.from_dict(
            response.json()
        )

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SubmitPartnerSubAccountDocumentResponse]:
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
) -> Response[SubmitPartnerSubAccountDocumentResponse]:
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
        Response[SubmitPartnerSubAccountDocumentResponse]
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
) -> SubmitPartnerSubAccountDocumentResponse | None:
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
        SubmitPartnerSubAccountDocumentResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SubmitPartnerSubAccountDocument,
) -> Response[SubmitPartnerSubAccountDocumentResponse]:
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
        Response[SubmitPartnerSubAccountDocumentResponse]
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
) -> SubmitPartnerSubAccountDocumentResponse | None:
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
        SubmitPartnerSubAccountDocumentResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
