"""Merge scratch/labelsN.txt (pair same conflict reason | pair drop reason) into labelled-N.csv."""
import csv, sys
from pathlib import Path
HERE = Path(__file__).parent
n = sys.argv[1] if len(sys.argv) > 1 else "1"
labels = {}
for line in open(HERE / f"scratch/labels{n}.txt", encoding="utf-8"):
    parts = line.strip().split(" ", 3)
    if len(parts) < 3:
        continue
    if parts[1] == "drop":
        labels[parts[0]] = None
        continue
    same, conflict, reason = parts[1], parts[2], parts[3] if len(parts) > 3 else ""
    assert same in "01" and conflict in "01" and not (conflict == "1" and same == "0"), line
    labels[parts[0]] = (same, conflict, reason)
rows = list(csv.DictReader(open(HERE / f"candidates-{n}.csv", encoding="utf-8", newline="")))
out = HERE / f"labelled-{n}.csv"
tmp = out.with_suffix(".tmp")
with open(tmp, "w", encoding="utf-8", newline="") as f:
    w = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
    w.writeheader()
    for r in rows:
        lab = labels.get(r["pair"])
        if lab:
            r["same"], r["conflict"], r["reason"] = lab
            w.writerow(r)
tmp.replace(out)
kept = [l for l in labels.values() if l]
print(f"labelled {len(kept)}, dropped {sum(1 for l in labels.values() if l is None)}, same {sum(l[0]=='1' for l in kept)}, conflict {sum(l[1]=='1' for l in kept)}")
