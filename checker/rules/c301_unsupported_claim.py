"""A row of claims.csv whose quote no longer supports it in its source document.

The document changed (the quote is no longer at its place), or the row was edited by
hand (its value or unit is not what the quote says). Either way the table states a
figure the archive does not back; the row is named by its line.

Inconsistent:
    claims.csv: value 930000000000 for the quote "920 tỷ USD" of sentence 13.

Consistent:
    claims.csv: value 920000000000, unit USD for the quote "920 tỷ USD", found at its
    offsets in the document.

Settings: none.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from checker.models import Claim, Finding, Severity
from checker.rules.base import Rule, RuleContext, row_finding

CODE, NAME = "C301", "unsupported-claim"


def _problem(ctx: RuleContext, claim: Claim) -> str:
    doc = ctx.docs_by_id.get(claim.doc)
    if doc is None:
        return f"its document {claim.doc!r} is not in the corpus"
    if doc.text[claim.start : claim.end] != claim.quote:
        found = doc.text.find(claim.quote)
        where = f"; it now appears at offset {found}" if found >= 0 else ""
        return f"the quote {claim.quote!r} is no longer at offsets {claim.start}-{claim.end}{where}"
    mention = ctx.mentions.get((claim.doc, claim.start, claim.end))
    if mention is None:
        return f"the quote {claim.quote!r} is not read as a figure"
    if mention.unit != claim.unit or not math.isclose(mention.value, claim.value, rel_tol=1e-9):
        return f"the quote {claim.quote!r} says {mention.value:g} {mention.unit}, the row says {claim.value:g} {claim.unit}"
    return ""


def check(ctx: RuleContext) -> Iterator[Finding]:
    for claim in ctx.claims:
        if claim.line == 0 or claim.status == "stale":
            continue
        problem = _problem(ctx, claim)
        if problem:
            message = f"row {claim.claim_id} (line {claim.line}) is not supported: {problem}"
            yield row_finding(ctx, CODE, NAME, Severity.ERROR, claim, message)


RULE = Rule(CODE, NAME, Severity.ERROR, check, __doc__ or "")
