"""Peak memory and time of `checker check` on a huge claims.csv whose rows name documents
that are not in the corpus (issue 16: 200 MB of such rows once peaked at 12.5 GB with 1.17
million findings).

Usage (from the repository root):

    python bench/bench_big_table.py [--mb 200] [--absent 3] [--format json]

In a temporary folder: the bundled seeds are seeded into claims.csv; its rows are repeated,
each copy with fresh claim ids and a document id among --absent names that the corpus does
not hold, until the table has --mb megabytes; then `checker check --corpus seeds --claims
claims.csv --no-cache --format FORMAT --output report` runs in a fresh process. Printed: the
table's size and rows, the seconds, the exit code, the findings, and the peak memory of the
check (ru_maxrss of the child process).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build_table(folder: Path, megabytes: float, absent: int) -> int:
    """claims.csv of about `megabytes` MB whose rows name `absent` documents not in the corpus."""
    subprocess.run(
        [sys.executable, "-m", "checker", "seed", str(folder / "seeds"), "--claims", str(folder / "seed.csv"), "--no-cache"],
        check=True, cwd=folder, capture_output=True,
    )
    with (folder / "seed.csv").open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        rows = list(reader)
    target, rows_written, copy = megabytes * 1e6, 0, 0
    with (folder / "claims.csv").open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(header)
        while out.tell() < target:
            buffer = io.StringIO()
            chunk = csv.writer(buffer, lineterminator="\n")
            for row in rows:
                row = list(row)
                row[0] = f"{copy:010x}"[-10:]
                row[1] = f"absent-{copy % absent}"
                chunk.writerow(row)
                copy += 1
            out.write(buffer.getvalue())
            rows_written += len(rows)
    return rows_written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=200.0, help="size of claims.csv in MB [200]")
    parser.add_argument("--absent", type=int, default=3, help="absent documents the rows name [3]")
    parser.add_argument("--format", default="json", help="report format [json]")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        shutil.copytree(ROOT / "seeds", folder / "seeds")
        rows = build_table(folder, args.mb, args.absent)
        size = (folder / "claims.csv").stat().st_size / 1e6
        command = [
            sys.executable, "-m", "checker", "check", "--corpus", "seeds", "--claims", "claims.csv", "--no-cache",
            "--format", args.format, "--output", "report",
        ]
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        start = time.perf_counter()
        done = subprocess.run(command, cwd=folder, capture_output=True, text=True)
        seconds = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        findings = "?"
        if args.format == "json" and (folder / "report").exists():
            findings = str(len(json.loads((folder / "report").read_text(encoding="utf-8"))["findings"]))
        print(f"claims.csv: {size:.1f} MB, {rows:,} rows naming {args.absent} absent documents")
        print(f"check: {seconds:.1f} s, exit {done.returncode}, {findings} findings, "
              f"peak {max(peak, before) / 1024:.0f} MB")
        if done.returncode not in (0, 1):
            print(done.stderr[-2000:], file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
