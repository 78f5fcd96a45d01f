"""Settings: defaults in code, `[tool.checker]` in pyproject.toml or `checker.toml` on top."""

from __future__ import annotations

import math
import tomllib
from collections.abc import Iterable
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
    "below": (-1.0, 0.0),  # "dưới", "chưa đến"
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
    strong_link: float = 85.0  # at or above: a conflict is an error; below: a warning
    multiplier_step: float = 0.1  # the coarsest precision a written multiplier is read with
    min_shared: int = 2  # syllables of metric words two labels must share to be one metric
    max_value_ratio: float = 3.0  # figures further apart than this are not compared
    context_words: int = 8  # syllables of left context in a metric label
    tail_words: int = 4  # syllables after the counted noun in a metric label
    compare_unknown_periods: bool = False

    def width(self, hedge_kind: str) -> tuple[float, float]:
        return self.hedge_widths.get(hedge_kind, self.hedge_widths["exact"])


ANALYSIS_SETTINGS: tuple[str, ...] = tuple(f.name for f in fields(Settings) if "group" not in f.metadata)


def _coerce(path: str, key: str, value: Any, default: Any) -> Any:
    if isinstance(default, tuple):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise InputError(path, 1, 1, f"[tool.checker] {key}: expected a list of strings")
        return tuple(value)
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise InputError(path, 1, 1, f"[tool.checker] {key}: expected true or false")
        return value
    if isinstance(default, (int, float)) and not isinstance(default, bool):
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise InputError(path, 1, 1, f"[tool.checker] {key}: expected a number")
        return float(value) if isinstance(default, float) else int(value)
    if isinstance(default, str):
        if not isinstance(value, str):
            raise InputError(path, 1, 1, f"[tool.checker] {key}: expected a string")
        return value
    return value


def _selectors(values: Iterable[str], where: str, setting: str = "") -> tuple[str, ...]:
    """Rule selectors as upper-case code prefixes; one that names no rule is an InputError
    naming `where` (an option, or the config file of the `setting`)."""
    from checker.rules import rule_selectors  # the rules read Settings: imported when needed

    try:
        return rule_selectors(values)
    except ValueError as exc:
        if setting:
            raise InputError(where, 1, 1, f"[tool.checker] {setting}: {exc}") from None
        raise InputError(where, 0, 0, str(exc)) from None


def _rule_codes(path: str, codes: tuple[str, ...]) -> None:
    """Severity overrides name whole rule codes."""
    from checker.rules import ALL_RULES  # the rules read Settings: imported when needed

    known = [r.code for r in ALL_RULES]
    for code in codes:
        if code not in known:
            raise InputError(path, 1, 1, f"[tool.checker] severity: {code!r} is not a rule code ({', '.join(known)})")


def settings_from_table(table: dict[str, Any], path: str = "<config>") -> Settings:
    """Settings from a `[tool.checker]` table; unknown keys are errors, not silently ignored."""
    base = Settings()
    known = {f.name: getattr(base, f.name) for f in fields(Settings)}
    changes: dict[str, Any] = {}
    for key, value in table.items():
        name = key.replace("-", "_")
        if name not in known:
            raise InputError(path, 1, 1, f"[tool.checker] unknown setting {key!r}")
        if name == "hedge_widths":
            widths = dict(base.hedge_widths)
            for kind, pair in dict(value).items():
                if kind not in widths or not (isinstance(pair, list) and len(pair) == 2):
                    raise InputError(path, 1, 1, f"[tool.checker] hedge-widths.{kind}: expected a known kind and [low, high]")
                widths[kind] = (float(pair[0]), float(pair[1]))
            changes[name] = widths
        elif name == "severity":
            sev = {str(k).upper(): str(v) for k, v in dict(value).items()}  # codes in any case, as --select
            bad = [v for v in sev.values() if v not in ("error", "warning", "info")]
            if bad:
                raise InputError(path, 1, 1, f"[tool.checker] severity: {bad[0]!r} is not error, warning or info")
            _rule_codes(path, tuple(sev))
            changes[name] = sev
        elif name in ("select", "ignore"):
            changes[name] = _selectors(_coerce(path, key, value, known[name]), path, key)
        elif name == "engine" and value not in ENGINES:
            raise InputError(path, 1, 1, f"[tool.checker] engine: expected one of {', '.join(ENGINES)}")
        else:
            changes[name] = _coerce(path, key, value, known[name])
    return replace(base, **changes)


def with_rules(settings: Settings, select: str | None, ignore: str | None) -> Settings:
    """The settings with the rule code prefixes of `--select` and `--ignore` ("C1,C3"), when given;
    a selector that names no rule is an InputError naming the option."""
    if select:
        settings = replace(settings, select=_selectors(select.split(","), "--select"))
    if ignore:
        settings = replace(settings, ignore=_selectors(ignore.split(","), "--ignore"))
    return settings


def load_settings(directory: Path = Path(".")) -> Settings:
    """`checker.toml` if present, else `[tool.checker]` of `pyproject.toml`, else defaults."""
    for name, nested in (("checker.toml", False), ("pyproject.toml", True)):
        path = directory / name
        if not path.is_file():
            continue
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise InputError(name, 1, 1, f"invalid TOML: {exc}") from None
        table = data.get("tool", {}).get("checker") if nested else data.get("tool", {}).get("checker", data)
        if table is not None:
            return settings_from_table(dict(table), name)
    return Settings()
