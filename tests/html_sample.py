"""A hand-built Report for the HTML reporter's tests: Vietnamese text, and documents that try to inject markup."""

from __future__ import annotations

from checker.models import Claim, Document, Finding, Link, Location, Report, Sentence, Severity

# Each payload would change the page if it were not escaped; the browser test looks for `data-pwned`.
SCRIPT_PAYLOAD = "<script>alert(1);document.body.setAttribute('data-pwned','script')</script>"
IMG_PAYLOAD = "<img src=x onerror=\"alert(1);document.body.setAttribute('data-pwned','img')\">"
TEMPLATE_PAYLOAD = "{{ 7*7 }}"

# doc id -> (date, title, sentences); each figure is a (quote, value, low, high, unit, hedge, modality) in one sentence.
TEXTS: dict[str, tuple[str, str, list[str]]] = {
    "bao-a": ("2026-01-11", "Xuất nhập khẩu <b>kỷ lục</b> & \"ấn tượng\"", [
        "Năm 2025, tổng kim ngạch xuất nhập khẩu đạt mức kỷ lục 920 tỷ USD. " + SCRIPT_PAYLOAD,
        "Việt Nam ký kết 350 thỏa thuận hợp tác, gấp 2,5 lần so với năm 2024.",
    ]),
    "bao-b": ("2026-02-13", "Kim ngạch 'vượt mốc' " + TEMPLATE_PAYLOAD, [
        "Kim ngạch xuất nhập khẩu năm 2025 vượt mốc 930 tỷ USD " + IMG_PAYLOAD + " & hơn thế.",
        "Tăng trưởng GDP đạt khoảng 8% trong năm 2025.",
    ]),
    "bao-c": ("", "Không có ngày", [
        "Theo Tổng cục Hải quan, kim ngạch năm 2025 ước đạt 920 tỷ USD, \"một con số ấn tượng\".",
        "Tăng trưởng GDP năm 2025 dự kiến từ 8,3-8,5%.",
    ]),
    # In no finding: the page names it where a card links to it, but gives it no row.
    "bao-d": ("2026-01-20", "Tin ngắn không có phát hiện", [
        "Kim ngạch xuất nhập khẩu năm 2025 đạt 920 tỷ USD.",
    ]),
}

# claim id -> (doc, sentence index, quote, metric, value, low, high, unit, hedge, modality)
CLAIMS: dict[str, tuple[str, int, str, str, float, float, float, str, str, str]] = {
    "a1": ("bao-a", 1, "đạt mức kỷ lục 920 tỷ USD", "kim ngạch xuất nhập khẩu", 920e9, 915e9, 925e9, "USD", "đạt", "achieved"),
    "a2": ("bao-a", 2, "350 thỏa thuận", "thỏa thuận hợp tác", 350, 345, 355, "thỏa thuận", "", "achieved"),
    "b1": ("bao-b", 1, "vượt mốc 930 tỷ USD", "kim ngạch xuất nhập khẩu", 930e9, 930e9, 940e9, "USD", "vượt mốc", "achieved"),
    "b2": ("bao-b", 2, "khoảng 8%", "tăng trưởng GDP", 8, 7.5, 8.5, "%", "khoảng", "achieved"),
    "c1": ("bao-c", 1, "ước đạt 920 tỷ USD", "kim ngạch xuất nhập khẩu", 920e9, 910e9, 930e9, "USD", "ước đạt", "projected"),
    "c2": ("bao-c", 2, "từ 8,3-8,5%", "tăng trưởng GDP", 8.4, 8.3, 8.5, "%", "từ", "projected"),
    "d1": ("bao-d", 1, "đạt 920 tỷ USD", "kim ngạch xuất nhập khẩu", 920e9, 915e9, 925e9, "USD", "đạt", "achieved"),
    'x"<y>': ("bao-c", 2, "8,5%", "tăng trưởng GDP", 8.5, 8.5, 8.5, "%", "", "projected"),
}

LINKS = (
    Link("a1", "c1", 92.5, "supports"),
    Link("a1", "d1", 90.0, "supports"),
    Link("c1", "a1", 92.5, "supports"),
    Link("a1", "b1", 85.7, "contradicts"),
    Link("b1", "a1", 85.7, "contradicts"),
    Link("b2", "c2", 70.0, "supports"),
)

FINDINGS = (
    Finding("C101", "conflicting-figures", Severity.ERROR,
            "kim ngạch xuất nhập khẩu (2025): \"vượt mốc 930 tỷ USD\" vs \"đạt mức kỷ lục 920 tỷ USD\" " + SCRIPT_PAYLOAD,
            "kim ngạch xuất nhập khẩu", "2025", ("b1", "a1"), (("b1", "a1"),),
            Location("seeds/bao-b.txt", 1, 34), "", "fp-aaaa"),
    Finding("C201", "derived-figure", Severity.ERROR, "350 / 2,5 = 140 & more " + IMG_PAYLOAD,
            "thỏa thuận hợp tác", "2025", ("a2",), (), Location("seeds/bao-a.txt", 2, 18),
            "350 / 2,5 = 140, but 2024 was more than 170", "fp-bbbb"),
    Finding("C101", "conflicting-figures", Severity.WARNING, "tăng trưởng GDP (2025): khoảng 8% vs từ 8,3-8,5%",
            "tăng trưởng GDP", "2025", ("b2", "c2", "missing-id"), (("b2", "c2"),), None, "", "fp-cccc"),
    Finding("C102", "superseded-projection", Severity.INFO, "Dự báo 920 tỷ USD đã có số liệu thực tế " + TEMPLATE_PAYLOAD,
            "kim ngạch xuất nhập khẩu", "2025", ("c1", 'x"<y>'), (), None, "", "fp-aaaa"),
)

RULES = (
    ("C101", "conflicting-figures", "error", "Two claims of the same metric and period disagree."),
    ("C102", "superseded-projection", "info", "A projection that a later achieved figure contradicts."),
    ("C201", "derived-figure", "error", "A figure derived from others does not add up."),
    ("C301", "unsupported-claim", "error", "A claim whose quote is gone & <b>never</b> came back."),
)


def sample_documents() -> tuple[tuple[Document, ...], dict[tuple[str, int], Sentence]]:
    documents: list[Document] = []
    sentences: dict[tuple[str, int], Sentence] = {}
    for doc_id, (date, title, texts) in TEXTS.items():
        text, start = "", 0
        for index, sentence in enumerate(texts, start=1):
            start = len(text)
            text += sentence + "\n"
            sentences[(doc_id, index)] = Sentence(doc_id, index, start, start + len(sentence), sentence)
        documents.append(Document(doc_id, text, f"seeds/{doc_id}.txt", title, date, "javascript:alert(1)"))
    return tuple(documents), sentences


def sample_claims(sentences: dict[tuple[str, int], Sentence]) -> tuple[Claim, ...]:
    claims = []
    for claim_id, (doc, index, quote, metric, value, low, high, unit, hedge, modality) in CLAIMS.items():
        sentence = sentences[(doc, index)]
        start = sentence.start + sentence.text.index(quote)
        claims.append(Claim(claim_id, doc, index, start, start + len(quote), quote, metric, "2025",
                            value, low, high, unit, hedge, modality))
    return tuple(claims)


def sample_report(links: tuple[Link, ...] = LINKS) -> Report:
    documents, sentences = sample_documents()
    return Report(documents, sentences, sample_claims(sentences), links, FINDINGS, RULES, drafts=("bao-b",))
