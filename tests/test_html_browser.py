"""The HTML report in a real browser: headless Chromium opens the page, runs its script, is clicked.

Two pages: the hand-built sample (untrusted text, known findings) and the report of the bundled seeds
as `checker check --format html` writes it. Chromium is driven over the DevTools protocol on a pipe
(`tests/html_browser.py`). Filters are set both through the URL fragment (#severity=error&doc=ID,
a link someone shared) and through the form, as a reader would. Without Chromium the module is
skipped with the reason (see `.ci/install-browser`).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from click.testing import CliRunner
from html_browser import Browser, file_url, find_browser
from html_sample import sample_report

from checker.cli import main
from checker.reporters.html import render_html

BROWSER = find_browser()
ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(
    BROWSER is None,
    reason="headless Chromium not found (looked for chromium, chromium-browser, google-chrome; "
    "install it with `bash .ci/install-browser` or `apt-get install chromium`): browser test of the HTML report skipped",
)

# What the tests read of the page, computed in the page after its script ran.
STATE = """(() => {
  const cards = [...document.querySelectorAll("article.finding")];
  return {
    cards: cards.map(c => c.id),
    visible: cards.filter(c => !c.hidden).map(c => c.id),
    count: (document.getElementById("f-count") || {}).textContent || "",
    filtersHidden: document.getElementById("filters").hidden,
    noMatchHidden: document.getElementById("no-match").hidden,
    pwned: document.body.getAttribute("data-pwned"),
    images: document.images.length,
    scripts: document.scripts.length,
    sortButtons: document.querySelectorAll("th button.sort").length,
  };
})()"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    assert BROWSER is not None
    with Browser(BROWSER) as opened:
        yield opened


