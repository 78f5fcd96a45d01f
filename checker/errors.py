"""The one exception for bad input: it knows the file, line and column."""

from __future__ import annotations


class InputError(Exception):
    """Bad input a person must fix. The CLI prints it and exits 2."""

    def __init__(self, path: str, line: int, column: int, message: str) -> None:
        super().__init__(f"{path}:{line}:{column}: {message}")
        self.path = path
        self.line = line
        self.column = column
        self.message = message
