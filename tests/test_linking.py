"""The evidence linker's pieces: days named in leads, periods, rounding, the labelled set's loader."""

from __future__ import annotations

import re
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from checker.config import Settings
from checker.grammar.numerals import interval
from checker.intervals import nearly_equal, written_step
from checker.linking.evidence import Surroundings, days_of, incompatible, surroundings
from checker.models import Claim, Sentence

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

from labelled import LabelError, load_pairs, split_of  # noqa: E402


def _sentence(doc: str, index: int, text: str) -> Sentence:
    return Sentence(doc, index, 0, len(text), text)


def _read(text: str, quote: str) -> Surroundings:
    """The surroundings of the figure `quote` of a one-sentence article."""
    sentence = _sentence("a", 2, text)
    claim = _claim("a", sentence, quote, 1.0, "")
    return surroundings([claim], {("a", 2): sentence})[claim.claim_id]


def _claim(doc: str, sentence: Sentence, quote: str, value: float, period: str) -> Claim:
    start = sentence.text.index(quote)
    return Claim(
        claim_id=f"{doc}-{start}", doc=doc, sentence=sentence.index, start=start, end=start + len(quote), quote=quote,
        metric="xuất khẩu gạo", period=period, value=value, low=value, high=value, unit="tấn", hedge="", modality="achieved",
    )


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Giá vàng hôm nay 17/5: tăng nhẹ", {"17/5"}),
        ("Hồi 7 giờ sáng nay (11/6), vị trí tâm áp thấp nhiệt đới", {"11/6"}),
        ("Đến 01 giờ ngày 14/07/2017, bão đã suy yếu", {"14/7"}),
        ("Quý 3/2017, doanh thu đạt 5,5 tỷ đồng", set()),  # a quarter, not a day
        ("Tỷ lệ 2,5/10 học sinh", set()),
        ("Tới sáng 8.7, người dân phát hiện thi thể cháu bé", {"8/7"}),  # a day written with a dot
        ("Chỉ số tăng 8.7 điểm trong phiên", set()),
    ],
)
def test_days_named_in_a_lead(text: str, days: set[str]) -> None:
    assert days_of([_sentence("a", 1, text)]).get("a", frozenset()) == days


def test_days_beyond_the_lead_are_not_read() -> None:
    assert days_of([_sentence("a", 9, "Ngày 17/5, ...")]) == {}


@pytest.mark.parametrize(
    ("first", "second", "never"),
    [
        (("Năm 2025, xuất khẩu gạo đạt 8,1 triệu tấn.", "2025"), ("Xuất khẩu gạo đạt 7,9 triệu tấn.", "2024"), True),
        (("Xuất khẩu gạo đạt 8,1 triệu tấn.", "2025"), ("Xuất khẩu gạo đạt 7,9 triệu tấn.", "2024"), False),
        (("Năm 2025, xuất khẩu gạo đạt 8,1 triệu tấn.", "2025"), ("Năm 2025, xuất khẩu gạo đạt 7,9 triệu tấn.", "2025"), False),
    ],
)
def test_two_periods_one_written_out_never_link(first: tuple[str, str], second: tuple[str, str], never: bool) -> None:
    """A period written in the sentence outweighs one carried from elsewhere in the article."""
    sa, sb = _sentence("a", 2, first[0]), _sentence("b", 2, second[0])
    a = _claim("a", sa, "8,1 triệu tấn", 8.1e6, first[1])
    b = _claim("b", sb, "7,9 triệu tấn", 7.9e6, second[1])
    found = surroundings([a, b], {("a", 2): sa, ("b", 2): sb})
    assert incompatible(found[a.claim_id], found[b.claim_id]) is never


def test_figures_of_one_sentence_never_link() -> None:
    s = _sentence("a", 1, "Xuất khẩu gạo đạt 8,1 triệu tấn, nhập khẩu gạo đạt 1,2 triệu tấn.")
    a, b = _claim("a", s, "8,1 triệu tấn", 8.1e6, ""), _claim("a", s, "1,2 triệu tấn", 1.2e6, "")
    found = surroundings([a, b], {("a", 1): s})
    assert incompatible(found[a.claim_id], found[b.claim_id])


