"""The entries of the cache (`checker.engine.cache`): sealed with the schema version and a
checksum, opened only when both are right, and a document's results only when they fit it."""

from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import fields
from pathlib import Path
from typing import Any

from checker.models import Claim, Document, Mention, Packed

# The cache stores records as their fields' values in order (`values_getter`): the schema is
# derived from the records' fields, so a field added, removed or moved misses every old entry.
# The number counts changes of everything else stored (the packed form, the tables, the seals).
_LAYOUT = ";".join(f"{r.__name__}:" + ",".join(f.name for f in fields(r)) for r in (Document, Mention, Claim))
SCHEMA = "6/" + hashlib.blake2b(_LAYOUT.encode("utf-8"), digest_size=4).hexdigest()
USER_VERSION = int(hashlib.blake2b(SCHEMA.encode("utf-8"), digest_size=3).hexdigest(), 16)  # the file's: an integer
_WARNED: set[str] = set()  # caches already warned about in this process: one warning each


class CacheMiss(Exception):
    """The cache cannot answer (unreadable, or changed under us): compute instead."""


def _checksum(key: str, payload: str) -> str:
    return hashlib.blake2b(f"{SCHEMA}\x1f{key}\x1f{payload}".encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def sealed(key: str, payload: str) -> tuple[str, str, str]:
    """(schema, checksum, payload): the columns of an entry as stored."""
    return SCHEMA, _checksum(key, payload), payload


def opened(key: str, schema: object, checksum: object, payload: object) -> Any:
    """The decoded payload of an entry; CacheMiss when its schema or checksum is not what it
    should be (a bad byte, a hand edit, an entry of another release) or it is not JSON."""
    if schema != SCHEMA or not isinstance(payload, str) or checksum != _checksum(key, payload):
        raise CacheMiss(f"entry {key[:12]}: wrong schema or checksum")
    try:
        return json.loads(payload)
    except ValueError as exc:
        raise CacheMiss(str(exc)) from None


def warn_once(folder: Path, reason: str) -> None:
    """Say once per cache folder and process that the cache is skipped, and why."""
    if str(folder) not in _WARNED:
        _WARNED.add(str(folder))
        print(f"warning: cache {folder.as_posix()}: {reason}; going on without writing it", file=sys.stderr)


_MENTION_FIELDS = len(fields(Mention))
_MENTION_TEXT = {i for i, f in enumerate(fields(Mention)) if f.type == "str"}


def packed_of(doc: Document, decoded: Any) -> Packed:
    """A document's cached results, if they have the shape `read_document_packed` gives and fit
    the document: spans within its text, each mention's quote at its offsets, a claim key per
    mention. Raises CacheMiss otherwise (an entry that is well formed but wrong must not hide a
    figure)."""
    try:
        spans, mentions, keys = decoded
        spans = [(int(a), int(b), int(c)) for a, b, c in spans]
        mentions = [tuple(m) for m in mentions]
        keys = [(str(a), str(b)) for a, b in keys]
    except (TypeError, ValueError) as exc:
        raise CacheMiss(f"{doc.id}: {exc}") from None
    size = len(doc.text)
    if len(keys) != len(mentions) or not all(0 <= a <= b <= size for a, b, _ in spans):
        raise CacheMiss(f"{doc.id}: entry does not fit the document")
    for m in mentions:
        if len(m) != _MENTION_FIELDS or m[0] != doc.id or not all(isinstance(m[i], str) for i in _MENTION_TEXT):
            raise CacheMiss(f"{doc.id}: a mention of the wrong shape")
        start, end = m[2], m[3]
        if not (isinstance(start, int) and isinstance(end, int) and doc.text[start:end] == m[4] and start < end):
            raise CacheMiss(f"{doc.id}: a mention not at its place")
    return spans, mentions, keys
