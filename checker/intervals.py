"""Interval arithmetic for hedged figures: every operation contains the exact result of
any points inside its operands (checked by property-based tests)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Protocol

from checker.grammar.lexicon import HEDGES


@dataclass(frozen=True, slots=True)
class Interval:
    low: float
    high: float

    def __post_init__(self) -> None:
        if not self.low <= self.high:
            raise ValueError(f"empty interval [{self.low}, {self.high}]")


def overlaps(a: Interval, b: Interval) -> bool:
    """Whether both can hold: the intervals share more than an edge."""
    low, high = max(a.low, b.low), min(a.high, b.high)
    if low < high:
        return True
    # Intervals that only touch (920 is 915-925, 930 is 925-935) are two different rounded
    # figures; only a point figure on the other's edge can hold.
    return low == high and (a.low == a.high or b.low == b.high)


def _corners(values: list[float]) -> Interval:
    finite = [v for v in values if not math.isnan(v)]
    return Interval(min(finite), max(finite))


def quotient(a: Interval, b: Interval) -> Interval:
    """{x/y : x in a, y in b}; `b` must not contain 0."""
    if b.low <= 0 <= b.high:
        raise ZeroDivisionError("divisor interval contains 0")
    return _corners([a.low / b.low, a.low / b.high, a.high / b.low, a.high / b.high])


def written_step(value: float) -> float:
    """The place of a value's last significant digit (920 -> 10, 98.7 -> 0.1, 4 -> 1)."""
    value = abs(value)
    if value == 0 or not math.isfinite(value):
        return 1.0
    for exponent in range(math.floor(math.log10(value)), -7, -1):
        step = 10.0**exponent
        if math.isclose(round(value / step) * step, value, rel_tol=1e-9):
            return step
    return 1e-6


def one_sided(value: float, low: float, high: float) -> bool:
    """A figure hedged to one side of its value ("gần 6,8": up to 6,8; "hơn 30": from 30),
    not a rounded one ("đạt 920" is 915-925)."""
    return low != high and value in (low, high)


def touching(a: Interval, b: Interval) -> bool:
    """Whether two intervals only share an edge ("6,7" is 6,65-6,75, "gần 6,8" is 6,75-6,8)."""
    edge = max(a.low, b.low)
    return abs(edge - min(a.high, b.high)) <= 1e-9 * max(abs(edge), 1.0)


def nearly_equal(a: float, b: float) -> bool:
    """Whether one value is the other rounded or truncated at the precision it was written
    with ("98" for 98.7, "1,3" for 1.318): what the written precision nearly allows. A value
    of one significant digit ("10") is not read as a rounding of anything but itself:
    writers rarely round 13 to "10"."""
    coarse, fine = sorted((abs(a), abs(b)), key=written_step, reverse=True)
    step = written_step(coarse)
    if coarse > 0 and coarse / step < 10:
        step /= 10
    return abs(fine - coarse) <= step / 2 or coarse <= fine < coarse + step


class Figure(Protocol):
    """A figure as read: its value, the interval its hedge asserts, and the hedge."""

    @property
    def value(self) -> float: ...
    @property
    def low(self) -> float: ...
    @property
    def high(self) -> float: ...
    @property
    def hedge(self) -> str: ...


# "tối đa", "không quá": a stated maximum, a limit or a specification's bound.
MAXIMA = frozenset(word for word, kind in HEDGES.items() if kind == "at_most")


def as_written(value: float) -> Interval:
    """A figure's value as rounded where it is written ("17" is 16,5-17,5; "10" is 9,5-10,5:
    a value of one significant digit is read at one more digit, as bare figures are)."""
    step = written_step(value)
    if value and abs(value) / step < 10:
        step /= 10
    return Interval(value - step / 2, value + step / 2)


def both_hold(a: Figure, b: Figure) -> bool:
    """Whether two figures of one quantity can both be true: their intervals overlap. Two
    maxima ("tầm bắn tối đa 17 km", "tầm bắn tối đa 22 km") each state the bound itself,
    not a range below it: they hold together only when the bounds agree as written."""
    if a.hedge in MAXIMA and b.hedge in MAXIMA:
        return overlaps(as_written(a.value), as_written(b.value))
    return overlaps(Interval(a.low, a.high), Interval(b.low, b.high))
