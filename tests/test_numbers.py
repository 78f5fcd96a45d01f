"""Numerals, intervals, tokens and normalized text, table-driven."""

from __future__ import annotations

import math
import unicodedata

import pytest

from checker.config import Settings
from checker.grammar.normalize import composed, fold, normalize
from checker.grammar.numerals import clean, interval, is_year, parse_numeral
from checker.grammar.tokens import tokenize

INF = math.inf


@pytest.mark.parametrize(
    ("text", "scaled", "expected"),
    [
        # Vietnamese: decimal comma, dot thousands; the step is the written precision
        ("2,5", False, (2.5, 0.1)),
        ("0,92", True, (0.92, 0.01)),
        ("46,255", True, (46.255, 0.001)),  # "46,255 tỷ USD"
        ("5.000", False, (5000.0, 1000.0)),
        ("1.586", True, (1586.0, 1.0)),  # "1.586 tỉ đồng": dot thousands before a scale word too
        ("1.200.000", False, (1200000.0, 100000.0)),
        ("1.318,1", True, (1318.1, 0.1)),
        ("59.615,1", True, (59615.1, 0.1)),
        ("920", False, (920.0, 10.0)),
        ("7", False, (7.0, 1.0)),
        ("0", False, (0.0, 1.0)),
        ("036", False, (36.0, 1.0)),
        # English-style leaks
        ("16.5", True, (16.5, 0.1)),  # one dot, not three digits after: a decimal
        ("3.5", False, (3.5, 0.1)),
        ("1.23", False, (1.23, 0.01)),
        ("118,000", False, (118000.0, 1000.0)),  # thousands when no scale word follows
        ("46,255", False, (46255.0, 1.0)),  # the same digits, no scale word: thousands
        ("9,990,000", False, (9990000.0, 10000.0)),
        ("1,232.10", False, (1232.1, 0.1)),
        # malformed: not a numeral
        ("1,2,3", False, None),
        ("10.000.00", False, None),
        ("1.2.2016", False, None),
    ],
)
def test_parse_numeral(text: str, scaled: bool, expected: tuple[float, float] | None) -> None:
    got = parse_numeral(text, scaled)
    if expected is None:
        assert got is None
    else:
        assert got == pytest.approx(expected)


@pytest.mark.parametrize(
    ("value", "step", "kind", "expected"),
    [
        (920.0, 10.0, "exact", (915.0, 925.0)),  # a bare or "đạt" figure: half a step
        (930e9, 10e9, "above", (930e9, 940e9)),  # "vượt mốc 930 tỷ": below the next step
        (500.0, 100.0, "near_below", (450.0, 500.0)),  # "gần 500": just below
        (2.5e6, 0.1e6, "around", (2.4e6, 2.6e6)),  # "xấp xỉ 2,5 triệu": one step either side
        (3.0, 1.0, "below", (0.0, 3.0)),  # "dưới 3%": anything below (a threshold: "trẻ dưới 6 tuổi")
        (3.0, 1.0, "at_least", (3.0, INF)),  # "ít nhất 3"
        (74.0, 1.0, "at_most", (0.0, 74.0)),  # "tối đa 74": a non-negative figure stays non-negative
        (300.0, 100.0, "around", (250.0, 350.0)),  # "khoảng 300": one digit, half its step around
        (100.0, 100.0, "around", (75.0, 125.0)),  # "khoảng 100": ... but at most a quarter of the value
        (250.0, 10.0, "around", (240.0, 260.0)),  # "khoảng 250": two digits, one step around
        (8.4, 0.1, "unknown-kind", (8.35, 8.45)),  # an unknown kind reads as exact
    ],
)
def test_interval(value: float, step: float, kind: str, expected: tuple[float, float]) -> None:
    assert interval(value, step, kind, Settings()) == pytest.approx(expected)


def test_interval_widths_are_settings() -> None:
    widths = dict(Settings().hedge_widths, around=(-0.5, 0.5))
    assert interval(2.5, 0.1, "around", Settings(hedge_widths=widths)) == pytest.approx((2.45, 2.55))


