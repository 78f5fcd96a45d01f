"""Reading the figures of one sentence: the Vietnamese number grammar.

A figure is `[hedge] [qualifier] numeral [range] [scale] unit`, for instance
"vượt mốc 930 tỷ USD", "gần 500 hoạt động", "từ 8,3-8,5%", "gấp 2,5 lần". What is
not a quantity (document numbers, dates, years, codes, ranks, slogans, durations)
yields nothing. All the words are tables in `lexicon.py`.
"""

from __future__ import annotations

from dataclasses import dataclass

from checker import lexicon as lx
from checker.config import Settings
from checker.numbers import clean, interval, parse_numeral
from checker.tokens import Token, phrase_at, phrase_before, size

FUNCTION_WORDS = frozenset(
    """và của với là tại trong có đã sẽ cho được bị đến tới từ trên dưới ở khi thì mà này đó so
    để như theo về vào ra lên xuống nhưng hoặc hay các những một không chưa cũng vẫn đều nữa rồi
    sau trước qua nay mới tăng giảm gấp đạt nhằm nên bằng cùng do vì""".split()
)
DATE_WORDS = frozenset({"ngày", "tháng", "sáng", "chiều", "tối", "trưa", "đêm", "hôm", "mùng", "từ ngày"})
_BEFORE_RANGE = frozenset({"từ"})
_RANGE_TO = frozenset({"đến", "tới"})


@dataclass(frozen=True, slots=True)
class Reading:
    """A figure read from tokens; the metric and period are added by `context`."""

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


def _is_year(tok: Token) -> bool:
    return len(tok.text) == 4 and tok.text.isdigit() and 1900 <= int(tok.text) <= 2100


def _glued(tokens: list[Token], i: int, j: int) -> bool:
    """Whether tokens i and j touch (no space between)."""
    return tokens[i].end == tokens[j].start


def _not_a_quantity(tokens: list[Token], i: int) -> bool:
    """Dates, document numbers, codes, ranks: numerals that are not figures."""
    tok = tokens[i]
    if i > 0 and tokens[i - 1].text in "/-–." and _glued(tokens, i - 1, i):
        return True  # 222/2025/QH15, the 6 of "4-6", the tail of a date
    if i + 1 < len(tokens) and tokens[i + 1].text in "/" and _glued(tokens, i, i + 1):
        return True  # 14/1, 10/1/2026, 222/2025
    if phrase_before(tokens, i, lx.NON_QUANTITY_BEFORE):
        return True
    if i > 1 and tokens[i - 1].is_capitalized and tokens[i - 1].key not in lx.HEDGES:
        return True  # "Đại hội 13", "Galaxy 8": a name with a number
    if i > 0 and tokens[i - 1].text in "“\"‘«" and _glued(tokens, i - 1, i):
        return True  # a slogan: "“6 rõ”"
    return False


def _scale(tokens: list[Token], j: int) -> tuple[float, int]:
    """The multiplier of scale words at j ("tỷ", "nghìn tỷ", "5 tỷ rưỡi"), and tokens used."""
    word = phrase_at(tokens, j, lx.SCALES)
    if not word:
        return 1.0, 0
    factor, used = lx.SCALES[word], size(word)
    if j + used < len(tokens) and tokens[j + used].key == "rưỡi":
        return factor * 1.5, used + 1  # "5 tỷ rưỡi" (the 1.5 is applied to 1 unit below)
    return factor, used


def _unit(tokens: list[Token], j: int, scaled: bool) -> tuple[str, int, str, bool] | None:
    """(unit, tokens used, kind, counted noun) at j; None when the number is not a quantity."""
    if j >= len(tokens):
        return ("", 0, "amount", False) if scaled else None
    for table, kind in ((lx.MEASURES, "amount"), (lx.CURRENCIES, "amount")):
        word = phrase_at(tokens, j, table)
        if word:
            unit = table[word]
            return unit, size(word), "percent" if unit == "%" else ("points" if unit == "điểm phần trăm" else kind), False
    tok = tokens[j]
    if tok.key == "lần":
        return "lần", 1, "multiplier", False
    if phrase_at(tokens, j, lx.TIME_UNITS) or phrase_at(tokens, j, lx.IDEA_NOUNS):
        return None
    if tok.is_acronym and tok.is_word:
        return tok.text, 1, "amount", True  # "17 FTA"
    if not tok.is_word or tok.is_capitalized or tok.key in FUNCTION_WORDS:
        return ("", 0, "amount", False) if scaled else None
    pair = " ".join(t.key for t in tokens[j : j + 2])
    two = (
        j + 1 < len(tokens)
        and tokens[j + 1].is_word
        and not tokens[j + 1].is_capitalized
        and tokens[j + 1].key not in FUNCTION_WORDS
        and tok.key not in lx.ONE_SYLLABLE_NOUNS
    ) or pair in lx.COMPOUNDS
    noun = pair if two else tok.key
    return lx.NOUN_SYNONYMS.get(noun, noun), 2 if two else 1, "amount", True


