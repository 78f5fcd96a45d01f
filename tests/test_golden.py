"""Golden files: every text format of `checker check` on the bundled seeds, byte for byte.

A change to what people or tools read shows up as a diff of tests/golden/. The files are
rewritten only on request: `python -m pytest tests/test_golden.py --update-golden` (or with
CHECKER_UPDATE_GOLDEN=1); review the diff before committing it. See tests/README.md.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).parent / "golden"
# name -> extra arguments of `checker check --corpus seeds --claims claims.csv`
FORMATS: dict[str, tuple[str, ...]] = {
    "seeds.full.txt": ("--format", "full"),
    "seeds.full-color.txt": ("--format", "full", "--color", "always"),
    "seeds.full-60.txt": ("--format", "full"),  # COLUMNS=60 below
    "seeds.concise.txt": ("--format", "concise"),
    "seeds.statistics.txt": ("--statistics",),
    "seeds.json": ("--format", "json"),
    "seeds.sarif": ("--format", "sarif"),
    "seeds.github.txt": ("--format", "github"),
    "seeds.junit.xml": ("--format", "junit"),
}


def _updating(config: pytest.Config) -> bool:
    return bool(config.getoption("--update-golden")) or os.environ.get("CHECKER_UPDATE_GOLDEN") == "1"


def render(name: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.chdir(ROOT)
    env = {"COLUMNS": "60" if "-60" in name else "80", "NO_COLOR": "", "FORCE_COLOR": ""}
    args = ["check", "--corpus", "seeds", "--claims", "claims.csv", "--no-cache", "--exit-zero", *FORMATS[name]]
    result = CliRunner(env=env).invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_output_matches_its_golden_file(name: str, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    output = render(name, monkeypatch)
    golden = GOLDEN / name
    if _updating(request.config):
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(output, encoding="utf-8", newline="")
        return
    assert golden.is_file(), f"no golden file {golden.name}: run pytest {Path(__file__).name} --update-golden"
    with golden.open(encoding="utf-8", newline="") as handle:
        expected = handle.read()
    assert output == expected, f"{name} differs from its golden file; if the change is meant, rerun with --update-golden"


def test_full_output_fits_80_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = render("seeds.full.txt", monkeypatch).splitlines()
    assert max(len(line) for line in lines) <= 80
    assert not [line for line in lines if line != line.rstrip()], "no trailing blanks"
    # A finding of three figures in about 30 lines: the heading, the message, three rows of three to five lines.
    blocks = "\n".join(lines).split("\n\n")
    three = [b for b in blocks if b.count("\n  • ") == 3]
    assert three and all(len(b.splitlines()) <= 30 for b in three)


def test_concise_is_one_line_a_finding(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = render("seeds.concise.txt", monkeypatch).splitlines()
    findings, summary = lines[:-1], lines[-1]
    assert findings and all(line.split(":")[0].startswith("seeds/") for line in findings)
    assert all(" C1" in line or " C2" in line or " C3" in line for line in findings)
    assert summary.startswith(f"{len(findings)} findings in 5 documents")
