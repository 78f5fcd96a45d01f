"""The pipeline: documents -> sentences -> mentions -> claims -> links -> findings -> report.

Each stage is a pure function of typed records; this module only strings them together.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path

from checker.config import Settings
from checker.engine import Engine
from checker.engine.cache import Cache, CacheMiss, block_key, block_of, place_of
from checker.engine.documents import corpus_fingerprint, display_path, iter_corpus, load_corpus
from checker.engine.memory import gc_paused
from checker.errors import InputError
from checker.gate.drafts import split_draft_findings
from checker.grammar.extract import extract_mentions
from checker.grammar.normalize import composed
from checker.grammar.sentences import sentence_spans, sentences_from_spans, split_sentences
from checker.linking import link_around, link_claims
from checker.locate import Locator
from checker.models import Claim, Document, Finding, Link, Mention, Packed, Report, Sentence, values_getter
from checker.rules import ALL_RULES, RuleContext, run_rules
from checker.table.claims import TableProblem, claim_keys, claims_from_packed, merge_claims, read_claims, write_claims


@dataclass(frozen=True)
class Corpus:
    """Documents with what the per-document stages read from them, packed, in the documents'
    order. Records are built when a stage asks for them: seeding needs only the claims,
    checking needs the sentences and mentions too."""

    documents: tuple[Document, ...]
    packed: tuple[Packed, ...]

    @cached_property
    def sentences(self) -> dict[tuple[str, int], Sentence]:
        with gc_paused():
            return {
                (s.doc, s.index): s
                for doc, (spans, _, _) in zip(self.documents, self.packed, strict=True)
                for s in sentences_from_spans(doc, spans)
            }

    @cached_property
    def mentions(self) -> tuple[Mention, ...]:
        with gc_paused():
            return tuple(Mention(*values) for _, mentions, _ in self.packed for values in mentions)  # type: ignore[arg-type]

    @property
    def sentence_count(self) -> int:
        return sum(len(spans) for spans, _, _ in self.packed)

    @property
    def mention_count(self) -> int:
        return sum(len(mentions) for _, mentions, _ in self.packed)

    def claims(self) -> list[Claim]:
        """A claim for every mention, in order."""
        return claims_from_packed(
            [values for _, mentions, _ in self.packed for values in mentions],
            [key for _, _, keys in self.packed for key in keys],
        )


_MENTION_VALUES = values_getter(Mention)


def read_document_packed(doc: Document, settings: Settings) -> Packed:
    """One document through the per-document stages, up to its claims' ids, packed (see
    `Packed`): what a worker sends back and the cache keeps.

    A document not in NFC is read in NFC (`composed`); its sentences and figures are then
    placed back in the text as written, and its claims get the ids of its NFC twin."""
    text, offsets = composed(doc.text)
    read = doc if offsets is None else replace(doc, text=text, body_start=bisect_left(offsets, doc.body_start))
    sentences = split_sentences(read)
    mentions = extract_mentions(read, sentences, settings)
    keys = claim_keys(mentions, sentences)
    if offsets is not None:
        sentences = [replace(s, start=offsets[s.start], end=offsets[s.end]) for s in sentences]
        mentions = [
            replace(m, start=offsets[m.start], end=offsets[m.end], quote=doc.text[offsets[m.start] : offsets[m.end]])
            for m in mentions
        ]
    return sentence_spans(sentences), [_MENTION_VALUES(m) for m in mentions], keys


def _taken(documents: Iterable[Document], into: list[Document]) -> Iterator[Document]:
    for doc in documents:
        into.append(doc)
        yield doc


def build_corpus(documents: Iterable[Document], settings: Settings, engine: Engine = Engine()) -> Corpus:
    """Every document through the per-document stages; results are the same however they run.

    Cached documents are never sent to the engine. Without a cache, documents go to the
    engine as they are read (a generator such as `iter_corpus` overlaps reading and work)."""
    cache = Cache(engine.cache_dir, settings) if engine.cache_dir is not None else None
    todo: list[Document] = []
    results: dict[str, Packed] = {}
    if cache is None:
        docs = todo  # every document is to do: the list fills as the engine takes them
        source: Iterable[Document] = _taken(documents, todo)
    else:
        docs = list(documents)
        results = cache.get_many(docs)
        todo = [d for d in docs if d.id not in results]
        source = todo
    done = len(results)
    fresh: list[tuple[Document, Packed]] = []
    with gc_paused():
        for k, packed in enumerate(engine.map_documents(read_document_packed, source, settings)):
            fresh.append((todo[k], packed))
            done += 1
            if engine.progress and done % 100 == 0:
                engine.progress(done, max(done, len(docs)))
    if cache:
        cache.put_many(fresh)
        cache.close()
    results.update((doc.id, packed) for doc, packed in fresh)
    if engine.progress:
        engine.progress(len(docs), len(docs))
    return Corpus(tuple(docs), tuple(results[doc.id] for doc in docs))


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
class SeedResult:
    documents: int
    sentences: int
    claims: int
    added: int
    kept: int
    stale: int


def seed(
    corpus_path: Path, claims_path: Path, settings: Settings, limit: int | None = None, engine: Engine = Engine()
) -> SeedResult:
    """Seed `claims_path` from a corpus, keeping every row editors touched."""
    corpus = build_corpus(iter_corpus(corpus_path, limit), settings, engine)
    fresh = seed_claims(corpus)
    old = load_table(claims_path) if claims_path.exists() else []
    merged = merge_claims(old, fresh)
    write_claims(claims_path, merged)
    fresh_ids = {c.claim_id for c in fresh}
    old_ids = {c.claim_id for c in old}
    return SeedResult(
        documents=len(corpus.documents), sentences=corpus.sentence_count, claims=len(merged),
        added=len(fresh_ids - old_ids), kept=sum(1 for c in merged if c.claim_id in old_ids and c.status != "stale"),
        stale=sum(1 for c in merged if c.status == "stale"),
    )


@dataclass(frozen=True)
class CheckRequest:
    """What `checker check` was asked to do."""

    corpus: Path
    claims: Path | None  # None: seed the claims in memory from the corpus
    drafts: tuple[Path, ...] = ()
    limit: int | None = None


def _read_table(path: Path, cache_dir: Path | None = None) -> tuple[list[Claim], list[tuple[int, int, str]]]:
    """The claims of a table and its problems; a sound table's claims are cached by its bytes."""
    cache = Cache(cache_dir, Settings()) if cache_dir is not None and path.is_file() else None
    try:
        data = path.read_bytes() if cache is not None else b""
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
    finally:
        if cache is not None:
            cache.close()