@pytest.fixture(scope="module")
def sample_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("html") / "sample.html"
    path.write_text(render_html(sample_report()), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def seeds_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds' report, written by the command line in the repository (its seeds, claims.csv and config)."""
    path = tmp_path_factory.mktemp("html") / "seeds.html"
    old = Path.cwd()
    os.chdir(ROOT)
    try:
        result = CliRunner().invoke(main, ["check", "--format", "html", "--output", str(path), "--no-cache", "--exit-zero"])
    finally:
        os.chdir(old)
    assert result.exit_code == 0, result.output
    return path


def load(browser: Browser, page: Path, fragment: str = "") -> dict[str, Any]:
    browser.open("about:blank")  # a new fragment alone would not reload the page
    browser.open(file_url(page, fragment))
    state: dict[str, Any] = browser.evaluate(STATE)
    return state


@pytest.mark.parametrize(
    ("fragment", "visible"),
    [
        ("", ["finding-1", "finding-2", "finding-3", "finding-4"]),
        ("#finding-3", ["finding-1", "finding-2", "finding-3", "finding-4"]),  # a plain anchor is not a filter
        ("#severity=error", ["finding-1", "finding-2"]),
        ("#severity=warning", ["finding-3"]),
        ("#rule=C101", ["finding-1", "finding-3"]),
        ("#doc=bao-c", ["finding-3", "finding-4"]),
        ("#severity=error&doc=bao-b", ["finding-1"]),
        ("#q=" + quote("vượt mốc 930"), ["finding-1"]),
        ("#q=VUOT%20moc%20930", ["finding-1"]),  # search ignores case and Vietnamese diacritics
        ("#q=" + quote("ĐẠT MỨC"), ["finding-1", "finding-4"]),  # đ/Đ fold to d; supporting sentences count
        ("#q=thoa%20thuan", ["finding-2"]),
        ("#q=" + quote("tin ngắn"), ["finding-1"]),  # titles on the cards are searched too (a supporting document's)
        ("#severity=info&rule=C201", []),
    ],
)
def test_filters_hide_cards(browser: Browser, sample_page: Path, fragment: str, visible: list[str]) -> None:
    state = load(browser, sample_page, fragment)
    assert len(state["cards"]) == 4
    assert state["visible"] == visible
    assert not state["filtersHidden"]  # the script ran and showed the filters
    assert state["count"] == f"{len(visible)} of 4 findings shown"
    assert state["noMatchHidden"] == bool(visible)


def test_untrusted_text_does_not_run(browser: Browser, sample_page: Path) -> None:
    state = load(browser, sample_page)
    assert state["pwned"] is None
    assert state["images"] == 0 and state["scripts"] == 1


def test_without_javascript_everything_shows(browser: Browser, sample_page: Path) -> None:
    browser.open("about:blank")
    browser.open(file_url(sample_page, "#severity=error"), scripts=False)
    state = browser.evaluate(STATE)  # the protocol's own evaluation runs even so
    assert state["visible"] == state["cards"] and len(state["cards"]) == 4
    assert state["filtersHidden"] and state["sortButtons"] == 0


# --- the seeds' report: what the page says of itself is checked against what it shows ---------------

SEVERITY_COUNTS = ("Object.fromEntries(['error', 'warning', 'info']"
                   ".map(s => [s, +document.getElementById('count-' + s).textContent]))")
CHOOSE = """((id, value) => {
  const control = document.getElementById(id);
  control.value = value;
  control.dispatchEvent(new Event("change", { bubbles: true }));
  return [...document.querySelectorAll("article.finding")].filter(c => !c.hidden).map(c => JSON.parse(c.dataset.docs));
})"""
COLUMN = """((table, header) => {
  const index = [...document.querySelectorAll(`#${table} thead th`)].findIndex(th => th.textContent.trim() === header);
  return [...document.querySelectorAll(`#${table} tbody tr`)].map(row => {
    const cell = row.cells[index];
    return cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent.trim();
  });
})"""
CLICK = """((table, header) => {
  const th = [...document.querySelectorAll(`#${table} thead th`)].find(th => th.textContent.trim() === header);
  th.querySelector("button.sort").click();
  return th.getAttribute("aria-sort");
})"""


def test_seeds_report_filters_by_severity(browser: Browser, seeds_page: Path) -> None:
    state = load(browser, seeds_page)
    counts = browser.evaluate(SEVERITY_COUNTS)
    assert len(state["cards"]) == sum(counts.values()) > 0 and state["visible"] == state["cards"]
    for severity, expected in counts.items():
        state = load(browser, seeds_page, f"#severity={severity}")
        assert len(state["visible"]) == expected
        assert state["count"] == f"{expected} of {len(state['cards'])} findings shown"


def test_seeds_report_document_filter(browser: Browser, seeds_page: Path) -> None:
    load(browser, seeds_page)
    options = browser.evaluate("[...document.querySelectorAll('#f-doc option')].map(o => [o.value, o.textContent])")
    docs_with_findings = browser.evaluate("[...new Set([...document.querySelectorAll('article.finding')]"
                                          ".flatMap(c => JSON.parse(c.dataset.docs)))].sort()")
    assert options[0] == ["", "all"]
    assert sorted(value for value, _ in options[1:]) == docs_with_findings
    titles = browser.evaluate("Object.fromEntries([...document.querySelectorAll('#documents tbody tr')]"
                              ".map(r => [r.cells[0].textContent, r.cells[1].textContent]))")
    for value, text in options[1:]:
        assert titles[value] and text.startswith(titles[value]) and value not in text  # titles, not ids
        shown = browser.evaluate(f"{CHOOSE}('f-doc', {json.dumps(value)})")
        assert shown and all(value in docs for docs in shown)
        assert browser.evaluate("location.hash") == "#doc=" + quote(value, safe="")  # the view can be shared
    assert len(browser.evaluate(f"{CHOOSE}('f-doc', '')")) == len(browser.evaluate(STATE)["cards"])


@pytest.mark.parametrize(
    ("table", "header", "numeric"),
    [("claims-table", "Value", True), ("claims-table", "Document", False), ("claims-table", "Findings", True),
     ("documents-table", "Findings", True), ("documents-table", "Title", False), ("rules-table", "Findings", True)],
)
def test_seeds_report_tables_sort(browser: Browser, seeds_page: Path, table: str, header: str, numeric: bool) -> None:
    load(browser, seeds_page)
    before = browser.evaluate(f"{COLUMN}({table!r}, {header!r})")
    assert len(before) > 1
    collate = "new Intl.Collator('vi', {numeric: true, sensitivity: 'base'}).compare"
    for direction in ("ascending", "descending"):
        assert browser.evaluate(f"{CLICK}({table!r}, {header!r})") == direction
        after = browser.evaluate(f"{COLUMN}({table!r}, {header!r})")
        assert sorted(after) == sorted(before)  # the same rows, reordered
        if numeric:
            values = [float(v) if v else float("-inf") for v in after]
            assert values == sorted(values, reverse=direction == "descending")
        else:
            pairs = browser.evaluate(f"(() => {{ const c = {collate}; const v = {json.dumps(after)}; "
                                     "return v.slice(1).map((x, i) => c(v[i], x)); })()")
            assert all(p <= 0 for p in pairs) if direction == "ascending" else all(p >= 0 for p in pairs)
