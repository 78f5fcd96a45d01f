"""When articles were published: dates, ids that grow with time, and what is unknown."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.linking.timeline import days_apart, later, published_days
from checker.models import Document


def _doc(doc_id: str, date: str = "") -> Document:
    return Document(doc_id, "Tiêu đề\nNội dung.", f"{doc_id}.txt", "Tiêu đề", date)


DOCS = [
    _doc("a", "2017-03-14"),
    _doc("b", "2017-03-20"),
    _doc("baomoi_21400000"),
    _doc("baomoi_21424000"),
    _doc("vnexpress_3500000"),
    _doc("bai-so-7"),  # a short number: no scale
    _doc("draft"),
    _doc("c", "14/3/2017"),  # not ISO: unknown, never a guess
]


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        ("a", "b", 6.0),
        ("baomoi_21400000", "baomoi_21424000", 3.0),  # 24,000 ids at 8,000 a day
        ("a", "baomoi_21400000", None),  # a calendar day and an id's scale
        ("baomoi_21400000", "vnexpress_3500000", None),  # two outlets' ids: two scales
        ("a", "bai-so-7", None),
        ("a", "c", None),
        ("a", "draft", None),
    ],
)
def test_days_apart(a: str, b: str, apart: float | None) -> None:
    published = published_days(DOCS, 8000.0, skip=frozenset({"draft"}))
    assert days_apart(published, a, b) == apart
    assert days_apart(published, b, a) == apart


def test_later_and_unknown() -> None:
    published = published_days(DOCS, 8000.0)
    assert later(published, "a", "b") == "b"
    assert later(published, "baomoi_21424000", "baomoi_21400000") == "baomoi_21424000"
    assert later(published, "a", "a") is None
    assert later(published, "a", "baomoi_21400000") is None


def test_ids_tell_no_time_when_switched_off() -> None:
    published = published_days(DOCS, 0.0)
    assert "baomoi_21400000" not in published
    assert published["a"].dated


def test_an_updated_toll_says_so() -> None:
    """A later article's higher death toll is info, and the message says why."""
    from checker.config import Settings
    from checker.pipeline import CheckRequest, check

    case = Path(__file__).parent / "rules" / "C101" / "toll-updated-next-day"
    report = check(CheckRequest(corpus=case, claims=None), Settings())
    (finding,) = report.findings
    assert finding.severity.value == "info"
    assert "the later article's count is higher: likely updated" in finding.message


def test_an_age_in_a_toll_s_sentence_is_no_updated_count(tmp_path: Path) -> None:
    """A victim's age told one year higher by the later article is not a toll updated: a
    person's age is no running count, though its sentence tells the dead."""
    from checker.config import Settings
    from checker.pipeline import CheckRequest, check

    for name, day, age in (("a", "2017-07-01", 13), ("b", "2017-07-02", 14)):
        (tmp_path / f"{name}.txt").write_text(
            f" date {day} \nLật thuyền trên sông Lô, 3 người tử vong\n"
            "Vụ lật thuyền xảy ra chiều 30/6 trên sông Lô, đoạn qua huyện Đoan Hùng, tỉnh Phú Thọ.\n"
            f"Các nạn nhân tử vong gồm Đặng Thế Anh ({age} tuổi), Đặng Văn Điều (32 tuổi) và Đặng Văn Trình "
            "(37 tuổi), cùng trú xã Chí Đám.\n",
            encoding="utf-8",
        )
    report = check(CheckRequest(corpus=tmp_path, claims=None), Settings())
    ages = [f for f in report.findings if f.rule == "C101"]
    assert len(ages) == 1 and ages[0].severity.value != "info", [f.message for f in report.findings]
    assert "likely updated" not in ages[0].message


def test_bodies_found_told_higher_later_are_an_update(tmp_path: Path) -> None:
    """The bodies found after a flood: a count that grows as the search goes on, so the
    later article's higher count is info."""
    from checker.config import Settings
    from checker.pipeline import CheckRequest, check

    for name, day, found in (("a", "2017-08-03", 2), ("b", "2017-08-04", 4)):
        (tmp_path / f"{name}.txt").write_text(
            f" date {day} \nTìm thấy thi thể {found} học sinh bị lũ cuốn trôi ở Mù Cang Chải\n"
            "Lực lượng cứu hộ huyện Mù Cang Chải, tỉnh Yên Bái đã huy động hàng trăm người tìm kiếm dọc "
            "suối Nậm Kim sau trận lũ quét đêm 2/8.\n",
            encoding="utf-8",
        )
    report = check(CheckRequest(corpus=tmp_path, claims=None), Settings())
    bodies = [f for f in report.findings if f.rule == "C101"]
    assert len(bodies) == 1 and bodies[0].severity.value == "info", [f.message for f in report.findings]
    assert "likely updated" in bodies[0].message


@pytest.mark.parametrize(("dead", "severity"), [("2", "info"), ("1", "error")])
def test_injured_who_died_since_are_an_update(tmp_path: Path, dead: str, severity: str) -> None:
    """A crash's injured told lower by a later article that tells as many more dead (13
    injured and 1 dead, then 12 injured and 2 dead): one of the injured died, the toll is
    updated. Fewer injured with no more dead stays a disagreement."""
    from checker.config import Settings
    from checker.pipeline import CheckRequest, check

    for name, day, died, injured in (("a", "2017-06-30", "1 người tử vong", 13), ("b", "2017-07-01", f"{dead} người chết", 12)):
        (tmp_path / f"{name}.txt").write_text(
            f" date {day} \nHai xe khách tông nhau trực diện trên quốc lộ 14 ở Kon Tum\n"
            f"Vụ tai nạn giữa hai xe khách trên quốc lộ 14 qua huyện Đắk Hà, tỉnh Kon Tum làm {died}.\n"
            f"Trong số {injured} người bị thương có 4 người bị thương nặng, đã được chuyển lên tuyến trên.\n"
            "Hai xe khách chở tổng cộng 45 hành khách, xuất phát từ bến xe Kon Tum.\n",
            encoding="utf-8",
        )
    report = check(CheckRequest(corpus=tmp_path, claims=None), Settings())
    injured = [f for f in report.findings if f.rule == "C101" and "13 người" in f.message]
    assert [f.severity.value for f in injured] == [severity], [f.message for f in report.findings]
