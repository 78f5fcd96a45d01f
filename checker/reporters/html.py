"""`--format html`: one self-contained page for reviewers (issues 5 and 17).

Findings come first, one card each, its figures' documents named by title and date. The page holds
only what the findings need: the claims of the findings (the whole table is claims.csv) and the
documents they are in, so that 20,000 articles give a page of a few megabytes, not 80. Everything is
rendered server-side, so the page reads without JavaScript; a small inline script adds filters
(severity, rule, document, search) and sortable tables. Document text is untrusted: Jinja2
autoescapes every value, and a Content-Security-Policy pinned to the hashes of the page's own style
and script blocks anything that might slip through. No timestamps, no network: the output is a pure
function of the report.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
from collections import Counter
from dataclasses import dataclass
from urllib.parse import quote

from jinja2 import DictLoader, Environment, StrictUndefined

from checker.models import Claim, Document, Finding, Link, Report, Severity
from checker.reporters.display import Highlighted, claim_interval, claim_value, document_title, highlighted
from checker.reporters.html_assets import SCRIPT, STYLE
from checker.reporters.html_template import TEMPLATE
from checker.reporters.summary import NOTES_HEADING

SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)
RELATION_ORDER = {"supports": 0, "contradicts": 1}
FRAGMENT_SAFE = ":@!$'()*+,;="  # kept as written in a URL fragment; everything else percent-encoded
# Sentences shown under a figure for each relation; the others are named by claim id only. A figure
# restated by twenty articles would otherwise fill its card (and the page) with the same sentence.
SHOWN_LINKS = 5


@dataclass(frozen=True)
class DocRef:
    """A document as a card names it; `href` is empty when the page has no row for it."""

    id: str
    title: str
    date: str
    href: str


@dataclass(frozen=True)
class LinkView:
    relation: str
    other_id: str
    href: str  # "" when the other claim has no row in the page's claim table
    score: str
    doc: DocRef | None
    sentence: Highlighted | None


@dataclass(frozen=True)
class LinkList:
    """A figure's links of one relation: the first SHOWN_LINKS with their sentences, the others by id."""

    shown: tuple[LinkView, ...]
    more: tuple[str, ...]


@dataclass(frozen=True)
class FigureView:
    claim: Claim
    value: str
    interval: str
    doc: DocRef
    sentence: Highlighted
    supports: LinkList
    contradicts: LinkList


@dataclass(frozen=True)
class CardView:
    number: int
    finding: Finding
    severity: str
    fingerprint_anchor: str
    docs_json: str
    docs: tuple[DocRef, ...]
    location: str
    figures: tuple[FigureView, ...]
    missing: tuple[str, ...]


@dataclass(frozen=True)
class ClaimRow:
    claim: Claim
    doc: DocRef
    value: str
    value_key: str
    interval: str
    links: tuple[tuple[str, tuple[LinkView, ...]], ...]  # (relation, its links), supports first
    findings: tuple[int, ...]


@dataclass(frozen=True)
class RuleCount:
    code: str
    name: str
    severity: str
    summary: str
    count: int


@dataclass(frozen=True)
class Summary:
    documents: int
    claims: int
    findings: int
    by_severity: tuple[tuple[str, int], ...]
    by_rule: tuple[RuleCount, ...]
    drafts: tuple[DocRef, ...]
    claims_shown: int
    documents_shown: int


@dataclass(frozen=True)
class DocumentRow:
    doc: Document
    title: str
    claims: int
    findings: int


def fragment(prefix: str, ident: str) -> str:
    return "#" + prefix + quote(ident, safe=FRAGMENT_SAFE)


def sort_key(value: float) -> str:
    """A number as the page's script parses it to sort a column (JavaScript spells infinity in full)."""
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    return repr(value)


