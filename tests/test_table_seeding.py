"""Re-seeding never loses what an editor wrote (issue 15): rows of briefly absent documents,
tables without `seed_hash`, extra columns, a partial or empty corpus, two seeds at once;
`checker seed --check`; claim ids long enough for a million claims, today's ids kept.

Every test runs in an empty folder of its own (no repository config or table).
"""

from __future__ import annotations

import csv
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from checker.cli import main

RICE = "Năm 2025, xuất khẩu gạo đạt 8,1 triệu tấn.\n"
FDI = "Năm 2025, vốn FDI đăng ký đạt 38,4 tỷ USD.\n"
COFFEE = "Năm 2025, kim ngạch xuất khẩu cà phê đạt 8,4 tỷ USD.\n"
PHONES = "Năm 2025, xuất khẩu điện thoại đạt 58 tỷ USD.\n"
CORPUS = {"a.txt": RICE, "b.txt": FDI, "c.txt": COFFEE, "d.txt": PHONES}


pytestmark = pytest.mark.usefixtures("workdir")  # each test in an empty folder of its own (conftest.py)


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def write_corpus(files: dict[str, str], folder: str = "corpus") -> Path:
    path = Path(folder)
    path.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (path / name).write_text(text, encoding="utf-8")
    return path


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def write_rows(path: Path, rows: list[dict[str, str]], columns: list[str] | None = None) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns or list(rows[0]), lineterminator="\n", extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)


def seeded(files: dict[str, str] = CORPUS) -> tuple[Path, Path]:
    corpus = write_corpus(files)
    table = Path("table.csv")
    result = run("seed", str(corpus), "--claims", str(table))
    assert result.exit_code == 0, result.output
    return corpus, table


def edit(table: Path, doc: str, **changes: str) -> str:
    """Edit the (one) row of a document; its claim id."""
    rows = read_rows(table)
    [row] = [r for r in rows if r["doc"] == doc]
    row.update(changes)
    write_rows(table, rows)
    return row["claim_id"]


# --- edits survive whatever one run saw ---------------------------------------------------


def test_a_limited_seed_needs_an_explicit_option_and_leaves_the_table_alone() -> None:
    corpus, table = seeded()
    before = table.read_bytes()
    result = run("seed", str(corpus), "--claims", str(table), "--limit", "1")
    assert result.exit_code == 2, result.output
    assert "stale" in result.stderr and "--allow-stale" in result.stderr and "3 of 4" in result.stderr
    assert table.read_bytes() == before


def test_a_seed_of_an_empty_folder_needs_an_explicit_option() -> None:
    _, table = seeded()
    before = table.read_bytes()
    Path("empty").mkdir()
    result = run("seed", "empty", "--claims", str(table))
    assert result.exit_code == 2, result.output
    assert "4 of 4" in result.stderr and "--allow-stale" in result.stderr
    assert table.read_bytes() == before


def test_edits_of_rows_whose_documents_were_briefly_absent_survive() -> None:
    """`seed --limit 1 --allow-stale` then `seed`: the rows of the unread documents went
    stale and came back with their editors' status, metric and note."""
    corpus, table = seeded()
    fdi = edit(table, "b", status="confirmed", metric="vốn đầu tư nước ngoài", note="đã đối chiếu")
    coffee = edit(table, "c", status="ignored", note="số liệu cũ")
    phones = edit(table, "d", value="58000000001", low="57500000000", high="58500000000")
    partial = run("seed", str(corpus), "--claims", str(table), "--limit", "1", "--allow-stale")
    assert partial.exit_code == 0, partial.output
    rows = {r["claim_id"]: r for r in read_rows(table)}
    assert {rows[i]["status"] for i in (fdi, coffee, phones)} == {"stale"}
    assert rows[fdi]["metric"] == "vốn đầu tư nước ngoài"
    whole = run("seed", str(corpus), "--claims", str(table))
    assert whole.exit_code == 0, whole.output
    rows = {r["claim_id"]: r for r in read_rows(table)}
    assert (rows[fdi]["status"], rows[fdi]["metric"], rows[fdi]["note"]) == ("confirmed", "vốn đầu tư nước ngoài", "đã đối chiếu")
    assert (rows[coffee]["status"], rows[coffee]["note"]) == ("ignored", "số liệu cũ")
    assert (rows[phones]["status"], rows[phones]["value"]) == ("auto", "58000000001")
    assert "0 stale" in whole.stderr


