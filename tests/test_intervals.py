"""Interval arithmetic: every result contains the exact result of any points inside its operands."""

from __future__ import annotations

import math
from dataclasses import dataclass

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from checker.intervals import Interval, both_hold, one_sided, overlaps, quotient

finite = st.floats(min_value=-1e12, max_value=1e12, allow_nan=False, allow_infinity=False)
positive = st.floats(min_value=1e-6, max_value=1e12, allow_nan=False, allow_infinity=False)


@st.composite
def intervals(draw: st.DrawFn, values: st.SearchStrategy[float] = finite) -> Interval:
    a, b = draw(values), draw(values)
    return Interval(min(a, b), max(a, b))


@st.composite
def interval_and_point(draw: st.DrawFn, values: st.SearchStrategy[float] = finite) -> tuple[Interval, float]:
    interval = draw(intervals(values))
    t = draw(st.floats(min_value=0, max_value=1))
    return interval, min(interval.high, max(interval.low, interval.low + t * (interval.high - interval.low)))


def _close_inside(x: float, interval: Interval) -> bool:
    slack = 1e-9 * max(1.0, abs(interval.low), abs(interval.high))
    return interval.low - slack <= x <= interval.high + slack


@given(interval_and_point(), interval_and_point(positive))
def test_quotient_contains_every_quotient_of_points(a: tuple[Interval, float], b: tuple[Interval, float]) -> None:
    (ia, x), (ib, y) = a, b
    assert _close_inside(x / y, quotient(ia, ib))


@given(interval_and_point(), intervals())
def test_a_shared_point_means_overlap(a: tuple[Interval, float], b: Interval) -> None:
    ia, x = a
    assume(b.low < x < b.high or b.low == b.high == x)
    assert overlaps(ia, b) and overlaps(b, ia)


@given(intervals(), intervals())
def test_overlap_is_symmetric_and_disjoint_intervals_do_not_overlap(a: Interval, b: Interval) -> None:
    assert overlaps(a, b) == overlaps(b, a)
    if a.high < b.low or b.high < a.low:
        assert not overlaps(a, b)


def test_touching_rounded_figures_do_not_overlap() -> None:
    # 920 (915-925) and 930 (925-935): two different rounded figures.
    assert not overlaps(Interval(915, 925), Interval(925, 935))
    # a point figure on the edge of an interval can hold.
    assert overlaps(Interval(925, 925), Interval(925, 935))


def test_unbounded_intervals() -> None:
    assert overlaps(Interval(456, math.inf), Interval(455.5, 456.5))
    assert not overlaps(Interval(500, math.inf), Interval(300, 400))


def test_seed_derivation_example() -> None:
    # "350 thỏa thuận, gấp 2,5 lần năm 2024" implies 135-145 agreements in 2024.
    implied = quotient(Interval(345, 355), Interval(2.45, 2.55))
    assert 135 < implied.low < 136 and 144 < implied.high < 145
    assert not overlaps(implied, Interval(170, 180))  # "hơn 170"


@pytest.mark.parametrize(
    ("value", "low", "high", "expected"),
    [
        (30.0, 30.0, 40.0, True),  # "hơn 30": from 30
        (6.8, 6.75, 6.8, True),  # "gần 6,8": up to 6,8
        (920.0, 915.0, 925.0, False),  # "đạt 920": rounded both ways
        (350.0, 350.0, 350.0, False),  # an exact count
    ],
)
def test_one_sided(value: float, low: float, high: float, expected: bool) -> None:
    assert one_sided(value, low, high) is expected


@dataclass(frozen=True)
class _Figure:
    value: float
    low: float
    high: float
    hedge: str = ""


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # two maxima state two bounds: "tầm bắn tối đa 17 km" and "tầm bắn tối đa 22 km"
        (_Figure(17, -math.inf, 17, "tối đa"), _Figure(22, -math.inf, 22, "tối đa"), False),
        (_Figure(17, -math.inf, 17, "tối đa"), _Figure(17, -math.inf, 17, "không quá"), True),
        # a maximum against a figure below it holds ("tối đa 22 km" and a shot of 17 km)
        (_Figure(22, -math.inf, 22, "tối đa"), _Figure(17, 16.5, 17.5), True),
        # two lower bounds hold together (a toll "ít nhất 10" then "ít nhất 12")
        (_Figure(10, 10, math.inf, "ít nhất"), _Figure(12, 12, math.inf, "ít nhất"), True),
        (_Figure(920, 915, 925), _Figure(930, 925, 935), False),
    ],
)
def test_both_hold(a: _Figure, b: _Figure, expected: bool) -> None:
    assert both_hold(a, b) is expected
    assert both_hold(b, a) is expected
