"""The HTML report: escaping of untrusted text, no external assets, anchors, cards, summary, determinism."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import unquote

import pytest
from html_sample import FINDINGS, IMG_PAYLOAD, LINKS, SCRIPT_PAYLOAD, TEMPLATE_PAYLOAD, sample_report

from checker.models import Claim, Report, Sentence
from checker.reporters.html import format_number, mark_figure, render_html


class Tags(HTMLParser):
    """Every start tag with its attributes, in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {name: value or "" for name, value in attrs}))


def parse(page: str) -> list[tuple[str, dict[str, str]]]:
    parser = Tags()
    parser.feed(page)
    return parser.tags


@pytest.fixture(scope="module")
def page() -> str:
    return render_html(sample_report())


def test_dangerous_text_is_escaped(page: str) -> None:
    assert "<script>alert" not in page
    assert "<img src=x" not in page
    assert "&lt;script&gt;alert(1);" in page
    assert "&lt;img src=x onerror=&#34;alert(1);" in page
    assert "&lt;b&gt;kỷ lục&lt;/b&gt; &amp; &#34;ấn tượng&#34;" in page
    assert "Kim ngạch &#39;vượt mốc&#39; {{ 7*7 }}" in page  # shown as written, never evaluated
    assert 'id="claim-x&#34;&lt;y&gt;"' in page
    tags = parse(page)
    assert [t for t, _ in tags].count("script") == 1  # the page's own filter script, nothing injected
    assert not [t for t, _ in tags if t in {"img", "iframe", "object", "embed", "link", "base", "b"}]
    assert not [(t, a) for t, a in tags for name in a if name.startswith("on")]


