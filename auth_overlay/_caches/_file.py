"""A token cache for one machine and many processes: files in a private folder.

Entries are written atomically (a temp file in the same folder, fsync, ``os.replace``),
files are 0600 in a 0700 folder that nobody else may write (``_safe_open``), entries are
read without following links and only when they are regular files of ours, and the fetch
lease is an OS file lock (``filelock``): the kernel drops it the moment its holder dies,
even by SIGKILL, so a killed fetcher never blocks the others.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

import filelock

from auth_overlay._caches._base import Lease
from auth_overlay._caches._codec import Codec, fingerprint_of
from auth_overlay._caches._safe_open import check_private_folder, read_private_file
from auth_overlay._core._token import Token


class _FileLease:
    def __init__(self, lock: filelock.BaseFileLock) -> None:
        self._lock = lock

    def release(self) -> None:
        self._lock.release()


class FileTokenCache:
    shared = True

    def __init__(self, directory: str | os.PathLike[str], *, encryption_key: str | bytes | None = None) -> None:
        self.directory = Path(directory).expanduser()
        self._codec = Codec(encryption_key)
        check_private_folder(self.directory)

    def _entry(self, key: str) -> Path:
        return self.directory / f"{key}.token"

    def load(self, key: str) -> Token | None:
        return self._codec.decode(key, read_private_file(self._entry(key)))

    def store(self, key: str, token: Token) -> None:
        data = self._codec.encode(key, token)
        fd, tmp = tempfile.mkstemp(prefix=f".{key}.", suffix=".tmp", dir=self.directory)  # mkstemp: 0600
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self._entry(key))
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise

    def delete(self, key: str, fingerprint: str | None = None) -> None:
        # Compare and unlink under the lease, so a token another process just stored survives.
        # If the lease is busy, its holder is about to store a fresh token: nothing to delete.
        lease = self.lease(key, ttl=0, wait=0.5)
        if lease is None:
            return
        try:
            path = self._entry(key)
            if fingerprint is not None and fingerprint_of(read_private_file(path)) != fingerprint:
                return
            path.unlink()  # unlinks a planted link itself, never its target
        except FileNotFoundError:
            return
        finally:
            lease.release()

    def lease(self, key: str, ttl: float, wait: float) -> Lease | None:
        # ttl is inherent: an flock dies with its process. `wait` bounds a live but stuck holder.
        lock = filelock.FileLock(self.directory / f"{key}.lock", mode=0o600, thread_local=False, is_singleton=False)
        try:
            lock.acquire(timeout=wait if wait > 0 else 0)
        except filelock.Timeout:
            return None
        return _FileLease(lock)

    def __repr__(self) -> str:
        return f"FileTokenCache({str(self.directory)!r}, encrypted={self._codec.encrypted})"
