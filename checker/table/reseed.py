"""Re-seeding the claim table: what the seeder writes over what editors wrote.

Nothing an editor wrote is lost. A row an editor touched (a status other than `auto`, a
note, an edited column, or no `seed_hash` to tell) keeps its values; only where its figure
now is comes from the corpus. A row whose figure left the corpus (or whose document is
missing) is marked `stale` with its status kept in `prior_status`, and comes back as it was
when the figure returns. Columns an editor added ride along with their rows. Ids of earlier,
shorter form are matched by prefix and kept.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from operator import attrgetter

from checker.models import Claim
from checker.table.claims import LEGACY_ID_LENGTH, seed_hash, sort_claims

# What re-seeding can change in a live row that stays live: where the figure is and how it is
# written, and what the seeder wrote (its other columns are the editor's, or equal to what
# `seed_hash` hashes when nobody edited them).
_RESEEDED = attrgetter("sentence", "start", "end", "quote", "seed_hash")


def _edited(row: Claim) -> bool:
    """Whether an editor touched a live row: a status, a note, or a column the seeder wrote.
    Without a `seed_hash` (a table written before it, a row added by hand) nobody can tell,
    so the row counts as edited."""
    return row.status != "auto" or bool(row.note) or not row.seed_hash or row.seed_hash != seed_hash(row)


class _Matcher:
    """Finds a table row's figure among fresh claims: by id, or for an id of the earlier
    40-bit form, by the prefix every longer id of the same figure starts with."""

    def __init__(self, fresh: Iterable[Claim]) -> None:
        self.by_id: dict[str, Claim] = {}
        self.by_prefix: dict[str, Claim] = {}
        for claim in fresh:
            self.by_id[claim.claim_id] = claim
            self.by_prefix.setdefault(claim.claim_id[:LEGACY_ID_LENGTH], claim)

    def find(self, claim_id: str) -> Claim | None:
        found = self.by_id.get(claim_id)
        if found is None and len(claim_id) == LEGACY_ID_LENGTH:
            found = self.by_prefix.get(claim_id)
        return found


def _merged_row(row: Claim, new: Claim | None) -> Claim:
    if new is None:  # the figure (or its document) is not in the corpus read
        if row.status == "stale":
            return replace(row, line=0)
        return replace(row, status="stale", prior_status=row.status, line=0)
    live = replace(row, status=row.prior_status or "auto", prior_status="") if row.status == "stale" else row
    if _edited(live):
        # The editor's columns stay; where the figure is now, and how it is written there (the
        # same words, perhaps in another Unicode form or tone placement), come from the document.
        # A row without a seed_hash gets the seeder's: equal to it, the row may be refreshed later.
        return replace(
            live, sentence=new.sentence, start=new.start, end=new.end, quote=new.quote, line=0,
            seed_hash=live.seed_hash or new.seed_hash,
        )
    if new.claim_id == row.claim_id and not row.extra:
        return new  # the usual case, without the cost of a copy
    return replace(new, claim_id=row.claim_id, extra=row.extra)


def merge_claims(old: list[Claim], fresh: list[Claim]) -> list[Claim]:
    """Re-seeding: every old row (see the module's docstring), then the fresh claims no row holds."""
    matcher = _Matcher(fresh)
    merged: list[Claim] = []
    taken: set[str] = set()
    for row in old:
        new = matcher.find(row.claim_id)
        if new is not None:
            taken.add(new.claim_id)
        merged.append(_merged_row(row, new))
    merged.extend(c for c in fresh if c.claim_id not in taken)
    return sort_claims(merged)


def held_by(table: list[Claim]) -> Callable[[str], bool]:
    """Whether a fresh claim's id is held by a row of the table: the same id, or a row with
    an id of the earlier 40-bit form that the fresh id starts with."""
    ids = {c.claim_id for c in table}
    legacy = {i for i in ids if len(i) == LEGACY_ID_LENGTH}
    if not legacy:
        return ids.__contains__
    return lambda claim_id: claim_id in ids or claim_id[:LEGACY_ID_LENGTH] in legacy


def unseeded(table: list[Claim], fresh: list[Claim]) -> list[Claim]:
    """The fresh claims (read from the corpus) that no row of the table holds."""
    held = held_by(table)
    return [c for c in fresh if not held(c.claim_id)]


def unseeded_note(claims: Iterable[Claim], unseeded_ids: Iterable[str], table: str) -> str:
    """'1 figure in 1 article not in claims.csv (005_new) checked from the corpus; ...'."""
    ids = set(unseeded_ids)
    docs = sorted({c.doc for c in claims if c.claim_id in ids})
    figures = f"{len(ids)} figure{'s' if len(ids) > 1 else ''} in {len(docs)} article{'s' if len(docs) > 1 else ''}"
    shown = ", ".join(docs[:5]) + (", ..." if len(docs) > 5 else "")
    them = "them" if len(ids) > 1 else "it"
    return f"{figures} not in {table} ({shown}) checked from the corpus; `checker seed` adds {them}"


@dataclass(frozen=True)
class Changes:
    """What a re-seed does to a table, row by row."""

    added: int  # fresh figures no row held
    kept: int  # live rows still live
    updated: int  # ... of which the seeder rewrote (a refreshed column, a moved figure)
    stale: int  # rows stale after the seed
    newly_stale: int  # ... of which were live before
    missing_docs: tuple[str, ...]  # documents of live rows that the corpus read does not have
    table_docs: int  # documents with live rows
    unhashed: int  # live rows without a seed_hash (a table written before the column)

    def counts(self) -> str:
        return f"{self.added} new, {self.kept} kept, {self.updated} updated, {self.stale} stale"

    def would(self) -> str:
        """What seeding would change, as `ruff format --check` says a file would be reformatted."""
        if self.added or self.updated or self.newly_stale:
            rows = "row" if self.added == 1 else "rows"
            return f"it would add {self.added} {rows}, update {self.updated}, mark {self.newly_stale} stale; run `checker seed`"
        return f"its rows are in another order or form ({self.counts()}); run `checker seed`"


def changes(old: list[Claim], merged: list[Claim], corpus_docs: set[str]) -> Changes:
    """Count what `merge_claims(old, ...)` changed."""
    before = {c.claim_id: c for c in old}
    after = {c.claim_id: c for c in merged}
    live = [c for c in old if c.status != "stale"]
    kept = [c for c in live if after[c.claim_id].status != "stale"]
    docs = {c.doc for c in live}
    return Changes(
        added=sum(1 for i in after if i not in before),
        kept=len(kept),
        updated=sum(1 for c in kept if _RESEEDED(c) != _RESEEDED(after[c.claim_id])),
        stale=sum(1 for c in merged if c.status == "stale"),
        newly_stale=len(live) - len(kept),
        missing_docs=tuple(sorted(docs - corpus_docs)),
        table_docs=len(docs),
        unhashed=sum(1 for c in live if not c.seed_hash),
    )


def stale_warning(found: Changes, documents: int, limit: int | None) -> str:
    """Why a seed would mark many rows stale, or "" when it would not: the corpus read lacks
    documents of the table because it is empty, cut by `--limit`, or missing more than one
    document and a tenth of the table's. (Figures that left an article they still have are
    ordinary edits.)"""
    missing = len(found.missing_docs)
    if not missing:
        return ""
    if documents == 0:
        reason = "the corpus has no documents"
    elif limit is not None:
        reason = f"--limit {limit} read only {documents}"
    elif missing > max(1, found.table_docs // 10):
        reason = "a partial corpus?"
    else:
        return ""
    shown = ", ".join(found.missing_docs[:5]) + (", ..." if missing > 5 else "")
    return (
        f"seeding would mark {found.newly_stale} of {found.kept + found.newly_stale} rows stale: {missing} of "
        f"{found.table_docs} documents are not in the corpus read ({reason}): {shown}"
    )
