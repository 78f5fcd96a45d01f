"""Reading the figures of one sentence: the Vietnamese number grammar.

A figure is `[hedge] [qualifier] numeral [range] [scale] unit`, for instance
"vượt mốc 930 tỷ USD", "gần 500 hoạt động", "từ 8,3-8,5%", "gấp 2,5 lần". What is
not a quantity (document numbers, dates, years, codes, ranks, slogans, durations)
yields nothing. All the words are tables in `lexicon.py`; this module only indexes them
(`Phrases`) and derives the sets it tests (`_SCALE_OR_UNIT`, `_NOT_COUNTED_AFTER`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from checker.config import Settings
from checker.grammar import lexicon as lx
from checker.grammar.normalize import fold
from checker.grammar.numerals import MAX_DIGITS, MAX_VALUE, clean, interval, invisible, is_year, parse_numeral
from checker.grammar.tokens import NUMERAL_TAIL, Phrases, Token, phrase_at, phrase_before, size

# The tables the grammar looks phrases up in, indexed for `phrase_before` and `phrase_at`.
_DATES = Phrases(lx.DATE_WORDS)
_BEFORE_RANGE = Phrases(lx.RANGE_FROM)
_NON_QUANTITY = Phrases(lx.NON_QUANTITY_BEFORE)
_SHARE_OR_SUM = Phrases({"%"} | set(lx.SCALES) | set(lx.CURRENCIES) | set(lx.PRISON_TERMS) | lx.PERSONAL_UNITS)
_SCALES = Phrases(lx.SCALES)
_NOT_SCALES = Phrases(lx.NOT_SCALES)
_UNIT_TABLES = ((Phrases(lx.MEASURES), lx.MEASURES), (Phrases(lx.CURRENCIES), lx.CURRENCIES))
_PRISON = Phrases(lx.PRISON_TERMS)
# A prison term of years and months ("8 năm 3 tháng tù"): read at the years' numeral.
_TERM_AFTER = re.compile(r"\s*năm\s+\d{1,2}\s+tháng\s+tù", re.IGNORECASE)
_NOT_UNITS = Phrases(lx.NOT_UNITS)
_NOT_COUNTED = Phrases(lx.TIME_UNITS | lx.IDEA_NOUNS)
_COUNTED = Phrases(lx.COUNTED_COMPOUNDS)
_HEDGES = Phrases(lx.HEDGES)
_QUALIFIERS = Phrases(lx.QUALIFIERS)
_MODALITY = Phrases(lx.MODALITY)
_COMPARISON = Phrases(lx.COMPARISON_WORDS)
_LEVEL = Phrases(lx.LEVEL_MARKERS)
_CHANGES = ((Phrases(lx.MULTIPLIER_VERBS | lx.CHANGE_UP), "up"), (Phrases(lx.CHANGE_DOWN), "down"))
_YEAR_AS_FIGURE = Phrases({"%"} | set(lx.CURRENCIES))  # "2025 USD", "2025%": not a year

# For `may_hold_figure`: numerals as the tokenizer cuts them, and what may follow a year
# that makes it a figure after all (a scale, a currency, "%", a range).
_NUMERAL_TOKEN = re.compile(rf"[0-9](?<!\w[0-9])(?:{NUMERAL_TAIL})")  # (?<!\w)(?:NUMERAL), 2x faster
_NEXT_TOKEN = re.compile(r"\s*(?:(\w+)|(\S))")  # the token after a numeral: a word, or a mark
_PREVIOUS_WORD = re.compile(r"(?<!\w)[^\W\d_]\w*(?=\s*\Z)")  # searched with endpos at the numeral
_SCALE_OR_UNIT = {p.split(" ")[0] for table in (lx.SCALES, lx.MEASURES, lx.CURRENCIES) for p in table}
_AFTER_YEAR_FIGURE = (
    {p.split(" ")[0] for p in lx.SCALES} | {p.split(" ")[0] for p in lx.CURRENCIES} | lx.RANGE_TO | {"%", "-", "–"}
)
# A numeral followed by one of these words is never a figure (`_unit` reads no scale, no unit,
# no range there and rejects the word: "5 năm", "30 tuổi"), nor one followed by a mark other
# than a range dash or "%" ("1. ...", "5, 6 và 7 người"), nor one after a word that marks a
# non-quantity ("ngày 5", "số 12", "thứ 3": `_not_a_quantity`).
_NOT_COUNTED_AFTER = frozenset(
    w for w in lx.TIME_UNITS | lx.IDEA_NOUNS if " " not in w and w not in _SCALE_OR_UNIT | lx.RANGE_TO | {"lần"}
)
_NON_QUANTITY_WORDS = frozenset(w for w in lx.NON_QUANTITY_BEFORE if " " not in w)


def _never_a_figure(text: str, start: int, end: int) -> bool:
    """Whether `read_figure` rejects the numeral text[start:end] whatever else the sentence says."""
    if (start > 0 and text[start - 1] in "/-–.") or text[end : end + 1] == "/":
        return True  # the part of a date or a document number
    if _TERM_AFTER.match(text, end):
        return False  # a prison term of years and months ("8 năm 3 tháng tù")
    before = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    if before is not None and fold(before.group(0)) == "tuổi":
        return False  # perhaps an age written before its number ("làm mẹ ở tuổi 37.")
    after = _NEXT_TOKEN.match(text, end)
    if after is None:
        return True  # nothing after it: no unit
    word, mark = after.groups()
    numeral = text[start:end]
    if is_year(numeral) and fold(word or mark) not in _AFTER_YEAR_FIGURE:
        return True  # a year
    if (mark not in "-–%") if mark is not None else (fold(word) in _NOT_COUNTED_AFTER):
        return True
    return before is not None and fold(before.group(0)) in _NON_QUANTITY_WORDS


def may_hold_figure(text: str) -> bool:
    """A cheap test on a sentence's text, before it is tokenized: False only when
    `read_figure` would find nothing, because every numeral is the part of a date or a
    document number ("14/1/2026", "222/2025/QH15"), a year ("năm 2025"), or a numeral
    the grammar never reads as a figure ("5 năm", "ngày 5"). "gấp đôi" has no numeral:
    callers test for it apart."""
    return not all(_never_a_figure(text, *match.span()) for match in _NUMERAL_TOKEN.finditer(text))


@dataclass(frozen=True, slots=True)
class Reading:
    """A figure read from tokens; the metric and period are added by `about`."""

    first: int  # token index where the quote starts (hedge included)
    number: int  # token index of the numeral
    last: int  # token index just after the unit
    value: float
    low: float
    high: float
    unit: str
    hedge: str
    hedge_kind: str
    modality: str
    kind: str  # amount | percent | multiplier | change | points
    noun: bool  # the unit is a counted noun (part of what is measured)


# A licence plate's first part ("37K1", "51C"): the number after it is the plate's rest,
# when one of _PLATE_WORDS is within 3 words before it ("biển kiểm soát", "BKS").
_PLATE = re.compile(r"\d{2}[A-Z]{1,2}\d?")
_PLATE_WORDS = frozenset({"biển", "soát", "bks", "kbs"})
_STREETS = frozenset({"đường", "phố"})  # after a house number and before the street's name


def _years_and_months(tokens: list[Token], j: int) -> tuple[int, str, int] | None:
    """(months, unit, tokens used) of a prison term of years and months from token j, the
    word after the years ("8 năm 3 tháng tù giam": 3, "năm tù", 5); None for anything else."""
    if j + 2 >= len(tokens) or tokens[j].key != "năm" or not tokens[j + 1].text.isdigit():
        return None
    months = int(tokens[j + 1].text)
    term = phrase_at(tokens, j + 2, _PRISON)
    if not 0 < months < 12 or not term.startswith("tháng"):
        return None
    return months, lx.PRISON_TERMS[term].replace("tháng", "năm"), 2 + size(term)


def _age_before(tokens: list[Token], i: int) -> bool:
    """An age written before its number: "làm mẹ ở tuổi 37", "bước sang tuổi 85"."""
    return i > 1 and tokens[i - 1].key == "tuổi" and tokens[i - 2].key in lx.AGE_BEFORE


def _house_number(tokens: list[Token], i: int) -> bool:
    """A house number: the numeral before a street's name ("trước số nhà 812 đường Trường Sa",
    "ngõ 44 phố Huế", "34, 36, 42 đường Chu Văn An"). On the archive every numeral
    before "đường" or "phố" and a name was an address, none a count of streets."""
    j = i + 1
    if j < len(tokens) and tokens[j].text == ",":
        j += 1
    return j + 1 < len(tokens) and tokens[j].key in _STREETS and tokens[j + 1].is_capitalized


def _glued(tokens: list[Token], i: int, j: int) -> bool:
    """Whether tokens i and j touch (no space between)."""
    return tokens[i].end == tokens[j].start


_COUNT_OF = frozenset({"trong", "tổng"})  # words before "số N" that make N a count


def _share_or_sum_after(tokens: list[Token], i: int) -> bool:
    """Whether the numeral at i is followed by "%", a scale word, a currency, a prison term
    or an age ("bà Le Pen 13,2%", "gia đình ông Hướng 35 triệu đồng", "bị cáo Hoa 13 năm
    tù", "một Llorente 27 tuổi": a share, a sum, a sentence or the person's age, never a
    name's number)."""
    return bool(phrase_at(tokens, i + 1, _SHARE_OR_SUM))


_ROMAN = re.compile(r"[IVXLC]+")  # a term's number ("khóa XII", "khóa XIV")


def _not_a_quantity(tokens: list[Token], i: int) -> bool:
    """Dates, document numbers, codes, ranks: numerals that are not figures."""
    if i > 0 and tokens[i - 1].text in "/-–." and _glued(tokens, i - 1, i):
        return True  # 222/2025/QH15, the 6 of "4-6", the tail of a date
    if i + 1 < len(tokens) and tokens[i + 1].text in "/" and _glued(tokens, i, i + 1):
        return True  # 14/1, 10/1/2026, 222/2025
    before = phrase_before(tokens, i, _NON_QUANTITY)
    if before and not (before == "số" and i > 1 and tokens[i - 2].key in _COUNT_OF):
        return True  # ("trong số 18 chiếc", "tổng số 60 con bò" are counts, "nhà số 10" is not)
    if _house_number(tokens, i):
        return True  # "số nhà 812 đường Trường Sa": an address
    if i > 1 and tokens[i - 1].text == "+" and tokens[i - 2].is_number:
        return True  # "Km 307 + 500": the metres of a milestone, not a figure
    if i + 2 < len(tokens) and tokens[i + 1].key == "khóa" and _ROMAN.fullmatch(tokens[i + 2].text):
        return True  # "Nghị quyết Trung ương 4 khóa XII": the fourth plenum of the XII term, no count
    if i > 0 and _PLATE.fullmatch(tokens[i - 1].text) and _PLATE_WORDS.intersection(t.key for t in tokens[max(0, i - 4) : i]):
        return True  # "biển kiểm soát 37K1 648.69": the rest of a licence plate ("vàng 18K 4 chỉ" is a figure)
    if i > 1 and tokens[i - 1].is_capitalized and tokens[i - 1].key not in lx.HEDGES and not _share_or_sum_after(tokens, i):
        return True  # "Đại hội 13", "Galaxy 8": a name with a number ("bà Le Pen 13,2%" is a share)
    return i > 0 and tokens[i - 1].text in "“\"‘«" and _glued(tokens, i - 1, i)  # a slogan: "“6 rõ”"


@dataclass(frozen=True, slots=True)
class Scale:
    """The scale words after a numeral: "tỷ", "nghìn tỷ", "tỷ rưỡi", "tỷ 036 triệu"."""

    factor: float = 1.0  # the numeral is multiplied by this
    used: int = 0  # tokens the scale words span
    extra: float = 0.0  # added after multiplying: half a unit ("rưỡi"), or a compound's tail
    step: float = 0.0  # the written precision of the extra, in base units; 0 when none


def _scale(tokens: list[Token], j: int) -> Scale:
    """The scale words at j: "5 tỷ rưỡi" is 5.5 tỷ, "761 tỷ 036 triệu" is 761 tỷ + 36 triệu."""
    word = phrase_at(tokens, j, _SCALES)
    if not word or phrase_at(tokens, j, _NOT_SCALES):
        return Scale()
    factor, k = lx.SCALES[word], j + size(word)
    if k < len(tokens) and tokens[k].key == "rưỡi":
        return Scale(factor, k + 1 - j, factor / 2, factor / 2)
    compound = k + 1 < len(tokens) and tokens[k].text.isdigit() and len(tokens[k].text) <= MAX_DIGITS
    tail = phrase_at(tokens, k + 1, _SCALES) if compound else ""
    if tail and lx.SCALES[tail] * int(tokens[k].text) < factor:
        count, step = parse_numeral(tokens[k].text, scaled=True) or (0.0, 1.0)
        tail_factor = lx.SCALES[tail]
        return Scale(factor, k + 1 + size(tail) - j, count * tail_factor, step * tail_factor)
    return Scale(factor, k - j)


def _per(tokens: list[Token], k: int) -> Token | None:
    """The token after a "/" at k glued to the unit before it ("km/h", "giảng viên/ngành")."""
    if k + 1 < len(tokens) and tokens[k].text == "/" and _glued(tokens, k - 1, k):
        return tokens[k + 1]
    return None


def _per_time(tokens: list[Token], k: int) -> str:
    """"h" or "s" when tokens[k:] read "/h", "/giờ", "/s" or "/giây" (glued to the unit), else ""."""
    per = _per(tokens, k)
    return lx.PER_TIME.get(per.key, "") if per is not None else ""


def _unit(tokens: list[Token], j: int, scaled: bool) -> tuple[str, int, str, bool] | None:
    """(unit, tokens used, kind, counted noun) at j; None when the number is not a quantity."""
    if j >= len(tokens):
        return ("", 0, "amount", False) if scaled else None
    for phrases, table in _UNIT_TABLES:
        word = phrase_at(tokens, j, phrases)
        if word:
            unit, used = table[word], size(word)
            if unit == "m" and j + 1 < len(tokens) and tokens[j + 1].text in ("2", "3") and _glued(tokens, j - 1, j):
                unit, used = f"m{tokens[j + 1].text}", 2  # "14.173m 3 đất": m³ written out, its power no figure
            per = _per_time(tokens, j + used) if unit in lx.LENGTH_UNITS else ""
            if per:  # "105 km/h": a speed, not a distance
                unit, used = f"{unit}/{per}", used + 2
            return unit, used, "percent" if unit == "%" else ("points" if unit == "điểm phần trăm" else "amount"), False
    if phrase_at(tokens, j, _NOT_UNITS):
        return ("", 0, "amount", False) if scaled else None
    tok = tokens[j]
    if tok.key == "lần":
        return "lần", 1, "multiplier", False
    if phrase_at(tokens, j, _NOT_COUNTED):
        return None
    if tok.is_acronym and tok.is_word:
        return tok.text, 1, "amount", True  # "17 FTA"
    if not tok.is_word or tok.is_capitalized or tok.key in lx.FUNCTION_WORDS:
        return ("", 0, "amount", False) if scaled else None
    compound = phrase_at(tokens, j, _COUNTED)
    if compound:
        return compound, size(compound), "amount", True
    pair = " ".join(t.key for t in tokens[j : j + 2])
    two = (
        j + 1 < len(tokens)
        and tokens[j + 1].is_word
        and not tokens[j + 1].is_capitalized
        and tokens[j + 1].key not in lx.FUNCTION_WORDS
        and tokens[j + 1].key not in lx.NOT_NOUN_ENDS
        and tok.key not in lx.ONE_SYLLABLE_NOUNS
    ) or pair in lx.COMPOUNDS
    noun = lx.NOUN_SYNONYMS.get(pair if two else tok.key, pair if two else tok.key)
    used = 2 if two else 1
    rate = _per(tokens, j + used)
    if rate is not None and rate.is_word:
        return f"{noun}/{rate.key}", used + 2, "amount", True  # "5 giảng viên/ngành": a rate per ngành
    return noun, used, "amount", True


def _hedge(tokens: list[Token], i: int) -> tuple[str, int]:
    """The hedge before the numeral at i (qualifiers skipped), and the index where it starts."""
    hedge = phrase_before(tokens, i, _HEDGES)  # "vượt mốc 930" before "mốc" as a qualifier
    k = i
    while not hedge and (qualifier := phrase_before(tokens, k, _QUALIFIERS)):
        k -= size(qualifier)
        hedge = phrase_before(tokens, k, _HEDGES)
    if not hedge:
        glued = _glued_hedge(tokens, i)
        return (glued, i - 1) if glued else ("", i)
    return hedge, k - size(hedge)


def _glued_hedge(tokens: list[Token], i: int) -> str:
    """A hedge glued to the word before it by a lost space ("rút tiềntrên 100 triệu"): the
    word before the numeral ends with a hedge of GLUED_HEDGES after a whole syllable of its
    own ("tiền"; "ngần" and "nhơn" end with "gần" and "hơn" after a mere consonant)."""
    if i == 0 or not tokens[i - 1].is_word or not tokens[i - 1].text.islower():
        return ""
    key = tokens[i - 1].key
    for hedge in lx.GLUED_HEDGES:
        if len(key) > len(hedge) and key.endswith(hedge):
            bare = unicodedata.normalize("NFD", key[: -len(hedge)])
            return hedge if any(c in "aeiouy" for c in bare) else ""
    return ""


def _modality(tokens: list[Token], first: int, hedge: str, clause_start: int) -> str:
    if hedge in lx.MODALITY:
        return lx.MODALITY[hedge]
    for k in range(first, max(clause_start, first - 10), -1):
        word = phrase_before(tokens, k, _MODALITY)
        if word and not phrase_before(tokens, k - size(word), _COMPARISON):
            return lx.MODALITY[word]  # "so với kế hoạch" is a baseline, not a plan
    return "achieved"


def _change(tokens: list[Token], first: int, hedge: str) -> tuple[str, int]:
    """A change verb just before the figure: ("up"|"down"|"level"|"", index where it starts)."""
    if hedge.split(" ")[0] in lx.LEVEL_MARKERS:
        return "level", first  # "tăng lên tới 33%": the hedge "lên tới" names a new level
    level = phrase_before(tokens, first, _LEVEL)
    if level:
        return "level", first - size(level)
    for words, direction in _CHANGES:
        verb = phrase_before(tokens, first, words)
        if verb:
            return ("down" if verb.startswith("giảm") else direction), first - size(verb)
    return "", first


def _range_end(tokens: list[Token], i: int) -> int:
    """The index of a range's high end after the numeral at i, or 0 when there is none.

    "8,3-8,5", "3.000 – 5.000" (a spaced dash), "từ 8,3 đến 8,5"; "5 -3" is not a range.
    """
    j = i + 1
    if j + 1 >= len(tokens) or not tokens[j + 1].is_number:
        return 0
    if tokens[j].text in "-–":
        return j + 1 if _glued(tokens, i, j) or not _glued(tokens, j, j + 1) else 0
    if tokens[j].key in lx.RANGE_TO and (
        phrase_before(tokens, i, _BEFORE_RANGE) or _rising(tokens[i].text, tokens[j + 1].text)
    ):
        return j + 1  # "từ 8,3 đến 8,5"; without "từ", "7 đến 8 căn nhà", "khoảng 10 tới 12 người"
    return 0


def _rising(low: str, high: str) -> bool:
    """Whether two numerals written alike ("7" and "8", "1,5" and "2,5") rise: the ends of a
    range, not a count and the next number ("5 tới 2025" is no range)."""
    a, b = parse_numeral(low, scaled=False), parse_numeral(high, scaled=False)
    if a is None or b is None or ("," in low) != ("," in high) or is_year(high):
        return False
    return a[0] < b[0] <= 10 * a[0]


def _bounds(
    value: float, step: float, top: float | None, scale: Scale, hedge_kind: str, settings: Settings
) -> tuple[float, float, float]:
    """(value, low, high) in base units: a range's ends, or the interval the hedge asserts."""
    if top is not None:
        low, high = value * scale.factor, top * scale.factor + scale.extra
        return (low + high) / 2, low, high
    value = value * scale.factor + scale.extra
    low, high = interval(value, scale.step or step * scale.factor, hedge_kind, settings)
    return value, low, high


def _hidden_join(tokens: list[Token], i: int) -> bool:
    """Whether numeral i is glued through invisible characters to another numeral ("9\\u200d50",
    "96\\u200b0"): the reader sees one number (950), the text holds two. The archive has no such
    number (0 in 20,000 articles, where zero-width and soft-hyphen characters occur 71 times
    beside words), so such a numeral is no figure rather than a guess."""
    for step in (-1, 1):
        k = i + step
        while 0 <= k < len(tokens) and _touch(tokens, k - step, k) and len(tokens[k].text) == 1 and invisible(tokens[k].text):
            k += step
        if k != i + step and 0 <= k < len(tokens) and tokens[k].is_number and _touch(tokens, k - step, k):
            return True
    return False


def _touch(tokens: list[Token], i: int, j: int) -> bool:
    """Whether tokens i and j, next to each other in either order, touch."""
    return _glued(tokens, min(i, j), max(i, j))


def read_figure(tokens: list[Token], i: int, clause_start: int, settings: Settings) -> Reading | None:
    """The figure whose numeral is token i, or None if it is not a quantity."""
    tok = tokens[i]
    end = _range_end(tokens, i)
    if _not_a_quantity(tokens, i) or (end and (phrase_before(tokens, i, _DATES) or is_year(tokens[end].text))):
        return None  # "ngày 4-6", "2026-2030"
    if len(tok.text) > MAX_DIGITS or _hidden_join(tokens, i):
        return None
    scale = _scale(tokens, (end or i) + 1)
    # the scale and unit after a range apply to both ends: "35,000-36,000 triệu" is 35-36 million
    parsed = parse_numeral(tok.text, scaled=scale.used > 0)
    top = parse_numeral(tokens[end].text, scaled=scale.used > 0) if end else None
    if parsed is None or (end and (top is None or top[0] <= parsed[0])):
        return None
    j = (end or i) + 1 + scale.used
    if is_year(tok.text) and scale.used == 0 and phrase_at(tokens, j, _YEAR_AS_FIGURE) == "":
        return None  # a year
    age = not end and scale.used == 0 and _age_before(tokens, i)
    term = None if end or scale.used else _years_and_months(tokens, j)
    if term is not None:
        months, unit, used = term
        parsed = (parsed[0] + months / 12, 1 / 12)  # (written to the month)
        unit_read: tuple[str, int, str, bool] | None = (unit, used, "amount", False)
    else:
        unit_read = ("tuổi", 0, "amount", False) if age else _unit(tokens, j, scaled=scale.used > 0)
    if unit_read is None:
        return None
    unit, unit_used, kind, noun = unit_read
    if kind == "amount" and not noun and unit == "" and scale.used == 0:
        return None
    start = i - 1 if (end and phrase_before(tokens, i, _BEFORE_RANGE)) or age else i
    hedge, first = _hedge(tokens, start)
    if hedge == "trên" and noun and first > 0 and tokens[first - 1].key in lx.ON_VERBS:
        hedge, first = "", start  # "đi trên 2 xe máy": riding on two motorbikes, not more than two
    change, verb_start = _change(tokens, first, hedge)
    if kind == "multiplier" and change not in ("up", "down"):
        return None  # "3 lần" = three times (occurrences), not a ratio
    if kind in ("amount", "percent") and change in ("up", "down"):
        kind = "change"
    modality = _modality(tokens, min(first, verb_start), hedge, clause_start)
    if end:
        hedge_kind, hedge = "range", "từ" if start < i else "range"
    else:
        hedge_kind = lx.HEDGES.get(hedge, "exact")
    if kind == "multiplier":  # "gấp 2 lần" means about ×2.0, not anything from ×1.5 to ×2.5
        parsed = (parsed[0], min(parsed[1], settings.multiplier_step))
    value, low, high = _bounds(*parsed, top[0] if top else None, scale, hedge_kind, settings)
    if not abs(value) <= MAX_VALUE:
        return None  # beyond any figure: "999.999 nghìn tỷ tỷ"
    if kind in ("change", "points") and change == "down":
        value, low, high = -value, -high, -low  # "giảm 3,5%", "giảm 4 điểm phần trăm"
    return Reading(
        first=first, number=i, last=j + unit_used, value=clean(value), low=clean(low), high=clean(high),
        unit=unit, hedge=hedge, hedge_kind=hedge_kind, modality=modality, kind=kind, noun=noun,
    )


def read_word_multiplier(tokens: list[Token], i: int, clause_start: int) -> Reading | None:
    """"gấp đôi", "gấp rưỡi", "tăng gấp ba": a multiplier written in words at token i."""
    if tokens[i].key != "gấp" or i + 1 >= len(tokens) or tokens[i + 1].key not in lx.MULTIPLIER_WORDS:
        return None
    if i + 2 < len(tokens) and tokens[i + 2].key == "lần" and tokens[i + 1].key == "năm":
        return None
    value = lx.MULTIPLIER_WORDS[tokens[i + 1].key]
    step = 0.5 if tokens[i + 1].key == "rưỡi" else 1.0
    end = i + 3 if i + 2 < len(tokens) and tokens[i + 2].key == "lần" else i + 2
    return Reading(
        first=i, number=i + 1, last=end, value=value, low=value - step / 2, high=value + step / 2, unit="lần",
        hedge="", hedge_kind="exact", modality=_modality(tokens, i, "", clause_start), kind="multiplier", noun=False,
    )
