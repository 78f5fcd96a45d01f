"""How alike two metric labels and two subjects are.

Metric labels are compared as sequences of *words* (compounds such as "xuất nhập khẩu" are
one word), with rapidfuzz's Indel ratio: a label that is a subset of another does not score
as a full match, and two labels holding different members of a contrast group (exports vs
trade) never match.
"""

from __future__ import annotations

import functools

from rapidfuzz import fuzz

from checker.grammar.lexicon import (
    COMPOUNDS,
    CONTRASTS,
    GENERIC_METRIC_WORDS,
    METRIC_SYNONYMS,
    NAME_HEADS,
    QUALIFYING_PLACES,
    TITLE_WORDS,
)
from checker.grammar.normalize import fold

_COMPOUND_WORDS = {tuple(fold(c).split()) for c in COMPOUNDS}
_MAX_COMPOUND = max(len(c) for c in _COMPOUND_WORDS)
_GENERIC = {w.replace(" ", "_") for w in GENERIC_METRIC_WORDS}
_CONTRASTS = tuple(frozenset(fold(w).replace(" ", "_") for w in group) for group in CONTRASTS)
_CONTRAST_WORDS = frozenset().union(*_CONTRASTS)
_QUALIFYING = frozenset(fold(p) for p in QUALIFYING_PLACES)
_SYNONYM = {fold(w).replace(" ", "_"): fold(group[0]).replace(" ", "_") for group in METRIC_SYNONYMS for w in group}


@functools.lru_cache(maxsize=1 << 16)
def metric_words(label: str) -> tuple[str, ...]:
    """A metric label as words: syllables joined greedily into known compounds, each
    synonym written as the first of its group (METRIC_SYNONYMS: "thiệt mạng" is "chết")."""
    syllables = fold(label).split()
    words: list[str] = []
    i = 0
    while i < len(syllables):
        for size in range(min(_MAX_COMPOUND, len(syllables) - i), 0, -1):
            if size == 1 or tuple(syllables[i : i + size]) in _COMPOUND_WORDS:
                word = "_".join(syllables[i : i + size])
                words.append(_SYNONYM.get(word, word))
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
    if _CONTRAST_WORDS.isdisjoint(a) or _CONTRAST_WORDS.isdisjoint(b):
        return False  # (most labels hold no contrast word: the quick answer)
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
    return names_meet(names_of(a), names_of(b))


def names_meet(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two sets of folded names name one thing: a name in common, one name that
    ends the other (`one_name`), or one name that is two of the other's run together ("Cơ
    quan thống kê Brazil Conab" against "Brazil (Conab)": nothing between them to part them)."""
    return bool(a & b) or any(one_name(x, y) for x in a for y in b) or _run_together(a, b) or _run_together(b, a)


def sources_meet(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two sets of folded sources (who says a figure) name one: as `names_meet`, or
    a source of one word that ends the other's ("Nauert" of "Bộ Ngoại giao Mỹ Heather
    Nauert": a spokesperson named by a family name). A place of one word is no source."""
    return names_meet(a, b) or any(
        " " not in short and short not in _QUALIFYING and long.endswith(" " + short)
        for x in a for y in b for short, long in [sorted((x, y), key=len)]
    )


def _run_together(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether a name of `a` is two names of `b` one after the other, neither of them the
    country or a big city (QUALIFYING_PLACES: "Lexus Việt Nam" is a company, not "Lexus"
    and "Việt Nam")."""
    if len(b) < 2:
        return False
    for name in a:  # (each name split at each of its spaces: no work for every pair of b's names)
        k = name.find(" ")
        while k != -1:
            x, y = name[:k], name[k + 1 :]
            if x != y and x in b and y in b and x not in _QUALIFYING and y not in _QUALIFYING:
                return True
            k = name.find(" ", k + 1)
    return False


def one_name(x: str, y: str) -> bool:
    """Whether two folded names are one: the same, or a name of two words or more that ends
    the other ("Đặng Thị Linh" of "Bé Đặng Thị Linh", "Donald Trump" of "Tổng thống Donald
    Trump": a sentence's first words run into the name). The country and its big cities
    (QUALIFYING_PLACES) end the names of companies and schools: they end another name only
    after a title or a head ("Hà Nội" of "TP Hà Nội", not of "Y Hà Nội", the medical
    university; "Việt Nam" not of "Lexus Việt Nam")."""
    short, long = sorted((x, y), key=len)
    if short == long:
        return True
    if " " not in short or not long.endswith(" " + short):
        return False
    head = long.split(" ", 1)[0]
    return short not in _QUALIFYING or head in TITLE_WORDS or head in NAME_HEADS


@functools.lru_cache(maxsize=1 << 16)
def names_of(subject: str) -> frozenset[str]:
    """The folded names of a subject column ("Vinamilk; FPT"), worked out once per text."""
    return frozenset(fold(x) for x in subject.split("; "))
