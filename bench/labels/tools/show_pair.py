#!/usr/bin/env python
"""Show a candidate pair for labelling: both figures' sentences with the figure marked, and titles.

Usage:
    python show_pair.py candidates-2.csv p0002 [p0010 ...]   # named pairs
    python show_pair.py candidates-2.csv --all                # every row, in file order
    python show_pair.py candidates-2.csv --from p0100 -n 20   # 20 rows starting at a pair

Reads the corpus at run time (CORPUS env var or the default path) and only the documents the
rows need. Offsets are Python str offsets into the record's `text` after "\\r\\n" -> "\\n".
The sentence shown is cut at the nearest sentence ends (. ! ? or newline) around the figure,
and the neighbouring sentence before it is shown dimmed as "prev:" to help judge scope.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import json
import os
import re
import sys

CORPUS = os.environ.get("CORPUS", "/work/shared/corpus/baomoi-2017-20k.jsonl.gz")
END = re.compile(r"[.!?…]\s+(?=[^\W\d_a-zđ]|[\"“'(])|\n", re.U)


def load(ids: set[str]) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            if not any(i in line[:60] for i in ids):
                continue
            rec = json.loads(line)
            if rec["id"] in ids:
                out[rec["id"]] = {"title": rec.get("title") or "", "text": rec["text"].replace("\r\n", "\n")}
                if len(out) == len(ids):
                    break
    return out


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    a = 0
    for m in END.finditer(text, 0, start):
        a = m.end()
    m = END.search(text, end)
    b = m.start() + 1 if m else len(text)
    return a, b


def clean(s: str) -> str:
    # document text is untrusted: drop control characters before printing to a terminal
    return "".join(ch if ch.isprintable() or ch == " " else " " for ch in s)


def show(label: str, doc: dict[str, str], doc_id: str, start: int, end: int) -> None:
    text = doc["text"]
    a, b = sentence_bounds(text, start, end)
    pa, _ = sentence_bounds(text, max(0, a - 2), max(0, a - 2)) if a > 0 else (a, a)
    print(f"  {label} {doc_id} [{start}:{end}]  title: {clean(doc['title'])[:160]}")
    if a > 0:
        print(f"     prev: {clean(text[pa:a].strip())[:300]}")
    left = text[max(a, start - 300) : start]
    right = text[end : min(b, end + 300)]
    lmark = "…" if start - 300 > a else ""
    rmark = "…" if end + 300 < b else ""
    print(f"     sent: {lmark}{clean(left)}[[{clean(text[start:end])}]]{clean(right)}{rmark}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file")
    ap.add_argument("pairs", nargs="*")
    ap.add_argument("--all", action="store_true")
    ap.add_argument("--from", dest="start")
    ap.add_argument("-n", type=int, default=10)
    args = ap.parse_args()
    with open(args.file, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    if args.pairs:
        rows = [r for r in rows if r["pair"] in set(args.pairs)]
    elif args.start:
        k = next((i for i, r in enumerate(rows) if r["pair"] == args.start), 0)
        rows = rows[k : k + args.n]
    elif not args.all:
        rows = rows[: args.n]
    docs = load({r["doc_a"] for r in rows} | {r["doc_b"] for r in rows})
    for r in rows:
        labels = "" if not r.get("same") else f"   same={r['same']} conflict={r['conflict']} ({r['reason']})"
        print(f"{r['pair']} [{r['scope']}]{labels}")
        show("A", docs[r["doc_a"]], r["doc_a"], int(r["start_a"]), int(r["end_a"]))
        show("B", docs[r["doc_b"]], r["doc_b"], int(r["start_b"]), int(r["end_b"]))
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
