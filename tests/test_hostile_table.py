"""Hostile and broken input (issue 16), claims.csv: numbers within bounds, spreadsheet formulas
neutralised, problems at their place."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hostile import (
    A,
    B,
    json_findings,
    run,
    seeded,
    set_field,
    write_jsonl,
)

pytestmark = pytest.mark.usefixtures("workdir")  # each test in an empty folder of its own (conftest.py)


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("value", "1e400"), ("high", "9" * 5000), ("low", "-1e400"), ("value", "6_85"), ("value", "٩٥٠"),
        ("sentence", "1_0"), ("start", "٣"), ("value", "nan"), ("value", "1e30"), ("value", " 920000000000"),
    ],
)
def test_a_number_out_of_bounds_or_not_ascii_in_the_table_is_c901(column: str, value: str) -> None:
    corpus, lines = seeded()
    set_field(lines, 1, column, value)
    Path("claims.csv").write_text("\n".join(lines), encoding="utf-8")
    result = run("check", "--corpus", str(corpus), "--claims", "claims.csv", "--no-cache", "--format", "json")
    assert result.exit_code == 2, result.output
    found = json_findings(result)
    assert found and found[0]["rule"] == "C901" and column in found[0]["message"], found
    assert found[0]["location"]["line"] == 2


@pytest.mark.parametrize(
    "doc_id",
    ['=HYPERLINK("http://x/0")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "'=1", "''+x", "'", "a=1"],
)
def test_formula_like_ids_are_neutralised_in_the_table_and_read_back(doc_id: str) -> None:
    corpus = write_jsonl([{"id": doc_id, "text": A}, {"id": "b", "text": B}])
    assert run("seed", str(corpus), "--no-cache").exit_code == 0
    with Path("claims.csv").open(encoding="utf-8", newline="") as handle:
        docs = [row["doc"] for row in csv.DictReader(handle)]
    written = next(d for d in docs if d != "b")
    assert written[0] not in "=+-@\t\r", written
    assert written == (("'" + doc_id) if doc_id.lstrip("'")[:1] in tuple("=+-@\t\r") else doc_id)
    result = run("check", "--corpus", str(corpus), "--claims", "claims.csv", "--no-cache", "--format", "json")
    assert result.exit_code == 1, result.output
    found = json_findings(result)
    assert [f["rule"] for f in found] == ["C101"]
    assert {c["doc"] for c in found[0]["claims"]} == {doc_id, "b"}


def test_a_non_utf8_table_names_the_character_column() -> None:
    corpus, lines = seeded()
    data = "\n".join(lines).encode("utf-8")
    row_start = data.index(lines[1].encode())
    quote_at = data.index("tỷ".encode(), row_start)
    broken = data[:quote_at] + b"\xff" + data[quote_at:]
    Path("claims.csv").write_bytes(broken)
    column = len(broken[row_start:quote_at].decode("utf-8")) + 1
    result = run("check", "--corpus", str(corpus), "--claims", "claims.csv", "--no-cache", "--format", "json")
    assert result.exit_code == 2
    location = json_findings(result)[0]["location"]
    assert (location["line"], location["column"]) == (2, column)


def test_an_error_after_a_row_with_an_embedded_newline_names_its_own_line() -> None:
    corpus, lines = seeded()
    set_field(lines, 1, "note", "first line\nsecond line")  # lines[1] now spans two lines
    set_field(lines, 2, "status", "bogus")
    Path("claims.csv").write_text("\n".join(lines), encoding="utf-8")
    result = run("check", "--corpus", str(corpus), "--claims", "claims.csv", "--no-cache", "--format", "json")
    assert result.exit_code == 2, result.output
    location = json_findings(result)[0]["location"]
    physical = Path("claims.csv").read_text(encoding="utf-8").split("\n")
    assert location["line"] == 4
    assert physical[3][location["column"] - 1 :].startswith("bogus")


def test_an_error_inside_a_row_with_an_embedded_newline_names_the_field() -> None:
    corpus, lines = seeded()
    set_field(lines, 1, "quote", "920\ntỷ USD")
    set_field(lines, 1, "status", "bogus")
    Path("claims.csv").write_text("\n".join(lines), encoding="utf-8")
    result = run("check", "--corpus", str(corpus), "--claims", "claims.csv", "--no-cache", "--format", "json")
    location = json_findings(result)[0]["location"]
    physical = Path("claims.csv").read_text(encoding="utf-8").split("\n")
    assert location["line"] == 3
    assert physical[2][location["column"] - 1 :].startswith("bogus")
