"""The parallel and the cached paths give the same results as the plain path."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker import pipeline
from checker.config import Settings
from checker.documents import load_corpus, make_document
from checker.pipeline import CheckRequest, Engine, build_corpus, check

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
    monkeypatch.setattr(pipeline, "POOL_MIN_DOCUMENTS", 1)
    plain = build_corpus(many_documents, Settings())
    parallel = build_corpus(many_documents, Settings(), Engine(workers=2))
    assert parallel.mentions == plain.mentions
    assert parallel.sentences == plain.sentences
    assert len(plain.mentions) > 100


def test_cached_equals_plain_and_misses_changed_documents(many_documents: list, tmp_path: Path) -> None:
    plain = build_corpus(many_documents, Settings())
    first = build_corpus(many_documents, Settings(), Engine(cache_dir=tmp_path))
    second = build_corpus(many_documents, Settings(), Engine(cache_dir=tmp_path))
    assert first.mentions == second.mentions == plain.mentions
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
    monkeypatch.setattr(pipeline, "POOL_MIN_DOCUMENTS", 1)
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