@pytest.mark.parametrize(
    ("a", "b", "near"),
    [
        (98, 98.7, True),  # truncated
        (1.3, 1.318, True),  # rounded
        (920, 930, False),
        (10, 13, False),  # "10" is not 13 rounded: one significant digit is read at one more
        (10, 10.4, True),
        (350, 330, False),
    ],
)
def test_what_the_written_precision_nearly_allows(a: float, b: float, near: bool) -> None:
    assert nearly_equal(a, b) is near


def test_written_step() -> None:
    assert [written_step(v) for v in (920, 98.7, 4, 0.25)] == [10, pytest.approx(0.1), 1, pytest.approx(0.01)]


@pytest.mark.parametrize(
    ("value", "step", "kind", "expected"),
    [
        (10, 10, "exact", (9.5, 10.5)),  # not 5-15
        (920, 10, "exact", (915, 925)),
        (300, 100, "above", (300, 400)),  # hedged figures keep their step
    ],
)
def test_bare_round_figures_are_read_at_one_more_digit(
    value: float, step: float, kind: str, expected: tuple[float, float]
) -> None:
    assert interval(value, step, kind, Settings()) == pytest.approx(expected)


def test_the_labelled_set_loads_and_splits_by_document_pair() -> None:
    pairs = load_pairs(REPO / "bench" / "labels" / "pairs.csv")
    assert len(pairs) >= 400
    assert {p.scope for p in pairs} == {"within", "story", "cross"}
    assert all(p.split == split_of(p.a[0], p.b[0]) for p in pairs)
    assert 0.3 < sum(p.split == "test" for p in pairs) / len(pairs) < 0.7
    assert all(p.same for p in pairs if p.conflict)


@pytest.mark.parametrize(
    ("row", "where"),
    [
        ("p1,within,d1,5,9,d1,20,24,1,0,same,tune", None),
        ("p1,within,d1,5,x,d1,20,24,1,0,same,tune", ":2:5:"),
        ("p1,within,d1,5,9,d2,20,24,1,0,same,tune", ":2:2:"),
        ("p1,story,d1,5,9,d2,20,24,0,1,same,tune", ":2:10:"),
        ("p1,story,d1,9,5,d2,20,24,1,0,same,test", ":2:5:"),
        ("p1,story,d1,5,9,d2,20,24,1,0,same,half", ":2:12:"),
    ],
)
def test_a_bad_labels_file_names_line_and_column(tmp_path: Path, row: str, where: str | None) -> None:
    path = tmp_path / "pairs.csv"
    header = "pair,scope,doc_a,start_a,end_a,doc_b,start_b,end_b,same,conflict,reason,split"
    path.write_text(f"{header}\n{row}\n", encoding="utf-8")
    if where is None:
        assert len(load_pairs(path)) == 1
        return
    with pytest.raises(LabelError, match=where):
        load_pairs(path)


@pytest.mark.parametrize(
    ("text", "quote", "names"),
    [
        # The names of the figure's own clause, without the words that head them.
        ("Tỉnh Hà Tĩnh nhận 1.000 tỷ đồng hỗ trợ ngư dân bị ảnh hưởng.", "1.000 tỷ đồng", {"hà tĩnh"}),
        ("Trong khi đó, ngư dân Quảng Bình nhận 500 tỷ đồng.", "500 tỷ đồng", {"quảng bình"}),
        ("Tập đoàn Hòa Phát lãi 8.000 tỷ đồng, Vingroup lãi 4.000 tỷ đồng.", "8.000 tỷ đồng", {"hòa phát"}),
        ("Tập đoàn Hòa Phát lãi 8.000 tỷ đồng, Vingroup lãi 4.000 tỷ đồng.", "4.000 tỷ đồng", {"vingroup"}),
        # Who speaks is not whom the figure is about; a place in another clause is not either.
        ("Ông Nguyễn Văn An cho biết, năm nay doanh thu đạt 300 tỷ đồng.", "300 tỷ đồng", set()),
        ("Sáng 12/6, tại Hà Nội, xe khách chở 41 hành khách gặp nạn.", "41 hành khách", set()),
        # The sentence's first word alone is no name, after an opening quote too.
        ("Năm nay xuất khẩu gạo đạt 3 tỷ USD.", "3 tỷ USD", set()),
        ("“Sau đó chi tiêu thường xuyên đạt 3 tỷ USD.”", "3 tỷ USD", set()),
        # Who says the figure is its source, not what it is about.
        ("Hiệp hội Cà phê cho biết xuất khẩu cà phê đạt 3 tỷ USD.", "3 tỷ USD", set()),
        ("Bộ Công Thương cho biết xuất khẩu cà phê đạt 3 tỷ USD.", "3 tỷ USD", set()),
    ],
)
def test_the_subject_of_a_figure_is_the_names_of_its_clause(text: str, quote: str, names: set[str]) -> None:
    assert set(_read(text, quote).names) == names


