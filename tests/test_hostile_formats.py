"""The formats of issue 17 (full with colour, concise, statistics, a draft's notes) never print control
or bidi characters of untrusted text raw: titles, ids, dates and sentences go through `visible`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hostile import (
    HOSTILE,
    RAW,
    A,
    B,
    run,
    write_jsonl,
)

pytestmark = pytest.mark.usefixtures("workdir")  # each test in an empty folder of its own (conftest.py)


def _corpus() -> Path:
    return write_jsonl(
        [
            {"id": "a" + HOSTILE, "text": A + HOSTILE, "date": "2026-01-01" + HOSTILE, "title": HOSTILE + " tựa"},
            {"id": "b", "text": HOSTILE + "\n" + B},
        ]
    )


@pytest.mark.parametrize("args", [("--format", "full", "--color", "always"), ("--format", "concise"), ("--statistics",)])
def test_no_raw_control_characters(args: tuple[str, ...]) -> None:
    result = run("check", "--corpus", str(_corpus()), "--no-cache", "--exit-zero", *args)
    assert result.exit_code == 0, result.output
    # With colour, ESC starts our own styles; the document's sequences (clear screen, OSC title
    # and hyperlink) must not appear, nor any other raw control or bidi character.
    assert "\x1b[2J" not in result.stdout and "\x1b]" not in result.stdout
    for char in RAW:
        assert (char == "\x1b" and "--color" in args) or char not in result.stdout, (args, char)
    if "--statistics" not in args:
        assert "\\x1b" in result.stdout


def test_a_drafts_notes_are_escaped_too(tmp_path: Path) -> None:
    corpus = _corpus()
    Path("draft.txt").write_text(A + "\n", encoding="utf-8")
    result = run("check", "--corpus", str(corpus), "draft.txt", "--no-cache", "--format", "concise")
    for char in RAW:
        assert char not in result.stdout, char
    report = run("check", "--corpus", str(corpus), "draft.txt", "--no-cache", "--format", "json").stdout
    json.loads(report)  # JSON escapes controls itself
