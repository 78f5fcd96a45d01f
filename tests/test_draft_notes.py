"""A draft check reports the draft's own problems; where the draft agrees with part of an archive
that disagrees with itself, the archive's disagreement is a separate, labelled note."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.gate.drafts import split_draft_findings
from checker.models import Claim, Finding, Severity

ARCHIVE = {
    "a.txt": "Năm 2025, Việt Nam ký kết 350 thỏa thuận hợp tác với các đối tác nước ngoài.\n",
    "b.txt": "Trong năm 2025, Việt Nam đã ký kết 350 thỏa thuận hợp tác với các đối tác nước ngoài.\n",
    "c.txt": "Năm 2025, Việt Nam đã ký kết hơn 330 thỏa thuận hợp tác với các đối tác nước ngoài.\n",
}


pytestmark = pytest.mark.usefixtures("workdir")  # each test in an empty folder of its own (conftest.py)


def _claim(claim_id: str, doc: str, low: float, high: float) -> Claim:
    return Claim(claim_id, doc, 1, 0, 3, "350", "m", "2025", (low + high) / 2, low, high, "thỏa thuận", "", "achieved")


CLAIMS = {
    "d": _claim("d", "draft", 345, 355), "a": _claim("a", "a", 345, 355), "c": _claim("c", "c", 330, 340),
    "x": _claim("x", "draft", 395, 405),
}


def _finding(claims: tuple[str, ...], pairs: tuple[tuple[str, str], ...]) -> Finding:
    return Finding("C101", "conflicting-figures", Severity.WARNING, "m", claims=claims, pairs=pairs)


def test_a_draft_agreeing_with_part_of_a_split_archive_gets_a_note() -> None:
    split = _finding(("d", "a", "c"), (("d", "c"), ("a", "c")))
    assert split_draft_findings([split], frozenset({"d"}), CLAIMS) == ([], [split])


def test_a_draft_against_the_whole_archive_keeps_its_finding() -> None:
    alone = _finding(("x", "a", "c"), (("x", "a"), ("x", "c"), ("a", "c")))
    assert split_draft_findings([alone], frozenset({"x"}), CLAIMS) == ([alone], [])


def test_a_draft_figure_that_only_touches_an_archive_figure_keeps_its_finding() -> None:
    """"39" (38,5-39,5) and "40" (39,5-40,5) only touch: two rounded figures, as the linker
    reads them, not one archive figure the draft agrees with."""
    claims = {"d": _claim("d", "draft", 38.5, 39.5), "a": _claim("a", "a", 39.5, 40.5)}
    touching = _finding(("d", "a"), (("d", "a"),))
    assert split_draft_findings([touching], frozenset({"d"}), claims) == ([touching], [])


def test_a_draft_that_disagrees_with_itself_keeps_its_finding() -> None:
    """Two draft figures of one pair (C103) are the draft's problem, whatever the archive says."""
    within = Finding("C103", "self-contradiction", Severity.WARNING, "m", claims=("d", "x"), pairs=(("d", "x"),))
    assert split_draft_findings([within], frozenset({"d", "x"}), CLAIMS) == ([within], [])


