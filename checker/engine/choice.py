"""Which engine a run uses (the options, then the settings), with its progress bar."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from checker.config import Settings
from checker.engine.local import Engine
from checker.errors import InputError


@dataclass(frozen=True)
class EngineOptions:
    """What the command line asks of the engine; None: as the settings say."""

    workers: int | None = None
    no_cache: bool = False
    engine: str | None = None
    scheduler: str | None = None
    progress: bool = False  # a progress bar on stderr, when stderr is a terminal


@contextlib.contextmanager
def open_engine(settings: Settings, options: EngineOptions) -> Iterator[Engine]:
    """The engine the options ask for; a Dask cluster it starts, and the progress bar, are
    closed on the way out."""
    with _progress_bar(options.progress) as progress:
        name = options.engine or settings.engine
        if options.scheduler and name != "dask":
            raise InputError("--scheduler", 0, 0, "a scheduler address needs --engine dask")
        count = options.workers if options.workers is not None else (settings.workers or os.cpu_count() or 1)
        cache = None if options.no_cache or not settings.cache_dir else Path(settings.cache_dir)
        if name == "dask":
            from checker.engine.dask_engine import dask_engine

            with dask_engine(options.scheduler or settings.scheduler, max(1, count), cache, progress) as dask:
                yield dask
            return
        yield Engine(max(1, count), cache, progress)


@contextlib.contextmanager
def _progress_bar(wanted: bool) -> Iterator[Callable[[int, int], None] | None]:
    """An engine's progress callback drawing a bar on stderr; None when not wanted or
    stderr is not a terminal."""
    if not wanted or not sys.stderr.isatty():
        yield None
        return
    bar = Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.speed} doc/s"),
        TimeElapsedColumn(), console=Console(stderr=True), transient=True,
    )
    with bar:
        task = bar.add_task("documents", total=None)

        def report(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield report
