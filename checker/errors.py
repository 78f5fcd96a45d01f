"""The one exception for bad input: it knows the file, line and column; and reading input
files and their bytes as text so that every failure is one."""

from __future__ import annotations

from codecs import BOM_UTF8 as BOM
from collections.abc import Callable
from pathlib import Path


class InputError(Exception):
    """Bad input a person must fix. The CLI prints it and exits 2."""

    def __init__(self, path: str, line: int, column: int, message: str) -> None:
        super().__init__(f"{path}:{line}:{column}: {message}")
        self.path = path
        self.line = line
        self.column = column
        self.message = message


def os_reason(exc: OSError) -> str:
    """What went wrong with a file, in a few words: "is a folder", "permission denied"."""
    if isinstance(exc, IsADirectoryError):
        return "is a folder, not a file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    return (exc.strerror or type(exc).__name__).lower()


def read_input(path: Path, shown: str) -> bytes:
    """The bytes of an input file; a file that cannot be read is an InputError naming it."""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(shown, 0, 0, f"cannot read: {os_reason(exc)}") from None


def text_position(data: bytes, offset: int) -> tuple[int, int]:
    """The 1-based line and character column (not byte column) of a byte offset in UTF-8 data;
    bytes before it on its line that are not UTF-8 count as one character each."""
    line_start = data.rfind(b"\n", 0, offset) + 1
    if line_start == 0 and data.startswith(BOM):
        line_start = len(BOM)  # not a character of the text
    column = len(data[line_start:offset].decode("utf-8", errors="replace")) + 1
    return data.count(b"\n", 0, offset) + 1, column


def decode_utf8(data: bytes, problem: Callable[[int, int], Exception]) -> str:
    """The bytes as UTF-8 text, a byte-order mark dropped. Bytes that are not UTF-8 raise
    `problem(line, column)`, built by the caller, at the first bad byte (1-based; the column
    counts characters, not bytes)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise problem(*text_position(data, exc.start)) from None
