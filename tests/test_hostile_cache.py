"""Hostile and broken input (issue 16): the cache: a wrong, corrupt or unwritable cache is a miss, never trusted, never fatal."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from hostile import (
    CONFLICT,
    json_findings,
    run,
    write_corpus,
)

pytestmark = pytest.mark.usefixtures("workdir")  # each test in an empty folder of its own (conftest.py)


def _cache_rows(sql: str, *params: object) -> None:
    with sqlite3.connect(".checker-cache/documents.sqlite") as db:
        db.execute(sql, params)


def _check_json(corpus: Path, *extra: str) -> Result:
    return run("check", "--corpus", str(corpus), "--format", "json", *extra)


def _conflict_is_found(result: Result) -> None:
    assert result.exit_code == 1, result.output
    assert [f["rule"] for f in json_findings(result)] == ["C101"]
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    "payload",
    [
        "[[], [], []]",  # well formed, but not what the document says
        "[[[0, 1]], [], []]",
        "[[1], [2], [3]]",
        '{"a": 1}',
        "null",
        "[[[0, 99999]], [[\"x\"]], [[\"id\", \"h\"]]]",
        "not json",
    ],
)
def test_a_wrong_cache_entry_is_a_miss(payload: str) -> None:
    corpus = write_corpus(CONFLICT)
    _conflict_is_found(_check_json(corpus))
    for column in ("payload",):
        _cache_rows(f"UPDATE docs SET {column} = ?", payload)
    _conflict_is_found(_check_json(corpus))
    _conflict_is_found(_check_json(corpus))


def test_a_cache_entry_of_another_schema_is_a_miss() -> None:
    corpus = write_corpus(CONFLICT)
    _conflict_is_found(_check_json(corpus))
    _cache_rows("UPDATE docs SET schema = schema + 1")
    _conflict_is_found(_check_json(corpus))


def _flip_byte(path: Path, at: Callable[[bytes], int]) -> None:
    data = bytearray(path.read_bytes())
    where = at(bytes(data))
    data[where] ^= 0x55
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("place", ["schema", "header", "payload"])
def test_a_bad_byte_in_the_cache_file_is_rebuilt(place: str) -> None:
    corpus = write_corpus(CONFLICT)
    _conflict_is_found(_check_json(corpus))
    finders: dict[str, Callable[[bytes], int]] = {
        "schema": lambda data: data.index(b"CREATE TABLE") + 3,
        "header": lambda data: 20,
        "payload": lambda data: data.index("kỷ lục".encode()) + 1,
    }
    _flip_byte(Path(".checker-cache/documents.sqlite"), finders[place])
    for _ in range(2):
        _conflict_is_found(_check_json(corpus))


def test_a_cache_folder_that_is_a_file_is_skipped_with_one_warning() -> None:
    corpus = write_corpus(CONFLICT)
    Path("checker.toml").write_text('[tool.checker]\ncache-dir = "plain"\n', encoding="utf-8")
    Path("plain").write_text("x", encoding="utf-8")
    result = _check_json(corpus)
    _conflict_is_found(result)
    assert result.stderr.count("warning:") == 1, result.stderr
    assert "plain" in result.stderr
    assert Path("plain").read_text(encoding="utf-8") == "x"


def test_a_read_only_cache_with_a_changed_document_is_read_with_one_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = write_corpus(CONFLICT)
    _conflict_is_found(_check_json(corpus))
    (corpus / "c.txt").write_text("Năm 2025, có 35 nhà máy mới.\n", encoding="utf-8")
    real = sqlite3.connect

    def read_only(database: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        return real(f"file:{database}?mode=ro", *args, **{**kwargs, "uri": True})

    monkeypatch.setattr(sqlite3, "connect", read_only)
    result = _check_json(corpus)
    _conflict_is_found(result)
    assert result.stderr.count("warning:") == 1, result.stderr
    assert Path(".checker-cache/documents.sqlite").exists()
