"""The re-seed merge as a pure function: no row is ever dropped, an editor's values survive any
sequence of partial seeds, a second seed changes nothing, ids of the earlier form are kept."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.models import Claim
from checker.table.claims import render_table, seed_hash
from checker.table.reseed import changes, merge_claims, unseeded


def fresh_claim(n: int) -> Claim:
    claim = Claim(
        claim_id=f"{n:010x}{n:06x}", doc=f"d{n % 4}", sentence=n + 1, start=10 * n, end=10 * n + 5, quote=f"{n} tỷ",
        metric="xuất khẩu", period="2025", value=float(n), low=n - 0.5, high=n + 0.5, unit="USD", hedge="",
        modality="achieved",
    )
    return replace(claim, seed_hash=seed_hash(claim))


FRESH = [fresh_claim(n) for n in range(12)]
EDITS = st.sampled_from(["none", "status", "metric", "note", "extra"])


def edited(claim: Claim, how: str) -> Claim:
    if how == "status":
        return replace(claim, status="confirmed")
    if how == "metric":
        return replace(claim, metric="kim ngạch xuất khẩu")
    if how == "note":
        return replace(claim, note="đã kiểm tra")
    if how == "extra":
        return replace(claim, extra=(("reviewer", "Lan"),))
    return claim


def editor_view(claim: Claim) -> tuple[object, ...]:
    """What an editor wrote in a row, whatever the seeder did to it."""
    status = claim.prior_status or claim.status if claim.status == "stale" else claim.status
    return (claim.claim_id, status, claim.metric, claim.note, claim.extra)


@settings(max_examples=60, deadline=None)
@given(
    edits=st.lists(EDITS, min_size=12, max_size=12),
    seen=st.lists(st.sets(st.integers(0, 11)), min_size=1, max_size=4),
)
def test_no_sequence_of_partial_seeds_loses_an_edit(edits: list[str], seen: list[set[int]]) -> None:
    table = merge_claims([], FRESH)
    table = [edited(c, how) for c, how in zip(table, edits, strict=True)]
    wanted = {editor_view(c) for c in table if c.status != "auto" or c.note or c.metric != "xuất khẩu" or c.extra}
    for run in seen:  # seeds that each saw only some of the figures
        table = merge_claims(table, [FRESH[i] for i in sorted(run)])
        assert {c.claim_id for c in table} == {c.claim_id for c in FRESH}
    table = merge_claims(table, FRESH)  # everything back
    assert wanted <= {editor_view(c) for c in table}
    assert not [c for c in table if c.status == "stale"]


@settings(max_examples=30, deadline=None)
@given(run=st.sets(st.integers(0, 11)))
def test_a_second_seed_changes_nothing(run: set[int]) -> None:
    once = merge_claims(merge_claims([], FRESH), [FRESH[i] for i in sorted(run)])
    twice = merge_claims(once, [FRESH[i] for i in sorted(run)])
    assert render_table(twice) == render_table(once)
    found = changes(once, twice, {c.doc for c in FRESH})
    assert (found.added, found.updated, found.newly_stale) == (0, 0, 0)


def test_ids_of_the_earlier_form_are_matched_by_prefix_and_kept() -> None:
    legacy = [replace(c, claim_id=c.claim_id[:10]) for c in FRESH[:3]]
    merged = merge_claims(legacy, FRESH)
    assert sorted(c.claim_id for c in merged) == sorted([c.claim_id for c in legacy] + [c.claim_id for c in FRESH[3:]])
    assert [c.claim_id for c in unseeded(legacy, FRESH)] == [c.claim_id for c in FRESH[3:]]
