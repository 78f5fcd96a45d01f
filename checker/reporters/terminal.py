"""The terminal report (`--format full`, the default): a heading a finding, its figures, the summary.

Laid out for the terminal's width (80 columns included): each figure is a row of its own — quote,
interval, modality, document with its title, date and sentence — and the sentence goes below
the row, cut around the figure, never squeezed into a column. Document text is untrusted: it only
ever enters rich as `Text` objects, never as markup.
"""

from __future__ import annotations

import io

from rich.console import Console
from rich.text import Text

from checker.models import Claim, Document, Finding, Report, Severity
from checker.reporters.display import claim_interval, document_title, marked, window_parts
from checker.reporters.safe import visible
from checker.reporters.summary import NOTES_HEADING, next_steps, summary

Indented = tuple[Text, int]  # a paragraph and the columns it is indented by

STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "bold yellow", Severity.INFO: "bold cyan"}
SENTENCE_LINES = 3  # lines of a sentence shown below its figure
MIN_TITLE = 16  # characters of a title shown however narrow the terminal
INDENT = 4  # columns before a figure's document and sentence


def _where(finding: Finding) -> str:
    loc = finding.location
    return visible(f"{loc.path}:{loc.line}:{loc.column}") if loc else ""


def _heading(finding: Finding, note: bool = False) -> Text:
    where = _where(finding)
    label = ("[note]", "bold blue") if note else (f"[{finding.severity.value}]", STYLE[finding.severity])
    name = visible(finding.name)
    return Text.assemble(*((where, "bold"), ": ") if where else (), (finding.rule, "bold"), " ", label, " ", name)


def _row(claim: Claim) -> Text:
    """A figure's row: its quote, the interval it allows in its scale, achieved or projected, its hedge."""
    quote, modality = visible(claim.quote), visible(claim.modality)
    row = Text.assemble(("• ", "dim"), (quote, "bold"), f"  {visible(claim_interval(claim))}", (f"  {modality}", "dim"))
    if claim.hedge:
        row.append(f"  ({visible(claim.hedge)})", "dim")
    return row


def _sentence(group: list[Claim], doc: Document | None, report: Report, width: int, color: bool) -> list[Indented]:
    """The figures' document line (id, title, date, sentence) and their sentence, each figure marked."""
    first = group[0]
    when = visible(f" · {(doc.date if doc else '') or 'undated'} · sentence {first.sentence}")
    # The title takes what the line has left, so that the document's line stays one line.
    title = visible(document_title(doc, max(MIN_TITLE, width - INDENT - len(first.doc) - len(when) - 3)))
    place = Text.assemble(visible(first.doc), *((" “", title, "”") if title else ()), (when, "dim"))
    parts = window_parts(marked(group, report.sentences), SENTENCE_LINES * max(20, width - INDENT) - 8)
    sentence = Text()
    for piece, figure in parts:
        text = visible(piece)
        if figure:
            sentence.append(text, "bold reverse") if color else sentence.append(f"»{text}«")
        else:
            sentence.append(text)
    return [(place, INDENT), (sentence, INDENT)]


def _finding(finding: Finding, report: Report, claims: dict[str, Claim], docs: dict[str, Document],
             width: int, color: bool, note: bool = False) -> list[Indented]:
    """Heading, message, derivation; then each sentence's figures as rows, its document and the sentence once."""
    parts: list[Indented] = [(_heading(finding, note), 0), (Text(visible(finding.message)), 2)]
    if finding.derivation:
        parts.append((Text.assemble(("derivation: ", "bold"), visible(finding.derivation)), 2))
    if finding.on_input:
        return parts
    groups: dict[tuple[str, int], list[Claim]] = {}
    for claim_id in finding.claims:
        if claim_id in claims:
            claim = claims[claim_id]
            groups.setdefault((claim.doc, claim.sentence), []).append(claim)
    for group in groups.values():
        parts.extend((_row(claim), 2) for claim in group)
        parts.extend(_sentence(group, docs.get(group[0].doc), report, width, color))
    return parts


def render_terminal(report: Report, color: bool = False, width: int = 80) -> str:
    """The whole report as text, `width` columns wide; `color` adds ANSI styles."""
    buffer = io.StringIO()
    console = Console(
        file=buffer, force_terminal=color, no_color=not color, width=width, highlight=False, emoji=False,
        markup=False, soft_wrap=False,
    )
    claims = {c.claim_id: c for c in report.claims}
    docs = {d.id: d for d in report.documents}
    for finding in report.findings:
        for text, indent in _finding(finding, report, claims, docs, width, color):
            _print(console, text, indent, width)
        console.print()
    if report.notes:
        _print(console, Text(NOTES_HEADING, style="bold blue"), 0, width)
        console.print()
    for note in report.notes:
        for text, indent in _finding(note, report, claims, docs, width, color, note=True):
            _print(console, text, indent, width)
        console.print()
    _print(console, Text(summary(report), style="bold"), 0, width)
    for line in next_steps(report):
        _print(console, Text(line), 2, width)
    return buffer.getvalue()


def _print(console: Console, text: Text, indent: int, width: int) -> None:
    """`text` wrapped at word boundaries to the width, each line indented, no trailing blanks."""
    for line in text.wrap(console, max(20, width - indent)):
        line.rstrip()
        console.print(Text(" " * indent) + line, overflow="ignore", crop=False)
