"""One article states one quantity twice with figures that cannot both hold.

A title that says "2 tỷ đồng" over a body that says "1 tỷ đồng", or a lead "đạt 400 triệu
USD" and a later paragraph "đạt 521 triệu USD" about the same imports: the linker pairs
each figure with its restatement inside the article (not with parallel items of a list:
figures of one sentence are never paired), and the two intervals do not overlap. Inside
one article only two kinds of pair are firm enough: the title restated in the body, and one
sentence told twice word for word but for the figure (a lead repeated in an image caption);
other disagreeing pairs there were lists and timelines on the archive. Severity
and confidence as in C101. A draft checked before publishing reports it.

Inconsistent:
    Bài A: "Xuất khẩu gạo đạt 2 tỷ USD" (tiêu đề) ... "Năm nay, xuất khẩu gạo đạt 1 tỷ USD."

Consistent:
    Bài A: "Xuất khẩu gạo đạt 2 tỷ USD" (tiêu đề) ... "Năm nay, xuất khẩu gạo đạt 2 tỷ USD,
    nhập khẩu phân bón đạt 1 tỷ USD."

Settings: min-confidence, strong-confidence, link-confidence, max-value-ratio.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.models import Finding, Severity
from checker.rules.base import Rule, RuleContext
from checker.rules.conflicts import conflict_findings

CODE, NAME = "C103", "self-contradiction"


def check(ctx: RuleContext) -> Iterator[Finding]:
    yield from conflict_findings(ctx, CODE, NAME, within=True)


RULE = Rule(CODE, NAME, Severity.ERROR, check, __doc__ or "", also=(Severity.WARNING, Severity.INFO))
