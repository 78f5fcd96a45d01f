"""The gate checks every article (issue 15): figures not yet in claims.csv are checked too;
rule selectors are validated and case-insensitive, and cannot switch off a broken table;
findings in a JSON Lines corpus point at the record's line in the file.

Every test runs in an empty folder of its own (no repository config or table).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from checker.cli import main

OLD = {
    "a.txt": " date 2026-01-15 \nNăm 2025, Việt Nam đã nâng cấp quan hệ với 17 nước.\n",
    "b.txt": " date 2026-01-20 \nNăm 2025, xuất khẩu gạo đạt 8,1 triệu tấn.\n",
}
NEW = {"c_new.txt": " date 2026-02-01 \nTrong năm 2025, Việt Nam đã nâng cấp quan hệ với 25 nước.\n"}
CONFLICT = {
    "a.txt": " date 2026-01-15 \nNăm 2025, nhà đầu tư Hàn Quốc đã đăng ký hơn 330 dự án đầu tư mới.\n",
    "b.txt": " date 2026-01-20 \nNăm 2025, nhà đầu tư Hàn Quốc đăng ký 350 dự án đầu tư mới tại các tỉnh phía Bắc.\n",
}


pytestmark = pytest.mark.usefixtures("workdir")  # each test in an empty folder of its own (conftest.py)


def run(*args: str) -> Result:
    """The CLI; a check fails on warnings too (a conflict's severity follows the linker's
    confidence, and these tests are about which articles the gate reads, not how sure it is)."""
    extra = ["--fail-on", "warning"] if args[:1] == ("check",) and "--fail-on" not in args else []
    return CliRunner().invoke(main, [*args, *extra], catch_exceptions=False)


def write_corpus(files: dict[str, str], folder: str = "corpus") -> Path:
    path = Path(folder)
    path.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (path / name).write_text(text, encoding="utf-8")
    return path


def findings(result: Result) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = json.loads(result.stdout)["findings"]
    return found


# --- check reads the current corpus -------------------------------------------------------


def test_a_conflict_in_an_article_not_yet_seeded_fails_the_check() -> None:
    corpus = write_corpus(OLD)
    assert run("seed", str(corpus)).exit_code == 0
    assert run("check", "--corpus", str(corpus), "--claims", "claims.csv").exit_code == 0
    write_corpus(NEW)
    result = run("check", "--corpus", str(corpus), "--claims", "claims.csv", "--format", "json")
    assert result.exit_code == 1, result.output
    [conflict] = findings(result)
    assert conflict["rule"] == "C101" and {c["doc"] for c in conflict["claims"]} == {"a", "c_new"}
    # the summary names how many figures and articles are not in the table, and the command
    assert "1 figure in 1 article" in result.stderr and "checker seed" in result.stderr and "c_new" in result.stderr


def test_the_gate_with_a_baseline_fails_on_a_conflict_in_a_new_article() -> None:
    corpus = write_corpus(OLD | {"k1.txt": CONFLICT["a.txt"], "k2.txt": CONFLICT["b.txt"]})
    assert run("seed", str(corpus)).exit_code == 0
    assert run("baseline", "--corpus", str(corpus), "--claims", "claims.csv").exit_code == 0
    gate = ("check", "--corpus", str(corpus), "--claims", "claims.csv", "--baseline", "checker-baseline.json")
    assert run(*gate).exit_code == 0  # the known conflict of k1 and k2 is in the baseline
    write_corpus(NEW)
    result = run(*gate, "--format", "github")
    assert result.exit_code == 1, result.output
    assert "::error file=corpus/c_new.txt" in result.output or "::error file=corpus/a.txt" in result.output
    # once seeded and committed, the same finding is still there: the table now holds it
    assert run("seed", str(corpus)).exit_code == 0
    seeded = run(*gate)
    assert seeded.exit_code == 1 and "not in claims.csv" not in seeded.stderr


def test_the_diff_base_gate_fails_on_a_conflict_in_a_new_article_not_yet_seeded() -> None:
    import subprocess

    corpus = write_corpus(OLD | {"k1.txt": CONFLICT["a.txt"], "k2.txt": CONFLICT["b.txt"]})
    assert run("seed", str(corpus)).exit_code == 0
    for args in (["init", "-q"], ["add", "."], ["commit", "-qm", "archive"]):
        subprocess.run(["git", "-c", "user.email=t@example.org", "-c", "user.name=t", *args], check=True, capture_output=True)
    gate = ("check", "--corpus", str(corpus), "--claims", "claims.csv", "--diff-base", "HEAD", "--format", "json")
    assert run(*gate).exit_code == 0  # the conflict of k1 and k2 was there before
    write_corpus(NEW)  # untracked, not seeded
    result = run(*gate)
    assert result.exit_code == 1, result.output
    assert [{c["doc"] for c in f["claims"]} for f in findings(result)] == [{"a", "c_new"}]


def test_a_seeded_corpus_says_nothing_about_unseeded_figures() -> None:
    corpus = write_corpus(OLD)
    run("seed", str(corpus))
    result = run("check", "--corpus", str(corpus), "--claims", "claims.csv")
    assert result.exit_code == 0, result.output
    assert "not in claims.csv" not in result.stderr


def test_a_draft_check_from_the_cache_sees_articles_not_yet_seeded() -> None:
    """The quick draft check reads the archive from the cache: a corpus article that is not
    in the table must not slip past it."""
    corpus = write_corpus(OLD)
    run("seed", str(corpus))
    run("check", "--corpus", str(corpus), "--claims", "claims.csv")  # fills the cache
    write_corpus({"korea.txt": CONFLICT["a.txt"]})
    run("check", "--corpus", str(corpus), "--claims", "claims.csv")
    draft = write_corpus({"draft.txt": CONFLICT["b.txt"]}, "drafts")
    result = run("check", str(draft / "draft.txt"), "--corpus", str(corpus), "--claims", "claims.csv", "--format", "json")
    assert result.exit_code == 1, result.output
    assert {c["doc"] for f in findings(result) for c in f["claims"]} == {"draft", "korea"}


# --- rule selection -----------------------------------------------------------------------


@pytest.mark.parametrize("option", ["--select", "--ignore"])
@pytest.mark.parametrize("code", ["X9", "C7", "C1,Z"])
def test_an_unknown_selector_is_an_error_listing_the_codes(option: str, code: str) -> None:
    corpus = write_corpus(CONFLICT)
    result = run("check", "--corpus", str(corpus), option, code)
    assert result.exit_code == 2, result.output
    assert option in result.stderr and "C101" in result.stderr and "C901" in result.stderr


def test_an_unknown_selector_in_the_config_is_an_error() -> None:
    corpus = write_corpus(CONFLICT)
    Path("checker.toml").write_text('select = ["C1", "q"]\n', encoding="utf-8")
    result = run("check", "--corpus", str(corpus))
    assert result.exit_code == 2, result.output
    assert "checker.toml" in result.stderr and "'q'" in result.stderr


@pytest.mark.parametrize("select", ["c1", "C1", "c101", "conflicting-figures"])
def test_selectors_ignore_case(select: str) -> None:
    corpus = write_corpus(CONFLICT)
    result = run("check", "--corpus", str(corpus), "--select", select, "--format", "json")
    assert result.exit_code == 1, result.output
    assert [f["rule"] for f in findings(result)] == ["C101"]


def test_ignore_ignores_case() -> None:
    corpus = write_corpus(CONFLICT)
    result = run("check", "--corpus", str(corpus), "--ignore", "c101", "--format", "json")
    assert "C101" not in [f["rule"] for f in findings(result)]


def test_config_selectors_and_severities_ignore_case() -> None:
    corpus = write_corpus(CONFLICT)
    Path("checker.toml").write_text('select = ["c1"]\nseverity = { c101 = "warning" }\n', encoding="utf-8")
    result = run("check", "--corpus", str(corpus), "--format", "json")
    assert [(f["rule"], f["severity"]) for f in findings(result)] == [("C101", "warning")]


@pytest.mark.parametrize("selection", [("--select", "C1"), ("--ignore", "C9"), ("--select", "C3", "--ignore", "C901")])
def test_a_broken_table_fails_whatever_is_selected(selection: tuple[str, ...]) -> None:
    corpus = write_corpus(CONFLICT)
    run("seed", str(corpus), "--claims", "table.csv")
    lines = Path("table.csv").read_text(encoding="utf-8").splitlines()
    Path("table.csv").write_text("\n".join([lines[0], lines[1].replace(",auto,", ",unknown,")]) + "\n", encoding="utf-8")
    result = run("check", "--corpus", str(corpus), "--claims", "table.csv", *selection)
    assert result.exit_code == 2, result.output
    assert "table.csv:2:" in result.stdout + result.stderr


@pytest.mark.parametrize("table", ['severity = { C9999 = "info" }', 'severity = { C1 = "info" }', 'ignore = "C1"'])
def test_a_config_that_names_no_rule_is_an_error(table: str) -> None:
    corpus = write_corpus(CONFLICT)
    Path("checker.toml").write_text(table + "\n", encoding="utf-8")
    result = run("check", "--corpus", str(corpus))
    assert result.exit_code == 2, result.output
    assert "checker.toml" in result.stderr


# --- JSON Lines locations -----------------------------------------------------------------


def _jsonl(records: list[dict[str, str]], ascii_only: bool = False) -> Path:
    path = Path("archive.jsonl")
    lines = [json.dumps(r, ensure_ascii=ascii_only) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _records() -> list[dict[str, str]]:
    filler = [{"id": f"f{i}", "title": "Tin vắn", "text": "Trời mưa.\nGió \"mạnh\".\n"} for i in range(40)]
    a = {"id": "a", "title": "Năm 2025", "text": "Tiêu đề\nĐoạn một.\n" + CONFLICT["a.txt"]}
    b = {"id": "b", "text": "Tin \"nóng\"\\\n\n" + CONFLICT["b.txt"]}
    return [*filler[:20], a, *filler[20:], b]


@pytest.mark.parametrize("ascii_only", [False, True])
def test_json_lines_findings_point_at_the_record_and_the_figure(ascii_only: bool) -> None:
    path = _jsonl(_records(), ascii_only)
    raw = path.read_text(encoding="utf-8").split("\n")
    result = run("check", "--corpus", str(path), "--format", "json")
    assert result.exit_code == 1, result.output
    [finding] = findings(result)
    loc = finding["location"]
    assert loc["path"] == "archive.jsonl" and loc["line"] == 21  # record a, after 20 fillers
    written = json.dumps("hơn 330 dự án", ensure_ascii=ascii_only)[1:-1]  # the figure of record a
    assert raw[loc["line"] - 1][loc["column"] - 1 :].startswith(written)


@pytest.mark.parametrize("fmt", ["github", "sarif", "junit", "text"])
def test_every_ci_format_names_the_records_line(fmt: str) -> None:
    path = _jsonl(_records())
    result = run("check", "--corpus", str(path), "--format", fmt)
    assert result.exit_code == 1, result.output
    out = result.stdout
    expected = {
        "github": "file=archive.jsonl,line=21,",
        "sarif": '"startLine": 21',
        "junit": 'line="21"',
        "text": "archive.jsonl:21:",
    }[fmt]
    assert expected in out.replace("\n", "") if fmt == "text" else expected in out
    if fmt == "sarif":
        assert '"startLine": 42' in out  # the related location: record b, on the last line
