"""The move-in of an update: every vendor's new files and packages, all or nothing, recoverable.

``move_in`` works in three steps inside ``<repo>/.spec-update/`` (the repository's own file
system, so the last step is renames only):

1. *staging*: every new file and generated package is copied under ``staged/``. A failure here
   — a full disk, SIGINT, a CI timeout — removes the folder: nothing was written.
2. *the commit point*: ``journal.json`` lists every move, written atomically. From here on the
   update happens, whatever stops the process.
3. *moving*: each staged file replaces its target (``os.replace``); each package is swapped with
   two renames (the old one goes to ``retired/``). SIGINT and SIGTERM wait until the moves end.

``recover`` is what the next run does first: without a journal, staging was cut short and the
folder goes; with one, the remaining moves are made (each is idempotent). ``pending`` lets the
read-only tools (drift, check-upstream) explain instead.

One seam for tests, as a full disk and a kill cannot be arranged otherwise without privileges:
``AUTH_OVERLAY_UPDATE_FAULT=enospc@N`` fails the N-th staged file with ENOSPC, ``sigint@N`` sends
SIGINT to this process there, ``sigkill-moving@N`` kills it after N moves.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

from tools.core.files import write_atomic

STAGING_NAME = ".spec-update"
JOURNAL_NAME = "journal.json"
FAULT_ENV = "AUTH_OVERLAY_UPDATE_FAULT"


@dataclass(frozen=True, slots=True)
class Move:
    staged: str  # relative to the staging folder
    final: str  # relative to the repository

    @property
    def is_package(self) -> bool:
        return self.final.startswith("generated/")


def pending(repo: Path) -> str | None:
    """One line saying an interrupted update waits to be finished or cleared, or None."""
    staging = repo / STAGING_NAME
    if not staging.exists():
        return None
    if (staging / JOURNAL_NAME).exists():
        return (
            f"an update was interrupted while moving in ({STAGING_NAME}/{JOURNAL_NAME}): "
            "`nox -s update` finishes it first (openapi/ and generated/ are mixed until then)"
        )
    return f"an update was interrupted while staging ({STAGING_NAME}/, nothing moved in): `nox -s update` removes it"


def recover(repo: Path) -> list[str]:
    """Finish or clear what an interrupted update left; what was done, one line each."""
    staging = repo / STAGING_NAME
    if not staging.exists():
        return []
    journal = staging / JOURNAL_NAME
    if not journal.exists():
        shutil.rmtree(staging)
        return [f"removed {STAGING_NAME}/ left by an update interrupted while staging (nothing of it was moved in)"]
    record = json.loads(journal.read_text(encoding="utf-8"))
    moves = [Move(str(m["staged"]), str(m["final"])) for m in record["moves"]]
    with _signals_deferred():
        done = sum(_move(repo, staging, move) for move in moves)
        shutil.rmtree(staging)
    vendors = ", ".join(record.get("vendors", [])) or "?"
    return [f"finished the move-in of an interrupted update of {vendors} ({done} of {len(moves)} moves were left)"]


def move_in(repo: Path, files: dict[str, Path], packages: dict[str, Path], vendors: list[str]) -> int:
    """Move every file (repository-relative path → new file) and package (generated/<pkg> →
    new folder) in, all or nothing. Returns how many moves were made."""
    staging = repo / STAGING_NAME
    staging.mkdir()  # recover() ran first: an existing one is an error, not something to reuse
    moves: list[Move] = []
    faults = _Faults(os.environ.get(FAULT_ENV, ""))
    try:
        for final, source in sorted(files.items()):
            moves.append(Move(f"staged/{final}", final))
            target = staging / moves[-1].staged
            target.parent.mkdir(parents=True, exist_ok=True)
            faults.copy(source, target)
        for final, source in sorted(packages.items()):
            moves.append(Move(f"staged/{final}", final))
            shutil.copytree(source, staging / moves[-1].staged, copy_function=faults.copy)
        record = {"vendors": vendors, "moves": [{"staged": m.staged, "final": m.final} for m in moves]}
        write_atomic(staging / JOURNAL_NAME, (json.dumps(record, indent=2) + "\n").encode("utf-8"))
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    with _signals_deferred():  # past the commit point: finish, whatever arrives
        for done, move in enumerate(moves, 1):
            _move(repo, staging, move)
            faults.moved(done)
        shutil.rmtree(staging)
    return len(moves)


def _move(repo: Path, staging: Path, move: Move) -> bool:
    """One move, idempotent: False when it was already made."""
    staged, final = staging / move.staged, repo / move.final
    if not staged.exists():
        return False
    final.parent.mkdir(parents=True, exist_ok=True)
    if move.is_package:
        retired = staging / "retired" / move.final
        if final.exists():  # (after a crash between the two renames it is already retired)
            if retired.exists():
                shutil.rmtree(retired)
            retired.parent.mkdir(parents=True, exist_ok=True)
            final.rename(retired)  # two renames: the package is never a half-copied tree
        staged.rename(final)
    else:
        os.replace(staged, final)
    return True


class DeferredInterrupt(KeyboardInterrupt):
    """SIGINT or SIGTERM arrived past the commit point: the moves were finished first."""


@contextmanager
def _signals_deferred() -> Iterator[None]:
    """SIGINT and SIGTERM wait until the block ends; then DeferredInterrupt says they came."""
    received: list[int] = []

    def hold(signum: int, frame: FrameType | None) -> None:
        received.append(signum)

    previous = {s: signal.signal(s, hold) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    if received:
        raise DeferredInterrupt(", ".join(signal.Signals(s).name for s in dict.fromkeys(received)))


class _Faults:
    """The test seam (see the module docstring); inert unless AUTH_OVERLAY_UPDATE_FAULT is set."""

    def __init__(self, setting: str) -> None:
        kind, _, count = setting.partition("@")
        self.kind, self.at = kind, int(count) if count.isdigit() else 0
        self.copied = 0

    def copy(self, source: str | os.PathLike[str], target: str | os.PathLike[str]) -> object:
        self.copied += 1
        if self.copied == self.at and self.kind == "enospc":
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(target))
        if self.copied == self.at and self.kind == "sigint":
            os.kill(os.getpid(), signal.SIGINT)
        return shutil.copy2(source, target)

    def moved(self, done: int) -> None:
        if self.kind == "sigkill-moving" and done == self.at:
            os.kill(os.getpid(), signal.SIGKILL)
