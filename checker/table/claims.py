"""The claim table, `claims.csv`: the one place that reads and writes it.

Rows are claims; editors curate them (status, metric, note). Re-seeding keeps every row
an editor touched, adds new figures, and marks figures that left the corpus as `stale`.
Writes are atomic: a temporary file in the same folder, then a rename.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Callable, Sequence
from dataclasses import fields as record_fields
from dataclasses import replace
from hashlib import blake2b
from operator import attrgetter, itemgetter
from pathlib import Path

from checker.engine.memory import gc_paused
from checker.grammar.normalize import fold
from checker.models import Claim, Mention, Sentence
from checker.table.atomic import write_atomic

COLUMNS: tuple[str, ...] = (
    "claim_id", "doc", "sentence", "start", "end", "quote", "metric", "period", "value", "low", "high",
    "unit", "hedge", "modality", "kind", "baseline", "subject", "status", "note", "seed_hash",
)
REQUIRED: tuple[str, ...] = COLUMNS[:19]
STATUSES: tuple[str, ...] = ("auto", "confirmed", "disputed", "ignored", "stale")
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
    """A stable id: the same figure in the same (folded) sentence keeps its id across runs."""
    key = f"{doc}\x1f{folded_sentence}\x1f{folded_quote}\x1f{nth}"
    return blake2b(key.encode("utf-8"), digest_size=5).hexdigest()


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


# A claim's columns from doc to subject, as positions in a mention's values.
_MENTION_FIELDS = [f.name for f in record_fields(Mention)]
_FROM_MENTION = itemgetter(*(_MENTION_FIELDS.index(f.name) for f in record_fields(Claim)[1:17]))


def claims_from_packed(mentions: list[tuple[object, ...]], keys: list[tuple[str, str]]) -> list[Claim]:
    """The claims of mentions given as their values, with their `claim_keys`."""
    with gc_paused():
        return [
            Claim(claim, *_FROM_MENTION(values), "auto", "", hashed)  # type: ignore[call-arg]
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


_WRITTEN_OF = attrgetter(*COLUMNS[:-1])  # every column but seed_hash, the last


_NUMBERS_AT = tuple(COLUMNS.index(name) for name in FLOAT_COLUMNS)


def _row(claim: Claim) -> list[str | int]:
    # Text columns as they are, whole numbers as the csv writer writes them (str), floats formatted.
    row: list[str | int] = list(_WRITTEN_OF(claim))
    for i in _NUMBERS_AT:
        row[i] = format_number(row[i])  # type: ignore[arg-type]
    row.append(claim.seed_hash or seed_hash(claim))
    return row


def sort_claims(claims: list[Claim]) -> list[Claim]:
    return sorted(claims, key=lambda c: (c.doc, c.start, c.end, c.claim_id))


def render_table(claims: list[Claim]) -> str:
    """claims.csv as text: fixed columns, sorted rows, "\\n" line ends."""
    # pandas takes about half a second to import: only a command that writes the table pays for it.
    import pandas as pd

    with gc_paused():
        frame = pd.DataFrame([_row(c) for c in sort_claims(claims)], columns=list(COLUMNS), dtype=object)
    buffer = io.StringIO()
    frame.to_csv(buffer, index=False, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    return buffer.getvalue()


def write_claims(path: Path, claims: list[Claim]) -> None:
    write_atomic(path, render_table(claims))


def _edited(old: Claim) -> bool:
    """Whether an editor has touched a row: a status, a note, or a column the seeder wrote."""
    return old.status != "auto" or bool(old.note) or (bool(old.seed_hash) and old.seed_hash != seed_hash(old))


def merge_claims(old: list[Claim], fresh: list[Claim]) -> list[Claim]:
    """Re-seeding: fresh rows, except those editors touched (kept as they are);
    rows whose figure left the corpus are kept and marked `stale`, never dropped."""
    fresh_by_id = {c.claim_id: c for c in fresh}
    old_ids = {c.claim_id for c in old}
    merged: list[Claim] = []
    for row in old:
        new = fresh_by_id.get(row.claim_id)
        if new is None:
            merged.append(replace(row, status="stale", line=0))
        elif row.status == "stale":
            merged.append(replace(new, note=row.note))  # the figure is back
        elif _edited(row):
            # The editor's columns stay; where the figure is now, and how it is written there
            # (the same words, perhaps in another Unicode form or tone placement), come from the document.
            merged.append(replace(row, sentence=new.sentence, start=new.start, end=new.end, quote=new.quote, line=0))
        else:
            merged.append(new)
    merged.extend(c for c in fresh if c.claim_id not in old_ids)
    return sort_claims(merged)



class TableProblem(Exception):
    """A problem of claims.csv at a line and column (1-based; column counts characters)."""

    def __init__(self, line: int, column: int, message: str) -> None:
        super().__init__(message)
        self.line, self.column, self.message = line, column, message


def _field_columns(raw: str) -> list[int]:
    """1-based character columns where each CSV field of a physical line starts."""
    starts, quoted = [1], False
    for pos, char in enumerate(raw):
        if char == '"':
            quoted = not quoted
        elif char == "," and not quoted:
            starts.append(pos + 2)
    return starts


def _decode(path: Path) -> str:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise TableProblem(line, column, "not UTF-8: save the file as UTF-8") from None
    if not text.strip():
        raise TableProblem(1, 1, "empty file: expected a header row " + ",".join(COLUMNS))
    return text


def _columns(raw: str, header: Sequence[str]) -> Callable[[str], int]:
    """The column where a row's field starts, worked out only when a problem needs it."""
    starts: list[int] = []

    def column(name: str) -> int:
        if not starts:
            starts.extend(_field_columns(raw))
        i = header.index(name)
        return starts[i] if i < len(starts) else 1

    return column


