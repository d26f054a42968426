from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.access_token_response import AccessTokenResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/auth/renewaccesstoken",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccessTokenResponse | None:
    if response.status_code == 200:
        response_200 = AccessTokenResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AccessTokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[AccessTokenResponse]:
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
        Response[AccessTokenResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> AccessTokenResponse | None:
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
        AccessTokenResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[AccessTokenResponse]:
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
        Response[AccessTokenResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> AccessTokenResponse | None:
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
        AccessTokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
