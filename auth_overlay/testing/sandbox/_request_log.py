"""The requests a provider received, most recent first kept, within a count and a byte budget.

A sandbox left running (``auth-overlay sandbox`` under a fuzzer, a long test session) must not
grow without end: the log keeps the newest ``limit`` requests whose bodies fit ``max_bytes``
together (the newest one always, whatever its size) and counts what it dropped.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from typing import Final

from ._models import RecordedRequest

DEFAULT_LIMIT: Final = 1_000
DEFAULT_MAX_BYTES: Final = 32 * 1024 * 1024


class RequestLog:
    def __init__(self, limit: int = DEFAULT_LIMIT, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        if limit < 1 or max_bytes < 0:
            raise ValueError("a request log keeps at least one request and a non-negative byte budget")
        self.limit = limit
        self.max_bytes = max_bytes
        self.dropped = 0
        self._requests: deque[RecordedRequest] = deque()
        self._bytes = 0

    def append(self, request: RecordedRequest) -> None:
        self._requests.append(request)
        self._bytes += len(request.body)
        while len(self._requests) > self.limit or (self._bytes > self.max_bytes and len(self._requests) > 1):
            self._bytes -= len(self._requests.popleft().body)
            self.dropped += 1

    def clear(self) -> None:
        self._requests.clear()
        self._bytes = 0
        self.dropped = 0

    def __iter__(self) -> Iterator[RecordedRequest]:
        return iter(self._requests)

    def __len__(self) -> int:
        return len(self._requests)
