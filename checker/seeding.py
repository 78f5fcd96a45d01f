"""`checker seed`: the corpus's claims merged into claims.csv, under the table's lock."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from checker.config import Settings
from checker.corpus import build_corpus
from checker.engine import Engine
from checker.engine.cache import open_cache
from checker.engine.documents import display_path, iter_corpus, no_documents
from checker.errors import InputError
from checker.pipeline import load_table, seed_claims
from checker.table.atomic import write_atomic
from checker.table.claims import render_table
from checker.table.lock import table_lock
from checker.table.reseed import Changes, changes, merge_claims, stale_warning


@dataclass(frozen=True)
class SeedResult:
    documents: int
    sentences: int
    claims: int
    changes: Changes
    current: bool  # the table was already what the seed writes


def seed(
    corpus_path: Path, claims_path: Path, settings: Settings, limit: int | None = None, engine: Engine = Engine(),
    allow_stale: bool = False, write: bool = True,
) -> SeedResult:
    """Seed `claims_path` from a corpus, keeping everything editors wrote (`checker.table.reseed`).

    The table is locked from reading to writing, so that a concurrent seed waits. A seed
    that would mark many rows stale (`stale_warning`) is refused unless `allow_stale`.
    With `write=False` nothing is written: the result says whether the table is current."""
    with open_cache(engine.cache_dir, settings) as cache:
        corpus = build_corpus(iter_corpus(corpus_path, limit), settings, engine, cache)
    if not corpus.documents and not claims_path.exists():  # nothing read, nothing to mark stale
        raise no_documents(corpus_path)
    fresh = seed_claims(corpus)
    with table_lock(claims_path) if write else contextlib.nullcontext():
        old = load_table(claims_path) if claims_path.exists() else []
        merged = merge_claims(old, fresh)
        found = changes(old, merged, {d.id for d in corpus.documents})
        text = render_table(merged)
        current = claims_path.is_file() and claims_path.read_bytes() == text.encode("utf-8")
        warning = stale_warning(found, len(corpus.documents), limit)
        if write and warning and not allow_stale:
            raise InputError(display_path(claims_path), 0, 0, f"{warning}; nothing written (to mark them stale: --allow-stale)")
        if write and not current:
            write_atomic(claims_path, text)
    return SeedResult(len(corpus.documents), corpus.sentence_count, len(merged), found, current)