def test_cli_reports_a_markdown_drafts_title_against_its_body() -> None:
    """A Markdown draft whose heading says one figure and whose body says another: the
    draft's own finding (not a note on the archive), named by its heading's words."""
    draft = (
        "# Xuất khẩu gạo năm 2025 đạt 9 tỷ USD\n\n"
        "Năm 2025, xuất khẩu gạo của Việt Nam đạt 7 tỷ USD, thị trường lớn nhất là Philippines.\n"
    )
    for name, text in ARCHIVE.items():
        Path("archive").mkdir(exist_ok=True)
        (Path("archive") / name).write_text(text, encoding="utf-8")
    Path("draft.md").write_text(draft, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--corpus", "archive", "draft.md", "--format", "json", "--no-cache"])
    report = json.loads(result.stdout)
    assert result.exit_code == 0, result.output  # a warning: the gate fails on errors
    assert [(f["rule"], f["severity"]) for f in report["findings"]] == [("C103", "warning")]
    assert report["notes"] == []
    assert report["findings"][0]["claims"][0]["title"] == "Xuất khẩu gạo năm 2025 đạt 9 tỷ USD"


def test_findings_without_pairs_stay_the_drafts() -> None:
    bare = _finding(("d", "a"), ())
    assert split_draft_findings([bare], frozenset({"d"}), CLAIMS) == ([bare], [])


def _check(draft: str) -> tuple[int, dict[str, list[dict[str, object]]]]:
    for name, text in ARCHIVE.items():
        Path("archive").mkdir(exist_ok=True)
        (Path("archive") / name).write_text(text, encoding="utf-8")
    Path("draft.txt").write_text(draft, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--corpus", "archive", "draft.txt", "--format", "json", "--no-cache"])
    return result.exit_code, json.loads(result.stdout)


def test_cli_reports_the_archives_split_as_a_note_and_passes() -> None:
    code, report = _check("Năm 2025, Việt Nam đã ký kết 350 thỏa thuận hợp tác với các đối tác nước ngoài.\n")
    assert report["findings"] == [] and code == 0
    [note] = report["notes"]
    assert note["rule"] == "C101" and {c["doc"] for c in note["claims"]} == {"draft", "a", "b", "c"}  # type: ignore[union-attr]


def test_cli_reports_the_drafts_own_conflict() -> None:
    code, report = _check("Năm 2025, Việt Nam ký kết 420 thỏa thuận hợp tác với các đối tác nước ngoài.\n")
    assert [f["rule"] for f in report["findings"]] == ["C101"] and report["notes"] == []
    assert code == 1


def test_a_note_from_the_cache_shows_the_archives_sentences() -> None:
    """A draft checked against a cached archive reads only the sentences it shows: the notes' too."""
    draft = "Năm 2025, Việt Nam đã ký kết 350 thỏa thuận hợp tác với các đối tác nước ngoài.\n"
    _check(draft)  # writes the archive and the draft
    runner = CliRunner()
    assert runner.invoke(main, ["seed", "archive", "--claims", "claims.csv"]).exit_code == 0
    args = ["check", "--corpus", "archive", "--claims", "claims.csv", "draft.txt", "--format", "json"]
    assert runner.invoke(main, ["check", "--corpus", "archive", "--claims", "claims.csv"]).exit_code in (0, 1)  # fills the cache
    [note] = json.loads(runner.invoke(main, args).stdout)["notes"]
    assert all(claim["text"] for claim in note["claims"]), "every figure of the note has its sentence"


def test_a_drafts_closer_calls_are_reported_the_archives_are_not() -> None:
    """A draft's conflicts are reported from draft-min-confidence (0.45) on, the archive's
    from min-confidence (0.6): the same article, a draft and then an archive article."""
    text = (
        "# Cháy nhà xưởng ở Bình Dương, 9 người thiệt mạng\n\n"
        "Rạng sáng 3/6, một vụ cháy lớn xảy ra tại một nhà xưởng sản xuất đồ gỗ ở Bình Dương.\n\n"
        "Công an tỉnh cho biết đã có 14 người thiệt mạng và hơn 20 người bị thương trong vụ cháy.\n"
    )
    Path("archive").mkdir()
    (Path("archive") / "a.txt").write_text(ARCHIVE["a.txt"], encoding="utf-8")
    Path("draft.md").write_text(text, encoding="utf-8")
    drafted = CliRunner().invoke(main, ["check", "--corpus", "archive", "draft.md", "--format", "json", "--no-cache"])
    assert [f["rule"] for f in json.loads(drafted.stdout)["findings"]] == ["C103"], drafted.output
    confidence = json.loads(drafted.stdout)["findings"][0]["confidence"]
    assert 0.45 <= confidence < 0.6
    (Path("archive") / "b.md").write_text(text, encoding="utf-8")
    archived = CliRunner().invoke(main, ["check", "--corpus", "archive", "--format", "json", "--no-cache"])
    assert json.loads(archived.stdout)["findings"] == []


def test_a_figure_told_twice_against_one_told_twice_is_one_group() -> None:
    """Joins (one article's figure told twice, one value) merge two groups of contradicting
    pairs into one, and add neither a claim nor a pair; a join to a claim in no pair does nothing."""
    from checker.rules.components import components

    pairs = [("title", "other-title"), ("body", "other-body")]
    assert len(components(pairs)) == 2
    merged = components(pairs, joins=[("title", "body"), ("other-title", "outsider")])
    assert merged == [(["body", "other-body", "other-title", "title"], [("body", "other-body"), ("other-title", "title")])]


def test_a_drafts_next_steps_name_the_draft_not_the_claim_table() -> None:
    """A draft's figures are in no claim table: the hint to mark rows ignored is the
    archive's; a draft check says to correct the draft (or the archive)."""
    draft = "# Ký kết 500 thỏa thuận\n\nNăm 2025, Việt Nam đã ký kết 500 thỏa thuận hợp tác với các đối tác nước ngoài.\n"
    for name, text in ARCHIVE.items():
        Path("archive").mkdir(exist_ok=True)
        (Path("archive") / name).write_text(text, encoding="utf-8")
    Path("draft.md").write_text(draft, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--corpus", "archive", "draft.md", "--no-cache"])
    assert "C101" in result.output, result.output
    assert "correct the draft" in result.output.lower()
    assert "status=ignored" not in result.output
