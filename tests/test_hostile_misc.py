"""Hostile and broken input (issue 16): many rows on absent documents; temporary files of an interrupted write."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest
from hostile import (
    CONFLICT,
    json_findings,
    run,
    seeded,
    write_corpus,
)

pytestmark = pytest.mark.usefixtures("workdir")  # each test in an empty folder of its own (conftest.py)


def test_rows_naming_an_absent_document_give_one_finding_per_document() -> None:
    corpus, lines = seeded()
    header, rows = lines[0], [line for line in lines[1:] if line]
    out = [header]
    for k in range(60):
        for row in rows:
            fields = next(csv.reader([row]))
            fields[0] = f"{k:04d}{fields[0][4:]}"
            fields[1] = f"gone-{k % 3}"
            buffer = io.StringIO()
            csv.writer(buffer, lineterminator="").writerow(fields)
            out.append(buffer.getvalue())
    Path("claims.csv").write_text("\n".join(out) + "\n", encoding="utf-8")
    result = run("check", "--corpus", str(corpus), "--claims", "claims.csv", "--no-cache", "--format", "json")
    found = [f for f in json_findings(result) if any(c["doc"].startswith("gone-") for c in f["claims"])]
    assert [f["rule"] for f in found] == ["C301"] * 3, [f["message"] for f in found]  # nothing else compares them
    assert all("40 rows" in f["message"] for f in found), [f["message"] for f in found]
    assert all(len(f["claims"]) <= 10 for f in found)


def test_stale_temporary_files_of_an_interrupted_write_are_removed() -> None:
    corpus = write_corpus(CONFLICT)
    dead = 2**22 + 7  # above the usual pid_max: no such process
    stale = [Path(f".claims.csv.{dead}.0123456789ab.tmp"), Path(".claims.csv.0123456789ab.tmp")]
    for path in stale:
        path.write_text("half a tab", encoding="utf-8")
    os.utime(stale[1], (1, 1))  # the old naming, long ago
    alive = Path(f".claims.csv.{os.getpid()}.ba9876543210.tmp")
    alive.write_text("being written", encoding="utf-8")
    other = Path(".notes.csv.0123456789ab.tmp")
    other.write_text("not ours", encoding="utf-8")
    assert run("seed", str(corpus), "--no-cache").exit_code == 0
    assert not any(path.exists() for path in stale)
    assert alive.exists() and other.exists()
