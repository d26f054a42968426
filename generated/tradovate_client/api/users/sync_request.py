from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.sync_message import SyncMessage
from ...models.sync_request import SyncRequest
from ...types import Response


def _get_kwargs(
    *,
    body: SyncRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/user/syncrequest",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SyncMessage | None:
    if response.status_code == 200:
        response_200 = SyncMessage.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SyncMessage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SyncRequest,
) -> Response[SyncMessage]:
    """Sync Request

     ### Used with WebSocket protocol. Returns all data associated with the user.
    This endpoint is essential for efficient use of the WebSocket API. See
    [WebSockets](/#tag/WebSockets) for more details, or view our WebSockets
    [JavaScript](https://github.com/tradovate/example-api-js) or
    [C#](https://github.com/tradovate/example-api-csharp-trading) tutorials.

    ```js
    const URL = 'wss://live.tradovateapi.com/v1/websocket'

    const myWebSocket = new WebSocket(URL)

    //authorize websocket with your access token
    myWebSocket.onopen = function() {
        myWebSocket.send(`authorize\\n0\\n\\n${accessToken}`)
    }

    const requestBody = {
        users: [12345]
    }

    myWebSocket.send(`user/syncrequest\\n1\\n\\n${JSON.stringify(requestBody)}`)

    //starts a subscription to real-time user data.
    ```

    Args:
        body (SyncRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SyncMessage]
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
    body: SyncRequest,
) -> SyncMessage | None:
    """Sync Request

     ### Used with WebSocket protocol. Returns all data associated with the user.
    This endpoint is essential for efficient use of the WebSocket API. See
    [WebSockets](/#tag/WebSockets) for more details, or view our WebSockets
    [JavaScript](https://github.com/tradovate/example-api-js) or
    [C#](https://github.com/tradovate/example-api-csharp-trading) tutorials.

    ```js
    const URL = 'wss://live.tradovateapi.com/v1/websocket'

    const myWebSocket = new WebSocket(URL)

    //authorize websocket with your access token
    myWebSocket.onopen = function() {
        myWebSocket.send(`authorize\\n0\\n\\n${accessToken}`)
    }

    const requestBody = {
        users: [12345]
    }

    myWebSocket.send(`user/syncrequest\\n1\\n\\n${JSON.stringify(requestBody)}`)

    //starts a subscription to real-time user data.
    ```

    Args:
        body (SyncRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SyncMessage
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SyncRequest,
) -> Response[SyncMessage]:
    """Sync Request

     ### Used with WebSocket protocol. Returns all data associated with the user.
    This endpoint is essential for efficient use of the WebSocket API. See
    [WebSockets](/#tag/WebSockets) for more details, or view our WebSockets
    [JavaScript](https://github.com/tradovate/example-api-js) or
    [C#](https://github.com/tradovate/example-api-csharp-trading) tutorials.

    ```js
    const URL = 'wss://live.tradovateapi.com/v1/websocket'

    const myWebSocket = new WebSocket(URL)

    //authorize websocket with your access token
    myWebSocket.onopen = function() {
        myWebSocket.send(`authorize\\n0\\n\\n${accessToken}`)
    }

    const requestBody = {
        users: [12345]
    }

    myWebSocket.send(`user/syncrequest\\n1\\n\\n${JSON.stringify(requestBody)}`)

    //starts a subscription to real-time user data.
    ```

    Args:
        body (SyncRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SyncMessage]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SyncRequest,
) -> SyncMessage | None:
    """Sync Request

     ### Used with WebSocket protocol. Returns all data associated with the user.
    This endpoint is essential for efficient use of the WebSocket API. See
    [WebSockets](/#tag/WebSockets) for more details, or view our WebSockets
    [JavaScript](https://github.com/tradovate/example-api-js) or
    [C#](https://github.com/tradovate/example-api-csharp-trading) tutorials.

    ```js
    const URL = 'wss://live.tradovateapi.com/v1/websocket'

    const myWebSocket = new WebSocket(URL)

    //authorize websocket with your access token
    myWebSocket.onopen = function() {
        myWebSocket.send(`authorize\\n0\\n\\n${accessToken}`)
    }

    const requestBody = {
        users: [12345]
    }

    myWebSocket.send(`user/syncrequest\\n1\\n\\n${JSON.stringify(requestBody)}`)

    //starts a subscription to real-time user data.
    ```

    Args:
        body (SyncRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SyncMessage
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