def _hedge(tokens: list[Token], i: int) -> tuple[str, int]:
    """The hedge before the numeral at i (qualifiers skipped), and the index where it starts."""
    hedge = phrase_before(tokens, i, lx.HEDGES)  # "vượt mốc 930" before "mốc" as a qualifier
    k = i
    while not hedge and (qualifier := phrase_before(tokens, k, lx.QUALIFIERS)):
        k -= size(qualifier)
        hedge = phrase_before(tokens, k, lx.HEDGES)
    if not hedge:
        return "", i
    return hedge, k - size(hedge)


def _modality(tokens: list[Token], first: int, hedge: str, clause_start: int) -> str:
    if hedge in lx.MODALITY:
        return lx.MODALITY[hedge]
    for k in range(first, max(clause_start, first - 10), -1):
        word = phrase_before(tokens, k, lx.MODALITY)
        if word:
            return lx.MODALITY[word]
    return "achieved"


def _change(tokens: list[Token], first: int) -> tuple[str, int]:
    """A change verb just before the figure: ("up"|"down"|"level"|"", index where it starts)."""
    level = phrase_before(tokens, first, lx.LEVEL_MARKERS)
    if level:
        return "level", first - size(level)
    for words, direction in ((lx.MULTIPLIER_VERBS | lx.CHANGE_UP, "up"), (lx.CHANGE_DOWN, "down")):
        verb = phrase_before(tokens, first, words)
        if verb:
            return ("down" if verb.startswith("giảm") else direction), first - size(verb)
    return "", first


def read_figure(tokens: list[Token], i: int, clause_start: int, settings: Settings) -> Reading | None:
    """The figure whose numeral is token i, or None if it is not a quantity."""
    tok = tokens[i]
    if _not_a_quantity(tokens, i):
        return None
    parsed = parse_numeral(tok.text, scaled=bool(phrase_at(tokens, i + 1, lx.SCALES)))
    if parsed is None:
        return None
    value, step = parsed
    j, high_value, high_step = i + 1, None, step
    is_range_dash = j + 1 < len(tokens) and tokens[j].text in "-–" and tokens[j + 1].is_number and _glued(tokens, i, j)
    is_range_word = j + 1 < len(tokens) and tokens[j].key in _RANGE_TO and tokens[j + 1].is_number
    if is_range_word and not phrase_before(tokens, i, _BEFORE_RANGE):
        is_range_word = False
    if is_range_dash or is_range_word:
        if phrase_before(tokens, i, DATE_WORDS) or (_is_year(tok) and _is_year(tokens[j + 1])):
            return None  # "ngày 4-6", "2026-2030"
        other = parse_numeral(tokens[j + 1].text, scaled=True)
        if other is None or other[0] <= value:
            return None
        high_value, high_step, j = other[0], other[1], j + 2
    factor, used = _scale(tokens, j)
    j += used
    if _is_year(tok) and factor == 1.0 and phrase_at(tokens, j, {"%"} | set(lx.CURRENCIES)) == "":
        return None  # a year
    unit_read = _unit(tokens, j, scaled=used > 0)
    if unit_read is None:
        return None
    unit, unit_used, kind, noun = unit_read
    if kind == "amount" and not noun and unit == "" and used == 0:
        return None
    hedge, first = _hedge(tokens, i)
    change, verb_start = _change(tokens, first)
    if kind == "multiplier":
        if change not in ("up", "down"):
            return None  # "3 lần" = three times (occurrences), not a ratio
    elif change in ("up", "down") and kind in ("amount", "percent"):
        kind = "change"
    if high_value is not None:
        hedge_kind, hedge = "range", "từ" if is_range_word or phrase_before(tokens, i, _BEFORE_RANGE) else "range"
        low, high = value * factor, high_value * factor
        value = (value + high_value) / 2
    else:
        hedge_kind = lx.HEDGES.get(hedge, "exact")
        low, high = interval(value * factor, step * factor, hedge_kind, settings)
    value *= factor
    if kind == "change" and change == "down":
        value, low, high = -value, -high, -low
    if phrase_before(tokens, i, _BEFORE_RANGE) and high_value is not None:
        first = min(first, i - 1)
    modality = _modality(tokens, min(first, verb_start), hedge, clause_start)
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
