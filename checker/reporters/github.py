"""GitHub Actions workflow commands, one annotation a finding: a pure function of a `Report`."""

from __future__ import annotations

from checker.models import Document, Finding, Location, Report
from checker.reporters.display import titled

# checker's severities as workflow commands; GitHub calls an info finding a notice.
COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def render_github(report: Report) -> str:
    """One `::error|warning|notice ...::message` line per finding, in the report's order."""
    docs = {d.id: d for d in report.documents}
    return "".join(annotation(f, docs) + "\n" for f in report.findings)


def annotation(finding: Finding, docs: dict[str, Document] | None = None) -> str:
    """The workflow command for one finding; document ids in the message carry their titles."""
    command = COMMANDS.get(finding.severity.value, "warning")
    props = [*_location_properties(finding.location), ("title", f"{finding.rule} {finding.name}".strip())]
    rendered = ",".join(f"{key}={escape_property(value)}" for key, value in props)
    message = titled(finding.message or finding.name or finding.rule, docs or {})
    return f"::{command} {rendered}::{escape_data(message)}"


def escape_data(text: str) -> str:
    """Escape a command's message the way the Actions runner unescapes it."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value: as data, and the separators `:` and `,` too."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _location_properties(loc: Location | None) -> list[tuple[str, str]]:
    if loc is None:
        return []
    props = [("file", loc.path.replace("\\", "/"))]
    if loc.line <= 0:
        return props
    props.append(("line", str(loc.line)))
    multiline = loc.end_line > loc.line
    # GitHub keeps columns only for an annotation that starts and ends on one line.
    if not multiline:
        props.append(("col", str(max(loc.column, 1))))
    if loc.end_line >= loc.line:
        props.append(("endLine", str(loc.end_line)))
    if not multiline and loc.end_line == loc.line and loc.end_column > 0:
        props.append(("endColumn", str(loc.end_column)))
    return props
