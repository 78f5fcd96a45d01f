"""The HTML report: escaping of untrusted text, no external assets, anchors, cards, summary, determinism."""

from __future__ import annotations

import re
from dataclasses import replace
from html.parser import HTMLParser
from urllib.parse import unquote

import pytest
from html_sample import FINDINGS, IMG_PAYLOAD, LINKS, SCRIPT_PAYLOAD, TEMPLATE_PAYLOAD, sample_report

from checker.models import Claim, Document, Link, Report, Sentence
from checker.reporters.html import SHOWN_LINKS, render_html


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
    in_findings = {i for f in FINDINGS for i in f.claims} & {c.claim_id for c in sample_report().claims}
    rows = [a["id"] for t, a in parse(page) if t == "tr" and "claim" in a.get("class", "").split()]
    assert sorted(rows) == sorted(f"claim-{c}" for c in in_findings)  # d1, in no finding, has no row
    assert "claim-d1" not in ids and "doc-bao-d" not in ids


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

    assert (count("count-documents"), count("count-claims"), count("count-findings")) == ("4", "8", "4")
    assert (count("count-error"), count("count-warning"), count("count-info")) == ("2", "1", "1")
    rules = dict(re.findall(r'data-rule-count="([^"]+)">(\d+)<', page))
    assert rules == {"C101": "2", "C102": "1", "C201": "1", "C301": "0"}


