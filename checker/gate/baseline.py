"""Known findings: a baseline file records them, so a gate reports only what is new.

Fingerprints come from the rule, metric, period and the figures (see rules.base.fingerprint),
not line numbers: reordering rows or editing other articles keeps them valid.
"""

from __future__ import annotations

import json
from pathlib import Path

from checker.errors import InputError, decode_utf8, read_input
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
    if not path.exists():
        raise InputError(str(path), 0, 0, "no such baseline file (write one with `checker baseline`)")
    not_utf8 = lambda line, column: InputError(str(path), line, column, "not UTF-8 text: save the file as UTF-8")  # noqa: E731
    text = decode_utf8(read_input(path, str(path)), not_utf8)  # a folder, unreadable, not UTF-8: exit 2
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(str(path), exc.lineno, exc.colno, f"not a baseline file: {exc.msg}") from None
    if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
        raise InputError(str(path), 1, 1, 'expected {"version": 1, "findings": [...]}')
    return frozenset(str(e.get("fingerprint", "")) for e in data["findings"] if isinstance(e, dict))


def without_known(findings: tuple[Finding, ...], known: frozenset[str]) -> tuple[Finding, ...]:
    return tuple(f for f in findings if f.fingerprint not in known)
