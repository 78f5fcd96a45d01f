"""The records that flow through the pipeline. Frozen dataclasses, no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from enum import StrEnum
from operator import attrgetter


class Severity(StrEnum):
    """How bad a finding is; ordered info < warning < error."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "error": 2}[self.value]


@dataclass(frozen=True, slots=True)
class Document:
    """One article. `text` is the file as written; `body_start` skips a metadata marker."""

    id: str
    text: str
    path: str
    title: str = ""
    date: str = ""
    url: str = ""
    body_start: int = 0


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence (or headline, caption, byline): `text == doc.text[start:end]`."""

    doc: str
    index: int  # 1-based within the document
    start: int
    end: int
    text: str
    paragraph: int = 0


@dataclass(frozen=True, slots=True)
class Mention:
    """A figure read from a sentence, with everything the grammar could tell."""

    doc: str
    sentence: int
    start: int
    end: int
    quote: str
    value: float
    low: float
    high: float
    unit: str
    hedge: str  # the hedge words as normalized, "" for a bare figure
    hedge_kind: str  # key of config.HEDGE_WIDTHS
    modality: str  # achieved | projected | target
    kind: str  # amount | percent | multiplier | change | points
    metric: str
    period: str
    baseline: str = ""  # for multipliers and changes: the period compared with
    subject: str = ""  # proper names the figure is said of ("Việt Nam", "Vinamilk"), "; "-joined


@dataclass(frozen=True, slots=True)
class Claim:
    """A row of claims.csv: a mention as the editors curate it."""

    claim_id: str
    doc: str
    sentence: int
    start: int
    end: int
    quote: str
    metric: str
    period: str
    value: float
    low: float
    high: float
    unit: str
    hedge: str
    modality: str
    kind: str = "amount"
    baseline: str = ""
    subject: str = ""
    status: str = "auto"
    note: str = ""
    seed_hash: str = ""  # what the seeder wrote, to tell editors' changes apart
    line: int = 0  # line in claims.csv, 0 when seeded in memory


@dataclass(frozen=True, slots=True)
class Link:
    """A claim linked to another claim's sentence that speaks of the same metric and period."""

    claim_id: str
    other_id: str
    score: float
    relation: str  # supports | contradicts


@dataclass(frozen=True, slots=True)
class Location:
    """Where a finding points: a file, a 1-based line and column."""

    path: str
    line: int
    column: int = 1
    end_line: int = 0
    end_column: int = 0


@dataclass(frozen=True, slots=True)
class Finding:
    """What a rule reports."""

    rule: str
    name: str
    severity: Severity
    message: str
    metric: str = ""
    period: str = ""
    claims: tuple[str, ...] = ()
    pairs: tuple[tuple[str, str], ...] = ()
    location: Location | None = None
    derivation: str = ""
    fingerprint: str = ""


@dataclass(frozen=True, slots=True)
class Report:
    """Everything a reporter needs, and nothing it must compute."""

    documents: tuple[Document, ...]
    sentences: dict[tuple[str, int], Sentence]
    claims: tuple[Claim, ...]
    links: tuple[Link, ...]
    findings: tuple[Finding, ...]
    rules: tuple[tuple[str, str, str, str], ...] = field(default=())  # code, name, severity, summary
    drafts: tuple[str, ...] = ()
    # (documents, claims) checked, when `documents` and `claims` hold only those a draft
    # check needed; None: they hold everything.
    totals: tuple[int, int] | None = None
    # In a draft check: findings where the draft agrees with part of the archive and the archive
    # disagrees with itself. Reported apart, labelled; they never fail the check.
    notes: tuple[Finding, ...] = ()

    @property
    def document_count(self) -> int:
        return self.totals[0] if self.totals else len(self.documents)

    @property
    def claim_count(self) -> int:
        return self.totals[1] if self.totals else len(self.claims)


# What the per-document stages make of one document, packed as plain tuples (they pickle and
# store several times faster than records): its sentences as (start, end, paragraph) spans,
# whose text is the document's; its mentions as their fields' values; and for each mention,
# its claim's (claim_id, seed_hash). `checker.pipeline.Corpus` builds records from it on demand.
Span = tuple[int, int, int]
Packed = tuple[list[Span], list[tuple[object, ...]], list[tuple[str, str]]]


def values_getter(record_type: type) -> attrgetter[tuple[object, ...]]:
    """A function giving a record's field values in order (`dataclasses.astuple` without
    its deep copies): what the cache stores and workers send."""
    return attrgetter(*(f.name for f in fields(record_type)))