class Views:
    """What the cards and tables show, and which claims and documents have a row in the page."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.claims = {c.claim_id: c for c in report.claims}
        self.documents = {d.id: d for d in report.documents}
        self.links: dict[str, list[Link]] = {}
        for link in sorted(report.links, key=lambda k: (RELATION_ORDER.get(k.relation, 2), -k.score, k.other_id)):
            self.links.setdefault(link.claim_id, []).append(link)
        # The claim table holds the claims of the findings (and of the notes on the archive, after a draft
        # check); the documents table, their documents and the drafts.
        self.shown_claims = {i: None for f in (*report.findings, *report.notes) for i in f.claims if i in self.claims}
        shown_docs = {self.claims[i].doc for i in self.shown_claims} | set(report.drafts)
        self.shown_docs = {d for d in shown_docs if d in self.documents}

    def doc(self, doc_id: str) -> DocRef:
        found = self.documents.get(doc_id)
        href = fragment("doc-", doc_id) if doc_id in self.shown_docs else ""
        return DocRef(doc_id, document_title(found), found.date if found else "", href)

    def link(self, link: Link) -> LinkView:
        other = self.claims.get(link.other_id)
        return LinkView(
            relation=link.relation, other_id=link.other_id,
            href=fragment("claim-", link.other_id) if link.other_id in self.shown_claims else "",
            score=format(round(link.score, 2), "g"), doc=self.doc(other.doc) if other else None,
            sentence=highlighted(other, self.report.sentences) if other else None,
        )

    def link_list(self, claim_id: str, relation: str) -> LinkList:
        found = [k for k in self.links.get(claim_id, []) if k.relation == relation]
        return LinkList(tuple(self.link(k) for k in found[:SHOWN_LINKS]), tuple(k.other_id for k in found[SHOWN_LINKS:]))

    def links_by_relation(self, claim_id: str) -> tuple[tuple[str, tuple[LinkView, ...]], ...]:
        grouped: dict[str, list[LinkView]] = {}
        for link in self.links.get(claim_id, []):
            grouped.setdefault(link.relation, []).append(self.link(link))
        return tuple((relation, tuple(links)) for relation, links in grouped.items())

    def figure(self, claim: Claim) -> FigureView:
        return FigureView(
            claim=claim, value=claim_value(claim), interval=claim_interval(claim), doc=self.doc(claim.doc),
            sentence=highlighted(claim, self.report.sentences),
            supports=self.link_list(claim.claim_id, "supports"), contradicts=self.link_list(claim.claim_id, "contradicts"),
        )

    def card(self, number: int, finding: Finding, fingerprint_anchor: str) -> CardView:
        claims = [self.claims[i] for i in finding.claims if i in self.claims]
        doc_ids = list(dict.fromkeys(c.doc for c in claims))
        location = finding.location
        return CardView(
            number=number, finding=finding, severity=Severity(finding.severity).value,
            fingerprint_anchor=fingerprint_anchor, docs_json=json.dumps(sorted(doc_ids), ensure_ascii=False),
            docs=tuple(self.doc(d) for d in doc_ids),
            location="" if location is None else f"{location.path}:{location.line}:{location.column}",
            figures=tuple(self.figure(c) for c in claims),
            missing=tuple(i for i in finding.claims if i not in self.claims),
        )


def build_cards(views: Views) -> list[CardView]:
    cards: list[CardView] = []
    seen: set[str] = set()
    for number, finding in enumerate(views.report.findings, start=1):
        # An id must be unique in the page: a repeated fingerprint anchors its first finding only.
        anchor = "" if not finding.fingerprint or finding.fingerprint in seen else f"fp-{finding.fingerprint}"
        seen.add(finding.fingerprint)
        cards.append(views.card(number, finding, anchor))
    return cards


def build_notes(views: Views) -> list[CardView]:
    """A draft check's notes on the archive (its own disagreements), as cards apart from the findings."""
    return [views.card(number, note, "") for number, note in enumerate(views.report.notes, start=1)]


def build_claim_rows(views: Views, cards: list[CardView]) -> list[ClaimRow]:
    """The claims of the findings, in the order the findings first name them.

    A row shows the quote, not its sentence, and its links by id, not their sentences and scores: the
    finding's card shows those, and every line in a row is laid out again when the table is sorted.
    """
    findings_of: dict[str, list[int]] = {}
    for card in cards:
        for claim_id in dict.fromkeys(card.finding.claims):
            findings_of.setdefault(claim_id, []).append(card.number)
    rows = []
    for claim_id in views.shown_claims:
        c = views.claims[claim_id]
        rows.append(ClaimRow(
            claim=c, doc=views.doc(c.doc), value=claim_value(c), value_key=sort_key(c.value), interval=claim_interval(c),
            links=views.links_by_relation(claim_id), findings=tuple(findings_of.get(claim_id, ())),
        ))
    return rows


def build_summary(views: Views) -> Summary:
    report = views.report
    by_severity = Counter(Severity(f.severity).value for f in report.findings)
    by_rule = Counter(f.rule for f in report.findings)
    known = {code: (name, severity, summary) for code, name, severity, summary in report.rules}
    names = {f.rule: (f.name, Severity(f.severity).value, "") for f in report.findings}
    rules = [
        RuleCount(code, *(known.get(code) or names[code]), count=by_rule[code])
        for code in sorted(set(known) | set(by_rule))
    ]
    return Summary(
        documents=report.document_count, claims=report.claim_count, findings=len(report.findings),
        by_severity=tuple((s.value, by_severity[s.value]) for s in SEVERITIES),
        by_rule=tuple(rules), drafts=tuple(views.doc(d) for d in report.drafts),
        claims_shown=len(views.shown_claims), documents_shown=len(views.shown_docs),
    )


def build_documents(views: Views) -> list[DocumentRow]:
    """The documents with findings, and the drafts: most findings first, then by title."""
    report = views.report
    claims = Counter(c.doc for c in report.claims if c.doc in views.shown_docs)
    findings = Counter(doc for f in report.findings for doc in {views.claims[i].doc for i in f.claims if i in views.claims})
    rows = [
        DocumentRow(views.documents[d], document_title(views.documents[d]), claims[d], findings[d]) for d in views.shown_docs
    ]
    return sorted(rows, key=lambda r: (-r.findings, r.title, r.doc.id))


def csp_hash(source: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")


def make_environment() -> Environment:
    env = Environment(loader=DictLoader({"report.html": TEMPLATE}), autoescape=True, undefined=StrictUndefined)
    env.filters["claim_href"] = lambda ident: fragment("claim-", str(ident))
    env.filters["doc_href"] = lambda ident: fragment("doc-", str(ident))
    return env


def render_html(report: Report) -> str:
    """The report as one HTML page: inline CSS and JS, no external assets, deterministic."""
    views = Views(report)
    cards = build_cards(views)
    documents = build_documents(views)
    page = make_environment().get_template("report.html").render(
        summary=build_summary(views), cards=cards, claims=build_claim_rows(views, cards), documents=documents,
        notes=build_notes(views), notes_heading=NOTES_HEADING,
        filter_documents=sorted((d for d in documents if d.findings), key=lambda r: (r.title.casefold(), r.doc.id)),
        style=STYLE, script=SCRIPT, style_hash=csp_hash(STYLE), script_hash=csp_hash(SCRIPT),
    )
    return page if page.endswith("\n") else page + "\n"
