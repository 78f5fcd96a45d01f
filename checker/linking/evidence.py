"""What a figure's surroundings say about it: the evidence that two figures are one quantity.

Each claim gets a `Surroundings` read from its sentence: the words of its clause with every
figure masked (numbers that are not figures, such as "quý 1" or a year, stay: they are
conditions), the few words just before and after it, the words of its sentence, the other
figures of its sentence, and whether its period is written in its own sentence. `Evidence`
compares two of them: how many rare words they share, how alike their left contexts and
metric labels are, whether the other figures of the two sentences agree, whether the two
articles tell one story, and what the names and periods say.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from sys import intern
from typing import TypeVar

from rapidfuzz import fuzz

from checker.grammar.about import born, clause_breaks, opens_sentence
from checker.grammar.lexicon import (
    CONVERSION_WORDS,
    CURRENCIES,
    DATE_WORDS,
    FUNCTION_WORDS,
    GENERIC_ACRONYMS,
    NAME_HEADS,
    PART_WORDS,
    PERSONAL_UNITS,
    REMAINDER_WORDS,
    SPEAKER_VERBS,
    TIME_UNITS,
)
from checker.grammar.normalize import fold
from checker.grammar.tokens import Token, tokenize
from checker.intervals import Interval, both_hold, one_sided, overlaps
from checker.linking.similarity import contrasting, metric_similarity, metric_words, names_meet, names_of, one_name
from checker.linking.timeline import Published, days_apart, later
from checker.models import Claim, Sentence

LEFT_WORDS = 8  # words before a figure that say what it counts
RIGHT_WORDS = 5  # words after it (the counted noun's qualifiers)
RARITY_PRIOR = 1000  # articles assumed not to use a word, besides those seen
STORY_WORDS = 30  # an article's rarest words that can make it a candidate story of another
STORY_MAX_DF = 100  # ... each in at most this many articles
STORY_NEAR_DF = 300  # ... or this many, for two articles published a few days apart
STORY_SHARED = 2  # ... and two articles that share this many of them are compared
COLUMN_SHARE = 0.1  # two articles sharing at most this share of their figures tell no one story ...
COLUMN_FIGURES = 3  # ... when both state at least this many (a short item's one figure may be the changed one)
WINDOW = 8  # tokens each side of a figure that tell whether its sentence is told again word for word
TOLD_AGAIN_WORDS = 10  # ... of which this many words, at least
RESTATED_SENTENCE = 0.3  # rarity-weighted overlap of two sentences that tell one thing again
FOLLOW_UP_SHARE = 0.5  # share of the (rarity-weighted) figures a follow-up tells of the first report


@dataclass(frozen=True, slots=True)
class Surroundings:
    """A claim's context, read once from its sentence."""

    claim: Claim
    left: tuple[str, ...]  # words before the figure in its clause, figures masked
    right: tuple[str, ...]  # words after it in its clause
    clause: frozenset[str]  # words of its clause, figures masked out
    conditions: frozenset[str]  # numbers of its clause that are not figures ("quý 1", "2017")
    sentence: frozenset[str]  # words of its sentence
    others: tuple[tuple[float, str], ...]  # (value, unit) of the other figures of its sentence
    metric: tuple[str, ...]  # its metric label as words
    explicit_period: bool  # its period's year is written as a time in its sentence, or in its article's title
    names: frozenset[str]  # the names of its own clause ("tỉnh Hà Tĩnh nhận 1.000 tỷ": Hà Tĩnh)
    sources: frozenset[str] = frozenset()  # names there that say the figure ("Hiệp hội Lương thực cho biết")
    in_sentence: bool = False  # its period's year is in its own sentence (one carried from elsewhere may be misread)
    days: frozenset[str] = frozenset()  # the days its sentence names ("sáng nay (15/5)": 15/5)
    other_spans: tuple[tuple[str, float, float, float], ...] = ()  # (unit, value, low, high) of its sentence's other figures
    own_subject: bool = True  # its subject is named in its sentence (not its article's names, taken when it names none)
    aside: bool = False  # inside square brackets: another article's headline linked from this one
    converted: bool = False  # another figure converted ("21.995 USD (tương đương 497 triệu đồng)")
    part: bool = False  # a part or a remainder of a whole ("Riêng điểm trường chính, ...", "còn cách ...", "50 bàn trong số đó")
    window: int = 0  # a hash of the WINDOW tokens each side of it (numbers kept), 0 when they hold few words
    person: str = ""  # a person's attribute (PERSONAL_UNITS): the name just before it ("Nguyễn Văn A (35 tuổi")
    item: str = ""  # the label its sentence opens with, a list's item ("Nhánh 1 ...", "Giai đoạn 2: ...")


def _is_word(tok: Token) -> bool:
    return tok.is_word and not tok.is_number


def surroundings(
    claims: Iterable[Claim], sentences: dict[tuple[str, int], Sentence], drafts: bool = False
) -> dict[str, Surroundings]:
    """The surroundings of every claim whose sentence is known, by claim id. With `drafts`
    (drafts are checked), whether each names its subject in its sentence too: only a draft's
    pairs ask (`evidence`), so an archive check does not read it."""
    by_sentence: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for claim in claims:
        by_sentence[(claim.doc, claim.sentence)].append(claim)
    out: dict[str, Surroundings] = {}
    shared: dict[object, object] = {}
    for key, members in by_sentence.items():
        sentence = sentences.get(key)
        if sentence is None:
            continue
        title = sentences.get((key[0], 1))
        read = _read_sentence(sentence, members, title.text if title else "", drafts, shared)
        out.update((c.claim_id, s) for c, s in zip(members, read, strict=True))
    return _conversions_told_again(out)


