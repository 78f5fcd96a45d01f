"""Stories and templated columns, on small archives written for the test in news phrasing:
one event told by many outlets is one story however many tell it; a column's line told
every day with that day's figures is no story, and its figures never conflict."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.config import Settings
from checker.models import Report
from checker.pipeline import CheckRequest, check

pytestmark = pytest.mark.usefixtures("workdir")

OUTLETS = ("Theo TTXVN", "Theo báo Giao thông", "Theo VnExpress", "Theo Tuổi Trẻ", "Theo Thanh Niên",
           "Theo Dân trí", "Theo Zing", "Theo VTV")


def _accident(outlet: str, injured: int) -> str:
    return (
        f"Xe khách lao xuống vực trên đèo Khánh Lê, {injured} người bị thương\n"
        f"{outlet}, khoảng 4 giờ sáng 12/6, xe khách giường nằm chở 41 hành khách từ Nha Trang đi Đà Lạt "
        f"bất ngờ lao xuống vực sâu 25 m trên đèo Khánh Lê.\n"
        f"Vụ tai nạn khiến 3 người chết tại chỗ và {injured} người bị thương được đưa đến Bệnh viện đa khoa tỉnh Khánh Hòa.\n"
        f"Lực lượng cứu hộ đã huy động 6 xe cứu thương và 2 cần cẩu để đưa xe khách lên đường.\n"
    )


def _gold(day: int, buy: str, sell: str, world: str) -> str:
    return (
        f"Giá vàng hôm nay {day}/6: vàng SJC đi ngang\n"
        f"Sáng {day}/6, Tập đoàn DOJI niêm yết giá vàng SJC ở mức {buy} triệu đồng/lượng (mua vào) "
        f"và {sell} triệu đồng/lượng (bán ra).\n"
        f"Trên thị trường thế giới, giá vàng giao ngay đứng ở mức {world} USD/ounce.\n"
    )


def _report(tmp_path: Path, articles: dict[str, str], settings: Settings | None = None) -> Report:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in articles.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return check(CheckRequest(corpus=folder, claims=None), settings or Settings())


def _run(tmp_path: Path, articles: dict[str, str]) -> list[tuple[str, set[str]]]:
    report = _report(tmp_path, articles)
    by_id = {c.claim_id: c for c in report.claims}
    return [(f.rule, {by_id[i].quote for i in f.claims}) for f in report.findings if f.rule.startswith("C1")]


def _c101(found: list[tuple[str, set[str]]], *quotes: str) -> bool:
    """Whether one C101 finding of `_run` holds all these quotes."""
    return any(rule == "C101" and set(quotes) <= found_quotes for rule, found_quotes in found)


def test_one_event_told_by_many_outlets_is_one_story(tmp_path: Path) -> None:
    """Eight outlets, one of which changed the count of the injured: more outlets than a
    templated column has partners, and still one story whose changed figure is reported."""
    articles = {f"outlet{k}": _accident(outlet, 33 if k == 7 else 32) for k, outlet in enumerate(OUTLETS)}
    found = _run(tmp_path, articles)
    assert _c101(found, "33 người", "32 người"), found


def test_one_story_told_twice_unchanged_has_no_finding(tmp_path: Path) -> None:
    articles = {f"outlet{k}": _accident(outlet, 32) for k, outlet in enumerate(OUTLETS[:3])}
    assert _run(tmp_path, articles) == []


def test_a_templated_column_of_other_days_is_no_story(tmp_path: Path) -> None:
    """The gold price column of four days: the same sentences, each day's own prices."""
    days = [(12, "36,55", "36,63", "1.265,4"), (13, "36,43", "36,51", "1.259,8"),
            (14, "36,27", "36,35", "1.270,1"), (15, "36,60", "36,68", "1.262,3")]
    found = _run(tmp_path, {f"gold{day}": _gold(day, *prices) for day, *prices in days})
    assert found == []


def _phone(name: str, specs: tuple[str, ...], price: str) -> str:
    screen, ghz, ram, storage, camera, selfie, battery, grams, thick, ppi, nits = specs
    return (
        f"{name} ra mắt tại Việt Nam, giá {price} triệu đồng\n"
        f"{name} được trang bị màn hình {screen} inch độ phân giải Full HD, vi xử lý 8 lõi tốc độ {ghz} GHz.\n"
        f"Máy có RAM {ram} GB, bộ nhớ trong {storage} GB, hỗ trợ thẻ nhớ tới 256 GB.\n"
        f"Camera sau {camera} MP, camera trước {selfie} MP, pin dung lượng {battery} mAh.\n"
        f"Máy nặng {grams} gram, dày {thick} mm và có 3 màu: đen, vàng, bạc.\n"
        f"Màn hình có mật độ điểm ảnh {ppi} ppi, độ sáng tối đa {nits} nit.\n"
        f"Sản phẩm bán ra từ ngày 15/6 tại các cửa hàng, giá {price} triệu đồng.\n"
    )


def test_two_spec_sheets_of_other_phones_do_not_conflict(tmp_path: Path) -> None:
    """Articles that state many figures (specs, tables, statistics) name many quantities
    with the same words: two phones' spec sheets are not one phone told twice."""
    found = _run(tmp_path, {
        "phone-a": _phone("Galaxy J7 Pro", ("5,5", "1,6", "3", "32", "13", "13", "3600", "181", "8", "401", "600"), "6,99"),
        "phone-b": _phone("Oppo F3", ("6", "1,5", "4", "64", "16", "16", "3200", "185", "7,3", "367", "500"), "7,99"),
    })
    assert [rule for rule, _ in found if rule == "C101"] == []


def _scores(outlet: str, cutoff: str, pupils: str, share: str) -> str:
    return (
        f"Bộ GD-ĐT công bố phổ điểm thi THPT quốc gia 2017\n"
        f"{outlet}, chiều 13/7, Bộ GD-ĐT đã công bố phổ điểm các tổ hợp xét tuyển của kỳ thi THPT quốc gia 2017 "
        f"với 857.000 thí sinh dự thi.\n"
        f"Ở tổ hợp khối A, có {pupils} thí sinh đạt tổng điểm từ {cutoff} điểm trở lên, chiếm {share}% tổng số thí sinh.\n"
        f"Điểm trung bình môn Toán là 4,6 điểm, môn Vật lý 5,2 điểm.\n"
    )


def test_other_figures_that_all_differ_tell_another_occasion(tmp_path: Path) -> None:
    """One story, two cut-offs: every other figure of the two sentences differs as well
    ("từ 15 điểm" vs "từ 15,5 điểm"), so the counts are of two occasions, not one told twice."""
    found = _run(tmp_path, {
        "a": _scores("Theo Dân trí", "15", "261.650", "64,39"),
        "b": _scores("Theo VnExpress", "15,5", "247.420", "60,89"),
    })
    assert [rule for rule, _ in found if rule == "C101"] == []


