"""The command line through click's CliRunner: exit codes, the JSON report, drafts, seeding,
bad input (exit 2, a message naming file and line, no traceback), rules and explain.

Every test runs in an empty folder of its own, so that no checker.toml, pyproject.toml or
claims.csv of the repository is picked up.
"""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from checker.cli import main
from checker.errors import InputError

CONFLICT = {
    "a.txt": " date 2026-01-15 \nNăm 2025, nhà đầu tư Hàn Quốc đã đăng ký hơn 330 dự án đầu tư mới.\n",
    "b.txt": " date 2026-01-20 \nNăm 2025, nhà đầu tư Hàn Quốc đã đăng ký 350 dự án đầu tư mới.\n",
}
CLEAN = {
    "a.txt": "Năm 2025, kim ngạch xuất khẩu cà phê đạt 8,4 tỷ USD.\n",
    "b.txt": "Kim ngạch xuất khẩu cà phê năm 2025 đạt 8,4 tỷ USD, theo hiệp hội ngành hàng.\n",
}
# Labels that match loosely ("xuất khẩu gạo" vs "lượng gạo xuất khẩu"): a warning, no error.
WARNING_ONLY = {
    "a.txt": "Xuất khẩu gạo năm 2025 đạt 8,1 triệu tấn.\n",
    "b.txt": "Năm 2025, lượng gạo xuất khẩu đạt 8,9 triệu tấn.\n",
}
# A forecast overtaken by the outcome: information only.
INFO_ONLY = {
    "a.txt": " date 2025-11-20 \nThu ngân sách nhà nước năm 2025 ước đạt 2,2 triệu tỷ đồng.\n",
    "b.txt": " date 2026-01-16 \nThu ngân sách nhà nước năm 2025 đạt 2,65 triệu tỷ đồng, vượt xa dự toán.\n",
}
ARCHIVE = {"du-lich-2026-01.txt": " date 2026-01-05 \nNăm 2025, Việt Nam đón 21,2 triệu lượt khách quốc tế.\n"}
REQUIRED_COLUMNS = ("claim_id", "doc", "sentence", "quote", "metric", "value", "low", "high", "unit", "status", "note")


pytestmark = pytest.mark.usefixtures("workdir")  # each test in an empty folder of its own (conftest.py)


def write_corpus(files: dict[str, str], folder: str = "corpus") -> Path:
    path = Path(folder)
    path.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (path / name).write_text(text, encoding="utf-8")
    return path


