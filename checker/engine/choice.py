"""Which engine a run uses (the options, then the settings), with its progress bar."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from checker.config import Settings
from checker.engine.local import Engine, Progress
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
def _progress_bar(wanted: bool) -> Iterator[Progress | None]:
    """An engine's progress callback drawing a bar a stage on stderr (engine.progress); None when
    not wanted or stderr is not a terminal."""
    if not wanted or not sys.stderr.isatty():
        yield None
        return
    # Imported only here: rich.progress is slow to import, and most commands draw no bar.
    from checker.engine.progress import stage_bar

    bar = stage_bar()
    if bar is None:
        yield None
        return
    with bar:
        yield bar
