"""`--format json`: the findings as one JSON document, values in base units."""

from __future__ import annotations

import json
import math
from typing import Any

from checker.models import Claim, Finding, Report


def _number(value: float) -> float | int | None:
    if math.isinf(value):
        return None  # unbounded: JSON has no infinity
    return int(value) if value == int(value) and abs(value) < 2**53 else value


def claim_record(claim: Claim, report: Report) -> dict[str, Any]:
    sentence = report.sentences.get((claim.doc, claim.sentence))
    return {
        "id": claim.claim_id, "doc": claim.doc, "sentence": claim.sentence, "quote": claim.quote,
        "value": _number(claim.value), "low": _number(claim.low), "high": _number(claim.high),
        "unit": claim.unit, "hedge": claim.hedge, "modality": claim.modality, "kind": claim.kind,
        "status": claim.status, "text": sentence.text if sentence else "",
    }


def finding_record(finding: Finding, report: Report, claims: dict[str, Claim]) -> dict[str, Any]:
    loc = finding.location
    return {
        "rule": finding.rule, "name": finding.name, "severity": finding.severity.value, "message": finding.message,
        "metric": finding.metric, "period": finding.period,
        "claims": [claim_record(claims[i], report) for i in finding.claims if i in claims],
        "pairs": [list(p) for p in finding.pairs], "derivation": finding.derivation,
        "location": None if loc is None else {"path": loc.path, "line": loc.line, "column": loc.column},
        "fingerprint": finding.fingerprint, "confidence": finding.confidence,
    }


def render_json(report: Report) -> str:
    claims = {c.claim_id: c for c in report.claims}
    body = {
        "version": 1, "documents": report.document_count, "claims": report.claim_count,
        "findings": [finding_record(f, report, claims) for f in report.findings],
    }
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"
