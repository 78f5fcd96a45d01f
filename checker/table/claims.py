"""The claim table, `claims.csv`: the one place that reads and writes it.

Rows are claims; editors curate them (status, metric, note, and any column they add).
Re-seeding (`checker.table.reseed`) keeps every row an editor touched. Writes are atomic: a
temporary file in the same folder, then a rename.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import fields as record_fields
from hashlib import blake2b
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import Any, cast

from checker.engine.memory import gc_paused
from checker.errors import decode_utf8, read_input
from checker.grammar.normalize import fold
from checker.grammar.numerals import MAX_VALUE
from checker.models import Claim, Mention, MentionValues, Sentence
from checker.table.atomic import write_atomic
from checker.table.cells import bounded_number, csv_text, neutralised, restored, whole_number

COLUMNS: tuple[str, ...] = (
    "claim_id", "doc", "sentence", "start", "end", "quote", "metric", "period", "value", "low", "high",
    "unit", "hedge", "modality", "kind", "baseline", "subject", "status", "note", "seed_hash", "prior_status",
)
# Tables written before `seed_hash` or `prior_status` existed still read.
REQUIRED: tuple[str, ...] = COLUMNS[:19]
STATUSES: tuple[str, ...] = ("auto", "confirmed", "disputed", "ignored", "stale")
# 64-bit ids: about a 3e-8 chance of any collision among a million claims (40 bits: 36%).
# The first 10 hex digits are the 40-bit id tables written before carry, so they keep theirs.
LEGACY_ID_LENGTH = 10
INT_COLUMNS = ("sentence", "start", "end")
FLOAT_COLUMNS = ("value", "low", "high")
# The columns an editor may change; `seed_hash` records what the seeder wrote in them, so a
# re-seed can tell an editor's relabel from a row the seeder may refresh.
EDITABLE = ("metric", "period", "value", "low", "high", "unit", "hedge", "modality", "kind", "baseline", "subject")


_EDITABLE_OF = attrgetter(*EDITABLE)


def seed_hash(record: Claim | Mention) -> str:
    """A short hash of the editable columns as the seeder wrote them (a mention has them all)."""
    key = "\x1f".join([str(value) for value in _EDITABLE_OF(record)])
    return blake2b(key.encode("utf-8"), digest_size=4).hexdigest()


def _claim_id(doc: str, folded_sentence: str, folded_quote: str, nth: int) -> str:
    """A stable id: the same figure in the same (folded) sentence keeps its id across runs.
    The 40-bit id of earlier tables, then 24 more bits of a second hash of the same key."""
    key = f"{doc}\x1f{folded_sentence}\x1f{folded_quote}\x1f{nth}".encode()
    return blake2b(key, digest_size=5).hexdigest() + blake2b(key, digest_size=3).hexdigest()


def claim_keys(mentions: list[Mention], sentences: list[Sentence]) -> list[tuple[str, str]]:
    """For each mention of one document, its claim's (claim_id, seed_hash); `sentences` are
    the document's, in order. Ids come from the sentence and the figure's rank among equal
    quotes: a document may repeat a sentence word for word, and ids must stay unique."""
    seen: dict[tuple[str, str], int] = {}
    where = 0
    text = ""
    keys: list[tuple[str, str]] = []
    for m in mentions:
        if m.sentence != where:  # one sentence at a time
            where = m.sentence
            text = fold(sentences[where - 1].text)
        quote = fold(m.quote)
        nth = seen.get((text, quote), 0)
        seen[(text, quote)] = nth + 1
        keys.append((_claim_id(m.doc, text, quote, nth), seed_hash(m)))
    return keys


# The fields a claim takes from its mention (every field both records name), in the
# claim's order, right after its claim_id; as positions in a mention's values.
_MENTION_FIELDS = [f.name for f in record_fields(Mention)]
_SHARED = [f.name for f in record_fields(Claim) if f.name in _MENTION_FIELDS]
assert [f.name for f in record_fields(Claim)][1 : 1 + len(_SHARED)] == _SHARED, "Claim: claim_id, then the mention's fields"
# The shared fields' values, typed (tests/test_models.py holds this to Claim's fields).
SharedValues = tuple[str, int, int, int, str, str, str, float, float, float, str, str, str, str, str, str]
_FROM_MENTION = cast("Callable[[MentionValues], SharedValues]", itemgetter(*(_MENTION_FIELDS.index(name) for name in _SHARED)))


def claims_from_packed(mentions: list[MentionValues], keys: list[tuple[str, str]]) -> list[Claim]:
    """The claims of mentions given as their values, with their `claim_keys`; the editors'
    columns (status, note) start as the record's defaults."""
    with gc_paused():
        return [
            Claim(claim, *_FROM_MENTION(values), "auto", "", hashed)
            for values, (claim, hashed) in zip(mentions, keys, strict=True)
        ]


def format_number(value: float) -> str:
    """Deterministic text for a number: integers without ".0", infinities as "inf"."""
    if -1e18 < value < 1e18:  # the usual case, in one comparison
        whole = int(value)
        return str(whole) if whole == value else repr(value)
    if math.isinf(value):
        return "inf" if value > 0 else "-inf"
    if value == int(value) and abs(value) < 1e18:
        return str(int(value))
    return repr(value)


