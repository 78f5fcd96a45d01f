"""Parked (fails on the current checker): re-seeding after an edit that moves kept rows."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, "/work/main/tests")
from test_cli import findings, read_rows, run, workdir, write_rows  # noqa: F401


def test_reseed_after_a_sentence_is_removed_before_kept_rows() -> None:
    corpus = Path("corpus")
    corpus.mkdir()
    doc = corpus / "a.txt"
    phones = "Năm 2025, xuất khẩu điện thoại đạt 58 tỷ USD.\n"
    rice = "Năm 2025, xuất khẩu gạo đạt 8,1 triệu tấn.\n"
    doc.write_text(phones + "\n" + rice, encoding="utf-8")
    table = Path("table.csv")
    run("seed", str(corpus), "--claims", str(table))
    rows = read_rows(table)
    for row in rows:
        if "8,1" in row["quote"]:
            row["status"], row["note"] = "confirmed", "đã kiểm tra"
    write_rows(table, rows)
    doc.write_text(rice, encoding="utf-8")  # the phone sentence, before the rice one, is removed
    run("seed", str(corpus), "--claims", str(table))
    result = run("check", "--corpus", str(corpus), "--claims", str(table), "--format", "json")
    assert [(f["rule"], f["severity"]) for f in findings(result)] == [("C302", "info")]
