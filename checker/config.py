"""Settings: defaults in code, `[tool.checker]` in pyproject.toml or `checker.toml` on top."""

from __future__ import annotations

import difflib
import functools
import math
import os
import re
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from checker.errors import InputError

INF = math.inf
ENGINES = ("local", "dask")  # where the stages run: this machine, or a Dask cluster (checker.engine.dask_engine)

# How each hedge kind reads as an interval around the figure, in steps of the figure's
# written precision (a figure rounded to tens has a step of 10): (low, high) offsets.
DEFAULT_HEDGE_WIDTHS: dict[str, tuple[float, float]] = {
    "exact": (-0.5, 0.5),  # a bare or "đạt" figure, as rounded
    "above": (0.0, 1.0),  # "hơn", "trên", "vượt mốc": above, below the next step
    "at_least": (0.0, INF),  # "ít nhất", "tối thiểu"
    "near_below": (-0.5, 0.0),  # "gần", "ngót": just below
    "below": (-INF, 0.0),  # "dưới", "chưa đến": a threshold, anything below it ("trẻ dưới 6 tuổi")
    "at_most": (-INF, 0.0),  # "tối đa", "không quá"
    "around": (-1.0, 1.0),  # "khoảng", "xấp xỉ", "ước"
    "range": (0.0, 0.0),  # "8,3-8,5%": the stated ends
}


# Settings come in three groups (a field's metadata "group"): analysis settings shape what
# is read and linked (no group: every one is part of the cache's key); report settings pick
# and grade findings; run settings say where the inputs are and where the work runs.
REPORT, RUN = "report", "run"
_RUN = {"group": RUN}
_REPORT = {"group": REPORT}


@dataclass(frozen=True)
class Settings:
    """Every tunable number of the checker. Rules read these from their context."""

    # Run settings: the inputs, and where the work runs.
    corpus: str = field(default="seeds", metadata=_RUN)
    claims: str = field(default="claims.csv", metadata=_RUN)
    workers: int = field(default=0, metadata=_RUN)  # processes for the per-document stages; 0: one per core
    cache_dir: str = field(default=".checker-cache", metadata=_RUN)  # per-document results; "" turns the cache off
    engine: str = field(default="local", metadata=_RUN)  # one of ENGINES
    scheduler: str = field(default="", metadata=_RUN)  # Dask scheduler address (tcp://host:8786); "": start a local cluster
    # Report settings: which findings, how severe.
    select: tuple[str, ...] = field(default=("C",), metadata=_REPORT)
    ignore: tuple[str, ...] = field(default=(), metadata=_REPORT)
    severity: dict[str, str] = field(default_factory=dict, metadata=_REPORT)  # code -> severity override
    # Analysis settings: how figures are read and linked.
    hedge_widths: dict[str, tuple[float, float]] = field(default_factory=lambda: dict(DEFAULT_HEDGE_WIDTHS))
    link_threshold: float = 62.0  # metric similarity (0-100) for two claims to be one metric
    multiplier_step: float = 0.1  # the coarsest precision a written multiplier is read with
    min_shared: int = 2  # syllables of metric words two labels must share to be one metric
    max_value_ratio: float = 3.0  # figures further apart than this are not compared
    context_words: int = 8  # syllables of left context in a metric label
    tail_words: int = 4  # syllables after the counted noun in a metric label
    compare_unknown_periods: bool = False
    link_confidence: float = 0.5  # two figures are linked as one quantity from this confidence on
    rare_share: float = 0.01  # a context word in at most this share of the articles can pair figures of two
    story_threshold: float = 0.2  # cosine of two articles' rare words from which they tell one story
    cross_story_metric: float = 0.8  # metric similarity (0-1) needed to link across stories
    # Two articles published more than `story_days` apart tell no one occasion: their figures
    # disagree only when both name one period in their sentences (checker/linking/timeline.py).
    story_days: float = 3.0
    # Undated articles whose ids are a word and a long number ("baomoi_21395276"): ids a day
    # apart (baomoi's about 8,000 in its 2017 crawl, LINKING-NOTES); 0: ids tell no time.
    ids_per_day: float = 8000.0
    # Report settings again: how sure a conflict must be to be reported, and to be an error.
    min_confidence: float = field(default=0.6, metadata=_REPORT)
    # A draft's conflicts (with the archive or in itself), from this confidence on, and its
    # figures linked from there: an editor checking before publishing is told of closer calls
    # (hand-written drafts: 22 of 38 changes caught at 0.45, 19 at 0.5; 2 warnings on 48
    # faithful drafts, both figures other archive articles tell otherwise).
    draft_min_confidence: float = field(default=0.45, metadata=_REPORT)
    strong_confidence: float = field(default=0.9, metadata=_REPORT)

    def width(self, hedge_kind: str) -> tuple[float, float]:
        return self.hedge_widths.get(hedge_kind, self.hedge_widths["exact"])