def test_a_figure_told_three_times_links_every_mention(tmp_path: Path) -> None:
    """Equal restatements are one quantity however many there are: each mention links to
    every other, not only to its best match (a changed one still pairs with its best)."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for k, outlet in enumerate(OUTLETS[:2]):
        (folder / f"outlet{k}.txt").write_text(
            _accident(outlet, 32) + "Đến chiều 12/6, 32 người bị thương vẫn đang được điều trị tại bệnh viện.\n",
            encoding="utf-8",
        )
    report = check(CheckRequest(corpus=folder, claims=None), Settings())
    injured = [c.claim_id for c in report.claims if c.quote == "32 người"]
    linked = {frozenset((link.claim_id, link.other_id)) for link in report.links}
    assert len(injured) == 6
    missing = [(a, b) for k, a in enumerate(injured) for b in injured[k + 1 :] if frozenset((a, b)) not in linked]
    assert len(missing) <= 2, missing  # at most the odd pair whose words share nothing


@pytest.mark.parametrize(
    ("body", "reported"),
    [
        ("Sau va chạm, 1 người tử vong tại chỗ, người còn lại tử vong trên đường đi cấp cứu.", False),
        ("Vụ nổ làm 4 người bị bỏng nặng, 6 trường hợp khác bị bỏng nhẹ.", False),
        ("Hậu quả, 1 người tử vong tại chỗ.", True),
    ],
)
def test_a_title_total_told_in_parts_is_no_contradiction(tmp_path: Path, body: str, reported: bool) -> None:
    """The body that tells the title's total in parts ("người còn lại", "6 trường hợp khác")
    does not contradict it; a body that tells another count does."""
    title = "Xe tải tông xe máy trên quốc lộ 1A, 2 người tử vong" if "tử vong" in body else "Nổ khí gas, 10 người bị bỏng"
    found = _run(tmp_path, {"a": f"{title}\nSáng 12/6, xe tải chạy hướng Bắc Nam đã tông vào xe máy.\n{body}\n"})
    assert any(rule == "C103" for rule, _ in found) is reported, found


SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.mark.parametrize(
    ("draft", "rule"),
    [
        # No year in the figure's sentence: the draft's title says which year it is about.
        ("Kinh tế Việt Nam năm 2025: dấu ấn thương mại\nNăm qua khép lại với nhiều kết quả tích cực "
         "của ngoại thương.\nTổng kim ngạch xuất nhập khẩu đạt 870 tỷ USD, thặng dư thương mại được duy trì.\n", "C101"),
        # A ratio told in other words than the archive's ("tăng ... lần so với", not "gấp ... lần").
        ("Ngoại giao kinh tế năm 2025\nTrong năm 2025, số thỏa thuận hợp tác được ký kết tăng 4 lần "
         "so với năm 2024.\n", "C202"),
    ],
)
def test_a_draft_is_compared_with_the_archive(tmp_path: Path, draft: str, rule: str) -> None:
    path = tmp_path / "draft.txt"
    path.write_text(draft, encoding="utf-8")
    report = check(CheckRequest(corpus=SEEDS, claims=None, drafts=(path,)), Settings())
    # (info aside: the archive's forecast "vượt mốc 900 tỷ USD" met by the draft's figure is C102's)
    assert [f.rule for f in report.findings if f.severity.value != "info"] == [rule], report.findings


def test_a_draft_with_two_figures_wrong_gets_both_reported(tmp_path: Path) -> None:
    """Two articles that disagree on most figures they share tell two occasions, but a
    draft that gets two figures wrong is a draft to correct twice."""
    path = tmp_path / "draft.txt"
    path.write_text(
        "Kinh tế Việt Nam năm 2025: dấu ấn thương mại\n"
        "Tổng kim ngạch xuất nhập khẩu đạt 870 tỷ USD, một con số kỷ lục.\n"
        "Việt Nam đã ký kết 350 thỏa thuận hợp tác, tăng 4 lần so với năm 2024.\n",
        encoding="utf-8",
    )
    report = check(CheckRequest(corpus=SEEDS, claims=None, drafts=(path,)), Settings())
    assert {"C101", "C202"} <= {f.rule for f in report.findings}, report.findings


@pytest.mark.parametrize(
    ("lines", "wrong"),
    [
        # Three figures of the seeds' story told wrong in a short draft: each is reported,
        # although the draft then shares few figures with the articles (no templated column).
        (("Năm 2025, Việt Nam đã nâng cấp quan hệ với 19 nước, ký kết hơn 300 thỏa thuận hợp tác.",
          "Số đối tác có quan hệ từ mức đối tác toàn diện trở lên là 45 nước.",
          "Tổng kim ngạch xuất nhập khẩu năm 2025 đạt 950 tỷ USD."), {"19 nước", "là 45 nước", "đạt 950 tỷ USD"}),
        # The same story told right ("hơn 300" holds 350): nothing.
        (("Năm 2025, Việt Nam đã nâng cấp quan hệ với 17 nước, ký kết hơn 300 thỏa thuận hợp tác.",
          "Số đối tác có quan hệ từ mức đối tác toàn diện trở lên là 42 nước, quan hệ ngoại giao với 194 nước.",
          "Việt Nam đã triển khai 75 hoạt động đối ngoại cấp cao."), set()),
    ],
)
def test_a_short_draft_gets_each_wrong_figure_reported(tmp_path: Path, lines: tuple[str, ...], wrong: set[str]) -> None:
    path = tmp_path / "draft.txt"
    path.write_text("Ngoại giao kinh tế năm 2025: những con số ấn tượng\n" + "\n".join(lines) + "\n", encoding="utf-8")
    report = check(CheckRequest(corpus=SEEDS, claims=None, drafts=(path,)), Settings())
    on_draft = {c.claim_id: c.quote for c in report.claims if c.doc == "draft"}
    found = {on_draft[i] for f in report.findings if f.rule == "C101" for i in f.claims if i in on_draft}
    assert found == wrong, report.findings


def _rates(outlet: str, hanoi: str, bracketed: bool = False) -> str:
    rates = (
        f"Nam Định (34,8%), Hòa Bình (32,7%), Hà Nội ({hanoi}%) và Phú Yên (20,4%)" if bracketed
        else f"Nam Định với 34,8%, Hòa Bình với 32,7%, Hà Nội với {hanoi}% và Phú Yên với 20,4%"
    )
    return (
        "Bệnh sán lá gan nhỏ phát hiện tại 32 tỉnh, thành phố\n"
        f"{outlet}, kết quả điều tra của Bộ Y tế cho thấy bệnh sán lá gan nhỏ được phát hiện tại 32 tỉnh, thành phố, "
        f"tỷ lệ nhiễm cao nhất ở {rates}.\n"
        "Bệnh lây qua việc ăn gỏi cá, cá chưa nấu chín, gây tổn thương gan, xơ gan.\n"
    )


def _followers(outlet: str, counts: tuple[str, ...]) -> str:
    return (
        "Những mỹ nhân Thái được yêu thích nhất trên Instagram\n"
        f"{outlet}, Davika Hoorne hiện có {counts[0]} triệu lượt theo dõi trên Instagram.\n"
        f"Ngôi sao phim Tình người duyên ma Mai Davika sở hữu {counts[1]} triệu lượt theo dõi.\n"
        f"Baifern Pimchanok, nữ chính của Tình yêu không có lỗi, có {counts[2]} triệu lượt theo dõi.\n"
        f"Trang cá nhân của Yaya Urassaya thu hút {counts[3]} triệu lượt theo dõi.\n"
        f"Mew Nittha, người mẫu kiêm diễn viên, có {counts[4]} triệu lượt theo dõi.\n"
    )


@pytest.mark.parametrize(
    ("first", "second", "changed"),
    [
        # One list sentence told by two outlets, one item changed: the other items, told in
        # both, are the list's next items, not a template's other values.
        (_rates("Theo TTXVN", "27,7"), _rates("Theo Dân trí", "36,0"), {"36,0%", "27,7%"}),
        # ... each item's figure in brackets after its name: the name says what it counts.
        (_rates("Theo TTXVN", "27,7", True), _rates("Theo Dân trí", "36,0", True), {"36,0%", "27,7%"}),
        # A list of lookalike figures (each star's followers), one changed: the lookalikes
        # that both articles state do not make the two articles two occasions.
        (_followers("Theo Zing", ("6", "5", "4", "7", "3")), _followers("Theo VTV", ("6", "5", "4", "9", "3")),
         {"7 triệu lượt", "9 triệu lượt"}),
    ],
)
def test_a_list_told_again_with_one_item_changed(tmp_path: Path, first: str, second: str, changed: set[str]) -> None:
    found = _run(tmp_path, {"a": first, "b": second})
    assert [quotes for rule, quotes in found if rule == "C101"] == [changed], found


def _raid_feature(seized: str) -> str:
    return (
        "Hành trình 90 ngày đêm phá đường dây ma túy xuyên biên giới\n"
        "Ngày 30/6, chúng tôi có dịp theo chân trinh sát Bộ đội Biên phòng tỉnh Điện Biên, gần một tháng sau "
        "khi đường dây ma túy xuyên quốc gia bị triệt phá.\n"
        "Đại tá Lò Văn Pâng kể lại những ngày đêm bám địa bàn ở khu vực biên giới.\n"
        "Các trinh sát phải cải trang thành người buôn bán nông sản để tiếp cận đối tượng.\n"
        "Nhiều lần, tổ công tác phải vượt suối, ngủ lại trong rừng giữa mùa mưa.\n"
        "Đường dây này do một chủ doanh nghiệp người Lào cầm đầu, hoạt động rất tinh vi.\n"
        "Ngày 1/6, tổ công tác ập vào một nhà nghỉ ở thị xã U Đôm Xay, bắt quả tang hai đối tượng đang giao hàng.\n"
        f"Lực lượng hai nước đã thu giữ tang vật là {seized} bánh heroin, 160.000 viên ma túy tổng hợp và nhiều "
        "tài liệu liên quan.\n"
    )


@pytest.mark.parametrize(("seized", "reported"), [("38", True), ("30", False)])
def test_a_draft_of_the_event_day_meets_a_later_feature(tmp_path: Path, seized: str, reported: bool) -> None:
    """A feature written weeks later names its own day in its lead ("Ngày 30/6") and the
    raid's day in its body ("Ngày 1/6"): a draft whose lead names the raid's day tells the
    same event, not another day's, and its changed count is reported."""
    draft = (
        "Biên phòng Điện Biên cùng lực lượng Lào phá đường dây ma túy\n"
        "Tối 1/6, tại một nhà trọ ở thị xã U Đôm Xay (Lào), tổ công tác bắt quả tang hai người đang giao ma túy.\n"
        f"Lực lượng hai nước tịch thu {seized} bánh heroin, 160.000 viên ma túy tổng hợp cùng nhiều tài liệu.\n"
    )
    assert ("C101" in _draft_rules(tmp_path, {"feature": _raid_feature("30")}, draft)) is reported


