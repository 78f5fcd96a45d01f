"""Build script: everything is in pyproject.toml, except the compiled grammar modules.

A wheel (`pip install .`) compiles the per-document stages, the grammar of Vietnamese
figures, with mypyc: the same typed Python, as C extensions, about 1.4x faster. An editable
install (`pip install -e .`) stays pure Python, so that an edited source is what runs;
so does any build with CHECKER_PURE=1 set, or where compiling fails (no C compiler, or
mypyc refuses a module). `checker --version` says which build is installed. The compiled
and the pure package give the same output: CI runs the tests on both.
"""

from __future__ import annotations

import os
import sys

from setuptools import Extension, setup

# The modules every sentence of every document goes through; the rest of the package is
# not hot enough to gain anything from compiling.
COMPILED = [
    "checker/grammar/normalize.py",
    "checker/grammar/numerals.py",
    "checker/grammar/tokens.py",
    "checker/grammar/sentences.py",
    "checker/grammar/figures.py",
    "checker/grammar/about.py",
    "checker/grammar/extract.py",
]


def compiled_modules() -> list[Extension]:
    if os.environ.get("CHECKER_PURE") == "1" or "bdist_wheel" not in sys.argv:
        return []  # editable installs, metadata, sdists
    try:
        from mypyc.build import mypycify

        extensions: list[Extension] = mypycify(COMPILED, opt_level="3")
    except (Exception, SystemExit) as exc:  # mypyc exits on what it cannot compile
        print(f"checker: not compiling the grammar ({exc!r}); building pure Python", file=sys.stderr)
        return []
    for extension in extensions:
        extension.optional = True  # no C compiler: a warning, and the pure modules are used
    return extensions


setup(ext_modules=compiled_modules())
