"""A report narrowed by the gates a run asks for: the baseline's known findings dropped,
then only the findings on what changed since a git ref kept."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from checker.gate.baseline import read_baseline, without_known
from checker.gate.gitdiff import changes_since, involving_changes
from checker.models import Report


def gated(report: Report, baseline: Path | None, diff_base: str | None, claims: Path) -> Report:
    """The report with only the findings that pass both gates (each only when asked for)."""
    if baseline is not None:
        report = replace(report, findings=without_known(report.findings, read_baseline(baseline)))
    if diff_base is not None:
        changes = changes_since(diff_base, claims, list(report.claims))
        report = replace(report, findings=involving_changes(report, changes))
    return report
