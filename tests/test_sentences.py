"""The sentence splitter, table-driven: a document and the units it splits into.

Rows marked `corpus` quote real articles of `baomoi-2017-20k.jsonl.gz`.
"""

from __future__ import annotations

import pytest

from checker.engine.documents import make_document
from checker.grammar.sentences import split_sentences
from checker.models import Sentence


def split(text: str) -> list[Sentence]:
    doc = make_document("d", text, "d.txt")
    sentences = split_sentences(doc)
    for s in sentences:
        assert doc.text[s.start : s.end] == s.text  # offsets point into the text as written
    return sentences


CASES = [
    # a line break ends a unit: headlines, captions and bylines have no full stop
    pytest.param(
        "Xuất khẩu tăng mạnh\nKim ngạch đạt 5 tỷ USD. Nhập khẩu giảm.",
        ["Xuất khẩu tăng mạnh", "Kim ngạch đạt 5 tỷ USD.", "Nhập khẩu giảm."],
        id="headline",
    ),
    pytest.param(
        "Thủ tướng phát biểu tại hội nghị.\nẢnh: VGP\nHội nghị kết thúc lúc 17h.",
        ["Thủ tướng phát biểu tại hội nghị.", "Ảnh: VGP", "Hội nghị kết thúc lúc 17h."],
        id="caption",
    ),
    pytest.param(
        "Giá vàng tăng 200.000 đồng/lượng.\n\nTheo Dân trí",
        ["Giá vàng tăng 200.000 đồng/lượng.", "Theo Dân trí"],
        id="byline-after-blank-line",
    ),
    # never inside a number, a date or a range
    pytest.param(
        "Kim ngạch tăng 2,5 lần. Xuất khẩu đạt 5.000 tỷ đồng.",
        ["Kim ngạch tăng 2,5 lần.", "Xuất khẩu đạt 5.000 tỷ đồng."],
        id="decimal-comma-and-dot-thousands",
    ),
    pytest.param(
        "Tăng trưởng đạt 8,3-8,5% trong năm nay. Lạm phát dưới 4%.",
        ["Tăng trưởng đạt 8,3-8,5% trong năm nay.", "Lạm phát dưới 4%."],
        id="range",
    ),
    pytest.param(
        "Luật có hiệu lực từ ngày 10/1/2026. Quy định áp dụng từ 1.1.2016 vẫn giữ nguyên.",
        ["Luật có hiệu lực từ ngày 10/1/2026.", "Quy định áp dụng từ 1.1.2016 vẫn giữ nguyên."],
        id="dates",
    ),
    pytest.param(
        "Giá tăng 5%. 20 doanh nghiệp đã điều chỉnh.",
        ["Giá tăng 5%.", "20 doanh nghiệp đã điều chỉnh."],
        id="next-sentence-opens-with-a-digit",
    ),
    # never after an abbreviation or an initial
    pytest.param(
        "Tại TP.HCM, giá nhà tăng mạnh. Tại TP. Hồ Chí Minh cũng vậy.",
        ["Tại TP.HCM, giá nhà tăng mạnh.", "Tại TP. Hồ Chí Minh cũng vậy."],
        id="tp-hcm",
    ),
    pytest.param(
        "Ông Nguyễn V. Anh cho biết như vậy. Bà Lê Thị B đồng ý.",
        ["Ông Nguyễn V. Anh cho biết như vậy.", "Bà Lê Thị B đồng ý."],
        id="initial",
    ),
    pytest.param(
        "PGS.TS Trần Văn C nhận định thị trường phục hồi. Ông nói thêm.",
        ["PGS.TS Trần Văn C nhận định thị trường phục hồi.", "Ông nói thêm."],
        id="pgs-ts",
    ),
    pytest.param(
        "Giá tăng sẽ làm gia tăng lạm phát”, PGS.TS. Đào Văn Hùng cho biết thêm.",
        ["Giá tăng sẽ làm gia tăng lạm phát”, PGS.TS. Đào Văn Hùng cho biết thêm."],
        id="corpus:pgs-ts-with-full-stop",
    ),
    pytest.param(
        "Theo ThS. BS. Lê Văn D, bệnh nhân đã ổn định.",
        ["Theo ThS. BS. Lê Văn D, bệnh nhân đã ổn định."],
        id="title-chain",
    ),
    pytest.param(
        "Chiếc Ferrari California T được chuyển từ Hà Nội vào TP.HCM. Siêu xe này có giá khoảng 200.",
        ["Chiếc Ferrari California T được chuyển từ Hà Nội vào TP.HCM.", "Siêu xe này có giá khoảng 200."],
        id="corpus:tp-hcm-ends-a-sentence",
    ),
    # terminators: the official "./.", "!", "?", "…", a full stop inside closing quotes
    pytest.param(
        "Thủ tướng Anh Theresa May cam kết sẽ thảo luận với chính phủ các nước Scotland, Xứ Wales và Bắc Ireland "
        "để đạt được chiến lược thống nhất cho kế hoạch Brexit./. Tâm Hiếu/ VOV-Trung tâm Tin",
        [
            "Thủ tướng Anh Theresa May cam kết sẽ thảo luận với chính phủ các nước Scotland, Xứ Wales và Bắc Ireland "
            "để đạt được chiến lược thống nhất cho kế hoạch Brexit./.",
            "Tâm Hiếu/ VOV-Trung tâm Tin",
        ],
        id="corpus:official-ending",
    ),
    pytest.param(
        "Hội nghị thành công tốt đẹp./.",
        ["Hội nghị thành công tốt đẹp./."],
        id="official-ending-at-end",
    ),
    pytest.param(
        "Thật bất ngờ! Vì sao giá tăng? Chưa ai trả lời… Thị trường chờ đợi.",
        ["Thật bất ngờ!", "Vì sao giá tăng?", "Chưa ai trả lời…", "Thị trường chờ đợi."],
        id="exclamation-question-ellipsis",
    ),
    pytest.param(
        "# Xuất khẩu gạo đạt 9 tỷ USD\n\n- Ý một: giá tăng.\n> Trích dẫn.\n-5% là mức giảm.",
        ["Xuất khẩu gạo đạt 9 tỷ USD", "Ý một: giá tăng.", "Trích dẫn.", "-5% là mức giảm."],
        id="markdown-marks-of-a-draft",
    ),
    pytest.param(
        "Ông nói: “Tăng trưởng đạt 8%.” Sau đó ông rời hội trường.",
        ["Ông nói: “Tăng trưởng đạt 8%.”", "Sau đó ông rời hội trường."],
        id="full-stop-inside-quotes",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_split(text: str, expected: list[str]) -> None:
    assert [s.text for s in split(text)] == expected


def test_numbering_and_paragraphs() -> None:
    sentences = split("Tiêu đề\nCâu một. Câu hai.\n\nCâu ba.")
    assert [(s.index, s.paragraph) for s in sentences] == [(1, 1), (2, 2), (3, 2), (4, 3)]


def test_date_marker_is_the_date_not_text() -> None:
    text = " date 2026-01-11 Xuất khẩu tăng mạnh\nKim ngạch đạt 5 tỷ USD."
    doc = make_document("d", text, "d.txt")
    assert doc.date == "2026-01-11"
    sentences = split(text)
    assert [s.text for s in sentences] == ["Xuất khẩu tăng mạnh", "Kim ngạch đạt 5 tỷ USD."]
    assert sentences[0].start == text.index("Xuất")


def test_a_date_later_in_the_text_is_text() -> None:
    text = "Hội nghị ngày 2026-01-11 thành công."
    doc = make_document("d", text, "d.txt")
    assert (doc.date, doc.body_start) == ("", 0)
    assert [s.text for s in split(text)] == [text]


def test_a_markdown_mark_is_left_out_of_the_sentences_offsets() -> None:
    text = "## Tựa đề 5 tỷ\n  - Ý một."
    for sentence in split(text):
        assert text[sentence.start : sentence.end] == sentence.text
