"""Loading a corpus: a folder of .txt/.md files, or a JSON Lines file (.jsonl, .jsonl.gz)."""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import re
import zlib
from collections.abc import Iterator
from json.encoder import encode_basestring, encode_basestring_ascii
from pathlib import Path

from checker.errors import InputError, decode_utf8, os_reason, read_input
from checker.models import Document

TEXT_SUFFIXES = (".txt", ".md")
# A leading metadata marker such as " date 2026-01-11 " is the publication date, not text.
_DATE_MARKER = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*")
# Half of a UTF-16 pair alone: JSON can write one ("\\ud800"), no UTF-8 file can hold one.
_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89abAB][0-9a-fA-F]{2}(\\u[dD][c-fC-F][0-9a-fA-F]{2})?|\\u[dD][c-fC-F][0-9a-fA-F]{2}")


def display_path(path: Path) -> str:
    """A path relative to the working directory when possible, with forward slashes."""
    try:
        rel = os.path.relpath(path)
    except ValueError:
        rel = str(path)
    return rel.replace(os.sep, "/")


def make_document(
    doc_id: str, text: str, path: str, title: str = "", date: str = "", url: str = "",
    place: tuple[int, int, bool] = (0, 0, False),
) -> Document:
    """A Document, with a leading date marker read as its date and skipped as text; `place`:
    a JSON Lines record's line, its text's column, whether non-ASCII is escaped there."""
    marker = _DATE_MARKER.match(text)
    body_start = 0
    if marker:
        date = date or marker.group(1)
        body_start = marker.end()
    line, column, ascii_json = place
    return Document(doc_id, text, path, title, date, url, body_start, line, column, ascii_json)


def _read_text(path: Path) -> str:
    shown = display_path(path)
    text = decode_utf8(read_input(path, shown), lambda line, column: InputError(shown, line, column, "not UTF-8 text"))
    return text.replace("\r\n", "\n").replace("\r", "\n")


def corpus_files(folder: Path) -> list[Path]:
    """Every file in `folder` or below it, sorted by path. Symbolic links to folders are
    followed (a corpus assembled from links is read whole), each real folder once (a link
    back up does not loop)."""
    files: list[Path] = []
    seen: set[str] = set()
    for root, folders, names in os.walk(folder, followlinks=True):
        real = os.path.realpath(root)
        if real in seen:
            folders.clear()
            continue
        seen.add(real)
        files.extend(Path(root, name) for name in names)
    return sorted(p for p in files if p.is_file())


def load_folder(folder: Path) -> list[Document]:
    """Every .txt/.md file directly in `folder` or below it, sorted by path; id = file stem."""
    files = [p for p in corpus_files(folder) if p.suffix.lower() in TEXT_SUFFIXES]
    docs: list[Document] = []
    seen: dict[str, str] = {}
    for path in files:
        shown = display_path(path)
        if _SURROGATE.search(shown):  # bytes that are not UTF-8, as os.fsdecode keeps them
            raise InputError(shown, 0, 0, "the file name is not UTF-8: rename the file")
        if path.stem in seen:
            raise InputError(shown, 1, 1, f"document id {path.stem!r} already used by {seen[path.stem]}")
        seen[path.stem] = shown
        docs.append(make_document(path.stem, _read_text(path), shown))
    return docs


def _open_binary(path: Path) -> io.BufferedIOBase:
    """The file's bytes, decompressed when its name ends in .gz."""
    try:
        raw = path.open("rb")
    except OSError as exc:
        raise InputError(display_path(path), 0, 0, f"cannot read: {os_reason(exc)}") from None
    return gzip.GzipFile(fileobj=raw) if path.name.lower().endswith(".gz") else raw


def _jsonl_lines(path: Path) -> Iterator[tuple[int, str]]:
    """The lines of a JSON Lines file, numbered from 1, compressed or not; a problem reading
    it is an InputError at its line (`_broken_line` finds it)."""
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    try:
        handle = opener(path, "rt", encoding="utf-8")
    except OSError as exc:
        raise InputError(display_path(path), 0, 0, f"cannot read: {os_reason(exc)}") from None
    with handle:
        try:
            yield from enumerate(handle, start=1)
        except (UnicodeDecodeError, OSError, EOFError, zlib.error):
            pass  # the text reader decodes ahead of the lines it gives: read again to find the place
        else:
            return
    _broken_line(path)


def _broken_line(path: Path) -> None:
    """Raise the InputError of a JSON Lines file that cannot be read whole, read again line by
    line as bytes: bytes that are not UTF-8 at their line and character column, a compressed
    file cut short (or corrupt) at the line after the last whole one."""
    shown, number = display_path(path), 0
    with _open_binary(path) as handle:
        try:
            for number, data in enumerate(handle, start=1):
                try:
                    data.decode("utf-8")
                except UnicodeDecodeError as exc:
                    column = len(data[: exc.start].decode("utf-8", errors="replace")) + 1
                    raise InputError(shown, number, column, "not UTF-8 text: save the file as UTF-8") from None
        except EOFError:
            raise InputError(shown, number + 1, 1, "the compressed file ends early (cut short?)") from None
        except (OSError, zlib.error) as exc:
            raise InputError(shown, number + 1, 1, f"cannot read: {exc}") from None
    raise InputError(shown, 0, 0, "cannot read the file")  # read whole the second time: changed meanwhile