def _conversions_told_again(by_id: dict[str, Surroundings]) -> dict[str, Surroundings]:
    """A sum its article also tells as a conversion ("giá 497 triệu đồng" in the title,
    "21.995 USD (tương đương 497 triệu đồng)" in the body) is that conversion: converted."""
    converted = {(s.claim.doc, s.claim.value, s.claim.unit) for s in by_id.values() if s.converted}
    if not converted:
        return by_id
    return {
        claim_id: replace(s, converted=True) if not s.converted and (s.claim.doc, s.claim.value, s.claim.unit) in converted else s
        for claim_id, s in by_id.items()
    }


_V = TypeVar("_V")


def _once(value: _V, shared: dict[object, object]) -> _V:
    """The one object kept for values equal to `value` (frozensets, tuples of words): a
    hundred thousand figures' surroundings hold far fewer distinct ones (most sets of
    names, sources and conditions are empty; the figures of one clause share its words)."""
    return shared.setdefault(value, value)  # type: ignore[return-value]


def _read_sentence(
    sentence: Sentence, claims: list[Claim], title: str = "", subjects: bool = False,
    shared: dict[object, object] | None = None,
) -> list[Surroundings]:
    shared = {} if shared is None else shared
    tokens = tokenize(sentence.text)
    spans = sorted((c.start - sentence.start, c.end - sentence.start) for c in claims)
    starts = [t.start for t in tokens]
    hidden = [False] * len(tokens)
    for a, b in spans:
        for k in range(bisect_left(starts, a), bisect_left(starts, b)):
            hidden[k] = True
    breaks = clause_breaks(tokens, sentence.text)
    # Each word once in memory (interned): a hundred thousand figures' sentences and clauses
    # hold the same few thousand words, and sets of the same objects compare faster.
    keys = [intern(t.key) for t in tokens]
    word = [_is_word(t) for t in tokens]
    words = _once(frozenset(k for k, w in zip(keys, word, strict=True) if w), shared)
    days = _once(_days(sentence.text), shared)
    item = _item(tokens, hidden)
    folded = fold(sentence.text) if subjects else ""
    out = []
    for claim in claims:
        first = bisect_left(starts, claim.start - sentence.start)
        last = bisect_left(starts, claim.end - sentence.start)
        k = bisect_left(breaks, first)
        start = breaks[k - 1] + 1 if k > 0 else 0
        end = breaks[bisect_left(breaks, last)] if bisect_left(breaks, last) < len(breaks) else len(tokens)
        if k > 0 and not any(word[n] and not hidden[n] for n in range(start, end)):
            start = breaks[k - 2] + 1 if k > 1 else 0  # a figure alone in brackets ("Hà Nội (27,7%)"): the words before say what
        left = [keys[n] for n in range(start, first) if word[n] and not hidden[n]]
        right = [keys[n] for n in range(last, end) if word[n] and not hidden[n]]
        year = claim.period[:4]
        own, sources = _names(tokens, start, first)
        if not own and not sources:
            own, sources = _names(tokens, last, end)
        if not sources and k > 0:
            sources = _attributed(tokens, breaks[k - 2] + 1 if k > 1 else 0, breaks[k - 1])
        if not sources and start > 0:
            sources = _names(tokens, 0, start)[1]  # (one who says what the sentence goes on to tell, a title between)
        out.append(Surroundings(
            claim=claim,
            left=_once(tuple(left[-LEFT_WORDS:]), shared),
            right=_once(tuple(right[:RIGHT_WORDS]), shared),
            clause=_once(frozenset(keys[n] for n in range(start, end) if word[n] and not hidden[n]), shared),
            conditions=_once(
                frozenset(
                    tokens[n].text for n in range(start, end) if tokens[n].is_number and not hidden[n] and not born(tokens, n)
                )  # (a birth year, "trung vệ sinh năm 1980", says who, not under which condition)
                | _bracketed_count(tokens, last),
                shared,
            ),
            sentence=words,
            others=_once(tuple(sorted((o.value, o.unit) for o in claims if o is not claim)), shared),
            other_spans=_once(tuple(sorted((o.unit, o.value, o.low, o.high) for o in claims if o is not claim)), shared),
            metric=_once(tuple(map(intern, metric_words(claim.metric))), shared),
            # Written in its sentence, or in the title of an article about that year
            # ("Kinh tế Việt Nam năm 2025: ..." over "Tổng kim ngạch xuất nhập khẩu đạt ...").
            explicit_period=bool(year) and (_names_year(sentence.text, year) or _names_year(title, year)),
            in_sentence=bool(year) and year in sentence.text,
            names=_once(own, shared),
            sources=_once(sources, shared),
            days=days,
            aside=_bracketed(sentence.text, claim.start - sentence.start),
            converted=" ".join(left[-3:]).endswith(CONVERSION_WORDS) or _after_currency(tokens, first, claim.unit),
            part=_part(sentence.text, claim.start - sentence.start, claim.end - sentence.start),
            own_subject=not subjects or any(name in folded for name in names_of(claim.subject)),
            window=_window(tokens, first, last),
            person=(_person(tokens, first) or _this_one(tokens, first, last)) if claim.unit in PERSONAL_UNITS else "",
            item=item,
        ))
    return out


ITEM_WORDS = 2  # words of a list item's label before its number ("Giai đoạn 2")
# Words that open a sentence with a number that labels no item: a time ("Năm 2016", "Sáng
# 12/6"), a duration or a span ("Trong 3 ngày", "Sau 2 tuần").
_NOT_LABELS = FUNCTION_WORDS | TIME_UNITS | DATE_WORDS | {"quý", "đầu", "cuối", "giữa", "lúc", "khoảng", "gần", "hơn"}