def check(request: CheckRequest, settings: Settings, engine: Engine = Engine()) -> Report:
    """Check a corpus (and drafts) against the claim table: link claims, run the rules."""
    quick = check_draft_from_cache(request, settings, engine)
    if quick is not None:
        return quick
    corpus = build_corpus(iter_corpus(request.corpus, request.limit), settings, engine)
    if engine.cache_dir is not None:
        _keep_corpus(engine.cache_dir, settings, request, corpus)
    problems: list[tuple[int, int, str]] = []
    if request.claims is None:
        claims = seed_claims(corpus)
    else:
        claims, problems = _read_table(request.claims, engine.cache_dir)
    drafts = build_corpus([load_draft(p) for p in request.drafts], settings)
    draft_ids = frozenset(d.id for d in drafts.documents)
    clash = draft_ids & {d.id for d in corpus.documents}
    if clash:
        raise InputError(str(request.drafts[0]), 0, 0, f"draft id {sorted(clash)[0]!r} is also a corpus document")
    all_claims = [] if problems else claims + seed_claims(drafts)
    return _check_claims(
        all_claims, corpus.documents + drafts.documents, {**corpus.sentences, **drafts.sentences},
        corpus.mentions + drafts.mentions, draft_ids, request, settings, engine, tuple(problems),
    )


