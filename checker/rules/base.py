"""What every rule shares: the context it reads and the record that describes it."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property

from checker.config import Settings
from checker.linking.similarity import sources_meet
from checker.locate import Locator
from checker.models import Claim, Document, Finding, Link, Location, Mention, Sentence, Severity


@dataclass(frozen=True)
class RuleContext:
    """Everything a rule may read. Rules never read globals or files."""

    claims: tuple[Claim, ...]
    links: tuple[Link, ...]
    documents: tuple[Document, ...]
    sentences: dict[tuple[str, int], Sentence]
    mentions: dict[tuple[str, int, int], Mention]  # the corpus as it is now, by (doc, start, end)
    settings: Settings
    claims_path: str
    drafts: frozenset[str]  # ids of draft documents
    table_problems: tuple[tuple[int, int, str], ...]  # (line, column, message) of claims.csv
    # Rows naming a document the corpus lacks: not in `claims`, so that no rule compares figures
    # nobody can check (a huge table of them once made a finding per row); C301 and C302 read them.
    unplaced: tuple[Claim, ...] = ()
    # How alike two articles are (0-1; the linker's story measure): rules that compare
    # figures of two articles outside the linker's links ask it whether they tell one story.
    story: Callable[[str, str], float] | None = None
    # Which of two articles was published later, when the corpus tells (linking's timeline).
    later: Callable[[str, str], str | None] | None = None
    # The names of a claim's own clause, as linking reads them ("Thái Lan xuất khẩu 9,6 triệu
    # tấn": Thái Lan), by claim id.
    names: Callable[[str], frozenset[str]] | None = None
    # Who says each claim's figure ("Quân đội Mỹ khẳng định ...", "Yonhap ... cho biết, ..."),
    # as linking reads it, by claim id.
    sources: Callable[[str], frozenset[str]] | None = None

    def floor(self, a: Claim, b: Claim) -> float:
        """The confidence from which a link of the two is reported: `draft_min_confidence`
        when a draft is one of them, `min_confidence` otherwise."""
        drafted = a.doc in self.drafts or b.doc in self.drafts
        return self.settings.draft_min_confidence if drafted else self.settings.min_confidence

    @staticmethod
    def shared_period(claims: Iterable[Claim]) -> str:
        """The period every claim is of, "" when they differ: sides read of two years carried
        from earlier sentences ("2002" against "2009") are of no one period an editor could
        check, and a finding names none."""
        periods = {c.period for c in claims}
        return periods.pop() if len(periods) == 1 else ""

    def one_story(self, a: str, b: str) -> bool:
        """Two articles tell one story (always, when no measure was given)."""
        return a == b or self.story is None or self.story(a, b) >= self.settings.story_threshold

    def named_apart(self, a: Claim, b: Claim) -> bool:
        """The own clauses of two claims name things, and none in common (another country,
        club or model)."""
        if self.names is None:
            return False
        na, nb = self.names(a.claim_id), self.names(b.claim_id)
        return bool(na) and bool(nb) and not na & nb

    def told_apart(self, a: Claim, b: Claim) -> bool:
        """Each of two claims is said by a source of its own, and none is the other's (two
        militaries' estimates of one range): two sources' figures, not one told twice."""
        if self.sources is None or a.doc == b.doc:
            return False
        sa, sb = self.sources(a.claim_id), self.sources(b.claim_id)
        return bool(sa) and bool(sb) and not sources_meet(sa, sb)

    @cached_property
    def by_id(self) -> dict[str, Claim]:
        return {c.claim_id: c for c in self.claims}

    @cached_property
    def told_twice(self) -> tuple[tuple[str, str], ...]:
        """Pairs of linked claims of one article with one value (a title and its body): one
        figure told twice. Read once for C101 and C103."""
        by_id = self.by_id
        return tuple(
            (link.claim_id, link.other_id) for link in self.links if link.relation == "supports"
            for a, b in [(by_id[link.claim_id], by_id[link.other_id])] if a.doc == b.doc and a.value == b.value
        )

    @cached_property
    def by_doc(self) -> dict[str, tuple[Claim, ...]]:
        """Each article's claims."""
        found: dict[str, list[Claim]] = {}
        for c in self.claims:
            found.setdefault(c.doc, []).append(c)
        return {doc: tuple(cs) for doc, cs in found.items()}

    @cached_property
    def docs_by_id(self) -> dict[str, Document]:
        return {d.id: d for d in self.documents}

    @cached_property
    def locator(self) -> Locator:
        return Locator(self.documents)

    def sentence_text(self, claim: Claim) -> str:
        """The text of the claim's sentence ("" when the corpus lacks it)."""
        found = self.sentences.get((claim.doc, claim.sentence))
        return found.text if found else ""

    def claim(self, claim_id: str) -> Claim:
        return self.by_id[claim_id]

    def location(self, claim: Claim) -> Location:
        return self.locator.claim(claim)

    def row_location(self, claim: Claim) -> Location:
        """The claim's row in claims.csv."""
        return Location(self.claims_path, claim.line, 1)

    def ordered(self, claims: Iterable[Claim]) -> list[Claim]:
        """Claims in the order findings show them: drafts first, then by document and place."""
        return sorted(claims, key=lambda c: (c.doc not in self.drafts, c.doc, c.start))

    def primary(self, claims: list[Claim]) -> Claim:
        """The claim a finding points at: a draft's first, else the first by document and place."""
        return self.ordered(claims)[0]

    def sides(self, claims: list[Claim]) -> str:
        """Figures grouped by what they say: '"350 thỏa thuận" in A (date), B (date) vs "hơn 330 ..." in C'."""
        groups: dict[tuple[float, float], list[Claim]] = {}
        for claim in self.ordered(claims):
            groups.setdefault((claim.low, claim.high), []).append(claim)
        parts = []
        for members in groups.values():
            where = ", ".join(self.where(c) for c in members)
            parts.append(f'"{members[0].quote}" in {where}')
        return " vs ".join(parts)

    def _date(self, claim: Claim) -> str:
        doc = self.docs_by_id.get(claim.doc)
        return doc.date if doc and doc.date else "undated"

    def where(self, claim: Claim) -> str:
        """'001_af47db53 (2026-02-13, sentence 14)'."""
        return f"{claim.doc} ({self._date(claim)}, sentence {claim.sentence})"

    def describe(self, claim: Claim) -> str:
        """'"vượt mốc 930 tỷ USD" (001_af47, 2026-02-13, sentence 14)'."""
        return f'"{claim.quote}" ({claim.doc}, {self._date(claim)}, sentence {claim.sentence})'


