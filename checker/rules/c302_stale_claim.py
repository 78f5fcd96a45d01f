"""A row of claims.csv whose figure is no longer in the corpus (status `stale`).

Re-seeding never drops a row: when the figure left its document, the row is kept and
marked `stale`. Reported for information until an editor deletes or re-points it.

Inconsistent:
    claims.csv: a row with status "stale" for a sentence the article no longer has.

Consistent:
    claims.csv: every row's figure still in its document.

Settings: none.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.models import Finding, Severity
from checker.rules.base import Rule, RuleContext, row_finding

CODE, NAME = "C302", "stale-claim"


def check(ctx: RuleContext) -> Iterator[Finding]:
    for claim in (*ctx.claims, *ctx.unplaced):
        if claim.status == "stale":
            message = f"row {claim.claim_id} (line {claim.line}): {claim.quote!r} is no longer in {claim.doc}"
            yield row_finding(ctx, CODE, NAME, Severity.INFO, claim, message)


RULE = Rule(CODE, NAME, Severity.INFO, check, __doc__ or "")
