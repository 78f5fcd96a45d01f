"""The Dask engine: the pipeline's pure stages on a Dask cluster, local or remote.

Documents go to the workers in partitions (a `dask.bag`), each partition read by the same
`read_document` as everywhere else; claims go to the workers grouped by kind, unit and
period, each group linked by the same `link_claims`. Results come back in the documents'
and groups' order, so findings and `claims.csv` are byte for byte those of the local engine.
The cache, the claim table and the rules stay on the client.

Dask is an optional extra (`pip install "checker[dask]"`): this module imports it only
when an engine is opened, so the checker works without it.
"""

from __future__ import annotations

import contextlib
import functools
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from checker.config import Settings
from checker.errors import InputError
from checker.models import Document
from checker.pipeline import Engine

T = TypeVar("T")
R = TypeVar("R")

MISSING = 'the Dask engine needs Dask: pip install "checker[dask]"'
DOCUMENTS_PER_PARTITION = 250  # large enough to hide the scheduler's cost per task, small enough to balance
GROUP_PARTITIONS_PER_WORKER = 4  # claim groups vary a lot in size: several partitions a worker even them out
CONNECT_TIMEOUT = "10s"


@dataclass(frozen=True)
class DaskEngine(Engine):
    """An engine whose per-document and per-group stages run on a Dask cluster (`client`)."""

    client: Any = None  # distributed.Client
    partition_size: int = DOCUMENTS_PER_PARTITION

    def map_documents(self, fn: Callable[[Document, Settings], R], documents: list[Document], settings: Settings) -> Iterator[R]:
        """`fn` over documents in partitions on the cluster; yielded in order, a partition at a time."""
        if not documents:
            return
        import dask.bag as db

        bag = db.from_sequence(documents, partition_size=self.partition_size)
        futures = self.client.compute(bag.map(functools.partial(_apply, fn=fn, settings=settings)).to_delayed())
        for future in futures:
            yield from future.result()
            future.release()

    def map_groups(self, fn: Callable[[T, Settings], R], groups: list[T], settings: Settings) -> Iterator[R]:
        """`fn` over groups of claims on the cluster, a few partitions a worker; results in order."""
        if not groups:
            return iter(())
        import dask.bag as db

        workers = max(1, len(self.client.scheduler_info(n_workers=-1).get("workers", {})))
        bag = db.from_sequence(groups, npartitions=min(len(groups), workers * GROUP_PARTITIONS_PER_WORKER))
        results: list[R] = self.client.compute(bag.map(functools.partial(_apply, fn=fn, settings=settings))).result()
        return iter(results)


def _apply(item: T, fn: Callable[[T, Settings], R], settings: Settings) -> R:
    """One call of a stage on a worker (a module-level function, so that it pickles by name)."""
    return fn(item, settings)


def _distributed() -> Any:
    try:
        import dask.bag  # noqa: F401  (the engine needs both)
        import distributed
    except ImportError:
        raise InputError("--engine dask", 0, 0, MISSING) from None
    return distributed


@contextlib.contextmanager
def dask_engine(
    scheduler: str = "", workers: int = 0, cache_dir: Path | None = None, progress: Callable[[int, int], None] | None = None
) -> Iterator[DaskEngine]:
    """A DaskEngine on the scheduler at `scheduler` ("tcp://host:8786"), or on a local
    cluster of `workers` single-threaded processes (one per core when 0), closed at the end."""
    distributed = _distributed()
    with contextlib.ExitStack() as stack:
        if scheduler:
            try:
                client = stack.enter_context(distributed.Client(scheduler, timeout=CONNECT_TIMEOUT))
            except (OSError, TimeoutError) as exc:
                raise InputError("--scheduler", 0, 0, f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        else:
            count = workers or os.cpu_count() or 1
            cluster = stack.enter_context(
                distributed.LocalCluster(n_workers=count, threads_per_worker=1, processes=True, dashboard_address=None)
            )
            client = stack.enter_context(distributed.Client(cluster))
        yield DaskEngine(workers=workers, cache_dir=cache_dir, progress=progress, client=client)