def test_card_shows_figures_side_by_side(page: str) -> None:
    card = page.split('id="finding-1"')[1].split("</article>")[0]
    assert card.index("vượt mốc 930 tỷ USD") < card.index("đạt mức kỷ lục 920 tỷ USD")  # in the finding's order
    assert "<mark>vượt mốc 930 tỷ USD</mark>" in card and "<mark>đạt mức kỷ lục 920 tỷ USD</mark>" in card
    for shown in ("930 – 940 tỷ USD", "vượt mốc", "achieved", "2026-02-13",
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
    # d1 is in no finding: named, not linked
    assert 'supports <a href="#claim-c1">c1</a>, <code>d1</code>; contradicts <a href="#claim-b1">b1</a>' in row
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


@pytest.mark.parametrize("payload", [SCRIPT_PAYLOAD, IMG_PAYLOAD, TEMPLATE_PAYLOAD])
def test_payloads_are_in_the_sample(payload: str) -> None:
    assert any(payload in d.text or payload in d.title for d in sample_report().documents)


def section(page: str, ident: str) -> str:
    return page.split(f'<section id="{ident}">')[1].split("</section>\n<section")[0]


def test_findings_come_first(page: str) -> None:
    order = [page.index(f'<section id="{ident}">') for ident in ("summary", "findings", "rules", "claims", "documents")]
    assert order == sorted(order)


def test_cards_name_documents_by_title_and_date(page: str) -> None:
    card = page.split('id="finding-1"')[1].split("</article>")[0]
    docs = card.split('<ul class="docs">')[1].split("</ul>")[0]
    assert docs.index("Kim ngạch &#39;vượt mốc&#39;") < docs.index("Xuất nhập khẩu &lt;b&gt;kỷ lục&lt;/b&gt;")  # figures' order
    assert "2026-02-13" in docs and "2026-01-11" in docs
    third = page.split('id="finding-3"')[1].split("</article>")[0]
    assert "Không có ngày</a> <span class=\"meta\">undated" in third


def test_values_are_shown_in_their_own_scale(page: str) -> None:
    card = page.split('id="finding-1"')[1].split("</article>")[0]
    assert "<dt>Value</dt><dd lang=\"vi\">930 tỷ USD</dd>" in card
    assert "<dt>Interval</dt><dd lang=\"vi\">930 – 940 tỷ USD</dd>" in card
    assert "000\u202f000" not in page and "000.000.000" not in page
    row = page.split('id="claim-c2"')[1].split("</tr>")[0]
    assert 'data-sort="8.4">8,4%<' in row  # sorted by the base value, shown as written


def test_document_filter_lists_titles_of_documents_with_findings(page: str) -> None:
    select = page.split('<select id="f-doc">')[1].split("</select>")[0]
    options = re.findall(r'<option value="([^"]*)">([^<]*)</option>', select)
    assert [value for value, _ in options] == ["", "bao-c", "bao-b", "bao-a"]  # by title; bao-d has no finding
    assert options[1][1] == "Không có ngày (2)"
    assert options[2][1] == "Kim ngạch &#39;vượt mốc&#39; {{ 7*7 }} · 2026-02-13 (2)"


def test_documents_table_holds_documents_with_findings(page: str) -> None:
    rows = re.findall(r'<tr id="doc-([^"]+)">', section(page, "documents"))
    assert sorted(rows) == ["bao-a", "bao-b", "bao-c"]
    assert "The 3 documents with findings and the drafts, of 4." in section(page, "documents")
    assert "The 7 claims that the findings involve, of 8." in section(page, "claims")


def test_tables_are_sortable(page: str) -> None:
    tables = [a for t, a in parse(page) if t == "table"]
    assert [a.get("class") for a in tables] == ["sortable"] * 3
    claims = section(page, "claims")
    headers = re.findall(r"<th( data-type=\"number\")?>([^<]+)</th>", claims)
    assert [name for kind, name in headers if kind] == ["Value", "Line", "Findings"]


def test_links_beyond_the_shown_ones_are_named_only() -> None:
    extra = tuple(Link("b1", f"z{n:02}", 80.0 - n, "supports") for n in range(SHOWN_LINKS + 3))
    page = render_html(replace(sample_report(), links=LINKS + extra))
    supports = page.split('id="finding-1"')[1].split('class="links supports"')[1].split("</ul>")[0]
    assert supports.count("<li>") == SHOWN_LINKS
    assert '<li class="meta">and 3 more: z05, z06, z07</li>' in supports


def test_documents_and_claims_without_findings_do_not_grow_the_page() -> None:
    small = sample_report()
    docs, sentences, claims = list(small.documents), dict(small.sentences), list(small.claims)
    for n in range(2000):
        text = f"Năm 2025, doanh nghiệp {n} đạt doanh thu {n} tỷ đồng."
        docs.append(Document(f"extra-{n}", text, f"seeds/extra-{n}.txt", f"Tin số {n}", "2026-01-01"))
        sentences[(f"extra-{n}", 1)] = Sentence(f"extra-{n}", 1, 0, len(text), text)
        claims.append(Claim(f"e{n}", f"extra-{n}", 1, 0, 5, f"{n} tỷ đồng", "doanh thu", "2025", n * 1e9, n * 1e9,
                            n * 1e9, "đồng", "", "achieved"))
    large = replace(small, documents=tuple(docs), sentences=sentences, claims=tuple(claims))
    small_page, large_page = render_html(small), render_html(large)
    assert "extra-" not in large_page and "Tin số" not in large_page
    assert len(large_page) - len(small_page) < 100  # only the totals' digits differ
    assert 'id="count-documents">2004<' in large_page



def test_notes_on_the_archive_are_apart_from_the_findings() -> None:
    note = replace(FINDINGS[0], message="the archive disagrees with itself", fingerprint="fp-note", claims=("c1", "d1"))
    page = render_html(replace(sample_report(), notes=(note,)))
    tags = parse(page)
    notes = [a for t, a in tags if t == "article" and "note" in a.get("class", "").split()]
    assert [a["id"] for a in notes] == ["note-1"]
    assert len([a for t, a in tags if t == "article" and "finding" in a.get("class", "").split()]) == len(FINDINGS)
    assert page.index('<section id="findings">') < page.index('<section id="notes">') < page.index('<section id="rules">')
    assert 'id="count-notes">1<' in page and 'href="#notes"' in section(page, "summary") + page.split("</nav>")[0]
    assert 'id="claim-d1"' in page and 'id="doc-bao-d"' in page  # the note's claims and documents have rows
    assert "the archive disagrees with itself" in section(page, "notes")
    assert "<section id=\"notes\">" not in render_html(sample_report())
