"""Supplementary candidates enriched for same-quantity pairs and conflicts (the first sample had
about 20% positives). Two strata, disjoint from candidates-1/2:
- story-strict: article pairs with TF-IDF cosine 0.4-0.8 (no templated columns by title), figure
  pairs of one kind+unit whose masked local contexts are similar (rapidfuzz ratio >= 70);
  half with equal values, half with values that differ but lie within a factor 1.5.
- within-strict: figure pairs of one article, one kind+unit, in different sentences, whose
  masked local contexts are similar (ratio >= 70) or title vs body; values differ preferred.
Writes candidates-3.csv and candidates-4.csv (unlabelled, no corpus text), ids from p0457 on.
"""
import csv, json, pickle, random, re
from collections import Counter, defaultdict
from pathlib import Path
from rapidfuzz import fuzz

SEED = 20170215
rng = random.Random(SEED)
HERE = Path(__file__).parent
D = pickle.load(open(HERE / "scratch/extract.pkl", "rb"))
docs, M = D["docs"], D["mentions"]
cos = {tuple(k.split("|")): v for k, v in json.load(open(HERE / "scratch/cosines.json")).items()}
used_docs = set()
for f in ("candidates-1.csv", "candidates-2.csv"):
    for r in csv.DictReader(open(HERE / f, encoding="utf-8")):
        used_docs.add(r["doc_a"]); used_docs.add(r["doc_b"])
TEMPL = re.compile(r"giá vàng|thời tiết|tỷ giá|xổ số|vietlott|chứng khoán|nhận định|góc nhìn kỹ thuật|vn-index|giá xăng|kết quả xs|lịch thi đấu|bảng xếp hạng|giá heo|giá cà phê|giá lúa", re.I)
DIG = re.compile(r"\d[\d.,]*")


def templated(d):
    return bool(TEMPL.search(docs[d]["title"]))


def ctx(m, w=60):
    t = docs[m["doc"]]["text"]
    return DIG.sub("#", (t[max(0, m["start"] - w):m["start"]] + " @ " + t[m["end"]:m["end"] + w]).lower())


by_doc = defaultdict(list)
for m in M:
    if m["unit"] and not templated(m["doc"]):
        by_doc[m["doc"]].append(m)


def key(m):
    return (m["kind"], m["unit"])


def ratio(a, b):
    return max(a, b) / min(a, b) if min(a, b) > 0 else float("inf")


pairs, seen = [], set()


def add(stratum, scope, m, n):
    k = tuple(sorted(((m["doc"], m["start"]), (n["doc"], n["start"]))))
    if k in seen:
        return False
    seen.add(k)
    pairs.append(dict(scope=scope, stratum=stratum, a=m, b=n))
    return True


# story-strict
story_docs = [k for k, c in cos.items() if 0.4 <= c <= 0.8 and not (templated(k[0]) or templated(k[1]))]
rng.shuffle(story_docs)
eq, diff = [], []
for d1, d2 in story_docs:
    if d1 in used_docs or d2 in used_docs:
        continue
    best_eq, best_diff = None, None
    for m in by_doc.get(d1, []):
        cm = ctx(m)
        for n in by_doc.get(d2, []):
            if key(m) != key(n):
                continue
            r = fuzz.ratio(cm, ctx(n))
            if r < 70:
                continue
            if m["value"] == n["value"]:
                if not best_eq or r > best_eq[0]:
                    best_eq = (r, m, n)
            elif ratio(m["value"], n["value"]) <= 1.5:
                if not best_diff or r > best_diff[0]:
                    best_diff = (r, m, n)
    if best_eq:
        eq.append(best_eq)
    if best_diff:
        diff.append(best_diff)
print("story eq", len(eq), "diff", len(diff))
du = Counter()
for pool, n_want, name in ((diff, 40, "story-strict-diff"), (eq, 25, "story-strict-equal")):
    got = 0
    for r, m, n in pool:
        if got >= n_want:
            break
        if du[m["doc"]] or du[n["doc"]]:
            continue
        if add(name, "story", m, n):
            du[m["doc"]] += 1; du[n["doc"]] += 1; got += 1

# within-strict
wd = [d for d in by_doc if d not in used_docs and d not in du]
rng.shuffle(wd)
wdiff, weq = [], []
for d in wd:
    ms = by_doc[d]
    best_eq, best_diff = None, None
    for i in range(len(ms)):
        ci = ctx(ms[i])
        for j in range(i + 1, len(ms)):
            m, n = ms[i], ms[j]
            if key(m) != key(n) or m["sentence"] == n["sentence"]:
                continue
            r = fuzz.ratio(ci, ctx(n))
            title_pair = m["sentence"] == 1 or n["sentence"] == 1
            if r < 70 and not (title_pair and r >= 55):
                continue
            if m["value"] == n["value"]:
                if not best_eq or r > best_eq[0]:
                    best_eq = (r, m, n)
            elif ratio(m["value"], n["value"]) <= 1.5:
                if not best_diff or r > best_diff[0]:
                    best_diff = (r, m, n)
    if best_diff:
        wdiff.append(best_diff)
    if best_eq:
        weq.append(best_eq)
    if len(wdiff) >= 200 and len(weq) >= 100:
        break
print("within diff", len(wdiff), "eq", len(weq))
for pool, n_want, name in ((wdiff, 40, "within-strict-diff"), (weq, 20, "within-strict-equal")):
    got = 0
    for r, m, n in pool:
        if got >= n_want:
            break
        if add(name, "within", m, n):
            got += 1

print(Counter(p["stratum"] for p in pairs))
rng.shuffle(pairs)
for i, p in enumerate(pairs):
    p["pair"] = f"p{457 + i:04d}"
HEAD = "pair,scope,doc_a,start_a,end_a,doc_b,start_b,end_b,same,conflict,reason".split(",")
halves = {3: [], 4: []}
by_stratum = defaultdict(list)
for p in pairs:
    by_stratum[p["stratum"]].append(p)
for s, ps in sorted(by_stratum.items()):
    for j, p in enumerate(ps):
        halves[3 + j % 2].append(p)
full = json.load(open(HERE / "scratch/candidates-full.json"))
full = [p for p in full if int(p["pair"][1:]) < 457]
for h, ps in halves.items():
    ps.sort(key=lambda p: p["pair"])
    with open(HERE / f"candidates-{h}.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(HEAD)
        for p in ps:
            a, b = p["a"], p["b"]
            w.writerow([p["pair"], p["scope"], a["doc"], a["start"], a["end"], b["doc"], b["start"], b["end"], "", "", ""])
            k = tuple(sorted((a["doc"], b["doc"])))
            full.append(dict(pair=p["pair"], scope=p["scope"], stratum=p["stratum"], half=h, cos=cos.get(k, 0.0), a=a, b=b))
json.dump(full, open(HERE / "scratch/candidates-full.json", "w"), ensure_ascii=False, indent=0)
print({h: len(v) for h, v in halves.items()})
