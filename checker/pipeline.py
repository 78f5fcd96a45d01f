"""The pipeline: documents -> sentences -> mentions -> claims -> links -> findings -> report.

Each stage is a pure function of typed records in its own package (grammar, table, linking,
rules); this module strings them together for the three jobs (seed, check, check drafts
from the cache). The per-document stages and their packed results are in `corpus`.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

from checker.config import Settings
from checker.corpus import Corpus, build_corpus
from checker.engine import Engine
from checker.engine.cache import Cache, CacheMiss, block_key, block_of, open_cache, place_of
from checker.engine.documents import corpus_fingerprint, display_path, iter_corpus, load_corpus, no_documents
from checker.errors import InputError, read_input
from checker.grammar.sentences import sentences_from_spans
from checker.linking import link_around, link_claims
from checker.models import Claim, Document, Link, Mention, Report, Sentence
from checker.rules import ALL_RULES, RuleContext, run_rules
from checker.rules import needs as rule_needs
from checker.rules.base import BASELINES, LINKED
from checker.table.claims import TableProblem, read_claims
from checker.table.reseed import held_by


def claim_blocks(claims: list[Claim]) -> list[list[Claim]]:
    """Claims grouped by kind, unit and period, in a fixed order. `link_claims` only ever
    links claims of one such block, so linking each block alone gives the same links."""
    blocks: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        blocks[(claim.kind, claim.unit, claim.period)].append(claim)
    return [blocks[key] for key in sorted(blocks)]


def link_blocks(claims: list[Claim], settings: Settings, engine: Engine = Engine()) -> list[Link]:
    """`link_claims` block by block, wherever the engine runs it; the links in link_claims' order."""
    links = [link for block in engine.map_groups(link_claims, claim_blocks(claims), settings) for link in block]
    return sorted(links, key=lambda link: (link.claim_id, -link.score, link.other_id))


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
        quick = check_draft_from_cache(request, settings, engine, cache)
        if quick is not None:
            return quick
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
            if cache is not None and not new and not problems:
                _keep_corpus(cache, request, corpus)
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
    links = link_around(placed, settings, draft_ids) if draft_ids else link_blocks(placed, settings, engine)
    ctx = RuleContext(
        claims=tuple(placed), links=tuple(links), documents=documents, sentences=sentences,
        mentions={(m.doc, m.start, m.end): m for m in mentions}, settings=settings,
        claims_path=display_path(request.claims) if request.claims else "claims.csv",
        drafts=draft_ids, table_problems=problems,
        unplaced=() if placed is claims else tuple(c for c in claims if c.doc not in present),
    )
    findings = run_rules(ctx)
    if draft_ids:
        draft_claims = {c.claim_id for c in claims if c.doc in draft_ids}
        findings = [f for f in findings if draft_claims.intersection(f.claims) or f.on_input]
    return Report(
        documents=documents, sentences=sentences, claims=tuple(claims), links=tuple(links),
        findings=tuple(findings), rules=tuple((r.code, r.name, r.severity.value, r.summary) for r in ALL_RULES),
        drafts=tuple(sorted(draft_ids)), totals=totals,
    )


def _covered_fingerprint(request: CheckRequest, table: bytes) -> str:
    """The corpus's fingerprint with the table's: a corpus is kept for draft checks only with
    a table that holds all its figures (the quick check reads figures from the table alone)."""
    return corpus_fingerprint(request.corpus, request.limit) + ":" + hashlib.blake2b(table, digest_size=16).hexdigest()


def _keep_corpus(cache: Cache, request: CheckRequest, corpus: Corpus) -> None:
    """Keep the corpus's documents by id in the cache, for the draft checks after this one."""
    if request.claims is None:
        return
    fingerprint = _covered_fingerprint(request, read_input(request.claims, display_path(request.claims)))
    if cache.corpus_size(fingerprint) is None:
        cache.put_corpus(fingerprint, corpus.documents, len(corpus.sentences))


def check_draft_from_cache(
    request: CheckRequest, settings: Settings, engine: Engine = Engine(), cache: Cache | None = None
) -> Report | None:
    """A draft checked against an archive the cache holds whole (its documents by id, its
    claim table by block): only the claims that could meet the draft's are read, never the
    whole corpus or table. None when the cache cannot answer; `check` then reads everything.

    The claims read are what the selected rules declare they need (`Rule.needs`): the draft's
    linking blocks (kind, unit, period); for the derived rules, also the amounts of a draft
    ratio's baseline period and the archive's ratios whose baseline is a draft figure's
    period, with the figures of their sentences. Every finding on the draft involves only
    such claims, so the findings are those of the full check."""
    if not request.drafts or request.claims is None or engine.cache_dir is None:
        return None
    if not request.claims.is_file() or not request.corpus.exists():
        return None  # the full check names what is missing
    if cache is None:
        with open_cache(engine.cache_dir, settings) as opened:
            return check_draft_from_cache(request, settings, engine, opened)
    try:
        data = read_input(request.claims, display_path(request.claims))
        fingerprint = _covered_fingerprint(request, data)
        size = cache.corpus_size(fingerprint)
        if size is None or not cache.has_table(data):
            return None
        drafts = build_corpus([load_draft(p) for p in request.drafts], settings)
        draft_ids = frozenset(d.id for d in drafts.documents)
        if cache.corpus_documents(fingerprint, set(draft_ids)):
            return None  # a draft named like an archive document: the full check says so
        mine = seed_claims(drafts)
        near = _near_drafts(cache, data, mine, rule_needs(settings.select, settings.ignore))
        archive = sorted({c.claim_id: c for c in near}.values(), key=lambda c: c.line)
        documents = tuple(sorted(cache.corpus_documents(fingerprint, {c.doc for c in archive}), key=lambda d: d.id))
        report = _check_claims(
            archive + mine, documents + drafts.documents, dict(drafts.sentences), drafts.mentions, draft_ids,
            request, settings, totals=(size[0] + len(draft_ids), cache.table_size(data) + len(mine)),
        )
        shown = {c for f in report.findings for c in f.claims}
        wanted = {c.doc for c in archive if c.claim_id in shown}
        needed = [d for d in documents if d.id in wanted]
        kept = cache.get_many(needed)
        sentences = {(s.doc, s.index): s for d in needed if d.id in kept for s in sentences_from_spans(d, kept[d.id][0])}
        return replace(report, sentences={**sentences, **drafts.sentences})
    except CacheMiss:
        return None


def _near_drafts(cache: Cache, data: bytes, mine: list[Claim], wanted: frozenset[str]) -> list[Claim]:
    """The claims of the cached table `data` that the rules' needs (`Rule.needs`) reach from
    the draft claims `mine`. Raises CacheMiss when the cache cannot answer."""
    blocks = {block_of(c) for c in mine} if LINKED in wanted else set()
    ratios: list[Claim] = []
    if BASELINES in wanted:
        units = {c.unit for c in mine}
        blocks |= {block_key("amount", u, c.baseline) for c in mine if c.baseline for u in units}
        ratios = cache.table_claims(data, "base", {c.period for c in mine if c.period})
    near = cache.table_claims(data, "block", blocks) + ratios
    return near + cache.table_claims(data, "place", {place_of(c) for c in ratios})


def load_draft(path: Path) -> Document:
    """A draft article: one text file, compared with the archive, never added to the table."""
    docs = load_corpus(path)
    if len(docs) != 1:
        raise InputError(display_path(path), 0, 0, "a draft must be one .txt or .md file")
    return docs[0]