def _parse_row(values: dict[str, str], line: int, col: Callable[[str], int], problems: list[TableProblem]) -> Claim | None:
    parsed: dict[str, object] = {}
    for name in INT_COLUMNS:
        try:
            parsed[name] = int(values[name])
        except ValueError:
            problems.append(TableProblem(line, col(name), f"{name}: expected a whole number, got {values[name]!r}"))
    for name in FLOAT_COLUMNS:
        try:
            number = float(values[name])
            if math.isnan(number):
                raise ValueError
            parsed[name] = number
        except ValueError:
            problems.append(TableProblem(line, col(name), f"{name}: expected a number, got {values[name]!r}"))
    if values["status"] not in STATUSES:
        expected = ", ".join(STATUSES)
        problems.append(TableProblem(line, col("status"), f"status: expected one of {expected}, got {values['status']!r}"))
    if not values["claim_id"]:
        problems.append(TableProblem(line, col("claim_id"), "claim_id: empty"))
    if len(parsed) != len(INT_COLUMNS) + len(FLOAT_COLUMNS) or values["status"] not in STATUSES:
        return None
    low, value, high = float(parsed["low"]), float(parsed["value"]), float(parsed["high"])  # type: ignore[arg-type]
    if values["kind"] != "change" and not low <= high:
        problems.append(TableProblem(line, col("low"), f"low ({values['low']}) is above high ({values['high']})"))
        return None
    if not (low <= value <= high) and values["kind"] != "change" and values["hedge"] not in ("range", "từ"):
        bounds = f"[{values['low']}, {values['high']}]"
        problems.append(TableProblem(line, col("value"), f"value {values['value']} is outside [low, high] = {bounds}"))
        return None
    text = {k: values[k] for k in COLUMNS if k not in INT_COLUMNS and k not in FLOAT_COLUMNS}
    return Claim(**text, **parsed, line=line)  # type: ignore[arg-type]


def read_claims(path: Path) -> tuple[list[Claim], list[TableProblem]]:
    """The claims of a table, and every problem found in it (empty when it is sound).

    Raises TableProblem when the file cannot be read as a table at all.
    """
    return read_claims_text(_decode(path))


def read_claims_text(text: str) -> tuple[list[Claim], list[TableProblem]]:
    """`read_claims` of a table's text."""
    if not text.strip():
        raise TableProblem(1, 1, "empty file: expected a header row " + ",".join(COLUMNS))
    raw_lines = text.split("\n")
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, [])
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise TableProblem(1, 1, f"missing column{'s' if len(missing) > 1 else ''}: {', '.join(missing)}")
    claims: list[Claim] = []
    problems: list[TableProblem] = []
    first_line: dict[str, int] = {}
    line = 1
    positions = [(name, header.index(name) if name in header else -1) for name in COLUMNS]
    for fields in reader:
        if not fields:
            continue  # a blank line
        line = reader.line_num
        col = _columns(raw_lines[line - 1] if line - 1 < len(raw_lines) else "", header)
        if len(fields) != len(header):
            problems.append(TableProblem(line, 1, f"expected {len(header)} fields, found a different number"))
            continue
        row = {name: fields[i] if i >= 0 else "" for name, i in positions}
        if row["claim_id"] in first_line:
            first = first_line[row["claim_id"]]
            message = f"duplicate claim_id {row['claim_id']!r} (first on line {first})"
            problems.append(TableProblem(line, col("claim_id"), message))
            continue
        first_line[row["claim_id"]] = line
        claim = _parse_row(row, line, col, problems)
        if claim is not None:
            claims.append(claim)
    return claims, problems
