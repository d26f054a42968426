"""The background refresher: one daemon thread per manager that runs refreshes off the request path.

Starting a thread per refresh costs the request that triggers it ~0.5 ms; a queue put costs
microseconds. Daemon, so a refresh in progress never holds up interpreter exit.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable

from auth_overlay.events import logger


class Refresher:
    def __init__(self) -> None:
        self._jobs: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()
        threading.Thread(target=self._run, name="auth-overlay-refresh", daemon=True).start()

    def submit(self, job: Callable[[], None]) -> None:
        self._jobs.put(job)

    def _run(self) -> None:
        while True:
            job = self._jobs.get()
            try:
                job()
            except BaseException:  # a refresh reports through its flight; the thread must live on
                logger.exception("background refresh failed unexpectedly")