_WRITTEN_OF = attrgetter(*COLUMNS)


_NUMBERS_AT = tuple(COLUMNS.index(name) for name in FLOAT_COLUMNS)
_TEXT_OF = attrgetter(*(name for name in COLUMNS if name not in INT_COLUMNS + FLOAT_COLUMNS))
# A text cell that `neutralised` changes, found in a row's text cells each after a \x1f.
_FORMULA_CELL = re.compile("\x1f'*[=+\\-@\t\r]")  # (a literal first: the search is fast)


def extra_columns(claims: list[Claim]) -> list[str]:
    """The columns editors added, in the order the table had them."""
    return list(dict.fromkeys(name for c in claims for name, _ in c.extra))


def table_row(claim: Claim, extra: Sequence[str] = ()) -> list[str | int]:
    """A claim's row as written: text as it is, whole numbers as the csv writer writes them
    (str), floats formatted, then its values of the `extra` columns."""
    row: list[str | int] = list(_WRITTEN_OF(claim))
    if _FORMULA_CELL.search("\x1f" + "\x1f".join(_TEXT_OF(claim))):  # rare: one search a row
        row = [neutralised(v) if type(v) is str else v for v in row]
    for i in _NUMBERS_AT:
        row[i] = format_number(float(row[i]))  # a float already: float() only narrows the type
    if extra:
        values = dict(claim.extra)
        row.extend(neutralised(values.get(name, "")) for name in extra)
    return row


def sort_claims(claims: list[Claim]) -> list[Claim]:
    return sorted(claims, key=lambda c: (c.doc, c.start, c.end, c.claim_id))


