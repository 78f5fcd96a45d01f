"""Splitting Vietnamese news text into sentences.

A line break ends a unit (headlines, captions such as "Ảnh: VGP" and bylines have no
full stop); a Markdown mark opening a line ("# ", "> ", "- ") is not part of its
sentence. Inside a line, a sentence ends at `.`, `!`, `?`, `…` or the official ending
`./.`, followed by space and a capital, a digit or an opening quote; never inside a
number (`2,5`, `5.000`, `10/1/2026`), after an initial, or after a known abbreviation.
"""

from __future__ import annotations

import re

from checker.grammar.lexicon import ABBREVIATIONS
from checker.models import Document, Sentence, Span

# A terminator, its closing quotes or brackets, and (looked ahead, captured) the first
# letter or digit of what follows it, past spaces and one opening quote.
# (One character class first, so that the regex engine skips ahead to terminators fast.)
_END = re.compile(r"[.!?…](?:(?<=\.)/\.|[.!?…]*)[\"”’»)\]]*(?=\s+[\"“‘«(\[\-–—]?(\w))")
_WORD_CHARS = re.compile(r"[\w.]+")  # matched on the reversed text before a full stop
# A Markdown heading, quotation or list mark opening a line of a draft.
_MARKUP = re.compile(r"\s*(?:#{1,6}|>|[-*+])\s+(?=\S)")


def _is_boundary(line: str, nxt: str, stop: int) -> bool:
    """Whether the terminator ending at `stop` closes a sentence; `nxt` is the next letter or digit."""
    if not (nxt.isupper() or nxt.isdigit()):
        return False
    if line[stop - 1] != ".":
        return True
    before = _WORD_CHARS.match(line[max(0, stop - 41) : stop - 1][::-1])  # the word before the stop
    if before is None:
        return True
    parts = before.group(0)[::-1].rstrip(".").split(".")
    if all(len(p) == 1 and p.isupper() for p in parts):
        return False  # initials: "Nguyễn V. Anh", "H.R. McMaster"
    # an abbreviation, or a chain of titles ending in one: "TS.", "PGS.TS."; not "TP.HCM."
    return parts[-1].lower() not in ABBREVIATIONS and ".".join(parts).lower() not in ABBREVIATIONS


def _split_line(line: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(line):
        stop = match.start() + len(match.group(0).rstrip("\"”’»)]"))
        if _is_boundary(line, match.group(1), stop):
            spans.append((start, match.end()))
            start = match.end()
    spans.append((start, len(line)))
    return spans


def split_sentences(doc: Document) -> list[Sentence]:
    """The document's sentences in order, each with its offsets into `doc.text`."""
    sentences: list[Sentence] = []
    offset = doc.body_start
    paragraph = 0
    for line in doc.text[doc.body_start :].split("\n"):
        if line.strip():
            paragraph += 1
            for start, end in _split_line(line):
                piece = line[start:end]
                lead = len(piece) - len(piece.lstrip())
                if start == 0 and (marker := _MARKUP.match(piece)):
                    lead = marker.end()  # "# Tựa đề", "- Ý một": the words, not the Markdown marks
                text = piece[lead:].strip()
                if text:
                    begin = offset + start + lead
                    sentences.append(Sentence(doc.id, len(sentences) + 1, begin, begin + len(text), text, paragraph))
        offset += len(line) + 1
    return sentences


def sentence_spans(sentences: list[Sentence]) -> list[Span]:
    """Sentences without their text, to send or store (the reader has the document)."""
    return [(s.start, s.end, s.paragraph) for s in sentences]


def sentences_from_spans(doc: Document, spans: list[Span]) -> list[Sentence]:
    """The sentences of `sentence_spans`, their text sliced from the document."""
    return [Sentence(doc.id, i, start, end, doc.text[start:end], paragraph) for i, (start, end, paragraph) in enumerate(spans, 1)]