def _lone_surrogate(line: str) -> int:
    """The 1-based column of the first escape of a lone surrogate (\\ud800) in a JSON line, or 1."""
    for match in _SURROGATE_ESCAPE.finditer(line):
        if match.group(1) is None:  # a high half without its low, or a low half alone
            return match.start() + 1
    return 1


_AFTER_KEY = re.compile(r'\s*:\s*"')


def _text_value_start(raw: str) -> int:
    """Where the string value of the record's "text" key starts (its opening quote), or -1."""
    at = raw.find('"text"')
    while at >= 0:
        start = at
        while start > 0 and raw[start - 1] == "\\":  # only the run of backslashes: linear in the line
            start -= 1
        escaped = (at - start) % 2  # an escaped quote inside another string
        value = None if escaped else _AFTER_KEY.match(raw, at + 6)
        if value is not None:
            return value.end() - 1
        at = raw.find('"text"', at + 1)
    return -1


def text_column(raw: str, text: str) -> tuple[int, bool]:
    """Where a record's text is written in its line: the 1-based column of its first character
    inside the string, and whether the writer escaped non-ASCII (json.dumps' default); (0,
    False) when not found. Cheap enough for every record: no second parse of the text, only
    its key found and its first characters compared with how json.dumps writes them."""
    quote = _text_value_start(raw)
    if quote < 0:
        return 0, False
    start, head = quote + 1, text[:32]
    for ascii_json in (False, True):
        written = (encode_basestring_ascii if ascii_json else encode_basestring)(head)[1:-1]
        if raw.startswith(written, start) and (head.isascii() or ascii_json == raw[start : start + 200].isascii()):
            return start + 1, ascii_json
    return 0, False


def iter_jsonl(path: Path, limit: int | None = None) -> Iterator[Document]:
    """Documents of a JSON Lines file: one object a line with `id`, `text`, optional `title`, `date`, `url`."""
    shown = display_path(path)
    count = 0
    seen: dict[str, int] = {}  # id -> line: an id names one document, as a file stem does
    for number, line in _jsonl_lines(path):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(shown, number, exc.colno, f"invalid JSON: {exc.msg}") from None
        if not isinstance(record, dict) or not isinstance(record.get("id"), str) or not isinstance(record.get("text"), str):
            raise InputError(shown, number, 1, 'expected an object with string fields "id" and "text"')
        fields = [record["id"], record["text"], *(str(record.get(k) or "") for k in ("title", "date", "url"))]
        if "\\u" in line and any(_SURROGATE.search(field) for field in fields):  # only an escape makes one
            raise InputError(shown, number, _lone_surrogate(line), "a lone surrogate (\\ud800-\\udfff) is not text")
        if record["id"] in seen:
            raise InputError(shown, number, 1, f"document id {record['id']!r} already used on line {seen[record['id']]}")
        seen[record["id"]] = number
        text = fields[1].replace("\r\n", "\n")
        column, ascii_json = text_column(line, text) if text == record["text"] else (0, False)
        title, date, url = fields[2:]
        yield make_document(record["id"], text, shown, title, date, url, (number, column, ascii_json))
        count += 1
        if limit is not None and count >= limit:
            return


def no_documents(path: Path) -> InputError:
    """The error of a corpus without a document: a check of nothing must not pass."""
    if path.is_dir():
        return InputError(display_path(path), 0, 0, "no documents: expected .txt or .md files in it or below it")
    return InputError(display_path(path), 0, 0, 'no documents: expected JSON objects with "id" and "text", one a line')


def load_corpus(path: Path, limit: int | None = None) -> list[Document]:
    """A folder of text files or a JSON Lines file, as a list of Documents."""
    if not path.exists():
        raise InputError(display_path(path), 0, 0, "no such file or folder")
    if path.is_dir():
        docs = load_folder(path)
        return docs[:limit] if limit is not None else docs
    name = path.name.lower()
    if name.endswith((".jsonl", ".jsonl.gz", ".ndjson")):
        return list(iter_jsonl(path, limit))
    if path.suffix.lower() in TEXT_SUFFIXES:
        return [make_document(path.stem, _read_text(path), display_path(path))]
    raise InputError(display_path(path), 0, 0, "expected a folder of .txt/.md files or a .jsonl/.jsonl.gz file")


def iter_corpus(path: Path, limit: int | None = None) -> Iterator[Document]:
    """`load_corpus`, a document at a time where the format allows it (JSON Lines), so that
    work on the first documents starts while the rest are still being read."""
    if path.is_file() and path.name.lower().endswith((".jsonl", ".jsonl.gz", ".ndjson")):
        yield from iter_jsonl(path, limit)
    else:
        yield from load_corpus(path, limit)


def corpus_fingerprint(path: Path, limit: int | None = None) -> str:
    """A hash of the bytes `load_corpus(path, limit)` reads (file names included): the same
    fingerprint, the same documents. Hashing bytes is far cheaper than parsing them."""
    digest = hashlib.blake2b(f"{limit}\x1f{display_path(path)}".encode(), digest_size=16)
    files = corpus_files(path) if path.is_dir() else [path]
    for file in files:
        digest.update(str(file.relative_to(path) if path.is_dir() else file.name).encode() + b"\x1f")
        digest.update(read_input(file, display_path(file)))
    return digest.hexdigest()