def _item(tokens: list[Token], hidden: list[bool]) -> str:
    """The label a sentence opens with: a capitalized word or two and a number that is no
    figure ("Nhánh 1 từ đường Nguyễn Kiệm ... dài 367 m", "Giai đoạn 2: Chuyển đổi mã vùng
    của 23 tỉnh"): the item of a list the sentence is; "" when none. A time ("Năm 2016,",
    "Ngày 25/5") is no label."""
    for k in range(1, min(ITEM_WORDS, len(tokens) - 1) + 1):
        head, number = tokens[:k], tokens[k]
        if not all(t.is_word and not t.is_number for t in head) or not head[0].text[:1].isupper():
            return ""
        if number.is_number and not hidden[k]:
            label = " ".join(t.key for t in head)
            if any(t.key in _NOT_LABELS for t in head) or not number.text.isdigit() or len(number.text) > 3:
                return ""
            return f"{label} {number.text}"
    return ""


# The last word of each currency's names, and its code ("đô la mỹ": "mỹ" -> USD).
_CURRENCY_ENDS = {name.split()[-1]: code for name, code in CURRENCIES.items()}


def _after_currency(tokens: list[Token], first: int, unit: str) -> bool:
    """A sum in brackets right after a sum of another currency ("21.995 USD (khoảng 506
    triệu đồng)"): the first converted at some exchange rate."""
    if first < 2 or tokens[first - 1].text != "(" or unit not in _CURRENCY_ENDS.values():
        return False
    code = _CURRENCY_ENDS.get(tokens[first - 2].key)
    return code is not None and code != unit


def _bracketed_count(tokens: list[Token], last: int) -> frozenset[str]:
    """The bare number in brackets right after a figure, the count behind it ("21% (21.280)
    ý kiến"): a condition of the figure. Two tallies of a running poll differ in it."""
    if last + 2 < len(tokens) and tokens[last].text == "(" and tokens[last + 1].is_number and tokens[last + 2].text == ")":
        return frozenset({tokens[last + 1].text})
    return frozenset()


# Words between a name and its age: "Llorente đã 32 tuổi", "ông Hướng, năm nay 47 tuổi".
_AGE_LINKS = frozenset({"đã", "nay", "năm", "mới", "vừa", "tròn"})


def _person(tokens: list[Token], first: int) -> str:
    """The name written just before a figure, across a bracket, a comma or a few words
    that say "already", "this year" at most ("Nguyễn Văn A (35 tuổi", "Salman Abedi, 23
    tuổi", "Llorente đã 32 tuổi"): whose age it is; "" when none. One word is a name
    only inside a sentence ("một Llorente 27 tuổi"; "Năm 32 tuổi, ..." is no one)."""
    k = first - 1
    while k >= 0 and tokens[k].key in _AGE_LINKS and first - k <= 3:
        k -= 1
    if k >= 0 and tokens[k].text in "(,":
        k -= 1
    run: list[str] = []
    while k >= 0 and tokens[k].is_word and tokens[k].text[:1].isupper():
        run.insert(0, tokens[k].key)
        k -= 1
    run = _without_heads(run)
    inside = k >= 0 and tokens[k].is_word  # (a word before the name: "một Llorente", "tiền đạo Kane")
    return " ".join(run) if len(run) > 1 or (run and inside and run[0] not in NAME_HEADS) else ""


_THIS = frozenset({"này", "ấy"})


def _this_one(tokens: list[Token], first: int, last: int) -> str:
    """The one an age is told of by a word or two and "này" ("tiền vệ 26 tuổi này", "cô gái
    22 tuổi ấy": this midfielder, the article's own): those words and "này", whose age
    it is in one story; "" otherwise. (Two stories' "tiền vệ này" are two players: only
    one story's two articles link them, `ground`.)"""
    if last >= len(tokens) or tokens[last].key not in _THIS or first < 1:
        return ""
    role = [t.key for t in tokens[max(0, first - 2) : first] if t.is_word and not t.text[:1].isupper()]
    if not role or not tokens[first - 1].is_word:
        return ""
    return " ".join([*role, "này"])


def _without_heads(run: list[str]) -> list[str]:
    """A name's words without the heads before it ("ông", "tỉnh", "công ty": NAME_HEADS)."""
    k = 0
    while len(run) - k > 1 and run[k] in NAME_HEADS:
        k += 1
    return run[k:]


def _window(tokens: list[Token], first: int, last: int) -> int:
    """A hash of the WINDOW tokens before and after a figure (numbers kept), when they hold
    TOLD_AGAIN_WORDS words or more; 0 otherwise (too few to tell one sentence told twice).
    A hash, not the text: one small number a claim, on 100,000 claims."""
    before, after = tokens[max(0, first - WINDOW) : first], tokens[last : last + WINDOW]
    if sum(1 for t in (*before, *after) if t.is_word) < TOLD_AGAIN_WORDS:
        return 0
    # (str hashes differ between processes: windows are only compared within one linking run)
    return hash((tuple(t.key for t in before), tuple(t.key for t in after)))


SOURCE_REACH = 3  # words of a name going on in lower case ("Hiệp hội Lương| thực") before its verb of saying


APPOSITION = 15  # words of a title between commas after a name, before its verb of saying


