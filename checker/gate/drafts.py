"""A draft's own problems, told apart from the archive's disagreements among themselves.

When a draft is checked, a finding can hold the draft's figure and archive figures that disagree
with each other: the draft writes "350 thỏa thuận" as two archive articles do, a third wrote "hơn
330". The editor asked what is wrong with the draft; that finding is the archive's, and is
reported as a separate, labelled note instead of a warning on the draft. A draft that
disagrees with itself (C103) is always the draft's own problem.
"""

from __future__ import annotations

from collections.abc import Iterable

from checker.intervals import both_hold
from checker.models import Claim, Finding


def split_draft_findings(
    findings: Iterable[Finding], draft_claims: frozenset[str], claims: dict[str, Claim],
) -> tuple[list[Finding], list[Finding]]:
    """(the drafts' own findings, notes on the archive's disagreements), each in the given order.

    A finding is the draft's own when two of its figures contradict each other, or when one
    of its draft figures contradicts an archive figure (they are a pair of the finding) and
    agrees with none of the finding's archive figures (no archive figure of its kind and unit
    whose interval overlaps it). A finding without pairs, or on the claim table (C9xx),
    stays the draft's.
    """
    own: list[Finding] = []
    notes: list[Finding] = []
    for finding in findings:
        if not finding.pairs or finding.on_input or _drafts_own(finding, draft_claims, claims):
            own.append(finding)
        else:
            notes.append(finding)
    return own, notes


def _drafts_own(finding: Finding, draft_claims: frozenset[str], claims: dict[str, Claim]) -> bool:
    if any(a in draft_claims and b in draft_claims for a, b in finding.pairs):
        return True  # the draft disagrees with itself (C103)
    archive = [claims[i] for i in finding.claims if i not in draft_claims and i in claims]
    contradicted = {
        mine for a, b in finding.pairs for mine, other in ((a, b), (b, a))
        if mine in draft_claims and other not in draft_claims and mine in claims
    }
    return any(not any(_agree(claims[mine], c) for c in archive) for mine in contradicted)


def _agree(draft: Claim, archive: Claim) -> bool:
    """The same kind and unit, and intervals that overlap as the linker reads them (two
    rounded figures that only touch, "39" and "40", are two): both can be true."""
    same = (draft.kind, draft.unit) == (archive.kind, archive.unit)
    return same and both_hold(draft, archive)
