"""--color, NO_COLOR, FORCE_COLOR and COLUMNS, through the command line (output captured: not a terminal)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main

ROOT = Path(__file__).resolve().parent.parent
ESC = "\x1b["


def check(monkeypatch: pytest.MonkeyPatch, env: dict[str, str], *args: str) -> str:
    monkeypatch.chdir(ROOT)
    base = {"NO_COLOR": "", "FORCE_COLOR": "", "COLUMNS": ""}
    argv = ["check", "--corpus", "seeds", "--claims", "claims.csv", "--no-cache", *args]
    return CliRunner(env={**base, **env}).invoke(main, argv, catch_exceptions=False).stdout


@pytest.mark.parametrize(
    ("env", "args", "colored"),
    [
        ({}, (), False),  # not a terminal
        ({"FORCE_COLOR": "1"}, (), True),
        ({"FORCE_COLOR": "1", "NO_COLOR": "1"}, (), False),  # NO_COLOR wins over FORCE_COLOR
        ({"NO_COLOR": "1"}, ("--color", "always"), True),  # the option wins over both
        ({"FORCE_COLOR": "1"}, ("--color", "never"), False),
    ],
)
def test_colour_follows_the_option_then_the_environment(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], args: tuple[str, ...], colored: bool
) -> None:
    assert (ESC in check(monkeypatch, env, *args)) is colored


@pytest.mark.parametrize("columns", [60, 100, 140])
def test_piped_output_honours_columns(monkeypatch: pytest.MonkeyPatch, columns: int) -> None:
    lines = check(monkeypatch, {"COLUMNS": str(columns)}).splitlines()
    widest = max(len(line) for line in lines)
    assert columns - 25 <= widest <= columns


def test_piped_output_without_columns_is_80_wide(monkeypatch: pytest.MonkeyPatch) -> None:
    def a_pipe(_fd: int = 1) -> os.terminal_size:
        raise OSError("not a terminal")

    monkeypatch.setattr(os, "get_terminal_size", a_pipe)  # as for `checker check | less`, even under a terminal
    lines = check(monkeypatch, {}).splitlines()
    assert 60 <= max(len(line) for line in lines) <= 80