@pytest.mark.parametrize(("killed", "reported"), [("12", True), ("9", False)])
def test_a_draft_figure_is_not_kept_apart_by_an_article_s_other_names(tmp_path: Path, killed: str, reported: bool) -> None:
    """A figure whose sentence names nothing takes its article's names as its subject; those
    names ("Antonov An") do not keep a draft's figure, said of "Siberia", apart."""
    crash = (
        "Máy bay vận tải Antonov An-26 rơi ở Nga, 1 quân nhân thiệt mạng\n"
        "Nhà chức trách Nga cho biết máy bay vận tải Antonov An-26 rơi gần thành phố Saratov khi bay huấn luyện.\n"
        "Vụ tai nạn làm 1 quân nhân thiệt mạng, 5 người khác bị thương.\n"
        "Trước đó, hồi năm 2013, một máy bay cùng loại đã rơi xuống khu vực quân sự làm 9 người thiệt mạng.\n"
    )
    draft = (
        "Máy bay quân sự rơi khi đang bay huấn luyện\n"
        "Bộ Quốc phòng Nga thông báo máy bay Antonov rơi gần Saratov, làm 1 quân nhân thiệt mạng, 5 người khác bị thương.\n"
        f"Hồi năm 2013, một máy bay cùng loại cũng từng rơi xuống khu vực quân sự ở Siberia, khiến {killed} người thiệt mạng.\n"
    )
    assert ("C101" in _draft_rules(tmp_path, {"crash": crash}, draft)) is reported


def _draft_rules(tmp_path: Path, articles: dict[str, str], draft: str) -> set[str]:
    """The rules of the findings of a draft checked against an archive of `articles`."""
    archive = tmp_path / "archive"
    archive.mkdir()
    for name, text in articles.items():
        (archive / f"{name}.txt").write_text(text, encoding="utf-8")
    path = tmp_path / "draft.txt"
    path.write_text(draft, encoding="utf-8")
    report = check(CheckRequest(corpus=archive, claims=None, drafts=(path,)), Settings())
    return {f.rule for f in report.findings}


def _blast(outlet: str, dead: str) -> str:
    return (
        f"Nổ lớn trước cổng nhà trẻ ở Giang Tô, {dead}\n"
        f"{outlet}, chiều 15/6, một vụ nổ mạnh xảy ra trước cổng nhà trẻ tại huyện Phong, tỉnh Giang Tô, "
        "đúng lúc phụ huynh đón con tan học.\n"
        "Cảnh sát đang điều tra nguyên nhân vụ nổ, nghi do bình gas của một quầy hàng rong.\n"
    )


@pytest.mark.parametrize(("total", "reported"), [("7", False), ("6", True)])
def test_a_total_against_its_parts(tmp_path: Path, total: str, reported: bool) -> None:
    """"7 người thiệt mạng" in one outlet and "2 người thiệt mạng tại chỗ, 5 người qua đời
    trong bệnh viện" in another tell one total in parts (2 + 5 = 7): no disagreement; a
    total the parts do not make is one."""
    found = _run(tmp_path, {
        "a": _blast("Theo TTXVN", "nhiều người thương vong")
        + f"Vụ nổ làm {total} người thiệt mạng và 59 người bị thương.\n",
        "b": _blast("Theo AFP", "nhiều người thương vong")
        + "Vụ nổ làm 2 người thiệt mạng tại chỗ, 5 người thiệt mạng trong bệnh viện và 59 người bị thương.\n",
    })
    assert _c101(found, f"{total} người") is reported, found


@pytest.mark.parametrize(("body", "reported"), [("gần 400", False), ("400", True)])
def test_a_headline_drops_the_body_s_hedge(tmp_path: Path, body: str, reported: bool) -> None:
    """A title "400 điển hình" over a body "gần 400 điển hình" rounds the body's figure: it
    holds 377 as the body's does. A body that says 400 too does not."""
    found = _run(tmp_path, {
        "a": "Những người truyền cảm hứng cho công nhân lao động\n"
        "Lễ tuyên dương 377 điển hình tiên tiến toàn quốc năm 2017 diễn ra tại Hà Nội.\n"
        "Các điển hình được lựa chọn từ hàng nghìn hồ sơ của các tỉnh, thành phố.\n",
        "b": "Tuyên dương 400 điển hình tiên tiến toàn quốc năm 2017\n"
        f"Lễ tuyên dương {body} điển hình tiên tiến toàn quốc năm 2017 diễn ra tại Hà Nội.\n"
        "Các điển hình được lựa chọn từ hàng nghìn hồ sơ của các tỉnh, thành phố.\n",
    })
    assert any(rule == "C101" for rule, _ in found) is reported, found


def test_a_draft_is_not_compared_with_another_event_told_alike(tmp_path: Path) -> None:
    """Two attacks told in the same words and the same toll of dead are two events when the
    articles name no place or person in common: the draft's injured are compared with its
    own event's, not the other's."""
    same = (
        "Nổ lớn trước cổng nhà trẻ ở Giang Tô, 7 người thiệt mạng\n"
        "Chiều 15/6, một vụ nổ mạnh xảy ra trước cổng nhà trẻ tại huyện Phong, tỉnh Giang Tô, Trung Quốc.\n"
        "Vụ nổ làm 7 người thiệt mạng và 59 người bị thương, nhiều người trong số đó là phụ huynh.\n"
    )
    other = (
        "Tấn công khủng bố ở London, 7 người thiệt mạng\n"
        "Tối 3/6, những kẻ tấn công lao xe vào người đi bộ trên cầu London rồi đâm dao tại chợ Borough.\n"
        "Vụ tấn công làm 7 người thiệt mạng và 48 người bị thương, nhiều người trong số đó là du khách.\n"
    )
    draft = (
        "Trung Quốc: nổ trước cổng nhà trẻ, 7 người thiệt mạng\n"
        "Theo AFP, vụ nổ xảy ra tại huyện Phong, tỉnh Giang Tô, khi phụ huynh đang đón con tan học.\n"
        "Vụ nổ làm 7 người thiệt mạng và 74 người bị thương.\n"
    )
    archive = tmp_path / "archive"
    archive.mkdir()
    for name, text in (("same", same), ("other", other)):
        (archive / f"{name}.txt").write_text(text, encoding="utf-8")
    path = tmp_path / "draft.txt"
    path.write_text(draft, encoding="utf-8")
    report = check(CheckRequest(corpus=archive, claims=None, drafts=(path,)), Settings())
    docs = {c.claim_id: c.doc for c in report.claims}
    compared = {docs[i] for f in report.findings if f.rule == "C101" for i in f.claims}
    assert compared == {"draft", "same"}, report.findings


def _poisoning(outlet: str, speaker: str) -> str:
    return (
        "Hàng chục du khách Myanmar nhập viện nghi ngộ độc thực phẩm tại Đà Lạt\n"
        f"{outlet}, trưa 3/6, đoàn 45 du khách người Myanmar dùng bữa tại một nhà hàng trên đường Bùi Thị Xuân, "
        "TP Đà Lạt.\n"
        "Ít giờ sau, nhiều người đau bụng, nôn ói, chóng mặt và được 6 xe cứu thương đưa đến Bệnh viện Đa khoa Lâm Đồng.\n"
        f"{speaker}, Phó Giám đốc Bệnh viện Đa khoa Lâm Đồng cho biết 2 du khách vẫn phải thở máy.\n"
    )


@pytest.mark.parametrize(("speaker", "reported"), [("Bác sĩ Nguyễn Xuân Tạo", True), ("Bác sĩ Lê Văn Hùng", False)])
def test_one_story_names_its_figure_two_ways(tmp_path: Path, speaker: str, reported: bool) -> None:
    """One outlet tells the count as the doctor's ("Bác sĩ Nguyễn Xuân Tạo ... cho biết: 28
    du khách"), another as the city's ("... ở TP Đà Lạt, 27 du khách"): when each article
    names the other's name too, the two names are one event's, and the counts disagree. An
    article that never names the doctor keeps the two apart."""
    first = _poisoning("Theo VnExpress", "Bác sĩ Nguyễn Xuân Tạo") + (
        "Bác sĩ Nguyễn Xuân Tạo cho biết 28 du khách người Myanmar và 1 người Việt Nam đã được cấp cứu kịp thời.\n"
    )
    second = _poisoning("Theo Thanh Niên", speaker) + (
        "Sau khi ăn tại một nhà hàng ở TP Đà Lạt, 27 du khách người Myanmar đồng loạt bị đau bụng, nôn ói.\n"
    )
    found = _run(tmp_path, {"a": first, "b": second})
    assert _c101(found, "28 du khách", "27 du khách") is reported, found