def test_no_external_assets_or_urls(page: str) -> None:
    tags = parse(page)
    assert not re.search(r"""(?:src|href|action)\s*=\s*["']?\s*(?:https?:|//)""", page, re.IGNORECASE)
    assert not re.search(r"url\(|@import", page)
    assert all(not a.get("src") for _, a in tags)
    hrefs = [a["href"] for _, a in tags if "href" in a]
    assert hrefs and all(h.startswith("#") for h in hrefs)  # javascript: URLs from documents are text only
    assert "javascript:alert(1)" in page
    csp = next(a["content"] for t, a in tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp and "script-src 'sha256-" in csp and "unsafe-inline" not in csp


def test_every_local_link_has_its_anchor(page: str) -> None:
    tags = parse(page)
    ids = [a["id"] for _, a in tags if "id" in a]
    assert len(ids) == len(set(ids))
    for _, attrs in tags:
        if attrs.get("href", "").startswith("#"):
            assert unquote(attrs["href"][1:]) in ids, attrs["href"]


def test_anchors_for_findings_and_claims(page: str) -> None:
    ids = {a["id"] for _, a in parse(page) if "id" in a}
    assert {f"finding-{n}" for n in range(1, len(FINDINGS) + 1)} <= ids
    assert {"fp-fp-aaaa", "fp-fp-bbbb", "fp-fp-cccc"} <= ids  # the repeated fingerprint anchors its first finding
    claim_ids = {c.claim_id for c in sample_report().claims}
    assert {f"claim-{c}" for c in claim_ids} <= ids
    assert len([a for t, a in parse(page) if t == "tr" and "claim" in a.get("class", "").split()]) == len(claim_ids)


def test_one_card_per_finding(page: str) -> None:
    cards = [a for t, a in parse(page) if t == "article" and "finding" in a.get("class", "").split()]
    assert [c["id"] for c in cards] == ["finding-1", "finding-2", "finding-3", "finding-4"]
    assert [c["data-severity"] for c in cards] == ["error", "error", "warning", "info"]
    assert [c["data-rule"] for c in cards] == ["C101", "C201", "C101", "C102"]
    assert cards[0]["data-docs"] == '["bao-a", "bao-b"]'
    assert not any("hidden" in c for c in cards)  # without JavaScript everything shows


def test_summary_counts(page: str) -> None:
    def count(ident: str) -> str:
        match = re.search(rf'id="{ident}">([^<]*)<', page)
        assert match, ident
        return match.group(1)

    assert (count("count-documents"), count("count-claims"), count("count-findings")) == ("3", "7", "4")
    assert (count("count-error"), count("count-warning"), count("count-info")) == ("2", "1", "1")
    rules = dict(re.findall(r'data-rule-count="([^"]+)">(\d+)<', page))
    assert rules == {"C101": "2", "C102": "1", "C201": "1", "C301": "0"}


def test_card_shows_figures_side_by_side(page: str) -> None:
    card = page.split('id="finding-1"')[1].split("</article>")[0]
    assert card.index("vượt mốc 930 tỷ USD") < card.index("đạt mức kỷ lục 920 tỷ USD")  # in the finding's order
    assert "<mark>vượt mốc 930 tỷ USD</mark>" in card and "<mark>đạt mức kỷ lục 920 tỷ USD</mark>" in card
    for shown in ("930\u202f000\u202f000\u202f000 – 940\u202f000\u202f000\u202f000", "vượt mốc", "achieved", "2026-02-13",
                  "2026-01-11", "USD", 'href="#doc-bao-b"', 'href="#claim-a1"'):
        assert shown in card, shown
    supports = card.split('class="links supports"')[1].split("</ul>")[0]
    assert 'href="#claim-c1"' in supports and "<mark>ước đạt 920 tỷ USD</mark>" in supports
    assert "score 92.5" in supports
    assert "Derivation:" not in card
    second = page.split('id="finding-2"')[1].split("</article>")[0]
    assert "Derivation: <code>350 / 2,5 = 140, but 2024 was more than 170</code>" in second
    third = page.split('id="finding-3"')[1].split("</article>")[0]
    assert "Not in the claim table: missing-id" in third
    assert "<dt>Date</dt><dd>unknown</dd>" in third  # bao-c has no date


def test_claim_table_lists_links_and_findings(page: str) -> None:
    row = page.split('id="claim-a1"')[1].split("</tr>")[0]
    assert row.index("supports c1") < row.index("contradicts b1")
    assert 'href="#finding-1"' in row


def test_page_basics(page: str) -> None:
    assert page.startswith("<!DOCTYPE html>\n<html")
    assert '<meta charset="utf-8">' in page
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page
    assert "Tổng cục Hải quan" in page  # diacritics as characters, not entities
    assert "@media print" in page and "break-inside: avoid" in page
    assert re.search(r'<form id="filters"[^>]* hidden>', page)  # shown by the script only
    assert "/work/" not in page and "/tmp/" not in page


def test_deterministic() -> None:
    first = render_html(sample_report())
    assert render_html(sample_report()) == first
    assert render_html(sample_report(tuple(reversed(LINKS)))) == first  # links are sorted, not taken as given


def test_empty_report() -> None:
    page = render_html(Report((), {}, (), (), ()))
    assert "No findings." in page and 'id="count-findings">0<' in page
    assert "<article" not in page


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (920e9, "920\u202f000\u202f000\u202f000"),
        (8.4, "8,4"),
        (-2.5, "−2,5"),
        (0.0, "0"),
        (1234.5, "1\u202f234,5"),
        (float("inf"), "∞"),
        (float("-inf"), "−∞"),
        (float("nan"), "?"),
        (1e-7, "1e-07"),
        (1e20, "100\u202f000\u202f000\u202f000\u202f000\u202f000\u202f000"),
    ],
)
def test_format_number(value: float, shown: str) -> None:
    assert format_number(value) == shown


def test_mark_figure_falls_back_to_the_quote() -> None:
    sentence = Sentence("d", 1, 100, 130, "Kim ngạch vượt mốc 930 tỷ USD.")
    good = Claim("c", "d", 1, 110, 129, "vượt mốc 930 tỷ USD", "m", "2025", 930e9, 930e9, 940e9, "USD", "vượt mốc", "achieved")
    assert mark_figure(good, {("d", 1): sentence}).figure == "vượt mốc 930 tỷ USD"
    moved = Claim("c", "d", 1, 5, 24, "930 tỷ USD", "m", "2025", 930e9, 930e9, 940e9, "USD", "", "achieved")
    marked = mark_figure(moved, {("d", 1): sentence})
    assert (marked.before, marked.figure, marked.after) == ("Kim ngạch vượt mốc ", "930 tỷ USD", ".")
    assert mark_figure(moved, {}).figure == "930 tỷ USD"


@pytest.mark.parametrize("payload", [SCRIPT_PAYLOAD, IMG_PAYLOAD, TEMPLATE_PAYLOAD])
def test_payloads_are_in_the_sample(payload: str) -> None:
    assert any(payload in d.text or payload in d.title for d in sample_report().documents)