@pytest.mark.parametrize(
    ("text", "quote", "sources"),
    [
        ("Chuyên gia Mỹ David Wright ước tính tầm bắn có thể lên đến 6.700 km.", "6.700 km", {"mỹ david wright"}),
        # A title between commas, and a clause before the figure's own.
        (
            "Ông Nguyễn Văn Hùng, nguyên Phó chủ tịch Hội đồng tham mưu liên quân, ước tính nếu bay theo "
            "quỹ đạo chuẩn, tên lửa có thể đạt khoảng 10.000 km.",
            "khoảng 10.000 km",
            {"nguyễn văn hùng"},
        ),
        # A hyphenated name is one name.
        ("Ông Shin Won-shik ước tính tên lửa bay được khoảng 10.000 km.", "khoảng 10.000 km", {"shin won-shik"}),
        # A name that says nothing is no source.
        ("Tại Hà Nội, giá vàng tăng 200.000 đồng mỗi lượng.", "200.000 đồng", set()),
    ],
)
def test_who_says_a_figure(text: str, quote: str, sources: set[str]) -> None:
    assert set(_read(text, quote).sources) == sources


@pytest.mark.parametrize(
    ("text", "quote", "conditions"),
    [
        ("Trung vệ sinh năm 1980 ký hợp đồng với mức lương 60.000 bảng/tuần.", "60.000 bảng", set()),
        ("Tiền đạo Nguyễn Văn A (SN 1995) nhận mức lương 60 triệu đồng.", "60 triệu đồng", set()),
        # Other numbers that are no figures stay conditions: "mức điểm 15" is one of several.
        ("Thí sinh đạt mức điểm 15 có 1.200 em.", "1.200 em", {"15"}),
    ],
)
def test_a_birth_year_is_no_condition(text: str, quote: str, conditions: set[str]) -> None:
    """A birth year says who, not under which condition: a draft that tells the player's
    age instead ("trung vệ 36 tuổi") is compared with the article that told his birth year."""
    assert set(_read(text, quote).conditions) == conditions


def test_one_source_is_evidence_two_sources_keep_nothing_apart() -> None:
    """A source in common links two figures as a name in common does; two sources (one
    figure told by two bodies) are no sign of two quantities, two subjects are."""
    from checker.linking.evidence import FEATURES, evidence
    from checker.linking.links import base_of

    def names_feature(first: str, second: str) -> float:
        a, b = _sentence("a", 2, first), _sentence("b", 2, second)
        x0, y0 = _figure("a", a, "8"), _figure("b", b, "9")
        by_id, rarity = base_of([x0, y0], {("a", 2): a, ("b", 2): b})
        return evidence(by_id[x0.claim_id], by_id[y0.claim_id], rarity)[FEATURES.index("names")]

    said = "Hiệp hội Lương thực cho biết xuất khẩu gạo đạt {} triệu tấn."
    assert names_feature(said.format(8), said.format(9)) == 1.0
    assert names_feature(said.format(8), "Bộ Công Thương cho biết xuất khẩu gạo đạt 9 triệu tấn.") == 0.0
    assert names_feature("Xuất khẩu gạo của Thái Lan đạt 8 triệu tấn.", "Xuất khẩu gạo của Ấn Độ đạt 9 triệu tấn.") == -1.0


