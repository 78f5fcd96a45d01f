"""An on-disk cache, in SQLite, of per-document results (sentences, mentions and their claims'
ids, packed), of the parsed claim table, and of a corpus's documents by id.

Keyed by a hash of the document (id, text, date), the checker's version, the source of
the grammar that reads it and every setting that shapes extraction: a changed article, a
new release, an edited grammar or new settings miss the cache. The claim table is keyed by
a hash of its bytes.

Every entry carries the schema version and a checksum of its key and payload; a document's
entry must also fit its document (its quotes at their offsets). Anything unexpected (a
wrong checksum or shape, another schema, a corrupt file) is a miss and is rebuilt, never
trusted. A cache that cannot be opened or written (a plain file in its place, a read-only
folder or file) is skipped with one warning on stderr; reading it goes on where it can.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from checker import __version__
from checker.config import ANALYSIS_SETTINGS, Settings
from checker.engine.cache_entries import SCHEMA, USER_VERSION, CacheMiss, opened, packed_of, sealed, warn_once
from checker.engine.memory import gc_paused
from checker.errors import os_reason
from checker.models import Claim, Document, Packed, values_getter


def _settings_key(settings: Settings) -> str:
    """The analysis settings (run and report settings never change what a document's
    sentences and mentions are: they stay out of the key)."""
    return repr(sorted((name, repr(getattr(settings, name))) for name in ANALYSIS_SETTINGS))


_CLAIM_VALUES = values_getter(Claim)
_DOCUMENT_VALUES = values_getter(Document)


def _claim(values: list[Any]) -> Claim:
    """A claim from its stored values (JSON made the pairs of its extra columns lists)."""
    claim = Claim(*values)
    return replace(claim, extra=tuple((str(name), str(value)) for name, value in claim.extra))


def _create(db: sqlite3.Connection) -> None:
    # Every entry: its schema version and a checksum of key and payload (`_sealed`, `_opened`).
    entry = "schema TEXT NOT NULL, checksum TEXT NOT NULL, payload TEXT NOT NULL"
    db.execute(f"CREATE TABLE IF NOT EXISTS docs (key TEXT PRIMARY KEY, {entry})")
    db.execute(f"CREATE TABLE IF NOT EXISTS tables (key TEXT PRIMARY KEY, {entry})")
    # For draft checks: the table's claims by block and by sentence, the corpus's documents by id.
    db.execute(f"CREATE TABLE IF NOT EXISTS table_claims (tkey TEXT, block TEXT, base TEXT, place TEXT, {entry})")
    db.execute("CREATE INDEX IF NOT EXISTS table_claims_block ON table_claims (tkey, block)")
    db.execute("CREATE INDEX IF NOT EXISTS table_claims_base ON table_claims (tkey, base)")
    db.execute("CREATE INDEX IF NOT EXISTS table_claims_place ON table_claims (tkey, place)")
    db.execute("CREATE TABLE IF NOT EXISTS corpora (fingerprint TEXT PRIMARY KEY, documents INTEGER, sentences INTEGER)")
    db.execute(f"CREATE TABLE IF NOT EXISTS corpus_docs (fingerprint TEXT, id TEXT, {entry})")
    db.execute("CREATE INDEX IF NOT EXISTS corpus_docs_id ON corpus_docs (fingerprint, id)")


def block_key(kind: str, unit: str, period: str) -> str:
    """A linking block (kind, unit, period), as one string."""
    return f"{kind}\x1f{unit}\x1f{period}"


def block_of(claim: Claim) -> str:
    """The linking block of a claim."""
    return block_key(claim.kind, claim.unit, claim.period)


def place_of(claim: Claim) -> str:
    return f"{claim.doc}\x1f{claim.sentence}"


@functools.cache
def grammar_key() -> str:
    """A hash of the source that turns a document into claims (checker/grammar, the models,
    the seeding): a grammar edited between two runs of one version is not read from the
    cache of the other."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.blake2b(digest_size=8)
    for path in sorted([*(root / "grammar").glob("*.py"), root / "models.py", root / "seeding.py"]):
        with contextlib.suppress(OSError):
            digest.update(path.name.encode() + b"\x1f" + path.read_bytes())
    return digest.hexdigest()