def render_table(claims: list[Claim]) -> str:
    """claims.csv as text: fixed columns (then the editors' own), sorted rows, "\\n" line ends."""
    # pandas takes about half a second to import: only a command that writes the table pays for it.
    import pandas as pd

    extra = extra_columns(claims)
    with gc_paused():
        rows = [table_row(c, extra) for c in sort_claims(claims)]
        frame = pd.DataFrame(rows, columns=[*COLUMNS, *extra], dtype=object)
    buffer = io.StringIO()
    frame.to_csv(buffer, index=False, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    text = buffer.getvalue()
    return text if "\r" not in text else csv_text([[*COLUMNS, *extra], *rows])  # a CR in a cell: see csv_text


def write_claims(path: Path, claims: list[Claim]) -> None:
    write_atomic(path, render_table(claims))


class TableProblem(Exception):
    """A problem of claims.csv at a line and column (1-based; column counts characters)."""

    def __init__(self, line: int, column: int, message: str) -> None:
        super().__init__(message)
        self.line, self.column, self.message = line, column, message


def _field_columns(raw: str) -> list[int]:
    """1-based character offsets where each CSV field of a record (its lines joined) starts."""
    starts, quoted = [1], False
    for pos, char in enumerate(raw):
        if char == '"':
            quoted = not quoted
        elif char == "," and not quoted:
            starts.append(pos + 2)
    return starts


def _decode(path: Path) -> str:
    data = read_input(path, path.as_posix())
    text = decode_utf8(data, lambda line, column: TableProblem(line, column, "not UTF-8: save the file as UTF-8"))
    if not text.strip():
        raise TableProblem(1, 1, "empty file: expected a header row " + ",".join(COLUMNS))
    return text


def _columns(record: list[str], header: Sequence[str]) -> Callable[[str], int]:
    """The column where a row's field starts (its lines in `record`), worked out only when a
    problem needs it."""
    starts: list[int] = []

    def column(name: str) -> int:
        if not starts:
            starts.extend(_field_columns("".join(record)))
        i = header.index(name)
        return starts[i] if i < len(starts) else 1

    return column


def _parse_row(
    values: dict[str, str], line: int, col: Callable[[str], int], problems: list[TableProblem],
    extra: tuple[tuple[str, str], ...] = (),
) -> Claim | None:
    ints: dict[str, int] = {}
    floats: dict[str, float] = {}
    for name in INT_COLUMNS:
        whole = whole_number(values[name])
        if whole is None:
            problems.append(TableProblem(line, col(name), f"{name}: expected a whole number, got {values[name]!r}"))
        else:
            ints[name] = whole
    for name in FLOAT_COLUMNS:
        number = bounded_number(values[name], infinite=name != "value")
        if number is None:
            message = f"{name}: expected a number within ±{MAX_VALUE:g}, got {values[name][:40]!r}"
            problems.append(TableProblem(line, col(name), message))
        else:
            floats[name] = number
    if values["status"] not in STATUSES:
        expected = ", ".join(STATUSES)
        problems.append(TableProblem(line, col("status"), f"status: expected one of {expected}, got {values['status']!r}"))
    if values["prior_status"] not in ("", *STATUSES[:-1]):
        expected = ", ".join(STATUSES[:-1])
        message = f"prior_status: expected one of {expected} or nothing, got {values['prior_status']!r}"
        problems.append(TableProblem(line, col("prior_status"), message))
    if not values["claim_id"]:
        problems.append(TableProblem(line, col("claim_id"), "claim_id: empty"))
    if len(ints) + len(floats) != len(INT_COLUMNS) + len(FLOAT_COLUMNS) or values["status"] not in STATUSES:
        return None
    low, value, high = floats["low"], floats["value"], floats["high"]
    if values["kind"] != "change" and not low <= high:
        problems.append(TableProblem(line, col("low"), f"low ({values['low']}) is above high ({values['high']})"))
        return None
    if not (low <= value <= high) and values["kind"] != "change" and values["hedge"] not in ("range", "từ"):
        bounds = f"[{values['low']}, {values['high']}]"
        problems.append(TableProblem(line, col("value"), f"value {values['value']} is outside [low, high] = {bounds}"))
        return None
    text = {k: values[k] for k in COLUMNS if k not in INT_COLUMNS and k not in FLOAT_COLUMNS}
    # Every column has been read as its field's type above: the row goes in by name.
    fields_by_name: dict[str, Any] = {**text, **ints, **floats}
    return Claim(**fields_by_name, line=line, extra=extra)


def read_claims(path: Path) -> tuple[list[Claim], list[TableProblem]]:
    """The claims of a table, and every problem found in it (empty when it is sound).

    Raises TableProblem when the file cannot be read as a table at all.
    """
    return read_claims_text(_decode(path))


def _physical_lines(text: str, record: list[str]) -> Iterator[str]:
    """The lines of `text` with their ends, one at a time, each also appended to `record` (the
    lines of the record being read: the reader clears it), so that no copy of the table is made."""
    start = 0
    while start < len(text):
        end = text.find("\n", start) + 1 or len(text)
        record.append(text[start:end])
        yield record[-1]
        start = end


def _placed(problem: TableProblem, raw: str, line: int) -> TableProblem:
    """A problem whose column counts characters from the start of a record that spans lines
    (a quoted field with a newline), placed at its own line and column."""
    offset = problem.column - 1
    before = raw.count("\n", 0, offset)
    column = offset - (raw.rfind("\n", 0, offset) + 1) + 1
    return TableProblem(line + before, column, problem.message)


MAX_PROBLEMS = 1000  # listed one by one; the rest are counted (a huge broken table stays small)


def read_claims_text(text: str) -> tuple[list[Claim], list[TableProblem]]:
    """`read_claims` of a table's text. A problem names the line and column where its record,
    or its field, starts (a record spans lines when a quoted field holds a newline)."""
    if not text.strip():
        raise TableProblem(1, 1, "empty file: expected a header row " + ",".join(COLUMNS))
    record: list[str] = []
    reader = csv.reader(_physical_lines(text, record))
    try:
        header = next(reader, [])
    except csv.Error as exc:
        raise TableProblem(1, 1, f"not a CSV header row: {exc}") from None
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise TableProblem(1, 1, f"missing column{'s' if len(missing) > 1 else ''}: {', '.join(missing)}")
    claims: list[Claim] = []
    problems: list[TableProblem] = []
    first_line: dict[str, int] = {}
    positions = [(name, header.index(name) if name in header else -1) for name in COLUMNS]
    extras = [(name, i) for i, name in enumerate(header) if name not in COLUMNS]
    done, more = reader.line_num, 0
    while True:
        record.clear()
        try:
            fields = next(reader, None)
        except csv.Error as exc:
            problems.append(TableProblem(done + 1, 1, f"not CSV: {exc}"))
            break  # the reader cannot tell where the next record starts
        if fields is None:
            break
        line, done = done + 1, reader.line_num
        if not fields:
            continue  # a blank line
        col = _columns(record, header)
        before = len(problems)
        if len(fields) != len(header):
            problems.append(TableProblem(line, 1, f"expected {len(header)} fields, found {len(fields)}"))
            continue
        if "'" in (record[0] if len(record) == 1 else "".join(record)):  # rare: a neutralised cell?
            fields = [restored(field) for field in fields]
        row = {name: fields[i] if i >= 0 else "" for name, i in positions}
        if row["claim_id"] in first_line:
            first = first_line[row["claim_id"]]
            message = f"duplicate claim_id {row['claim_id']!r} (first on line {first})"
            problems.append(TableProblem(line, col("claim_id"), message))
        else:
            first_line[row["claim_id"]] = line
            claim = _parse_row(row, line, col, problems, tuple((name, fields[i]) for name, i in extras))
            if claim is not None:
                claims.append(claim)
        if done > line and len(problems) > before:  # the record spans lines: each problem at its own
            raw = "".join(record)
            problems[before:] = [_placed(p, raw, line) for p in problems[before:]]
        if len(problems) > MAX_PROBLEMS:
            more += len(problems) - MAX_PROBLEMS
            del problems[MAX_PROBLEMS:]
    if more:
        problems.append(TableProblem(done, 1, f"{more} more problems not listed (the first {MAX_PROBLEMS} are)"))
    return claims, problems