@pytest.mark.parametrize(
    ("title", "text", "written"),
    [
        ("Kinh tế Việt Nam năm 2025: dấu ấn thương mại", "Tổng kim ngạch xuất nhập khẩu đạt 870 tỷ USD.", True),
        ("Dấu ấn thương mại", "Tổng kim ngạch xuất nhập khẩu đạt 870 tỷ USD.", False),
        ("Dấu ấn thương mại", "Năm 2025, tổng kim ngạch xuất nhập khẩu đạt 870 tỷ USD.", True),
        ("Thương mại 2025: một năm bứt phá", "Tổng kim ngạch xuất nhập khẩu đạt 870 tỷ USD.", True),
        ("Dấu ấn thương mại", "Trong quý I/2025, tổng kim ngạch xuất nhập khẩu đạt 870 tỷ USD.", True),
        # A year in a name is the name's: a model, an event, not the figure's time.
        ("Ra mắt Suzuki Wagon R 2025", "Mẫu Suzuki Wagon R 2025 có tổng kim ngạch xuất nhập khẩu đạt 870 tỷ USD.", False),
        ("Dấu ấn thương mại", "Bên lề APEC 2025, tổng kim ngạch xuất nhập khẩu đạt 870 tỷ USD.", False),
    ],
)
def test_a_period_is_written_in_the_sentence_or_the_title(title: str, text: str, written: bool) -> None:
    """The year of an article about one year, named in its title, counts as written for
    comparing; only a year in the figure's own sentence keeps two periods apart."""
    head, body = _sentence("a", 1, title), _sentence("a", 2, text)
    claim = _claim("a", body, "870 tỷ USD", 8.7e11, "2025")
    found = surroundings([claim], {("a", 1): head, ("a", 2): body})[claim.claim_id]
    assert found.explicit_period is written
    assert found.in_sentence is ("2025" in text)



def _figure(doc: str, sentence: Sentence, number: str) -> Claim:
    """The claim of `number` standing alone in the sentence ("2" in "cùng 2 phạm nhân")."""
    found = re.search(rf"(?<![\d.,]){re.escape(number)}(?![\d.,])", sentence.text)
    assert found is not None
    value = float(number)
    return replace(
        _claim(doc, sentence, number, value, ""), start=found.start(), end=found.end(),
        claim_id=f"{doc}-{found.start()}", low=value, high=value,
    )


