"""The lines that close every human report: counts, what to do next, statistics by rule."""

from __future__ import annotations

from collections import Counter

from checker.models import INPUT_FAMILY, Report, Severity

SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)
# How to accept a known discrepancy: the end of every `checker explain` page of a figures rule.
ACCEPTING = """Accepting a known discrepancy:
  Set `status` to `ignored` and say why in `note` on the rows of claims.csv the finding names
  (its claim ids are in --format json): findings involving an ignored row are not reported.
  Or record today's findings with `checker baseline` and check with --baseline
  checker-baseline.json: only new findings are reported."""


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def summary(report: Report) -> str:
    """`4 findings in 5 documents (50 claims): 1 error, 3 warnings, 0 infos`."""
    counts = Counter(f.severity for f in report.findings)
    parts = ", ".join(_plural(counts[s], s.value) for s in SEVERITIES)
    drafts = f", {_plural(len(report.drafts), 'draft')}" if report.drafts else ""
    found = _plural(len(report.findings), "finding") if report.findings else "No findings"
    notes = f"; {_plural(len(report.notes), 'note')} on the archive" if report.notes else ""
    checked = f"{_plural(report.document_count, 'document')}{drafts} ({_plural(report.claim_count, 'claim')})"
    return f"{found} in {checked}: {parts}{notes}"


NOTES_HEADING = "Notes: the archive disagrees with itself here; the draft agrees with part of it (not the draft's problem)"


def next_steps(report: Report, claims_path: str = "claims.csv") -> list[str]:
    """What the reader can do next, one short line each; nothing when there is nothing to do."""
    if not report.findings:
        return []
    rules = sorted({f.rule for f in report.findings})
    steps = [f"What a rule checks, how to resolve it: checker explain {rules[0]}"]
    if any(r.startswith(INPUT_FAMILY) for r in rules):
        steps.append(f"{claims_path} cannot be read: fix the lines named, or rebuild it: checker seed")
    if "C301" in rules or "C302" in rules:
        steps.append(f"Rows whose figure moved or left its document: checker seed refreshes {claims_path}")
    if report.drafts:
        # (a draft's figures are in no claim table: there is nothing to mark ignored)
        steps.append("Correct the draft, or the archive article named beside it if the draft is right")
    else:
        steps.append(f"Accept a known discrepancy: status=ignored and a note on its rows of {claims_path}")
    steps.append("All findings side by side for reviewers: checker report (reports/report.html)")
    return steps


def statistics(report: Report) -> str:
    """Counts by rule and severity, largest first, as `ruff --statistics` prints them; then the summary."""
    counts = Counter((f.rule, f.severity.value, f.name) for f in report.findings)
    rows = sorted(counts.items(), key=lambda item: (-item[1], item[0][0], item[0][1]))
    width = max((len(str(n)) for _, n in rows), default=1)
    lines = [f"{n:>{width}}  {rule}  {'[' + severity + ']':<9}  {name}" for (rule, severity, name), n in rows]
    return "".join(line + "\n" for line in [*lines, summary(report)])
