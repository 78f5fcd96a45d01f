"""Known findings: a baseline file records them, so a gate reports only what is new.

Fingerprints come from the rule, metric, period and the figures (see rules.base.fingerprint),
not line numbers: reordering rows or editing other articles keeps them valid.
"""

from __future__ import annotations

import json
from pathlib import Path

from checker.errors import InputError
from checker.models import Finding, Report


def render_baseline(report: Report) -> str:
    entries = sorted(
        ({"fingerprint": f.fingerprint, "rule": f.rule, "metric": f.metric, "period": f.period, "message": f.message}
         for f in report.findings if not f.on_input),
        key=lambda e: (e["rule"], e["fingerprint"]),
    )
    return json.dumps({"version": 1, "findings": entries}, ensure_ascii=False, indent=2) + "\n"


def read_baseline(path: Path) -> frozenset[str]:
    """The fingerprints recorded in a baseline file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(str(path), 0, 0, "no such baseline file (write one with `checker baseline`)") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        line, col = (exc.lineno, exc.colno) if isinstance(exc, json.JSONDecodeError) else (1, 1)
        raise InputError(str(path), line, col, f"not a baseline file: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
        raise InputError(str(path), 1, 1, 'expected {"version": 1, "findings": [...]}')
    return frozenset(str(e.get("fingerprint", "")) for e in data["findings"] if isinstance(e, dict))


def without_known(findings: tuple[Finding, ...], known: frozenset[str]) -> tuple[Finding, ...]:
    return tuple(f for f in findings if f.fingerprint not in known)
