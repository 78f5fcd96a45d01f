"""Syllable tokens of a sentence, with offsets, and phrase lookups over them."""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import NamedTuple

from checker.lexicon import MEASURES
from checker.normalize import fold

# A numeral is a token only when no letter is glued to it: "20h", "D1", "6x36" are words.
# A measure symbol may be glued, though: "200ha", "40kg", "79km/h" are a numeral and a unit.
_GLUED_UNIT = "|".join(sorted((m for m in MEASURES if m.isascii() and m.isalnum()), key=len, reverse=True))
_TOKEN = re.compile(
    rf"\d+(?:[.,]\d+)*(?=(?i:{_GLUED_UNIT})(?!\w))|\d+(?:[.,]\d+)*(?!\w)|\w+|%|[^\w\s]"
)
NUMERAL_TOKEN = re.compile(r"\d+(?:[.,]\d+)*")
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
    if len(folded) != len(text):  # not NFC: fold token by token
        return [_token(m.start(), m.end(), m.group(0), fold(m.group(0))) for m in _TOKEN.finditer(text)]
    return [_token(m.start(), m.end(), m.group(0), folded[m.start() : m.end()]) for m in _TOKEN.finditer(text)]


def _token(start: int, end: int, text: str, key: str) -> Token:
    return Token(start, end, text, key, text[0].isalpha(), NUMERAL_TOKEN.fullmatch(text) is not None)


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


def phrase_before(tokens: list[Token], end: int, phrases: Collection[str]) -> str:
    """The longest phrase of `phrases` made of the tokens just before index `end`, or ""."""
    longest, phrase = "", ""
    for k in range(end - 1, max(end - MAX_PHRASE, 0) - 1, -1):
        tok = tokens[k]
        if not tok.is_word:
            break
        phrase = f"{tok.key} {phrase}" if phrase else tok.key
        if phrase in phrases:
            longest = phrase
    return longest


def phrase_at(tokens: list[Token], start: int, phrases: Collection[str]) -> str:
    """The longest phrase of `phrases` made of the tokens from index `start`, or ""."""
    longest, phrase = "", ""
    for k in range(start, min(start + MAX_PHRASE, len(tokens))):
        tok = tokens[k]
        if not (tok.is_word or tok.text == "%"):
            break
        phrase = f"{phrase} {tok.key}" if phrase else tok.key
        if phrase in phrases:
            longest = phrase
    return longest


def size(phrase: str) -> int:
    """How many tokens a phrase spans."""
    return len(phrase.split()) if phrase else 0
