"""Two articles state one quantity with figures that cannot both hold.

Each figure is read as an interval (its hedge and written precision: "920" is 915-925,
"vượt mốc 930" is 930-940). Two figures the linker finds to be one quantity (same thing
counted, same subject, same time; see "Linking" in the README) whose intervals do not
overlap are reported with the linker's confidence: an error from `strong-confidence` on, a
warning below it, info when one figure is the other written at a coarser precision
("98 ha" vs "98,7 ha"), or a toll told higher by a later article ("5 người chết", the next
day "7 người chết": an update). Articles published more than `story-days` apart disagree
only on one period both name. Figures below `min-confidence` are not reported.

Inconsistent:
    Bài A: "Tổng kim ngạch xuất nhập khẩu năm 2025 đạt mức kỷ lục 920 tỷ USD."
    Bài B: "Năm 2025, tổng kim ngạch xuất nhập khẩu vượt mốc 930 tỷ USD."

Consistent:
    Bài A: "Tổng kim ngạch xuất nhập khẩu năm 2025 đạt 920 tỷ USD."
    Bài B: "Năm 2025, tổng kim ngạch xuất nhập khẩu đạt 0,92 nghìn tỷ USD."

Settings: min-confidence, strong-confidence, link-confidence, max-value-ratio, hedge-widths,
story-days, ids-per-day.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.models import Finding, Severity
from checker.rules.base import Rule, RuleContext
from checker.rules.conflicts import conflict_findings

CODE, NAME = "C101", "conflicting-figures"


def check(ctx: RuleContext) -> Iterator[Finding]:
    yield from conflict_findings(ctx, CODE, NAME, within=False)


RULE = Rule(CODE, NAME, Severity.ERROR, check, __doc__ or "", also=(Severity.WARNING, Severity.INFO))