def _debt(outlet: str, government: str, ending: str) -> str:
    return (
        "Quốc hội thảo luận dự án Luật Quản lý nợ công (sửa đổi)\n"
        f"{outlet}, sáng 25/5, Quốc hội thảo luận tại hội trường về dự án Luật Quản lý nợ công (sửa đổi) "
        "với 5 chương, 62 điều.\n"
        "Theo Bộ trưởng Tài chính, đến cuối năm 2016 nợ công ở mức 63,7% GDP, "
        f"nợ của Chính phủ ở mức {government}% GDP, {ending}\n"
        "Trong giai đoạn 2011-2016, Chính phủ đã phát hành trên 1.277 nghìn tỷ đồng trái phiếu.\n"
    )


@pytest.mark.parametrize(("government", "reported"), [("68,4", True), ("52,6", False)])
def test_one_story_s_clause_alike_names_a_bare_metric(tmp_path: Path, government: str, reported: bool) -> None:
    """A metric label of one bare word ("phủ" of "nợ của Chính phủ ở mức ...") names no one
    quantity in sentences unlike; two outlets of one story that tell the figure's clause in
    the same words, each going on in its own, tell one figure."""
    found = _run(tmp_path, {
        "a": _debt("Theo TTXVN", "52,6", "nợ nước ngoài của quốc gia ở mức 44,3% GDP, thấp hơn mức trần cho phép."),
        "b": _debt("Theo Tuổi Trẻ", government, "song áp lực trả nợ đang đè nặng lên ngân sách nhà nước những năm tới."),
    })
    pairs = [quotes for rule, quotes in found if rule == "C101"]
    assert pairs == ([{"ở mức 52,6%", f"ở mức {government}%"}] if reported else []), found


def _crash(outlet: str, driver: str, passenger: str) -> str:
    return (
        "Xe tải tông xe máy trên quốc lộ 1A, 2 người bị thương nặng\n"
        f"{outlet}, khoảng 9h15 sáng 3/6, xe tải BKS 89C-106.43 do tài xế {driver} điều khiển "
        "lưu thông trên quốc lộ 1A theo hướng Bắc - Nam.\n"
        "Khi đến km 24, xe tải bất ngờ tông vào xe máy đi cùng chiều, kéo lê xe máy khoảng 30 m.\n"
        f"Cú tông khiến người điều khiển xe máy và {passenger} ngồi sau bị thương nặng, được đưa đi cấp cứu.\n"
    )