def _check_claims(
    claims: list[Claim], documents: tuple[Document, ...], sentences: dict[tuple[str, int], Sentence],
    mentions: tuple[Mention, ...], draft_ids: frozenset[str], request: CheckRequest, settings: Settings,
    engine: Engine = Engine(), problems: tuple[tuple[int, int, str], ...] = (), totals: tuple[int, int] | None = None,
) -> Report:
    """Link the claims, run the rules; with drafts, keep the findings on the drafts."""
    # A draft is checked against the archive: only the links that reach it are needed.
    links = link_around(claims, settings, draft_ids) if draft_ids else link_blocks(claims, settings, engine)
    ctx = RuleContext(
        claims=tuple(claims), links=tuple(links), documents=documents, sentences=sentences,
        mentions={(m.doc, m.start, m.end): m for m in mentions}, settings=settings,
        claims_path=display_path(request.claims) if request.claims else "claims.csv",
        by_id={c.claim_id: c for c in claims}, docs_by_id={d.id: d for d in documents},
        locator=Locator(documents), drafts=draft_ids, table_problems=problems,
    )
    findings = run_rules(ctx)
    notes: list[Finding] = []
    if draft_ids:
        draft_claims = {c.claim_id for c in claims if c.doc in draft_ids}
        findings = [f for f in findings if draft_claims.intersection(f.claims) or f.rule.startswith("C9")]
        findings, notes = split_draft_findings(findings, frozenset(draft_claims), ctx.by_id)
    return Report(
        documents=documents, sentences=sentences, claims=tuple(claims), links=tuple(links),
        findings=tuple(findings), rules=tuple((r.code, r.name, r.severity.value, r.summary) for r in ALL_RULES),
        drafts=tuple(sorted(draft_ids)), totals=totals, notes=tuple(notes),
    )


def _keep_corpus(cache_dir: Path, settings: Settings, request: CheckRequest, corpus: Corpus) -> None:
    """Keep the corpus's documents by id in the cache, for the draft checks after this one."""
    cache = Cache(cache_dir, settings)
    try:
        fingerprint = corpus_fingerprint(request.corpus, request.limit)
        if cache.corpus_size(fingerprint) is None:
            cache.put_corpus(fingerprint, corpus.documents, len(corpus.sentences))
    finally:
        cache.close()


def check_draft_from_cache(request: CheckRequest, settings: Settings, engine: Engine = Engine()) -> Report | None:
    """A draft checked against an archive the cache holds whole (its documents by id, its
    claim table by block): only the claims that could meet the draft's are read, never the
    whole corpus or table. None when the cache cannot answer; `check` then reads everything.

    The claims read: those of the draft's linking blocks (kind, unit, period); for the derived
    rules, the amounts of a draft ratio's baseline period and the archive's ratios whose
    baseline is a draft figure's period, with the figures of their sentences. Every finding
    on the draft involves only such claims, so the findings are those of the full check."""
    if not request.drafts or request.claims is None or engine.cache_dir is None:
        return None
    if not request.claims.is_file() or not request.corpus.exists():
        return None  # the full check names what is missing
    cache = Cache(engine.cache_dir, settings)
    try:
        fingerprint = corpus_fingerprint(request.corpus, request.limit)
        data = request.claims.read_bytes()
        size = cache.corpus_size(fingerprint)
        if size is None or not cache.has_table(data):
            return None
        drafts = build_corpus([load_draft(p) for p in request.drafts], settings)
        draft_ids = frozenset(d.id for d in drafts.documents)
        if cache.corpus_documents(fingerprint, set(draft_ids)):
            return None  # a draft named like an archive document: the full check says so
        mine = seed_claims(drafts)
        units = {c.unit for c in mine}
        blocks = {block_of(c) for c in mine} | {block_key("amount", u, c.baseline) for c in mine if c.baseline for u in units}
        ratios = cache.table_claims(data, "base", {c.period for c in mine if c.period})
        near = cache.table_claims(data, "block", blocks) + ratios
        near += cache.table_claims(data, "place", {place_of(c) for c in ratios})
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
    finally:
        cache.close()


def load_draft(path: Path) -> Document:
    """A draft article: one text file, compared with the archive, never added to the table."""
    docs = load_corpus(path)
    if len(docs) != 1:
        raise InputError(display_path(path), 0, 0, "a draft must be one .txt or .md file")
    return docs[0]
