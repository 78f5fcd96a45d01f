"""The pipeline: documents -> sentences -> mentions -> claims -> links -> findings -> report.

Each stage is a pure function of typed records in its own package (grammar, table, linking,
rules); this module strings them together for the three jobs (seed, check, check drafts
from the cache). The per-document stages and their packed results are in `corpus`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from checker.config import Settings
from checker.corpus import Corpus, build_corpus
from checker.engine import Engine
from checker.engine.cache import Cache, open_cache
from checker.engine.documents import display_path, iter_corpus, load_corpus, no_documents
from checker.engine.local import LINKING
from checker.engine.memory import gc_paused
from checker.errors import InputError, read_input
from checker.gate.drafts import split_draft_findings
from checker.linking import base_of, link_around, link_claims
from checker.linking.timeline import published_days
from checker.models import Claim, Document, Finding, Mention, Report, Sentence
from checker.rules import ALL_RULES, RuleContext, run_rules
from checker.table.claims import TableProblem, read_claims
from checker.table.reseed import held_by


def seed_claims(corpus: Corpus) -> list[Claim]:
    return corpus.claims()


def load_table(path: Path) -> list[Claim]:
    """The claims of an existing table; any problem is an InputError naming line and column."""
    claims, problems = _read_table(path)
    if problems:
        line, column, message = problems[0]
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise InputError(display_path(path), line, column, message + more)
    return claims


@dataclass(frozen=True)
class CheckRequest:
    """What `checker check` was asked to do."""

    corpus: Path
    claims: Path | None  # None: seed the claims in memory from the corpus
    drafts: tuple[Path, ...] = ()
    limit: int | None = None

    @classmethod
    def of(
        cls, settings: Settings, corpus: Path | None, claims: Path | None, drafts: tuple[Path, ...] = (), limit: int | None = None
    ) -> CheckRequest:
        """The request for the options given (None: not given). The settings' corpus by
        default; their claim table when it exists and no other corpus was named."""
        if claims is None and corpus is None and Path(settings.claims).exists():
            claims = Path(settings.claims)
        return cls(corpus or Path(settings.corpus), claims, drafts, limit)


def _read_table(path: Path, cache: Cache | None = None) -> tuple[list[Claim], list[tuple[int, int, str]]]:
    """The claims of a table and its problems; a sound table's claims are cached by its bytes."""
    if not path.is_file():
        cache = None
    data = read_input(path, display_path(path)) if cache is not None else b""
    cached = cache.get_table(data) if cache is not None else None
    if cached is not None:
        return cached, []
    try:
        claims, problems = read_claims(path)
    except TableProblem as exc:
        return [], [(exc.line, exc.column, exc.message)]
    if cache is not None and not problems:
        cache.put_table(data, claims)
    return claims, [(p.line, p.column, p.message) for p in problems]


def check(request: CheckRequest, settings: Settings, engine: Engine = Engine()) -> Report:
    """Check a corpus (and drafts) against the claim table: link claims, run the rules."""
    with open_cache(engine.cache_dir, settings) as cache:
        corpus = build_corpus(iter_corpus(request.corpus, request.limit), settings, engine, cache)
        if not corpus.documents and request.limit != 0:
            raise no_documents(request.corpus)
        problems: list[tuple[int, int, str]] = []
        new: list[Claim] = []
        if request.claims is None:
            claims = seed_claims(corpus)
        else:
            claims, problems = _read_table(request.claims, cache)
            # Figures the table does not hold yet (new or changed articles) are checked too.
            held = held_by(claims)
            new = corpus.claims(lambda claim_id: not held(claim_id))  # records only for those
            claims = claims + new
    drafts = build_corpus([load_draft(p) for p in request.drafts], settings)
    draft_ids = frozenset(d.id for d in drafts.documents)
    clash = draft_ids & {d.id for d in corpus.documents}
    if clash:
        raise InputError(str(request.drafts[0]), 0, 0, f"draft id {sorted(clash)[0]!r} is also a corpus document")
    all_claims = [] if problems else claims + seed_claims(drafts)
    report = _check_claims(
        all_claims, corpus.documents + drafts.documents, {**corpus.sentences, **drafts.sentences},
        corpus.mentions + drafts.mentions, draft_ids, request, settings, engine, tuple(problems),
    )
    return replace(report, unseeded=tuple(c.claim_id for c in new))


def _check_claims(
    claims: list[Claim], documents: tuple[Document, ...], sentences: dict[tuple[str, int], Sentence],
    mentions: tuple[Mention, ...], draft_ids: frozenset[str], request: CheckRequest, settings: Settings,
    engine: Engine = Engine(), problems: tuple[tuple[int, int, str], ...] = (), totals: tuple[int, int] | None = None,
) -> Report:
    """Link the claims, run the rules; with drafts, keep the findings on the drafts."""
    # Rows whose document is not in the corpus are linked and compared by no rule (C301 names
    # them, one finding per document): a huge table of them made quadratic work and a finding
    # per row on figures nobody can check.
    present = {d.id for d in documents}
    placed = claims if all(c.doc in present for c in claims) else [c for c in claims if c.doc in present]
    # A draft is checked against the archive: only the links that reach it are needed.
    if engine.progress:
        engine.progress(LINKING, 0, len(placed))
    with gc_paused():  # (linking builds ~1M records and tuples that hold no cycles)
        base = base_of(placed, sentences, published_days(documents, settings.ids_per_day, draft_ids), draft_ids)
        links = (
            link_around(placed, sentences, settings, draft_ids, base) if draft_ids
            else link_claims(placed, sentences, settings, base=base)
        )
    if engine.progress:
        engine.progress(LINKING, len(placed), len(placed))
    ctx = RuleContext(
        claims=tuple(placed), links=tuple(links), documents=documents, sentences=sentences,
        mentions={(m.doc, m.start, m.end): m for m in mentions}, settings=settings,
        claims_path=display_path(request.claims) if request.claims else "claims.csv",
        drafts=draft_ids, table_problems=problems, story=base[1].story, later=base[1].later,
        names=lambda claim_id: base[0][claim_id].names if claim_id in base[0] else frozenset(),
        sources=lambda claim_id: base[0][claim_id].sources if claim_id in base[0] else frozenset(),
        unplaced=() if placed is claims else tuple(c for c in claims if c.doc not in present),
    )
    findings = run_rules(ctx)
    notes: list[Finding] = []
    if draft_ids:
        draft_claims = {c.claim_id for c in claims if c.doc in draft_ids}
        findings = [f for f in findings if draft_claims.intersection(f.claims) or f.on_input]
        findings, notes = split_draft_findings(findings, frozenset(draft_claims), ctx.by_id)
    named = {i for f in (*findings, *notes) for i in f.claims}
    return Report(
        documents=documents, sentences=sentences, claims=tuple(claims), links=tuple(links),
        findings=tuple(findings), rules=tuple((r.code, r.name, r.severity.value, r.summary) for r in ALL_RULES),
        drafts=tuple(sorted(draft_ids)), totals=totals, notes=tuple(notes),
        locations={c.claim_id: ctx.location(c) for c in claims if c.claim_id in named},
    )


def load_draft(path: Path) -> Document:
    """A draft article: one text file, compared with the archive, never added to the table."""
    docs = load_corpus(path)
    if len(docs) != 1:
        raise InputError(display_path(path), 0, 0, "a draft must be one .txt or .md file")
    return docs[0]
