"""A row of claims.csv whose quote no longer supports it in its source document.

The document changed (the quote is no longer at its place), or the row was edited by
hand (its value or unit is not what the quote says). Either way the table states a
figure the archive does not back; the row is named by its line. Rows whose document is
not in the corpus at all give one finding per document, naming how many rows and the first
lines.

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

from checker.grammar.numerals import show_value
from checker.models import Claim, Finding, Severity
from checker.rules.base import Rule, RuleContext, fingerprint, row_finding

CODE, NAME = "C301", "unsupported-claim"


def _problem(ctx: RuleContext, claim: Claim) -> str:
    """What is wrong with the row (its document is in the corpus), and what to do about it."""
    doc = ctx.docs_by_id[claim.doc]
    if doc.text[claim.start : claim.end] != claim.quote:
        found = doc.text.find(claim.quote)
        moved = f"; it now appears at offset {found}" if found >= 0 else ""
        return (
            f"the quote {claim.quote!r} is no longer at offsets {claim.start}-{claim.end}{moved}: "
            "run `checker seed` to refresh the table (a row an editor changed is kept: correct it by hand)"
        )
    mention = ctx.mentions.get((claim.doc, claim.start, claim.end))
    if mention is None:
        return f"the quote {claim.quote!r} is not read as a figure: correct the quote, or set status=ignored with a note"
    if mention.unit != claim.unit or not math.isclose(mention.value, claim.value, rel_tol=1e-9):
        said, row = show_value(mention.value, mention.unit), show_value(claim.value, claim.unit)
        return f"the quote {claim.quote!r} says {said}, the row says {row}: correct value, low, high and unit in the row"
    return ""


SHOWN_ROWS = 5  # of a missing document's rows, the claims a finding lists (the message counts all)


def _missing_documents(ctx: RuleContext, absent: dict[str, list[Claim]]) -> Iterator[Finding]:
    """One finding per document the table names and the corpus lacks, however many rows name
    it: a table of a million rows on a removed archive gives a finding per document, not a
    million findings."""
    for doc, rows in sorted(absent.items()):
        lines = ", ".join(str(c.line) for c in rows[:SHOWN_ROWS]) + (", …" if len(rows) > SHOWN_ROWS else "")
        one = f"row {rows[0].claim_id} (line {lines}) names it"
        count = one if len(rows) == 1 else f"{len(rows)} rows name it (lines {lines})"
        yield Finding(
            rule=CODE, name=NAME, severity=Severity.ERROR,
            message=f"document {doc!r} is not in the corpus: {count}; restore it, or run `checker seed` to mark its rows stale",
            claims=tuple(c.claim_id for c in rows[:SHOWN_ROWS]), location=ctx.row_location(rows[0]),
            fingerprint=fingerprint(CODE, f"missing:{doc}", "", []),
        )


def check(ctx: RuleContext) -> Iterator[Finding]:
    absent: dict[str, list[Claim]] = {}
    for claim in (*ctx.claims, *ctx.unplaced):
        if claim.line == 0 or claim.status == "stale":
            continue
        if claim.doc not in ctx.docs_by_id:
            absent.setdefault(claim.doc, []).append(claim)
            continue
        problem = _problem(ctx, claim)
        if problem:
            message = f"row {claim.claim_id} (line {claim.line}) is not supported: {problem}"
            yield row_finding(ctx, CODE, NAME, Severity.ERROR, claim, message)
    yield from _missing_documents(ctx, absent)


RULE = Rule(CODE, NAME, Severity.ERROR, check, __doc__ or "")