@pytest.mark.parametrize(
    ("first", "second", "quotes", "kept_apart"),
    [
        # One sentence of one event, told by two outlets with another value: firm ground.
        ("Xe khách lao xuống vực làm 13 người chết, 33 người bị thương.",
         "Xe khách lao xuống vực làm 13 người chết, 32 người bị thương.", ("33", "32"), False),
        # A conversion at some exchange rate is no fact of its own.
        ("Mẫu xe có giá từ 21.995 USD (tương đương 497 triệu đồng) tại Mỹ.",
         "Mẫu xe có giá từ 21.995 USD (tương đương 506 triệu đồng) tại Mỹ.", ("497", "506"), True),
        # Another article's headline, linked in square brackets.
        ("Xe khách lao xuống vực làm 13 người chết, 33 người bị thương.",
         "[Xe khách lao xuống vực làm 13 người chết, 40 người bị thương]", ("33", "40"), True),
        # The others against all: "cùng 2 phạm nhân khác" leaves one out.
        ("Dương cùng 2 phạm nhân khác cưa song sắt bỏ trốn khỏi trại giam.",
         "Dương và 3 phạm nhân cưa song sắt bỏ trốn khỏi trại giam.", ("2", "3"), True),
        # The size of each article's own list.
        ("Dưới đây là 5 mẫu sedan được trang bị công nghệ hiện đại nhất năm nay.",
         "Dưới đây là 9 mẫu sedan được trang bị công nghệ hiện đại nhất năm nay.", ("5", "9"), True),
        # Two days named in the sentences: two forecasts.
        ("Chiều nay (14/5), rãnh áp thấp có trục ở khoảng 24 độ Vĩ Bắc.",
         "Sáng nay (15/5), rãnh áp thấp có trục ở khoảng 22 độ Vĩ Bắc.", ("24", "22"), True),
        # A part ("Riêng ...", "Trong đó, ...") against the whole; a remainder against all.
        ("Tại điểm trường thôn Hòa Bình, đoàn kiểm tra thu giữ hơn 18 kg bánh kẹo.",
         "Riêng điểm trường chính, đoàn kiểm tra thu giữ 7 kg bánh kẹo.", ("18", "7"), True),
        ("Khi đi được khoảng 12 km (còn cách đất liền khoảng 40 km), tàu bị sóng đánh chìm.",
         "Hòn Sơn cách đất liền khoảng 50 km, thu hút nhiều du khách.", ("40", "50"), True),
        # Two parts, both named so: firm ground as any sentence told again.
        ("Riêng tháng này, xuất khẩu gạo của cả nước đạt 12 triệu tấn.",
         "Riêng tháng này, xuất khẩu gạo của cả nước đạt 15 triệu tấn.", ("12", "15"), False),
        # ... "Trong tổng số ..." names a part as "Trong đó, ..." does.
        ("Trong đó, xuất khẩu gạo của cả nước đạt 12 triệu tấn.",
         "Trong tổng số đó, xuất khẩu gạo của cả nước đạt 15 triệu tấn.", ("12", "15"), False),
        ("Trong đó, xuất khẩu gạo của cả nước đạt 12 triệu tấn.",
         "Xuất khẩu gạo của cả nước đạt 15 triệu tấn.", ("12", "15"), True),
        # ... but the figure right after "Trong số" is the whole the part is told of.
        ("Trong số 18 chiếc xe bị tạm giữ, có 3 chiếc không có giấy tờ.",
         "Lực lượng chức năng đã tạm giữ 20 chiếc xe.", ("18", "20"), False),
        # ... and "38 bàn trong số đó" some of the goals told before it.
        ("Tiền đạo Hoàng Minh đã ghi tổng cộng 52 bàn, 38 bàn trong số đó được ghi trong vòng cấm.",
         "Tiền đạo Hoàng Minh đã ghi tổng cộng 52 bàn, 41 bàn được ghi trong vòng cấm.", ("38", "41"), True),
        # ... and "8 đội còn lại" the rest of the teams told before.
        ("Ban tổ chức cho biết 11 đội tuyển sẽ bốc thăm để vào 2 bảng đấu.",
         "Ban tổ chức cho biết 8 đội tuyển còn lại sẽ bốc thăm để vào 2 bảng đấu.", ("11", "8"), True),
    ],
)
def test_firm_ground_for_a_disagreement(first: str, second: str, quotes: tuple[str, str], kept_apart: bool) -> None:
    """Two figures of two articles of one story that disagree are linked only on firm ground
    (checker/linking/ground.py), whatever their confidence."""
    assert _allowed(first, second, quotes) is not kept_apart


@pytest.mark.parametrize(
    ("first", "second", "quotes", "unit", "line", "kept_apart"),
    [
        # Two phones' batteries in one wording: one phone only when the clauses name it.
        ("Các thông số đồn đoán của máy gồm chip mới, pin 3500 mAh, sạc nhanh.",
         "Máy vừa ra mắt được trang bị chip cao cấp, pin 4000 mAh.", ("3500", "4000"), "mah", 2, True),
        ("Galaxy S8 có pin 3500 mAh và hỗ trợ sạc nhanh.",
         "Galaxy S8 có pin 3000 mAh và hỗ trợ sạc nhanh.", ("3500", "3000"), "mah", 2, False),
        # A title's ranking: how many each article lists.
        ("Lộ diện 12 mẫu xe bán chạy nhất tháng này", "9 mẫu xe bán chạy nhất tháng này",
         ("12", "9"), "mẫu", 1, True),
        # The same words in a body sentence are a count of one thing.
        ("Đại lý đã bán được 12 mẫu xe bán chạy nhất tháng này.", "Đại lý đã bán được 9 mẫu xe bán chạy nhất tháng này.",
         ("12", "9"), "mẫu", 2, False),
    ],
)
def test_firm_ground_of_specs_and_rankings(
    first: str, second: str, quotes: tuple[str, str], unit: str, line: int, kept_apart: bool
) -> None:
    assert _allowed(first, second, quotes, unit, line) is not kept_apart


