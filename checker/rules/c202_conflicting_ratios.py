"""Two documents stating different multipliers or growth rates for one metric and periods.

"gấp 2,5 lần" and "gấp 3 lần" for the same figure against the same baseline year cannot
both hold (each read as an interval: "2,5" is 2,45-2,55).

Inconsistent:
    Bài A: "Số khách quốc tế năm 2025 tăng 2,5 lần so với năm 2024."
    Bài B: "Số khách quốc tế năm 2025 gấp 3 lần năm 2024."

Consistent:
    Bài A: "Số khách quốc tế năm 2025 tăng 2,5 lần so với năm 2024."
    Bài B: "Số khách quốc tế năm 2025 gấp 2,5 lần năm 2024."

The confidence is its strongest link's; reported from `min-confidence` (a draft's from
`draft-min-confidence`), as C101 is.

Settings: link-threshold, hedge-widths, min-confidence.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.models import Finding, Severity
from checker.rules.base import Rule, RuleContext, fingerprint
from checker.rules.components import components

CODE, NAME = "C202", "conflicting-ratios"


def check(ctx: RuleContext) -> Iterator[Finding]:
    scores: dict[tuple[str, str], float] = {}
    for link in ctx.links:
        a, b = ctx.claim(link.claim_id), ctx.claim(link.other_id)
        if link.relation == "contradicts" and a.kind in ("multiplier", "change") and link.score >= ctx.floor(a, b):
            scores[(min(a.claim_id, b.claim_id), max(a.claim_id, b.claim_id))] = link.score
    for ids, group_pairs in components(scores):
        claims = ctx.ordered(ctx.claim(i) for i in ids)
        first = claims[0]
        confidence = max(scores[p] for p in group_pairs)
        period = ctx.shared_period(claims)
        yield Finding(
            rule=CODE, name=NAME, severity=Severity.WARNING,
            message=(
                f"{first.metric} ({period or 'no period'} vs {first.baseline or 'no baseline'}): "
                f"{ctx.sides(claims)} (confidence {confidence:.2f})"
            ),
            confidence=confidence,
            metric=first.metric, period=period, claims=tuple(c.claim_id for c in claims),
            pairs=tuple(group_pairs), location=ctx.location(first),
            fingerprint=fingerprint(CODE, first.metric, first.period, claims),
        )


RULE = Rule(CODE, NAME, Severity.WARNING, check, __doc__ or "")
