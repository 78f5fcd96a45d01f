"""Stage: claims -> links. Which claims speak of the same metric and period.

Candidates are blocked before any fuzzy scoring: same kind, unit and period, values
within `max_value_ratio` of each other, and at least one shared metric word that is not
too common. Metric labels are compared as sequences of *words* (compounds such as
"xuất nhập khẩu" are one word), with rapidfuzz's Indel ratio: a label that is a subset of
another does not score as a full match. A pair is linked only when each claim is the
other's best match in the other's document: articles restate each figure once, so
"17 nước" (upgraded), "42 nước" (partners) and "194 nước" (relations) pair off with their
own restatements, not with each other.
"""

from __future__ import annotations

import functools
import math
from collections import defaultdict
from collections.abc import Iterable

from rapidfuzz import fuzz

from checker.config import Settings
from checker.grammar.lexicon import COMPOUNDS, CONTRASTS, GENERIC_METRIC_WORDS
from checker.grammar.normalize import fold
from checker.intervals import Interval, overlaps
from checker.models import Claim, Link

_COMPOUND_WORDS = {tuple(fold(c).split()) for c in COMPOUNDS}
_MAX_COMPOUND = max(len(c) for c in _COMPOUND_WORDS)
_GENERIC = {w.replace(" ", "_") for w in GENERIC_METRIC_WORDS}
_CONTRASTS = tuple(frozenset(fold(w).replace(" ", "_") for w in group) for group in CONTRASTS)
MAX_POSTING = 2000  # a word shared by more claims than this blocks nothing


def metric_words(label: str) -> tuple[str, ...]:
    """A metric label as words: syllables joined greedily into known compounds."""
    syllables = fold(label).split()
    words: list[str] = []
    i = 0
    while i < len(syllables):
        for size in range(min(_MAX_COMPOUND, len(syllables) - i), 0, -1):
            if size == 1 or tuple(syllables[i : i + size]) in _COMPOUND_WORDS:
                words.append("_".join(syllables[i : i + size]))
                i += size
                break
    return tuple(words)


