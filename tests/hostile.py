"""Helpers of the hostile-input tests (issue 16, tests/test_hostile_*.py): each test runs in an
empty folder of its own, through the CLI, with sentences written for the tests in the
archive's phrasing (no archive text is copied)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner, Result

from checker.cli import main

A = "Năm 2025, kim ngạch xuất nhập khẩu đạt mức kỷ lục 920 tỷ USD."
B = "Năm 2025, kim ngạch xuất nhập khẩu vượt mốc 930 tỷ USD."
CONFLICT = {"a.txt": A + "\n", "b.txt": B + "\n"}
HOSTILE = "\x1b[2J\x1b]0;title\x07\x1b]8;;http://x/\x1b\\link\x1b]8;;\x1b\\\x1b[8mhidden\x1b[0m\u202eexe.txt\x9b"
RAW = ("\x1b", "\x07", "\x9b", "\u202e")




def run(*args: str, env: dict[str, str] | None = None) -> Result:
    """The CLI; an exception fails the test (catch_exceptions=False) instead of hiding."""
    return CliRunner().invoke(main, list(args), catch_exceptions=False, env=env)


def write_corpus(files: dict[str, str], folder: str = "corpus") -> Path:
    path = Path(folder)
    path.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (path / name).write_text(text, encoding="utf-8")
    return path


def write_jsonl(records: list[dict[str, str]], name: str = "corpus.jsonl") -> Path:
    path = Path(name)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def bad_input(result: Result, *names: str) -> str:
    """The one error line of an exit 2; it names every one of `names`."""
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    message = result.stderr.strip()
    assert message.startswith("error: "), message
    for name in names:
        assert name in message, message
    return message


def json_findings(result: Result) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = json.loads(result.stdout)["findings"]
    return found


def seeded() -> tuple[Path, list[str]]:
    """The conflict seeded: the corpus and the lines of its claims.csv."""
    corpus = write_corpus(CONFLICT)
    assert run("seed", str(corpus), "--no-cache").exit_code == 0
    return corpus, Path("claims.csv").read_text(encoding="utf-8").split("\n")


def set_field(lines: list[str], row: int, column: str, value: str) -> None:
    """Set one field of line `row` of a table's lines, quoted as csv does."""
    header = lines[0].split(",")
    fields = next(csv.reader(io.StringIO(lines[row], newline="")))
    fields[header.index(column)] = value
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(fields)  # with "\n" ends, a newline in a field is quoted
    lines[row] = buffer.getvalue()[:-1]