def run(*args: str) -> Result:
    """Invoke the CLI; an unexpected exception fails the test instead of hiding in the result."""
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def write_rows(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def findings(result: Result) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = json.loads(result.stdout)["findings"]
    return found


# --- exit codes ------------------------------------------------------------------------------


def test_conflicting_corpus_exits_1() -> None:
    result = run("check", "--corpus", str(write_corpus(CONFLICT)))
    assert result.exit_code == 1, result.output
    assert "C101" in result.stdout


def test_clean_corpus_exits_0() -> None:
    result = run("check", "--corpus", str(write_corpus(CLEAN)))
    assert result.exit_code == 0, result.output
    assert "0 errors, 0 warnings, 0 infos" in result.stdout


def test_exit_zero_never_fails_on_findings() -> None:
    result = run("check", "--corpus", str(write_corpus(CONFLICT)), "--exit-zero")
    assert result.exit_code == 0, result.output
    assert "C101" in result.stdout


def test_fail_on_warning_fails_on_warnings_only() -> None:
    corpus = str(write_corpus(WARNING_ONLY))
    report = run("check", "--corpus", corpus, "--format", "json")
    assert [(f["rule"], f["severity"]) for f in findings(report)] == [("C101", "warning")]
    assert report.exit_code == 0
    assert run("check", "--corpus", corpus).exit_code == 0
    assert run("check", "--corpus", corpus, "--fail-on", "warning").exit_code == 1


def test_info_findings_fail_only_with_fail_on_info() -> None:
    corpus = str(write_corpus(INFO_ONLY))
    report = run("check", "--corpus", corpus, "--format", "json")
    assert [(f["rule"], f["severity"]) for f in findings(report)] == [("C102", "info")]
    assert run("check", "--corpus", corpus, "--fail-on", "warning").exit_code == 0
    assert run("check", "--corpus", corpus, "--fail-on", "info").exit_code == 1
    assert run("check", "--corpus", corpus, "--fail-on", "info", "--exit-zero").exit_code == 0


def test_fail_on_warning_passes_a_clean_corpus() -> None:
    assert run("check", "--corpus", str(write_corpus(CLEAN)), "--fail-on", "warning").exit_code == 0


# --- the JSON report -------------------------------------------------------------------------


def test_json_report_has_documents_claims_and_findings() -> None:
    result = run("check", "--corpus", str(write_corpus(CONFLICT)), "--format", "json")
    assert result.exit_code == 1
    body = json.loads(result.stdout)
    assert {"version", "documents", "claims", "findings"} <= set(body)
    assert body["documents"] == 2
    assert body["claims"] >= 2
    [finding] = body["findings"]
    assert {"rule", "name", "severity", "message", "metric", "period", "claims", "pairs"} <= set(finding)
    assert (finding["rule"], finding["name"], finding["severity"]) == ("C101", "conflicting-figures", "error")
    assert finding["period"] == "2025"
    assert finding["metric"]
    assert "330" in finding["message"] and "350" in finding["message"]
    claims = finding["claims"]
    assert len(claims) == 2
    for claim in claims:
        assert {"id", "doc", "sentence", "value", "low", "high", "unit", "hedge", "modality", "text"} <= set(claim)
        assert claim["low"] <= claim["value"] <= claim["high"]
        assert claim["modality"] == "achieved"
    by_doc = {c["doc"]: c for c in claims}
    assert set(by_doc) == {"a", "b"}
    assert (by_doc["a"]["value"], by_doc["a"]["hedge"]) == (330, "hơn")
    assert (by_doc["b"]["value"], by_doc["b"]["hedge"]) == (350, "")
    assert "hơn 330 dự án" in by_doc["a"]["text"]
    assert [sorted(p) for p in finding["pairs"]] == [sorted(c["id"] for c in claims)]


def test_json_report_of_a_clean_corpus_has_no_findings() -> None:
    result = run("check", "--corpus", str(write_corpus(CLEAN)), "--format", "json")
    assert result.exit_code == 0
    assert findings(result) == []


# --- drafts against the archive --------------------------------------------------------------


def test_draft_that_matches_the_archive_is_quiet() -> None:
    archive = write_corpus(ARCHIVE, "archive")
    Path("draft.txt").write_text("Cả năm 2025, Việt Nam đón 21,2 triệu lượt khách quốc tế.\n", encoding="utf-8")
    result = run("check", "--corpus", str(archive), "draft.txt", "--format", "json")
    assert result.exit_code == 0, result.output
    assert findings(result) == []


def test_draft_that_contradicts_the_archive_names_the_archive_document() -> None:
    archive = write_corpus(ARCHIVE, "archive")
    Path("draft.txt").write_text("Năm 2025, Việt Nam đón 25 triệu lượt khách quốc tế.\n", encoding="utf-8")
    result = run("check", "--corpus", str(archive), "draft.txt")
    assert result.exit_code == 1, result.output
    assert "C101" in result.stdout
    assert "du-lich-2026-01" in result.stdout
    [finding] = findings(run("check", "--corpus", str(archive), "draft.txt", "--format", "json"))
    assert {c["doc"] for c in finding["claims"]} == {"draft", "du-lich-2026-01"}
    assert "du-lich-2026-01" in finding["message"]


# --- seeding ---------------------------------------------------------------------------------


def test_seed_writes_the_claim_table() -> None:
    corpus = write_corpus(CLEAN)
    result = run("seed", str(corpus), "--claims", "table.csv")
    assert result.exit_code == 0, result.output
    rows = read_rows(Path("table.csv"))
    assert set(REQUIRED_COLUMNS) <= set(rows[0])
    assert sorted(r["doc"] for r in rows) == ["a", "b"]
    assert all(r["status"] == "auto" for r in rows)
    assert {r["value"] for r in rows} == {"8400000000"}
    assert "table.csv" in result.stderr


def test_seed_then_check_with_the_table_is_quiet() -> None:
    corpus = write_corpus(CLEAN)
    run("seed", str(corpus), "--claims", "table.csv")
    result = run("check", "--corpus", str(corpus), "--claims", "table.csv")
    assert result.exit_code == 0, result.output


def test_reseed_keeps_edited_rows_marks_removed_figures_stale_and_adds_new_ones() -> None:
    corpus = Path("corpus")
    corpus.mkdir()
    doc = corpus / "a.txt"
    rice, fdi, phones = (
        "Năm 2025, xuất khẩu gạo đạt 8,1 triệu tấn.\n",
        "Năm 2025, vốn FDI đăng ký đạt 38,4 tỷ USD.\n",
        "Năm 2025, xuất khẩu điện thoại đạt 58 tỷ USD.\n",
    )
    doc.write_text(rice + "\n" + fdi + "\n" + phones, encoding="utf-8")
    table = Path("table.csv")
    assert run("seed", str(corpus), "--claims", str(table)).exit_code == 0
    rows = read_rows(table)
    assert len(rows) == 3
    ids = {r["quote"]: r["claim_id"] for r in rows}
    rice_id, fdi_id, phones_id = (next(i for q, i in ids.items() if key in q) for key in ("8,1", "38,4", "58"))
    for row in rows:
        if row["claim_id"] == rice_id:
            row["status"], row["note"] = "confirmed", "Đã đối chiếu số liệu hải quan"
        if row["claim_id"] == fdi_id:
            row["metric"] = "vốn đầu tư nước ngoài đăng ký"
    write_rows(table, rows)

    # The phone figure leaves the article; a coffee figure arrives after the kept ones.
    doc.write_text(rice + "\n" + fdi + "\n" + "Năm 2025, xuất khẩu cà phê đạt 8,4 tỷ USD.\n", encoding="utf-8")
    result = run("seed", str(corpus), "--claims", str(table))
    assert result.exit_code == 0, result.output
    after = {r["claim_id"]: r for r in read_rows(table)}
    assert len(after) == 4
    assert (after[rice_id]["status"], after[rice_id]["note"]) == ("confirmed", "Đã đối chiếu số liệu hải quan")
    assert after[fdi_id]["metric"] == "vốn đầu tư nước ngoài đăng ký"
    assert after[fdi_id]["status"] == "auto"
    assert after[phones_id]["status"] == "stale"
    [new] = [r for i, r in after.items() if i not in ids.values()]
    assert ("8,4 tỷ USD" in new["quote"], new["status"]) == (True, "auto")
    assert "1 new" in result.stderr and "2 kept" in result.stderr and "1 stale" in result.stderr

    # The table after the re-seed: the stale row is reported for information only.
    check = run("check", "--corpus", str(corpus), "--claims", str(table), "--format", "json")
    assert check.exit_code == 0, check.output
    assert [(f["rule"], f["severity"]) for f in findings(check)] == [("C302", "info")]


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


def test_a_failed_write_leaves_the_old_table_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """A crash during the write (here: the disk refuses to sync) leaves claims.csv as it was,
    and no temporary file behind."""
    from checker.table import atomic

    run("seed", str(write_corpus(CONFLICT)))
    table = Path("claims.csv")
    before = table.read_bytes()

    def refuse(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", refuse)
    with pytest.raises(InputError, match="cannot write: no space left on device"):
        atomic.write_atomic(table, "claim_id\n")
    assert table.read_bytes() == before
    assert not [p.name for p in Path().iterdir() if p.name.endswith(".tmp")]


def test_rewriting_the_table_keeps_its_permissions() -> None:
    """Editors share claims.csv: a re-seed keeps its mode; a new table gets the umask's."""
    old_umask = os.umask(0o022)
    try:
        run("seed", str(write_corpus(CONFLICT)))
        table = Path("claims.csv")
        assert table.stat().st_mode & 0o777 == 0o644
        table.chmod(0o664)
        run("seed", "corpus")
        assert table.stat().st_mode & 0o777 == 0o664
        # through a link (a table kept in a shared folder), the linked file is rewritten
        Path("shared").mkdir()
        table.rename("shared/claims.csv")
        table.symlink_to("shared/claims.csv")
        run("seed", "corpus")
        assert table.is_symlink() and Path("shared/claims.csv").stat().st_mode & 0o777 == 0o664
    finally:
        os.umask(old_umask)


def test_reseed_brings_a_stale_row_back_when_its_figure_returns() -> None:
    corpus = write_corpus({"a.txt": "Năm 2025, xuất khẩu gạo đạt 8,1 triệu tấn.\n"})
    table = Path("table.csv")
    run("seed", str(corpus), "--claims", str(table))
    (corpus / "a.txt").write_text("Năm 2025, gạo được mùa.\n", encoding="utf-8")
    run("seed", str(corpus), "--claims", str(table))
    assert [r["status"] for r in read_rows(table)] == ["stale"]
    (corpus / "a.txt").write_text("Năm 2025, xuất khẩu gạo đạt 8,1 triệu tấn.\n", encoding="utf-8")
    run("seed", str(corpus), "--claims", str(table))
    assert [r["status"] for r in read_rows(table)] == ["auto"]


# --- bad input: exit 2, the file and the line, no traceback ----------------------------------


def _seeded_table() -> tuple[Path, list[str]]:
    """A corpus and its seeded table (three rows), as lines of text to break."""
    corpus = write_corpus(CONFLICT | {"c.txt": "Năm 2025, xuất khẩu gạo đạt 8,1 triệu tấn.\n"})
    assert run("seed", str(corpus), "--claims", "table.csv").exit_code == 0
    lines = Path("table.csv").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 4
    return corpus, lines


def _replace_field(line: str, column: str, header: str, value: str) -> str:
    fields = next(csv.reader([line]))
    fields[next(csv.reader([header])).index(column)] = value
    return ",".join(f'"{f}"' if "," in f else f for f in fields)


def _break_table(kind: str, lines: list[str]) -> tuple[bytes, int]:
    """The table broken in one way, and the line the message must name (1-based)."""
    header = lines[0]
    if kind == "missing-column":
        cols = next(csv.reader([header]))
        keep = [i for i, c in enumerate(cols) if c != "status"]
        rows = [next(csv.reader([line])) for line in lines]
        text = "\n".join(",".join(f'"{r[i]}"' if "," in r[i] else r[i] for i in keep) for r in rows)
        return (text + "\n").encode("utf-8"), 1
    if kind == "text-in-value":
        lines[2] = _replace_field(lines[2], "value", header, "chín trăm")
        return ("\n".join(lines) + "\n").encode("utf-8"), 3
    if kind == "duplicate-id":
        lines[3] = lines[3].replace(next(csv.reader([lines[3]]))[0], next(csv.reader([lines[2]]))[0], 1)
        return ("\n".join(lines) + "\n").encode("utf-8"), 4
    if kind == "unknown-status":
        lines[2] = _replace_field(lines[2], "status", header, "checked")
        return ("\n".join(lines) + "\n").encode("utf-8"), 3
    if kind == "bad-utf8":
        data = "\n".join(lines).encode("utf-8") + b"\n"
        second_row = data.index(lines[2].encode("utf-8"))
        return data[:second_row] + b"\xff\xfe" + data[second_row:], 3
    if kind == "empty":
        return b"", 1
    raise AssertionError(kind)


BROKEN = ("missing-column", "text-in-value", "duplicate-id", "unknown-status", "bad-utf8", "empty")


@pytest.mark.parametrize("kind", BROKEN)
def test_malformed_table_makes_check_exit_2(kind: str) -> None:
    corpus, lines = _seeded_table()
    data, line = _break_table(kind, lines)
    Path("table.csv").write_bytes(data)
    result = run("check", "--corpus", str(corpus), "--claims", "table.csv")
    assert result.exit_code == 2, result.output
    assert f"table.csv:{line}:" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize(("kind", "field"), [("text-in-value", "chín trăm"), ("unknown-status", "checked")])
def test_malformed_table_message_names_the_column(kind: str, field: str) -> None:
    corpus, lines = _seeded_table()
    data, line = _break_table(kind, lines)
    Path("table.csv").write_bytes(data)
    column = data.decode("utf-8").splitlines()[line - 1].index(field) + 1
    result = run("seed", str(corpus), "--claims", "table.csv")
    assert f"table.csv:{line}:{column}: " in result.stderr
    assert field in result.stderr


@pytest.mark.parametrize("kind", BROKEN)
def test_malformed_table_makes_seed_exit_2_and_leaves_it_alone(kind: str) -> None:
    corpus, lines = _seeded_table()
    data, line = _break_table(kind, lines)
    Path("table.csv").write_bytes(data)
    result = run("seed", str(corpus), "--claims", "table.csv")
    assert result.exit_code == 2, result.output
    assert f"table.csv:{line}:" in result.stderr
    assert "Traceback" not in result.output
    assert Path("table.csv").read_bytes() == data


@pytest.mark.parametrize("kind", BROKEN)
def test_malformed_table_in_json_is_a_c901_finding(kind: str) -> None:
    corpus, lines = _seeded_table()
    data, line = _break_table(kind, lines)
    Path("table.csv").write_bytes(data)
    result = run("check", "--corpus", str(corpus), "--claims", "table.csv", "--format", "json")
    assert result.exit_code == 2
    found = findings(result)
    assert found and all(f["rule"] == "C901" for f in found)
    assert found[0]["location"] == {"path": "table.csv", "line": line, "column": found[0]["location"]["column"]}


def _write_jsonl(records: list[dict[str, str]]) -> Path:
    path = Path("archive.jsonl")
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_a_json_lines_corpus_is_seeded() -> None:
    corpus = _write_jsonl([{"id": name.removesuffix(".txt"), "text": text} for name, text in CONFLICT.items()])
    result = run("seed", str(corpus), "--claims", "table.csv")
    assert result.exit_code == 0, result.output
    assert sorted(row["doc"] for row in read_rows(Path("table.csv"))) == ["a", "b"]


def test_a_repeated_document_id_in_json_lines_exits_2_naming_the_line() -> None:
    """Two records with one id would share claim ids: the corpus is refused, as a folder
    with two files of one stem is."""
    text = CONFLICT["a.txt"]
    corpus = _write_jsonl([{"id": "a", "text": text}, {"id": "b", "text": text}, {"id": "a", "text": text}])
    result = run("seed", str(corpus), "--claims", "table.csv")
    assert result.exit_code == 2, result.output
    assert "archive.jsonl:3:1: " in result.stderr and "'a' already used on line 1" in result.stderr
    assert not Path("table.csv").exists()


def test_reseed_after_a_file_is_saved_in_another_unicode_form_keeps_the_editors_row() -> None:
    """The same words written decomposed (NFD) and then composed are the same claim: the
    editor's row is kept, with the quote as the file now writes it, and still supported."""
    import unicodedata

    text = CONFLICT["b.txt"]
    corpus = write_corpus({"b.txt": unicodedata.normalize("NFD", text)})
    run("seed", str(corpus), "--claims", "table.csv")
    rows = read_rows(Path("table.csv"))
    rows[0]["status"], rows[0]["note"] = "confirmed", "đã kiểm tra"
    write_rows(Path("table.csv"), rows)
    (corpus / "b.txt").write_text(text, encoding="utf-8")  # saved again, composed
    run("seed", str(corpus), "--claims", "table.csv")
    kept = read_rows(Path("table.csv"))[0]
    assert (kept["claim_id"], kept["status"], kept["note"]) == (rows[0]["claim_id"], "confirmed", "đã kiểm tra")
    assert kept["quote"] == unicodedata.normalize("NFC", rows[0]["quote"]) != rows[0]["quote"]
    result = run("check", "--corpus", str(corpus), "--claims", "table.csv", "--format", "json")
    assert [f["rule"] for f in findings(result)] == []


def test_nonexistent_corpus_exits_2() -> None:
    result = run("check", "--corpus", "no-such-folder")
    assert result.exit_code == 2
    assert "no-such-folder" in result.stderr
    assert "Traceback" not in result.output


def test_seed_of_a_nonexistent_corpus_exits_2() -> None:
    result = run("seed", "no-such-folder", "--claims", "table.csv")
    assert result.exit_code == 2
    assert "no-such-folder" in result.stderr
    assert not Path("table.csv").exists()


def test_nonexistent_draft_exits_2() -> None:
    archive = write_corpus(ARCHIVE, "archive")
    result = run("check", "--corpus", str(archive), "missing-draft.txt")
    assert result.exit_code == 2
    assert "missing-draft.txt" in result.stderr
    assert "Traceback" not in result.output


# --- rules and explain -----------------------------------------------------------------------


def test_rules_lists_every_rule() -> None:
    result = run("rules")
    assert result.exit_code == 0
    assert "C101" in result.stdout and "conflicting-figures" in result.stdout
    assert "C901" in result.stdout


@pytest.mark.parametrize("code", ["C101", "c101", "conflicting-figures"])
def test_explain_prints_the_rule_documentation(code: str) -> None:
    result = run("explain", code)
    assert result.exit_code == 0
    assert result.stdout.startswith("C101 conflicting-figures")
    assert "Inconsistent" in result.stdout and "Consistent" in result.stdout


def test_explain_unknown_rule_exits_2() -> None:
    result = run("explain", "X999")
    assert result.exit_code == 2
    assert "X999" in result.stderr


# --- untrusted document text -----------------------------------------------------------------


def test_rich_markup_in_a_document_is_printed_literally() -> None:
    corpus = write_corpus(
        {
            "a.txt": "[bold red]x[/] Năm 2025, nhà đầu tư Hàn Quốc đã đăng ký hơn 330 dự án đầu tư mới.\n",
            "b.txt": CONFLICT["b.txt"],
        }
    )
    result = run("check", "--corpus", str(corpus))
    assert result.exit_code == 1, result.output
    assert "[bold red]x[/]" in result.stdout
    assert "\x1b[" not in result.stdout  # not a terminal: no colour


def test_version_names_the_build() -> None:
    """`checker --version` says whether the grammar runs compiled; CI's run of the tests on
    the compiled wheel sets CHECKER_EXPECT_COMPILED=1, so that it cannot test the sources by mistake."""
    import checker

    expected = os.environ.get("CHECKER_EXPECT_COMPILED") == "1"
    assert checker.compiled() is expected
    result = run("--version")
    assert result.exit_code == 0
    build = "grammar compiled with mypyc" if expected else "pure Python"
    assert result.output.strip() == f"checker, version {checker.__version__} ({build})"
