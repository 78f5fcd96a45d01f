"""`--format concise`: one line a finding, `path:line:col: C101 [error] message`, as ruff, Vale and flake8 print.

Editors' scripts and CI logs read these lines; the only other line is the closing count.
Document ids in the message carry their document's title.
"""

from __future__ import annotations

from checker.models import Document, Finding, Report
from checker.reporters.display import titled
from checker.reporters.summary import summary


def concise_line(finding: Finding, docs: dict[str, Document]) -> str:
    """One finding as one line (whitespace in the message folded); without a place it starts with its rule."""
    loc = finding.location
    where = f"{loc.path}:{max(loc.line, 1)}:{max(loc.column, 1)}: " if loc else ""
    message = " ".join(titled(finding.message or finding.name, docs).split())
    return f"{where}{finding.rule} [{finding.severity.value}] {message}"


def render_concise(report: Report) -> str:
    """Every finding on a line of its own, in the report's order, then the counts."""
    docs = {d.id: d for d in report.documents}
    return "".join(line + "\n" for line in [*(concise_line(f, docs) for f in report.findings), summary(report)])