def shared_syllables(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    """How many syllables the words two labels share hold: one generic word ("giá",
    "chiếm") is too little to call two figures one metric."""
    shared = (set(a) & set(b)) - _GENERIC
    return sum(len(w.split("_")) for w in shared)


def contrasting(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two labels hold different members of one contrast group (exports vs trade)."""
    sa, sb = set(a), set(b)
    return any((sa & group) - sb and (sb & group) - sa for group in _CONTRASTS)


def metric_similarity(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """0-100: how alike two metric labels are, order-insensitive, word by word."""
    if not a or not b or contrasting(a, b):
        return 0.0
    return float(fuzz.ratio(sorted(a), sorted(b)))


def same_subject(a: str, b: str) -> bool:
    """Figures said of different named things ("Vinamilk" vs "FPT") are not compared;
    a figure with no name in its sentence may be said of anything."""
    if not a or not b:
        return True
    return bool(_names(a) & _names(b))


@functools.lru_cache(maxsize=1 << 16)
def _names(subject: str) -> frozenset[str]:
    """The folded names of a subject column ("Vinamilk; FPT"), worked out once per text."""
    return frozenset(fold(x) for x in subject.split("; "))


def _curated(a: Claim, b: Claim) -> bool:
    """Editors gave both rows one metric label: linking follows the table, whatever the values."""
    return a.status != "auto" and b.status != "auto" and fold(a.metric) == fold(b.metric)


def comparable(a: Claim, b: Claim, settings: Settings) -> bool:
    """Same kind and unit, same period (known), values of the same order."""
    if a.kind != b.kind or a.unit != b.unit or a.period != b.period:
        return False
    if not a.period and not settings.compare_unknown_periods:
        return False
    if a.kind == "multiplier" and a.baseline != b.baseline:
        return False
    if not same_subject(a.subject, b.subject):
        return False
    low, high = sorted((abs(a.value), abs(b.value)))
    return _curated(a, b) or (low > 0 and high / low <= settings.max_value_ratio) or low == high


def _candidate_pairs(
    claims: list[Claim], words: dict[str, tuple[str, ...]], settings: Settings, focus: frozenset[str] | None = None
) -> Iterable[tuple[int, int]]:
    """Pairs of claims of different documents worth scoring; with `focus`, only the pairs
    with a claim of a focus document (the same pairs as without it, restricted)."""
    blocks: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        blocks[(c.kind, c.unit, c.period)].append(i)
    for members in blocks.values():
        if focus is not None and not any(claims[i].doc in focus for i in members):
            continue
        postings: dict[str, list[int]] = defaultdict(list)
        for i in members:
            for word in set(words[claims[i].claim_id]):
                postings[word].append(i)
        seen: set[tuple[int, int]] = set()
        for posting in postings.values():
            if len(posting) > MAX_POSTING:
                continue
            # Values sorted: each claim meets only the claims within `max_value_ratio` of it.
            ordered = sorted(posting, key=lambda k: abs(claims[k].value))
            pairs = _window_pairs(claims, ordered, settings) if focus is None else _focus_pairs(claims, ordered, settings, focus)
            for i, j in pairs:
                pair = (i, j) if i < j else (j, i)
                if pair not in seen and claims[i].doc != claims[j].doc:
                    seen.add(pair)
                    yield pair


def _reach(claims: list[Claim], ordered: list[int], x: int, settings: Settings) -> Iterable[int]:
    """The claims after position x of `ordered` that its claim meets: up to `max_value_ratio`
    of its value (an editors' pair further on, before the first other claim beyond it)."""
    i = ordered[x]
    ceiling = abs(claims[i].value) * settings.max_value_ratio
    for j in ordered[x + 1 :]:
        if abs(claims[j].value) > ceiling and not _curated(claims[i], claims[j]):
            break
        yield j


def _window_pairs(claims: list[Claim], ordered: list[int], settings: Settings) -> Iterable[tuple[int, int]]:
    for x, i in enumerate(ordered):
        for j in _reach(claims, ordered, x, settings):
            yield i, j


def _focus_pairs(claims: list[Claim], ordered: list[int], settings: Settings, focus: frozenset[str]) -> Iterable[tuple[int, int]]:
    """`_window_pairs` with a claim of a focus document, without walking every claim's window."""
    for x, i in enumerate(ordered):
        if claims[i].doc not in focus:
            continue
        for j in _reach(claims, ordered, x, settings):
            yield i, j
        value = abs(claims[i].value)
        for y in range(x - 1, -1, -1):  # the smaller claims whose window reaches this one
            j = ordered[y]
            if value <= abs(claims[j].value) * settings.max_value_ratio:
                yield j, i  # every claim between them is smaller still: the window gets here
            elif _curated(claims[j], claims[i]) and i in _reach(claims, ordered, y, settings):
                yield j, i


def _distance(a: Claim, b: Claim) -> float:
    """How far apart two values are, as a log ratio (0 for equal values)."""
    x, y = abs(a.value), abs(b.value)
    if x == y:
        return 0.0
    if x == 0 or y == 0:
        return math.inf
    return abs(math.log(x / y))


def link_claims(claims: list[Claim], settings: Settings, focus: frozenset[str] | None = None) -> list[Link]:
    """Links between claims of different documents that speak of the same metric and period.

    With `focus` (document ids), only the links of the claims of those documents: exactly
    the ones linking everything would give them, since a link depends only on the scores
    of its two claims against the claims of each other's document."""
    # Figures of no known period are never comparable (unless settings say so): not even candidates.
    active = [c for c in claims if c.status != "stale" and (c.period or settings.compare_unknown_periods)]
    if focus is not None:
        blocks = {(c.kind, c.unit, c.period) for c in active if c.doc in focus}
        active = [c for c in active if (c.kind, c.unit, c.period) in blocks]
    words = {c.claim_id: metric_words(c.metric) for c in active}
    scored: dict[tuple[int, int], tuple[float, float]] = {}
    # (claim, other doc) -> best (score, closeness): among equally named figures, the closest value
    best: dict[tuple[int, str], tuple[float, float]] = defaultdict(lambda: (0.0, -math.inf))
    for i, j in _candidate_pairs(active, words, settings, focus):
        a, b = active[i], active[j]
        if not comparable(a, b, settings):
            continue
        score = metric_similarity(words[a.claim_id], words[b.claim_id])
        if score < settings.link_threshold or shared_syllables(words[a.claim_id], words[b.claim_id]) < settings.min_shared:
            continue
        key = (score, -_distance(a, b))
        scored[(i, j)] = key
        best[(i, b.doc)] = max(best[(i, b.doc)], key)
        best[(j, a.doc)] = max(best[(j, a.doc)], key)
    links: list[Link] = []
    for (i, j), key in scored.items():
        a, b = active[i], active[j]
        score = key[0]
        if key < best[(i, b.doc)] or key < best[(j, a.doc)]:
            continue  # not mutual best matches: a lookalike of a closer restatement
        holds = overlaps(Interval(a.low, a.high), Interval(b.low, b.high))
        relation = "supports" if holds else "contradicts"
        links.append(Link(a.claim_id, b.claim_id, score, relation))
        links.append(Link(b.claim_id, a.claim_id, score, relation))
    return sorted(links, key=lambda link: (link.claim_id, -link.score, link.other_id))


def link_around(claims: list[Claim], settings: Settings, docs: frozenset[str]) -> list[Link]:
    """The links of the claims of `docs` (a draft), grown over contradicting links until no
    new document joins: every group of conflicting claims that touches `docs` is whole,
    as if every claim had been linked, at the cost of a few documents' claims."""
    doc_of = {c.claim_id: c.doc for c in claims}
    focus = docs
    while True:
        links = link_claims(claims, settings, focus)
        reached = {doc_of[link.other_id] for link in links if link.relation == "contradicts"} - focus
        if not reached:
            return links
        focus = focus | reached
