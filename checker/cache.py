"""An on-disk cache of per-document results (sentences and mentions), in SQLite.

Keyed by a hash of the document (id, text, date), the checker's version and every
setting: a changed article, a new release or new settings miss the cache. A cache that
cannot be read (corrupt, another schema) is deleted and rebuilt, never trusted.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import astuple, fields
from pathlib import Path

from checker import __version__
from checker.config import Settings
from checker.models import Document, Mention, Sentence

SCHEMA = 1
Result = tuple[list[Sentence], list[Mention]]


# Settings that change where or how the work runs, or what is done after extraction,
# never what a document's sentences and mentions are: they stay out of the key.
NOT_IN_KEY = frozenset({"corpus", "claims", "select", "ignore", "severity", "workers", "cache_dir", "engine", "scheduler"})


def _settings_key(settings: Settings) -> str:
    return repr(sorted((f.name, repr(getattr(settings, f.name))) for f in fields(Settings) if f.name not in NOT_IN_KEY))


class Cache:
    """Per-document results on disk; every failure degrades to a miss."""

    def __init__(self, folder: Path, settings: Settings) -> None:
        self.path = folder / "documents.sqlite"
        self._salt = f"{SCHEMA}\x1f{__version__}\x1f{_settings_key(settings)}"
        self._db = self._open()

    def _open(self) -> sqlite3.Connection | None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path)
            db.execute("CREATE TABLE IF NOT EXISTS docs (key TEXT PRIMARY KEY, payload TEXT NOT NULL)")
            db.execute("SELECT count(*) FROM docs").fetchone()
            return db
        except (sqlite3.Error, OSError):
            self.path.unlink(missing_ok=True)  # corrupt: rebuild
            try:
                db = sqlite3.connect(self.path)
                db.execute("CREATE TABLE IF NOT EXISTS docs (key TEXT PRIMARY KEY, payload TEXT NOT NULL)")
                return db
            except (sqlite3.Error, OSError):
                return None

    def key(self, doc: Document) -> str:
        data = "\x1f".join((self._salt, doc.id, doc.date, doc.text))
        return hashlib.blake2b(data.encode("utf-8"), digest_size=16).hexdigest()

    def get_many(self, docs: list[Document]) -> dict[str, Result]:
        """Cached results by document id, for the documents that hit."""
        if self._db is None or not docs:
            return {}
        keys = {self.key(d): d.id for d in docs}
        found: dict[str, Result] = {}
        try:
            items = list(keys.items())
            for start in range(0, len(items), 500):
                chunk = dict(items[start : start + 500])
                marks = ",".join("?" * len(chunk))
                for key, payload in self._db.execute(f"SELECT key, payload FROM docs WHERE key IN ({marks})", list(chunk)):
                    sentences, mentions = json.loads(payload)
                    found[chunk[key]] = ([Sentence(*s) for s in sentences], [Mention(*m) for m in mentions])
        except (sqlite3.Error, ValueError, TypeError):
            self.clear()
            return {}
        return found

    def put_many(self, results: list[tuple[Document, Result]]) -> None:
        if self._db is None or not results:
            return
        rows = [
            (self.key(doc), json.dumps([[astuple(s) for s in sentences], [astuple(m) for m in mentions]], ensure_ascii=False))
            for doc, (sentences, mentions) in results
        ]
        try:
            with self._db:
                self._db.executemany("INSERT OR REPLACE INTO docs (key, payload) VALUES (?, ?)", rows)
        except sqlite3.Error:
            self.clear()

    def clear(self) -> None:
        if self._db is not None:
            self._db.close()
        self.path.unlink(missing_ok=True)
        self._db = self._open()

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
