"""A worker process for the fleet tests: N threads get a token together, report JSON.

The fleet fixture starts each worker as a real process forked from a multiprocessing fork
server that has imported the installed package once (``run``), so a fleet of eight does not
pay eight interpreter starts and imports; ``python fleet_worker.py '<json options>'`` runs one
by hand and prints the report.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from pathlib import Path
from typing import Any

from shared_clock import SharedClock

from auth_overlay import RefreshPolicy, RetryPolicy, TokenAuth


def _wait_for(path: Path, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        if time.monotonic() > deadline:
            raise SystemExit("start signal never came")
        time.sleep(0.002)


def main() -> None:
    print(json.dumps(work(json.loads(sys.argv[1]))))


def run(options: dict[str, Any], report: str) -> None:
    """The fork server's entry point: the report goes to a file, stdout and stderr to files beside it."""
    with open(f"{report}.out", "w") as out, open(f"{report}.err", "w") as err:
        sys.stdout, sys.stderr = out, err
        result = work(options)
        Path(report).write_text(json.dumps(result))


def work(options: dict[str, Any]) -> dict[str, Any]:
    retry = RetryPolicy(**options.pop("retry", {}))
    refresh = RefreshPolicy(jitter=0)
    threads: int = options.pop("threads", 1)
    rounds: int = options.pop("rounds", 1)
    pause: float = options.pop("pause", 0.0)
    run_for: float | None = options.pop("run_for", None)  # instead of rounds: ask until this many s passed
    stop = Path(options.pop("stop")) if "stop" in options else None  # instead of rounds: ask until it exists
    served = Path(options.pop("served")) if "served" in options else None  # touched once every thread has a token
    if "clock" in options:
        options["clock"] = SharedClock(options["clock"])
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
    first_answers = [0]

    def more(done: int, stop_at: float | None) -> bool:
        if stop is not None:
            return not stop.exists()
        return (done < rounds) if stop_at is None else (time.monotonic() < stop_at)

    def ask() -> None:
        barrier.wait()
        stop_at = time.monotonic() + run_for if run_for is not None else None
        done = 0
        while more(done, stop_at):
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
                    if done == 1:
                        first_answers[0] += 1
                        if served is not None and first_answers[0] == threads:
                            served.touch()
            if pause:
                time.sleep(pause)

    pool = [threading.Thread(target=ask) for _ in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    return {"fingerprints": results, "errors": errors, "events": events, "first_seen": first_seen}


if __name__ == "__main__":
    main()