@pytest.mark.parametrize(
    ("first", "second", "ages"),
    [
        # One person's age told differently by two outlets: one of them is wrong.
        (("Lê Quang Hưng (39 tuổi, trú huyện Tiên Lữ)", "chị Trần Thị Mai"),
         ("Lê Quang Hưng (40 tuổi, trú huyện Tiên Lữ)", "chị Trần Thị Mai"), {"39 tuổi", "40 tuổi"}),
        # Two people's ages, the driver's in one outlet, the passenger's in the other: two figures.
        (("Lê Quang Hưng (40 tuổi, trú huyện Tiên Lữ)", "chị Trần Thị Mai"),
         ("Lê Quang Hưng", "chị Trần Thị Mai (33 tuổi)"), set()),
        # An age written after no name ("một người đàn ông (40 tuổi)") is no one's in particular.
        (("một người đàn ông (40 tuổi, trú huyện Tiên Lữ)", "chị Trần Thị Mai"),
         ("Lê Quang Hưng", "chị Trần Thị Mai (33 tuổi)"), set()),
    ],
)
def test_a_person_s_age_is_compared_for_that_person_only(
    tmp_path: Path, first: tuple[str, str], second: tuple[str, str], ages: set[str]
) -> None:
    """Checked as a draft against an archive of the other (where closer calls are told)."""
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "b.txt").write_text(_crash("Theo Tuổi Trẻ", *second), encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text(_crash("Theo VOV", *first), encoding="utf-8")
    report = check(CheckRequest(corpus=archive, claims=None, drafts=(draft,)), Settings())
    quote = {c.claim_id: c.quote for c in report.claims}
    told = [{quote[i] for i in f.claims} for f in report.findings if f.rule == "C101"]
    assert told == ([ages] if ages else []), told


def _poll(outlet: str, share: str) -> str:
    return (
        "Hà Nội lấy ý kiến người dân về hệ thống loa phường\n"
        f"{outlet}, Sở Thông tin và Truyền thông Hà Nội cho biết cuộc lấy ý kiến trực tuyến về loa phường "
        "đã nhận được hơn 80.000 lượt góp ý sau 10 ngày.\n"
        f"Đã có {share} ý kiến cho rằng hoạt động của đài truyền thanh cấp cơ sở là cần thiết, nên duy trì.\n"
        "Lãnh đạo thành phố sẽ xem xét kết quả trước khi quyết định phương án cho 30 quận, huyện.\n"
    )


@pytest.mark.parametrize(("second", "reported"), [("73% (58.587)", False), ("73% (77.609)", True)])
def test_the_count_behind_a_share_tells_another_tally(tmp_path: Path, second: str, reported: bool) -> None:
    """"78% (77.609) ý kiến" and "73% (58.587) ý kiến" are two tallies of a running poll:
    the counts in brackets differ. The same count with another share is one tally told two
    ways."""
    found = _run(tmp_path, {"a": _poll("Theo Tuổi Trẻ", "78% (77.609)"), "b": _poll("Theo VnExpress", second)})
    assert _c101(found, "78%", "73%") is reported, found


def _exam_statistics(outlet: str, rooms_sentence: str) -> str:
    """An exam's statistics told by one outlet: a dense page, more figures than a story's."""
    return (
        "Kỳ thi THPT quốc gia 2017: hơn 860.000 thí sinh đăng ký dự thi\n"
        f"{outlet}, Bộ GD-ĐT cho biết kỳ thi năm nay có 865.975 thí sinh đăng ký, trong đó 532.000 thí sinh "
        "đăng ký xét tuyển đại học, cao đẳng.\n"
        "Lực lượng làm nhiệm vụ gồm 4.500 cán bộ thanh tra, 35.000 cán bộ coi thi và 12.000 cán bộ công an.\n"
        "Có 38 trường đại học được giao chủ trì 63 cụm thi, với 97 tổ công tác của Bộ.\n"
        "Ngân sách tổ chức kỳ thi khoảng 450 tỷ đồng, lệ phí mỗi môn 30.000 đồng.\n"
        "Đề thi gồm 5 bài thi, trong đó 3 bài thi tổng hợp với 40 câu hỏi mỗi môn thành phần.\n"
        "Thí sinh tự do chiếm 7% số thí sinh đăng ký, khoảng 60.000 em.\n"
        f"{rooms_sentence}\n"
    )


@pytest.mark.parametrize(
    ("second", "reported"),
    [
        # All other figures of the two sentences agree, one differs: one fact told twice.
        ("Kỳ thi có 63 cụm thi tại tất cả các tỉnh, thành phố, gồm 2.364 điểm thi với 36.832 phòng thi.", True),
        # Another figure of the sentence differs too: another count, not the same one retold.
        ("Kỳ thi có 63 cụm thi tại tất cả các tỉnh, thành phố, gồm 2.346 điểm thi với 36.832 phòng thi.", False),
    ],
)
def test_a_statistics_page_s_sentence_told_with_the_same_other_figures(
    tmp_path: Path, second: str, reported: bool
) -> None:
    """On a dense page (a statistics summary) the same words name many quantities, so a
    disagreement counts when the sentence's other figures all agree: "2.364 điểm thi với
    36.382 phòng thi" in one outlet, "2.364 điểm thi với 36.832 phòng thi" in another."""
    first = _exam_statistics("Theo VnExpress", "Cả nước có 2.364 điểm thi với 36.382 phòng thi.")
    found = _run(tmp_path, {"a": first, "b": _exam_statistics("Theo Tuổi Trẻ", second)})
    assert _c101(found, "36.382 phòng", "36.832 phòng") is reported, found


def _follow_up(injured: int, recalls_the_day: bool) -> str:
    """The next day's report of the crash `_accident` tells: its lead names its own day."""
    recalled = "khoảng 4 giờ sáng 12/6" if recalls_the_day else "trước đó"
    return (
        "Khởi tố vụ xe khách lao xuống vực trên đèo Khánh Lê\n"
        "Theo Tuổi Trẻ, ngày 13/6, Công an tỉnh Khánh Hòa đã khởi tố vụ án xe khách giường nằm chở 41 hành khách "
        "lao xuống vực sâu 25 m trên đèo Khánh Lê.\n"
        f"Tai nạn làm 3 người chết tại chỗ, {injured} người bị thương đã được chuyển đến bệnh viện tỉnh cấp cứu.\n"
        "Lực lượng cứu hộ đã huy động 6 xe cứu thương và 2 cần cẩu để đưa xe khách lên đường.\n"
        "Cơ quan điều tra đang làm rõ trách nhiệm của nhà xe.\n"
        f"Như đã đưa tin, {recalled}, xe khách đang đổ đèo thì mất lái.\n"
    )


@pytest.mark.parametrize(("recalls_the_day", "reported"), [(True, True), (False, False)])
def test_a_follow_up_that_names_the_first_report_s_day(tmp_path: Path, recalls_the_day: bool, reported: bool) -> None:
    """The next day's report leads with its own day (13/6), not the crash's (12/6): one
    story when it names the crash's day further down and tells most of its figures; a
    report of another day when it does not."""
    found = _run(tmp_path, {"a": _accident("Theo TTXVN", 32), "b": _follow_up(33, recalls_the_day)})
    assert _c101(found, "33 người", "32 người") is reported, found


def _toll(outlet: str, injured: str) -> str:
    return (
        "Xe tải tông xe khách trên quốc lộ 1A, 3 người chết\n"
        f"{outlet}, khoảng 2 giờ sáng 20/7, xe tải chở 30 tấn đá tông vào đuôi xe khách chở 29 hành khách "
        "đang dừng đón khách trên quốc lộ 1A.\n"
        f"Vụ tai nạn làm 3 người chết tại chỗ, {injured} được đưa đến Bệnh viện đa khoa tỉnh Bình Thuận.\n"
        "Quốc lộ 1A ùn tắc khoảng 5 km trong 3 giờ.\n"
    )


@pytest.mark.parametrize(("second", "reported"), [("2 người bị thương", True), ("2 người bị thương nặng", False)])
def test_the_gravely_hurt_are_some_of_the_injured(tmp_path: Path, second: str, reported: bool) -> None:
    found = _run(tmp_path, {"a": _toll("Theo VnExpress", "4 người bị thương"), "b": _toll("Theo Tuổi Trẻ", second)})
    assert _c101(found, "4 người", "2 người") is reported, found


def _car(outlet: str, title_price: str, body: str) -> str:
    return (
        f"Mitsubishi tung phiên bản đặc biệt Outlander Sport giá {title_price}\n"
        f"{outlet}, phiên bản đặc biệt Outlander Sport Limited Edition vừa được giới thiệu tại thị trường Mỹ "
        f"với số lượng giới hạn, {body}.\n"
        "Xe có 6 túi khí, màn hình cảm ứng 7 inch và động cơ 2.0L cho công suất 148 mã lực.\n"
        "Phiên bản tiêu chuẩn ES vẫn được bán song song tại 50 bang.\n"
    )


@pytest.mark.parametrize(
    ("first_body", "second_title", "second_body", "reported"),
    [
        # One US price converted to dong at two rates: in brackets with "khoảng", and its title.
        ("giá chỉ từ 21.995 USD (tương đương 497 triệu đồng)", "506 triệu đồng tại Mỹ",
         "giá khởi điểm từ 21.995 USD (khoảng 506 triệu đồng)", False),
        # A price in dong that is no conversion, told two ways: a discrepancy.
        ("giá bán tại Việt Nam từ 497 triệu đồng", "506 triệu đồng", "giá bán tại Việt Nam từ 506 triệu đồng", True),
    ],
)
def test_one_price_converted_at_two_rates_is_no_disagreement(
    tmp_path: Path, first_body: str, second_title: str, second_body: str, reported: bool
) -> None:
    first = _car("Theo VnExpress", "497 triệu đồng", first_body)
    found = _run(tmp_path, {"a": first, "b": _car("Theo Zing", second_title, second_body)})
    assert _c101(found, "497 triệu đồng", "506 triệu đồng") is reported, found


def _launch(figure_sentence: str) -> str:
    return (
        "Triều Tiên phóng tên lửa đạn đạo ra vùng biển Nhật Bản\n"
        "Sáng 14/5, Triều Tiên đã phóng một tên lửa đạn đạo từ khu vực Kusong, phía tây bắc Bình Nhưỡng.\n"
        f"{figure_sentence}\n"
        "Mỹ, Nhật Bản và Hàn Quốc đã lên án vụ phóng; Hội đồng Bảo an sẽ họp khẩn trong 2 ngày tới.\n"
    )


FLIGHT = "tên lửa mà Triều Tiên vừa phóng đã bay được {} trước khi rơi xuống biển Nhật Bản."
YONHAP = "Hãng tin Yonhap của Hàn Quốc dẫn nguồn tin quân đội nước này cho biết, " + FLIGHT


@pytest.mark.parametrize(
    ("second", "severity"),
    [
        # Each figure said by a source of its own: two estimates, told as info.
        ("Quân đội Mỹ khẳng định " + FLIGHT.format("khoảng 800 km"), {"info"}),
        # The same source says both: a discrepancy.
        (YONHAP.format("khoảng 800 km"), {"error", "warning"}),
    ],
)
def test_two_sources_estimates_are_info(tmp_path: Path, second: str, severity: set[str]) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(_launch(YONHAP.format("khoảng 700 km")), encoding="utf-8")
    (folder / "b.txt").write_text(_launch(second), encoding="utf-8")
    report = check(CheckRequest(corpus=folder, claims=None), Settings())
    found = [f.severity.value for f in report.findings if f.rule == "C101"]
    assert len(found) == 1 and found[0] in severity, [f.message for f in report.findings]


def test_one_speaker_named_by_a_family_name_is_one_source(tmp_path: Path) -> None:
    """A spokesperson named in full in one article and by a family name in the other
    ("Jeff Davis", "ông Davis") is one source: a discrepancy, not two estimates."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(
        _launch("Người phát ngôn Lầu Năm Góc Jeff Davis cho biết, " + FLIGHT.format("khoảng 700 km")), encoding="utf-8"
    )
    (folder / "b.txt").write_text(_launch("Ông Davis cho biết, " + FLIGHT.format("khoảng 800 km")), encoding="utf-8")
    report = check(CheckRequest(corpus=folder, claims=None), Settings())
    found = [f.severity.value for f in report.findings if f.rule == "C101"]
    assert len(found) == 1 and found[0] in {"error", "warning"}, [f.message for f in report.findings]


@pytest.mark.parametrize(("second", "reported"), [("52 tuổi", True), ("40 tuổi", False)])
def test_an_age_in_a_short_sentence_copied_is_one_persons(tmp_path: Path, second: str, reported: bool) -> None:
    """An age told of no one by name ("con trai bà đã 40 tuổi") is one person's when the
    two articles tell its sentence word for word: a copy, whose changed age is reported."""
    story = (
        "Người mẹ hiến tạng con trai cứu 5 người\n"
        "Chiều 6/2, một người phụ nữ đã đến Bệnh viện Việt Đức xin hiến tạng của con trai bị chết não.\n"
        "Khi hỏi rõ câu chuyện thì được biết con trai người phụ nữ này đã {}.\n"
        "Các bác sĩ đã lấy tim, gan và 2 quả thận để ghép cho 5 bệnh nhân.\n"
    )
    found = _run(tmp_path, {"a": story.format("40 tuổi"), "b": story.format(second)})
    assert _c101(found, "40 tuổi", second) is reported, found


def _survey(outlet: str, flat: str) -> str:
    return (
        "Doanh nghiệp dệt may lạc quan về đơn hàng quý III\n"
        f"{outlet}, Hiệp hội Dệt may vừa công bố kết quả khảo sát 320 doanh nghiệp thành viên trong tháng 6.\n"
        "Cụ thể, có 64% doanh nghiệp dự báo đơn hàng tăng trong quý tới, 21% cho rằng đơn hàng giảm "
        f"và {flat} cho rằng đơn hàng đi ngang.\n"
        "Các doanh nghiệp cho biết giá bông nhập khẩu vẫn ở mức cao.\n"
    )


def test_a_figure_of_a_sentence_told_again_pairs_at_its_place(tmp_path: Path) -> None:
    """One survey sentence told by two outlets, one share changed: the changed share pairs
    with the share at its place ("... đi ngang"), not with the other article's equal share
    of another place ("21% cho rằng đơn hàng giảm")."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(_survey("Theo VnExpress", "cũng 21%"), encoding="utf-8")
    (folder / "b.txt").write_text(_survey("Theo Thanh Niên", "15%"), encoding="utf-8")
    report = check(CheckRequest(corpus=folder, claims=None), Settings())
    by_id = {c.claim_id: c for c in report.claims}
    found = [f for f in report.findings if f.rule == "C101"]
    assert len(found) == 1, [f.message for f in report.findings]
    flat = [by_id[i] for i in found[0].claims if by_id[i].value == 21]
    assert len(flat) == 1 and "đi ngang" in _after(flat[0], report), found[0].message


def _after(claim: object, report: object) -> str:
    """The words of a claim's sentence after its figure."""
    sentence = report.sentences[(claim.doc, claim.sentence)]  # type: ignore[attr-defined]
    return sentence.text[claim.end - sentence.start :]  # type: ignore[attr-defined]


def _collision(outlet: str, casualties: str) -> str:
    return (
        "Xe container tông xe khách trên quốc lộ 19\n"
        f"{outlet}, cơ quan chức năng đang điều tra nguyên nhân vụ tai nạn.\n"
        "Trước đó, khoảng 5 giờ 30 ngày 11.7, xảy ra vụ va chạm giữa xe container và xe khách trên quốc lộ 19, "
        f"thuộc xã Tân An, huyện Đak Pơ (Gia Lai) làm {casualties} người thương vong.\n"
        "Quốc lộ 19 ùn tắc nhiều giờ sau vụ tai nạn.\n"
    )


@pytest.mark.parametrize(("second", "reported"), [("15", True), ("3", False)])
def test_a_sentence_told_again_with_a_far_figure(tmp_path: Path, second: str, reported: bool) -> None:
    """One sentence told again word for word by two outlets but for the figure: its values
    are compared however far apart ("3" and "15" casualties), which figures of other
    sentences are not."""
    found = _run(tmp_path, {"a": _collision("Theo VnExpress", "3"), "b": _collision("Theo Tuổi Trẻ", second)})
    assert _c101(found, "3 người", "15 người") is reported, found


def test_a_draft_s_figures_are_linked_from_the_draft_confidence(tmp_path: Path) -> None:
    """A draft's figure is linked, and its conflict reported, from `draft_min_confidence`
    on, though the archive's own pairs need `link_confidence` (here set higher than the
    pair's confidence) to link at all."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(_toll("Theo VnExpress", "4 người bị thương"), encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text(_toll("Theo Tuổi Trẻ", "6 người bị thương"), encoding="utf-8")
    strict = Settings(link_confidence=0.999, min_confidence=0.999, draft_min_confidence=0.5)  # (the pair's: 0.99)
    report = check(CheckRequest(corpus=folder, claims=None, drafts=(draft,)), strict)
    assert [f.rule for f in report.findings if f.rule == "C101"] == ["C101"], [f.message for f in report.findings]
    (folder / "b.txt").write_text(_toll("Theo Tuổi Trẻ", "6 người bị thương"), encoding="utf-8")
    archive = check(CheckRequest(corpus=folder, claims=None), strict)
    assert [f.rule for f in archive.findings if f.rule == "C101"] == [], [f.message for f in archive.findings]


def test_a_twin_that_agrees_does_not_hide_a_restatement_that_disagrees(tmp_path: Path) -> None:
    """The second article tells "2 cô giáo" of the clip and "3 cô giáo" of the suspension
    the first tells with 2: its agreeing twin, scored a little higher, does not keep the
    disagreeing restatement from being reported."""
    first = (
        "Đình chỉ công tác 2 cô giáo đánh trẻ ở nhóm lớp Hoa Sen\n"
        "Theo VnExpress, chiều 6/2, Phòng GD&ĐT quận Hai Bà Trưng đã quyết định đình chỉ công tác 2 cô giáo "
        "của nhóm lớp Hoa Sen.\n"
        "Nhóm lớp Hoa Sen trông giữ khoảng 40 trẻ từ 18 tháng đến 5 tuổi.\n"
    )
    second = (
        "Phẫn nộ clip cô giáo dùng dép đánh trẻ ở nhóm lớp Hoa Sen\n"
        "Theo Dân trí, đoạn clip ghi lại cảnh 2 cô giáo nhóm lớp Hoa Sen dùng dép đánh trẻ gây phẫn nộ.\n"
        "Chiều 6/2, Phòng GD&ĐT quận Hai Bà Trưng cho biết đã quyết định đình chỉ công tác 3 cô giáo của nhóm lớp này.\n"
        "Nhóm lớp Hoa Sen trông giữ khoảng 40 trẻ từ 18 tháng đến 5 tuổi.\n"
    )
    found = _run(tmp_path, {"a": first, "b": second})
    assert [quotes for rule, quotes in found if rule == "C101"] == [{"2 cô giáo", "3 cô giáo"}], found


@pytest.mark.parametrize(("body", "severity"), [("3,8 m", "info"), ("3 m", "warning")])
def test_a_title_rounds_its_body_s_figure(tmp_path: Path, body: str, severity: str) -> None:
    """A title that tells its body's figure rounded at the title's own precision ("4 mét"
    over "3,8 m") is within what the written precision allows: info. One it cannot round
    to ("3 m") stays a disagreement."""
    (tmp_path / "a.txt").write_text(
        "Cá voi dài 4 mét dạt vào bờ biển Quảng Ngãi\n"
        f"Một con cá voi dài {body}, nặng khoảng 800 kg đã dạt vào bờ biển thôn Hải Ninh vào sáng 20.5.\n"
        "Người dân đã chôn cất con cá voi theo phong tục địa phương.\n",
        encoding="utf-8",
    )
    report = check(CheckRequest(corpus=tmp_path, claims=None), Settings())
    assert [f.severity.value for f in report.findings if f.rule == "C103"] == [severity], [f.message for f in report.findings]


def _textiles(outlet: str, said: str) -> str:
    return (
        "Lãnh đạo Vinatex: Doanh nghiệp cổ phần hóa sâu làm ăn hiệu quả hơn\n"
        f"{outlet}, sáng 25/6, tại hội nghị tổng kết của Tập đoàn Dệt May Việt Nam (Vinatex) ở Hà Nội, lãnh đạo "
        "tập đoàn đánh giá kết quả cổ phần hóa các đơn vị thành viên.\n"
        f"{said}\n"
        "Doanh thu của tập đoàn năm qua tăng 8%, xuất khẩu đạt 2,3 tỷ USD.\n"
    )


def test_a_draft_s_bare_metric_meets_the_archive_when_one_subject_is_named(tmp_path: Path) -> None:
    """A bare metric word ("giữ hơn 80%") links two articles' figures only in sentences
    alike; a draft's figure whose clause names the archive figure's subject (Vinatex) is
    compared all the same, and two archive articles told so are not."""
    archive = {"a": _textiles("Theo VnExpress", "Những doanh nghiệp cổ phần hóa cạn, nơi Vinatex vẫn giữ hơn 80%, "
                                                "thì làm chơi ăn thật.")}
    draft = _textiles("Theo báo Công Thương", "Theo ông Nghị, ở các đơn vị mà Vinatex vẫn giữ hơn 60% vốn thì người "
                                              "quản lý thường chỉ làm việc theo nhiệm kỳ.")
    (tmp_path / "draft").mkdir()
    (tmp_path / "archive").mkdir()
    assert "C101" in _draft_rules(tmp_path / "draft", archive, draft)
    found = _run(tmp_path / "archive", {**archive, "b": draft})
    assert not [quotes for rule, quotes in found if rule == "C101"], found


def _verdict(outlet: str, term: str) -> str:
    return (
        "Ghen tuông, chồng đâm chết vợ rồi tự sát bất thành\n"
        f"{outlet}, ngày 23/6, TAND tỉnh Đồng Nai mở phiên tòa sơ thẩm xét xử bị cáo Nguyễn Thanh Thảo "
        "về tội giết người.\n"
        f"{term}\n"
        "Theo cáo trạng, Thảo và vợ thường xuyên cãi vã vì Thảo nghi vợ ngoại tình.\n"
    )


@pytest.mark.parametrize(
    ("second", "reported"),
    [
        ("Hội đồng xét xử tuyên phạt bị cáo Thảo 20 năm tù.", True),
        ("Hội đồng xét xử tuyên phạt bị cáo Thảo 17 năm tù giam.", False),  # ("tù giam" is "tù")
        ("Đại diện Viện kiểm sát đề nghị tuyên phạt bị cáo Thảo 20 năm tù.", False),  # a proposal, not the verdict
    ],
)
def test_a_prison_term_told_by_two_outlets(tmp_path: Path, second: str, reported: bool) -> None:
    """A prison term is a figure (durations are not): two outlets that tell one verdict with
    two terms disagree; the prosecution's proposal is no verdict."""
    found = _run(tmp_path, {
        "a": _verdict("Theo VnExpress", "Hội đồng xét xử tuyên phạt bị cáo Thảo 17 năm tù."),
        "b": _verdict("Theo Tuổi Trẻ", second),
    })
    assert any(rule == "C101" for rule, _ in found) is reported, found


def test_a_finding_is_named_by_a_side_that_has_a_metric(tmp_path: Path) -> None:
    """A figure whose clause opens with it ("... Thảo (50 tuổi) 20 năm tù về tội ...", a
    draft's) names no metric: the finding is named by the other side's."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    damages = "về tội giết người, buộc bồi thường cho gia đình bị hại 120 triệu đồng."
    (folder / "a.txt").write_text(
        _verdict("Theo VnExpress", f"Hội đồng xét xử tuyên phạt bị cáo Thảo 17 năm tù {damages}"), encoding="utf-8"
    )
    draft = tmp_path / "draft.txt"
    draft.write_text(
        _verdict("Theo Tuổi Trẻ", f"Hội đồng xét xử tuyên phạt Nguyễn Thanh Thảo (50 tuổi) 20 năm tù {damages}"),
        encoding="utf-8",
    )
    report = check(CheckRequest(corpus=folder, claims=None, drafts=(draft,)), Settings())
    messages = [f.message for f in report.findings if f.rule == "C101"]
    assert len(messages) == 1 and messages[0].startswith("xét xử tuyên phạt"), messages


def test_a_generic_acronym_names_no_product(tmp_path: Path) -> None:
    """"RAM 3 GB" names no phone ("RAM", "PCCC", "THPT" are kinds, not names): two phones'
    memories, one told in a draft, are not one quantity."""
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "f5.txt").write_text(
        "Ra mắt Gionee F5 giá mềm, RAM 4GB\n"
        "Gionee F5 có thiết kế cao cấp, mặt lưng kim loại nguyên khối, màn hình 5,3 inch.\n"
        "Bên trong, Gionee F5 được trang bị vi xử lý MediaTek MT6750 cùng với RAM 4 GB.\n"
        "Máy có giá 6,49 triệu đồng, bán ra từ ngày 10/2.\n",
        encoding="utf-8",
    )
    draft = tmp_path / "draft.txt"
    draft.write_text(
        "Gionee A1 Lite có camera selfie 20 MP, giá chỉ 6 triệu đồng\n"
        "Gionee A1 Lite là mẫu điện thoại tầm trung nhắm tới giới trẻ yêu thích chụp ảnh tự sướng.\n"
        "Máy dùng chip MediaTek MT6753, màn hình HD 5,3 inch, RAM 3 GB và bộ nhớ trong 32 GB.\n"
        "Gionee A1 Lite được bán tại các cửa hàng trên toàn quốc từ tuần này.\n",
        encoding="utf-8",
    )
    report = check(CheckRequest(corpus=tmp_path / "archive", claims=None, drafts=(draft,)), Settings())
    assert not [f.message for f in report.findings if f.rule == "C101" and "GB" in f.message]


def _price_page() -> str:
    lines = [
        "Bảng giá xe Mercedes-Benz tháng 5/2017 tại Việt Nam",
        "Mercedes-Benz Việt Nam vừa công bố bảng giá mới cho các dòng xe lắp ráp và nhập khẩu.",
    ]
    for model, price, power in (
        ("C200", "1,469", "156"), ("C250", "1,649", "184"), ("C300 AMG", "1,869", "241"), ("E200", "2,099", "197"),
        ("E250", "2,479", "211"), ("E300 AMG", "2,769", "245"), ("GLC 250", "1,849", "258"),
    ):
        lines.append(f"Mercedes {model} có giá bán là {price} tỷ đồng, động cơ cho công suất {power} mã lực.")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(("model", "reported"), [("E250", True), ("S450", False)])
def test_a_draft_meets_a_dense_page_on_its_own_subject(tmp_path: Path, model: str, reported: bool) -> None:
    """A price page states many figures (a dense article): its words name many quantities,
    and a draft's figure meets it only on the line of the subject the draft's figure is
    told of (the E250's price), not on another model's."""
    draft = (
        f"Mercedes {model} mới về Việt Nam, giá tăng nhẹ\n"
        f"Mẫu sedan Mercedes {model} vừa được hãng điều chỉnh giá bán tại thị trường Việt Nam.\n"
        f"Tại Việt Nam, Mercedes {model} được bán với giá 2,599 tỷ đồng.\n"
    )
    assert ("C101" in _draft_rules(tmp_path, {"prices": _price_page()}, draft)) is reported


def _howitzer(outlet: str, reach: str) -> str:
    return (
        f"Quân đội Philippines nhận lô pháo tự hành mới từ Israel\n"
        f"{outlet}, ngày 14/5, Bộ Quốc phòng Philippines đã tiếp nhận 12 khẩu pháo tự hành ATMOS do Israel sản xuất.\n"
        f"Loại pháo cỡ nòng 155 mm này có tầm bắn tối đa {reach} km và tốc độ bắn 6 phát mỗi phút.\n"
        f"Hợp đồng mua sắm trị giá 47 triệu USD được ký kết hồi năm ngoái.\n"
    )


@pytest.mark.parametrize(("reach", "reported"), [("22", True), ("17", False)])
def test_two_maxima_of_one_quantity_are_compared_as_stated(tmp_path: Path, reach: str, reported: bool) -> None:
    """"tầm bắn tối đa 17 km" and "tầm bắn tối đa 22 km" state two maximum ranges of one gun:
    read as intervals below each bound they would both hold; as stated they disagree."""
    found = _run(tmp_path, {"a": _howitzer(OUTLETS[0], "17"), "b": _howitzer(OUTLETS[1], reach)})
    assert any(rule == "C101" for rule, _ in found) is reported, found


def _buffalo(outlet: str, paid: str) -> str:
    return (
        f"Chủ trâu tử vong sau khi bị trâu húc tại lễ hội chọi trâu\n"
        f"{outlet}, sáng 1/7, tại trận đấu thứ 14 của lễ hội chọi trâu quận Đồ Sơn, trâu số 18 bất ngờ quay lại "
        f"húc chủ là ông Đinh Xuân Hướng.\n"
        f"Ông Hướng được đưa đi cấp cứu nhưng đã tử vong vào chiều cùng ngày.\n"
        f"{paid}\n"
    )


@pytest.mark.parametrize(
    ("second", "reported"),
    [
        ("Cơ quan bảo hiểm đã tạm ứng trước cho gia đình ông Đinh Xuân Hướng 15 triệu đồng.", False),
        ("UBND quận Đồ Sơn đã hỗ trợ gia đình ông Đinh Xuân Hướng 15 triệu đồng.", True),
    ],
)
def test_two_kinds_of_payment_are_two_sums(tmp_path: Path, second: str, reported: bool) -> None:
    """A district's support ("hỗ trợ") and an insurer's advance ("tạm ứng") to one family
    are two sums; the same support told with another sum is a disagreement."""
    first = _buffalo(OUTLETS[0], "UBND quận Đồ Sơn đã hỗ trợ gia đình ông Đinh Xuân Hướng 10 triệu đồng.")
    report = _report(tmp_path, {"a": first, "b": _buffalo(OUTLETS[1], second)}, Settings(min_confidence=0.5))
    assert any(f.rule == "C101" for f in report.findings) is reported, report.findings


def _loudspeakers(outlet: str, keep: str, drop: str) -> str:
    return (
        f"Hà Nội lấy ý kiến người dân về việc duy trì loa phường\n"
        f"{outlet}, cuộc khảo sát trực tuyến về hệ thống loa phường trên Cổng giao tiếp điện tử Hà Nội "
        f"đã thu hút đông đảo người dân tham gia.\n"
        f"Toàn thành phố hiện có 584 xã, phường, thị trấn với khoảng 2.000 cụm loa truyền thanh.\n"
        f"Có {keep}% ý kiến đồng ý cần thiết duy trì hoạt động của loa phường.\n"
        f"Trong khi đó, {drop}% ý kiến cho rằng không cần thiết duy trì hoạt động của loa phường.\n"
    )


def test_a_poll_s_shares_told_at_two_moments_are_info(tmp_path: Path) -> None:
    """An online poll's shares move while it is open: two outlets that tell them at two
    moments ("26% ý kiến", then "21% ý kiến") are told apart as info, not a warning."""
    articles = {"a": _loudspeakers(OUTLETS[0], "73", "26"), "b": _loudspeakers(OUTLETS[1], "78", "21")}
    report = _report(tmp_path, articles, Settings(min_confidence=0.3))
    conflicts = [f for f in report.findings if f.rule == "C101"]
    assert conflicts, report.findings
    assert all(f.severity.value == "info" and "poll" in f.message for f in conflicts), conflicts


def _white_house(outlet: str, age: str) -> str:
    return (
        f"Cuộc sống của ông Trump trong Nhà Trắng sau 3 tuần\n"
        f"{outlet}, đã 3 tuần kể từ khi ông Donald Trump chính thức trở thành chủ nhân thứ 45 của Nhà Trắng.\n"
        f"Liệu cuộc sống trong tòa Bạch Ốc có giống như những gì vị tỉ phú {age} tuổi này đã từng tưởng tượng "
        f"hay không?\n"
        f"Ông thường làm việc đến 22 giờ và ngủ khoảng 5 tiếng mỗi đêm.\n"
    )


@pytest.mark.parametrize(("age", "reported"), [("91", True), ("70", False)])
def test_an_age_told_word_for_word_is_one_person_s(tmp_path: Path, age: str, reported: bool) -> None:
    """An age with no name right before it ("vị tỉ phú 70 tuổi này") is nobody's in
    particular, unless both articles tell it in one sentence word for word around it: a copy."""
    found = _run(tmp_path, {"a": _white_house(OUTLETS[0], "70"), "b": _white_house(OUTLETS[1], age)})
    assert _c101(found, "70 tuổi", f"{age} tuổi") is reported, found


def _missing_boy(outlet: str, description: str) -> str:
    return (
        f"Bé trai 6 tuổi mất tích bí ẩn ở Quảng Bình\n"
        f"{outlet}, gia đình anh Trần Văn Hùng ở thị xã Ba Đồn đang khẩn thiết tìm kiếm con trai là cháu "
        f"Trần Trung Nghĩa mất tích từ chiều 3/7.\n"
        f"{description}\n"
        f"Ai biết thông tin xin báo cho Công an thị xã Ba Đồn.\n"
    )


@pytest.mark.parametrize(("weight", "reported"), [("26kg", True), ("20kg", False)])
def test_a_bare_metric_with_every_companion_alike_is_compared(tmp_path: Path, weight: str, reported: bool) -> None:
    """"nặng 20kg" names no quantity of its own, but beside the same other figures ("cao
    khoảng 1 mét") in one story, however the rest is worded, it is the same boy's weight:
    all others equal, one different."""
    first = (
        "Theo gia đình, cháu Nghĩa có đặc điểm: cao khoảng 1m, nặng 20kg, mặt tròn, đầu tóc cắt đinh ngắn "
        "khoảng 1,5cm, da trắng."
    )
    second = (
        f"Theo thông báo của Công an thị xã Ba Đồn, cháu Nghĩa cao khoảng 1 mét, nặng {weight}, mắt tròn, "
        f"tóc cắt ngắn dạng đầu đinh, nước da màu trắng."
    )
    found = _run(tmp_path, {"a": _missing_boy(OUTLETS[0], first), "b": _missing_boy(OUTLETS[1], second)})
    assert _c101(found, "20kg", weight) is reported, found


def _ramps(outlet: str, branch: str) -> str:
    return (
        f"Thông xe 3 nhánh cầu vượt nút giao Phú Nhuận\n"
        f"{outlet}, sáng 6/2, TP.HCM đã thông xe các nhánh cầu vượt tại nút giao Phú Nhuận.\n"
        f"{branch}\n"
        f"Công trình có tổng vốn đầu tư hơn 500 tỷ đồng.\n"
    )


def test_two_items_of_one_list_are_two_quantities(tmp_path: Path) -> None:
    """Sentences that open with a list's labels ("Nhánh 1 ...", "Nhánh 3 ...") tell two
    items, however alike the rest: their lengths are two quantities."""
    first = (
        "Nhánh 1 từ đường Nguyễn Kiệm (phía bệnh viện 175, quận Gò Vấp) về đường Hoàng Minh Giám, "
        "quận Phú Nhuận dài 367 m, rộng 7,5 m."
    )
    second = "Nhánh 3 theo hướng từ đường Nguyễn Kiệm, phía nút giao Phú Nhuận về đường Nguyễn Thái Sơn dài 368m, rộng 7,5m."
    found = _run(tmp_path, {"a": _ramps(OUTLETS[0], first), "b": _ramps(OUTLETS[1], second)})
    assert [rule for rule, _ in found if rule == "C101"] == [], found


def _sniper(outlet: str, year: str, weight: str) -> str:
    return (
        f"Lính bắn tỉa Canada hạ phiến quân IS từ khoảng cách 3.540 m\n"
        f"{outlet}, một lính bắn tỉa thuộc lực lượng đặc nhiệm Canada đã hạ một phiến quân IS ở Iraq từ khoảng "
        f"cách 3.540 m.\n"
        f"Kỷ lục trước đó được lập vào năm {year} tại Afghanistan.\n"
        f"Khẩu súng trường McMillan TAC-50 có tầm bắn tối đa khoảng 4.000 m và nặng khoảng {weight}.\n"
    )


def test_a_finding_names_a_period_only_when_every_side_is_of_it(tmp_path: Path) -> None:
    """Each article carries the year of an earlier sentence (another record's) to the rifle's
    weight: the sides are of no one period, and the finding says so rather than "(2002)"."""
    report = _report(tmp_path, {"a": _sniper(OUTLETS[0], "2002", "9 kg"), "b": _sniper(OUTLETS[1], "2009", "11 kg")})
    conflicts = [f for f in report.findings if f.rule == "C101"]
    assert conflicts, report.findings
    assert all(f.message.startswith("nặng (no period)") and f.period == "" for f in conflicts), conflicts


def _striker(outlet: str, age: str) -> str:
    return (
        f"Chelsea nhắm Llorente thay Costa\n"
        f"{outlet}, Chelsea đang đàm phán với Swansea để chiêu mộ tiền đạo Fernando Llorente với giá 15 triệu bảng.\n"
        f"Nhiều cổ động viên hoài nghi một Llorente {age} tuổi có thể thay thế Costa.\n"
        f"Mùa trước, anh ghi 15 bàn cho Swansea tại Premier League.\n"
    )


@pytest.mark.parametrize(("age", "reported"), [("27", True), ("32", False)])
def test_an_age_after_a_one_word_name_is_that_person_s(tmp_path: Path, age: str, reported: bool) -> None:
    """"một Llorente đã 32 tuổi" and "một Llorente 27 tuổi": a one-word name inside the
    sentence, and words such as "đã" between it and the age, still say whose age it is."""
    first = _striker(OUTLETS[0], "32").replace("một Llorente 32 tuổi", "một Llorente đã 32 tuổi")
    found = _run(tmp_path, {"a": first, "b": _striker(OUTLETS[1], age)})
    assert _c101(found, "32 tuổi", f"{age} tuổi") is reported, found


def _midfielder(outlet: str, age: str, this: str, other_words: bool) -> str:
    said = (
        f"Giới chuyên môn cho rằng tiền vệ {age} tuổi{this} chính là nhân tố quan trọng nhất giúp Chelsea lên ngôi."
        if other_words else f"Giới chuyên môn đánh giá tiền vệ {age} tuổi{this} là nhân tố quan trọng nhất giúp Chelsea vô địch."
    )
    return (
        f"Kante giành giải Cầu thủ xuất sắc nhất mùa\n"
        f"{outlet}, tiền vệ của Chelsea vừa được các đồng nghiệp bầu là cầu thủ xuất sắc nhất mùa giải Premier League.\n"
        f"{said}\n"
        f"Anh đã có 35 trận ra sân cho đội bóng thành London.\n"
    )


@pytest.mark.parametrize(("this", "reported"), [(" này", True), ("", False)])
def test_an_age_told_of_this_one_in_one_story(tmp_path: Path, this: str, reported: bool) -> None:
    """"tiền vệ 26 tuổi này" and "tiền vệ 28 tuổi này": the age of the one the story is
    about, told by his role and "này", in two articles of one story. Without "này" no one
    is named, and two ages of no one are never compared."""
    articles = {"a": _midfielder(OUTLETS[0], "26", this, False), "b": _midfielder(OUTLETS[1], "28", this, True)}
    found = _run(tmp_path, articles)
    assert _c101(found, "26 tuổi", "28 tuổi") is reported, found