def _allowed(first: str, second: str, quotes: tuple[str, str], unit: str = "", line: int = 2) -> bool:
    """Whether `allowed` lets the two figures of two one-sentence articles of one story link."""
    from checker.linking.evidence import FEATURES, evidence
    from checker.linking.ground import allowed
    from checker.linking.links import base_of

    a, b = _sentence("a", line, first), _sentence("b", line, second)
    x0, y0 = (replace(_figure(d, s, q), unit=unit) for d, s, q in (("a", a, quotes[0]), ("b", b, quotes[1])))
    by_id, rarity = base_of([x0, y0], {("a", line): a, ("b", line): b})
    x, y = by_id[x0.claim_id], by_id[y0.claim_id]
    features = list(evidence(x, y, rarity))
    features[FEATURES.index("story")] = 1.0  # one story: the rest of the two articles is not written here
    return allowed(x, y, tuple(features), Settings())


@pytest.mark.parametrize(
    ("a", "b", "alike"),
    [
        # One event told again in other words: the dead, the injured, the arrested.
        ("người thiệt mạng", "người tử vong", True),
        ("người chết", "người tử nạn", True),
        ("người chấn thương", "người bị thương", True),
        ("bắt giữ đối tượng", "bắt giam đối tượng", True),
        # The dead and the injured together are neither; exports are not trade.
        ("người thương vong", "người chết", False),
        ("người chết", "người bị thương", False),
        ("kim ngạch xuất khẩu", "kim ngạch xuất nhập khẩu", False),
    ],
)
def test_metric_labels_in_other_words(a: str, b: str, alike: bool) -> None:
    from checker.linking.similarity import metric_similarity, metric_words

    assert (metric_similarity(metric_words(a), metric_words(b)) == 100) is alike


def test_sentences_that_name_one_day_outweigh_leads_that_name_others() -> None:
    """Two leads that name other days say two days' reports, unless the figures' own
    sentences name one day: then the evidence of other days is nothing."""
    from checker.linking.evidence import FEATURES, evidence
    from checker.linking.links import base_of

    def other_day(day_a: str, day_b: str) -> float:
        sentences = {
            ("a", 1): _sentence("a", 1, "Sáng 7/6, đoàn công tác đã đến thăm các gia đình."),
            ("b", 1): _sentence("b", 1, "Sáng 9/6, đoàn công tác đã đến thăm các gia đình."),
            ("a", 7): _sentence("a", 7, f"Trong ngày {day_a}, huyện có 4 trẻ bị đuối nước."),
            ("b", 7): _sentence("b", 7, f"Trong ngày {day_b}, huyện có 5 trẻ bị đuối nước."),
        }
        x0, y0 = _figure("a", sentences[("a", 7)], "4"), _figure("b", sentences[("b", 7)], "5")
        by_id, rarity = base_of([x0, y0], sentences)
        return evidence(by_id[x0.claim_id], by_id[y0.claim_id], rarity)[FEATURES.index("other_day")]

    assert other_day("8/6", "8/6") == 0.0
    assert other_day("8/6", "10/6") == 1.0


