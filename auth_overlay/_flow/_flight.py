"""Single flight: one fetch in progress, awaited by every thread and task that needs its token.

A flight is a ``concurrent.futures.Future``: threads wait with ``result()``, tasks on any
event loop with ``await asyncio.shield(asyncio.wrap_future(...))`` — the shield is why a
cancelled waiter never cancels the shared fetch.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import sys
import threading
from typing import TYPE_CHECKING, Any

import attrs

from auth_overlay import errors
from auth_overlay._core._token import Token

if TYPE_CHECKING:
    import asyncio


class Abandoned(Exception):
    """The flight's owner went away (its event loop closed, Ctrl-C): waiters start a new flight."""


@attrs.define(eq=False)
class Flight:
    """One fetch in progress: its result, and who runs it (an event loop, or a thread)."""

    future: concurrent.futures.Future[Token]
    background: bool
    loop: asyncio.AbstractEventLoop | None
    started: float  # the clock's monotonic time
    #: the thread running a sync flight (its owner, then the refresher), for re-entrancy checks
    thread: int | None = None

    @classmethod
    def start(cls, background: bool, loop: asyncio.AbstractEventLoop | None, now: float) -> Flight:
        future: concurrent.futures.Future[Token] = concurrent.futures.Future()
        future.set_running_or_notify_cancel()
        return cls(future, background, loop, now, None if loop is not None or background else threading.get_ident())

    def run_here(self) -> None:
        """This thread runs the flight now (a refresh handed to the refresher thread)."""
        self.thread = threading.get_ident()

    def would_wait_on_itself(self) -> bool:
        """True when the calling thread is the one that must finish this flight: waiting would deadlock.

        That happens when an ``on_event`` hook, which runs on the fetching thread, asks for a token.
        """
        return self.thread == threading.get_ident() or (self.loop is not None and self.loop is running_loop())

    def orphaned(self, limit: float, now: float) -> bool:
        """True when nobody will ever finish it: its event loop stopped, or it outlived every deadline."""
        if self.loop is not None and (self.loop.is_closed() or not self.loop.is_running()):
            return True
        return now - self.started > limit

    def abandon(self) -> None:
        if not self.future.done():
            with contextlib.suppress(concurrent.futures.InvalidStateError):
                self.future.set_exception(Abandoned())

    def settle(self, token: Token | None, error: BaseException | None) -> None:
        """Hand the outcome to every waiter (unless a waiter that gave up abandoned it meanwhile)."""
        if self.future.done():
            return
        if token is not None:
            self.future.set_result(token)
        else:
            self.future.set_exception(error or Abandoned())

    def wait(self, limit: float) -> Token:
        """Block this thread for the token; each caller gets its own error object."""
        try:
            return self.future.result(timeout=limit)
        except errors.AuthOverlayError as exc:
            raise exc.copy() from None  # no shared traceback between waiters

    async def await_token(self, limit: float) -> Token:
        import asyncio  # a caller awaiting here runs the loop: already loaded

        waiting = asyncio.wrap_future(self.future)
        waiting.add_done_callback(_consume)
        try:
            async with asyncio.timeout(limit):
                return await asyncio.shield(waiting)
        except errors.AuthOverlayError as exc:
            raise exc.copy() from None


def _consume(future: asyncio.Future[Any]) -> None:
    # A cancelled waiter leaves its shielded future unread; read it so asyncio does not log it.
    if not future.cancelled():
        future.exception()


def running_loop() -> asyncio.AbstractEventLoop | None:
    if "asyncio" not in sys.modules:  # never imported: no event loop can be running, and a sync process never loads it
        return None
    import asyncio

    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None
