"""Messages say what to do: a missing corpus, --diff-base outside git or with an unknown ref,
--limit with the default table, and how to accept a known discrepancy."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from checker.cli import main
from checker.gate.gitdiff import git_failure
from checker.reporters.display import format_value

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
CLAIMS = SEEDS.parent / "claims.csv"


pytestmark = pytest.mark.usefixtures("workdir")  # each test in an empty folder of its own (conftest.py)


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.mark.parametrize("command", ["check", "seed"])
def test_a_missing_default_corpus_says_to_name_one(command: str) -> None:
    result = run(command)
    assert result.exit_code == 2
    assert "error: seeds: no corpus here: name one with --corpus PATH" in result.stderr


def test_diff_base_outside_git_says_what_it_needs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text("Năm 2025 đạt 8,4 tỷ USD.\n", encoding="utf-8")
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))  # no repository above the test's folder
    result = run("check", "--corpus", "corpus", "--diff-base", "main")
    assert result.exit_code == 2
    assert "needs a git repository" in result.stderr and "fatal:" not in result.stderr


@pytest.mark.parametrize(
    ("stderr", "expected"),
    [
        ("fatal: bad revision 'nope'\n", "'nope' is not a commit git knows here: fetch it first"),
        ("fatal: ambiguous argument 'origin/main': unknown revision or path\n", "fetch-depth: 0"),
        ("fatal: something else\n", "git failed: something else"),
    ],
)
def test_git_failures_are_explained(stderr: str, expected: str) -> None:
    ref = "nope" if "nope" in stderr else "origin/main"
    assert expected in git_failure(stderr, ref)


def test_limit_with_the_default_table_does_not_report_the_unread_rows() -> None:
    shutil.copytree(SEEDS, "seeds")
    shutil.copy(CLAIMS, "claims.csv")
    result = run("check", "--limit", "2", "--format", "concise")
    assert "C301" not in result.stdout, result.stdout
    assert "in 2 documents" in result.stdout.splitlines()[-1]


@pytest.mark.parametrize("code", ["C101", "C201", "C301"])
def test_explain_says_how_to_accept_a_known_discrepancy(code: str) -> None:
    result = run("explain", code)
    assert result.exit_code == 0
    assert "status" in result.stdout and "ignored" in result.stdout and "checker baseline" in result.stdout


def _edited_row(**changes: float) -> dict[str, str]:
    """The seeds and their table, with the first row of a scaled USD figure changed (values moved by `changes`)."""
    shutil.copytree(SEEDS, "seeds")
    with CLAIMS.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    row = next(r for r in rows if r["unit"] == "USD" and float(r["value"]) >= 1e9 and r["status"] == "auto")
    original = dict(row)
    for column, delta in changes.items():
        row[column] = str(int(float(row[column]) + delta))
    with Path("claims.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return original


def _c301() -> str:
    [line] = [x for x in run("check", "--format", "concise").stdout.splitlines() if " C301 " in x]
    return line


def test_c301_on_a_moved_quote_says_to_seed() -> None:
    row = _edited_row(start=-3, end=-3)
    start, end = int(row["start"]) - 3, int(row["end"]) - 3
    assert f"no longer at offsets {start}-{end}; it now appears at offset {row['start']}: run `checker seed`" in _c301()


def test_c301_on_an_edited_value_shows_both_in_their_scale() -> None:
    step = 10e9
    row = _edited_row(value=step, low=step, high=step)
    said = format_value(float(row["value"]), "USD")
    edited = format_value(float(row["value"]) + step, "USD")
    assert f"says {said}, the row says {edited}: correct value, low, high and unit in the row" in _c301()


def test_a_finding_of_no_period_says_so() -> None:
    """A figure with no year of its own, in an undated article, is of "no period" in every
    rule's message, never of "()"."""
    Path("corpus").mkdir()
    Path("corpus/a.txt").write_text(
        "Dự án thủy lợi vùng Đồng Tháp Mười\nDự án sẽ đảm bảo sinh kế tốt hơn cho 11.400 hộ dân ở huyện Hồng Ngự.\n",
        encoding="utf-8",
    )
    Path("corpus/b.txt").write_text(
        "Dự án thủy lợi vùng Đồng Tháp Mười hoàn thành\nDự án đã đảm bảo sinh kế tốt hơn cho 11.500 hộ dân ở huyện Hồng Ngự.\n",
        encoding="utf-8",
    )
    result = run("check", "--corpus", "corpus", "--format", "concise", "--exit-zero")
    assert "C10" in result.output, result.output
    assert "(no period)" in result.output and "()" not in result.output, result.output
