"""What a figure is about: its metric label and its period, read from its context.

The metric is a short label of what is counted and what was done ("ký kết thỏa thuận
hợp tác", "tổng kim ngạch xuất nhập khẩu"): the content words of the figure's clause
just before it, the counted noun, and the words that qualify the noun. The period is the
year the figure is about: a year in its clause, else the nearest before it in the
sentence, paragraph or document; "so với năm 2024" is a baseline, not the period.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from checker.config import Settings
from checker.grammar import lexicon as lx
from checker.grammar.figures import Reading
from checker.grammar.numerals import is_year
from checker.grammar.tokens import Phrases, Token, is_clause_break, phrase_at, phrase_before, size

_SKIP = Phrases(lx.METRIC_STOPWORDS | set(lx.HEDGES) | set(lx.MODALITY) | lx.QUALIFIERS)
_CHANGE_VERBS = Phrases(lx.MULTIPLIER_VERBS | lx.CHANGE_UP | lx.CHANGE_DOWN | lx.LEVEL_MARKERS)
_BOUNDARIES = Phrases(lx.METRIC_BOUNDARIES | set(lx.SPEAKER_VERBS))
_SAID = frozenset(lx.SPEAKER_VERBS)
# What a count's noun suffered, though its first word is a function word ("bị").
_TAIL_COMPOUNDS = Phrases({"bị thương", "qua đời"})
_NAME_ENDERS = lx.FUNCTION_WORDS | set(lx.HEDGES) | lx.METRIC_STOPWORDS | set(lx.MODALITY) | lx.METRIC_BOUNDARIES
_FIGURE_WORDS = Phrases(set(lx.SCALES) | set(lx.CURRENCIES) | set(lx.MEASURES) | {"lần"})


@dataclass(frozen=True, slots=True)
class YearMark:
    index: int  # token index of the year
    label: str  # "2025", "2025-Q1", "2025-H6M" (its first 6 months)
    baseline: bool
    scoped: bool = True  # puts its period in scope for the sentences after it
    month: str = ""  # "2025-05" of "tháng 5/2025", "tháng 5 năm 2025": the period of its own clause's figures
    clause_only: bool = False  # a month written as a date ("tháng 5/2025"): no period beyond its clause


def clause_breaks(tokens: list[Token], text: str) -> list[int]:
    """Indices of the tokens that end a clause, in order (punctuation only: one cheap pass)."""
    return [i for i, tok in enumerate(tokens) if not (tok.is_word or tok.is_number) and is_clause_break(tokens, i, text)]


def clause_bounds(breaks: list[int], i: int, count: int) -> tuple[int, int]:
    """Token indices [start, end) of the clause around token i, given the clause breaks
    of a sentence of `count` tokens."""
    k = bisect_left(breaks, i)  # breaks[k] is the first break at or after i
    start = breaks[k - 1] + 1 if k > 0 else 0
    end = breaks[k] if k < len(breaks) else count
    return start, end


# Words just before "tháng 5/2017" that make it the date of an event ("hồi tháng 12/2015",
# "kể từ tháng 9/2014", "giá dầu giao tháng 8/2017"), or part of a month ("đầu tháng 5/2017"),
# not the month a figure is of.
_EVENT_MONTH = frozenset({"hồi", "vào", "từ", "tới", "đến", "giao", "kể", "sau", "trước", "đầu", "giữa", "cuối", "nửa"})


# Words just before "năm 2002" that make it the year of an event told in passing ("kỷ lục
# được lập vào năm 2002", "hồi năm 2015", "kể từ năm 2010"): the period of its own
# sentence's figures, not of the sentences after it.
_EVENT_YEAR = frozenset({"hồi", "vào", "từ", "kể", "sau", "trước"})


def _month(tokens: list[Token], k: int) -> str:
    """The month of "tháng 5/2017" or "tháng 5 năm 2017" whose year is tokens[k] ("2017-05"),
    or "" (none, or the date of an event: _EVENT_MONTH)."""
    if k < 3 or tokens[k - 3].key != "tháng" or tokens[k - 1].key not in ("/", "năm"):
        return ""
    if any(t.key in _EVENT_MONTH for t in tokens[max(0, k - 5) : k - 3]):
        return ""
    month = tokens[k - 2].text
    return f"{tokens[k].text}-{int(month):02d}" if month.isdigit() and 1 <= int(month) <= 12 else ""


def _year_label(tokens: list[Token], k: int) -> str:
    year = tokens[k].text
    if k >= 3 and tokens[k - 1].text in ("/", "năm") and tokens[k - 3].key == "quý":
        quarter = lx.QUARTERS.get(tokens[k - 2].key)  # "quý I/2025", "quý 2 năm 2017"
        return f"{year}-Q{quarter}" if quarter else year
    if k >= 4 and tokens[k - 1].key == "năm" and tokens[k - 2].key in ("đầu", "cuối") and tokens[k - 3].key == "tháng":
        months = tokens[k - 4].text
        months = str(lx.MONTH_COUNT_WORDS.get(tokens[k - 4].key, months))
        if months.isdigit():
            return f"{year}-{'H' if tokens[k - 2].key == 'đầu' else 'L'}{months}M"
    return year


def year_marks(tokens: list[Token], readings: list[Reading]) -> list[YearMark]:
    """Every year the sentence names as a time ("năm 2025", "quý I/2025"), not dates of events.

    A year after "so với", or right after a multiplier or change ("gấp 2,5 lần năm 2024"),
    is a baseline. Only a year after "năm" (or a quarter, a month) puts a period in scope
    for the sentences after it; a bare year ("nhiệm vụ 2026") counts in its own clause.
    """
    relative_ends = {r.last for r in readings if r.kind in ("multiplier", "change", "points")}
    spans = _span_years(tokens)
    marks: list[YearMark] = []
    for k in [k for k, tok in enumerate(tokens) if tok.is_number and len(tok.text) == 4]:
        if not is_year(tokens[k].text) or k in spans:
            continue
        month = _month(tokens, k)
        dated = k >= 2 and tokens[k - 1].text == "/" and tokens[k - 2].is_number
        if dated and not month:
            continue  # 10/1/2026: the date of an event
        if born(tokens, k):
            continue  # "tiền đạo sinh năm 1998", "Nguyễn Văn A (SN 1990)": a birth, no time figures are of
        if k + 1 < len(tokens) and tokens[k + 1].text in "-–" and k + 2 < len(tokens) and tokens[k + 2].is_number:
            continue  # 2026-2030: a span
        baseline = _compared_with(tokens, k) or k in relative_ends or (k - 1 in relative_ends and tokens[k - 1].key == "năm")
        scoped = (k > 0 and tokens[k - 1].key == "năm") or tokens[k - 1].text == "/"
        if k > 1 and tokens[k - 1].key == "năm" and tokens[k - 2].key in _EVENT_YEAR:
            scoped = False  # "được lập vào năm 2002": an event's year, of its own sentence only
        # ("tháng 5/2017" is a month's figures in its clause, "xuất khẩu tháng 5/2017 ước đạt
        # 538.000 tấn", and elsewhere the date of an event, "Gia nhập thị trường tháng 12/2008")
        marks.append(YearMark(k, _year_label(tokens, k), baseline, scoped and not dated, month, dated))
    return marks


def _compared_with(tokens: list[Token], k: int) -> bool:
    """Whether the time at token k is compared with: "so với" among the words before it,
    back to a punctuation mark ("so với thời điểm quý I/2017"; not "so với năm trước, năm
    2025")."""
    before = tokens[max(0, k - 8) : k]
    cut = max((i + 1 for i, t in enumerate(before) if t.text in ",;()"), default=0)
    return "so với" in " ".join(t.key for t in before[cut:])


def born(tokens: list[Token], k: int) -> bool:
    """Whether the year at tokens[k] is a birth year: after "sinh năm", "sinh" or "SN"."""
    before = [t.key for t in tokens[max(0, k - 2) : k]]
    return before[-1:] in (["sinh"], ["sn"]) or before == ["sinh", "năm"]


SPAN_REACH = 5  # tokens between "từ" and its year, and between that year and "đến"/"tới"
_SPAN_ENDS = frozenset({"đến", "tới"})
_YEAR_TAIL = re.compile(r"(?:\d{1,2}[./-])?((?:19|20)\d\d)")  # "2010", "9.2010", "2-2014"


def _span_years(tokens: list[Token]) -> set[int]:
    """Token indices of the two years that bound a span ("từ năm 2008 đến năm 2010", "từ
    2008 đến tháng 9.2010"): a figure told of a span is of no one year."""
    found: set[int] = set()
    for k, tok in enumerate(tokens):
        if tok.key != "từ":
            continue
        start = next((j for j in range(k + 1, min(k + 1 + SPAN_REACH, len(tokens))) if _is_year_token(tokens[j])), None)
        if start is None:
            continue
        to = next((j for j in range(start + 1, min(start + 1 + SPAN_REACH, len(tokens))) if tokens[j].key in _SPAN_ENDS), None)
        if to is None:
            continue
        end = [j for j in range(to + 1, min(to + 1 + SPAN_REACH, len(tokens))) if _is_year_token(tokens[j])]
        if end:  # ("từ đầu năm 2017 đến nay" is this year so far: of 2017)
            found.update((start, *end))
    return found


def _is_year_token(tok: Token) -> bool:
    match = _YEAR_TAIL.fullmatch(tok.text) if tok.is_number else None
    return match is not None and is_year(match.group(1))


def period_in_sentence(marks: list[YearMark], reading: Reading, clause: tuple[int, int]) -> str:
    """The period a figure is about, from the years of its own sentence ("" if none)."""
    relative = reading.kind in ("multiplier", "change")
    candidates = [m for m in marks if not m.baseline and not (relative and m.index >= reading.last)]
    in_clause = [m for m in candidates if clause[0] <= m.index < clause[1]]
    if in_clause:
        nearest = min(in_clause, key=lambda m: abs(m.index - reading.number))
        return nearest.month or nearest.label
    before = [m for m in candidates if m.index < reading.first and not m.clause_only]
    return before[-1].label if before else ""


def parts_of_year(tokens: list[Token]) -> list[tuple[int, str]]:
    """(token index, part) of every part of a year the sentence names without its year
    (`_part_of_year`: "quý II", "6 tháng đầu năm", "6 tháng qua"), but those compared with
    ("so với quý I", "cao hơn quý I": a baseline). Read once a sentence, for `quarter_of`."""
    found = []
    for k in range(len(tokens) - 1):
        part = _part_of_year(tokens, k)
        if not part:
            continue
        if _compared_with(tokens, k) or (k > 0 and tokens[k - 1].key in ("hơn", "với")):
            continue
        found.append((k, part))
    return found


def quarter_of(parts: list[tuple[int, str]], reading: Reading, clause: tuple[int, int], period: str) -> str:
    """`period`, narrowed to the part of its year the sentence names without the year
    (`parts_of_year`): a quarter ("Riêng quý II, GDP tăng 6,17%" after "6 tháng đầu năm
    2017": 2017-Q2) or the first months ("xuất khẩu 6 tháng đầu năm", "6 tháng qua" in an
    article of 2017: 2017-H6M, never one told of five months); the part in the figure's
    clause, else the last one before it."""
    if not parts or (len(period) != 4 and period[4:6] not in ("-H", "-L")):
        return period  # none named; no year known, or already a quarter or a month
    in_clause = [q for k, q in parts if clause[0] <= k < clause[1]]
    earlier = [q for k, q in parts if k < reading.first]
    part = in_clause[0] if in_clause else (earlier[-1] if earlier else "")
    if not part or (part.startswith("H") and len(period) > 4):
        return period  # (months counted within a quarter or a half already named stay as they are)
    return f"{period[:4]}-{part}"


def _part_of_year(tokens: list[Token], k: int) -> str:
    """The part of a year told at token k without its year: "quý II" (Q2), "6 tháng đầu
    năm" or "6 tháng qua" (H6M); "" for anything else, and for one whose year follows
    (`_year_label` reads those)."""
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if nxt is None:
        return ""
    if tokens[k].key == "quý":
        quarter = lx.QUARTERS.get(nxt.key)
        dated = k + 2 < len(tokens) and (tokens[k + 2].text == "/" or tokens[k + 2].key == "năm")
        return f"Q{quarter}" if quarter and not dated else ""
    if nxt.key != "tháng" or k + 2 >= len(tokens):
        return ""
    months = lx.MONTH_COUNT_WORDS.get(tokens[k].key) or (int(tokens[k].text) if tokens[k].text.isdigit() else 0)
    if not 1 < months < 12:
        return ""
    rest = [t.key for t in tokens[k + 2 : k + 4]]
    if rest[:1] == ["qua"] or (rest == ["đầu", "năm"] and not (k + 4 < len(tokens) and tokens[k + 4].is_number)):
        return f"H{months}M"
    return ""


def baseline_of(tokens: list[Token], reading: Reading, marks: list[YearMark], period: str, clause_end: int) -> str:
    """For a multiplier or change: the period it compares with."""
    if reading.kind not in ("multiplier", "change", "points"):
        return ""
    after = [m for m in marks if reading.last <= m.index < min(clause_end, reading.last + 8)]
    if after and not ("cùng kỳ" in " ".join(t.key for t in tokens[reading.last : after[0].index]) and len(period) > 4):
        return after[0].month or after[0].label  # ("so với tháng 4/2017": 2017-04)
    window = " ".join(t.key for t in tokens[reading.last : reading.last + 6])
    if after and "cùng kỳ" in window and len(period) > 4 and after[0].label == period[:4]:
        return after[0].label + period[4:]  # "5 tháng đầu năm 2017 ... so với cùng kỳ năm 2016": 2016-H5M
    if any(window.startswith(p) for p in lx.SAME_PERIOD_AGO) and period[:4].isdigit():
        return str(int(period[:4]) - 1) + period[4:]
    return ""


def subject_names(names: list[tuple[int, str]], reading: Reading) -> str:
    """The sentence's names (see `sentence_names`) that stand before the figure, "; "-joined."""
    return "; ".join(sorted({name for end, name in names if end <= reading.first}))


def sentence_names(tokens: list[Token]) -> list[tuple[int, str]]:
    """Proper names of a sentence, as (index after the name, name): runs of capitalized words.

    A lone capitalized word opening the sentence ("Trong", "Năm") is not a name, nor is a
    source ("Theo Cục Thống kê, ...") or a title or institution ("Thủ tướng", "Bộ").
    """
    names: list[tuple[int, str]] = []
    run: list[Token] = []
    attribution = False  # inside "Theo Cục Du lịch, ...": the source, not the subject
    for k, tok in enumerate(tokens):
        if tok.key == "theo":
            attribution = True
        elif tok.text in ",;:":
            attribution = False
        if tok.is_word and tok.text[0].isupper() and not tok.is_acronym:
            run.append(tok)
            continue
        if run:
            # "Cục Du| lịch": a name going on in lower case is cut, not kept; "Mỹ| khoảng" is whole
            whole = not tok.is_word or tok.key in _NAME_ENDERS
            if whole and not attribution:
                _add_name(names, run, k, opens_sentence(tokens, k - len(run)))
            run = []
    if run and not attribution:
        _add_name(names, run, len(tokens), opens_sentence(tokens, len(tokens) - len(run)))
    return names


def opens_sentence(tokens: list[Token], k: int) -> bool:
    """Whether the token at k opens the sentence: nothing but punctuation before it (an
    opening quote: "“Sau 2 năm ...")."""
    return not any(t.is_word for t in tokens[:k])


def _add_name(names: list[tuple[int, str]], run: list[Token], k: int, first: bool) -> None:
    """A run of capitalized words ending before k is a name, unless it is the sentence's
    first word alone ("Trong", "Sau") or opens with a title word."""
    if not (len(run) == 1 and first) and run[0].key not in lx.TITLE_WORDS:
        names.append((k, " ".join(t.text for t in run)))


def _words(tokens: list[Token], idx: list[int]) -> list[str]:
    return [tokens[k].text if tokens[k].is_acronym else tokens[k].key for k in idx]


def _left_context(tokens: list[Token], start: int, clause_start: int, settings: Settings) -> list[int]:
    picked: list[int] = []
    possessor_seen = False
    crossed = False  # a boundary passed before any word was picked ("17 người chết và| hơn 70 ...")
    k = start
    while k > clause_start and len(picked) < settings.context_words:
        if not picked:
            verb = phrase_before(tokens, k, _CHANGE_VERBS)
            if verb:
                k -= size(verb)
                continue
        tok = tokens[k - 1]
        if tok.key in lx.QUARTERS and k >= 2 and tokens[k - 2].key == "quý" and not tok.is_number:
            k -= 1
            continue  # "doanh thu quý II đạt ...": the period, not a metric word
        if tok.is_number and _counts_time(tokens, k - 1):
            k -= 1
            continue  # "xuất khẩu 5 tháng đầu năm đạt ...", "doanh thu quý 1 đạt ...": the period, not a figure
        if (tok.is_number and not is_year(tok.text)) or phrase_before(tokens, k, _FIGURE_WORDS):
            if crossed:
                return []  # "17 người thiệt mạng và hơn 70 người bị thương": the words are the other figure's
            break  # another figure ("237 triệu USD, tương đương ..."): its words are not ours
        skip = phrase_before(tokens, k, _SKIP)
        boundary = phrase_before(tokens, k, _BOUNDARIES)
        if boundary and len(boundary) >= len(skip):
            if boundary in _SAID:
                break  # "Cảnh sát cho biết đã có 17 người thiệt mạng": who says it is not the metric
            if boundary == "của" and picked and not possessor_seen:
                possessor_seen = True  # "xuất khẩu gạo của cả nước đạt ...": the possessor is not the metric
                picked = []
                k -= 1
                continue
            if picked:
                break
            crossed = True
            k -= size(boundary)
            continue
        if skip:
            k -= size(skip)
            continue
        if not tok.is_word or tok.is_number:
            k -= 1
            continue
        if tok.is_capitalized and k - 1 > clause_start:
            if not picked and not possessor_seen:
                k -= 1
                continue  # "của Việt Nam đạt ...": a name next to the figure is its subject
            break  # a proper name: the subject, not the metric
        picked.append(k - 1)
        k -= 1
    return sorted(picked)


def _counts_time(tokens: list[Token], k: int) -> bool:
    """Whether the number at k counts time ("5 tháng", "2 năm") or numbers one ("quý 1")."""
    after = tokens[k + 1].key if k + 1 < len(tokens) else ""
    before = tokens[k - 1].key if k > 0 else ""
    return after in lx.TIME_UNITS or before in ("quý", "tháng")


def _tail(tokens: list[Token], start: int, clause_end: int, settings: Settings) -> list[int]:
    picked: list[int] = []
    k = start
    while k < clause_end and len(picked) < settings.tail_words:
        compound = phrase_at(tokens, k, _TAIL_COMPOUNDS)
        if compound:
            picked.extend(range(k, k + size(compound)))  # "70 người bị thương": "bị" is no function word here
            k += size(compound)
            continue
        tok = tokens[k]
        if not tok.is_word or tok.is_number or (tok.is_capitalized and not tok.is_acronym):
            break
        if tok.key in lx.FUNCTION_WORDS or tok.key in lx.METRIC_BOUNDARIES or tok.key in lx.HEDGES or tok.key == "năm":
            break
        picked.append(k)
        k += 1
    return picked


def metric_label(tokens: list[Token], reading: Reading, clause: tuple[int, int], settings: Settings) -> str:
    """The metric of a figure: left context, counted noun, and the noun's qualifiers."""
    left = _left_context(tokens, reading.first, clause[0], settings)
    words = _words(tokens, left)
    if reading.noun:
        words += [reading.unit]
        words += _words(tokens, _tail(tokens, reading.last, clause[1], settings))
    return " ".join(words)
