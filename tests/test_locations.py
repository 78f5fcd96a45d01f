"""Locations are computed once, by the pipeline, and carried by the Report to every reporter."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from checker.config import Settings
from checker.locate import claim_locations
from checker.models import Location
from checker.pipeline import CheckRequest, check
from checker.reporters import render

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_the_report_carries_the_locations_of_the_claims_findings_name() -> None:
    report = check(CheckRequest(SEEDS, None), Settings(cache_dir=""))
    named = {i for f in report.findings for i in f.claims}
    assert named and set(report.locations) == named
    assert all(loc.path.endswith(".txt") and loc.line >= 1 for loc in report.locations.values())


def test_reporters_use_the_carried_locations() -> None:
    report = check(CheckRequest(SEEDS, None), Settings(cache_dir=""))
    moved = {i: Location("elsewhere.txt", 99, 7) for i in report.locations}
    sarif = json.loads(render(replace(report, locations=moved), "sarif"))
    related = [r for result in sarif["runs"][0]["results"] for r in result.get("relatedLocations", [])]
    assert related and all(r["physicalLocation"]["artifactLocation"]["uri"] == "elsewhere.txt" for r in related)


def test_a_report_without_locations_still_gets_them() -> None:
    report = check(CheckRequest(SEEDS, None), Settings(cache_dir=""))
    assert claim_locations(replace(report, locations={}), report.locations) == report.locations
    assert set(claim_locations(report)) == {c.claim_id for c in report.claims}  # every claim, when none are named
