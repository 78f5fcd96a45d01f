"""SARIF 2.1.0, as GitHub code scanning reads it: a pure function of a `Report`."""

from __future__ import annotations

import json
import re
from hashlib import sha256
from typing import Any
from urllib.parse import quote

from checker import __version__
from checker.locate import claim_locations
from checker.models import Claim, Document, Finding, Location, Report
from checker.reporters.display import claim_interval, document_label, titled

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
SARIF_VERSION = "2.1.0"
FINGERPRINT_KEY = "checkerFingerprint/v1"
SRCROOT = "%SRCROOT%"

# checker's severities as SARIF levels; SARIF has no "info", its "note" is the same thing.
LEVELS = {"error": "error", "warning": "warning", "info": "note"}

_DRIVE = re.compile(r"^[A-Za-z]:/")

Json = dict[str, Any]
RuleRow = tuple[str, str, str, str]


def render_sarif(report: Report) -> str:
    """The report as one SARIF log with one run; findings keep the report's order."""
    rules = rule_table(report)
    index = {row[0]: i for i, row in enumerate(rules)}
    where = claim_locations(report)
    claims = {c.claim_id: c for c in report.claims}
    docs = {d.id: d for d in report.documents}
    fallback = _first_document(report.documents)
    results = [_result(f, index, claims, docs, where, fallback) for f in report.findings]
    driver: Json = {"name": "checker", "version": __version__, "rules": [_rule(row) for row in rules]}
    log: Json = {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [{"tool": {"driver": driver}, "columnKind": "unicodeCodePoints", "results": results}],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def rule_table(report: Report) -> list[RuleRow]:
    """The report's rules in its order, then any rule a finding names that the table lacks, by code."""
    known = {row[0] for row in report.rules}
    extra: dict[str, RuleRow] = {}
    for f in report.findings:
        if f.rule not in known and f.rule not in extra:
            extra[f.rule] = (f.rule, f.name, f.severity.value, "")
    return [*report.rules, *(extra[code] for code in sorted(extra))]


def level(severity: str) -> str:
    """SARIF level of a checker severity (unknown severities are warnings)."""
    return LEVELS.get(str(severity), "warning")


def fingerprint(finding: Finding, claims: dict[str, Claim]) -> str:
    """The finding's own fingerprint, or a hash of what it is about that survives edits elsewhere in the text."""
    if finding.fingerprint:
        return finding.fingerprint
    values = sorted(repr(float(claims[c].value)) if c in claims else c for c in finding.claims)
    text = "\x1f".join([finding.rule, finding.metric, finding.period, *values])
    return sha256(text.encode("utf-8")).hexdigest()[:32]


def artifact_location(path: str) -> Json:
    """A URI for a document path: relative ones against %SRCROOT% with forward slashes, percent-encoded."""
    posix = path.replace("\\", "/")
    if posix.startswith("/") or _DRIVE.match(posix):
        # Absolute paths should not reach a reporter; if one does, it must still be a valid URI.
        return {"uri": "file://" + ("" if posix.startswith("/") else "/") + quote(posix, safe="/:")}
    while posix.startswith("./"):
        posix = posix[2:]
    return {"uri": quote(posix, safe="/"), "uriBaseId": SRCROOT}


def region(loc: Location) -> Json:
    """A SARIF region; ends are left out when the location does not know them."""
    out: Json = {"startLine": max(loc.line, 1), "startColumn": max(loc.column, 1)}
    if loc.end_line >= out["startLine"]:
        out["endLine"] = loc.end_line
        if loc.end_column > 0:
            out["endColumn"] = loc.end_column
    return out


def physical(loc: Location) -> Json:
    return {"physicalLocation": {"artifactLocation": artifact_location(loc.path), "region": region(loc)}}


def _rule(row: RuleRow) -> Json:
    code, name, severity, summary = row
    return {
        "id": code,
        "name": name,
        "shortDescription": {"text": summary or name or code},
        "defaultConfiguration": {"level": level(severity)},
    }


def _first_document(documents: tuple[Document, ...]) -> Location | None:
    if not documents:
        return None
    return Location(path=min(d.path for d in documents), line=1, column=1)


def _primary(finding: Finding, where: dict[str, Location], fallback: Location | None) -> Location | None:
    # GitHub rejects the whole upload if one result has no location, so a finding without one
    # is anchored at its first located claim, else at the first document.
    if finding.location is not None:
        return finding.location
    for claim_id in finding.claims:
        if claim_id in where:
            return where[claim_id]
    return fallback


def _figure(claim: Claim, docs: dict[str, Document]) -> str:
    """`“vượt mốc 930 tỷ USD” (930 – 940 tỷ USD) in 001_af47 “Năm 2025 …”, claim 0767e8bd8c`."""
    source = document_label(claim.doc, docs.get(claim.doc))
    return f"“{claim.quote}” ({claim_interval(claim)}) in {source}, claim {claim.claim_id}"


def _related(
    finding: Finding, primary: Location | None, claims: dict[str, Claim], docs: dict[str, Document], where: dict[str, Location]
) -> list[Json]:
    related: list[Json] = []
    seen = {primary}
    for claim_id in finding.claims:
        loc = where.get(claim_id)
        if loc is None or loc in seen or claim_id not in claims:
            continue
        seen.add(loc)
        entry = {"id": len(related) + 1, **physical(loc), "message": {"text": _figure(claims[claim_id], docs)}}
        related.append(entry)
    return related


def _result(
    finding: Finding,
    index: dict[str, int],
    claims: dict[str, Claim],
    docs: dict[str, Document],
    where: dict[str, Location],
    fallback: Location | None,
) -> Json:
    primary = _primary(finding, where, fallback)
    out: Json = {
        "ruleId": finding.rule,
        "ruleIndex": index[finding.rule],
        "level": level(finding.severity.value),
        "message": {"text": titled(finding.message or finding.name or finding.rule, docs)},
    }
    if primary is not None:
        out["locations"] = [physical(primary)]
    related = _related(finding, primary, claims, docs, where)
    if related:
        out["relatedLocations"] = related
    out["partialFingerprints"] = {FINGERPRINT_KEY: fingerprint(finding, claims)}
    props = {k: v for k, v in (("metric", finding.metric), ("period", finding.period), ("derivation", finding.derivation)) if v}
    if props:
        out["properties"] = props
    return out
