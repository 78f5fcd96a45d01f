"""Syllable tokens of a sentence, with offsets, and phrase lookups over them."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from checker.grammar.lexicon import MEASURES
from checker.grammar.normalize import fold

# A numeral is a token only when no letter is glued to it: "20h", "D1", "6x36" are words.
# A measure symbol may be glued, though: "200ha", "40kg", "79km/h" are a numeral and a unit.
_GLUED_UNIT = "|".join(sorted((m for m in MEASURES if m.isascii() and m.isalnum()), key=len, reverse=True))
# Digits are ASCII only: "٩٥٠" (Arabic-Indic), "９５０" (fullwidth) are words, not numerals; the
# archive writes none (0 in 20,000 articles), and Python's \d would read them as 950.
NUMERAL = rf"[0-9]+(?:[.,][0-9]+)*(?=(?i:{_GLUED_UNIT})(?!\w))|[0-9]+(?:[.,][0-9]+)*(?!\w)"
# NUMERAL after its first digit: a pattern that opens with `[0-9]` is scanned for fast.
NUMERAL_TAIL = rf"[0-9]*(?:[.,][0-9]+)*(?=(?i:{_GLUED_UNIT})(?!\w))|[0-9]*(?:[.,][0-9]+)*(?!\w)"
# Group 1: a numeral; group 2: a word; neither: "%" or a punctuation mark.
_TOKEN = re.compile(rf"([0-9](?:{NUMERAL_TAIL}))|(\w+)|[^\w\s]")  # ("%" is a mark too)
CLAUSE_PUNCT = frozenset(",;:()[]\"“”‘’«»!?….")
MAX_PHRASE = 4


class Token(NamedTuple):  # a tuple: built ~30 times per sentence, it must be cheap
    start: int  # offset in the sentence
    end: int
    text: str
    key: str  # folded: NFC, new-style tones, lower case
    is_word: bool = False  # starts with a letter
    is_number: bool = False  # a numeral such as 2,5 or 5.000

    @property
    def is_acronym(self) -> bool:
        return len(self.text) > 1 and self.text.isupper()

    @property
    def is_capitalized(self) -> bool:
        return self.text[0].isupper() and not self.is_acronym


def tokenize(text: str) -> list[Token]:
    """The sentence's tokens: numerals, words (syllables) and punctuation marks."""
    folded = fold(text)
    if len(folded) != len(text):  # not NFC: each key is folded alone
        return [_token(text, m.start(), m.end(), fold(m.group()), m.lastindex) for m in _TOKEN.finditer(text)]
    # NFC input, the usual case: keys are slices of the folded sentence. The hot loop of the
    # grammar: spans and groups first, in one comprehension, then tuples built without a call.
    new = tuple.__new__
    return [
        new(Token, (start, end, text[start:end], folded[start:end], group == 2 and text[start].isalpha(), group == 1))
        for (start, end), group in [(m.span(), m.lastindex) for m in _TOKEN.finditer(text)]
    ]


def _token(text: str, start: int, end: int, key: str, group: int | None) -> Token:
    return Token(start, end, text[start:end], key, group == 2 and text[start].isalpha(), group == 1)


def is_clause_break(tokens: list[Token], i: int, text: str) -> bool:
    """Punctuation that ends a clause; a dash only when spaced ("A - B", not "thương mại-đầu tư")."""
    tok = tokens[i]
    if tok.text in CLAUSE_PUNCT:
        return True
    if tok.text in "-–—":
        before = text[tok.start - 1 : tok.start]
        after = text[tok.end : tok.end + 1]
        return before.isspace() and after.isspace()
    return False


class Phrases:
    """A table's phrases (syllables joined by spaces), indexed by the syllables they start
    and end with: most positions of a sentence are rejected by one set lookup, before
    any phrase is built."""

    __slots__ = ("firsts", "lasts", "longest", "words")

    def __init__(self, phrases: Iterable[str]) -> None:
        self.words = frozenset(phrases)
        self.firsts = frozenset(p.split(" ")[0] for p in self.words)
        self.lasts = frozenset(p.split(" ")[-1] for p in self.words)
        self.longest = min(MAX_PHRASE, max((len(p.split(" ")) for p in self.words), default=0))

    def __contains__(self, phrase: object) -> bool:
        return phrase in self.words


def phrase_before(tokens: list[Token], end: int, phrases: Phrases) -> str:
    """The longest phrase of `phrases` made of the tokens just before index `end`, or ""."""
    if end <= 0 or tokens[end - 1].key not in phrases.lasts:
        return ""
    longest, phrase = "", ""
    for k in range(end - 1, max(end - phrases.longest, 0) - 1, -1):
        tok = tokens[k]
        if not tok.is_word:
            break
        phrase = f"{tok.key} {phrase}" if phrase else tok.key
        if phrase in phrases.words:
            longest = phrase
    return longest


def phrase_at(tokens: list[Token], start: int, phrases: Phrases) -> str:
    """The longest phrase of `phrases` made of the tokens from index `start`, or ""."""
    if start >= len(tokens) or tokens[start].key not in phrases.firsts:
        return ""
    longest, phrase = "", ""
    for k in range(start, min(start + phrases.longest, len(tokens))):
        tok = tokens[k]
        if not (tok.is_word or tok.text == "%"):
            break
        phrase = f"{phrase} {tok.key}" if phrase else tok.key
        if phrase in phrases.words:
            longest = phrase
    return longest


def size(phrase: str) -> int:
    """How many tokens a phrase spans."""
    return len(phrase.split()) if phrase else 0
