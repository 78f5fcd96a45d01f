"""Commands that check nothing start fast: they must not import the heavy libraries or the pipeline.

What is imported is asserted, not how long it takes (bench/bench_startup.py measures the time).
"""

from __future__ import annotations

import subprocess
import sys

import pytest

HEAVY = ("pandas", "numpy", "jinja2", "rich.progress", "checker.pipeline", "checker.engine.local", "concurrent.futures.process")

PROBE = """
import sys
from checker.cli import main
try:
    main(sys.argv[1:], prog_name="checker")
except SystemExit:
    pass
heavy = {heavy!r}
print("heavy:" + ",".join(m for m in heavy if m in sys.modules))
"""


@pytest.mark.parametrize("argv", [["--help"], ["rules"], ["explain", "C101"], ["check", "--help"]])
def test_quick_commands_import_nothing_heavy(argv: list[str]) -> None:
    probe = PROBE.format(heavy=HEAVY)
    out = subprocess.run([sys.executable, "-c", probe, *argv], capture_output=True, text=True, check=True).stdout
    assert out.splitlines()[-1] == "heavy:", f"checker {' '.join(argv)} imported {out.splitlines()[-1]}"


def test_the_probe_sees_an_import() -> None:
    """The probe itself works: a command that checks does import the pipeline."""
    probe = "import checker.pipeline\n" + PROBE.format(heavy=("checker.pipeline",))
    out = subprocess.run([sys.executable, "-c", probe, "rules"], capture_output=True, text=True, check=True).stdout
    assert out.splitlines()[-1] == "heavy:checker.pipeline"
