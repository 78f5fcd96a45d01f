"""An on-disk cache, in SQLite, of per-document results (sentences, mentions and their claims'
ids, packed), of the parsed claim table, and of a corpus's documents by id.

Keyed by a hash of the document (id, text, date), the checker's version and every
setting that shapes extraction: a changed article, a new release or new settings miss
the cache. The claim table is keyed by a hash of its bytes. A cache that
cannot be read (corrupt, another schema) is deleted and rebuilt, never trusted.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import fields
from pathlib import Path
from typing import Any

from checker import __version__
from checker.config import Settings
from checker.engine.memory import gc_paused
from checker.models import Claim, Document, Packed, values_getter

SCHEMA = 4


# Settings that change where or how the work runs, or what is done after extraction,
# never what a document's sentences and mentions are: they stay out of the key.
NOT_IN_KEY = frozenset({"corpus", "claims", "select", "ignore", "severity", "workers", "cache_dir", "engine", "scheduler"})


def _settings_key(settings: Settings) -> str:
    return repr(sorted((f.name, repr(getattr(settings, f.name))) for f in fields(Settings) if f.name not in NOT_IN_KEY))


class CacheMiss(Exception):
    """The cache cannot answer (unreadable, or changed under us): compute instead."""


_CLAIM_VALUES = values_getter(Claim)
_DOCUMENT_VALUES = values_getter(Document)


def _create(db: sqlite3.Connection) -> None:
    db.execute("CREATE TABLE IF NOT EXISTS docs (key TEXT PRIMARY KEY, payload TEXT NOT NULL)")
    db.execute("CREATE TABLE IF NOT EXISTS tables (key TEXT PRIMARY KEY, payload TEXT NOT NULL)")
    # For draft checks: the table's claims by block and by sentence, the corpus's documents by id.
    db.execute(
        "CREATE TABLE IF NOT EXISTS table_claims (tkey TEXT, block TEXT, base TEXT, place TEXT, payload TEXT NOT NULL)"
    )
    db.execute("CREATE INDEX IF NOT EXISTS table_claims_block ON table_claims (tkey, block)")
    db.execute("CREATE INDEX IF NOT EXISTS table_claims_base ON table_claims (tkey, base)")
    db.execute("CREATE INDEX IF NOT EXISTS table_claims_place ON table_claims (tkey, place)")
    db.execute("CREATE TABLE IF NOT EXISTS corpora (fingerprint TEXT PRIMARY KEY, documents INTEGER, sentences INTEGER)")
    db.execute("CREATE TABLE IF NOT EXISTS corpus_docs (fingerprint TEXT, id TEXT, payload TEXT NOT NULL)")
    db.execute("CREATE INDEX IF NOT EXISTS corpus_docs_id ON corpus_docs (fingerprint, id)")


def block_key(kind: str, unit: str, period: str) -> str:
    """A linking block (kind, unit, period), as one string."""
    return f"{kind}\x1f{unit}\x1f{period}"


def block_of(claim: Claim) -> str:
    """The linking block of a claim."""
    return block_key(claim.kind, claim.unit, claim.period)


def place_of(claim: Claim) -> str:
    return f"{claim.doc}\x1f{claim.sentence}"


class Cache:
    """Per-document results on disk; every failure degrades to a miss."""

    def __init__(self, folder: Path, settings: Settings) -> None:
        self.path = folder / "documents.sqlite"
        self._salt = f"{SCHEMA}\x1f{__version__}\x1f{_settings_key(settings)}"
        self._db = self._open()

    def _open(self) -> sqlite3.Connection | None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            ignore_in_git(self.path.parent)
            db = sqlite3.connect(self.path)
            _create(db)
            db.execute("SELECT count(*) FROM docs").fetchone()
            db.execute("SELECT count(*) FROM tables").fetchone()
            return db
        except (sqlite3.Error, OSError):
            self.path.unlink(missing_ok=True)  # corrupt: rebuild
            try:
                db = sqlite3.connect(self.path)
                _create(db)
                return db
            except (sqlite3.Error, OSError):
                return None

    def key(self, doc: Document) -> str:
        data = "\x1f".join((self._salt, doc.id, doc.date, doc.text))
        return hashlib.blake2b(data.encode("utf-8"), digest_size=16).hexdigest()

    def get_many(self, docs: list[Document]) -> dict[str, Packed]:
        """Cached results by document id, for the documents that hit."""
        if self._db is None or not docs:
            return {}
        keys = {self.key(d): d.id for d in docs}
        by_id = {d.id: d for d in docs}
        try:
            with gc_paused():
                found = self._fetch(keys, by_id)
        except (sqlite3.Error, ValueError, TypeError):
            self.clear()
            return {}
        return found

    def _fetch(self, keys: dict[str, str], by_id: dict[str, Document]) -> dict[str, Packed]:
        assert self._db is not None
        found: dict[str, Packed] = {}
        items = list(keys.items())
        for start in range(0, len(items), 500):
            chunk = dict(items[start : start + 500])
            marks = ",".join("?" * len(chunk))
            for key, payload in self._db.execute(f"SELECT key, payload FROM docs WHERE key IN ({marks})", list(chunk)):
                spans, mentions, claim_keys = json.loads(payload)
                found[by_id[chunk[key]].id] = (
                    [tuple(span) for span in spans], [tuple(m) for m in mentions], [tuple(k) for k in claim_keys]
                )
        return found

    def put_many(self, results: list[tuple[Document, Packed]]) -> None:
        if self._db is None or not results:
            return
        rows = [(self.key(doc), json.dumps(packed, ensure_ascii=False)) for doc, packed in results]
        try:
            with self._db:
                self._db.executemany("INSERT OR REPLACE INTO docs (key, payload) VALUES (?, ?)", rows)
        except sqlite3.Error:
            self.clear()

    def get_table(self, data: bytes) -> list[Claim] | None:
        """The claims parsed from a claim table with these bytes, if this cache has them."""
        if self._db is None:
            return None
        try:
            row = self._db.execute("SELECT payload FROM tables WHERE key = ?", (self._table_key(data),)).fetchone()
            return None if row is None else [Claim(*values) for values in json.loads(row[0])]
        except (sqlite3.Error, ValueError, TypeError):
            self.clear()
            return None

    def put_table(self, data: bytes, claims: list[Claim]) -> None:
        """Keep the claims of a sound table (one table: the newest replaces the others), whole
        and claim by claim, indexed by block, baseline block and sentence."""
        if self._db is None:
            return
        key = self._table_key(data)
        rows = [(key, block_of(c), c.baseline, place_of(c),
                 json.dumps(_CLAIM_VALUES(c), ensure_ascii=False)) for c in claims]
        payload = "[" + ",".join(row[-1] for row in rows) + "]"  # the whole table, each claim encoded once
        try:
            with self._db:
                self._db.execute("DELETE FROM tables")
                self._db.execute("DELETE FROM table_claims")
                self._db.execute("INSERT INTO tables (key, payload) VALUES (?, ?)", (key, payload))
                self._db.executemany("INSERT INTO table_claims VALUES (?, ?, ?, ?, ?)", rows)
        except sqlite3.Error:
            self.clear()

    def has_table(self, data: bytes) -> bool:
        if self._db is None:
            return False
        try:
            query = "SELECT 1 FROM table_claims WHERE tkey = ? LIMIT 1"
            return self._db.execute(query, (self._table_key(data),)).fetchone() is not None
        except sqlite3.Error:
            return False

    def table_claims(self, data: bytes, column: str, values: set[str]) -> list[Claim]:
        """The claims of a cached table whose `column` (block, base or place) is one of `values`.

        Raises CacheMiss when the cache cannot be read: a partial answer would be a wrong one."""
        if column not in ("block", "base", "place"):
            raise ValueError(f"not an indexed column: {column}")
        try:
            return [Claim(*v) for v in self._payloads("table_claims", ("tkey", self._table_key(data)), column, values)]
        except TypeError as exc:
            raise CacheMiss(str(exc)) from None

    def put_corpus(self, fingerprint: str, documents: tuple[Document, ...], sentences: int) -> None:
        """Keep a corpus's documents by id, for checks that need only a few of them."""
        if self._db is None:
            return
        rows = [(fingerprint, d.id, json.dumps(_DOCUMENT_VALUES(d), ensure_ascii=False)) for d in documents]
        try:
            with self._db:
                self._db.execute("DELETE FROM corpora")
                self._db.execute("DELETE FROM corpus_docs")
                self._db.execute("INSERT INTO corpora VALUES (?, ?, ?)", (fingerprint, len(documents), sentences))
                self._db.executemany("INSERT INTO corpus_docs VALUES (?, ?, ?)", rows)
        except sqlite3.Error:
            self.clear()

    def table_size(self, data: bytes) -> int:
        if self._db is None:
            raise CacheMiss("no cache")
        try:
            row = self._db.execute("SELECT count(*) FROM table_claims WHERE tkey = ?", (self._table_key(data),)).fetchone()
        except sqlite3.Error as exc:
            raise CacheMiss(str(exc)) from None
        return int(row[0])

    def corpus_size(self, fingerprint: str) -> tuple[int, int] | None:
        """(documents, sentences) of a kept corpus, or None when it is not kept."""
        if self._db is None:
            return None
        try:
            row = self._db.execute("SELECT documents, sentences FROM corpora WHERE fingerprint = ?", (fingerprint,)).fetchone()
            kept = self._db.execute("SELECT count(*) FROM corpus_docs WHERE fingerprint = ?", (fingerprint,)).fetchone()
        except sqlite3.Error:
            return None
        if row is None or int(kept[0]) != int(row[0]):
            return None  # not kept, or not whole
        return int(row[0]), int(row[1])

    def corpus_documents(self, fingerprint: str, ids: set[str]) -> list[Document]:
        """The kept documents of a corpus with these ids. Raises CacheMiss when the cache cannot be read."""
        try:
            return [Document(*v) for v in self._payloads("corpus_docs", ("fingerprint", fingerprint), "id", ids)]
        except TypeError as exc:
            raise CacheMiss(str(exc)) from None

    def _payloads(self, table: str, owner: tuple[str, str], column: str, values: set[str]) -> list[Any]:
        """The decoded payloads of the rows of `table` that belong to `owner` (column, value) and
        whose `column` is one of `values`, 500 values a query; CacheMiss when unreadable."""
        if self._db is None:
            raise CacheMiss("no cache")
        owner_column, owner_value = owner
        items, found = sorted(values), list[Any]()
        try:
            for start in range(0, len(items), 500):
                chunk = items[start : start + 500]
                marks = ",".join("?" * len(chunk))
                query = f"SELECT payload FROM {table} WHERE {owner_column} = ? AND {column} IN ({marks})"
                found.extend(json.loads(row[0]) for row in self._db.execute(query, [owner_value, *chunk]))
        except (sqlite3.Error, ValueError) as exc:
            raise CacheMiss(str(exc)) from None
        return found

    def _table_key(self, data: bytes) -> str:
        return hashlib.blake2b(f"{SCHEMA}\x1f{__version__}".encode() + b"\x1f" + data, digest_size=16).hexdigest()

    def clear(self) -> None:
        if self._db is not None:
            self._db.close()
        self.path.unlink(missing_ok=True)
        self._db = self._open()

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


GITIGNORE = "# Created by checker: the cache is not part of the repository.\n*\n"


def ignore_in_git(folder: Path) -> None:
    """A `.gitignore` of `*` in the cache folder, as ruff's and pytest's caches carry: the cache
    never shows up untracked in the newsroom's repository. An existing one is left as it is."""
    marker = folder / ".gitignore"
    if not marker.exists():
        marker.write_text(GITIGNORE, encoding="utf-8")