ANALYSIS_SETTINGS: tuple[str, ...] = tuple(f.name for f in fields(Settings) if "group" not in f.metadata)


Locate = Callable[[tuple[str, ...]], tuple[int, int]]  # a key's path -> its (line, column) in the file
CONFIG_NAMES = ("checker.toml", "pyproject.toml")
# Settings that are a confidence or a share, 0-1 (as --min-confidence is on the command line).
SHARES = frozenset({
    "min_confidence", "draft_min_confidence", "strong_confidence", "link_confidence", "rare_share", "story_threshold",
    "cross_story_metric",
})
SEVERITIES = ("error", "warning", "info")


def _nowhere(_keys: tuple[str, ...]) -> tuple[int, int]:
    return 1, 1


def _coerce(key: str, value: Any, default: Any) -> Any:
    """`value` as the type of the setting's default; a message saying what was expected when it is not."""
    if isinstance(default, tuple):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValueError(f"{key}: expected a list of strings")
        return tuple(value)
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise ValueError(f"{key}: expected true or false")
        return value
    if isinstance(default, (int, float)) and not isinstance(default, bool):
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise ValueError(f"{key}: expected a number")
        return float(value) if isinstance(default, float) else int(value)
    if isinstance(default, str):
        if not isinstance(value, str):
            raise ValueError(f"{key}: expected a string")
        return value
    return value


