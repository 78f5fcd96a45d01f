"""Interval arithmetic for hedged figures: every operation contains the exact result of
any points inside its operands (checked by property-based tests)."""

from __future__ import annotations

import math
from dataclasses import dataclass


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
