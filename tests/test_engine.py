"""The parallel and the cached paths give the same results as the plain path."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker import pipeline
from checker.config import Settings
from checker.engine import Engine
from checker.engine import local as engine_module
from checker.engine.documents import load_corpus, make_document
from checker.linking import link_claims
from checker.pipeline import CheckRequest, build_corpus, check

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture()
def many_documents() -> list:
    """The seeds and variants of them, so the process pool has work to share."""
    docs = load_corpus(SEEDS)
    variants = [
        make_document(f"{d.id}-v{n}", d.text.replace("350", str(350 + n)), d.path) for n in range(6) for d in docs
    ]
    return docs + variants


def test_parallel_equals_plain(many_documents: list, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_module, "POOL_MIN_DOCUMENTS", 1)
    plain = build_corpus(many_documents, Settings())
    parallel = build_corpus(many_documents, Settings(), Engine(workers=2))
    assert parallel.mentions == plain.mentions
    assert parallel.sentences == plain.sentences
    assert parallel.claims() == plain.claims()
    assert len(plain.mentions) > 100


def test_claims_carry_their_mentions_fields(many_documents: list) -> None:
    """Claims are built from mentions packed as tuples: every field they share is the mention's,
    whatever order the records' fields are in; the editors' columns start empty."""
    from dataclasses import fields

    from checker.models import Claim, Mention
    from checker.table.claims import seed_hash

    corpus = build_corpus(many_documents, Settings())
    shared = [f.name for f in fields(Claim) if f.name in {g.name for g in fields(Mention)}]
    assert len(shared) == 16
    claims = corpus.claims()
    assert len(claims) == len(corpus.mentions) > 100
    for claim, mention in zip(claims, corpus.mentions, strict=True):
        assert [getattr(claim, name) for name in shared] == [getattr(mention, name) for name in shared]
        assert (claim.status, claim.note, claim.line, claim.seed_hash) == ("auto", "", 0, seed_hash(mention))
    assert len({c.claim_id for c in claims}) == len(claims)


def test_cached_equals_plain_and_misses_changed_documents(many_documents: list, tmp_path: Path) -> None:
    plain = build_corpus(many_documents, Settings())
    first = build_corpus(many_documents, Settings(), Engine(cache_dir=tmp_path))
    second = build_corpus(many_documents, Settings(), Engine(cache_dir=tmp_path))
    assert first.mentions == second.mentions == plain.mentions
    assert first.sentences == second.sentences == plain.sentences
    assert first.claims() == second.claims() == plain.claims()
    edited = many_documents[0].text.replace("900 tỷ", "990 tỷ")
    changed = [make_document(many_documents[0].id, edited, "x.txt"), *many_documents[1:]]
    third = build_corpus(changed, Settings(), Engine(cache_dir=tmp_path))
    assert any(m.value == 990e9 for m in third.mentions)
    assert not any(m.value == 990e9 for m in plain.mentions)


def test_corrupt_cache_is_rebuilt(many_documents: list, tmp_path: Path) -> None:
    build_corpus(many_documents, Settings(), Engine(cache_dir=tmp_path))
    (tmp_path / "documents.sqlite").write_bytes(b"this is not a database" * 100)
    rebuilt = build_corpus(many_documents, Settings(), Engine(cache_dir=tmp_path))
    assert rebuilt.mentions == build_corpus(many_documents, Settings()).mentions


def test_findings_identical_across_engines(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_module, "POOL_MIN_DOCUMENTS", 1)
    request = CheckRequest(SEEDS, None)
    plain = check(request, Settings())
    assert plain.findings, "the seeds hold known conflicts"
    for engine in (Engine(workers=2), Engine(cache_dir=tmp_path), Engine(workers=2, cache_dir=tmp_path)):
        assert check(request, Settings(), engine).findings == plain.findings


def test_claim_ids_unique_when_a_document_repeats_a_sentence() -> None:
    from checker.pipeline import seed_claims

    text = "Năm 2025, tỉnh xuất khẩu hơn 3.000 tấn gạo.\nẢnh: TTXVN\nNăm 2025, tỉnh xuất khẩu Hơn 3.000 tấn gạo."
    claims = seed_claims(build_corpus([make_document("lap", text, "lap.txt")], Settings()))
    assert len(claims) == 2
    assert len({c.claim_id for c in claims}) == 2


def _seed_table(tmp_path: Path, docs: list) -> Path:
    from checker.pipeline import seed_claims
    from checker.table.claims import write_claims

    table = tmp_path / "claims.csv"
    write_claims(table, seed_claims(build_corpus(docs, Settings())))
    return table


def test_draft_links_only_what_reaches_it_and_finds_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A draft check links the draft's claims (grown over conflicts), not the whole archive,
    and reports exactly what linking everything reports."""
    table = _seed_table(tmp_path, load_corpus(SEEDS))
    draft = tmp_path / "draft.txt"
    draft.write_text(
        "Năm 2025, tổng kim ngạch xuất nhập khẩu đạt 870 tỷ USD.\nNăm 2025, Việt Nam ký kết 500 thỏa thuận hợp tác.\n",
        encoding="utf-8",
    )
    request = CheckRequest(SEEDS, table, (draft,))
    focused = check(request, Settings())
    def everything(claims: list, sentences: dict, settings: Settings, docs: frozenset[str], base: object) -> list:
        return link_claims(claims, sentences, settings, base=base, drafts=docs)  # every link, the draft read as a draft

    monkeypatch.setattr(pipeline, "link_around", everything)
    whole = check(request, Settings())
    assert focused.findings == whole.findings
    assert any(f.rule == "C101" for f in focused.findings), "the draft's 870 tỷ USD conflicts with the archive"
    assert set(focused.links) <= set(whole.links)


