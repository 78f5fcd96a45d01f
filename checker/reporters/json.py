"""`--format json`: the findings as one JSON document, values in base units, with the text people see beside them."""

from __future__ import annotations

import json
import math
from typing import Any

from checker.models import Claim, Document, Finding, Report
from checker.reporters.display import claim_interval, claim_value, document_title


def _number(value: float) -> float | int | None:
    if math.isinf(value):
        return None  # unbounded: JSON has no infinity
    return int(value) if value == int(value) and abs(value) < 2**53 else value


def claim_record(claim: Claim, report: Report, docs: dict[str, Document] | None = None) -> dict[str, Any]:
    """A claim: values in base units (920 tỷ USD is 920000000000), and as people read them (`display`)."""
    sentence = report.sentences.get((claim.doc, claim.sentence))
    doc = (docs or {d.id: d for d in report.documents}).get(claim.doc)
    return {
        "id": claim.claim_id, "doc": claim.doc, "title": document_title(doc), "date": doc.date if doc else "",
        "sentence": claim.sentence, "quote": claim.quote,
        "value": _number(claim.value), "low": _number(claim.low), "high": _number(claim.high),
        "unit": claim.unit, "display": {"value": claim_value(claim), "interval": claim_interval(claim)},
        "hedge": claim.hedge, "modality": claim.modality, "kind": claim.kind,
        "status": claim.status, "text": sentence.text if sentence else "",
    }


def finding_record(
    finding: Finding, report: Report, claims: dict[str, Claim], docs: dict[str, Document] | None = None,
) -> dict[str, Any]:
    loc = finding.location
    docs = docs if docs is not None else {d.id: d for d in report.documents}
    return {
        "rule": finding.rule, "name": finding.name, "severity": finding.severity.value, "message": finding.message,
        "metric": finding.metric, "period": finding.period,
        "claims": [claim_record(claims[i], report, docs) for i in finding.claims if i in claims],
        "pairs": [list(p) for p in finding.pairs], "derivation": finding.derivation,
        "location": None if loc is None else {"path": loc.path, "line": loc.line, "column": loc.column},
        "fingerprint": finding.fingerprint,
    }


def render_json(report: Report) -> str:
    claims = {c.claim_id: c for c in report.claims}
    docs = {d.id: d for d in report.documents}
    body = {
        "version": 1, "documents": report.document_count, "claims": report.claim_count,
        "findings": [finding_record(f, report, claims, docs) for f in report.findings],
    }
    if report.drafts:
        body["notes"] = [finding_record(f, report, claims, docs) for f in report.notes]
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"
