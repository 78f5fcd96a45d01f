"""The progress bar: one line a long stage on stderr, only when stderr is a terminal.

Imported only by the commands that run stages (rich.progress is slow to import). Rates are
rounded as people read them ("1.234 doc/s"), and shown only once there is one.
"""

from __future__ import annotations

import sys
from types import TracebackType

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
)
from rich.text import Text

# What each stage counts, for its rate.
UNITS = {"reading documents": "doc", "linking claims": "claim"}


def rate(speed: float, unit: str) -> str:
    """`0.5 doc/s`, `244 doc/s`, `119k claim/s`: a rate people read at a glance."""
    if speed < 10:
        return f"{speed:.1f} {unit}/s"
    if speed < 10_000:
        return f"{speed:.0f} {unit}/s"
    return f"{speed / 1000:.0f}k {unit}/s"


class RateColumn(ProgressColumn):
    """Items a second while a stage runs, its average once done; nothing before a rate is known."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        if speed is None and task.finished and task.elapsed:
            speed = task.completed / task.elapsed
        if speed is None:
            return Text("")
        return Text(rate(speed, str(task.fields.get("unit", "item"))), style="progress.data.speed")


class StageBar:
    """A progress bar with one task a stage, and the engine's callback `(stage, done, total)`."""

    def __init__(self, progress: Progress) -> None:
        self._progress = progress
        self._tasks: dict[str, object] = {}

    def __enter__(self) -> StageBar:
        self._progress.__enter__()
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None) -> None:
        self._progress.__exit__(kind, value, tb)

    def __call__(self, stage: str, done: int, total: int) -> None:
        task = self._tasks.get(stage)
        if task is None:
            task = self._tasks[stage] = self._progress.add_task(stage, total=total or None, unit=UNITS.get(stage, "item"))
        self._progress.update(task, completed=done, total=total or None)  # type: ignore[arg-type]


def stage_bar() -> StageBar | None:
    """A bar on stderr when stderr is a terminal; None otherwise (a pipe, a file, CI logs)."""
    if not sys.stderr.isatty():
        return None
    progress = Progress(
        SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), RateColumn(),
        TimeElapsedColumn(), console=Console(stderr=True), transient=True,
    )
    return StageBar(progress)
