"""Opening cache files that someone else may have planted: no links, no FIFOs, only ours.

A token cache folder is private (0700, owned by us), but an entry path can still meet a
symlink or a FIFO left there earlier, by another tool, or by a bug. ``read_private_file``
opens without following links (``O_NOFOLLOW``) and without blocking (``O_NONBLOCK``, so a
FIFO cannot hang the open), then insists on a regular file owned by the current user;
anything else reads as "no entry". ``check_private_folder`` refuses a folder that others
could write, or that is not ours, instead of repairing it: entries planted before a repair
would survive it.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from auth_overlay import errors

#: a token entry is a few hundred bytes; anything far larger is not one of ours
MAX_ENTRY_BYTES = 1024 * 1024


def read_private_file(path: Path) -> bytes | None:
    """The file's bytes, or None when it is missing, not a regular file, not ours, or too large."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError:  # missing, a symlink (ELOOP), no permission …: no usable entry
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_uid != os.geteuid() or info.st_size > MAX_ENTRY_BYTES:
            return None
        chunks: list[bytes] = []
        size = 0
        while chunk := os.read(fd, 64 * 1024):
            size += len(chunk)
            if size > MAX_ENTRY_BYTES:
                return None
            chunks.append(chunk)
        return b"".join(chunks)
    except OSError:
        return None
    finally:
        os.close(fd)


def check_private_folder(directory: Path) -> None:
    """Create ``directory`` 0700, or accept an existing one only if it is ours and nobody else can write it."""
    try:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = directory.stat()
    except OSError as exc:
        raise errors.ConfigurationError(f"cannot use {directory} as a token cache folder: {exc.strerror}") from None
    mode = stat.S_IMODE(info.st_mode)
    if not stat.S_ISDIR(info.st_mode):
        raise errors.ConfigurationError(f"token cache folder {directory} is not a folder")
    if info.st_uid != os.geteuid():
        raise errors.ConfigurationError(f"token cache folder {directory} belongs to another user")
    if mode & 0o022:
        raise errors.ConfigurationError(
            f"token cache folder {directory} is writable by others (mode {mode:o}); "
            "entries there cannot be trusted: use a private folder (chmod 700) or another path"
        )
    if mode & 0o077:
        # Readable but not writable by others: nothing can have been planted, so tightening is safe
        # (and mkdir's mode is masked by the umask).
        try:
            os.chmod(directory, 0o700)
        except OSError as exc:
            raise errors.ConfigurationError(f"cannot make {directory} private: {exc.strerror}") from None
