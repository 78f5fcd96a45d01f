"""`checker rules` shows every severity a rule can report: the rule cases must stay within them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker.rules import ALL_RULES, Rule

CASES = Path(__file__).parent / "rules"


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.code)
def test_cases_report_only_the_severities_a_rule_declares(rule: Rule) -> None:
    seen = {
        entry["severity"]
        for expected in CASES.glob("*/*/expected.json")
        for entry in json.loads(expected.read_text(encoding="utf-8"))
        if entry["rule"] == rule.code
    }
    assert seen <= {s.value for s in rule.severities}
    assert rule.severities[0] == max(rule.severities, key=lambda s: s.rank)


def test_c101_reports_errors_and_warnings() -> None:
    [c101] = [r for r in ALL_RULES if r.code == "C101"]
    assert [s.value for s in c101.severities] == ["error", "warning"]
