"""Where things are: offsets into documents as 1-based lines and columns."""

from __future__ import annotations

import json
from bisect import bisect_right

from checker.models import Claim, Document, Location, Report


def json_column(doc: Document, offset: int) -> int:
    """The 1-based column, in its line of a JSON Lines file, where a record's text has the
    character at `offset` written (escapes counted as written); 1 when unknown."""
    if not doc.column:
        return 1
    return doc.column + len(json.dumps(doc.text[:offset], ensure_ascii=doc.ascii_json)) - 2


class Locator:
    """Lines and columns of claims in their documents, computed once per document."""

    def __init__(self, documents: tuple[Document, ...] | list[Document]) -> None:
        self._docs = {d.id: d for d in documents}
        self._starts: dict[str, list[int]] = {}

    def _line_starts(self, doc: Document) -> list[int]:
        if doc.id not in self._starts:
            starts = [0]
            starts.extend(i + 1 for i, ch in enumerate(doc.text) if ch == "\n")
            self._starts[doc.id] = starts
        return self._starts[doc.id]

    def at(self, doc_id: str, start: int, end: int) -> Location:
        doc = self._docs.get(doc_id)
        if doc is None:
            return Location(path=doc_id, line=1, column=1)
        if doc.line:  # a record of a JSON Lines file: its line, the figure's place in it
            return Location(
                path=doc.path, line=doc.line, column=json_column(doc, start), end_line=doc.line, end_column=json_column(doc, end)
            )
        starts = self._line_starts(doc)
        line = bisect_right(starts, start)
        end_line = bisect_right(starts, max(start, end - 1))
        return Location(
            path=doc.path, line=line, column=start - starts[line - 1] + 1,
            end_line=end_line, end_column=end - starts[end_line - 1] + 1,
        )

    def claim(self, claim: Claim) -> Location:
        return self.at(claim.doc, claim.start, claim.end)


def claim_locations(report: Report) -> dict[str, Location]:
    """Every claim's location in its document, by claim id."""
    locator = Locator(report.documents)
    return {c.claim_id: locator.claim(c) for c in report.claims}
