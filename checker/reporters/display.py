"""How people see figures, intervals, sentences and documents: one module every human-facing reporter uses.

The terminal, concise, HTML, JUnit and GitHub outputs all show a value in the figure's own scale
("920 tỷ USD", not "920000000000"), an interval the same way, the sentence with its figure
highlighted, and a document by its title beside its id. They call these functions, so that the
outputs cannot drift apart. JSON keeps base units and adds these texts beside them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from checker.models import Claim, Document, Sentence

# Scale words a figure is shown in, largest first: the words Vietnamese news writes.
SCALES: tuple[tuple[float, str], ...] = ((1e15, "triệu tỷ"), (1e12, "nghìn tỷ"), (1e9, "tỷ"), (1e6, "triệu"))
# Scale words as a quote may write them, longest first, with the factor each stands for.
WRITTEN_SCALES: tuple[tuple[str, float], ...] = (
    ("triệu tỷ", 1e15), ("triệu tỉ", 1e15), ("nghìn tỷ", 1e12), ("ngàn tỷ", 1e12), ("nghìn tỉ", 1e12), ("ngàn tỉ", 1e12),
    ("tỷ", 1e9), ("tỉ", 1e9), ("triệu", 1e6), ("nghìn", 1e3), ("ngàn", 1e3),
)
WORDS = {1e15: "triệu tỷ", 1e12: "nghìn tỷ", 1e9: "tỷ", 1e6: "triệu", 1e3: "nghìn", 1.0: ""}
# Units whose values are never scaled ("8,4%", "2,5 lần").
UNSCALED_UNITS = frozenset({"%", "lần", "điểm phần trăm"})
TITLE_WIDTH = 60  # characters of a title shown beside a document id


def format_number(value: float, scale: float | None = None) -> str:
    """A number as Vietnamese writes it: 2.5 -> "2,5", 5000 -> "5.000", 920e9 -> "920 tỷ".

    `scale` (1e9 for "tỷ") keeps the scale the writer chose; without it the largest that fits.
    """
    if math.isnan(value):
        return "?"
    if math.isinf(value):
        return "∞" if value > 0 else "−∞"
    factor = auto_scale(value) if scale is None else scale
    return f"{_digits(value / factor)} {WORDS.get(factor, '')}".rstrip()


def format_value(value: float, unit: str, scale: float | None = None) -> str:
    """A value with its unit, in its own scale: (920e9, "USD") -> "920 tỷ USD"; (8.4, "%") -> "8,4%"."""
    number = format_number(value, 1.0 if unit in UNSCALED_UNITS else scale)
    if unit == "%":
        return number + "%"
    return f"{number} {unit}".rstrip()


def format_interval(low: float, high: float, unit: str = "", scale: float | None = None) -> str:
    """An interval in one scale: "915 – 925 tỷ USD", "≥ 330 tỷ USD", "≤ 8,5%", "any value"."""
    if math.isinf(low) and math.isinf(high):
        return "any value"
    if unit in UNSCALED_UNITS:
        scale = 1.0
    if math.isinf(high):
        return "≥ " + format_value(low, unit, scale)
    if math.isinf(low):
        return "≤ " + format_value(high, unit, scale)
    if low == high:
        return format_value(low, unit, scale)
    factor = auto_scale(max(abs(low), abs(high))) if scale is None else scale
    return f"{format_number(low, factor).removesuffix(WORDS.get(factor, '')).rstrip()} – {format_value(high, unit, factor)}"


def auto_scale(value: float) -> float:
    """The largest scale word's factor that `value` reaches (1.0 below a million)."""
    return next((factor for factor, _ in SCALES if abs(value) >= factor), 1.0)


def written_scale(quote: str) -> float | None:
    """The factor of the scale word a quote writes ("1.318,1 tỷ USD" -> 1e9), None without one."""
    lowered = quote.lower()
    return next((factor for word, factor in WRITTEN_SCALES if word in lowered), None)


def claim_value(claim: Claim) -> str:
    """The claim's value with its unit, in the scale its quote writes."""
    return format_value(claim.value, claim.unit, written_scale(claim.quote))


def claim_interval(claim: Claim) -> str:
    """The interval the claim's hedge and written precision allow, in the scale its quote writes."""
    return format_interval(claim.low, claim.high, claim.unit, written_scale(claim.quote))


@dataclass(frozen=True)
class Highlighted:
    """A sentence cut around its figure: `before + figure + after` is the sentence."""

    before: str
    figure: str
    after: str

    @property
    def text(self) -> str:
        return self.before + self.figure + self.after


Parts = tuple[tuple[str, bool], ...]  # a sentence as pieces of text, True for a figure


def marked(claims: Sequence[Claim], sentences: dict[tuple[str, int], Sentence]) -> Parts:
    """The sentence of `claims` (claims of one sentence) cut into pieces, each figure marked; the
    quotes alone when the sentence is unknown.

    Offsets from an edited claim table may no longer fall in the sentence: the quote is then
    looked for in the sentence, and a figure not found there is left unmarked.
    """
    if not claims:
        return ()
    sentence = sentences.get((claims[0].doc, claims[0].sentence))
    if sentence is None:
        return tuple(part for c in claims for part in (((" … ", False),) if c is not claims[0] else ()) + ((c.quote, True),))
    text = sentence.text
    spans = sorted({span for c in claims if (span := _span(c, sentence)) is not None})
    parts: list[tuple[str, bool]] = []
    at = 0
    for start, end in spans:
        if start < at:
            continue  # overlapping quotes: the first one is marked
        parts += [(text[at:start], False), (text[start:end], True)]
        at = end
    parts.append((text[at:], False))
    return tuple(p for p in parts if p[0])


