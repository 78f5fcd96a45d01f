"""The HTML report in a real browser: headless Chromium loads the page and dumps its DOM after the script ran.

The page reads its filters from the URL fragment (#severity=error&rule=C101&doc=ID&q=text), so each case
is one `chromium --headless --dump-dom` run; no Python browser driver is needed. Without Chromium the
whole module is skipped with the reason (see `.ci/install-browser`).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote

import pytest
from html_sample import sample_report

from checker.reporters.html import render_html

BROWSER_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--virtual-time-budget=5000",
)


def find_browser() -> str | None:
    named = os.environ.get("CHECKER_CHROMIUM", "")
    if named:
        return shutil.which(named)
    return next((found for name in BROWSER_NAMES if (found := shutil.which(name))), None)


BROWSER = find_browser()
pytestmark = pytest.mark.skipif(
    BROWSER is None,
    reason="headless Chromium not found (looked for chromium, chromium-browser, google-chrome; "
    "install it with `bash .ci/install-browser` or `apt-get install chromium`): browser test of the HTML report skipped",
)


@dataclass
class Dom(HTMLParser):
    """What the tests read from a dumped DOM."""

    cards: dict[str, bool] = field(default_factory=dict)  # finding id -> visible
    hidden_ids: set[str] = field(default_factory=set)
    body: dict[str, str] = field(default_factory=dict)
    tags: list[str] = field(default_factory=list)
    count_text: str = ""
    _in_count: bool = False

    def __post_init__(self) -> None:
        super().__init__(convert_charrefs=True)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {name: value or "" for name, value in attrs}
        self.tags.append(tag)
        if "hidden" in a and "id" in a:
            self.hidden_ids.add(a["id"])
        if tag == "article" and "finding" in a.get("class", "").split():
            self.cards[a["id"]] = "hidden" not in a
        if tag == "body":
            self.body = a
        self._in_count = a.get("id") == "f-count"

    def handle_endtag(self, tag: str) -> None:
        self._in_count = False

    def handle_data(self, data: str) -> None:
        if self._in_count:
            self.count_text += data

    @property
    def visible(self) -> list[str]:
        return [ident for ident, shown in self.cards.items() if shown]


@pytest.fixture(scope="module")
def page_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("html") / "report.html"
    path.write_text(render_html(sample_report()), encoding="utf-8")
    return path


def dump_dom(page: Path, fragment: str, profile: Path) -> Dom:
    assert BROWSER is not None
    command = [BROWSER, *FLAGS, f"--user-data-dir={profile}", "--dump-dom", page.as_uri() + fragment]
    run = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", timeout=120, check=False)
    assert run.returncode == 0 and "<html" in run.stdout, f"chromium failed ({run.returncode}):\n{run.stderr[-3000:]}"
    dom = Dom()
    dom.feed(run.stdout)
    return dom


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
        ("#severity=info&rule=C201", []),
    ],
)
def test_filters_hide_cards(page_path: Path, tmp_path: Path, fragment: str, visible: list[str]) -> None:
    dom = dump_dom(page_path, fragment, tmp_path)
    assert len(dom.cards) == 4
    assert dom.visible == visible
    assert "filters" not in dom.hidden_ids  # the script ran and showed the filters
    assert dom.count_text == f"{len(visible)} of 4 findings shown"
    assert ("no-match" in dom.hidden_ids) == bool(visible)


def test_untrusted_text_does_not_run(page_path: Path, tmp_path: Path) -> None:
    dom = dump_dom(page_path, "", tmp_path)
    assert "data-pwned" not in dom.body
    assert "img" not in dom.tags and dom.tags.count("script") == 1

