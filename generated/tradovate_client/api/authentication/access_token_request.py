import sys
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.access_token_request import AccessTokenRequest
from ...models.access_token_response import AccessTokenResponse
from ...models.error_text import ErrorText
from ...types import Response

_OPERATION = sys.modules[__name__]


def _get_kwargs(
    *,
    body: AccessTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auth/accesstokenrequest",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccessTokenResponse | ErrorText | None:
    if response.status_code == 200:
        response_200 = AccessTokenResponse.from_dict(response.json())

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
) -> Response[AccessTokenResponse | ErrorText]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AccessTokenRequest,
) -> Response[AccessTokenResponse | ErrorText]:
    """Access Token Request

     #### Request an access token using your user credentials and API Key.

    See the [Authentication](#tag/Authentication) section for more details.

    ### Acquiring an Access Token

    ```js
    const URL = 'https://live.tradovateapi.com/v1'

    const credentials = {
        name:       "Your credentials here",
        password:   "Your credentials here",
        appId:      "Sample App",
        appVersion: "1.0",
        cid:        0,
        sec:        "Your API secret here"
    }

    async function getAccessToken() {
        let response = await fetch(URL + '/auth/accessTokenRequest', {
            method: 'POST',
            headers: {
                'Content-Type': 'application/json'
            }
        })
        let result = await response.json()
        return result // { accessToken, mdAccessToken, userId, ... }
    }

    //...

    async function main() {
        const { accessToken, mdAccessToken, userId } = await getAccessToken()

        //use access token
    }
    ```

    ### Using an Access Token

    ```js
    //use the Authorization: Bearer schema in API POST and GET requests

    //simple /account/list endpoint requires no body or query
    async function getAccounts() {
        let response = await fetch(URL + '/account/list', {
            method: 'GET',
            headers: {
                'Content-Type': 'application/json',
                Authorization: `Bearer ${accessToken}` //Access Token use in HTTP requests
            }
        })
        let result = await response.json()
        return result
    }

    ```

    ### Expiration and Renewal
    Access Tokens have a natural lifespan of 90 minutes from creation. However, you can extend that
    lifetime by calling the [`/auth/renewAccessToken`](#operation/renewAccessToken) operation. It is
    advised that you call the renewal operation about 15 minutes prior to the expiration of the token.

    ### Other Important Notes
    Calling the `accessTokenRequest` endpoint successfully will start a new session on our servers. This
    session is tracked, and you are limited to 2 concurrent sessions. Once a third (or additional)
    sessions are created, the oldest sessions are closed. This can be problematic in the following
    situations:

    | Situation | Problem | Solution
    |:---------|:-------|:-----
    | You have many services that don't share a central point of access, and each request their own
    sessions via `auth/accessTokenRequest`. | Your oldest sessions will be closed, and subsequent calls
    using the old access tokens will throw 408, 429, or 500 level errors. | Create a service to manage
    the access token, then distribute the identical valid token to dependent services
    | You log on to `.tradovate.com` websites with your API user while running more two or more API-
    powered applications. | Your API application risks being booted after a few of these spontaneous
    logins. | Your API user should be a dedicated user that doesn't require more than 2 concurrent
    logins.
    | You call `auth/accessTokenRequest` more frequently than necessary, or instead of calling
    `auth/renewAccessToken`. | Whether this is by mistake or not, you should request a single token per
    instance of API-powered application, and keep that token alive as long as possible.

    Args:
        body (AccessTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessTokenResponse | ErrorText]
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
    client: AuthenticatedClient | Client,
    body: AccessTokenRequest,
) -> AccessTokenResponse:
    """Access Token Request

     #### Request an access token using your user credentials and API Key.

    See the [Authentication](#tag/Authentication) section for more details.

    ### Acquiring an Access Token

    ```js
    const URL = 'https://live.tradovateapi.com/v1'

    const credentials = {
        name:       "Your credentials here",
        password:   "Your credentials here",
        appId:      "Sample App",
        appVersion: "1.0",
        cid:        0,
        sec:        "Your API secret here"
    }

    async function getAccessToken() {
        let response = await fetch(URL + '/auth/accessTokenRequest', {
            method: 'POST',
            headers: {
                'Content-Type': 'application/json'
            }
        })
        let result = await response.json()
        return result // { accessToken, mdAccessToken, userId, ... }
    }

    //...

    async function main() {
        const { accessToken, mdAccessToken, userId } = await getAccessToken()

        //use access token
    }
    ```

    ### Using an Access Token

    ```js
    //use the Authorization: Bearer schema in API POST and GET requests

    //simple /account/list endpoint requires no body or query
    async function getAccounts() {
        let response = await fetch(URL + '/account/list', {
            method: 'GET',
            headers: {
                'Content-Type': 'application/json',
                Authorization: `Bearer ${accessToken}` //Access Token use in HTTP requests
            }
        })
        let result = await response.json()
        return result
    }

    ```

    ### Expiration and Renewal
    Access Tokens have a natural lifespan of 90 minutes from creation. However, you can extend that
    lifetime by calling the [`/auth/renewAccessToken`](#operation/renewAccessToken) operation. It is
    advised that you call the renewal operation about 15 minutes prior to the expiration of the token.

    ### Other Important Notes
    Calling the `accessTokenRequest` endpoint successfully will start a new session on our servers. This
    session is tracked, and you are limited to 2 concurrent sessions. Once a third (or additional)
    sessions are created, the oldest sessions are closed. This can be problematic in the following
    situations:

    | Situation | Problem | Solution
    |:---------|:-------|:-----
    | You have many services that don't share a central point of access, and each request their own
    sessions via `auth/accessTokenRequest`. | Your oldest sessions will be closed, and subsequent calls
    using the old access tokens will throw 408, 429, or 500 level errors. | Create a service to manage
    the access token, then distribute the identical valid token to dependent services
    | You log on to `.tradovate.com` websites with your API user while running more two or more API-
    powered applications. | Your API application risks being booted after a few of these spontaneous
    logins. | Your API user should be a dedicated user that doesn't require more than 2 concurrent
    logins.
    | You call `auth/accessTokenRequest` more frequently than necessary, or instead of calling
    `auth/renewAccessToken`. | Whether this is by mistake or not, you should request a single token per
    instance of API-powered application, and keep that token alive as long as possible.

    Args:
        body (AccessTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server answers anything but the success status (a declared
            error status too; sync_detailed() returns its parsed body). With client.call_hook set,
            the hook decides what is raised instead.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessTokenResponse
    """

    _arguments: dict[str, Any] = {
        "body": body,
    }

    if client.call_hook is not None:
        return cast(
            AccessTokenResponse, client.call_hook.sync(client, _OPERATION, _arguments)
        )
    _response = client.get_httpx_client().request(**_get_kwargs(**_arguments))
    if not _succeeded(_response.status_code):
        raise errors.UnexpectedStatus(_response.status_code, _response.content)
    return cast(AccessTokenResponse, _parse_response(client=client, response=_response))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AccessTokenRequest,
) -> Response[AccessTokenResponse | ErrorText]:
    """Access Token Request

     #### Request an access token using your user credentials and API Key.

    See the [Authentication](#tag/Authentication) section for more details.

    ### Acquiring an Access Token

    ```js
    const URL = 'https://live.tradovateapi.com/v1'

    const credentials = {
        name:       "Your credentials here",
        password:   "Your credentials here",
        appId:      "Sample App",
        appVersion: "1.0",
        cid:        0,
        sec:        "Your API secret here"
    }

    async function getAccessToken() {
        let response = await fetch(URL + '/auth/accessTokenRequest', {
            method: 'POST',
            headers: {
                'Content-Type': 'application/json'
            }
        })
        let result = await response.json()
        return result // { accessToken, mdAccessToken, userId, ... }
    }

    //...

    async function main() {
        const { accessToken, mdAccessToken, userId } = await getAccessToken()

        //use access token
    }
    ```

    ### Using an Access Token

    ```js
    //use the Authorization: Bearer schema in API POST and GET requests

    //simple /account/list endpoint requires no body or query
    async function getAccounts() {
        let response = await fetch(URL + '/account/list', {
            method: 'GET',
            headers: {
                'Content-Type': 'application/json',
                Authorization: `Bearer ${accessToken}` //Access Token use in HTTP requests
            }
        })
        let result = await response.json()
        return result
    }

    ```

    ### Expiration and Renewal
    Access Tokens have a natural lifespan of 90 minutes from creation. However, you can extend that
    lifetime by calling the [`/auth/renewAccessToken`](#operation/renewAccessToken) operation. It is
    advised that you call the renewal operation about 15 minutes prior to the expiration of the token.

    ### Other Important Notes
    Calling the `accessTokenRequest` endpoint successfully will start a new session on our servers. This
    session is tracked, and you are limited to 2 concurrent sessions. Once a third (or additional)
    sessions are created, the oldest sessions are closed. This can be problematic in the following
    situations:

    | Situation | Problem | Solution
    |:---------|:-------|:-----
    | You have many services that don't share a central point of access, and each request their own
    sessions via `auth/accessTokenRequest`. | Your oldest sessions will be closed, and subsequent calls
    using the old access tokens will throw 408, 429, or 500 level errors. | Create a service to manage
    the access token, then distribute the identical valid token to dependent services
    | You log on to `.tradovate.com` websites with your API user while running more two or more API-
    powered applications. | Your API application risks being booted after a few of these spontaneous
    logins. | Your API user should be a dedicated user that doesn't require more than 2 concurrent
    logins.
    | You call `auth/accessTokenRequest` more frequently than necessary, or instead of calling
    `auth/renewAccessToken`. | Whether this is by mistake or not, you should request a single token per
    instance of API-powered application, and keep that token alive as long as possible.

    Args:
        body (AccessTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessTokenResponse | ErrorText]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AccessTokenRequest,
) -> AccessTokenResponse:
    """Access Token Request

     #### Request an access token using your user credentials and API Key.

    See the [Authentication](#tag/Authentication) section for more details.

    ### Acquiring an Access Token

    ```js
    const URL = 'https://live.tradovateapi.com/v1'

    const credentials = {
        name:       "Your credentials here",
        password:   "Your credentials here",
        appId:      "Sample App",
        appVersion: "1.0",
        cid:        0,
        sec:        "Your API secret here"
    }

    async function getAccessToken() {
        let response = await fetch(URL + '/auth/accessTokenRequest', {
            method: 'POST',
            headers: {
                'Content-Type': 'application/json'
            }
        })
        let result = await response.json()
        return result // { accessToken, mdAccessToken, userId, ... }
    }

    //...

    async function main() {
        const { accessToken, mdAccessToken, userId } = await getAccessToken()

        //use access token
    }
    ```

    ### Using an Access Token

    ```js
    //use the Authorization: Bearer schema in API POST and GET requests

    //simple /account/list endpoint requires no body or query
    async function getAccounts() {
        let response = await fetch(URL + '/account/list', {
            method: 'GET',
            headers: {
                'Content-Type': 'application/json',
                Authorization: `Bearer ${accessToken}` //Access Token use in HTTP requests
            }
        })
        let result = await response.json()
        return result
    }

    ```

    ### Expiration and Renewal
    Access Tokens have a natural lifespan of 90 minutes from creation. However, you can extend that
    lifetime by calling the [`/auth/renewAccessToken`](#operation/renewAccessToken) operation. It is
    advised that you call the renewal operation about 15 minutes prior to the expiration of the token.

    ### Other Important Notes
    Calling the `accessTokenRequest` endpoint successfully will start a new session on our servers. This
    session is tracked, and you are limited to 2 concurrent sessions. Once a third (or additional)
    sessions are created, the oldest sessions are closed. This can be problematic in the following
    situations:

    | Situation | Problem | Solution
    |:---------|:-------|:-----
    | You have many services that don't share a central point of access, and each request their own
    sessions via `auth/accessTokenRequest`. | Your oldest sessions will be closed, and subsequent calls
    using the old access tokens will throw 408, 429, or 500 level errors. | Create a service to manage
    the access token, then distribute the identical valid token to dependent services
    | You log on to `.tradovate.com` websites with your API user while running more two or more API-
    powered applications. | Your API application risks being booted after a few of these spontaneous
    logins. | Your API user should be a dedicated user that doesn't require more than 2 concurrent
    logins.
    | You call `auth/accessTokenRequest` more frequently than necessary, or instead of calling
    `auth/renewAccessToken`. | Whether this is by mistake or not, you should request a single token per
    instance of API-powered application, and keep that token alive as long as possible.

    Args:
        body (AccessTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server answers anything but the success status (a declared
            error status too; sync_detailed() returns its parsed body). With client.call_hook set,
            the hook decides what is raised instead.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessTokenResponse
    """

    _arguments: dict[str, Any] = {
        "body": body,
    }

    if client.call_hook is not None:
        return cast(
            AccessTokenResponse,
            await client.call_hook.asyncio(client, _OPERATION, _arguments),
        )
    _response = await client.get_async_httpx_client().request(
        **_get_kwargs(**_arguments)
    )
    if not _succeeded(_response.status_code):
        raise errors.UnexpectedStatus(_response.status_code, _response.content)
    return cast(AccessTokenResponse, _parse_response(client=client, response=_response))