def _span(claim: Claim, sentence: Sentence) -> tuple[int, int] | None:
    text = sentence.text
    start, end = claim.start - sentence.start, claim.end - sentence.start
    if 0 <= start <= end <= len(text) and (not claim.quote or text[start:end] == claim.quote):
        return start, end
    found = text.find(claim.quote) if claim.quote else -1
    return (found, found + len(claim.quote)) if found >= 0 else None


def highlighted(claim: Claim, sentences: dict[tuple[str, int], Sentence]) -> Highlighted:
    """The claim's sentence with its figure cut out (`marked` for one claim); the quote alone when
    the sentence is unknown, the sentence unmarked when the quote is not in it."""
    parts = marked([claim], sentences)
    figures = [k for k, (_, figure) in enumerate(parts) if figure]
    if not figures:
        return Highlighted("".join(text for text, _ in parts), "", "")
    k = figures[0]
    return Highlighted("".join(t for t, _ in parts[:k]), parts[k][0], "".join(t for t, _ in parts[k + 1 :]))


def window_parts(parts: Parts, limit: int) -> Parts:
    """The sentence cut to about `limit` characters around its figures (first to last kept whole),
    the cut ends marked with "…" at a word boundary."""
    if sum(len(t) for t, _ in parts) <= limit or not any(f for _, f in parts):
        return parts
    first = next(k for k, (_, f) in enumerate(parts) if f)
    last = max(k for k, (_, f) in enumerate(parts) if f)
    middle = parts[first : last + 1]
    before, after = "".join(t for t, _ in parts[:first]), "".join(t for t, _ in parts[last + 1 :])
    room = max(0, limit - sum(len(t) for t, _ in middle))
    half = room // 2
    if len(before) > half:
        cut = before[-half:] if half else ""
        before = "…" + (cut.split(" ", 1)[1] if " " in cut[:-1] else cut)
    room = max(0, room - len(before))
    if len(after) > room:
        cut = after[:room]
        after = (cut.rsplit(" ", 1)[0] if " " in cut[1:] else cut) + "…"
    return tuple(p for p in ((before, False), *middle, (after, False)) if p[0])


def document_title(doc: Document | None, width: int = TITLE_WIDTH) -> str:
    """A document's title: its `title` field, else the first line of its body (a Markdown
    heading's "#" marks left out); cut to `width` characters."""
    if doc is None:
        return ""
    title = doc.title.strip() or next((line.strip() for line in doc.text[doc.body_start :].splitlines() if line.strip()), "")
    if not doc.title.strip() and title.startswith("#"):
        title = title.lstrip("#").strip() or title
    title = " ".join(title.split())
    return title if len(title) <= width else title[: width - 1].rstrip() + "…"


def document_label(doc_id: str, doc: Document | None, width: int = TITLE_WIDTH) -> str:
    """The id with its title beside it: `002_28fb32c3 “Ban Chỉ đạo Quốc gia …”`; the id alone when untitled."""
    title = document_title(doc, width)
    return f"{doc_id} “{title}”" if title else doc_id


def _digits(number: float) -> str:
    """Decimal comma and dot thousands, as few decimals as the value needs (binary noise rounded away)."""
    text = format(abs(round(number, 9)), ".12g")
    if "e" in text:
        text = format(abs(number), ".9f" if abs(number) < 1 else ".0f").rstrip("0").rstrip(".") or "0"
    whole, _, fraction = text.partition(".")
    sign = "−" if number < 0 and text.strip("0.") else ""
    return sign + f"{int(whole):,}".replace(",", ".") + ("," + fraction if fraction else "")


_WORDS = re.compile(r"[^\s,;()\"“”]+")  # the pieces of a message an id can be


def titled(text: str, documents: dict[str, Document], width: int = 40) -> str:
    """`text` with every document id it names followed by that document's title (a finding's message).

    An id counts only as a whole word (a document "c" is not the c of "các"), and the text is read
    once, so that a title naming another id is not rewritten in turn.
    """
    # With many documents, look up the message's words instead of scanning it for every id.
    if len(documents) > 64:
        named: Iterable[str] = {w for w in _WORDS.findall(text) if w in documents}
    else:
        named = (d for d in documents if d and d in text)
    ids = sorted((d for d in named if document_title(documents[d], width)), key=len, reverse=True)
    if not ids:
        return text
    pattern = re.compile(r"(?<![\w.-])(" + "|".join(re.escape(i) for i in ids) + r")(?![\w-])")
    return pattern.sub(lambda m: f"{m.group(1)} “{document_title(documents[m.group(1)], width)}”", text)


def window(marked: Highlighted, limit: int) -> Highlighted:
    """The sentence cut to about `limit` characters around its figure, cut ends marked with "…"."""
    if not marked.figure:
        return marked
    parts = window_parts(tuple(p for p in ((marked.before, False), (marked.figure, True), (marked.after, False)) if p[0]), limit)
    k = next(k for k, (_, f) in enumerate(parts) if f)
    return Highlighted("".join(t for t, _ in parts[:k]), parts[k][0], "".join(t for t, _ in parts[k + 1 :]))
