"""The one display module: numbers in their own scale, intervals, highlighted sentences, titles."""

from __future__ import annotations

import math

import pytest

from checker.models import Claim, Document, Sentence
from checker.reporters.display import (
    Highlighted,
    claim_interval,
    claim_value,
    document_label,
    document_title,
    format_interval,
    format_number,
    format_value,
    highlighted,
    marked,
    titled,
    window,
    window_parts,
)


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (920e9, "920 tỷ"),
        (1318.1e9, "1,3181 nghìn tỷ"),
        (1.5e12, "1,5 nghìn tỷ"),
        (21.5e6, "21,5 triệu"),
        (5000, "5.000"),
        (2.5, "2,5"),
        (8.4, "8,4"),
        (0.1 + 0.2, "0,3"),
        (0, "0"),
        (-3.5, "−3,5"),
        (math.inf, "∞"),
        (math.nan, "?"),
    ],
)
def test_format_number(value: float, shown: str) -> None:
    assert format_number(value) == shown


@pytest.mark.parametrize(
    ("value", "unit", "shown"),
    [(920e9, "USD", "920 tỷ USD"), (8.4, "%", "8,4%"), (2.5, "lần", "2,5 lần"), (17, "nước", "17 nước"), (350, "", "350")],
)
def test_format_value(value: float, unit: str, shown: str) -> None:
    assert format_value(value, unit) == shown


@pytest.mark.parametrize(
    ("low", "high", "unit", "shown"),
    [
        (915e9, 925e9, "USD", "915 – 925 tỷ USD"),
        (995e9, 1.005e12, "USD", "0,995 – 1,005 nghìn tỷ USD"),
        (330e9, math.inf, "USD", "≥ 330 tỷ USD"),
        (-math.inf, 8.5, "%", "≤ 8,5%"),
        (8.3, 8.5, "%", "8,3 – 8,5%"),
        (5, 5, "lần", "5 lần"),
        (-math.inf, math.inf, "", "any value"),
    ],
)
def test_format_interval(low: float, high: float, unit: str, shown: str) -> None:
    assert format_interval(low, high, unit) == shown


def _claim(start: int, end: int, quote: str, value: float = 1, low: float = 1, high: float = 1, unit: str = "") -> Claim:
    return Claim("c1", "a", 1, start, end, quote, "m", "2025", value, low, high, unit, "", "achieved")


@pytest.mark.parametrize(
    ("quote", "value", "low", "high", "unit", "shown", "interval"),
    [
        ("1.318,1 tỷ USD", 1318.1e9, 1318.05e9, 1318.15e9, "USD", "1.318,1 tỷ USD", "1.318,05 – 1.318,15 tỷ USD"),
        ("0,92 nghìn tỷ USD", 920e9, 915e9, 925e9, "USD", "0,92 nghìn tỷ USD", "0,915 – 0,925 nghìn tỷ USD"),
        ("hơn 330 tỉ đồng", 330e9, 330e9, 340e9, "đồng", "330 tỷ đồng", "330 – 340 tỷ đồng"),
        ("5.000 tỷ", 5e12, 4.9995e12, 5.0005e12, "", "5.000 tỷ", "4.999,5 – 5.000,5 tỷ"),
        ("2,65 triệu tỷ đồng", 2.65e15, 2.645e15, 2.655e15, "đồng", "2,65 triệu tỷ đồng", "2,645 – 2,655 triệu tỷ đồng"),
        ("8,4%", 8.4, 8.35, 8.45, "%", "8,4%", "8,35 – 8,45%"),
    ],
)
def test_claims_keep_the_scale_their_quote_writes(
    quote: str, value: float, low: float, high: float, unit: str, shown: str, interval: str
) -> None:
    claim = _claim(0, len(quote), quote, value, low, high, unit)
    assert (claim_value(claim), claim_interval(claim)) == (shown, interval)


def test_highlighted_cuts_the_figure_out_of_its_sentence() -> None:
    sentences = {("a", 1): Sentence("a", 1, 10, 40, "Kim ngạch đạt 920 tỷ USD.")}
    marked = highlighted(_claim(24, 34, "920 tỷ USD"), sentences)
    assert (marked.before, marked.figure, marked.after) == ("Kim ngạch đạt ", "920 tỷ USD", ".")
    assert marked.text == "Kim ngạch đạt 920 tỷ USD."


