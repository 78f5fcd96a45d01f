"""The CI formats: SARIF for code scanning, GitHub workflow commands, JUnit XML."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from checker import __version__
from checker.locate import claim_locations
from checker.models import Claim, Document, Finding, Location, Report, Sentence, Severity
from checker.reporters.github import escape_data, escape_property, render_github
from checker.reporters.junit import render_junit
from checker.reporters.sarif import FINGERPRINT_KEY, fingerprint, render_sarif

SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"

TEXT_A = (
    "Xuất khẩu quý I tăng mạnh\n"
    "Kim ngạch xuất khẩu quý I/2026 đạt 93,5 tỷ USD, tăng 12% so với cùng kỳ.\n"
)
TEXT_B = (
    "Thương mại đầu năm\n"
    "Theo Tổng cục Thống kê, xuất khẩu quý I/2026 đạt khoảng 95 tỷ USD.\n"
    "Nhập khẩu đạt 88 tỷ USD.\n"
)
NASTY = 'Giá trị "93,5 tỷ USD" ≠ 95 tỷ USD: lệch 1,6%\ndòng hai\r\n<script>alert("x")</script> & xong'


def _claim(claim_id: str, doc: str, text: str, quote: str, value: float, sentence: int) -> Claim:
    start = text.index(quote)
    return Claim(
        claim_id=claim_id, doc=doc, sentence=sentence, start=start, end=start + len(quote), quote=quote,
        metric="xuất khẩu", period="2026-Q1", value=value, low=value, high=value, unit="USD", hedge="", modality="achieved",
    )


def make_report(findings: tuple[Finding, ...] | None = None) -> Report:
    docs = (
        Document(id="vnexpress-01", text=TEXT_A, path="seeds/vnexpress-01.txt", title="Xuất khẩu quý I tăng mạnh"),
        Document(id="tuoitre-02", text=TEXT_B, path="seeds/báo chí/tuoitre-02.txt", title="Thương mại đầu năm"),
    )
    claims = (
        _claim("C1", "vnexpress-01", TEXT_A, "93,5 tỷ USD", 93.5e9, 2),
        _claim("C2", "tuoitre-02", TEXT_B, "khoảng 95 tỷ USD", 95e9, 2),
        _claim("C3", "tuoitre-02", TEXT_B, "88 tỷ USD", 88e9, 3),
    )
    second_line = TEXT_A.index("\n") + 1
    sentences = {
        ("vnexpress-01", 2): Sentence(doc="vnexpress-01", index=2, start=second_line, end=len(TEXT_A) - 1,
                                      text=TEXT_A[second_line:-1]),
    }
    where = claim_locations(Report(docs, sentences, claims, (), ()))
    if findings is None:
        findings = (
            Finding(
                rule="C101", name="conflicting-figures", severity=Severity.ERROR, message=NASTY,
                metric="xuất khẩu", period="2026-Q1", claims=("C1", "C2"), pairs=(("C1", "C2"),),
                location=where["C1"], fingerprint="abc123",
            ),
            Finding(
                rule="C102", name="superseded-projection", severity=Severity.WARNING,
                message="Dự báo 95 tỷ USD đã có số thực hiện 93,5 tỷ USD", metric="xuất khẩu", period="2026-Q1",
                claims=("C2", "C1"), location=where["C2"],
            ),
            Finding(rule="C301", name="unsupported-claim", severity=Severity.INFO, message="Nhập khẩu chỉ có một nguồn",
                    metric="nhập khẩu", period="2026-Q1", claims=("C3",), location=where["C3"]),
            Finding(rule="C901", name="invalid-claim-table", severity=Severity.ERROR, message="bảng claims.csv: thiếu cột"),
        )
    rules = (
        ("C101", "conflicting-figures", "error", "Two articles give different figures for the same metric and period."),
        ("C102", "superseded-projection", "warning", "A projection is quoted after the actual figure is known."),
        ("C301", "unsupported-claim", "info", "A figure that no other article supports."),
        ("C302", "stale-claim", "warning", "A claim whose quote is no longer in its article."),
        ("C901", "invalid-claim-table", "error", "claims.csv cannot be read."),
    )
    return Report(documents=docs, sentences=sentences, claims=claims, links=(), findings=findings, rules=rules)


def empty_report() -> Report:
    full = make_report()
    return Report(full.documents, full.sentences, full.claims, (), (), full.rules)


RENDERERS: list[Callable[[Report], str]] = [render_sarif, render_github, render_junit]


@pytest.mark.parametrize("render", RENDERERS)
@pytest.mark.parametrize("build", [make_report, empty_report])
def test_rendering_is_deterministic_and_relative(render: Callable[[Report], str], build: Callable[[], Report]) -> None:
    first = render(build())
    assert first == render(build())
    assert first == "" or first.endswith("\n")
    assert "/work/" not in first and str(Path.cwd()) not in first


# --- SARIF ---------------------------------------------------------------------------------------


def sarif(report: Report) -> dict[str, Any]:
    log: dict[str, Any] = json.loads(render_sarif(report))
    return log


@pytest.mark.parametrize("build", [make_report, empty_report])
def test_sarif_validates_against_the_official_schema(build: Callable[[], Report]) -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert schema["id"].startswith("https://docs.oasis-open.org/sarif/sarif/v2.1.0/")  # the OASIS schema, not a copy
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(sarif(build())), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors]


def test_sarif_driver_and_rules() -> None:
    log = sarif(make_report())
    assert log["version"] == "2.1.0" and log["$schema"].endswith("sarif-schema-2.1.0.json")
    (run,) = log["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "checker" and driver["version"] == __version__
    assert [r["id"] for r in driver["rules"]] == ["C101", "C102", "C301", "C302", "C901"]
    assert driver["rules"][2] == {
        "id": "C301", "name": "unsupported-claim",
        "shortDescription": {"text": "A figure that no other article supports."},
        "defaultConfiguration": {"level": "note"},
    }
    for result in run["results"]:
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
    assert [r["level"] for r in run["results"]] == ["error", "warning", "note", "error"]


def test_sarif_result_location_message_and_related() -> None:
    text = render_sarif(make_report())
    assert "khoảng 95 tỷ USD" in text  # Vietnamese as UTF-8, not escaped
    result = json.loads(text)["runs"][0]["results"][0]
    assert result["message"]["text"] == NASTY  # JSON carries it as is
    (loc,) = result["locations"]
    physical = loc["physicalLocation"]
    assert physical["artifactLocation"] == {"uri": "seeds/vnexpress-01.txt", "uriBaseId": "%SRCROOT%"}
    col = TEXT_A.split("\n")[1].index("93,5") + 1
    assert physical["region"] == {"startLine": 2, "startColumn": col, "endLine": 2, "endColumn": col + len("93,5 tỷ USD")}
    (related,) = result["relatedLocations"]  # C1 is the primary location; C2 is the other claim
    assert related["id"] == 1
    assert related["physicalLocation"]["artifactLocation"]["uri"] == "seeds/b%C3%A1o%20ch%C3%AD/tuoitre-02.txt"
    assert related["physicalLocation"]["region"]["startLine"] == 2
    assert "khoảng 95 tỷ USD" in related["message"]["text"] and "Thương mại đầu năm" in related["message"]["text"]
    assert result["partialFingerprints"] == {FINGERPRINT_KEY: "abc123"}
    assert result["properties"] == {"metric": "xuất khẩu", "period": "2026-Q1"}


def test_sarif_fingerprint_without_one_from_the_rule_is_stable() -> None:
    report = make_report()
    claims = {c.claim_id: c for c in report.claims}
    second = report.findings[1]
    result = sarif(report)["runs"][0]["results"][1]
    assert result["partialFingerprints"][FINGERPRINT_KEY] == fingerprint(second, claims)
    # same rule, metric, period and figures in another order: same fingerprint; other figures: another
    swapped = Finding(rule="C102", name="x", severity=Severity.WARNING, message="m", metric=second.metric,
                      period=second.period, claims=("C1", "C2"))
    other = Finding(rule="C102", name="x", severity=Severity.WARNING, message="m", metric=second.metric,
                    period=second.period, claims=("C1", "C3"))
    assert fingerprint(swapped, claims) == fingerprint(second, claims) != fingerprint(other, claims)


def test_sarif_every_result_has_a_location_for_github() -> None:
    # GitHub rejects the whole upload when one result has none.
    results = sarif(make_report())["runs"][0]["results"]
    assert all(r["locations"] for r in results)
    assert results[3]["locations"][0]["physicalLocation"]["region"]["startLine"] == 1


def test_sarif_unknown_rule_gets_a_descriptor() -> None:
    finding = Finding(rule="C999", name="mystery", severity=Severity.WARNING, message="?")
    run = sarif(make_report((finding,)))["runs"][0]
    assert run["tool"]["driver"]["rules"][-1]["id"] == "C999"
    assert run["results"][0]["ruleIndex"] == len(run["tool"]["driver"]["rules"]) - 1


def test_sarif_clean_run_has_rules_and_no_results() -> None:
    run = sarif(empty_report())["runs"][0]
    assert run["results"] == [] and len(run["tool"]["driver"]["rules"]) == 5


# --- GitHub workflow commands --------------------------------------------------------------------


def test_github_one_command_per_finding() -> None:
    lines = render_github(make_report()).splitlines()
    assert len(lines) == 4
    assert [line.split(" ", 1)[0] for line in lines] == ["::error", "::warning", "::notice", "::error"]


def test_github_names_file_line_and_column() -> None:
    first = render_github(make_report()).splitlines()[0]
    col = TEXT_A.split("\n")[1].index("93,5") + 1
    props = first.split(" ", 1)[1].split("::", 1)[0]
    assert props == (
        f"file=seeds/vnexpress-01.txt,line=2,col={col},endLine=2,endColumn={col + len('93,5 tỷ USD')},"
        "title=C101 conflicting-figures"
    )


def test_github_escapes_message() -> None:
    first = render_github(make_report()).splitlines()[0]
    message = first.split("::", 2)[2]
    assert message == escape_data(NASTY)
    assert "\n" not in message and "\r" not in message
    assert "%0D%0A<script>" in message and "lệch 1,6%25%0Adòng hai" in message
    assert ": lệch" in message  # colons and commas are left alone in the message


def test_github_escapes_properties() -> None:
    assert escape_data("50% a\r\nb") == "50%25 a%0D%0Ab"
    assert escape_property("a:b,c%d\ne") == "a%3Ab%2Cc%25d%0Ae"
    loc = Location(path="tin tức/a,b:c.txt", line=3, column=4)
    finding = Finding(rule="C101", name="x,y", severity=Severity.ERROR, message="m", location=loc)
    line = render_github(make_report((finding,)))
    assert line == "::error file=tin tức/a%2Cb%3Ac.txt,line=3,col=4,title=C101 x%2Cy::m\n"


def test_github_without_location_has_no_file() -> None:
    last = render_github(make_report()).splitlines()[3]
    assert last == "::error title=C901 invalid-claim-table::bảng claims.csv: thiếu cột"
    assert "file=" not in last


def test_github_multiline_location_drops_columns() -> None:
    loc = Location(path="a.txt", line=3, column=4, end_line=5, end_column=2)
    finding = Finding(rule="C101", name="x", severity=Severity.WARNING, message="m", location=loc)
    assert render_github(make_report((finding,))) == "::warning file=a.txt,line=3,endLine=5,title=C101 x::m\n"


def test_github_clean_run_prints_nothing() -> None:
    assert render_github(empty_report()) == ""


# --- JUnit ---------------------------------------------------------------------------------------


def junit(report: Report) -> ET.Element:
    text = render_junit(report)
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    return ET.fromstring(text.encode("utf-8"))


def test_junit_counts_and_cases() -> None:
    root = junit(make_report())
    (suite,) = root.findall("testsuite")
    assert suite.get("name") == "checker"
    cases = suite.findall("testcase")
    # four findings, plus C302, the one rule that found nothing
    assert len(cases) == 5
    assert suite.get("tests") == root.get("tests") == "5"
    assert suite.get("failures") == root.get("failures") == "3"  # two errors and a warning; info passes
    assert suite.get("errors") == "0"
    assert sum(1 for c in cases if c.find("failure") is not None) == 3
    assert [c.get("classname") for c in cases] == ["checker.C101", "checker.C102", "checker.C301", "checker.C901", "checker.C302"]
    assert cases[4].get("name") == "C302 stale-claim" and len(cases[4]) == 0


def test_junit_failure_carries_code_and_vietnamese_message() -> None:
    case = junit(make_report()).findall("testsuite/testcase")[0]
    failure = case.find("failure")
    assert failure is not None
    assert failure.get("type") == "C101"
    assert failure.get("message") == NASTY  # newlines and CR escaped as character references survive
    assert failure.text is not None and "“khoảng 95 tỷ USD”" in failure.text and "<script>" in failure.text
    assert "\r" not in failure.text and "1,6%\ndòng hai\n<script>" in failure.text
    assert case.get("file") == "seeds/vnexpress-01.txt" and case.get("line") == "2"
    assert "<script>" not in render_junit(make_report())  # escaped on the way out
    info = junit(make_report()).findall("testsuite/testcase")[2]
    out = info.find("system-out")
    assert info.find("failure") is None and out is not None and out.text is not None and "Nhập khẩu" in out.text


def test_junit_clean_run_passes_one_case_per_rule() -> None:
    root = junit(empty_report())
    suite = root.find("testsuite")
    assert suite is not None
    assert suite.get("tests") == "5" and suite.get("failures") == "0"
    assert all(len(c) == 0 for c in suite.findall("testcase"))


def test_junit_shows_characters_xml_cannot_hold_as_escapes() -> None:
    finding = Finding(rule="C101", name="x", severity=Severity.ERROR, message="a\x00b\x1bc\ufffe")
    failure = junit(make_report((finding,))).find("testsuite/testcase/failure")
    assert failure is not None and failure.get("message") == "a\\x00b\\x1bc\ufffd"
