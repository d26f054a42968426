"""A worker process for the fleet tests: N threads get a token together, print JSON.

Run as a script (``python worker.py '<json options>'``) from a folder outside the checkout,
so it imports the installed package exactly as a user's service would.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from pathlib import Path
from typing import Any

from auth_overlay import RefreshPolicy, RetryPolicy, TokenAuth


def _wait_for(path: Path, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        if time.monotonic() > deadline:
            raise SystemExit("start signal never came")
        time.sleep(0.002)


def main() -> None:
    options: dict[str, Any] = json.loads(sys.argv[1])
    retry = RetryPolicy(**options.pop("retry", {}))
    refresh = RefreshPolicy(jitter=0)
    threads: int = options.pop("threads", 1)
    rounds: int = options.pop("rounds", 1)
    pause: float = options.pop("pause", 0.0)
    run_for: float | None = options.pop("run_for", None)  # instead of rounds: ask until this many s passed
    ready = Path(options.pop("ready"))
    go = Path(options.pop("go"))
    provider = options.pop("provider")
    events: dict[str, int] = {}
    events_lock = threading.Lock()
    if options.pop("record_events", False):

        def record(event: object) -> None:
            with events_lock:
                events[type(event).__name__] = events.get(type(event).__name__, 0) + 1

        options["on_event"] = record
    auth = TokenAuth.for_provider(provider, retry=retry, refresh=refresh, **options)
    ready.touch()
    _wait_for(go)
    barrier = threading.Barrier(threads)
    results: list[str] = []
    errors: list[str] = []
    first_seen: dict[str, float] = {}  # fingerprint -> wall time this process first served it
    lock = threading.Lock()

    def work() -> None:
        barrier.wait()
        stop_at = time.monotonic() + run_for if run_for is not None else None
        done = 0
        while (done < rounds) if stop_at is None else (time.monotonic() < stop_at):
            done += 1
            try:
                token = auth.get_token()
            except Exception as exc:
                with lock:
                    errors.append(f"{type(exc).__name__}: {exc}")
            else:
                with lock:
                    results.append(token.fingerprint)
                    first_seen.setdefault(token.fingerprint, time.time())
            if pause:
                time.sleep(pause)

    pool = [threading.Thread(target=work) for _ in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    print(json.dumps({"fingerprints": results, "errors": errors, "events": events, "first_seen": first_seen}))


if __name__ == "__main__":
    main()