@pytest.mark.parametrize(("apart", "one_story"), [(1.0, True), (60.0, False)])
def test_stories_of_common_words_are_found_among_articles_a_few_days_apart(apart: float, one_story: bool) -> None:
    """Two outlets' reports of one event whose words are each in more than STORY_MAX_DF
    articles (an archive tells many crashes) are still one story when published a few days
    apart; months apart, common words shared are a topic, and are not compared."""
    from checker.linking.evidence import STORY_MAX_DF, STORY_NEAR_DF
    from checker.linking.links import base_of
    from checker.linking.timeline import Published

    told = "Xe tải tông xe khách trên quốc lộ, tài xế bỏ chạy, cảnh sát giao thông truy đuổi"
    others = [f"Tin {k}: {told} qua cầu, làm {k} người bị thương." for k in range(STORY_MAX_DF + 20)]
    sentences = {(f"o{k}", 1): _sentence(f"o{k}", 1, text) for k, text in enumerate(others)}
    sentences[("a", 1)] = _sentence("a", 1, f"{told} qua cầu, làm 7 người bị thương.")
    sentences[("b", 1)] = _sentence("b", 1, f"{told} qua cầu, làm 8 người bị thương.")
    claims = [_figure(doc, s, next(w for w in s.text.split() if w.isdigit())) for (doc, _), s in sentences.items()]
    published = {"a": Published(100.0, True), "b": Published(100.0 + apart, True)}
    published |= {f"o{k}": Published(300.0 + 10 * k, True) for k in range(len(others))}
    _, rarity = base_of(claims, sentences, published)
    assert STORY_MAX_DF < len(others) < STORY_NEAR_DF
    assert (("a", "b") in rarity.story_pairs(0.2, 3.0)) is one_story


@pytest.mark.parametrize(
    ("a", "b", "meet"),
    [
        ({"đặng thị linh"}, {"đặng thị linh"}, True),
        # a sentence's first word runs into the name ("Bé Đặng Thị Linh (12 tuổi"): one person
        ({"bé đặng thị linh"}, {"đặng thị linh"}, True),
        ({"tổng thống donald trump"}, {"donald trump"}, True),
        # one word is too little to tell ("Nam" ends "Việt Nam" and many a name)
        ({"việt nam"}, {"nam"}, False),
        ({"nguyễn văn bốn"}, {"trần thị vui"}, False),
        ({"đặng thị linh"}, {"linh đặng"}, False),
        ({"mỹ mitch mcconnell"}, {"mitch mcconnell"}, True),
        # the country and its cities end the names of schools and companies: after a head
        # (the city) the name is the place, else another thing (the medical university of
        # Hà Nội, the national university, a carmaker's Vietnamese arm)
        ({"tp hà nội"}, {"hà nội"}, True),
        ({"y hà nội"}, {"hà nội"}, False),
        ({"đh quốc gia hà nội"}, {"hà nội"}, False),
        ({"lexus việt nam"}, {"việt nam"}, False),
        # two names run together with nothing between them ("Brazil Conab" against "Brazil
        # (Conab)") are the two; not when one is the country or a city ("Lexus Việt Nam")
        ({"brazil conab"}, {"brazil", "conab"}, True),
        ({"brazil", "conab"}, {"brazil conab"}, True),
        ({"lexus việt nam"}, {"lexus", "việt nam", "toyota"}, False),
        ({"brazil conab"}, {"conab", "argentina"}, False),
    ],
)
def test_names_meet_when_one_ends_the_other(a: set[str], b: set[str], meet: bool) -> None:
    from checker.linking.similarity import names_meet

    assert names_meet(frozenset(a), frozenset(b)) is meet
    assert names_meet(frozenset(b), frozenset(a)) is meet


def test_articles_share_a_figure_whose_noun_one_names_in_more_words() -> None:
    """Two outlets' "xe 7 chỗ" and "xe 7 chỗ chạy" are one figure of the story they
    share (a story sharing almost none of its figures is read as a templated column)."""
    from checker.linking.evidence import Rarity

    def figures(doc: str, units: list[tuple[float, str]]) -> list[Claim]:
        s = _sentence(doc, 1, "x")
        return [replace(_claim(doc, s, "x", v, ""), claim_id=f"{doc}-{k}", unit=u) for k, (v, u) in enumerate(units)]

    a = figures("a", [(7.0, "chỗ"), (16.0, "chỗ"), (3.0, "xe")])
    b = figures("b", [(7.0, "chỗ chạy"), (16.0, "chỗ chạy"), (4.0, "xe")])
    other = figures("c", [(9.0, "tấn"), (2.0, "người")])
    found = surroundings([*a, *b, *other], {(d, 1): _sentence(d, 1, "x") for d in "abc"})
    rarity = Rarity(found.values())
    assert rarity.shared_figures("a", "b") > 0.5  # two of three, weighted by rarity
    assert rarity.shared_figures("a", "c") == 0.0
