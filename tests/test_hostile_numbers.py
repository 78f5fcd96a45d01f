"""Hostile and broken input (issue 16): numbers: invisible characters inside a numeral, digits other than ASCII, huge values."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hostile import (
    run,
    write_corpus,
)

from checker.grammar.numerals import parse_numeral

pytestmark = pytest.mark.usefixtures("workdir")  # each test in an empty folder of its own (conftest.py)


def _figures(text: str) -> list[tuple[str, float]]:
    corpus = write_corpus({"a.txt": text + "\n"}, "one")
    result = run("check", "--corpus", str(corpus), "--no-cache", "--format", "json")
    assert result.exit_code in (0, 1), result.output
    path = Path("figures.csv")
    assert run("seed", str(corpus), "--no-cache", "--claims", str(path)).exit_code == 0
    with path.open(encoding="utf-8", newline="") as handle:
        return [(row["quote"], float(row["value"])) for row in csv.DictReader(handle)]


@pytest.mark.parametrize("hidden", ["\u200d", "\u200b", "\u200c", "\u2060", "\ufeff", "\u00ad", "\u0301", "\u202e"])
def test_a_number_with_an_invisible_character_inside_is_no_figure(hidden: str) -> None:
    assert _figures(f"Năm 2025, kim ngạch xuất khẩu đạt 9{hidden}50 tỷ USD.") == []
    assert _figures(f"Năm 2025, cả nước có 96{hidden}0 doanh nghiệp mới.") == []


def test_an_invisible_character_beside_a_number_leaves_the_figure() -> None:
    assert _figures("Năm 2025, kim ngạch xuất khẩu đạt\u200b 950 tỷ USD.") == [("950 tỷ USD", 950e9)]


@pytest.mark.parametrize("numeral", ["٩٥٠", "۹۵۰", "９５０", "6_85", "९५०"])
def test_digits_other_than_ascii_are_not_numerals(numeral: str) -> None:
    assert _figures(f"Năm 2025, cả nước có {numeral} doanh nghiệp mới.") == []


@pytest.mark.parametrize(
    ("numeral", "expected"),
    [("9" * 18, 1e18 - 1), ("9" * 19, None), ("9" * 309, None), ("9" * 10_000, None), ("999.999.999.999.999.999", 1e18 - 1)],
)
def test_numerals_longer_than_the_bound_are_refused(numeral: str, expected: float | None) -> None:
    parsed = parse_numeral(numeral, scaled=False)
    assert (parsed[0] if parsed else None) == expected


def test_a_value_beyond_the_bound_is_no_figure() -> None:
    assert _figures("Năm 2025, kim ngạch đạt 9.999.999.999.999.999 nghìn tỷ USD.") == []
    assert _figures("Năm 2025, kim ngạch đạt 999 nghìn tỷ USD.") == [("đạt 999 nghìn tỷ USD", 999e12)]
