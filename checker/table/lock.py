"""A lock on the claim table, held by a seed from reading the table to writing it.

Two seeds at once would both read the old table and the last to write would drop the other's
new rows. The lock is a file beside the table (`.claims.csv.lock`), locked with the system's
advisory lock, which the system releases when a process dies: a crash never leaves the table
locked. The file is removed on release.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from pathlib import Path

from checker.errors import InputError

try:
    import fcntl
except ImportError:  # Windows: an exclusively created file (a crash leaves it; the message says so)
    fcntl = None  # type: ignore[assignment]

LOCK_WAIT_SECONDS = 60.0  # how long a seed waits for another to finish before giving up


def lock_path(table: Path) -> Path:
    return table.with_name(f".{table.name}.lock")


def _try_lock(path: Path) -> int | None:
    """An open descriptor of the lock file, locked by us; None when another process holds it."""
    if fcntl is None:
        try:
            return os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            return None
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        # The holder before us removes the file on release: the file we locked must still be it.
        if os.fstat(fd).st_ino == os.stat(path).st_ino:
            return fd
    except (BlockingIOError, FileNotFoundError):
        pass
    os.close(fd)
    return None


@contextlib.contextmanager
def table_lock(table: Path) -> Iterator[None]:
    """Hold the table's lock; wait up to LOCK_WAIT_SECONDS for another seed, then fail (exit 2)."""
    path = lock_path(table.resolve() if table.is_symlink() else table)
    path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + LOCK_WAIT_SECONDS
    try:
        fd = _try_lock(path)
    except OSError as exc:  # a folder we may not write in: the table could not be written either
        raise InputError(table.as_posix(), 0, 0, f"cannot create its lock {path.as_posix()}: {exc.strerror}") from None
    while fd is None:
        if time.monotonic() >= deadline:
            stale = "" if fcntl is not None else f" (if no seed is running, delete {path.as_posix()})"
            message = f"another checker seed is writing this table (it holds {path.as_posix()}); try again{stale}"
            raise InputError(table.as_posix(), 0, 0, message)
        time.sleep(0.05)
        fd = _try_lock(path)
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            os.unlink(path)  # before releasing: a waiting seed then sees a new file, not this one
        os.close(fd)