def _source(tokens: list[Token], first: int, after: int) -> bool:
    """Whether the name at tokens[first:after] is who says the figure: after "theo", or
    before a verb of saying (SPEAKER_VERBS), also past a title between commas ("Ông Shin
    Won-shik, nguyên Phó chủ tịch Hội đồng tham mưu trưởng liên quân, ước tính ...")."""
    if first > 0 and tokens[first - 1].key == "theo":
        return True
    if after < len(tokens) and tokens[after].text == ",":
        for k in range(after + 1, min(len(tokens), after + 1 + APPOSITION)):
            if tokens[k].text == ",":
                return _says(tokens, k + 1)
            if not tokens[k].is_word:
                break
    return _says(tokens, after)


def _says(tokens: list[Token], after: int) -> bool:
    """Whether a verb of saying follows tokens[after] within SOURCE_REACH words."""
    words: list[str] = []
    for tok in tokens[after : after + SOURCE_REACH + 2]:
        if not tok.is_word:
            break  # (a verb of saying after a comma says something else)
        words.append(tok.key)
    return any(" ".join(words[k:]).startswith(SPEAKER_VERBS) for k in range(min(len(words), SOURCE_REACH + 1)))


# A clause that opens with a part word, or a remainder word anywhere before the figure.
_PART = re.compile(
    r"(?:^|[,;:(\-–]\s*)(?:" + "|".join(PART_WORDS) + r")\b|\b(?:" + "|".join(REMAINDER_WORDS) + r")\b", re.IGNORECASE
)

# ... or "trong số đó" right after the figure, a noun or two between ("52 bàn ... và 50 bàn
# trong số đó được ghi trong vòng cấm": 50 of the 52), or "còn lại" ("8 đội còn lại của khu
# vực": the rest of the 11 teams).
_OF_THEM = re.compile(r"(?:\s*\w+){0,2}?\s*(?:trong số (?:đó|này|ấy)|còn lại)\b", re.IGNORECASE)
# The whole a part is told of: the figure right after "Trong số", "Trong tổng số" ("Trong số
# 18 chiếc xe, 3 chiếc ...": 18 is all of them).
_WHOLE = re.compile(r"(?:trong số|tổng số)\s*$", re.IGNORECASE)


def _part(text: str, start: int, end: int) -> bool:
    """Whether the figure at text[start:end] is a part or a remainder of a whole."""
    if _WHOLE.search(text, 0, start):
        return False
    return bool(_PART.search(text, 0, start) or _OF_THEM.match(text, end))


def _attributed(tokens: list[Token], start: int, end: int) -> frozenset[str]:
    """The names of the clause tokens[start:end] when it ends with a verb of saying: who
    says the figures of the clause after it ("Hãng thông tấn Yonhap ... dẫn nguồn tin quân
    đội nước này cho biết, tên lửa ... bay được khoảng 700km")."""
    words = " ".join(t.key for t in tokens[max(start, end - 3) : end])
    if not words.endswith(SPEAKER_VERBS):
        return frozenset()
    names, sources = _names(tokens, start, end)
    return names | sources


def _names(tokens: list[Token], start: int, end: int) -> tuple[frozenset[str], frozenset[str]]:
    """Runs of capitalized words between two token indices, as (names, sources): a source
    says the figure ("Theo Cục Thống kê", "Hiệp hội Lương thực cho biết"). The sentence's
    first word alone is not a name ("Trong", "Năm", "“Sau"), an opening quote before it or not."""
    runs: list[str] = []
    sources: list[str] = []
    run: list[str] = []
    joined = -1  # the lower-case half of a hyphenated name ("Won-shik", "Jae-in"), read with its first
    for k in range(start, end + 1):
        tok = tokens[k] if k < end else None
        if k == joined:
            continue
        if tok is not None and tok.is_word and tok.text[:1].isupper():
            run.append(tok.key)
            continue
        if tok is not None and run and tok.text == "-" and k + 1 < end and tokens[k + 1].is_word and (
            tokens[k - 1].end == tok.start and tok.end == tokens[k + 1].start
        ):
            run[-1] = f"{run[-1]}-{tokens[k + 1].key}"
            joined = k + 1
            continue
        if run and not (len(run) == 1 and (opens_sentence(tokens, k - 1) or run[0] in GENERIC_ACRONYMS)):
            said = _source(tokens, k - len(run), k)
            (sources if said else runs).append(" ".join(_without_heads(run)))
        run = []
    return frozenset(runs), frozenset(sources)


_DAY = re.compile(r"(?<![\d/.,-])(\d{1,2})[/-](\d{1,2})(?!\d|[.,]\d)")
LEAD_SENTENCES = 5  # a document's title and lead: where it says which day it reports


# "ngày 7.2", "hôm nay 9.2": a day written with a dot (a decimal is written with a comma).
_DOTTED_DAY = re.compile(r"(?:ngày|hôm nay|phiên|sáng|trưa|chiều|tối|đêm)\s+(\d{1,2})\.(\d{1,2})(?![\d.,]\d)", re.IGNORECASE)


def _days(text: str) -> frozenset[str]:
    """The days ("17/5", "ngày 7.2") a text names."""
    found = _DAY.findall(text) + _DOTTED_DAY.findall(text)
    return frozenset(f"{int(d)}/{int(m)}" for d, m in found if 1 <= int(d) <= 31 and 1 <= int(m) <= 12)


def days_of(sentences: Iterable[Sentence]) -> dict[str, frozenset[str]]:
    """The days ("17/5") each document names in its title and lead."""
    days: dict[str, set[str]] = defaultdict(set)
    for s in sentences:
        if s.index <= LEAD_SENTENCES:
            days[s.doc].update(_days(s.text))
    return {doc: frozenset(v) for doc, v in days.items() if v}


