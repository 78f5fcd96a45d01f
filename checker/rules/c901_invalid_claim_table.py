"""claims.csv cannot be read as a claim table.

A missing column, text in a number column, a duplicate claim_id, an unknown status, a
value outside its [low, high], a file that is empty or not UTF-8. Each problem names the
line and column; the check stops with exit code 2, since nothing else can be trusted.

Inconsistent:
    claims.csv: "value" reads "chín trăm" on line 12.

Consistent:
    claims.csv: every row has the columns claim_id ... note, numbers in number columns,
    a status among auto, confirmed, disputed, ignored, stale.

Settings: none.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.models import Finding, Location, Severity
from checker.rules.base import Rule, RuleContext

CODE, NAME = "C901", "invalid-claim-table"


def check(ctx: RuleContext) -> Iterator[Finding]:
    for line, column, message in ctx.table_problems:
        yield Finding(
            rule=CODE, name=NAME, severity=Severity.ERROR, message=message,
            location=Location(ctx.claims_path, line, column), fingerprint=f"{CODE}:{line}:{column}",
        )


RULE = Rule(CODE, NAME, Severity.ERROR, check, __doc__ or "")
