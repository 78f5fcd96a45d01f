"""Reporters: each a pure function of a Report to text; `render` picks one by name."""

from __future__ import annotations

import importlib
from collections.abc import Callable

from checker.models import Report

# format name -> (module, function); imported on use so a run loads only what it needs.
FORMATS: dict[str, tuple[str, str]] = {
    "full": ("checker.reporters.terminal", "render_terminal"),
    "concise": ("checker.reporters.concise", "render_concise"),
    "json": ("checker.reporters.json", "render_json"),
    "sarif": ("checker.reporters.sarif", "render_sarif"),
    "github": ("checker.reporters.github", "render_github"),
    "junit": ("checker.reporters.junit", "render_junit"),
    "html": ("checker.reporters.html", "render_html"),
}


# Older names kept working: `--format text` is `full`.
ALIASES = {"text": "full"}


def render(report: Report, fmt: str, color: bool = False, width: int = 80) -> str:
    fmt = ALIASES.get(fmt, fmt)
    module, name = FORMATS[fmt]
    function: Callable[..., str] = getattr(importlib.import_module(module), name)
    if fmt == "full":
        return function(report, color=color, width=width)
    return function(report)
