"""Hostile and broken input (issue 16): the corpus readers: problems at their line and column, no silent skips."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from hostile import (
    CONFLICT,
    bad_input,
    run,
    write_corpus,
)

pytestmark = pytest.mark.usefixtures("workdir")  # each test in an empty folder of its own (conftest.py)


def test_a_truncated_gzip_corpus_names_the_line_where_it_ends() -> None:
    records = [{"id": f"d{i}", "text": f"Năm 2025, tỉnh số {i} có {i + 30} nhà máy mới."} for i in range(3000)]
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()
    packed = gzip.compress(data)
    Path("corpus.jsonl.gz").write_bytes(packed[: len(packed) // 2])
    message = bad_input(run("check", "--corpus", "corpus.jsonl.gz", "--no-cache"), "corpus.jsonl.gz:")
    line = int(message.split("corpus.jsonl.gz:")[1].split(":")[0])
    assert 100 < line < 3000, message


def test_a_non_utf8_line_of_json_lines_names_its_line_and_column() -> None:
    lines = [json.dumps({"id": f"d{i}", "text": "Năm 2025, có 35 nhà máy."}, ensure_ascii=False) for i in range(5)]
    data = "\n".join(lines).encode()
    at = data.index(b"35", data.index(b'"d2"'))
    Path("corpus.jsonl").write_bytes(data[:at] + b"\xff" + data[at:])
    column = lines[2].index("35") + 1
    bad_input(run("check", "--corpus", "corpus.jsonl", "--no-cache"), f"corpus.jsonl:3:{column}", "UTF-8")


def test_a_non_utf8_text_file_names_the_character_column() -> None:
    Path("corpus").mkdir()
    Path("corpus/a.txt").write_bytes("Năm 2025\nkỷ lục ".encode() + b"\xff")
    bad_input(run("check", "--corpus", "corpus", "--no-cache"), "corpus/a.txt:2:8")


def test_a_symlinked_subfolder_of_the_corpus_is_read() -> None:
    write_corpus({"a.txt": CONFLICT["a.txt"]}, "elsewhere")
    corpus = write_corpus({"b.txt": CONFLICT["b.txt"]})
    (corpus / "linked").symlink_to(Path("elsewhere").resolve(), target_is_directory=True)
    (corpus / "loop").symlink_to(corpus.resolve(), target_is_directory=True)
    result = run("check", "--corpus", str(corpus), "--no-cache", "--format", "json")
    assert json.loads(result.stdout)["documents"] == 2
    assert result.exit_code == 1


@pytest.mark.parametrize("kind", ["folder", "jsonl", "gz"])
def test_an_empty_corpus_exits_2(kind: str) -> None:
    if kind == "folder":
        Path("corpus").mkdir()
        (Path("corpus") / "notes.pdf").write_bytes(b"%PDF")
        path = "corpus"
    else:
        path = "corpus.jsonl" + (".gz" if kind == "gz" else "")
        Path(path).write_bytes(gzip.compress(b"\n") if kind == "gz" else b"\n")
    bad_input(run("check", "--corpus", path, "--no-cache"), path, "no documents")
    bad_input(run("seed", path, "--no-cache"), path, "no documents")
