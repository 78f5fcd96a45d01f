"""Stage: sentences -> mentions. Every figure of a document with its metric and period."""

from __future__ import annotations

import re
from collections import Counter

from checker.config import Settings
from checker.grammar.about import (
    YearMark,
    baseline_of,
    clause_bounds,
    clause_breaks,
    metric_label,
    parts_of_year,
    period_in_sentence,
    quarter_of,
    sentence_names,
    subject_names,
    year_marks,
)
from checker.grammar.figures import Reading, may_hold_figure, read_figure, read_word_multiplier
from checker.grammar.lexicon import TITLE_WORDS
from checker.grammar.normalize import fold
from checker.grammar.numerals import is_year
from checker.grammar.tokens import Token, tokenize
from checker.models import Document, Mention, Sentence

_DIGIT = re.compile(r"[0-9]")  # the digits the tokenizer reads as numerals
# A year after "năm" or "/" (folded text): only such a year puts a period in scope (see
# `year_marks`), so a sentence without one is not worth tokenizing for its period.
_SCOPED_YEAR = re.compile(r"(?:năm|/)\s*([0-9]{4})")
# "năm nay" (this year): the year the article is published in, not a year an earlier
# sentence named ("điểm chuẩn năm 2016 là 22,5 điểm. Năm nay, dự kiến ... 24 - 29 điểm").
_THIS_YEAR = re.compile(r"(?<!\w)năm nay(?!\w)")
_RELATIVE = ("multiplier", "change", "points")


def _readings(tokens: list[Token], breaks: list[int], settings: Settings) -> list[Reading]:
    found: list[Reading] = []
    for i in [i for i, tok in enumerate(tokens) if tok.is_number or tok.key == "gấp"]:
        if found and i < found[-1].last:
            continue
        clause_start = clause_bounds(breaks, i, len(tokens))[0]
        read = read_figure(tokens, i, clause_start, settings) if tokens[i].is_number else None
        reading = read or read_word_multiplier(tokens, i, clause_start)
        if reading is not None:
            found.append(reading)
    return found


def _strong_break_between(tokens: list[Token], a: int, b: int) -> bool:
    """A ";" or ":" between two figures: a multiplier after it is not about the first."""
    return any(tokens[k].text in ";:" for k in range(a, b))


def mentions_in_sentence(
    sentence: Sentence, fallback_period: str, settings: Settings, this_year: str = ""
) -> tuple[list[Mention], str]:
    """The sentence's mentions, and the period it leaves in scope for what follows. A
    sentence that says "năm nay" is of `this_year` (its article's; "" when undated), not of
    the year in scope before it."""
    lowered = sentence.text.lower()
    if "năm nay" in lowered and _THIS_YEAR.search(fold(sentence.text)):
        fallback_period = this_year
    if not _DIGIT.search(sentence.text) and "gấp" not in lowered:
        return [], fallback_period  # no figure and no year: nothing to read
    if not may_hold_figure(sentence.text) and "gấp" not in lowered:
        scoped = any(is_year(m.group(1)) for m in _SCOPED_YEAR.finditer(fold(sentence.text)))
        if not scoped and not sentence.text.rstrip().endswith("/"):
            return [], fallback_period  # only dates, codes and years that scope nothing
        return [], _in_scope(year_marks(tokenize(sentence.text), []), fallback_period)
    tokens = tokenize(sentence.text)
    breaks = clause_breaks(tokens, sentence.text)
    readings = _readings(tokens, breaks, settings)
    marks = year_marks(tokens, readings)
    if not readings:
        return [], _in_scope(marks, fallback_period)
    names = sentence_names(tokens)
    out: list[Mention] = []
    subject: Mention | None = None
    subject_end = -1
    parts = parts_of_year(tokens)
    for reading in readings:
        clause = clause_bounds(breaks, reading.number, len(tokens))
        period = quarter_of(parts, reading, clause, period_in_sentence(marks, reading, clause) or fallback_period)
        metric = metric_label(tokens, reading, clause, settings)
        inherits = reading.kind in _RELATIVE and subject is not None and not metric
        if inherits and subject is not None and not _strong_break_between(tokens, subject_end, reading.first):
            metric, period = subject.metric, subject.period  # "350 thỏa thuận, gấp 2,5 lần": about the 350
        start = tokens[reading.first].start
        end = tokens[reading.last - 1].end
        mention = Mention(
            doc=sentence.doc, sentence=sentence.index, start=sentence.start + start, end=sentence.start + end,
            quote=sentence.text[start:end], value=reading.value, low=reading.low, high=reading.high,
            unit=reading.unit, hedge=reading.hedge, hedge_kind=reading.hedge_kind, modality=reading.modality,
            kind=reading.kind, metric=metric, period=period,
            baseline=baseline_of(tokens, reading, marks, period, clause[1]), subject=subject_names(names, reading),
        )
        out.append(mention)
        if reading.kind not in _RELATIVE:
            subject, subject_end = mention, reading.last
    return out, _in_scope(marks, fallback_period)


def _in_scope(marks: list[YearMark], fallback_period: str) -> str:
    """The period a sentence leaves in scope: its last scoped year that is not a baseline."""
    in_scope = [m.label for m in marks if m.scoped and not m.baseline]
    return in_scope[-1] if in_scope else fallback_period


def extract_mentions(doc: Document, sentences: list[Sentence], settings: Settings) -> list[Mention]:
    """All mentions of a document, in order. Pure: same input, same output."""
    mentions: list[Mention] = []
    doc_period, para_period, paragraph = "", "", -1
    for sentence in sentences:
        if sentence.paragraph != paragraph:
            paragraph, para_period = sentence.paragraph, ""
        found, left = mentions_in_sentence(sentence, para_period or doc_period, settings, doc.date[:4])
        mentions.extend(found)
        if left:
            para_period = doc_period = left
    if all(m.subject for m in mentions):
        return mentions
    names = document_names(doc.text[doc.body_start :])
    return [m if m.subject else _with_subject(m, names) for m in mentions]


def _with_subject(m: Mention, subject: str) -> Mention:
    """`dataclasses.replace(m, subject=subject)`, without its per-field lookups."""
    return Mention(
        m.doc, m.sentence, m.start, m.end, m.quote, m.value, m.low, m.high, m.unit, m.hedge, m.hedge_kind,
        m.modality, m.kind, m.metric, m.period, m.baseline, subject,
    )


_UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
# Runs of two or more capitalized words ("Hà-Nội" alone is one word, and is dropped below).
# (The capital is matched before the look-behind: most positions fail on it, cheaply.)
_NAME_RUN = re.compile(rf"[{_UPPER}](?<![\w.][{_UPPER}])[^\W\d_]*(?:[ -][{_UPPER}][^\W\d_]*)+")


def document_names(text: str, top: int = 3) -> str:
    """The names a document is mostly about: its most frequent runs of capitalized words
    (seen at least twice), for figures whose own sentence names nothing."""
    counts = Counter(
        run for run in _NAME_RUN.findall(text)
        if " " in run  # one capitalized word is as often a sentence opener or "Nghị quyết"
    )
    names = [
        name for name, n in counts.most_common()
        if n >= 2 and fold(name.split()[0]) not in TITLE_WORDS
    ]
    return "; ".join(sorted(names[:top]))

