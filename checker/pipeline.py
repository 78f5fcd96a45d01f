"""The pipeline: documents -> sentences -> mentions -> claims -> links -> findings -> report.

Each stage is a pure function of typed records; this module only strings them together.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from checker.claims import TableProblem, claims_from_mentions, merge_claims, read_claims, write_claims
from checker.config import Settings
from checker.documents import display_path, load_corpus
from checker.errors import InputError
from checker.extract import extract_mentions
from checker.models import Claim, Document, Mention, Sentence
from checker.sentences import split_sentences


@dataclass(frozen=True)
class Corpus:
    """Documents with their sentences and mentions."""

    documents: tuple[Document, ...]
    sentences: dict[tuple[str, int], Sentence]
    mentions: tuple[Mention, ...]


def read_document(doc: Document, settings: Settings) -> tuple[list[Sentence], list[Mention]]:
    """One document through the first stages: its sentences and its mentions."""
    sentences = split_sentences(doc)
    return sentences, extract_mentions(doc, sentences, settings)


def build_corpus(documents: list[Document], settings: Settings) -> Corpus:
    sentences: dict[tuple[str, int], Sentence] = {}
    mentions: list[Mention] = []
    for doc in documents:
        doc_sentences, doc_mentions = read_document(doc, settings)
        sentences.update(((s.doc, s.index), s) for s in doc_sentences)
        mentions.extend(doc_mentions)
    return Corpus(tuple(documents), sentences, tuple(mentions))


def seed_claims(corpus: Corpus) -> list[Claim]:
    return claims_from_mentions(list(corpus.mentions), corpus.sentences)


def load_table(path: Path) -> list[Claim]:
    """The claims of an existing table; any problem is an InputError naming line and column."""
    try:
        claims, problems = read_claims(path)
    except TableProblem as exc:
        raise InputError(display_path(path), exc.line, exc.column, exc.message) from None
    if problems:
        first = problems[0]
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise InputError(display_path(path), first.line, first.column, first.message + more)
    return claims


@dataclass(frozen=True)
class SeedResult:
    documents: int
    sentences: int
    claims: int
    added: int
    kept: int
    stale: int


def seed(corpus_path: Path, claims_path: Path, settings: Settings, limit: int | None = None) -> SeedResult:
    """Seed `claims_path` from a corpus, keeping every row editors touched."""
    corpus = build_corpus(load_corpus(corpus_path, limit), settings)
    fresh = seed_claims(corpus)
    old = load_table(claims_path) if claims_path.exists() else []
    merged = merge_claims(old, fresh)
    write_claims(claims_path, merged)
    fresh_ids = {c.claim_id for c in fresh}
    old_ids = {c.claim_id for c in old}
    return SeedResult(
        documents=len(corpus.documents), sentences=len(corpus.sentences), claims=len(merged),
        added=len(fresh_ids - old_ids), kept=sum(1 for c in merged if c.claim_id in old_ids and c.status != "stale"),
        stale=sum(1 for c in merged if c.status == "stale"),
    )