# A year after a capitalized word is part of a name ("Suzuki Wagon R 2017", "SEA Games
# 2017": a model, an event), not a time ("Năm 2017", "kinh tế 2017", "quý I/2017").
_NAME_BEFORE_YEAR = re.compile(r"(\w+)\s+$")
_TIME_WORDS = frozenset({"năm", "tháng", "quý", "đầu", "cuối", "giữa", "từ", "đến"})


def _names_year(text: str, year: str) -> bool:
    """Whether `text` writes `year` as a time, not only inside a name."""
    start = text.find(year)
    while start >= 0:
        before = _NAME_BEFORE_YEAR.search(text[max(0, start - 30) : start])
        word = before.group(1) if before else ""
        if not word[:1].isupper() or word.lower() in _TIME_WORDS:
            return True
        start = text.find(year, start + 1)
    return False


def _bracketed(text: str, at: int) -> bool:
    """Whether position `at` of `text` is inside square brackets."""
    return text.count("[", 0, at) > text.count("]", 0, at)


_Read = TypeVar("_Read", str, frozenset[str])


class _Timeline:
    """The documents that use one word, by when they were published: those a few days from
    a date are found by bisection (a word of 300 articles is shared by a handful in a week)."""

    def __init__(self) -> None:
        self._scales: dict[tuple[bool, str], list[tuple[float, str]]] = defaultdict(list)
        self._undated: list[str] = []
        self._ordered: dict[tuple[bool, str], tuple[list[float], list[str]]] | None = None

    def add(self, doc: str, when: Published | None) -> None:
        if when is None:
            self._undated.append(doc)
        else:
            self._scales[(when.dated, when.scale)].append((when.day, doc))
            self._ordered = None

    def near(self, when: Published | None, days: float) -> list[str]:
        """The documents published at most `days` from `when`, and those whose distance
        from it is unknown (undated, or on another scale of days)."""
        if self._ordered is None:
            self._ordered = {}
            for scale, entries in self._scales.items():
                entries.sort()
                self._ordered[scale] = ([day for day, _ in entries], [doc for _, doc in entries])
        found = list(self._undated)
        for scale, (day_list, docs) in self._ordered.items():
            if when is None or scale != (when.dated, when.scale):
                found.extend(docs)
            else:
                found.extend(docs[bisect_left(day_list, when.day - days) : bisect_right(day_list, when.day + days)])
        return found


def figure_key(claim: Claim) -> tuple[float, str]:
    """A figure as the articles that state it are compared by: its value and the first
    syllable of its unit. Two outlets name one count's noun in more or fewer words ("xe 7
    chỗ" read as "7 chỗ", "xe 7 chỗ chạy" as "7 chỗ chạy"), and a story's shared figures
    must not be missed for it."""
    unit = claim.unit.split(" ", 1)[0].lower()
    return (claim.value, unit)


