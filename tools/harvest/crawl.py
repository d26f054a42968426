"""Fetch a site's pages concurrently, within a bound, each with every limit of the careful fetch.

At most ``WORKERS`` pages are in flight. Each page gets the fetch's own limits (https, redirects,
20 MiB, a deadline of ``timeout`` seconds) and the whole harvest shares one more deadline and a
byte budget, so a site of 500 slow pages cannot hold a run longer than ``HARVEST_TIMEOUT_S``.
Conditional requests carry each page's recorded ETag / Last-Modified; a 304 is "not modified".
A 404 is reported for that page (an index listing a page that is gone); any other failure ends
the harvest: a page that cannot be read must not look like a page whose operations were removed.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from tools.harvest.index import PageRef
from tools.net.fetch import MAX_BYTES, TIMEOUT_S, FetchError, fetch
from tools.net.http1 import Deadline, ExchangeError

WORKERS = 8
HARVEST_TIMEOUT_S = 300.0
HARVEST_MAX_BYTES = 4 * MAX_BYTES


@dataclass(frozen=True, slots=True)
class Fetched:
    ref: PageRef
    data: bytes | None  # None: not modified (304) or missing
    validators: dict[str, str] = field(default_factory=dict)
    missing: str = ""  # why the page could not be had (404), "" otherwise

    @property
    def not_modified(self) -> bool:
        return self.data is None and not self.missing


class _Budget:
    def __init__(self, limit: int) -> None:
        self.left = limit
        self.lock = threading.Lock()

    def spend(self, url: str, size: int) -> None:
        with self.lock:
            self.left -= size
            if self.left < 0:
                raise FetchError(f"{url}: the pages together exceed {HARVEST_MAX_BYTES} bytes; harvest refused")


def fetch_pages(
    refs: tuple[PageRef, ...],
    validators: Mapping[str, Mapping[str, str]] | None = None,
    *,
    timeout: float = TIMEOUT_S,
    whole: Deadline | None = None,
) -> list[Fetched]:
    """Every page, in the order given; ``validators``: page URL → its recorded validators."""
    deadline = whole or Deadline(HARVEST_TIMEOUT_S)
    budget = _Budget(HARVEST_MAX_BYTES)

    def one(ref: PageRef) -> Fetched:
        try:
            own = Deadline(min(timeout, deadline.left()))
        except ExchangeError:
            raise FetchError(
                f"{ref.markdown}: not fetched: the harvest took longer than {deadline.seconds:g}s"
            ) from None
        try:
            got = fetch(ref.markdown, (validators or {}).get(ref.url), deadline=own)
        except FetchError as exc:
            if ": HTTP 404" in str(exc) or ": HTTP 410" in str(exc):
                return Fetched(ref, None, missing=str(exc).rpartition(": ")[2])
            raise
        if got.data is not None:
            budget.spend(ref.markdown, len(got.data))
        return Fetched(ref, got.data, got.validators)

    if not refs:
        return []
    with ThreadPoolExecutor(max_workers=min(WORKERS, len(refs)), thread_name_prefix="harvest") as pool:
        jobs = [pool.submit(one, ref) for ref in refs]
        try:
            return [job.result() for job in jobs]
        except BaseException:
            for job in jobs:
                job.cancel()  # the first failure is the news; pages not started are not fetched
            raise
