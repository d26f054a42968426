"""Fixtures for the real-time tests: a sandbox with its sockets, an auth on its session, a manual timer."""

from __future__ import annotations

import asyncio
import heapq
import itertools
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from auth_overlay import TokenAuth
from auth_overlay.events import Event
from auth_overlay.testing import sandbox_token_auth
from auth_overlay.testing.sandbox import Sandbox


@pytest.fixture
def make_sandbox() -> Iterator[Callable[..., Sandbox]]:
    started: list[Sandbox] = []

    def make(**options: Any) -> Sandbox:
        sandbox = Sandbox(host="127.0.0.1", port=0, **options).start()
        sandbox.sockets  # noqa: B018 (starts the socket server)
        started.append(sandbox)
        return sandbox

    yield make
    for sandbox in started:
        sandbox.stop()


@pytest.fixture
def sandbox(make_sandbox: Callable[..., Sandbox]) -> Sandbox:
    return make_sandbox()


@pytest.fixture
def events() -> list[Event]:
    return []


@pytest.fixture
def make_auth(events: list[Event]) -> Callable[..., TokenAuth[Any]]:
    def make(sandbox: Sandbox, **options: Any) -> TokenAuth[Any]:
        creds = sandbox.credentials("tradovate")
        options.setdefault("on_event", events.append)
        return sandbox_token_auth(sandbox, "tradovate", username=creds.username, password=creds.password, **options)

    return make


@pytest.fixture
def auth(sandbox: Sandbox, make_auth: Callable[..., TokenAuth[Any]]) -> TokenAuth[Any]:
    return make_auth(sandbox)


async def until(condition: Callable[[], bool], within: float = 10.0) -> None:
    """Wait (on real time, bounded) until something observable happened; fail if it never does."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while not condition():
        if loop.time() > deadline:
            raise AssertionError("the condition never became true")
        await asyncio.sleep(0.005)


class ManualTimer:
    """A ``Timer`` whose time moves only on ``advance``: sleepers wake when their moment comes."""

    def __init__(self) -> None:
        self._now = 0.0
        self._order = itertools.count()
        self._sleepers: list[tuple[float, int, asyncio.Future[None]]] = []

    def now(self) -> float:
        return self._now

    async def sleep(self, seconds: float) -> None:
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._sleepers, (self._now + max(0.0, seconds), next(self._order), future))
        await future

    def advance(self, seconds: float) -> None:
        self._now += seconds
        while self._sleepers and self._sleepers[0][0] <= self._now:
            _, _, future = heapq.heappop(self._sleepers)
            if not future.done():
                future.set_result(None)