class Rarity:
    """How rare each word is across the documents (inverse document frequency), and each
    document's words: rare shared words are evidence, common ones ("đồng", "năm") are not."""

    def __init__(
        self, contexts: Iterable[Surroundings], days: dict[str, frozenset[str]] | None = None,
        published: dict[str, Published] | None = None, drafts: frozenset[str] = frozenset(),
        texts: Callable[[str], Iterable[str]] | None = None,
    ) -> None:
        self.days = days or {}
        self._texts = texts  # a document's sentences' texts, read on demand (`_read`)
        self._named_days: dict[str, frozenset[str]] = {}
        self._doc_names: dict[str, frozenset[str]] = {}
        self._folded: dict[str, str] = {}  # a document's text, folded, read on demand
        self.published = published or {}
        self.drafts = drafts  # drafts are never a templated column: they share few figures when wrong
        words: dict[str, set[str]] = defaultdict(set)
        figures: dict[str, set[tuple[float, str]]] = defaultdict(set)
        for s in contexts:
            words[s.claim.doc] |= s.sentence
            figures[s.claim.doc].add(figure_key(s.claim))
        self.figures = {doc: frozenset(f) for doc, f in figures.items()}
        # A figure is evidence of one story as far as it is rare: "2 người" or "50%" is in
        # hundreds of articles, "1.274,9 USD" in the few that report one day's gold price.
        seen: dict[tuple[float, str], int] = defaultdict(int)
        for fs in self.figures.values():
            for f in fs:
                seen[f] += 1
        total = len(self.figures) + RARITY_PRIOR
        self._figure_weight = {f: math.log(total / (k + 0.5)) for f, k in seen.items()}
        self._figure_totals = {doc: sum(self._figure_weight[f] for f in fs) for doc, fs in self.figures.items()}
        counts: dict[str, int] = defaultdict(int)
        for ws in words.values():
            for w in ws:
                counts[w] += 1
        # A word is rare until many articles are seen to use it: the count of articles is
        # smoothed by RARITY_PRIOR articles that do not, so that a handful of articles (a
        # draft and its neighbours, a test) read like a small part of an archive.
        self._counts = counts
        n = len(words) + RARITY_PRIOR
        self.idf = {w: math.log(n / (k + 0.5)) for w, k in counts.items()}
        self.default = math.log(n / 0.5)
        self.documents = {doc: frozenset(ws) for doc, ws in words.items()}
        self._squared = {w: v * v for w, v in self.idf.items()}
        self._norms = {doc: math.sqrt(sum(self._squared[w] for w in ws)) or 1.0 for doc, ws in self.documents.items()}
        self._pairs: dict[tuple[str, str], float] = {}
        self._totals: dict[frozenset[str], float] = {}

    def weight(self, words: Iterable[str]) -> float:
        try:  # (every word of the archive's sentences has its idf: the fast path)
            return sum(map(self.idf.__getitem__, words))
        except KeyError:
            idf = self.idf
            return sum(idf.get(w, self.default) for w in words)

    def overlap(self, a: frozenset[str], b: frozenset[str]) -> float:
        """Rarity-weighted Jaccard of two word sets, 0-1."""
        if a is b:
            return 1.0 if a else 0.0
        shared = self.weight(a & b)
        union = self._total(a) + self._total(b) - shared
        return shared / union if union > 0 else 0.0

    def _total(self, words: frozenset[str]) -> float:
        found = self._totals.get(words)
        if found is None:
            found = self._totals[words] = self.weight(words)
        return found

    def story_pairs(
        self, threshold: float, days: float | None = None, among: frozenset[str] | None = None
    ) -> set[tuple[str, str]]:
        """Pairs of documents (a < b) that tell one story: `story` at or above `threshold`.
        Only documents that share STORY_SHARED of their STORY_WORDS rarest words are
        compared: words each in at most STORY_MAX_DF documents, or, for two documents
        published at most `days` apart (or either undated), in at most STORY_NEAR_DF. Work
        and memory stay linear in the archive. With `among`, only the pairs of those
        documents (a draft's) with any other."""
        counts = self._counts
        near_df = STORY_NEAR_DF if days is not None else STORY_MAX_DF
        rare_of: dict[str, list[str]] = {}
        postings: dict[str, list[str]] = defaultdict(list)  # (of the words in at most STORY_MAX_DF documents)
        timed: dict[str, _Timeline] = defaultdict(_Timeline)  # (of the others, by when they were published)
        for doc, words in self.documents.items():
            rare = sorted((w for w in words if 2 <= counts[w] <= near_df), key=lambda w: (counts[w], w))
            rare_of[doc] = rare[:STORY_WORDS]
            for w in rare_of[doc]:
                if counts[w] <= STORY_MAX_DF:
                    postings[w].append(doc)
                else:
                    timed[w].add(doc, self.published.get(doc))
        pairs: set[tuple[str, str]] = set()
        for a in rare_of if among is None else among & rare_of.keys():
            shared: Counter[str] = Counter()
            when = self.published.get(a)
            for w in rare_of[a]:
                found = postings.get(w)
                shared.update(found if found is not None else timed[w].near(when, days or 0.0))
            for b, n in shared.items():
                if n < STORY_SHARED or b == a or (among is None and b < a):
                    continue
                if self._cosine(a, b) >= threshold and self.story(a, b) >= threshold:
                    pairs.add((a, b) if a < b else (b, a))
        return pairs

    def days_apart(self, a: str, b: str) -> float | None:
        """Days between two articles' publications, when both are known (timeline)."""
        return days_apart(self.published, a, b)

    def later(self, a: str, b: str) -> str | None:
        """Which of two articles was published later, when that is known."""
        return later(self.published, a, b)

    def other_day(self, a: str, b: str) -> float:
        """1 when two articles name days in their leads and none in common: a report of
        another day (a templated column, an updated toll), 0 otherwise. A follow-up that
        tells FOLLOW_UP_SHARE of the first report's figures and names its day somewhere
        ("Khởi tố ..." on 13/6 of the crash "sáng 12/6") tells the same day's event."""
        da, db = self.days.get(a), self.days.get(b)
        if a == b or not da or not db or da & db:
            return 0.0
        if {a, b} & self.drafts and (da & self._all_days(b) or db & self._all_days(a)):
            # A draft's day that the article names anywhere is one event's day: the article
            # is a feature written weeks later, telling the day of the raid in its body. (On
            # the archive's own pairs this let columns of two days meet: drafts only.)
            return 0.0
        if self.shared_figures(a, b) >= FOLLOW_UP_SHARE and (da & self._all_days(b) or db & self._all_days(a)):
            return 0.0  # a follow-up that tells most of the first report's figures and names its day
        return 1.0

    def share_names(self, a: str, b: str) -> bool:
        """Whether two articles name one place, person or body (a capitalized word not
        opening its sentence), or either names none: two that name only others tell two
        events, however alike their words (two attacks' tolls)."""
        na, nb = self._names_in(a), self._names_in(b)
        return not na or not nb or bool(na & nb)

    def mention_each(self, a: Claim, names_a: Iterable[str], b: Claim, names_b: Iterable[str]) -> bool:
        """Whether each of two articles names somewhere a name the other's figure is told
        of: then the two names ("Trần Văn A" in one, "Ba Đồn" in the other) are two ways
        of naming one event, not two events."""
        return self._mentions(b.doc, names_a) and self._mentions(a.doc, names_b)

    def _mentions(self, doc: str, names: Iterable[str]) -> bool:
        text = self._read(self._folded, doc, lambda texts: fold("\n".join(texts)))
        return any(name in text for name in names)

    def _names_in(self, doc: str) -> frozenset[str]:
        return self._read(self._doc_names, doc, lambda texts: frozenset(
            t.key for text in texts for k, t in enumerate(tokenize(text))
            if k > 0 and t.is_word and t.text[:1].isupper() and t.key not in NAME_HEADS
        ))

    def _all_days(self, doc: str) -> frozenset[str]:
        """The days a document names anywhere."""
        return self._read(self._named_days, doc, lambda texts: frozenset().union(*map(_days, texts)))

    def _read(self, cache: dict[str, _Read], doc: str, read: Callable[[Iterable[str]], _Read]) -> _Read:
        """What `read` finds in a document's sentences, read on demand and kept (only a
        draft's few candidate stories, and the articles of pairs whose names differ, are
        asked)."""
        found = cache.get(doc)
        if found is None:
            found = cache[doc] = read(self._texts(doc) if self._texts is not None else ())
        return found

    def shared_figures(self, a: str, b: str, leaving: set[tuple[float, str]] | None = None) -> float:
        """The share of the figures (value and unit) of the article with fewer that the other
        states too, each weighted by its rarity across the articles, `leaving` out some: two
        outlets telling one story share most; a templated column of another day (weather,
        gold price, match statistics) shares few, and those common ones ("50%", "2 người").
        1 when neither has others."""
        fa, fb = self.figures.get(a, frozenset()), self.figures.get(b, frozenset())
        if leaving:
            fa, fb = fa - leaving, fb - leaving
            if not fa and not fb:
                return 1.0
        if not fa or not fb:
            return 0.0
        weight = self._figure_weight
        if leaving:
            smaller = min(sum(weight[f] for f in fa), sum(weight[f] for f in fb))
        else:
            smaller = min(self._figure_totals[a], self._figure_totals[b])
        return sum(weight[f] for f in fa & fb) / smaller if smaller > 0 else 0.0

    def story(self, a: str, b: str) -> float:
        """Cosine of two documents' rarity-weighted words (those of their figures'
        sentences), 0-1: about 0.3 and above, two articles tell one story."""
        if a == b:
            return 1.0
        # A templated column (gold price, weather, stock market, match statistics) is like
        # the same column of every other day, but its figures are that day's: two articles
        # that share few of their (rare) figures tell no one story. (A story covered by many
        # outlets, or followed up days later, shares its figures: the toll, the sums.)
        key = (a, b) if a < b else (b, a)
        found = self._pairs.get(key)
        if found is None:
            found = self._cosine(a, b)
            few = min(len(self.figures.get(a, ())), len(self.figures.get(b, ()))) < COLUMN_FIGURES
            draft = a in self.drafts or b in self.drafts  # (a draft that gets figures wrong shares few)
            if found > 0 and not few and not draft and self.shared_figures(a, b) <= COLUMN_SHARE:
                found = 0.0
            self._pairs[key] = found
        return found

    def _cosine(self, a: str, b: str) -> float:
        wa, wb = self.documents.get(a, frozenset()), self.documents.get(b, frozenset())
        squared = self._squared
        dot = sum(map(squared.__getitem__, wa & wb))
        return dot / (self._norms.get(a, 1.0) * self._norms.get(b, 1.0))


