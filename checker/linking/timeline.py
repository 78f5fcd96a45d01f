"""When each article was published, as far as the corpus tells: a day number for each.

A document's `date` ("2026-01-11") is its day. Without one, an id made of a word and a long
number ("baomoi_21395276") is read on a scale of its own when `ids_per_day` is set: such ids
grow with publication time (baomoi's about 8,000 a day in the 2017 crawl, LINKING-NOTES), so
two of them `ids_per_day` apart were published about a day apart. Ids of another shape, and
drafts, have no day: nothing is inferred about them.

Two reports of one event by several outlets lie within a couple of days; a figure told again
weeks later is another day's (a column, an updated count), and a count that rises from one
report to a later one is an update, not a contradiction.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from checker.models import Document

_NUMBERED = re.compile(r"([A-Za-z]+)[_-](\d{6,})")


@dataclass(frozen=True)
class Published:
    """A document's place in time: on the calendar (`dated`) or on its id's own scale."""

    day: float
    dated: bool  # a calendar day; else a day on the scale of ids of one prefix
    scale: str = ""  # the id prefix whose scale `day` is on


def published_days(documents: Iterable[Document], ids_per_day: float, skip: frozenset[str] = frozenset()) -> dict[str, Published]:
    """The day of every document whose day can be told (not those of `skip`, the drafts)."""
    out: dict[str, Published] = {}
    for doc in documents:
        if doc.id in skip:
            continue
        day = _calendar_day(doc.date)
        if day is not None:
            out[doc.id] = Published(day, True)
            continue
        numbered = _NUMBERED.fullmatch(doc.id)
        if numbered and ids_per_day > 0:
            out[doc.id] = Published(int(numbered.group(2)) / ids_per_day, False, numbered.group(1))
    return out


def _calendar_day(text: str) -> float | None:
    try:
        return float(date.fromisoformat(text[:10]).toordinal()) if text else None
    except ValueError:
        return None


def days_apart(published: dict[str, Published], a: str, b: str) -> float | None:
    """Days between two documents' publications; None when either is unknown or the two are
    on different scales (a dated article and an id-numbered one)."""
    pa, pb = published.get(a), published.get(b)
    if pa is None or pb is None or (pa.dated, pa.scale) != (pb.dated, pb.scale):
        return None
    return abs(pa.day - pb.day)


def later(published: dict[str, Published], a: str, b: str) -> str | None:
    """The document published later, when their days tell (None when unknown or the same day)."""
    gap = days_apart(published, a, b)
    if not gap:
        return None
    return a if published[a].day > published[b].day else b
