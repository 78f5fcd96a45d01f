"""The Dask engine: the pipeline's pure stages on a Dask cluster, local or remote.

Documents go to the workers in partitions (Dask futures), each partition read by the same
`read_document_packed` as everywhere else; claims go to the workers grouped by kind, unit and
period, each group linked by the same `link_claims`. Results come back in the documents'
and groups' order, so findings and `claims.csv` are byte for byte those of the local engine.
The cache, the claim table and the rules stay on the client.

Dask is an optional extra (`pip install "checker[dask]"`): this module imports it only
when an engine is opened, so the checker works without it.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable, Iterator, Sized
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from checker import __version__
from checker.config import Settings
from checker.engine import Engine
from checker.engine.local import Progress
from checker.errors import InputError
from checker.models import Document

T = TypeVar("T")
R = TypeVar("R")

MISSING = 'the Dask engine needs Dask: pip install "checker[dask]"'
DOCUMENTS_PER_PARTITION = 250  # large enough to hide the scheduler's cost per task, small enough to balance
GROUP_PARTITIONS_PER_WORKER = 4  # several partitions a worker, so that a slow one can be stolen
CONNECT_TIMEOUT = "10s"


@dataclass(frozen=True)
class DaskEngine(Engine):
    """An engine whose per-document and per-group stages run on a Dask cluster (`client`)."""

    client: Any = None  # distributed.Client
    partition_size: int = DOCUMENTS_PER_PARTITION

    def map_documents(
        self, fn: Callable[[Document, Settings], R], documents: Iterable[Document], settings: Settings
    ) -> Iterator[R]:
        """`fn` over documents in partitions on the cluster; yielded in order, a partition at a time."""
        for part in _map_partitions(self.client, fn, _partitions(list(documents), self.partition_size), settings):
            yield from part

    def map_groups(self, fn: Callable[[T, Settings], R], groups: list[T], settings: Settings) -> Iterator[R]:
        """`fn` over groups of claims on the cluster, in partitions of about equal claims; results in order."""
        workers = max(1, len(self.client.scheduler_info(n_workers=-1).get("workers", {})))
        bins = _balanced(groups, min(len(groups), workers * GROUP_PARTITIONS_PER_WORKER))
        results: dict[int, R] = {}
        parts = _map_partitions(self.client, fn, [[groups[i] for i in b] for b in bins], settings)
        for members, part in zip(bins, parts, strict=True):
            results.update(zip(members, part, strict=True))
        return (results[i] for i in range(len(groups)))


def _balanced(groups: list[T], count: int) -> list[list[int]]:
    """Group indices in `count` bins of about equal size, largest groups first (a few
    groups hold most claims: bins of equal group counts would leave workers idle)."""
    bins: list[list[int]] = [[] for _ in range(count)]
    loads = [0] * count
    for i in sorted(range(len(groups)), key=lambda i: -_size(groups[i])):
        lightest = loads.index(min(loads))
        bins[lightest].append(i)
        loads[lightest] += _size(groups[i])
    return [b for b in bins if b]


def _size(group: object) -> int:
    return len(group) if isinstance(group, Sized) else 1


def _partitions(items: list[T], size: int) -> list[list[T]]:
    return [items[i : i + size] for i in range(0, len(items), max(1, size))]


def _apply(items: list[T], fn: Callable[[T, Settings], R], settings: Settings) -> list[R]:
    """A stage over one partition, on a worker (module-level, so that it pickles by name)."""
    return [fn(item, settings) for item in items]


def _map_partitions(client: Any, fn: Callable[[T, Settings], R], parts: list[list[T]], settings: Settings) -> Iterator[list[R]]:
    """Each partition's results in order. Partitions are scattered to the workers first: data
    goes to them directly, not through the scheduler inside the task graph."""
    if not parts:
        return
    futures = client.map(_apply, client.scatter(parts, hash=False), fn=fn, settings=settings, pure=False)
    for future in futures:
        yield future.result()
        future.release()


def _distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise InputError("--engine dask", 0, 0, MISSING) from None
    return distributed


def _check_workers(client: Any, scheduler: str) -> None:
    """A remote cluster's workers run their own installed checker: it must be this one."""
    workers = client.get_versions(packages=["checker"]).get("workers", {})
    if not workers:
        raise InputError("--scheduler", 0, 0, f"the Dask scheduler at {scheduler} has no workers")
    for address, info in sorted(workers.items()):
        found = info.get("packages", {}).get("checker")
        if found != __version__:
            raise InputError(
                "--scheduler", 0, 0, f"worker {address} has checker {found or 'not installed'}, this is checker {__version__}"
            )


@contextlib.contextmanager
def dask_engine(
    scheduler: str = "", workers: int = 0, cache_dir: Path | None = None, progress: Progress | None = None
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
            _check_workers(client, scheduler)
        else:
            count = workers or os.cpu_count() or 1
            cluster = stack.enter_context(
                distributed.LocalCluster(n_workers=count, threads_per_worker=1, processes=True, dashboard_address=None)
            )
            client = stack.enter_context(distributed.Client(cluster))
        yield DaskEngine(workers=workers, cache_dir=cache_dir, progress=progress, client=client)