# The evidence, in the order of the calibrated weights (checker/linking/score.py).
FEATURES = (
    "same_doc", "story", "shared_figures", "clause", "sentence", "left", "right", "metric", "others", "conditions",
    "names", "subject", "period", "both_written", "other_day", "title", "restated", "agree", "distance", "same_quote",
)


def evidence(x: Surroundings, y: Surroundings, rarity: Rarity) -> tuple[float, ...]:
    """The evidence that x and y are one quantity, one value per name of FEATURES."""
    a, b = x.claim, y.claim
    shared_others = len(set(x.others) & set(y.others))
    others = shared_others / min(len(x.others), len(y.others)) if x.others and y.others else 0.0
    conditions = 1.0 if conditions_differ(x, y) else 0.0
    subject = 0.0
    if a.subject and b.subject:
        subject = 1.0 if names_meet(names_of(a.subject), names_of(b.subject)) else -1.0
        if subject < 0 and a.doc != b.doc and rarity.mention_each(a, names_of(a.subject), b, names_of(b.subject)):
            subject = 0.0  # (each names what the other article names too: one story told by two)
        if subject < 0 and {a.doc, b.doc} & rarity.drafts and not (x.own_subject and y.own_subject):
            # (an article's names, taken where the sentence names none, do not keep a
            # draft's figure apart: on the archive's own pairs they kept more false alarms out)
            subject = 0.0
    period = 0.0
    if a.period and b.period:
        period = 1.0 if a.period == b.period else -1.0
    sentence = rarity.overlap(x.sentence, y.sentence)
    clause, left = rarity.overlap(x.clause, y.clause), fuzz.ratio(x.left, y.left) / 100.0
    metric = metric_similarity(x.metric, y.metric) / 100.0
    if a.kind == "multiplier":
        # A multiplier's own clause is its verb and baseline ("gấp 2,5 lần năm 2024", "tăng
        # 4 lần so với năm 2024"); what it multiplies is its metric, carried from the figure
        # it follows: there the metric is the context.
        clause, left = max(clause, metric), max(left, metric)
    names = 0.0
    if (x.names or x.sources) and (y.names or y.sources):
        # One source, or one name, in common is evidence; only names said of the figure,
        # none in common, keep two figures apart (two sources may tell one figure).
        if names_meet(x.names | x.sources, y.names | y.sources):
            names = 1.0
        elif x.names and y.names:
            names = -1.0
            if a.doc != b.doc and rarity.mention_each(a, x.names, b, y.names):
                names = 0.0
    return (
        1.0 if a.doc == b.doc else 0.0,
        0.0 if a.doc == b.doc else rarity.story(a.doc, b.doc),
        0.0 if a.doc == b.doc else rarity.shared_figures(a.doc, b.doc),
        clause,
        sentence,
        left,
        fuzz.ratio(x.right, y.right) / 100.0,
        metric,
        others,
        conditions,
        names,
        subject,
        period,
        1.0 if x.explicit_period and y.explicit_period and a.period == b.period else 0.0,
        0.0 if x.days & y.days else rarity.other_day(a.doc, b.doc),  # (the figures' sentences name one day: one day's report)
        1.0 if a.doc == b.doc and 1 in (a.sentence, b.sentence) else 0.0,
        1.0 if _restated(x, y, rarity) else 0.0,
        1.0 if both_hold(a, b) else 0.0,
        min(value_distance(a.value, b.value), 3.0),
        1.0 if fold(a.quote) == fold(b.quote) else 0.0,
    )


