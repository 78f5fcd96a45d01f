"""The per-document stages over a corpus: each document read into sentences, mentions and
its claims' ids, packed (`Packed`), on an engine, through the cache; records built from the
packed form only when a stage asks for them."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cached_property

from checker.config import Settings
from checker.engine import Engine
from checker.engine.cache import Cache, open_cache
from checker.engine.memory import gc_paused
from checker.grammar.extract import extract_mentions
from checker.grammar.normalize import composed
from checker.grammar.sentences import sentence_spans, sentences_from_spans, split_sentences
from checker.models import Claim, Document, Mention, Packed, Sentence, mention_values
from checker.table.claims import claim_keys, claims_from_packed


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
            return tuple(Mention(*values) for _, mentions, _ in self.packed for values in mentions)

    @property
    def sentence_count(self) -> int:
        return sum(len(spans) for spans, _, _ in self.packed)

    @property
    def mention_count(self) -> int:
        return sum(len(mentions) for _, mentions, _ in self.packed)

    def claims(self, wanted: Callable[[str], bool] | None = None) -> list[Claim]:
        """A claim for every mention (or those whose claim id is `wanted`), in order."""
        if wanted is None:
            return claims_from_packed(
                [values for _, mentions, _ in self.packed for values in mentions],
                [key for _, _, keys in self.packed for key in keys],
            )
        chosen = [(v, k) for _, mentions, keys in self.packed for v, k in zip(mentions, keys, strict=True) if wanted(k[0])]
        return claims_from_packed([v for v, _ in chosen], [k for _, k in chosen])


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
    return sentence_spans(sentences), [mention_values(m) for m in mentions], keys


def _taken(documents: Iterable[Document], into: list[Document]) -> Iterator[Document]:
    for doc in documents:
        into.append(doc)
        yield doc


def build_corpus(
    documents: Iterable[Document], settings: Settings, engine: Engine = Engine(), cache: Cache | None = None
) -> Corpus:
    """Every document through the per-document stages; results are the same however they run.

    Cached documents (in `cache`, else in the engine's cache) are never sent to the engine.
    Without a cache, documents go to the engine as they are read (a generator such as
    `iter_corpus` overlaps reading and work)."""
    if cache is None and engine.cache_dir is not None:
        with open_cache(engine.cache_dir, settings) as opened:
            return build_corpus(documents, settings, engine, opened)
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
    results.update((doc.id, packed) for doc, packed in fresh)
    if engine.progress:
        engine.progress(len(docs), len(docs))
    return Corpus(tuple(docs), tuple(results[doc.id] for doc in docs))
