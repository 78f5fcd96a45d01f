"""A projected or target figure that a later achieved figure contradicts.

Forecasts ("dự kiến", "ước đạt", "mục tiêu") are often overtaken by the outcome; that is
news, not an error. Reported for information, naming both documents and their dates, so
an editor can update or annotate the older article.

Inconsistent (superseded):
    Bài A (tháng 12): "Kim ngạch xuất khẩu năm 2025 dự kiến đạt 450 tỷ USD."
    Bài B (tháng 1):  "Kim ngạch xuất khẩu năm 2025 đạt 475 tỷ USD."

Consistent:
    Bài A: "Kim ngạch xuất khẩu năm 2025 dự kiến vượt mốc 400 tỷ USD."
    Bài B: "Kim ngạch xuất khẩu năm 2025 đạt 475 tỷ USD."

The confidence is the link's; reported from `min-confidence` (a draft's from
`draft-min-confidence`), as C101 is.

Settings: link-threshold, max-value-ratio, hedge-widths, min-confidence.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.models import Finding, Severity
from checker.rules.base import Rule, RuleContext, fingerprint

CODE, NAME = "C102", "superseded-projection"


def check(ctx: RuleContext) -> Iterator[Finding]:
    for link in ctx.links:
        projected, achieved = ctx.claim(link.claim_id), ctx.claim(link.other_id)
        if link.relation != "contradicts" or projected.modality == "achieved" or achieved.modality != "achieved":
            continue
        if link.score < ctx.floor(projected, achieved):
            continue  # (reported from the confidence C101 reports from)
        period = ctx.shared_period((projected, achieved))
        yield Finding(
            rule=CODE, name=NAME, severity=Severity.INFO,
            message=(
                f"{projected.metric} ({period or 'no period'}): the forecast {ctx.describe(projected)} "
                f"is superseded by the achieved {ctx.describe(achieved)} (confidence {link.score:.2f})"
            ),
            confidence=link.score,
            metric=projected.metric, period=period, claims=(projected.claim_id, achieved.claim_id),
            pairs=((projected.claim_id, achieved.claim_id),), location=ctx.location(projected),
            fingerprint=fingerprint(CODE, projected.metric, projected.period, [projected, achieved]),
        )


RULE = Rule(CODE, NAME, Severity.INFO, check, __doc__ or "")
