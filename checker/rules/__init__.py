"""The rules, one a module; `ALL_RULES` is the explicit list (no registration magic)."""

from __future__ import annotations

from checker.models import Finding, Severity
from checker.rules import (
    c101_conflicting_figures,
    c102_superseded_projection,
    c201_derived_mismatch,
    c202_conflicting_ratios,
    c301_unsupported_claim,
    c302_stale_claim,
    c901_invalid_claim_table,
)
from checker.rules.base import Rule, RuleContext

ALL_RULES: tuple[Rule, ...] = (
    c101_conflicting_figures.RULE,
    c102_superseded_projection.RULE,
    c201_derived_mismatch.RULE,
    c202_conflicting_ratios.RULE,
    c301_unsupported_claim.RULE,
    c302_stale_claim.RULE,
    c901_invalid_claim_table.RULE,
)


def selected(rule: Rule, select: tuple[str, ...], ignore: tuple[str, ...]) -> bool:
    """Selection by code prefix, as flake8 and ruff do: `--select C1 --ignore C102`."""
    return any(rule.code.startswith(p) for p in select) and not any(rule.code.startswith(p) for p in ignore)


def find_rule(code: str) -> Rule | None:
    wanted = code.upper()
    return next((r for r in ALL_RULES if wanted in (r.code, r.name.upper())), None)


def run_rules(ctx: RuleContext) -> list[Finding]:
    """Every selected rule's findings, with severities from settings, minus those on ignored claims."""
    ignored = {c.claim_id for c in (*ctx.claims, *ctx.unplaced) if c.status == "ignored"}
    findings: list[Finding] = []
    for rule in ALL_RULES:
        if not selected(rule, ctx.settings.select, ctx.settings.ignore):
            continue
        override = ctx.settings.severity.get(rule.code)
        for finding in rule.check(ctx):
            if ignored.intersection(finding.claims):
                continue
            if override:
                finding = _with_severity(finding, Severity(override))
            findings.append(finding)
    return sorted(findings, key=_order)


def _order(finding: Finding) -> tuple[int, str, str, int, str]:
    loc = finding.location
    return (-finding.severity.rank, finding.rule, loc.path if loc else "", loc.line if loc else 0, finding.message)


def _with_severity(finding: Finding, severity: Severity) -> Finding:
    from dataclasses import replace

    return replace(finding, severity=severity)


__all__ = ["ALL_RULES", "Rule", "RuleContext", "find_rule", "run_rules", "selected"]
