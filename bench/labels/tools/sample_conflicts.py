"""A conflict hunt appended to candidates-3/4 (labelled by the same reader as labelled-3/4).
Figure pairs (one kind+unit) whose masked local contexts (50 characters each side) are nearly the
same (rapidfuzz ratio >= 80) while the checker's intervals [low, high] are disjoint: restated
sentences with a changed figure, where conflicts live. Story scope: article pairs with cosine
0.3-0.9 and no templated-column title; within scope: different sentences of one article.
New ids from p0582; rows alternate between candidates-3.csv and candidates-4.csv."""
import csv, json, pickle, random, re
from collections import defaultdict
from pathlib import Path
from rapidfuzz import fuzz

rng = random.Random(20170216)
HERE = Path(__file__).parent
D = pickle.load(open(HERE / "scratch/extract.pkl", "rb"))
docs, M = D["docs"], D["mentions"]
cos = {tuple(k.split("|")): v for k, v in json.load(open(HERE / "scratch/cosines.json")).items()}
TEMPL = re.compile(r"giá vàng|thời tiết|tỷ giá|xổ số|vietlott|chứng khoán|nhận định|góc nhìn kỹ thuật|vn-index|giá xăng|lịch thi đấu|bảng xếp hạng|giá heo|giá cà phê|giá lúa|thị trường|trực tiếp|mưa|nắng|bão|áp thấp|lũ", re.I)
DIG = re.compile(r"\d[\d.,]*")
existing = set()
for f in sorted(HERE.glob("candidates-*.csv")):
    for r in csv.DictReader(open(f, encoding="utf-8")):
        existing.add(frozenset({(r["doc_a"], int(r["start_a"])), (r["doc_b"], int(r["start_b"]))}))


def ctx(m, w=50):
    t = docs[m["doc"]]["text"]
    return DIG.sub("#", (t[max(0, m["start"] - w):m["start"]] + " @ " + t[m["end"]:m["end"] + w]).lower())


by_doc = defaultdict(list)
for m in M:
    if m["unit"] and not TEMPL.search(docs[m["doc"]]["title"]):
        by_doc[m["doc"]].append(m)


def disjoint(m, n):
    return m["high"] < n["low"] or n["high"] < m["low"]


story, within = [], []
for (d1, d2), c in cos.items():
    if not 0.3 <= c <= 0.9:
        continue
    for m in by_doc.get(d1, []):
        cm = ctx(m)
        for n in by_doc.get(d2, []):
            if (m["kind"], m["unit"]) == (n["kind"], n["unit"]) and disjoint(m, n) and fuzz.ratio(cm, ctx(n)) >= 80:
                story.append((m, n))
for d, ms in by_doc.items():
    for i in range(len(ms)):
        ci = ctx(ms[i])
        for j in range(i + 1, len(ms)):
            m, n = ms[i], ms[j]
            if m["sentence"] != n["sentence"] and (m["kind"], m["unit"]) == (n["kind"], n["unit"]) and disjoint(m, n) and fuzz.ratio(ci, ctx(n)) >= 80:
                within.append((m, n))
print("story", len(story), "within", len(within))
rng.shuffle(story); rng.shuffle(within)
picked, used = [], set()
for scope, pool, want in (("story", story, 30), ("within", within, 20)):
    got = 0
    for m, n in pool:
        k = frozenset({(m["doc"], m["start"]), (n["doc"], n["start"])})
        if got >= want or k in existing or m["doc"] in used or n["doc"] in used:
            continue
        used.update({m["doc"], n["doc"]})
        picked.append((scope, m, n)); got += 1
rng.shuffle(picked)
full = json.load(open(HERE / "scratch/candidates-full.json"))
for i, (scope, m, n) in enumerate(picked):
    pid, h = f"p{582 + i:04d}", 3 + i % 2
    with open(HERE / f"candidates-{h}.csv", "a", newline="", encoding="utf-8") as f:
        csv.writer(f).writerow([pid, scope, m["doc"], m["start"], m["end"], n["doc"], n["start"], n["end"], "", "", ""])
    k = tuple(sorted((m["doc"], n["doc"])))
    full.append(dict(pair=pid, scope=scope, stratum=f"{scope}-conflict-hunt", half=h, cos=cos.get(k, 0.0), a=m, b=n))
json.dump(full, open(HERE / "scratch/candidates-full.json", "w"), ensure_ascii=False, indent=0)
print(len(picked))
