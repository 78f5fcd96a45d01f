"""Shared pytest options: `--update-golden` rewrites the golden files instead of comparing with them."""

from __future__ import annotations

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden", action="store_true", default=False,
        help="rewrite tests/golden/ from the current output (also CHECKER_UPDATE_GOLDEN=1); review the diff",
    )
