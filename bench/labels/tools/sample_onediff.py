"""Second conflict hunt, appended to candidates-3/4: sentence pairs that are near-copies
(masked sentence ratio >= 85, same count of numbers) in which exactly one number differs,
across two articles of one story (cosine 0.3-0.95) or within one article (different
sentences). The pair is the two figures at the differing number when the checker extracted
both with one kind and unit. This is the 'all others equal, one different' signal.
New ids from p0632; rows alternate between candidates-3.csv and candidates-4.csv."""
import csv, json, pickle, random, re
from collections import defaultdict
from pathlib import Path
from rapidfuzz import fuzz

rng = random.Random(20170217)
HERE = Path(__file__).parent
D = pickle.load(open(HERE / "scratch/extract.pkl", "rb"))
docs, sents, M = D["docs"], D["sents"], D["mentions"]
cos = {tuple(k.split("|")): v for k, v in json.load(open(HERE / "scratch/cosines.json")).items()}
NUM = re.compile(r"\d+(?:[.,]\d+)*")
existing = set()
for f in sorted(HERE.glob("candidates-*.csv")):
    for r in csv.DictReader(open(f, encoding="utf-8")):
        existing.add(frozenset({(r["doc_a"], int(r["start_a"])), (r["doc_b"], int(r["start_b"]))}))
by_sent = defaultdict(list)
for m in M:
    if m["unit"]:
        by_sent[(m["doc"], m["sentence"])].append(m)
doc_sents = defaultdict(list)
for (d, i), (a, b, _) in sents.items():
    t = docs[d]["text"][a:b]
    nums = list(NUM.finditer(t))
    if nums and len(t) > 40 and (d, i) in by_sent:
        doc_sents[d].append((i, a, t, nums, NUM.sub("#", t.lower())))


def one_diff(s1, s2):
    (i1, a1, t1, n1, k1), (i2, a2, t2, n2, k2) = s1, s2
    if len(n1) != len(n2) or fuzz.ratio(k1, k2) < 85:
        return None
    diffs = [(x, y) for x, y in zip(n1, n2) if x.group() != y.group()]
    if len(diffs) != 1:
        return None
    x, y = diffs[0]
    return a1 + x.start(), a2 + y.start()


def mention_at(doc, idx, pos):
    for m in by_sent[(doc, idx)]:
        if m["start"] <= pos < m["end"]:
            return m
    return None


found = {"story": [], "within": []}
for (d1, d2), c in cos.items():
    if not 0.3 <= c <= 0.95:
        continue
    for s1 in doc_sents.get(d1, []):
        for s2 in doc_sents.get(d2, []):
            hit = one_diff(s1, s2)
            if hit:
                m, n = mention_at(d1, s1[0], hit[0]), mention_at(d2, s2[0], hit[1])
                if m and n and (m["kind"], m["unit"]) == (n["kind"], n["unit"]):
                    found["story"].append((m, n))
for d, ss in doc_sents.items():
    for x in range(len(ss)):
        for y in range(x + 1, len(ss)):
            hit = one_diff(ss[x], ss[y])
            if hit:
                m, n = mention_at(d, ss[x][0], hit[0]), mention_at(d, ss[y][0], hit[1])
                if m and n and (m["kind"], m["unit"]) == (n["kind"], n["unit"]):
                    found["within"].append((m, n))
print({k: len(v) for k, v in found.items()})
picked, used = [], set()
for scope, want in (("story", 40), ("within", 20)):
    pool = found[scope]
    rng.shuffle(pool)
    got = 0
    for m, n in pool:
        k = frozenset({(m["doc"], m["start"]), (n["doc"], n["start"])})
        if got >= want or k in existing or (m["doc"], n["doc"]) in used:
            continue
        used.add((m["doc"], n["doc"]))
        picked.append((scope, m, n)); got += 1
rng.shuffle(picked)
full = json.load(open(HERE / "scratch/candidates-full.json"))
for i, (scope, m, n) in enumerate(picked):
    pid, h = f"p{632 + i:04d}", 3 + i % 2
    with open(HERE / f"candidates-{h}.csv", "a", newline="", encoding="utf-8") as f:
        csv.writer(f).writerow([pid, scope, m["doc"], m["start"], m["end"], n["doc"], n["start"], n["end"], "", "", ""])
    k = tuple(sorted((m["doc"], n["doc"])))
    full.append(dict(pair=pid, scope=scope, stratum=f"{scope}-one-number-differs", half=h, cos=cos.get(k, 0.0), a=m, b=n))
json.dump(full, open(HERE / "scratch/candidates-full.json", "w"), ensure_ascii=False, indent=0)
print(len(picked))
