"""The CI gate: a baseline makes known findings quiet; a new conflict still fails; --diff-base."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main

A = "Năm 2025, tổng kim ngạch xuất khẩu gạo đạt 5,2 tỷ USD.\n"
B = "Tổng kim ngạch xuất khẩu gạo năm 2025 đạt 5,6 tỷ USD.\n"
C_CLEAN = "Năm 2025, số khách quốc tế đến tỉnh đạt 1,2 triệu lượt khách.\n"
C_CONFLICT = C_CLEAN + "Năm 2025, tổng kim ngạch nhập khẩu phân bón đạt 1,1 tỷ USD.\n"
D = "Năm 2025, tổng kim ngạch nhập khẩu phân bón đạt 1,5 tỷ USD.\n"


def _corpus(root: Path, files: dict[str, str]) -> Path:
    corpus = root / "corpus"
    corpus.mkdir(exist_ok=True)
    for name, text in files.items():
        (corpus / name).write_text(text, encoding="utf-8")
    return corpus


def test_baseline_quiets_known_findings_and_a_new_conflict_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    corpus = _corpus(tmp_path, {"a.txt": A, "b.txt": B, "c.txt": C_CLEAN})
    runner = CliRunner()
    assert runner.invoke(main, ["seed", str(corpus)]).exit_code == 0
    check = ["check", "--corpus", str(corpus), "--claims", "claims.csv", "--fail-on", "warning"]
    assert runner.invoke(main, check).exit_code == 1
    assert runner.invoke(main, ["baseline", "--corpus", str(corpus), "--claims", "claims.csv"]).exit_code == 0
    recorded = json.loads(Path("checker-baseline.json").read_text(encoding="utf-8"))
    assert [f["rule"] for f in recorded["findings"]] == ["C101"]
    gate = [*check, "--baseline", "checker-baseline.json"]
    quiet = runner.invoke(main, gate)
    assert quiet.exit_code == 0, quiet.output
    # Reordering rows keeps the baseline valid.
    lines = Path("claims.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    Path("claims.csv").write_text(lines[0] + "".join(reversed(lines[1:])), encoding="utf-8")
    again = runner.invoke(main, gate)
    assert again.exit_code == 0, again.output
    # A new conflict in a document still fails, and names its file and line.
    _corpus(tmp_path, {"c.txt": C_CONFLICT, "d.txt": D})
    assert runner.invoke(main, ["seed", str(corpus)]).exit_code == 0
    new = runner.invoke(main, [*gate, "--format", "github"])
    assert new.exit_code == 1
    assert "::warning file=corpus/c.txt,line=2" in new.output or "::warning file=corpus/d.txt,line=1" in new.output
    assert "phân bón" in new.output and "gạo" not in new.output


def test_bad_baseline_file_is_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    corpus = _corpus(tmp_path, {"a.txt": A})
    Path("bad.json").write_text("{not json", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--corpus", str(corpus), "--baseline", "bad.json"])
    assert result.exit_code == 2
    assert "bad.json:1:2" in result.output and "Traceback" not in result.output


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def test_diff_base_reports_only_what_changed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    corpus = _corpus(tmp_path, {"a.txt": A, "b.txt": B, "c.txt": C_CLEAN})
    runner = CliRunner()
    runner.invoke(main, ["seed", str(corpus)])
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "-c", "user.email=t@example.org", "-c", "user.name=t", "add", ".")
    _git(tmp_path, "-c", "user.email=t@example.org", "-c", "user.name=t", "commit", "-qm", "base")
    diff = ["check", "--corpus", str(corpus), "--claims", "claims.csv", "--diff-base", "HEAD", "--fail-on", "warning"]
    old = runner.invoke(main, diff)
    assert old.exit_code == 0, old.output  # the rice conflict was there before
    _corpus(tmp_path, {"c.txt": C_CONFLICT, "d.txt": D})
    runner.invoke(main, ["seed", str(corpus)])
    new = runner.invoke(main, [*diff, "--format", "json"])
    assert new.exit_code == 1
    rules = {(f["rule"], f["metric"]) for f in json.loads(new.output)["findings"]}
    assert all("gạo" not in metric for _, metric in rules) and rules
