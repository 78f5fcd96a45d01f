"""Untrusted text made safe to print: control, format and bidi characters shown as escapes.

Document text, ids, titles, dates, file names and claims.csv cells come from outside. Printed
raw, an ESC sequence clears the screen, sets the window title, plants a hyperlink or hides the
text after it; a bidi override (U+202E) makes "exe.txt" read as "txt.exe"; a zero-width
character hides inside a figure. Every text reporter (terminal, github, junit) passes such text
through `visible` where it emits it; JSON and SARIF escape controls themselves, HTML escapes
markup and shows bidi isolated.
"""

from __future__ import annotations

import re
import unicodedata

# Unicode categories never printed raw: controls (Cc), format characters (Cf: bidi controls,
# zero-width marks, soft hyphen, tags), lone surrogates (Cs), line and paragraph separators.
HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
# Characters that are never hidden, so that most text (Vietnamese included) is one regex scan:
# tab, newline, printable ASCII, Latin-1 and the Latin, Greek, Cyrillic blocks up to U+05FF
# (none of them Cc or Cf but the soft hyphen U+00AD), Latin Extended Additional (Vietnamese
# letters with tone marks), punctuation and currency signs. Anything else is looked up.
_SUSPECT = re.compile("[^\t\n\x20-\x7e\xa0-\xac\xae-\u05ff\u1e00-\u1fff\u2010-\u2027\u2030-\u205f\u20a0-\u20cf]")


def _shown(match: re.Match[str]) -> str:
    char = match.group()
    if unicodedata.category(char) not in HIDDEN_CATEGORIES:
        return char
    code = ord(char)
    if code < 0x100:
        return "\\r" if char == "\r" else f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def visible(text: str) -> str:
    """`text` with every control, format, bidi and surrogate character written as a Python
    escape (`\\x1b`, `\\u202e`); tab and newline stay. Text without them comes back as is."""
    return _SUSPECT.sub(_shown, text)
