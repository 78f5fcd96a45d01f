"""JUnit XML for CI test views: a pure function of a `Report`.

One failing test case per error or warning finding, one passing case per info finding, and one
passing case per rule that found nothing, so that a clean run still shows what was checked.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from checker.locate import claim_locations
from checker.models import Claim, Document, Finding, Location, Report
from checker.reporters.display import claim_interval, document_label, titled

SUITE = "checker"
FAILING = frozenset({"error", "warning"})

# Characters XML 1.0 cannot carry at all, even escaped.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def render_junit(report: Report) -> str:
    """The report as `<testsuites>` holding one `<testsuite name="checker">`, UTF-8, indented."""
    where = claim_locations(report)
    claims = {c.claim_id: c for c in report.claims}
    docs = {d.id: d for d in report.documents}
    cases = [_finding_case(f, claims, where, docs) for f in report.findings]
    found = {f.rule for f in report.findings}
    cases += [_clean_case(code, name) for code, name, _, _ in report.rules if code not in found]
    failures = sum(1 for f in report.findings if f.severity.value in FAILING)
    counts = {"tests": str(len(cases)), "failures": str(failures), "errors": "0", "skipped": "0"}
    root = ET.Element("testsuites", {"name": SUITE, **counts})
    suite = ET.SubElement(root, "testsuite", {"name": SUITE, **counts})
    suite.extend(cases)
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def xml_text(text: str) -> str:
    """Text with the characters XML cannot hold replaced by U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)


def _body(text: str) -> str:
    # A raw CR in element text does not survive parsing; attributes keep theirs as &#13;.
    return xml_text(text).replace("\r\n", "\n").replace("\r", "\n")


def _where(loc: Location | None) -> str:
    if loc is None:
        return ""
    return f"{loc.path}:{loc.line}:{loc.column}"


def _finding_case(
    finding: Finding, claims: dict[str, Claim], where: dict[str, Location], docs: dict[str, Document],
) -> ET.Element:
    place = _where(finding.location)
    title = f"{finding.rule} {finding.name}".strip()
    attrs = {"classname": f"{SUITE}.{finding.rule}", "name": xml_text(f"{title} at {place}" if place else title)}
    if finding.location is not None:
        attrs["file"] = xml_text(finding.location.path)
        attrs["line"] = str(finding.location.line)
    case = ET.Element("testcase", attrs)
    message = xml_text(titled(finding.message or title, docs))
    if finding.severity.value in FAILING:
        failure = ET.SubElement(case, "failure", {"type": finding.rule, "message": message})
        failure.text = _body(_details(finding, claims, where, docs))
    else:
        out = ET.SubElement(case, "system-out")
        out.text = _body(_details(finding, claims, where, docs))
    return case


def _details(finding: Finding, claims: dict[str, Claim], where: dict[str, Location], docs: dict[str, Document]) -> str:
    lines = [f"{finding.severity.value}: {titled(finding.message, docs)}"]
    if finding.location is not None:
        lines.append(f"at {_where(finding.location)}")
    if finding.metric or finding.period:
        lines.append(f"metric: {finding.metric}  period: {finding.period}")
    for claim_id in finding.claims:
        claim = claims.get(claim_id)
        if claim is None:
            lines.append(f"claim {claim_id}")
            continue
        place = _where(where.get(claim_id)) or claim.doc
        doc = document_label(claim.doc, docs.get(claim.doc))
        lines.append(f"claim {claim_id}: “{claim.quote}” ({claim_interval(claim)}) at {place}, {doc}")
    if finding.derivation:
        lines.append(f"derivation: {finding.derivation}")
    return "\n".join(lines)


def _clean_case(code: str, name: str) -> ET.Element:
    return ET.Element("testcase", {"classname": f"{SUITE}.{code}", "name": xml_text(f"{code} {name}".strip())})