def conditions_differ(x: Surroundings, y: Surroundings) -> bool:
    """Whether both clauses name conditions (numbers that are not figures: "mức điểm 15",
    "quý 1", a year) and not the same ones. The year both figures are of, written by both,
    and the year both compare with are no other condition where one outlet writes it in
    the figure's clause and the other in the sentence's first ("Năm 2025, số doanh nghiệp
    ... tăng 1,5 lần so với năm 2024" and "Số doanh nghiệp ... năm 2025 cao gấp 3 lần năm
    2024")."""
    cx, cy = x.conditions, y.conditions
    a, b = x.claim, y.claim
    if x.explicit_period and y.explicit_period and a.period == b.period and a.baseline == b.baseline:
        years = {a.period[:4], a.baseline[:4]}
        cx, cy = cx - years, cy - years
    return bool(cx and cy and cx != cy)


def _restated(x: Surroundings, y: Surroundings, rarity: Rarity) -> bool:
    """One sentence told twice in two articles with one figure changed: the same words around the figure in
    its clause, every other figure of the two sentences the same, and the other figures of
    the two articles mostly the same too (a templated column of another day, weather or
    gold prices, has the same sentence with other figures all through)."""
    if x.clause != y.clause or x.left != y.left or x.right != y.right or set(x.others) != set(y.others):
        return False
    if x.names and y.names and not names_meet(x.names, y.names):
        return False  # the same sentence about another phone, firm or player
    if rarity.overlap(x.sentence, y.sentence) < RESTATED_SENTENCE:
        return False  # one short clause alike ("với 14.058 chiếc") in two other sentences
    a, b = x.claim, y.claim
    # Inside one article, one clause repeated with other figures is a list (weather by region).
    return a.doc != b.doc and rarity.shared_figures(a.doc, b.doc, {figure_key(a), figure_key(b)}) >= 0.5


def companions_agree(x: Surroundings, y: Surroundings) -> bool:
    """Whether the other figures of one sentence all have one in the other's that is the
    same figure: the same value, or a figure hedged to one side that holds it ("hơn 300
    thỏa thuận" beside "350 thỏa thuận"): "every other figure the same, one different".
    Two ranges that differ ("từ 15 đến 19,75 điểm", "từ 15,5 đến 19,75 điểm") are two."""
    fewer, more = sorted((x.other_spans, y.other_spans), key=len)
    return all(any(_same_companion(a, b) for b in more) for a in fewer)


def _same_companion(a: tuple[str, float, float, float], b: tuple[str, float, float, float]) -> bool:
    if a[0] != b[0]:
        return False
    if a[1] == b[1]:
        return True
    hedged = one_sided(*a[1:]) or one_sided(*b[1:])
    return hedged and overlaps(Interval(a[2], a[3]), Interval(b[2], b[3]))


def value_distance(x: float, y: float) -> float:
    """How far apart two values are, as a log ratio (0 for equal values)."""
    x, y = abs(x), abs(y)
    if x == y:
        return 0.0
    if x == 0 or y == 0:
        return math.inf
    return abs(math.log(x / y))


def told_word_for_word(x: Surroundings, y: Surroundings) -> bool:
    """One sentence told twice word for word around the figure (`Surroundings.window`), or
    with the same words all through (TOLD_AGAIN_WORDS at least; numbers aside) and the same
    words just before and after the figure: there the values may be any distance apart
    ("... xảy ra vụ tai nạn giao thông nghiêm trọng giữa 2 xe khách ... làm 2 người thương
    vong" and "... làm 14 người thương vong")."""
    if x.window != 0 and x.window == y.window:
        return True
    return len(x.sentence) >= TOLD_AGAIN_WORDS and x.sentence == y.sentence and x.left == y.left and x.right == y.right


def incompatible(x: Surroundings, y: Surroundings) -> bool:
    """Pairs never linked, whatever the rest says: two different periods, one of them
    written out in its sentence; a contrast of metrics (exports vs trade); one sentence (a list);
    two items of one list (sentences that open with "Nhánh 1", "Nhánh 3": `_item`);
    a person's attribute (PERSONAL_UNITS: an age) in two articles unless both write one
    person's name just before it ("Nguyễn Văn A (35 tuổi)"), or both tell it in one
    sentence word for word (`told_word_for_word`: "vị tỉ phú 70 tuổi này", copied; "... con
    trai người phụ nữ này đã 40 tuổi.", a short sentence copied)."""
    a, b = x.claim, y.claim
    if a.doc == b.doc and a.sentence == b.sentence:
        return True
    if x.item and y.item and x.item != y.item and x.item.rsplit(" ", 1)[0] == y.item.rsplit(" ", 1)[0]:
        return True  # two items of one list ("Nhánh 1 ... dài 367 m", "Nhánh 3 ... dài 368m")
    if a.unit in PERSONAL_UNITS and a.doc != b.doc and not (
        (x.person and y.person and one_name(x.person, y.person)) or told_word_for_word(x, y)
    ):
        return True  # two people's ages ("Trần Văn A (38 tuổi)", "Lê Văn B (26 tuổi)"), or no one named
    if a.period and b.period and a.period != b.period and (x.in_sentence or y.in_sentence):
        return True  # two periods, one of them written out in its sentence
    if a.kind == "multiplier" and a.baseline != b.baseline:
        return True
    return contrasting(x.metric, y.metric)