def settings_from_table(table: dict[str, Any], path: str = "<config>", locate: Locate = _nowhere) -> Settings:
    """Settings from a `[tool.checker]` table. Unknown keys, and rule codes or selectors that
    name no rule, are errors naming the key's line, not silently ignored."""
    base = Settings()
    known = {f.name: getattr(base, f.name) for f in fields(Settings)}
    changes: dict[str, Any] = {}
    for key, value in table.items():
        name = key.replace("-", "_")
        try:
            if name not in known:
                raise KeyError(key)
            changes[name] = _setting(name, key, value, known[name], base, locate, path)
        except KeyError:
            names = [f.replace("_", "-") for f in known]
            close = difflib.get_close_matches(key.replace("_", "-"), names, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else f"; settings are {', '.join(names)}"
            raise _error(path, locate, (key,), f"unknown setting {key!r}{hint}") from None
        except ValueError as exc:
            raise _error(path, locate, (key,), str(exc)) from None
    return replace(base, **changes)


def _setting(name: str, key: str, value: Any, default: Any, base: Settings, locate: Locate, path: str) -> Any:
    if name == "hedge_widths":
        widths = dict(base.hedge_widths)
        for kind, pair in dict(value).items():
            if kind not in widths or not (isinstance(pair, list) and len(pair) == 2):
                raise _error(path, locate, (key, kind), f"hedge-widths.{kind}: expected a known kind and [low, high]")
            widths[kind] = (float(pair[0]), float(pair[1]))
        return widths
    if name == "severity":
        if not isinstance(value, dict):
            raise ValueError(f"{key}: expected a table of rule codes, such as {{ C102 = \"warning\" }}")
        known = _rule_codes()
        for code, level in value.items():
            if str(code).upper() not in known:
                raise _error(path, locate, (key, code), f"severity: unknown rule code {code!r} ({', '.join(known)})")
            if level not in SEVERITIES:
                raise _error(path, locate, (key, code), f"severity: {level!r} is not error, warning or info")
        return {str(k).upper(): str(v) for k, v in value.items()}  # codes in any case, as --select
    if name == "engine" and value not in ENGINES:
        raise ValueError(f"engine: expected one of {', '.join(ENGINES)}")
    coerced = _coerce(key, value, default)
    if name in SHARES and not 0 <= coerced <= 1:
        raise ValueError(f"{key}: expected a number from 0 to 1, got {value}")
    if isinstance(coerced, (int, float)) and not isinstance(coerced, bool) and not 0 <= coerced < math.inf:
        raise ValueError(f"{key}: expected a finite number, 0 or more, got {value}")
    if name in ("select", "ignore"):
        try:
            return _selectors(coerced)
        except ValueError as exc:
            raise ValueError(f"{key}: {exc}") from None
    return coerced


def _selectors(values: Iterable[str]) -> tuple[str, ...]:
    """Rule selectors (code prefixes or rule names, any case) as upper-case code prefixes; one
    that names no rule is a ValueError listing the codes."""
    from checker.rules import rule_selectors  # the rules read Settings: imported when needed

    return rule_selectors(values)


def _rule_codes() -> list[str]:
    from checker.rules import ALL_RULES  # the rules read Settings: imported when needed

    return [r.code for r in ALL_RULES]


def _error(path: str, locate: Locate, keys: tuple[str, ...], message: str) -> InputError:
    line, column = locate(keys)
    return InputError(path, line, column, f"[tool.checker] {message}" if path.endswith("pyproject.toml") else message)


def with_rules(settings: Settings, select: str | None, ignore: str | None) -> Settings:
    """The settings with the rule code prefixes of `--select` and `--ignore` ("C1,C3"), when given;
    a selector that names no rule is an InputError naming the option."""
    if select:
        settings = replace(settings, select=_option_selectors("--select", select))
    if ignore:
        settings = replace(settings, ignore=_option_selectors("--ignore", ignore))
    return settings


def _option_selectors(option: str, text: str) -> tuple[str, ...]:
    try:
        return _selectors(text.split(","))
    except ValueError as exc:
        raise InputError(option, 0, 0, str(exc)) from None


def find_config(start: Path) -> Path | None:
    """The nearest `checker.toml`, or `pyproject.toml` with a `[tool.checker]` table, in `start` or a folder above it."""
    for folder in (start.resolve(), *start.resolve().parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file() and (name == "checker.toml" or _has_checker_table(candidate)):
                return candidate
    return None


def _has_checker_table(path: Path) -> bool:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return re.search(r"^\s*\[\s*tool\.checker\b", text, re.MULTILINE) is not None


def load_settings(directory: Path = Path("."), config: Path | None = None) -> Settings:
    """Settings from `config`, else from the nearest config file at or above `directory`, else defaults.

    Paths in a config file (corpus, claims, cache-dir) are relative to the file's folder, as in ruff.
    """
    if config is not None and not config.is_file():
        raise InputError(str(config), 0, 0, "no such config file (--config)")
    path = config or find_config(directory)
    if path is None:
        return Settings()
    shown = _shown(path)
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except UnicodeDecodeError as exc:
        raise InputError(shown, 1, 1, f"not UTF-8: {exc.reason}") from None
    except tomllib.TOMLDecodeError as exc:
        line, column = _toml_position(str(exc))
        raise InputError(shown, line, column, f"invalid TOML: {exc}") from None
    nested = path.name == "pyproject.toml"
    table = data.get("tool", {}).get("checker") if nested else data.get("tool", {}).get("checker", data)
    if table is None:
        return Settings()
    section = ("tool", "checker") if nested or "tool" in data else ()
    settings = settings_from_table(dict(table), shown, functools.partial(key_position, text, section))
    return _relative_to(settings, path.parent)


def _shown(path: Path) -> str:
    try:
        return os.path.relpath(path).replace(os.sep, "/")
    except ValueError:
        return str(path)


def _relative_to(settings: Settings, folder: Path) -> Settings:
    """The settings' paths read from `folder`, shown relative to the working folder."""
    here = Path.cwd().resolve()
    if folder.resolve() == here:
        return settings
    def moved(value: str) -> str:
        return value if not value or os.path.isabs(value) else _shown(folder / value)
    return replace(settings, corpus=moved(settings.corpus), claims=moved(settings.claims), cache_dir=moved(settings.cache_dir))


def _toml_position(message: str) -> tuple[int, int]:
    found = re.search(r"line (\d+), column (\d+)", message)
    return (int(found.group(1)), int(found.group(2))) if found else (1, 1)


_HEADER = re.compile(r"^\s*\[\s*([^\]]+?)\s*\]")


def key_position(text: str, section: tuple[str, ...], keys: tuple[str, ...]) -> tuple[int, int]:
    """Line and column of a key (its path below `section`) in a TOML file; the section's header when not found.

    A plain scan, enough for config files: the key, bare or quoted, before `=` in the section or in
    a sub-table of it (`[tool.checker.severity]`), or inside an inline table (`severity = { C1O1 = ... }`).
    """
    current: tuple[str, ...] = ()
    fallback = (1, 1)
    target = keys[-1]
    token = re.compile(r"(?<![\w-])[\"']?" + re.escape(target) + r"[\"']?\s*=")
    for number, line in enumerate(text.splitlines(), start=1):
        header = _HEADER.match(line)
        if header:
            current = tuple(part.strip().strip("\"'") for part in header.group(1).strip("[]").split("."))
            if current == section:
                fallback = (number, 1)
            continue
        if current[: len(section)] != section:
            continue
        found = token.search(line)
        if found:
            return number, found.start() + 1
    return fallback