def test_a_table_without_seed_hash_keeps_every_edited_value() -> None:
    """Without `seed_hash`, no row can be told unedited: each is kept as written, and the
    column is rebuilt, so a row equal to what the seeder writes is refreshed next time."""
    corpus, table = seeded()
    rows = read_rows(table)
    columns = [c for c in rows[0] if c != "seed_hash"]
    for row in rows:
        if row["doc"] == "b":
            row.update(metric="vốn ngoại", value="38500000000", low="38000000000", high="39000000000", unit="EUR")
    write_rows(table, rows, columns)
    result = run("seed", str(corpus), "--claims", str(table))
    assert result.exit_code == 0, result.output
    assert "seed_hash" in result.stderr
    after = {r["doc"]: r for r in read_rows(table)}
    assert (after["b"]["metric"], after["b"]["value"], after["b"]["unit"]) == ("vốn ngoại", "38500000000", "EUR")
    assert all(r["seed_hash"] for r in after.values())
    again = run("seed", str(corpus), "--claims", str(table), "--check")
    assert again.exit_code == 0, again.output


def test_an_extra_column_an_editor_added_is_kept() -> None:
    corpus, table = seeded()
    rows = read_rows(table)
    for row in rows:
        row["reviewer"] = "Lan" if row["doc"] == "a" else ""
    write_rows(table, rows)
    write_corpus({"e.txt": "Năm 2025, xuất khẩu thủy sản đạt 10 tỷ USD.\n"})
    result = run("seed", str(corpus), "--claims", str(table))
    assert result.exit_code == 0, result.output
    after = read_rows(table)
    assert list(after[0])[-1] == "reviewer"
    assert {r["doc"]: r["reviewer"] for r in after} == {"a": "Lan", "b": "", "c": "", "d": "", "e": ""}


def test_a_second_seed_waits_for_the_first_and_keeps_its_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    """The table is locked from reading to writing: a seed that starts while another holds
    the lock merges with what the other wrote, instead of overwriting it."""
    from checker.table import lock as tablelock

    corpus, table = seeded()
    taken, release = threading.Event(), threading.Event()

    def other_seed() -> None:
        with tablelock.table_lock(table):
            taken.set()
            release.wait(10)
            edit(table, "a", status="confirmed", note="viết khi khóa")

    thread = threading.Thread(target=other_seed)
    thread.start()
    assert taken.wait(10)
    threading.Timer(0.5, release.set).start()
    result = run("seed", str(corpus), "--claims", str(table))
    thread.join(10)
    assert result.exit_code == 0, result.output
    [row] = [r for r in read_rows(table) if r["doc"] == "a"]
    assert (row["status"], row["note"]) == ("confirmed", "viết khi khóa")


def test_a_seed_that_cannot_get_the_lock_fails_clearly(monkeypatch: pytest.MonkeyPatch) -> None:
    from checker.table import lock as tablelock

    corpus, table = seeded()
    before = table.read_bytes()
    monkeypatch.setattr(tablelock, "LOCK_WAIT_SECONDS", 0.2)
    with tablelock.table_lock(table):
        started = time.monotonic()
        result = run("seed", str(corpus), "--claims", str(table))
    assert result.exit_code == 2, result.output
    assert "table.csv" in result.stderr and "another checker seed" in result.stderr
    assert time.monotonic() - started < 5
    assert table.read_bytes() == before
    assert not [p.name for p in Path().iterdir() if "lock" in p.name]  # no lock file left behind


def test_an_unknown_prior_status_is_a_table_error_naming_its_place() -> None:
    corpus, table = seeded()
    rows = read_rows(table)
    rows[1]["status"], rows[1]["prior_status"] = "stale", "sometimes"
    write_rows(table, rows)
    result = run("seed", str(corpus), "--claims", str(table))
    assert result.exit_code == 2, result.output
    assert list(rows[0])[-1] == "prior_status"
    line = table.read_text(encoding="utf-8").splitlines()[2]
    assert f"table.csv:3:{line.rindex(',') + 2}: prior_status" in result.stderr  # the last field of line 3


def test_a_table_whose_lock_cannot_be_created_is_exit_2_not_a_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    """A folder the seed may not write in (here: creating the lock file is refused, as in a
    read-only folder)."""
    from checker.table import lock as tablelock

    corpus, table = seeded()
    before = table.read_bytes()

    def refuse(path: Path) -> int:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tablelock, "_try_lock", refuse)
    result = run("seed", str(corpus), "--claims", str(table))
    assert result.exit_code == 2, result.output
    assert "table.csv" in result.stderr and "Permission denied" in result.stderr
    assert table.read_bytes() == before


