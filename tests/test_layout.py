"""Each package imports only what its __init__ docstring allows ("May import: ...")."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "checker"
PACKAGES = sorted(p.name for p in PACKAGE.iterdir() if (p / "__init__.py").is_file())


def _allowed(package: str) -> list[str]:
    doc = ast.get_docstring(ast.parse((PACKAGE / package / "__init__.py").read_text(encoding="utf-8"))) or ""
    found = re.search(r"May import: (.*?)\.?$", doc.replace("\n", " ").strip())
    assert found, f"checker/{package}/__init__.py: the docstring says what the package may import"
    return [re.sub(r" \(.*\)", "", name).strip() for name in found.group(1).split(", ")]


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module if node.module != "checker" else f"checker:{','.join(a.name for a in node.names)}")
        elif isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
    return {n for n in names if n == "checker" or n.startswith(("checker.", "checker:"))}


def _permitted(name: str, package: str, allowed: list[str]) -> bool:
    if name.startswith("checker:"):  # `from checker import x`: the top-level package's own names
        return "checker" in allowed and name == "checker:__version__"
    own = f"checker.{package}"
    modules = [a for a in allowed if a != "checker"]
    return name == own or name.startswith(own + ".") or any(name == a or name.startswith(a + ".") for a in modules)


def test_every_package_is_checked() -> None:
    assert {"grammar", "linking", "table", "engine", "gate", "rules", "reporters"} <= set(PACKAGES)


@pytest.mark.parametrize("package", PACKAGES)
def test_package_imports_only_what_it_may(package: str) -> None:
    allowed = _allowed(package)
    bad = [
        f"{path.relative_to(PACKAGE.parent)}: {name}"
        for path in sorted((PACKAGE / package).rglob("*.py"))
        for name in sorted(_imports(path))
        if not _permitted(name, package, allowed)
    ]
    assert not bad, f"imports not in checker/{package}'s 'May import': {bad}"


def test_a_forbidden_import_is_caught() -> None:
    assert not _permitted("checker.pipeline", "grammar", _allowed("grammar"))
    assert not _permitted("checker:compiled", "engine", _allowed("engine"))
    assert not _permitted("checker.pipeline", "engine", _allowed("engine"))
    assert _permitted("checker.config", "engine", _allowed("engine"))
