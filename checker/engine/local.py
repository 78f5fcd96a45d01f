"""Where the pipeline's pure stages run: this process, or a pool of processes on this machine.

The pipeline only ever asks an engine to map a pure `fn(item, settings)` over items, with
results in the items' order; `checker.engine.dask_engine.DaskEngine` runs the same functions on a
Dask cluster.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from checker.config import Settings
from checker.models import Document

T = TypeVar("T")
R = TypeVar("R")


# The progress callback: (stage, done, total), total 0 while it is not known. Stages are named
# as people read them: "reading documents", "linking claims".
Progress = Callable[[str, int, int], None]
READING, LINKING = "reading documents", "linking claims"


@dataclass(frozen=True)
class Engine:
    """Where the pure stages run: here, in a process pool for the per-document stages when it pays.

    Other engines (`checker.engine.dask_engine.DaskEngine`) run the same functions elsewhere; the
    pipeline only ever asks an engine to map a pure `fn(item, settings)` over items, with
    results in the items' order. The cache and the progress callback stay on this side.
    """

    workers: int = 1
    cache_dir: Path | None = None
    progress: Progress | None = None

    def map_documents(
        self, fn: Callable[[Document, Settings], R], documents: Iterable[Document], settings: Settings
    ) -> Iterator[R]:
        """`fn` over every document, in order; in processes when there are enough documents.

        The pool takes documents as `documents` yields them: reading overlaps the work."""
        stream = iter(documents)
        head = list(itertools.islice(stream, POOL_MIN_DOCUMENTS))
        if self.workers <= 1 or len(head) < POOL_MIN_DOCUMENTS:
            yield from (fn(doc, settings) for doc in itertools.chain(head, stream))
            return
        with ProcessPoolExecutor(self.workers) as pool:
            # settings travel once a chunk (with the function), not once a document
            yield from pool.map(functools.partial(_apply, fn, settings), itertools.chain(head, stream), chunksize=64)

    def map_groups(self, fn: Callable[[T, Settings], R], groups: list[T], settings: Settings) -> Iterator[R]:
        """`fn` over every group of claims, in order (here: in this process; linking is cheap)."""
        return (fn(group, settings) for group in groups)


def _apply(fn: Callable[[Document, Settings], R], settings: Settings, doc: Document) -> R:
    return fn(doc, settings)


POOL_MIN_DOCUMENTS = 200  # below this, starting processes costs more than it saves
