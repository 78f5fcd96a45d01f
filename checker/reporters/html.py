"""`--format html`: one self-contained page for reviewers (issue 5).

Everything is rendered server-side, so the page reads without JavaScript; a small inline script adds
filters (severity, rule, document, search). Document text is untrusted: Jinja2 autoescapes every value,
and a Content-Security-Policy pinned to the hashes of the page's own style and script blocks anything
that might slip through. No timestamps, no network, output a pure function of the report.
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

from checker.models import Claim, Document, Finding, Link, Report, Sentence, Severity
from checker.reporters.html_template import SCRIPT, STYLE, TEMPLATE

SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)
RELATION_ORDER = {"supports": 0, "contradicts": 1}
FRAGMENT_SAFE = ":@!$'()*+,;="  # kept as written in a URL fragment; everything else percent-encoded


@dataclass(frozen=True)
class Marked:
    """A sentence cut around its figure, so the template can wrap the figure in <mark>."""

    before: str
    figure: str
    after: str


@dataclass(frozen=True)
class LinkView:
    relation: str
    other_id: str
    score: str
    doc: str
    date: str
    sentence: Marked | None


@dataclass(frozen=True)
class FigureView:
    claim: Claim
    value: str
    interval: str
    date: str
    sentence: Marked
    supports: tuple[LinkView, ...]
    contradicts: tuple[LinkView, ...]


@dataclass(frozen=True)
class CardView:
    number: int
    finding: Finding
    severity: str
    fingerprint_anchor: str
    docs_json: str
    location: str
    figures: tuple[FigureView, ...]
    missing: tuple[str, ...]


@dataclass(frozen=True)
class ClaimRow:
    claim: Claim
    value: str
    interval: str
    sentence: Marked
    links: tuple[LinkView, ...]
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
    drafts: tuple[str, ...]


@dataclass(frozen=True)
class DocumentRow:
    doc: Document
    claims: int
    findings: int


def format_number(value: float) -> str:
    """A figure for people: groups of three split by a narrow space, decimal comma as in Vietnamese text."""
    if math.isnan(value):
        return "?"
    if math.isinf(value):
        return "∞" if value > 0 else "−∞"
    sign = "−" if value < 0 else ""
    text = format(abs(value), ".15g")
    if "e" in text:
        if abs(value) < 1:
            return sign + text
        text = format(abs(value), ".0f")
    whole, _, fraction = text.partition(".")
    grouped = f"{int(whole):,}".replace(",", "\u202f")
    return sign + grouped + ("," + fraction if fraction else "")


def format_interval(claim: Claim) -> str:
    return f"{format_number(claim.low)} – {format_number(claim.high)}"


def mark_figure(claim: Claim, sentences: dict[tuple[str, int], Sentence]) -> Marked:
    """The claim's sentence with its figure cut out; the quote alone when the sentence is unknown."""
    sentence = sentences.get((claim.doc, claim.sentence))
    if sentence is None:
        return Marked("", claim.quote, "")
    text = sentence.text
    start, end = claim.start - sentence.start, claim.end - sentence.start
    if not 0 <= start <= end <= len(text):
        # Offsets from an edited claim table may no longer fall in the sentence: find the quote instead.
        start = text.find(claim.quote) if claim.quote else -1
        if start < 0:
            return Marked(text, "", "")
        end = start + len(claim.quote)
    return Marked(text[:start], text[start:end], text[end:])


def fragment(prefix: str, ident: str) -> str:
    return "#" + prefix + quote(ident, safe=FRAGMENT_SAFE)


class Views:
    """Lookups shared by the cards and the claim table."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.claims = {c.claim_id: c for c in report.claims}
        self.documents = {d.id: d for d in report.documents}
        self.links: dict[str, list[Link]] = {}
        for link in sorted(report.links, key=lambda k: (RELATION_ORDER.get(k.relation, 2), -k.score, k.other_id)):
            self.links.setdefault(link.claim_id, []).append(link)

    def date(self, doc_id: str) -> str:
        doc = self.documents.get(doc_id)
        return doc.date if doc else ""

    def link(self, link: Link) -> LinkView:
        other = self.claims.get(link.other_id)
        return LinkView(
            relation=link.relation, other_id=link.other_id, score=format(round(link.score, 2), "g"),
            doc=other.doc if other else "", date=self.date(other.doc) if other else "",
            sentence=mark_figure(other, self.report.sentences) if other else None,
        )

    def links_of(self, claim_id: str, relation: str | None = None) -> tuple[LinkView, ...]:
        found = self.links.get(claim_id, [])
        return tuple(self.link(k) for k in found if relation is None or k.relation == relation)

    def figure(self, claim: Claim) -> FigureView:
        return FigureView(
            claim=claim, value=format_number(claim.value), interval=format_interval(claim), date=self.date(claim.doc),
            sentence=mark_figure(claim, self.report.sentences),
            supports=self.links_of(claim.claim_id, "supports"), contradicts=self.links_of(claim.claim_id, "contradicts"),
        )

    def card(self, number: int, finding: Finding, fingerprint_anchor: str) -> CardView:
        claims = [self.claims[i] for i in finding.claims if i in self.claims]
        location = finding.location
        return CardView(
            number=number, finding=finding, severity=Severity(finding.severity).value,
            fingerprint_anchor=fingerprint_anchor,
            docs_json=json.dumps(sorted({c.doc for c in claims}), ensure_ascii=False),
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


def build_claim_rows(views: Views, cards: list[CardView]) -> list[ClaimRow]:
    findings_of: dict[str, list[int]] = {}
    for card in cards:
        for claim_id in dict.fromkeys(card.finding.claims):
            findings_of.setdefault(claim_id, []).append(card.number)
    return [
        ClaimRow(
            claim=c, value=format_number(c.value), interval=format_interval(c), sentence=mark_figure(c, views.report.sentences),
            links=views.links_of(c.claim_id), findings=tuple(findings_of.get(c.claim_id, ())),
        )
        for c in views.report.claims
    ]


def build_summary(report: Report) -> Summary:
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
        by_rule=tuple(rules), drafts=tuple(report.drafts),
    )


def build_documents(report: Report) -> list[DocumentRow]:
    claims = Counter(c.doc for c in report.claims)
    by_id = {c.claim_id: c.doc for c in report.claims}
    findings = Counter(doc for f in report.findings for doc in {by_id[i] for i in f.claims if i in by_id})
    return [DocumentRow(d, claims[d.id], findings[d.id]) for d in sorted(report.documents, key=lambda d: d.id)]


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
    page = make_environment().get_template("report.html").render(
        summary=build_summary(report), cards=cards, claims=build_claim_rows(views, cards),
        documents=build_documents(report),
        style=STYLE, script=SCRIPT, style_hash=csp_hash(STYLE), script_hash=csp_hash(SCRIPT),
    )
    return page if page.endswith("\n") else page + "\n"