def test_cached_claim_table_equals_the_parsed_one(tmp_path: Path) -> None:
    from checker.engine.cache import open_cache
    from checker.table.claims import read_claims

    table = _seed_table(tmp_path, load_corpus(SEEDS))
    parsed, _ = read_claims(table)
    with open_cache(tmp_path / "cache", Settings()) as cache:
        first, _ = pipeline._read_table(table, cache)
    with open_cache(tmp_path / "cache", Settings()) as cache:
        assert cache is not None and cache.get_table(table.read_bytes()) == parsed, "kept in the cache"
        second, _ = pipeline._read_table(table, cache)  # from the cache
    assert first == second == parsed
    table.write_text(table.read_text(encoding="utf-8").replace(",auto,", ",confirmed,", 1), encoding="utf-8")
    with open_cache(tmp_path / "cache", Settings()) as cache:
        edited, _ = pipeline._read_table(table, cache)
    assert sum(c.status == "confirmed" for c in edited) == 1, "an edited table misses the cache"


def test_focused_linking_equals_linking_everything_restricted(many_documents: list) -> None:
    from checker.linking import link_claims
    from checker.pipeline import seed_claims

    corpus = build_corpus(many_documents, Settings())
    claims = seed_claims(corpus)
    doc_of = {c.claim_id: c.doc for c in claims}
    everything = link_claims(claims, corpus.sentences, Settings())
    assert len(everything) > 50
    for doc in sorted({c.doc for c in claims}):
        want = [link for link in everything if doc in (doc_of[link.claim_id], doc_of[link.other_id])]
        assert link_claims(claims, corpus.sentences, Settings(), frozenset({doc})) == want


def test_a_decomposed_document_gives_the_claims_of_its_nfc_twin() -> None:
    """Text saved decomposed (NFD: letters, then their marks) is read as NFC: the same figures,
    metrics and claim ids; quotes and offsets point into the text as written."""
    import unicodedata

    from checker.engine.documents import load_corpus, make_document
    from checker.pipeline import seed_claims

    for doc in load_corpus(SEEDS):
        twin = make_document(doc.id, unicodedata.normalize("NFD", doc.text), doc.path)
        nfc, nfd = seed_claims(build_corpus([doc], Settings())), seed_claims(build_corpus([twin], Settings()))
        assert nfc and [c.claim_id for c in nfd] == [c.claim_id for c in nfc]
        assert [(c.value, c.unit, c.metric, c.period) for c in nfd] == [(c.value, c.unit, c.metric, c.period) for c in nfc]
        assert all(twin.text[c.start : c.end] == c.quote for c in nfd)
        assert [unicodedata.normalize("NFC", c.quote) for c in nfd] == [c.quote for c in nfc]


def test_an_edited_grammar_misses_the_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The cache key holds a hash of the grammar's source: an edit between two runs of one
    version reads the documents again (a stale reading would hide the edit's effect)."""
    from checker.config import Settings
    from checker.engine import cache as cache_module
    from checker.models import Document

    doc = Document("a", "Xuất khẩu đạt 3 tỷ USD.", "a.txt")
    first = cache_module.Cache(tmp_path, Settings()).key(doc)
    assert cache_module.Cache(tmp_path, Settings()).key(doc) == first
    monkeypatch.setattr(cache_module, "grammar_key", lambda: "edited")
    assert cache_module.Cache(tmp_path, Settings()).key(doc) != first
