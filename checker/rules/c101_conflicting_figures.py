"""Two claims of the same metric and period whose intervals cannot both hold.

Each figure is read as an interval (its hedge and written precision: "920" is 915-925,
"vượt mốc 930" is 930-940); two achieved figures of one metric and period that do not
overlap cannot both be true. An error when the two metric labels match closely, a
warning when the match is looser or both figures are forecasts.

Inconsistent:
    Bài A: "Tổng kim ngạch xuất nhập khẩu năm 2025 đạt mức kỷ lục 920 tỷ USD."
    Bài B: "Năm 2025, tổng kim ngạch xuất nhập khẩu vượt mốc 930 tỷ USD."

Consistent:
    Bài A: "Tổng kim ngạch xuất nhập khẩu năm 2025 đạt 920 tỷ USD."
    Bài B: "Năm 2025, tổng kim ngạch xuất nhập khẩu đạt 0,92 nghìn tỷ USD."

Settings: strong-link (metric similarity for an error), link-threshold, max-value-ratio,
hedge-widths.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.models import Finding, Severity
from checker.rules.base import Rule, RuleContext, fingerprint
from checker.rules.components import components

CODE, NAME = "C101", "conflicting-figures"


def check(ctx: RuleContext) -> Iterator[Finding]:
    scores: dict[tuple[str, str], float] = {}
    for link in ctx.links:
        a, b = ctx.claim(link.claim_id), ctx.claim(link.other_id)
        same_modality = (a.modality == "achieved") == (b.modality == "achieved")
        if link.relation == "contradicts" and same_modality and a.kind in ("amount", "percent", "points"):
            scores[(min(a.claim_id, b.claim_id), max(a.claim_id, b.claim_id))] = link.score
    for ids, pairs in components(scores):
        claims = ctx.ordered(ctx.claim(i) for i in ids)
        strong = any(
            scores[p] >= ctx.settings.strong_link and ctx.claim(p[0]).modality == "achieved" for p in pairs
        )
        first = ctx.primary(claims)
        yield Finding(
            rule=CODE, name=NAME, severity=Severity.ERROR if strong else Severity.WARNING,
            message=f"{first.metric} ({first.period}): {ctx.sides(claims)}",
            metric=first.metric, period=first.period, claims=tuple(c.claim_id for c in claims),
            pairs=tuple(pairs), location=ctx.location(first),
            fingerprint=fingerprint(CODE, first.metric, first.period, claims),
        )


RULE = Rule(CODE, NAME, Severity.ERROR, check, __doc__ or "", also=(Severity.WARNING,))
