"""Token logic written once, as generators with no I/O, and the two drivers that run them.

The habit is httpx's auth flows: a flow *yields* what it needs done (send this request,
sleep this long, run this blocking cache call) and receives the result. ``run_sync`` and
``run_async`` are the only places that do I/O, so sync and async callers share every
decision. Exceptions raised by an effect are thrown back into the flow at its ``yield``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Generator
from typing import TYPE_CHECKING, Any, TypeVar

import attrs
import httpx

from auth_overlay._core._clock import Clock
from auth_overlay._core._deadline import Deadline, active, operation_timeout

if TYPE_CHECKING:
    import asyncio

T = TypeVar("T")

MAX_TOKEN_RESPONSE_BYTES = 256 * 1024


@attrs.frozen
class Send:
    request: httpx.Request
    deadline: Deadline  # by which the whole answer (connect, status line, headers, body) must be in


@attrs.frozen
class Sleep:
    seconds: float


@attrs.frozen
class Call:
    """Run ``fn``; ``blocking`` ones (disk, Redis) go to a worker thread under asyncio."""

    fn: Callable[[], Any]
    blocking: bool = True


Effect = Send | Sleep | Call
Flow = Generator[Effect, Any, T]


class ResponseTooLarge(Exception):
    """The body exceeded MAX_TOKEN_RESPONSE_BYTES; a token answer is a few hundred bytes."""


class _Body:
    """A token answer read chunk by chunk: capped in size, and in time by the flow's deadline."""

    def __init__(self, effect: Send) -> None:
        self._effect = effect
        self._chunks: list[bytes] = []
        self._size = 0

    def add(self, chunk: bytes) -> None:
        # Decoded bytes are counted, so a small gzip bomb cannot blow up memory.
        self._size += len(chunk)
        if self._size > MAX_TOKEN_RESPONSE_BYTES:
            raise ResponseTooLarge
        if self._effect.deadline.expired():
            raise httpx.ReadTimeout("the token endpoint is too slow", request=self._effect.request)
        self._chunks.append(chunk)

    def response(self, streamed: httpx.Response) -> httpx.Response:
        # Raw header bytes: a proxy's non-ASCII header must not turn into an encoding error here.
        headers = [(k, v) for k, v in streamed.headers.raw if k.lower() != b"content-encoding"]
        return httpx.Response(
            streamed.status_code, headers=headers, content=b"".join(self._chunks), request=streamed.request
        )


@attrs.frozen
class _Done:
    """The flow returned ``value``."""

    value: Any


class _Steps:
    """A flow driven one effect at a time. Set ``value`` (or ``error``) to what the last effect
    gave; ``next()`` sends it in (an error is thrown in at the flow's yield) and returns the next
    effect, or ``_Done`` with the flow's result."""

    def __init__(self, flow: Flow[Any]) -> None:
        self._flow = flow
        self.value: Any = None
        self.error: BaseException | None = None

    def next(self) -> Effect | _Done:
        value, error, self.value, self.error = self.value, self.error, None, None
        try:
            return self._flow.throw(error) if error is not None else self._flow.send(value)
        except StopIteration as stop:
            return _Done(stop.value)


def run_sync(flow: Flow[T], open_client: Callable[[], httpx.Client], request_timeout: float, clock: Clock) -> T:
    """Drive a flow with blocking I/O. The HTTP client is opened only if the flow sends."""
    steps = _Steps(flow)
    client: httpx.Client | None = None
    try:
        while not isinstance(effect := steps.next(), _Done):
            try:
                if isinstance(effect, Send):
                    client = client or open_client()
                    steps.value = _send_sync(client, effect, request_timeout)
                elif isinstance(effect, Sleep):
                    clock.sleep(effect.seconds)
                else:
                    steps.value = effect.fn()
            except BaseException as exc:
                # Ctrl-C too: thrown in so the flow's cleanup (lease release) runs, then it propagates.
                steps.error = exc
        return effect.value  # type: ignore[no-any-return]
    finally:
        if client is not None:
            client.close()


def _send_sync(client: httpx.Client, effect: Send, per_operation: float) -> httpx.Response:
    # Every socket operation of this exchange, headers included, is bounded by the deadline.
    from auth_overlay._core._deadline_backend import guard_client

    guard_client(client)
    effect.request.extensions["timeout"] = operation_timeout(effect.deadline, per_operation).as_dict()
    with active(effect.deadline):
        response = client.send(effect.request, stream=True)
        body = _Body(effect)
        try:
            for chunk in response.iter_bytes():
                body.add(chunk)
        finally:
            response.close()
    return body.response(response)


async def run_async(
    flow: Flow[T], open_client: Callable[[], Awaitable[httpx.AsyncClient]], request_timeout: float, clock: Clock
) -> T:
    """Drive a flow with asyncio; blocking calls go to a thread so the loop never stalls."""
    import asyncio  # loaded by the caller's loop already; a sync process never imports it

    steps = _Steps(flow)
    pending_cancel: asyncio.CancelledError | None = None
    client: httpx.AsyncClient | None = None
    try:
        while not isinstance(effect := steps.next(), _Done):
            if pending_cancel is not None:
                # Deliver a cancellation that arrived during a blocking call, now that its result is in.
                steps.error, pending_cancel = pending_cancel, None
                continue
            try:
                if isinstance(effect, Send):
                    client = client or await open_client()
                    steps.value = await _send_async(client, effect, request_timeout)
                elif isinstance(effect, Sleep):
                    await clock.asleep(effect.seconds)
                elif effect.blocking:
                    # A plain executor future, not a task: shutting the loop down cancels tasks, and
                    # this call's result must survive that.
                    job = asyncio.get_running_loop().run_in_executor(None, effect.fn)
                    try:
                        steps.value = await asyncio.shield(job)
                    except asyncio.CancelledError as cancelled:
                        # The thread runs on regardless; its result (a lease, say) must reach the flow
                        # so its cleanup can release it. The cancellation follows at the next step.
                        pending_cancel = cancelled
                        steps.value = await job
                else:
                    steps.value = effect.fn()
            except (Exception, asyncio.CancelledError) as exc:
                # Cancellation is thrown in too, so the flow's cleanup can release a lease.
                steps.error = exc
        return effect.value  # type: ignore[no-any-return]
    finally:
        if client is not None:
            await client.aclose()


async def _send_async(client: httpx.AsyncClient, effect: Send, per_operation: float) -> httpx.Response:
    effect.request.extensions["timeout"] = operation_timeout(effect.deadline, per_operation).as_dict()
    # One timeout around connect, status line, headers and body, whatever the transport:
    # httpx's own timeouts are per operation, which a server trickling bytes never trips.
    import asyncio

    remaining = max(0.0, effect.deadline.remaining())
    try:
        async with asyncio.timeout(remaining) as scope:
            response = await client.send(effect.request, stream=True)
            body = _Body(effect)
            try:
                async for chunk in response.aiter_bytes():
                    body.add(chunk)
            finally:
                await response.aclose()
    except TimeoutError:
        if scope.expired():
            raise httpx.ReadTimeout("the token exchange ran past its deadline", request=effect.request) from None
        raise
    return body.response(response)
