"""Numerals as written in Vietnamese news: value, written precision (step), interval."""

from __future__ import annotations

import math
import re
import unicodedata

from checker.config import Settings

NUMERAL = re.compile(r"[0-9]+(?:[.,][0-9]+)*")
# Bounds on what a figure can be. The archive's longest numeral has 17 digits (20,000 articles);
# a longer one is a code or an attack (a 309-digit numeral overflows a float, a 5,000-digit
# one exceeds Python's int-from-text limit). A figure's value (in base units) is at most
# MAX_VALUE: the archive's largest is 6.8e19 (VND); beyond 1e24 a "figure" is a code or an attack.
MAX_DIGITS = 18
MAX_VALUE = 1e24


# Characters that show nothing (format characters, combining and enclosing marks, controls):
# glued between digits they split one written number in two.
_INVISIBLE = frozenset({"Cf", "Mn", "Me", "Cc"})


def invisible(char: str) -> bool:
    """Whether a character shows nothing by itself (U+200B, U+00AD, U+0301, U+202E)."""
    return unicodedata.category(char) in _INVISIBLE


YEARS = (1900, 2100)  # a four-digit numeral in this range may be a year


def is_year(numeral: str) -> bool:
    """Whether a numeral as written may be a year: four digits, 1900 to 2100."""
    return len(numeral) == 4 and numeral.isdigit() and numeral.isascii() and YEARS[0] <= int(numeral) <= YEARS[1]


def parse_numeral(text: str, scaled: bool) -> tuple[float, float] | None:
    """(value, step) of a numeral such as `2,5`, `5.000`, `1.318,1`; None if malformed or
    longer than MAX_DIGITS digits.

    Vietnamese writes a decimal comma and dot thousands; English-style leaks are read
    too: `16.5` (one dot, not three digits after) is a decimal, `118,000` with no scale
    word after it is thousands. The step is the precision the writer chose: `920` has a
    step of 10, `2,5` of 0.1, `5.000` of 1000.
    """
    if len(text) > MAX_DIGITS and sum(c.isdigit() for c in text) > MAX_DIGITS:
        return None  # a code, or beyond any figure (checked before int(), which could overflow)
    if text.isdigit():  # most numerals: no separator
        number = int(text)
        zeros = len(text) - len(text.rstrip("0")) if number else 0
        return float(number), 10.0**zeros
    seps = re.findall(r"[.,]", text)
    groups = re.split(r"[.,]", text)
    if not seps:
        integer, decimals = text, ""
    elif "." in seps and "," in seps:
        last = max(text.rfind("."), text.rfind(","))
        integer, decimals = re.sub(r"[.,]", "", text[:last]), text[last + 1 :]
        if any(len(g) != 3 for g in re.split(r"[.,]", text[:last])[1:]):
            return None
    elif len(seps) > 1:
        if any(len(g) != 3 for g in groups[1:]) or len(set(seps)) != 1:
            return None
        integer, decimals = "".join(groups), ""
    elif seps[0] == "." and len(groups[1]) == 3:
        integer, decimals = "".join(groups), ""  # 5.000
    elif seps[0] == "," and len(groups[1]) == 3 and not scaled and len(groups[0]) <= 3:
        integer, decimals = "".join(groups), ""  # 118,000 lượt: an English-style leak
    else:
        integer, decimals = groups[0], groups[1]
    value = float(f"{int(integer)}.{decimals}" if decimals else int(integer))
    if decimals:
        step = 10.0 ** -len(decimals.rstrip("0") or "0")
    else:
        zeros = len(integer) - len(integer.rstrip("0")) if int(integer) else 0
        step = 10.0**zeros
    return value, step


def interval(value: float, step: float, hedge_kind: str, settings: Settings) -> tuple[float, float]:
    """The interval a hedged figure asserts: offsets of the hedge kind, in steps.

    A bare figure of one significant digit ("10", "300", "5 tỷ") is read at one more digit:
    writers rarely round 13 to "10", so "10" is 9,5-10,5, not 5-15. "khoảng" of one
    significant digit is read at half its step: "khoảng 300" is 250-350, not 200-400 (two
    reports of one event, "khoảng 300 m" and "khoảng 400 m", disagree), and at most a
    quarter of its value either side: "khoảng 1.000 km/giờ" is 750-1.250, not 500-1.500 (a
    writer says "khoảng 1.400" of 1.400). Other hedged figures keep their step ("hơn 300"
    is 300-400)."""
    low_off, high_off = settings.width(hedge_kind)
    if hedge_kind == "exact" and value and abs(value) / step < 10:
        step /= 10
    elif hedge_kind == "around" and value and abs(value) / step < 10:
        step = min(step / 2, abs(value) / 4)
    low = value + low_off * step if math.isfinite(low_off) else -math.inf
    high = value + high_off * step if math.isfinite(high_off) else math.inf
    if value >= 0:
        low = max(low, 0.0)
    return low, high


def clean(value: float) -> float:
    """Round away binary noise from scaling (21.5e6 -> 21500000.0)."""
    if not math.isfinite(value) or value.is_integer():
        return value  # nothing to round (most figures: 350, 920e9)
    return round(value, max(0, 12 - math.floor(math.log10(abs(value)))))


UNIT_SCALES = ((1e12, "nghìn tỷ"), (1e9, "tỷ"), (1e6, "triệu"))


def show_value(value: float, unit: str) -> str:
    """920000000000, USD -> "920 tỷ USD"; 8.4, % -> "8,4%"."""
    for factor, word in UNIT_SCALES:
        if abs(value) >= factor and unit not in ("%", "lần"):
            return f"{_vn(value / factor)} {word} {unit}".rstrip()
    if unit == "%":
        return f"{_vn(value)}%"
    return f"{_vn(value)} {unit}".rstrip()


def show_number(number: float) -> str:
    """A number as Vietnamese writes it: 2.5 -> "2,5", 144.9 -> "144,9", 5000 -> "5.000"."""
    if abs(number) >= 1e6:
        for factor, word in UNIT_SCALES:
            if abs(number) >= factor:
                return f"{_vn(number / factor)} {word}"
    return _vn(number)


def _vn(number: float) -> str:
    text = f"{number:,.1f}".rstrip("0").rstrip(".") if abs(number) >= 10 else f"{number:,.3f}".rstrip("0").rstrip(".")
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")
