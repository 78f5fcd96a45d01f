"""Analysis settings apart from run and report settings: only the analysis ones key the cache."""

from __future__ import annotations

from dataclasses import fields, replace

from checker.config import ANALYSIS_SETTINGS, Settings
from checker.engine.cache import _settings_key


def test_every_setting_has_one_group() -> None:
    groups = {f.name: f.metadata.get("group", "analysis") for f in fields(Settings)}
    assert set(groups.values()) == {"analysis", "report", "run"}
    assert {n for n, g in groups.items() if g == "run"} == {"corpus", "claims", "workers", "cache_dir", "engine", "scheduler"}
    assert set(ANALYSIS_SETTINGS) == {n for n, g in groups.items() if g == "analysis"}


def test_only_analysis_settings_change_the_cache_key() -> None:
    base = _settings_key(Settings())
    assert _settings_key(replace(Settings(), workers=7, select=("C1",), engine="dask", cache_dir="x")) == base
    assert _settings_key(replace(Settings(), link_threshold=70.0)) != base
    assert _settings_key(replace(Settings(), context_words=5)) != base
