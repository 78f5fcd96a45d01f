"""What changed since a git ref: documents (files) and claim-table rows."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

from checker.errors import InputError
from checker.models import Claim, Finding, Report
from checker.table.claims import TableProblem, read_claims_text


@dataclass(frozen=True)
class Changes:
    files: frozenset[str]  # paths relative to the repository root, forward slashes
    claims: frozenset[str]  # claim ids whose row is new or differs


def _git(*args: str, ref: str = "") -> str:
    try:
        done = subprocess.run(["git", *args], capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise InputError("--diff-base", 0, 0, "git is not installed: install it, or drop --diff-base") from None
    if done.returncode != 0:
        raise InputError("--diff-base", 0, 0, git_failure(done.stderr, ref))
    return done.stdout


def git_failure(stderr: str, ref: str) -> str:
    """What git's failure means for --diff-base, and what to do; git's own words last."""
    said = " ".join(stderr.split()).removeprefix("fatal: ")
    if "not a git repository" in said:
        return f"needs a git repository: run checker inside one, or drop --diff-base (git: {said})"
    if ref and any(m in said for m in ("unknown revision", "bad revision", "ambiguous argument", "bad object")):
        return (
            f"{ref!r} is not a commit git knows here: fetch it first (`git fetch origin`; in CI, checkout with "
            f"fetch-depth: 0), or name another ref (git: {said})"
        )
    return f"git failed: {said}"


def _rows(claims: list[Claim]) -> dict[str, tuple[object, ...]]:
    return {c.claim_id: (c.doc, c.start, c.end, c.quote, c.metric, c.period, c.value, c.low, c.high, c.unit, c.status)
            for c in claims}


def changes_since(ref: str, claims_path: Path, current: list[Claim]) -> Changes:
    """Files changed since `ref` (committed, staged or not, and untracked) and claim rows changed."""
    top = Path(_git("rev-parse", "--show-toplevel").strip())
    names = _git("diff", "--name-only", ref, "--", ref=ref).splitlines()
    names += _git("ls-files", "--others", "--exclude-standard").splitlines()
    rel_cwd = Path.cwd().resolve().relative_to(top.resolve()) if Path.cwd().resolve().is_relative_to(top.resolve()) else Path()
    files = frozenset(str(Path(n).relative_to(rel_cwd)) if Path(n).is_relative_to(rel_cwd) else n for n in names)
    table = (rel_cwd / claims_path).as_posix()
    try:
        old = _rows(read_claims_text(_git("show", f"{ref}:{table}"))[0])
    except (InputError, TableProblem):
        old = {}
    now = _rows(current)
    return Changes(files, frozenset(i for i, row in now.items() if old.get(i) != row))


def involving_changes(report: Report, changes: Changes) -> tuple[Finding, ...]:
    """Only the findings that involve a changed claim or a changed document."""
    docs = {d.id for d in report.documents if d.path in changes.files}
    by_id = {c.claim_id: c for c in report.claims}
    kept = []
    for f in report.findings:
        claims = [by_id[i] for i in f.claims if i in by_id]
        touched = changes.claims.intersection(f.claims) or any(c.doc in docs for c in claims)
        if touched or (f.location is not None and f.location.path in changes.files and not f.claims):
            kept.append(f)
    return tuple(kept)
