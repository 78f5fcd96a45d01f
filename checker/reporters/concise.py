"""`--format concise`: one line a finding, `path:line:col: C101 [error] message`, as ruff, Vale and flake8 print.

Editors' scripts and CI logs read these lines; the only other line is the closing count.
Document ids in the message carry their document's title.
"""

from __future__ import annotations

from checker.models import Document, Finding, Report
from checker.reporters.display import titled
from checker.reporters.summary import summary


def concise_line(finding: Finding, docs: dict[str, Document], note: bool = False) -> str:
    """One finding as one line (whitespace in the message folded); without a place it starts with its rule.

    A note on the archive (a draft check) is tagged `[note]` and says what it is, never a severity.
    """
    loc = finding.location
    where = f"{loc.path}:{max(loc.line, 1)}:{max(loc.column, 1)}: " if loc else ""
    message = " ".join(titled(finding.message or finding.name, docs).split())
    tag = "[note] the archive disagrees with itself:" if note else f"[{finding.severity.value}]"
    return f"{where}{finding.rule} {tag} {message}"


def render_concise(report: Report) -> str:
    """Every finding on a line of its own, in the report's order, then the notes on the archive, then the counts."""
    docs = {d.id: d for d in report.documents}
    lines = [*(concise_line(f, docs) for f in report.findings), *(concise_line(n, docs, note=True) for n in report.notes)]
    return "".join(line + "\n" for line in [*lines, summary(report)])
