"""The one exception for bad input: it knows the file, line and column; and reading bytes as text."""

from __future__ import annotations

from collections.abc import Callable


class InputError(Exception):
    """Bad input a person must fix. The CLI prints it and exits 2."""

    def __init__(self, path: str, line: int, column: int, message: str) -> None:
        super().__init__(f"{path}:{line}:{column}: {message}")
        self.path = path
        self.line = line
        self.column = column
        self.message = message


def decode_utf8(data: bytes, problem: Callable[[int, int], Exception]) -> str:
    """The bytes as UTF-8 text, a byte-order mark dropped. Bytes that are not UTF-8 raise
    `problem(line, column)`, built by the caller, at the first bad byte (1-based)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise problem(line, column) from None
