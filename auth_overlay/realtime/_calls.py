"""Requests over a socket, typed by the generated client and judged by the API call layer.

``await ws.call(account_list.asyncio)`` builds the request from the generated module's
``_get_kwargs`` (method, path, query, JSON body), sends it as ``endpoint\\nid\\nquery\\nbody``,
and hands the answer to ``auth_overlay.api``'s mapping as the HTTP answer it mirrors: the
same generated parse, error tree, in-band refusals, penalty tickets, drift sentinel and
retry rule as over REST. The money rule: an idempotent request (the spec's GET operations)
may be sent again after a drop, a timeout, a 429 or a penalty ticket; any other request is
sent again only when it surely never left this process (the socket was not open in time).
A penalty ticket is redeemed as the vendor asks: after ``p-time``, the same body with
``"p-ticket"`` added.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, ParamSpec, TypeVar, cast

import httpx

from auth_overlay import errors
from auth_overlay._core._deadline import Deadline
from auth_overlay.api import _call, _mapping
from auth_overlay.api._settings import APISettings

from ._connection import Connection
from ._link import Lost
from ._protocol import Answer

P = ParamSpec("P")
R = TypeVar("R")

Parse = Callable[..., Any]


def prepare(
    operation: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> tuple[dict[str, Any], Parse]:
    """The generated request (``method``, ``url``, ``params``, ``json``) and its parser."""
    get_kwargs, parse_response = _call._endpoint(operation)
    if args:
        raise errors.ConfigurationError("generated operations take keywords only: body=, name= …")
    if "client" in kwargs:
        raise errors.ConfigurationError("a socket call takes no client=: the socket is the client")
    try:
        request = get_kwargs(**kwargs)
    except (TypeError, AttributeError, ValueError, KeyError) as exc:
        raise errors.ConfigurationError(
            f"the request for {getattr(operation, '__module__', '?')} cannot be built: {type(exc).__name__}: {exc}"
        ) from None
    if "content" in request or "data" in request or "files" in request:
        raise errors.ConfigurationError("only JSON bodies travel over the socket")
    return request, parse_response


def _json_of(response: httpx.Response) -> Any:
    return response.json()


class Caller:
    """The retry loop around one socket request, shared by ``call`` and ``request``."""

    def __init__(self, connection: Connection, settings: APISettings, client: Any, token: Callable[[], str | None]):
        self._connection = connection
        self._settings = settings
        self._client = client
        self._token = token

    async def call(self, operation: Callable[..., Awaitable[R | None]], /, *args: Any, **kwargs: Any) -> R:
        request, parse_response = prepare(operation, args, dict(kwargs))
        method = str(request["method"]).upper()
        return cast(
            R,
            await self.send(
                method,
                str(request["url"]),
                request.get("params"),
                request.get("json"),
                parse_response,
                idempotent=method in _call.IDEMPOTENT,
            ),
        )

    async def request(
        self, endpoint: str, query: str | Mapping[str, Any] | None, body: object, idempotent: bool
    ) -> Any:
        return await self.send("SOCKET", endpoint, query, body, _raw, idempotent=idempotent)

    async def send(
        self,
        method: str,
        endpoint: str,
        query: str | Mapping[str, Any] | None,
        body: object,
        parse_response: Parse,
        *,
        idempotent: bool,
    ) -> Any:
        settings = self._settings
        name = f"{method} /{endpoint.lstrip('/')}" if method != "SOCKET" else endpoint.lstrip("/")
        deadline = Deadline.after(settings.retry.deadline, settings.clock.monotonic)
        timeout = self._connection.options.request_timeout
        attempt, ticket = 0, None
        while True:
            attempt += 1
            try:
                try:
                    answer = await self._connection.request(
                        endpoint, query, _with_ticket(body, ticket), min(timeout, max(deadline.remaining(), 0.001))
                    )
                except Lost as lost:
                    raise self._lost(name, lost, idempotent) from None
                except TimeoutError:
                    error = errors.APITimeoutError(
                        f"{name}: no answer in time", operation=name, provider=settings.provider
                    )
                    raise _mapping.Failure(error, transient=idempotent) from None
                ticket = _ticket(answer.data)
                response = self.as_http(answer, method, endpoint)
                return _call._answer(response, parse_response, self._client, name, settings, idempotent)
            except _mapping.Failure as failure:
                await settings.clock.asleep(_call._next_wait(failure, attempt, settings, deadline))

    def _lost(self, name: str, lost: Lost, idempotent: bool) -> _mapping.Failure:
        error = errors.APIConnectionError(
            f"{name}: the socket's connection was lost" + (" after the request was sent" if lost.sent else ""),
            operation=name,
            provider=self._settings.provider,
        )
        # A request that may have reached the vendor is never sent twice unless it is idempotent.
        return _mapping.Failure(error, transient=idempotent or not lost.sent)

    def as_http(self, answer: Answer, method: str, endpoint: str) -> httpx.Response:
        """The answer as the HTTP response it mirrors: ``s`` the status, ``d`` the body (text as ``errorText``)."""
        status = answer.status if answer.status is not None and 100 <= answer.status <= 599 else 520
        data = answer.data
        if not 200 <= status <= 299 and isinstance(data, str):
            data = {"errorText": data}
        token = self._token()
        headers = {"Authorization": f"Bearer {token}"} if token else {}  # so the mapping scrubs an echo of it
        request = httpx.Request(
            method if method != "SOCKET" else "POST", f"wss://socket/{endpoint.lstrip('/')}", headers=headers
        )
        return httpx.Response(status, content=json.dumps(data).encode(), request=request)


def _raw(*, client: Any, response: httpx.Response) -> Any:
    """``ws.request(...)``'s parse: the JSON answer as it came (no generated model to check it against)."""
    return response.json()


def _ticket(data: Any) -> str | None:
    if isinstance(data, dict):
        value = data.get("p-ticket")
        if isinstance(value, str) and value:
            return value
    return None


def _with_ticket(body: object, ticket: str | None) -> object:
    """The identical body with the ticket added (an object body, or none at all)."""
    if ticket is None:
        return body
    if body is None or body == "":
        return {"p-ticket": ticket}
    if isinstance(body, dict):
        return {**body, "p-ticket": ticket}
    return body
