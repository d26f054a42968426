import sys
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.access_token_response import AccessTokenResponse
from ...models.error_text import ErrorText
from ...types import Response

_OPERATION = sys.modules[__name__]


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/auth/renewaccesstoken",
    }

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
    client: AuthenticatedClient,
) -> Response[AccessTokenResponse | ErrorText]:
    """Renew Access Token

     ### Request a renewal for an existing access token.
    Extends the current session without creating a new one. Using this function in a long-running
    application will ensure that you don't start a new session unless it is 100% necessary. This will
    prevent your application from kicking itself or dropping dependent services that share an Access
    Token. See the [`/auth/accessTokenRequest`](#operation/accessTokenRequest) operation for more
    details.

    ```js

    const { accessToken, expirationTime } = await fetch(TRADOVATELIVE+'/auth/accessTokenRequest', {
        method: 'GET',
        headers: {
            'Content-Type': 'application/json',
            'Accept': 'application/json'
        },
        body: JSON.stringify(myCredentials) //see auth/accessTokenRequest for more info on the request
    body
    }).then(res => res.json());

    sessionStorage.setItem(CURRENT_TOKEN_KEY, accessToken);
    sessionStorage.setItem(TOKEN_EXPIRATION_KEY, expirationTime);

    //in another file or function, keep the connection alive
    //check every 2 mins using useInterval (WARNING on a browser
    //this fn will be throttled. Consider using a WebWorker to maintain
    //a connection even when tabbed away.)
    setInterval(() => {
        const expiration = sessionStorage.getItem(TOKEN_EXPIRATION_KEY);
        const now = new Date().getTime();
        const exp = new Date(expiration).getTime();
        //if expiration is within 15 mins, renew
        if(exp - now < 15 * 60000) {
            const currentToken = sessionStorage.getItem(CURRENT_TOKEN_KEY);
            const renewal = await fetch(TRADOVATELIVE+'/auth/renewAccessToken', {
                method: 'GET',
                headers: {
                    'Content-Type': 'application/json',
                    'Accept': 'application/json',
                    'Authorization': `Bearer ${currentToken}` //send existing non-expired token
                }
            });
            //set new token and expiration
            sessionStorage.setItem(CURRENT_TOKEN_KEY, renewal.accessToken);
            sessionStorage.setItem(TOKEN_EXPIRATION_KEY, renewal.expirationTime);
        }
    }, 120 * 60000)

    ```

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessTokenResponse | ErrorText]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> AccessTokenResponse:
    """Renew Access Token

     ### Request a renewal for an existing access token.
    Extends the current session without creating a new one. Using this function in a long-running
    application will ensure that you don't start a new session unless it is 100% necessary. This will
    prevent your application from kicking itself or dropping dependent services that share an Access
    Token. See the [`/auth/accessTokenRequest`](#operation/accessTokenRequest) operation for more
    details.

    ```js

    const { accessToken, expirationTime } = await fetch(TRADOVATELIVE+'/auth/accessTokenRequest', {
        method: 'GET',
        headers: {
            'Content-Type': 'application/json',
            'Accept': 'application/json'
        },
        body: JSON.stringify(myCredentials) //see auth/accessTokenRequest for more info on the request
    body
    }).then(res => res.json());

    sessionStorage.setItem(CURRENT_TOKEN_KEY, accessToken);
    sessionStorage.setItem(TOKEN_EXPIRATION_KEY, expirationTime);

    //in another file or function, keep the connection alive
    //check every 2 mins using useInterval (WARNING on a browser
    //this fn will be throttled. Consider using a WebWorker to maintain
    //a connection even when tabbed away.)
    setInterval(() => {
        const expiration = sessionStorage.getItem(TOKEN_EXPIRATION_KEY);
        const now = new Date().getTime();
        const exp = new Date(expiration).getTime();
        //if expiration is within 15 mins, renew
        if(exp - now < 15 * 60000) {
            const currentToken = sessionStorage.getItem(CURRENT_TOKEN_KEY);
            const renewal = await fetch(TRADOVATELIVE+'/auth/renewAccessToken', {
                method: 'GET',
                headers: {
                    'Content-Type': 'application/json',
                    'Accept': 'application/json',
                    'Authorization': `Bearer ${currentToken}` //send existing non-expired token
                }
            });
            //set new token and expiration
            sessionStorage.setItem(CURRENT_TOKEN_KEY, renewal.accessToken);
            sessionStorage.setItem(TOKEN_EXPIRATION_KEY, renewal.expirationTime);
        }
    }, 120 * 60000)

    ```

    Raises:
        errors.UnexpectedStatus: If the server answers anything but the success status (a declared
            error status too; sync_detailed() returns its parsed body). With client.call_hook set,
            the hook decides what is raised instead.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessTokenResponse
    """

    _arguments: dict[str, Any] = {}

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
    client: AuthenticatedClient,
) -> Response[AccessTokenResponse | ErrorText]:
    """Renew Access Token

     ### Request a renewal for an existing access token.
    Extends the current session without creating a new one. Using this function in a long-running
    application will ensure that you don't start a new session unless it is 100% necessary. This will
    prevent your application from kicking itself or dropping dependent services that share an Access
    Token. See the [`/auth/accessTokenRequest`](#operation/accessTokenRequest) operation for more
    details.

    ```js

    const { accessToken, expirationTime } = await fetch(TRADOVATELIVE+'/auth/accessTokenRequest', {
        method: 'GET',
        headers: {
            'Content-Type': 'application/json',
            'Accept': 'application/json'
        },
        body: JSON.stringify(myCredentials) //see auth/accessTokenRequest for more info on the request
    body
    }).then(res => res.json());

    sessionStorage.setItem(CURRENT_TOKEN_KEY, accessToken);
    sessionStorage.setItem(TOKEN_EXPIRATION_KEY, expirationTime);

    //in another file or function, keep the connection alive
    //check every 2 mins using useInterval (WARNING on a browser
    //this fn will be throttled. Consider using a WebWorker to maintain
    //a connection even when tabbed away.)
    setInterval(() => {
        const expiration = sessionStorage.getItem(TOKEN_EXPIRATION_KEY);
        const now = new Date().getTime();
        const exp = new Date(expiration).getTime();
        //if expiration is within 15 mins, renew
        if(exp - now < 15 * 60000) {
            const currentToken = sessionStorage.getItem(CURRENT_TOKEN_KEY);
            const renewal = await fetch(TRADOVATELIVE+'/auth/renewAccessToken', {
                method: 'GET',
                headers: {
                    'Content-Type': 'application/json',
                    'Accept': 'application/json',
                    'Authorization': `Bearer ${currentToken}` //send existing non-expired token
                }
            });
            //set new token and expiration
            sessionStorage.setItem(CURRENT_TOKEN_KEY, renewal.accessToken);
            sessionStorage.setItem(TOKEN_EXPIRATION_KEY, renewal.expirationTime);
        }
    }, 120 * 60000)

    ```

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessTokenResponse | ErrorText]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> AccessTokenResponse:
    """Renew Access Token

     ### Request a renewal for an existing access token.
    Extends the current session without creating a new one. Using this function in a long-running
    application will ensure that you don't start a new session unless it is 100% necessary. This will
    prevent your application from kicking itself or dropping dependent services that share an Access
    Token. See the [`/auth/accessTokenRequest`](#operation/accessTokenRequest) operation for more
    details.

    ```js

    const { accessToken, expirationTime } = await fetch(TRADOVATELIVE+'/auth/accessTokenRequest', {
        method: 'GET',
        headers: {
            'Content-Type': 'application/json',
            'Accept': 'application/json'
        },
        body: JSON.stringify(myCredentials) //see auth/accessTokenRequest for more info on the request
    body
    }).then(res => res.json());

    sessionStorage.setItem(CURRENT_TOKEN_KEY, accessToken);
    sessionStorage.setItem(TOKEN_EXPIRATION_KEY, expirationTime);

    //in another file or function, keep the connection alive
    //check every 2 mins using useInterval (WARNING on a browser
    //this fn will be throttled. Consider using a WebWorker to maintain
    //a connection even when tabbed away.)
    setInterval(() => {
        const expiration = sessionStorage.getItem(TOKEN_EXPIRATION_KEY);
        const now = new Date().getTime();
        const exp = new Date(expiration).getTime();
        //if expiration is within 15 mins, renew
        if(exp - now < 15 * 60000) {
            const currentToken = sessionStorage.getItem(CURRENT_TOKEN_KEY);
            const renewal = await fetch(TRADOVATELIVE+'/auth/renewAccessToken', {
                method: 'GET',
                headers: {
                    'Content-Type': 'application/json',
                    'Accept': 'application/json',
                    'Authorization': `Bearer ${currentToken}` //send existing non-expired token
                }
            });
            //set new token and expiration
            sessionStorage.setItem(CURRENT_TOKEN_KEY, renewal.accessToken);
            sessionStorage.setItem(TOKEN_EXPIRATION_KEY, renewal.expirationTime);
        }
    }, 120 * 60000)

    ```

    Raises:
        errors.UnexpectedStatus: If the server answers anything but the success status (a declared
            error status too; sync_detailed() returns its parsed body). With client.call_hook set,
            the hook decides what is raised instead.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessTokenResponse
    """

    _arguments: dict[str, Any] = {}

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
