"""Messages say what to do: a missing corpus, --diff-base outside git or with an unknown ref,
--limit with the default table, and how to accept a known discrepancy."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from checker.cli import main
from checker.gate.gitdiff import git_failure

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
CLAIMS = SEEDS.parent / "claims.csv"


@pytest.fixture(autouse=True)
def workdir(tmp_path: Path) -> Iterator[Path]:
    old = Path.cwd()
    os.chdir(tmp_path)
    try:
        yield tmp_path
    finally:
        os.chdir(old)


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
