"""The labelled pairs of figures (bench/labels/pairs.csv): who reads them, and how.

Each row names two figures of the archive by reference only (document id and character
offsets into the record's `text`; never corpus text), where they sit (`within` one article,
one `story` told by two articles, or `cross` unrelated articles), whether a careful reader
found them to be one quantity (`same`) and, if so, whether their values cannot both hold
(`conflict`), a few words of why, and the half it belongs to (`tune` or `test`: nothing is
tuned on the test half).
"""

from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from pathlib import Path

COLUMNS = ("pair", "scope", "doc_a", "start_a", "end_a", "doc_b", "start_b", "end_b", "same", "conflict", "reason", "split")
SCOPES = ("within", "story", "cross")
SPLITS = ("tune", "test")


class LabelError(ValueError):
    """A malformed labels file: names the file, line and column."""

    def __init__(self, path: Path, line: int, column: int, message: str) -> None:
        super().__init__(f"{path}:{line}:{column}: {message}")


@dataclass(frozen=True)
class LabelledPair:
    pair: str
    scope: str
    a: tuple[str, int, int]  # (document id, start, end)
    b: tuple[str, int, int]
    same: bool
    conflict: bool
    reason: str
    split: str


def split_of(doc_a: str, doc_b: str) -> str:
    """The half a pair belongs to, from its documents alone (stable, about half each):
    the pairs of one pair of documents never straddle the two halves."""
    key = "\x1f".join(sorted((doc_a, doc_b))).encode()
    return "test" if hashlib.blake2b(key, digest_size=2).digest()[0] % 2 else "tune"


def _int(path: Path, line: int, column: int, text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise LabelError(path, line, column, f"expected a whole number, got {text!r}") from None
    if value < 0:
        raise LabelError(path, line, column, f"expected an offset >= 0, got {value}")
    return value


def _flag(path: Path, line: int, column: int, text: str) -> bool:
    if text not in ("0", "1"):
        raise LabelError(path, line, column, f"expected 0 or 1, got {text!r}")
    return text == "1"


def load_pairs(path: Path) -> list[LabelledPair]:
    """The pairs of a labels file, checked: any problem is a LabelError naming line and column."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    if not rows or tuple(rows[0]) != COLUMNS:
        raise LabelError(path, 1, 1, f"expected the header {','.join(COLUMNS)}")
    pairs: list[LabelledPair] = []
    seen: set[str] = set()
    for line, row in enumerate(rows[1:], start=2):
        if len(row) != len(COLUMNS):
            raise LabelError(path, line, 1, f"expected {len(COLUMNS)} fields, got {len(row)}")
        field = dict(zip(COLUMNS, row, strict=True))

        def col(name: str) -> int:
            return COLUMNS.index(name) + 1

        if field["pair"] in seen:
            raise LabelError(path, line, col("pair"), f"pair {field['pair']!r} appears twice")
        seen.add(field["pair"])
        for name, allowed in (("scope", SCOPES), ("split", SPLITS)):
            if field[name] not in allowed:
                raise LabelError(path, line, col(name), f"expected one of {', '.join(allowed)}, got {field[name]!r}")
        a = (field["doc_a"], _int(path, line, col("start_a"), field["start_a"]), _int(path, line, col("end_a"), field["end_a"]))
        b = (field["doc_b"], _int(path, line, col("start_b"), field["start_b"]), _int(path, line, col("end_b"), field["end_b"]))
        for name, span in (("end_a", a), ("end_b", b)):
            if span[2] <= span[1]:
                raise LabelError(path, line, col(name), "a figure's end must come after its start")
        same = _flag(path, line, col("same"), field["same"])
        conflict = _flag(path, line, col("conflict"), field["conflict"])
        if conflict and not same:
            raise LabelError(path, line, col("conflict"), "a conflict needs same=1")
        if (field["scope"] == "within") != (a[0] == b[0]):
            raise LabelError(path, line, col("scope"), "scope 'within' is for two figures of one document, and only for them")
        pairs.append(LabelledPair(field["pair"], field["scope"], a, b, same, conflict, field["reason"], field["split"]))
    return pairs
