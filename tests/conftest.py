"""Shared pytest options and fixtures: `--update-golden` rewrites the golden files instead of
comparing with them; `workdir` puts a test in an empty working folder of its own."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden", action="store_true", default=False,
        help="rewrite tests/golden/ from the current output (also CHECKER_UPDATE_GOLDEN=1); review the diff",
    )


@pytest.fixture
def workdir(tmp_path: Path) -> Iterator[Path]:
    """The test runs in an empty folder of its own (relative paths, no repository config);
    modules ask for it with `pytestmark = pytest.mark.usefixtures("workdir")`."""
    old = Path.cwd()
    os.chdir(tmp_path)
    try:
        yield tmp_path
    finally:
        os.chdir(old)
