"""The rules, one a module; `ALL_RULES` is the explicit list (no registration magic).

May import: checker.models, checker.config, checker.locate, checker.intervals, checker.linking,
checker.grammar, checker.table.
"""

from __future__ import annotations

from collections.abc import Iterable

from checker.models import Finding, Severity
from checker.rules import (
    c101_conflicting_figures,
    c102_superseded_projection,
    c103_self_contradiction,
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
    c103_self_contradiction.RULE,
    c201_derived_mismatch.RULE,
    c202_conflicting_ratios.RULE,
    c301_unsupported_claim.RULE,
    c302_stale_claim.RULE,
    c901_invalid_claim_table.RULE,
)


def selected(rule: Rule, select: tuple[str, ...], ignore: tuple[str, ...]) -> bool:
    """Selection by code prefix, as flake8 and ruff do: `--select C1 --ignore C102`, in any case.
    Input problems (9xx) are always selected: a broken table must fail whatever was asked."""
    if rule.code.startswith("C9"):
        return True
    chosen = any(rule.code.startswith(p.upper()) for p in select)
    return chosen and not any(rule.code.startswith(p.upper()) for p in ignore)


def rule_selectors(values: Iterable[str]) -> tuple[str, ...]:
    """Selectors as written (code prefixes or rule names, any case) as upper-case code
    prefixes; one that names no rule is a ValueError listing the valid codes."""
    selectors: list[str] = []
    for value in (v.strip() for v in values):
        if not value:
            continue
        rule = find_rule(value)
        code = rule.code if rule is not None else value.upper()
        if not any(r.code.startswith(code) for r in ALL_RULES):
            codes = ", ".join(r.code for r in ALL_RULES)
            message = f"unknown rule selector {value!r}: expected a prefix of a code ({codes}) or a rule name"
            raise ValueError(message)
        selectors.append(code)
    return tuple(selectors)


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
        override = {code.upper(): value for code, value in ctx.settings.severity.items()}.get(rule.code)
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


__all__ = ["ALL_RULES", "Rule", "RuleContext", "find_rule", "needs", "rule_selectors", "run_rules", "selected"]