Check = Callable[[RuleContext], Iterator[Finding]]



@dataclass(frozen=True)
class Rule:
    """A rule: a code (family 1xx conflicts, 2xx derived, 3xx support, 9xx input), a
    kebab-case name, a default severity, and the check. Its module docstring documents it."""

    code: str
    name: str
    severity: Severity
    check: Check
    doc: str
    also: tuple[Severity, ...] = ()  # other severities the check may report (C101: a warning or info on a weaker link)

    @property
    def severities(self) -> tuple[Severity, ...]:
        """Every severity the rule can report, worst first."""
        return tuple(sorted({self.severity, *self.also}, key=lambda s: -s.rank))

    @property
    def summary(self) -> str:
        return self.doc.strip().splitlines()[0]


def fingerprint(rule: str, metric: str, period: str, claims: list[Claim]) -> str:
    """Stable across row order, line numbers and edits to other articles."""
    # Imported here: the claim table's module brings the engine, which `checker rules` and
    # `checker explain` should not pay for at start-up.
    from checker.table.claims import format_number

    figures = sorted({f"{format_number(c.value)}|{c.unit}|{c.hedge}|{c.kind}" for c in claims})
    key = "\x1f".join([rule, metric, period, *figures])
    return hashlib.blake2b(key.encode("utf-8"), digest_size=8).hexdigest()


def row_finding(ctx: RuleContext, code: str, name: str, severity: Severity, claim: Claim, message: str) -> Finding:
    """A finding on one row of claims.csv (C3xx), located at the row, fingerprinted by its figure."""
    return Finding(
        rule=code, name=name, severity=severity, message=message,
        metric=claim.metric, period=claim.period, claims=(claim.claim_id,),
        location=ctx.row_location(claim),
        fingerprint=fingerprint(code, claim.metric, claim.period, [claim]),
    )
