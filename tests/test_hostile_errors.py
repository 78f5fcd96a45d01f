"""Hostile and broken input (issue 16): what used to be a traceback is a clear message naming
the file and exit 2, or a correct result."""

from __future__ import annotations

import builtins
import gzip
import json
import os
from pathlib import Path
from typing import Any

import pytest
from hostile import (
    CONFLICT,
    A,
    B,
    bad_input,
    run,
    write_corpus,
)

pytestmark = pytest.mark.usefixtures("workdir")  # each test in an empty folder of its own (conftest.py)


@pytest.mark.parametrize("digits", [309, 5000, 10_000])
def test_a_huge_number_in_a_document_is_not_a_figure(digits: int) -> None:
    corpus = write_corpus({"a.txt": f"Năm 2025, kim ngạch đạt {'9' * digits} tỷ USD.\n"})
    result = run("check", "--corpus", str(corpus), "--no-cache", "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["claims"] == 0


@pytest.mark.parametrize("field", ["id", "text", "title"])
def test_a_lone_surrogate_in_json_lines_exits_2_naming_line_and_column(field: str) -> None:
    record = {"id": "b", "text": B, "title": "t"}
    record[field] += "\ud800"
    path = Path("corpus.jsonl")
    lines = [json.dumps({"id": "a", "text": A}), json.dumps(record)]  # ensure_ascii: "\ud800" escaped
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    column = lines[1].index("\\ud800") + 1
    bad_input(run("check", "--corpus", str(path), "--no-cache"), f"corpus.jsonl:2:{column}", "surrogate")
    bad_input(run("seed", str(path), "--no-cache"), "corpus.jsonl:2:")
    assert not Path("claims.csv").exists()


def test_claims_naming_a_folder_exits_2() -> None:
    corpus = write_corpus(CONFLICT)
    Path("folder").mkdir()
    bad_input(run("check", "--corpus", str(corpus), "--claims", "folder", "--no-cache"), "folder", "a folder")
    bad_input(run("seed", str(corpus), "--claims", "folder", "--no-cache"), "folder")


def test_output_naming_a_folder_exits_2() -> None:
    corpus = write_corpus(CONFLICT)
    Path("out").mkdir()
    bad_input(run("check", "--corpus", str(corpus), "--no-cache", "--output", "out"), "out")
    assert list(Path(".").glob(".out*")) == []


def _refuse(monkeypatch: pytest.MonkeyPatch, name: str, modes: str = "rbx") -> None:
    """Opening `name` in any of `modes` (by `open`, `Path.open` or `os.open`) fails as a file
    without permission would (the tests may run as root, whom chmod does not stop)."""
    real_open, real_path_open, real_os_open = builtins.open, Path.open, os.open

    def refused(file: object, mode: str) -> bool:
        base = os.path.basename(os.fsdecode(file)) if isinstance(file, str | bytes | os.PathLike) else ""
        ours = base == name or (base.startswith(f".{name}.") and not base.endswith(".lock"))  # not the seed's lock
        return ours and any(m in mode for m in modes)

    def open_(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if refused(file, mode):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, mode, *args, **kwargs)

    def path_open(self: Path, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if refused(self, mode):
            raise PermissionError(13, "Permission denied", str(self))
        return real_path_open(self, mode, *args, **kwargs)

    def os_open(file: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        writing = flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT)
        if refused(file, "w" if writing else "r"):
            raise PermissionError(13, "Permission denied", str(file))
        return real_os_open(file, flags, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", open_)
    monkeypatch.setattr(Path, "open", path_open)
    monkeypatch.setattr(os, "open", os_open)


def test_an_unreadable_claim_table_exits_2(monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = write_corpus(CONFLICT)
    assert run("seed", str(corpus), "--no-cache").exit_code == 0
    _refuse(monkeypatch, "claims.csv", "r")
    bad_input(run("check", "--corpus", str(corpus), "--claims", "claims.csv", "--no-cache"), "claims.csv", "ermission")
    bad_input(run("check", "--corpus", str(corpus), "--claims", "claims.csv"), "claims.csv")


@pytest.mark.parametrize("name", ["a.txt", "corpus.jsonl", "corpus.jsonl.gz"])
def test_an_unreadable_corpus_file_exits_2(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    if name == "a.txt":
        path = write_corpus(CONFLICT)
    else:
        records = [{"id": "a", "text": A}, {"id": "b", "text": B}]
        data = "".join(json.dumps(r) + "\n" for r in records).encode()
        path = Path(name)
        path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    _refuse(monkeypatch, name, "r")
    bad_input(run("check", "--corpus", str(path), "--no-cache"), name, "ermission")


def test_a_claim_table_in_a_read_only_folder_exits_2(monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = write_corpus(CONFLICT)
    _refuse(monkeypatch, "claims.csv", "wx")
    bad_input(run("seed", str(corpus), "--no-cache"), "claims.csv", "cannot write")


def test_a_baseline_naming_a_folder_or_not_utf8_exits_2() -> None:
    corpus = write_corpus(CONFLICT)
    Path("folder").mkdir()
    bad_input(run("check", "--corpus", str(corpus), "--no-cache", "--baseline", "folder"), "folder", "a folder")
    Path("base.json").write_bytes(b'{"version": 1,\n "findings": ["\xff"]}')
    bad_input(run("check", "--corpus", str(corpus), "--no-cache", "--baseline", "base.json"), "base.json:2:16", "UTF-8")
    bad_input(run("baseline", "--corpus", str(corpus), "--output", "folder"), "folder", "cannot write")
