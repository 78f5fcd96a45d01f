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
from checker.reporters.display import claim_interval, document_title, highlighted, window
from checker.reporters.summary import NOTES_HEADING, next_steps, summary

Indented = tuple[Text, int]  # a paragraph and the columns it is indented by

STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "bold yellow", Severity.INFO: "bold cyan"}
SENTENCE_LINES = 3  # lines of a sentence shown below its figure
MIN_TITLE = 16  # characters of a title shown however narrow the terminal
INDENT = 4  # columns before a figure's document and sentence


def _where(finding: Finding) -> str:
    loc = finding.location
    return f"{loc.path}:{loc.line}:{loc.column}" if loc else ""


def _heading(finding: Finding, note: bool = False) -> Text:
    where = _where(finding)
    label = ("[note]", "bold blue") if note else (f"[{finding.severity.value}]", STYLE[finding.severity])
    return Text.assemble(*((where, "bold"), ": ") if where else (), (finding.rule, "bold"), " ", label, " ", finding.name)


def _figure(claim: Claim, doc: Document | None, report: Report, width: int, color: bool) -> list[Indented]:
    """The figure's row (quote, interval, modality), its document line, and its sentence below."""
    row = Text.assemble(
        ("• ", "dim"), (claim.quote, "bold"), f"  {claim_interval(claim)}", (f"  {claim.modality}", "dim"),
    )
    if claim.hedge:
        row.append(f"  ({claim.hedge})", "dim")
    when = f" · {(doc.date if doc else '') or 'undated'} · sentence {claim.sentence}"
    # The title takes what the line has left, so that the document's line stays one line.
    title = document_title(doc, max(MIN_TITLE, width - INDENT - len(claim.doc) - len(when) - 3))
    place = Text.assemble(claim.doc, *((" “", title, "”") if title else ()), (when, "dim"))
    marked = window(highlighted(claim, report.sentences), SENTENCE_LINES * max(20, width - INDENT) - 8)
    figure = (marked.figure, "bold reverse") if color else f"»{marked.figure}«" if marked.figure else ""
    sentence = Text.assemble(marked.before, figure, marked.after, style="" if not color else "none")
    return [(row, 2), (place, INDENT), (sentence, INDENT)]


def _finding(finding: Finding, report: Report, claims: dict[str, Claim], docs: dict[str, Document],
             width: int, color: bool, note: bool = False) -> list[Indented]:
    parts: list[Indented] = [(_heading(finding, note), 0), (Text(finding.message), 2)]
    if finding.derivation:
        parts.append((Text.assemble(("derivation: ", "bold"), finding.derivation), 2))
    if not finding.rule.startswith("C9"):
        for claim_id in finding.claims:
            claim = claims.get(claim_id)
            if claim is not None:
                parts.extend(_figure(claim, docs.get(claim.doc), report, width, color))
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
