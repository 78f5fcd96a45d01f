"""Bytes that are not UTF-8: the error names the line and column of the first bad byte."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.engine.documents import load_corpus
from checker.errors import InputError, decode_utf8
from checker.table.claims import TableProblem, read_claims


def _fail(line: int, column: int) -> Exception:
    return ValueError(line, column)


def test_utf8_text_decoded_and_bom_dropped() -> None:
    assert decode_utf8("\ufeffTăng trưởng\n".encode(), _fail) == "Tăng trưởng\n"


@pytest.mark.parametrize(("data", "where"), [(b"\xff", (1, 1)), (b"ab\ncd\xe9f", (2, 3)), (b"ok\n\n  \x80", (3, 3))])
def test_first_bad_byte_located(data: bytes, where: tuple[int, int]) -> None:
    with pytest.raises(ValueError) as raised:
        decode_utf8(data, _fail)
    assert raised.value.args == where


def test_document_not_utf8_names_file_line_column(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"Doanh thu\n\xe9t 5 t\xe1")
    with pytest.raises(InputError) as raised:
        load_corpus(tmp_path)
    assert (raised.value.line, raised.value.column, raised.value.message) == (2, 1, "not UTF-8 text")
    assert raised.value.path.endswith("a.txt")


def test_claim_table_not_utf8_is_a_table_problem(tmp_path: Path) -> None:
    table = tmp_path / "claims.csv"
    table.write_bytes(b"claim_id,doc\nx\xff,y\n")
    with pytest.raises(TableProblem) as raised:
        read_claims(table)
    assert (raised.value.line, raised.value.column) == (2, 2)