class Cache:
    """Per-document results on disk; every failure degrades to a miss."""

    def __init__(self, folder: Path, settings: Settings) -> None:
        self.path = folder / "documents.sqlite"
        self._salt = f"{SCHEMA}\x1f{__version__}\x1f{grammar_key()}\x1f{_settings_key(settings)}"
        self._writable = True
        self._db = self._open()

    def _open(self) -> sqlite3.Connection | None:
        """The cache's database, created if need be; a corrupt one or one of another schema is
        replaced; None (with a warning) where there can be none (a plain file in the folder's place)."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            ignore_in_git(self.path.parent)
        except OSError as exc:
            warn_once(self.path.parent, f"cannot create the folder ({os_reason(exc)})")
            return None
        for attempt in range(2):
            try:
                db = sqlite3.connect(self.path)
                try:
                    if db.execute("PRAGMA user_version").fetchone()[0] != USER_VERSION:
                        raise sqlite3.DatabaseError("another schema")
                    db.execute("SELECT count(*) FROM docs WHERE schema = 0").fetchone()  # reads the schema
                    return db
                except sqlite3.Error:
                    db.close()
                    if attempt:
                        raise
                self.path.unlink(missing_ok=True)  # corrupt, empty or of another schema: rebuild
                db = sqlite3.connect(self.path)
                with db:
                    _create(db)
                    db.execute(f"PRAGMA user_version = {USER_VERSION}")
                return db
            except (sqlite3.Error, OSError) as exc:
                if attempt:
                    warn_once(self.path.parent, f"cannot be opened ({exc})")
        return self._read_only()

    def _read_only(self) -> sqlite3.Connection | None:
        """The database opened for reading only, where it can be (a read-only file or folder)."""
        self._writable = False
        try:
            db = sqlite3.connect(f"file:{self.path.as_posix()}?mode=ro", uri=True)
            if db.execute("PRAGMA user_version").fetchone()[0] == USER_VERSION:
                return db
            db.close()
        except (sqlite3.Error, OSError):
            pass
        return None

    def _write(self, statements: Callable[[sqlite3.Connection], object]) -> None:
        """Run writing statements in one transaction; a cache that cannot be written is then
        only read (one warning), a corrupt one rebuilt."""
        if self._db is None or not self._writable:
            return
        try:
            with self._db:
                statements(self._db)
        except sqlite3.OperationalError as exc:  # read-only, locked, disk full
            self._writable = False
            warn_once(self.path.parent, f"cannot be written ({exc})")
        except sqlite3.Error:
            self.clear()

    def key(self, doc: Document) -> str:
        data = "\x1f".join((self._salt, doc.id, doc.date, doc.text))
        return hashlib.blake2b(data.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()

    def get_many(self, docs: list[Document]) -> dict[str, Packed]:
        """Cached results by document id, for the documents that hit (and fit)."""
        if self._db is None or not docs:
            return {}
        keys = {self.key(d): d for d in docs}
        found: dict[str, Packed] = {}
        try:
            with gc_paused():
                items = list(keys.items())
                for start in range(0, len(items), 500):
                    chunk = dict(items[start : start + 500])
                    marks = ",".join("?" * len(chunk))
                    query = f"SELECT key, schema, checksum, payload FROM docs WHERE key IN ({marks})"
                    for key, *entry in self._db.execute(query, list(chunk)):
                        doc = chunk.get(key)
                        if doc is None:
                            continue
                        with contextlib.suppress(CacheMiss):  # a bad entry: this document is read again
                            found[doc.id] = packed_of(doc, opened(key, *entry))
        except sqlite3.Error:
            return found
        return found

    def put_many(self, results: list[tuple[Document, Packed]]) -> None:
        if not results:
            return
        rows = [(key, *sealed(key, json.dumps(packed, ensure_ascii=False)))
                for key, packed in ((self.key(doc), packed) for doc, packed in results)]
        self._write(lambda db: db.executemany("INSERT OR REPLACE INTO docs VALUES (?, ?, ?, ?)", rows))

    def get_table(self, data: bytes) -> list[Claim] | None:
        """The claims parsed from a claim table with these bytes, if this cache has them."""
        if self._db is None:
            return None
        key = self._table_key(data)
        try:
            row = self._db.execute("SELECT schema, checksum, payload FROM tables WHERE key = ?", (key,)).fetchone()
            return None if row is None else [_claim(values) for values in opened(key, *row)]
        except (sqlite3.Error, CacheMiss, TypeError, ValueError):
            return None

    def put_table(self, data: bytes, claims: list[Claim]) -> None:
        """Keep the claims of a sound table (one table: the newest replaces the others), whole
        and claim by claim, indexed by block, baseline block and sentence."""
        key = self._table_key(data)
        payloads = [json.dumps(_CLAIM_VALUES(c), ensure_ascii=False) for c in claims]
        rows = [(key, block_of(c), c.baseline, place_of(c), *sealed(key, p)) for c, p in zip(claims, payloads, strict=True)]
        whole = "[" + ",".join(payloads) + "]"  # the whole table, each claim encoded once

        def statements(db: sqlite3.Connection) -> None:
            db.execute("DELETE FROM tables")
            db.execute("DELETE FROM table_claims")
            db.execute("INSERT INTO tables VALUES (?, ?, ?, ?)", (key, *sealed(key, whole)))
            db.executemany("INSERT INTO table_claims VALUES (?, ?, ?, ?, ?, ?, ?)", rows)

        self._write(statements)

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
            return [_claim(v) for v in self._payloads("table_claims", ("tkey", self._table_key(data)), column, values)]
        except TypeError as exc:
            raise CacheMiss(str(exc)) from None

    def put_corpus(self, fingerprint: str, documents: tuple[Document, ...], sentences: int) -> None:
        """Keep a corpus's documents by id, for checks that need only a few of them."""
        rows = [(fingerprint, d.id, *sealed(fingerprint, json.dumps(_DOCUMENT_VALUES(d), ensure_ascii=False)))
                for d in documents]

        def statements(db: sqlite3.Connection) -> None:
            db.execute("DELETE FROM corpora")
            db.execute("DELETE FROM corpus_docs")
            db.execute("INSERT INTO corpora VALUES (?, ?, ?)", (fingerprint, len(documents), sentences))
            db.executemany("INSERT INTO corpus_docs VALUES (?, ?, ?, ?, ?)", rows)

        self._write(statements)

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
            if row is None or int(kept[0]) != int(row[0]):
                return None  # not kept, or not whole
            return int(row[0]), int(row[1])
        except (sqlite3.Error, TypeError, ValueError):
            return None

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
                query = f"SELECT schema, checksum, payload FROM {table} WHERE {owner_column} = ? AND {column} IN ({marks})"
                found.extend(opened(owner_value, *row) for row in self._db.execute(query, [owner_value, *chunk]))
        except sqlite3.Error as exc:
            raise CacheMiss(str(exc)) from None
        return found

    def _table_key(self, data: bytes) -> str:
        salt = f"{SCHEMA}\x1f{__version__}\x1f{grammar_key()}".encode()
        return hashlib.blake2b(salt + b"\x1f" + data, digest_size=16).hexdigest()

    def clear(self) -> None:
        """Start afresh: the file removed and created again (a warning where it cannot be)."""
        if self._db is not None:
            self._db.close()
            self._db = None
        try:
            self.path.unlink(missing_ok=True)
        except OSError as exc:
            warn_once(self.path.parent, f"cannot be rebuilt ({os_reason(exc)})")
            return
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
    try:
        if not marker.exists():
            marker.write_text(GITIGNORE, encoding="utf-8")
    except OSError:
        pass  # a read-only cache folder is still read: the marker is a courtesy, not a need


@contextlib.contextmanager
def open_cache(folder: Path | None, settings: Settings) -> Iterator[Cache | None]:
    """The cache in `folder` for a run with these settings, closed at the end; None: no cache."""
    if folder is None:
        yield None
        return
    cache = Cache(folder, settings)
    try:
        yield cache
    finally:
        cache.close()


__all__ = ["SCHEMA", "Cache", "CacheMiss", "block_key", "block_of", "open_cache", "place_of"]
