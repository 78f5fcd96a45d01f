"""The progress bar: readable rates, one task a stage, nothing on a pipe."""

from __future__ import annotations

import io

import pytest
from rich.console import Console
from rich.progress import Progress

from checker.engine.progress import RateColumn, StageBar, rate, stage_bar


@pytest.mark.parametrize(
    ("speed", "shown"), [(0.46, "0.5 doc/s"), (244.4, "244 doc/s"), (864.747652416752, "865 doc/s"), (119077.3, "119k doc/s")],
)
def test_rates_are_rounded_for_people(speed: float, shown: str) -> None:
    assert rate(speed, "doc") == shown


def test_each_stage_is_a_task_and_an_unknown_total_shows_no_bar() -> None:
    progress = Progress(RateColumn(), console=Console(file=io.StringIO()), auto_refresh=False)
    bar = StageBar(progress)
    bar("reading documents", 100, 0)
    bar("reading documents", 200, 0)
    bar("linking claims", 10, 50)
    tasks = {t.description: t for t in progress.tasks}
    assert set(tasks) == {"reading documents", "linking claims"}
    assert tasks["reading documents"].total is None and tasks["reading documents"].completed == 200
    assert tasks["linking claims"].total == 50 and tasks["linking claims"].fields["unit"] == "claim"
    assert str(RateColumn().render(tasks["linking claims"])) == ""  # one update: no rate yet, not "None"


def test_no_bar_when_stderr_is_not_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stderr", io.StringIO())
    assert stage_bar() is None