# --- the summary and seed --check ---------------------------------------------------------


def test_the_summary_counts_rows_the_seeder_rewrote() -> None:
    """A row the seeder refreshes (here: its subject as an older checker wrote it) is
    counted as updated, not silently as kept."""
    corpus, table = seeded()
    rows = read_rows(table)
    target = next(r for r in rows if r["doc"] == "a")
    # what an older seeder wrote: another subject, and the hash of that row
    from checker.table.claims import read_claims, seed_hash

    target["subject"] = "Gạo Việt"
    write_rows(table, rows)
    claim = next(c for c in read_claims(table)[0] if c.doc == "a")
    edit(table, "a", seed_hash=seed_hash(claim))
    result = run("seed", str(corpus), "--claims", str(table))
    assert result.exit_code == 0, result.output
    assert "0 new, 4 kept, 1 updated, 0 stale" in result.stderr
    assert next(r for r in read_rows(table) if r["doc"] == "a")["subject"] != "Gạo Việt"


def test_seed_check_passes_on_a_current_table_and_writes_nothing() -> None:
    corpus, table = seeded()
    before = table.stat().st_mtime_ns, table.read_bytes()
    result = run("seed", str(corpus), "--claims", str(table), "--check")
    assert result.exit_code == 0, result.output
    assert (table.stat().st_mtime_ns, table.read_bytes()) == before


def test_seed_check_fails_with_a_short_summary_when_the_table_is_not_current() -> None:
    corpus, table = seeded()
    (corpus / "d.txt").write_text("Năm 2025, xuất khẩu điện thoại được mùa.\n", encoding="utf-8")
    write_corpus({"e.txt": "Năm 2025, xuất khẩu thủy sản đạt 10 tỷ USD.\n"})
    before = table.read_bytes()
    result = run("seed", str(corpus), "--claims", str(table), "--check")
    assert result.exit_code == 1, result.output
    assert "add 1 row, update 0, mark 1 stale" in result.stderr and "run `checker seed" in result.stderr
    assert table.read_bytes() == before


def test_seed_check_of_a_missing_table_fails() -> None:
    corpus = write_corpus(CORPUS)
    result = run("seed", str(corpus), "--claims", "table.csv", "--check")
    assert result.exit_code == 1, result.output
    assert not Path("table.csv").exists()


# --- claim ids ------------------------------------------------------------------------------


def test_new_claim_ids_are_long_enough_for_a_million_claims() -> None:
    """64 bits: the chance of any collision among a million ids is about 3e-8 (40 bits: 36%)."""
    _, table = seeded()
    ids = [r["claim_id"] for r in read_rows(table)]
    assert all(len(i) == 16 and int(i, 16) >= 0 for i in ids)


def test_a_table_with_todays_short_ids_keeps_them() -> None:
    """Tables written before ids grew (40-bit, 10 hex digits) read, re-seed and check as
    before: every row keeps its id, none is new or stale."""
    from hashlib import blake2b

    from checker.grammar.normalize import fold

    corpus, table = seeded({"a.txt": RICE})
    [row] = read_rows(table)
    # the id as the checker wrote it before: blake2b-40 of doc, folded sentence, folded quote, rank
    key = f"a\x1f{fold(RICE.strip())}\x1f{fold(row['quote'])}\x1f0"
    legacy = blake2b(key.encode("utf-8"), digest_size=5).hexdigest()
    row["claim_id"], row["status"] = legacy, "confirmed"
    write_rows(table, [row])
    result = run("seed", str(corpus), "--claims", str(table))
    assert result.exit_code == 0, result.output
    assert "0 new, 1 kept" in result.stderr
    assert [(r["claim_id"], r["status"]) for r in read_rows(table)] == [(legacy, "confirmed")]
    assert run("seed", str(corpus), "--claims", str(table), "--check").exit_code == 0
    check = run("check", "--corpus", str(corpus), "--claims", str(table))
    assert check.exit_code == 0, check.output
    assert "not in" not in check.stderr


def test_ci_checks_that_the_committed_table_is_current_after_the_tests_and_before_the_gate() -> None:
    script = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text(encoding="utf-8")
    lines = [line.strip() for line in script.splitlines() if not line.lstrip().startswith("#")]
    tests = max(i for i, line in enumerate(lines) if "python -m pytest" in line)
    gate = lines.index("checker check --baseline checker-baseline.json --fail-on warning --format github")
    assert tests < lines.index("checker seed --check") < gate
