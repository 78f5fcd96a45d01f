"""Hostile and broken input (issue 16): control and bidi characters of untrusted text never reach a text output raw."""

from __future__ import annotations

from pathlib import Path

import pytest
from hostile import (
    CONFLICT,
    HOSTILE,
    RAW,
    A,
    B,
    run,
    write_corpus,
    write_jsonl,
)

from checker.reporters.safe import visible

pytestmark = pytest.mark.usefixtures("workdir")  # each test in an empty folder of its own (conftest.py)


def test_visible_escapes_controls_and_bidi_and_keeps_text() -> None:
    assert visible("kỷ lục 920 tỷ USD\tx\ny") == "kỷ lục 920 tỷ USD\tx\ny"
    assert visible("a\x1b[2Jb") == "a\\x1b[2Jb"
    assert visible("\u202eexe") == "\\u202eexe"
    assert visible("\x9b\x7f\r\ud800") == "\\x9b\\x7f\\r\\ud800"
    assert visible("\U000e0041") == "\\U000e0041"
    assert visible("tỷ\u0301 😀") == "tỷ\u0301 😀"  # combining marks and emoji are text


def _hostile_corpus() -> Path:
    return write_jsonl(
        [
            {"id": "a" + HOSTILE, "text": A + HOSTILE, "date": "2026-01-01" + HOSTILE, "title": HOSTILE},
            {"id": "b", "text": HOSTILE + " " + B},
        ]
    )


@pytest.mark.parametrize("fmt", ["text", "github", "junit"])
@pytest.mark.parametrize("no_color", [True, False])
def test_control_characters_of_documents_never_reach_text_outputs(fmt: str, no_color: bool) -> None:
    env = {"NO_COLOR": "1"} if no_color else {}
    result = run("check", "--corpus", str(_hostile_corpus()), "--no-cache", "--format", fmt, env=env)
    assert result.exit_code == 1, result.output
    for char in RAW:
        assert char not in result.stdout, (fmt, char)
    assert "\\x1b" in result.stdout


def test_control_characters_in_a_file_name_are_escaped() -> None:
    corpus = write_corpus({"a\x1b[2J.txt": CONFLICT["a.txt"], "b.txt": CONFLICT["b.txt"]})
    result = run("check", "--corpus", str(corpus), "--no-cache")
    assert result.exit_code == 1, result.output
    assert "\x1b" not in result.stdout
    assert "a\\x1b[2J" in result.stdout


def test_control_characters_in_the_note_on_unseeded_figures_are_escaped() -> None:
    corpus = write_corpus({"a.txt": CONFLICT["a.txt"]})
    assert run("seed", str(corpus), "--no-cache").exit_code == 0
    (corpus / "b\x1b]0;x\x07.txt").write_text(CONFLICT["b.txt"], encoding="utf-8")
    result = run("check", "--corpus", str(corpus), "--claims", "claims.csv", "--no-cache")
    assert result.exit_code == 1, result.output
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
    assert "b\\x1b]0;x\\x07" in result.stderr