def test_highlighted_finds_a_quote_whose_offsets_moved() -> None:
    sentences = {("a", 1): Sentence("a", 1, 0, 25, "Kim ngạch đạt 920 tỷ USD.")}
    assert highlighted(_claim(0, 3, "920 tỷ USD"), sentences).figure == "920 tỷ USD"
    assert highlighted(_claim(0, 3, "999 tỷ USD"), sentences).figure == ""
    assert highlighted(_claim(0, 3, "999"), {}).figure == "999"


def test_titles_come_from_the_field_else_the_first_line_of_the_body() -> None:
    marked = Document("002", " date 2026-01-14 \nBan Chỉ đạo   họp\nThân bài.", "seeds/002.txt", body_start=18)
    assert document_title(marked) == "Ban Chỉ đạo họp"
    assert document_title(Document("x", "body", "x.txt", title="Tựa")) == "Tựa"
    assert document_label("x", Document("x", "", "x.txt")) == "x"
    long = Document("y", "a" * 100, "y.txt")
    assert len(document_title(long, width=20)) == 20 and document_title(long, width=20).endswith("…")
    assert document_label("y", Document("y", "Tựa đề\nthân", "y.txt")) == "y “Tựa đề”"
    # A Markdown draft's heading: its words, not its "#" marks.
    assert document_title(Document("d", "# Lạng Sơn: bắt 62 bánh heroin\n\nThân bài.", "d.md")) == "Lạng Sơn: bắt 62 bánh heroin"
    assert document_title(Document("e", "#\nThân bài.", "e.md")) == "#"


def test_titled_names_each_document_by_title() -> None:
    docs = {"a1": Document("a1", "Tựa A\nthân", "a1.txt"), "b2": Document("b2", "", "b2.txt")}
    assert titled('"350" in a1 vs "330" in b2', docs) == '"350" in a1 “Tựa A” vs "330" in b2'


def test_window_keeps_the_figure_and_cuts_at_words() -> None:
    marked = Highlighted("một hai ba bốn năm sáu bảy tám chín mười ", "920 tỷ USD", " mười một mười hai mười ba mười bốn")
    cut = window(marked, 40)
    assert cut.figure == "920 tỷ USD" and len(cut.text) <= 42
    assert cut.before.startswith("…") and cut.after.endswith("…")
    assert window(marked, 500) == marked


def test_titled_matches_whole_ids_only_and_once() -> None:
    docs = {"c": Document("c", "Tựa của d\nthân", "c.txt"), "d": Document("d", "Tựa D\nthân", "d.txt")}
    assert titled("các số in c (undated) vs d, sentence 2", docs) == "các số in c “Tựa của d” (undated) vs d “Tựa D”, sentence 2"


def test_marked_marks_every_figure_of_one_sentence() -> None:
    text = "Ký kết 350 thỏa thuận, gấp 2,5 lần năm 2024."
    sentences = {("a", 1): Sentence("a", 1, 0, len(text), text)}
    two = [_claim(7, 21, "350 thỏa thuận"), _claim(27, 34, "2,5 lần")]
    assert marked(two, sentences) == (
        ("Ký kết ", False), ("350 thỏa thuận", True), (", gấp ", False), ("2,5 lần", True), (" năm 2024.", False),
    )
    assert marked(two, {}) == (("350 thỏa thuận", True), (" … ", False), ("2,5 lần", True))


def test_window_parts_keeps_first_to_last_figure_whole() -> None:
    parts = (("mở đầu " * 10, False), ("350", True), (" giữa ", False), ("2,5 lần", True), (" kết thúc" * 10, False))
    cut = window_parts(parts, 40)
    assert [p for p in cut if p[1]] == [("350", True), ("2,5 lần", True)]
    assert cut[0][0].startswith("…") and cut[-1][0].endswith("…")
    assert sum(len(t) for t, _ in cut) <= 44


def test_titled_with_many_documents_looks_ids_up() -> None:
    docs = {f"doc-{k}": Document(f"doc-{k}", f"Tựa {k}\nthân", f"{k}.txt") for k in range(500)}
    text = '"350" in doc-7 (undated, sentence 1), doc-70 (undated) vs "330" in doc-700, (doc-12)'
    assert titled(text, docs) == (
        '"350" in doc-7 “Tựa 7” (undated, sentence 1), doc-70 “Tựa 70” (undated) vs "330" in doc-700, (doc-12 “Tựa 12”)'
    )