@pytest.mark.parametrize(
    ("value", "expected"),
    [(21.5 * 1e6, 21500000.0), (0.1 + 0.2, 0.3), (1318.1 * 1e9, 1318100000000.0), (0.0, 0.0), (INF, INF), (-2.5, -2.5)],
)
def test_clean(value: float, expected: float) -> None:
    assert clean(value) == expected


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("đạt 2,5 tỷ USD", ["đạt", "2,5", "tỷ", "USD"]),
        ("tăng 8,3-8,5%", ["tăng", "8,3", "-", "8,5", "%"]),
        ("dành 200ha", ["dành", "200", "ha"]),  # a measure symbol may be glued to its numeral
        ("79km/h", ["79", "km", "/", "h"]),
        ("10MW", ["10", "MW"]),
        ("lúc 20h30", ["lúc", "20h30"]),  # but a time is one word
        ("khối D1", ["khối", "D1"]),
        ("mạng 4G", ["mạng", "4G"]),
        ("xổ số 6x36", ["xổ", "số", "6x36"]),
    ],
)
def test_tokenize(text: str, tokens: list[str]) -> None:
    assert [t.text for t in tokenize(text)] == tokens


def test_tokenize_keeps_offsets_of_text_not_in_nfc() -> None:
    """Keys are folded token by token when folding changes the text's length; texts and
    offsets still point into the text as written."""
    text = "Ký 350 thoả thuận " + unicodedata.normalize("NFD", "ở") + " ½ phần"
    tokens = tokenize(text)
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert [(t.key, t.is_word, t.is_number) for t in tokens[:4]] == [
        ("ký", True, False), ("350", False, True), ("thỏa", True, False), ("thuận", True, False),
    ]
    assert ("½", False, False) in [(t.key, t.is_word, t.is_number) for t in tokens]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("thoả thuận", "thỏa thuận"),
        ("uỷ ban", "ủy ban"),
        ("Uỷ ban", "Ủy ban"),
        ("THOẢ THUẬN", "THỎA THUẬN"),
        ("hoà bình", "hòa bình"),
        ("khoẻ mạnh", "khỏe mạnh"),
        ("tuỳ chọn", "tùy chọn"),
        ("thuỷ sản", "thủy sản"),
        ("hoạ sĩ", "họa sĩ"),
        ("xoá bỏ", "xóa bỏ"),
        ("chị Thuý", "chị Thúy"),
        # already new-style, or where the tone is not on the old-style vowel pair
        ("thỏa thuận", "thỏa thuận"),
        ("quý", "quý"),  # "qu" is one consonant: the tone belongs on the y
        ("Quý", "Quý"),
        ("quỷ", "quỷ"),
        ("hoàng", "hoàng"),  # not at the end of the syllable
        ("hoàn thành", "hoàn thành"),
        ("thuở", "thuở"),
        ("khuya", "khuya"),
    ],
)
def test_normalize_tone_placement(text: str, expected: str) -> None:
    got = normalize(text)
    assert got == expected
    assert len(got) == len(text)  # offsets carry over


def test_normalize_composes() -> None:
    decomposed = unicodedata.normalize("NFD", "thoả thuận")
    assert normalize(decomposed) == "thỏa thuận"


def test_composed_maps_offsets_back_to_the_text_as_written() -> None:
    text = "Đạt " + unicodedata.normalize("NFD", "hơn 350 thoả thuận, tỷ") + " USD"
    result, offsets = composed(text)
    assert result == unicodedata.normalize("NFC", text)
    assert offsets is not None and len(offsets) == len(result) + 1
    start = result.index("thoả")
    assert text[offsets[start] : offsets[start + len("thoả thuận")]] == unicodedata.normalize("NFD", "thoả thuận")
    assert offsets[-1] == len(text)


def test_composed_leaves_nfc_text_and_what_it_cannot_map() -> None:
    assert composed("thỏa thuận") == ("thỏa thuận", None)
    # Hangul jamo and Tamil two-part vowels compose two base letters: kept as written
    for text in ("\u1100\u1161 và \u0301", "\u0b95\u0bc6\u0bbe và \u0301"):
        assert composed(text) == (text, None)


def test_fold_lowers() -> None:
    assert fold("Thoả Thuận") == "thỏa thuận"
    assert fold("QUÝ I") == "quý i"


@pytest.mark.parametrize(
    ("numeral", "year"),
    [("1900", True), ("2025", True), ("2100", True), ("1899", False), ("2101", False), ("202", False), ("20.25", False)],
)
def test_is_year(numeral: str, year: bool) -> None:
    assert is_year(numeral) is year
