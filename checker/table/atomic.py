"""Writing files so that a crash leaves the old file or the new one, never half of one:
claims.csv, the baseline and the reports."""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
import time
from pathlib import Path

from checker.errors import InputError, os_reason

# A temporary file of write_atomic: ".claims.csv.<pid>.<random>.tmp" (before the pid was in
# the name: ".claims.csv.<random>.tmp").
_TEMPORARY = re.compile(r"\.(?P<name>.+?)\.(?:(?P<pid>[0-9]+)\.)?[0-9a-f]{12}\.tmp")
# A temporary file without a pid is left alone this long: another process may be writing it.
UNNAMED_GRACE_SECONDS = 3600.0


def write_atomic(path: Path, text: str) -> None:
    """Write `text` to `path` so that a crash leaves the old file or the new one, never half.

    The new file keeps the old one's permissions and, where the owner may set it, its group;
    a file that did not exist gets the usual ones (after the umask), not a temporary file's
    owner-only mode. Through a symbolic link, the file it points to is written. Temporary
    files that an interrupted write left beside `path` (`kill -9`, a power cut) are removed.
    A file that cannot be written (a folder, a read-only folder) is an InputError naming it."""
    shown = path.as_posix()
    if path.is_symlink():
        path = path.resolve()
    if path.is_dir():
        raise InputError(shown, 0, 0, "cannot write: is a folder, not a file")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_temporaries(path)
        _write(path, text)
    except OSError as exc:
        raise InputError(shown, 0, 0, f"cannot write: {os_reason(exc)}") from None
    _sync_folder(path.parent)


def _write(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(6)}.tmp")
    try:
        with open(tmp, "x", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            shutil.copymode(path, tmp)
            if hasattr(os, "chown"):  # POSIX; only a member of the group may give it
                with contextlib.suppress(OSError):
                    os.chown(tmp, -1, path.stat().st_gid)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise


def remove_stale_temporaries(path: Path) -> list[Path]:
    """Remove the temporary files of writes of `path` that never finished: those of a process
    that is gone, and unnamed ones (older releases) untouched for an hour. A write still
    going on keeps its file. Returns what was removed."""
    removed: list[Path] = []
    with contextlib.suppress(OSError):
        for candidate in path.parent.glob(f".{path.name}.*.tmp"):
            match = _TEMPORARY.fullmatch(candidate.name)
            if match is None or match["name"] != path.name or not _stale(candidate, match["pid"]):
                continue
            with contextlib.suppress(OSError):
                candidate.unlink()
                removed.append(candidate)
    return removed


def _stale(candidate: Path, pid: str | None) -> bool:
    if pid is None or os.name != "posix":  # on Windows, os.kill would end the process it asks about
        return time.time() - candidate.stat().st_mtime > UNNAMED_GRACE_SECONDS
    if int(pid) == os.getpid():
        return False
    try:
        os.kill(int(pid), 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return True
    except (OSError, OverflowError):
        return False  # it exists (another user's), or the platform cannot tell: keep the file
    return False


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); where a folder cannot be opened, nothing to do."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
