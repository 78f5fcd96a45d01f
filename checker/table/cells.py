"""The cells of claims.csv as text: numbers read strictly, and text that a spreadsheet would
run as a formula neutralised on the way out and restored on the way in.

Editors open claims.csv in spreadsheets. A document id, quote or note from an untrusted
article that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is a formula there
(`=HYPERLINK("http://x/0")` sends a click elsewhere; others run commands). As OWASP advises
(CSV injection), such a cell is written with a leading apostrophe, which spreadsheets show as
text; the reader takes it off again, so every value reads back as it was. To keep that
exact, a cell that already starts with apostrophes before such a character gets one more.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Sequence

from checker.grammar.numerals import MAX_VALUE

# A cell a spreadsheet would run: one of OWASP's formula characters first, after any apostrophes.
_FORMULA = re.compile(r"'*[=+\-@\t\r]")
_ESCAPED = re.compile(r"'+[=+\-@\t\r]")
_INFINITE = ("inf", "-inf")  # an interval without an end, as format_number writes it


def neutralised(text: str) -> str:
    """The cell as written: a leading apostrophe when a spreadsheet would run it as a formula."""
    return "'" + text if _FORMULA.match(text) else text


def restored(cell: str) -> str:
    """The value of a cell as `neutralised` wrote it."""
    return cell[1:] if _ESCAPED.match(cell) else cell


def whole_number(cell: str) -> int | None:
    """A whole number written in ASCII digits (at most 18, a minus sign allowed), or None."""
    digits = cell[1:] if cell[:1] == "-" else cell
    return int(cell) if digits.isdigit() and digits.isascii() and len(digits) <= 18 else None


def bounded_number(cell: str, infinite: bool = False) -> float | None:
    """A number within ±MAX_VALUE (±inf as "inf" and "-inf" when `infinite`), or None for text
    that is not one, NaN, or a number beyond the bound (1e400, 5,000 digits)."""
    if cell in _INFINITE:
        return float(cell) if infinite else None
    # float() also reads "6_85", "٩٥٠", " 5 ", "nan", "infinity": ASCII without "_" or spaces
    # leaves only the forms written here, and the others float() refuses or isfinite rejects.
    if not cell.isascii() or "_" in cell or cell != cell.strip() or len(cell) > 40:
        return None
    try:
        number = float(cell)
    except ValueError:
        return None
    return number if math.isfinite(number) and abs(number) <= MAX_VALUE else None


def csv_text(rows: Sequence[Sequence[object]]) -> str:
    """Rows as CSV text with "\\n" line ends, minimal quoting, and a lone carriage return in a
    cell quoted too: Python's csv writer (3.11) quotes a cell holding a newline but not one
    holding only a CR, which every reader then takes for the end of the row. A row with a CR
    is written with CRLF ends, which makes the writer quote it, and its end put back."""
    buffer = io.StringIO()
    plain = csv.writer(buffer, lineterminator="\n")
    for row in rows:
        if any(isinstance(cell, str) and "\r" in cell for cell in row):
            one = io.StringIO()
            csv.writer(one, lineterminator="\r\n").writerow(row)
            buffer.write(one.getvalue()[:-2] + "\n")
        else:
            plain.writerow(row)
    return buffer.getvalue()
