"""The terminal report (rich): a summary line, then one panel per finding.

Document text is untrusted: it only ever enters rich as `Text` objects, never as markup.
"""

from __future__ import annotations

import io
import math
from collections import Counter

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from checker.grammar.numerals import show_number
from checker.models import Claim, Finding, Report, Severity
from checker.reporters.safe import visible

STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def summary(report: Report) -> str:
    counts = Counter(f.severity for f in report.findings)
    parts = [f"{counts[s]} {s.value}{'s' if counts[s] != 1 else ''}" for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)]
    drafts = f", {len(report.drafts)} draft{'s' if len(report.drafts) != 1 else ''}" if report.drafts else ""
    return f"{report.document_count} documents{drafts}, {report.claim_count} claims: {', '.join(parts)}"


def _interval(claim: Claim) -> str:
    """"915 tỷ – 925 tỷ", "74,5 – 75,5": numbers as Vietnamese writes them, like the quotes."""

    def show(x: float) -> str:
        return "…" if math.isinf(x) else show_number(x)

    return f"{show(claim.low)} – {show(claim.high)}"


def _sentence(claim: Claim, report: Report) -> Text:
    sentence = report.sentences.get((claim.doc, claim.sentence))
    if sentence is None:
        return Text(visible(claim.quote))
    a, b = claim.start - sentence.start, claim.end - sentence.start
    if not (0 <= a <= b <= len(sentence.text)):
        return Text(visible(sentence.text))
    text = sentence.text
    return Text.assemble(visible(text[:a]), (visible(text[a:b]), "bold reverse"), visible(text[b:]))


def _panel(finding: Finding, report: Report, claims: dict[str, Claim]) -> Panel:
    dates = {d.id: d.date for d in report.documents}
    head = Text.assemble((visible(finding.message), ""))
    parts: list[Text | Table] = [head]
    if finding.derivation:
        parts.append(Text.assemble(("derivation: ", "bold"), visible(finding.derivation)))
    rows = [claims[i] for i in finding.claims if i in claims]
    if rows and not finding.on_input:
        table = Table(show_header=True, header_style="bold", expand=True, pad_edge=False)
        for col in ("figure", "hedge", "interval", "modality", "document", "sentence"):
            table.add_column(col, overflow="fold", ratio=4 if col == "sentence" else None)
        for c in rows:
            where = Text(visible(f"{c.doc}\n{dates.get(c.doc) or 'undated'} · s{c.sentence}"))
            cells = (c.quote, c.hedge or "—", _interval(c), c.modality)
            table.add_row(*(Text(visible(cell)) for cell in cells), where, _sentence(c, report))
        parts.append(table)
    loc = finding.location
    title = Text.assemble((f"{finding.severity.value} ", STYLE[finding.severity]), (f"{finding.rule} {finding.name}", "bold"))
    subtitle = Text(visible(f"{loc.path}:{loc.line}:{loc.column}")) if loc else None
    return Panel(Group(*parts), title=title, title_align="left", subtitle=subtitle, subtitle_align="right")


def render_terminal(report: Report, color: bool = False, width: int = 120) -> str:
    """The whole report as text; `color` adds ANSI styles."""
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=color, no_color=not color, width=width, highlight=False, emoji=False)
    claims = {c.claim_id: c for c in report.claims}
    for finding in report.findings:
        console.print(_panel(finding, report, claims))
    console.print(Text(summary(report), style="bold"))
    return buffer.getvalue()
