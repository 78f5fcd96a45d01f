"""The seeds' HTML report, byte for byte, against tests/golden/seeds.html.

Rewritten only on request, as the other golden files are (tests/test_golden.py):
`python -m pytest tests/test_html_golden.py --update-golden` (or CHECKER_UPDATE_GOLDEN=1); review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).parent / "golden" / "seeds.html"


def test_seeds_report_matches_its_golden_file(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    args = ["check", "--corpus", "seeds", "--claims", "claims.csv", "--no-cache", "--exit-zero", "--format", "html"]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    page = result.stdout
    if request.config.getoption("--update-golden") or os.environ.get("CHECKER_UPDATE_GOLDEN") == "1":
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(page, encoding="utf-8", newline="")
        return
    assert GOLDEN.is_file(), f"no golden file {GOLDEN.name}: run pytest {Path(__file__).name} --update-golden"
    expected = GOLDEN.read_text(encoding="utf-8")
    assert page == expected, "the seeds' HTML report differs from tests/golden/seeds.html; if meant, rerun with --update-golden"
