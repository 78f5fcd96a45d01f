"""Sample candidate figure pairs (within / story / cross) from the scratch extraction.

Reads scratch/extract.pkl (made by extract.py) and scratch/check.json (C101 findings of
`checker check`), writes candidates-1.csv / candidates-2.csv (no corpus text) and
scratch/candidates-full.json (with sentences, for reading; never committed). Seed fixed.
"""
import json, math, pickle, random, re, sys
from collections import Counter, defaultdict
from pathlib import Path

SEED = 20170214
rng = random.Random(SEED)
HERE = Path(__file__).parent
D = pickle.load(open(HERE / "scratch/extract.pkl", "rb"))
docs, sents, M = D["docs"], D["sents"], D["mentions"]
for i, m in enumerate(M):
    m["i"] = i
WORD = re.compile(r"[^\W\d_]+", re.U)


def toks(s):
    return [w.lower() for w in WORD.findall(s)]


def sent_text(m):
    a, b, _ = sents[(m["doc"], m["sentence"])]
    return docs[m["doc"]]["text"][a:b]


def docnum(d):
    return int(d.split("_")[1])


def key(m):
    return (m["kind"], m["unit"])


STOP = set("của và các là có được trong cho với đã này những một người không để khi đến từ theo tại về như trên năm thì ra cũng sẽ đang vào bị mà nhiều nhưng lại hơn so còn làm sau đó nên vì hay rằng tới chỉ gần khoảng đạt tăng giảm mức số".split())


def content(s):
    return {w for w in toks(s) if w not in STOP and len(w) > 1}


def jacc(a, b):
    return len(a & b) / max(1, len(a | b))


def close(m, n):
    a, b = m["value"], n["value"]
    if a == b:
        return True
    return min(a, b) > 0 and max(a, b) / min(a, b) <= 1.25


by_doc = defaultdict(list)
for m in M:
    if m["unit"] == "" and m["kind"] == "amount":
        continue  # unitless bare numbers: mostly not quantities one can compare
    by_doc[m["doc"]].append(m)

pairs = []  # dicts: scope, stratum, a, b
seen = set()


def add(scope, stratum, m, n):
    k = tuple(sorted((m["i"], n["i"])))
    if k in seen or m["i"] == n["i"]:
        return False
    if m["doc"] == n["doc"] and m["start"] == n["start"]:
        return False
    seen.add(k)
    pairs.append(dict(scope=scope, stratum=stratum, a=m, b=n))
    return True


# ---------- within ----------
wcand_sim, wcand_rand = [], []
for d, ms in by_doc.items():
    for x in range(len(ms)):
        for y in range(x + 1, len(ms)):
            m, n = ms[x], ms[y]
            if key(m) != key(n):
                continue
            wcand_rand.append((m, n))
            sim = jacc(content(sent_text(m)), content(sent_text(n)))
            if sim >= 0.35 or (close(m, n) and sim >= 0.15):
                wcand_sim.append((m, n))
rng.shuffle(wcand_sim); rng.shuffle(wcand_rand)


def take(cands, scope, stratum, count, per_doc=1, docs_used=None):
    used = Counter() if docs_used is None else docs_used
    got = 0
    for m, n in cands:
        if got >= count:
            break
        dk = (m["doc"], n["doc"])
        if used[dk] >= per_doc:
            continue
        if add(scope, stratum, m, n):
            used[dk] += 1
            got += 1
    return got


print("within sim cands", len(wcand_sim), "rand", len(wcand_rand), file=sys.stderr)
wu = Counter()
take(wcand_sim, "within", "similar", 76, docs_used=wu)
take(wcand_rand, "within", "random", 76, docs_used=wu)

# ---------- story: TF-IDF over syllables, top-100 terms a document ----------
df = Counter()
dtoks = {}
for d, rec in docs.items():
    c = Counter(toks(rec["text"]))
    dtoks[d] = c
    df.update(c.keys())
N = len(docs)
vecs = {}
for d, c in dtoks.items():
    w = {t: (1 + math.log(f)) * math.log(N / df[t]) for t, f in c.items() if df[t] < N * 0.5}
    top = sorted(w.items(), key=lambda kv: -kv[1])[:100]
    norm = math.sqrt(sum(v * v for _, v in top)) or 1
    vecs[d] = {t: v / norm for t, v in top}
post = defaultdict(list)
for d, v in vecs.items():
    for t, x in v.items():
        post[t].append((d, x))
cos = defaultdict(float)
for t, pl in post.items():
    if len(pl) > 2000:
        continue
    pl.sort(key=lambda dx: docnum(dx[0]))
    nums = [docnum(d) for d, _ in pl]
    for i in range(len(pl)):
        for j in range(i + 1, len(pl)):
            if nums[j] - nums[i] > 16000:
                break
            (d1, x1), (d2, x2) = pl[i], pl[j]
            k = (d1, d2) if d1 < d2 else (d2, d1)
            cos[k] += x1 * x2
story_docs = [(k, c) for k, c in cos.items() if 0.3 <= c <= 0.8]
templ_docs = [(k, c) for k, c in cos.items() if c > 0.8]
print("doc pairs 0.3-0.8:", len(story_docs), ">0.8:", len(templ_docs), file=sys.stderr)
json.dump({f"{a}|{b}": c for (a, b), c in cos.items() if c >= 0.2}, open(HERE / "scratch/cosines.json", "w"))
rng.shuffle(story_docs); rng.shuffle(templ_docs)


def cross_cands(d1, d2):
    sim, rand = [], []
    for m in by_doc.get(d1, []):
        for n in by_doc.get(d2, []):
            if key(m) != key(n):
                continue
            rand.append((m, n))
            s = jacc(content(sent_text(m)), content(sent_text(n)))
            if s >= 0.3 or (close(m, n) and s >= 0.12):
                sim.append((m, n, s))
    return sim, rand


su = Counter()
n_sim = n_rand = 0
for (d1, d2), c in story_docs:
    if n_sim >= 85 and n_rand >= 45:
        break
    sim, rand = cross_cands(d1, d2)
    if sim and n_sim < 85:
        m, n, _ = rng.choice(sim)
        n_sim += add("story", "similar", m, n)
    elif rand and n_rand < 45:
        m, n = rng.choice(rand)
        n_rand += add("story", "random", m, n)
n_t = 0
for (d1, d2), c in templ_docs:
    if n_t >= 22:
        break
    sim, rand = cross_cands(d1, d2)
    pool = [(m, n) for m, n, _ in sim] or rand
    if pool:
        m, n = rng.choice(pool)
        n_t += add("story", "high-cosine", m, n)

# ---------- cross ----------
def unrelated(d1, d2):
    k = (d1, d2) if d1 < d2 else (d2, d1)
    return d1 != d2 and cos.get(k, 0.0) < 0.2


c101 = []
try:
    rep = json.load(open(HERE / "scratch/check.json"))
    loc = {(m["doc"], m["start"], m["end"]): m for m in M}
    idx_by_doc_sent = defaultdict(list)
    for m in M:
        idx_by_doc_sent[(m["doc"], m["sentence"])].append(m)
    for f in rep.get("findings", []):
        if f.get("rule") != "C101":
            continue
        c101.append(f)
except FileNotFoundError:
    rep = None
print("C101 findings:", len(c101), file=sys.stderr)
def mention_of_claim(f, cid):
    c = next((c for c in f["claims"] if c["id"] == cid), None)
    if not c:
        return None
    for m in idx_by_doc_sent.get((c["doc"], c["sentence"]), []):
        if m["quote"] == c["quote"]:
            return m
    return None


rng.shuffle(c101)
n_c = 0
cu = Counter()
for f in c101:
    if n_c >= 76:
        break
    prs = f.get("pairs") or []
    if not prs:
        continue
    a, b = prs[0]
    m, n = mention_of_claim(f, a), mention_of_claim(f, b)
    if not m or not n or m["doc"] == n["doc"]:
        continue
    if not unrelated(m["doc"], n["doc"]) or m["unit"] == "":
        continue
    if cu[m["doc"]] >= 1 or cu[n["doc"]] >= 1:
        continue
    if add("cross", "c101", m, n):
        cu[m["doc"]] += 1; cu[n["doc"]] += 1
        n_c += 1
# random same kind+unit sharing a content word in the metric
byk = defaultdict(list)
for d, ms in by_doc.items():
    for m in ms:
        byk[key(m)].append(m)
keys = [k for k, v in byk.items() if len(v) > 30]
weights = [len(byk[k]) for k in keys]
n_r = 0
tries = 0
while n_r < 152 - n_c and tries < 200000:
    tries += 1
    k = rng.choices(keys, weights)[0]
    m, n = rng.choice(byk[k]), rng.choice(byk[k])
    if not unrelated(m["doc"], n["doc"]):
        continue
    cm = content(m["metric"]) & content(n["metric"])
    if not cm:
        continue
    n_r += add("cross", "random-shared-word", m, n)

# ---------- write ----------
print(Counter((p["scope"], p["stratum"]) for p in pairs), file=sys.stderr)
rng.shuffle(pairs)
for i, p in enumerate(pairs):
    p["pair"] = f"p{i + 1:04d}"
import csv
HEAD = "pair,scope,doc_a,start_a,end_a,doc_b,start_b,end_b,same,conflict,reason".split(",")
halves = {1: [], 2: []}
by_scope = defaultdict(list)
for p in pairs:
    by_scope[p["scope"]].append(p)
for s, ps in by_scope.items():
    for j, p in enumerate(ps):
        halves[1 + j % 2].append(p)
for h, ps in halves.items():
    ps.sort(key=lambda p: p["pair"])
    with open(HERE / f"candidates-{h}.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(HEAD)
        for p in ps:
            a, b = p["a"], p["b"]
            w.writerow([p["pair"], p["scope"], a["doc"], a["start"], a["end"], b["doc"], b["start"], b["end"], "", "", ""])
full = []
for p in pairs:
    a, b = p["a"], p["b"]
    k = tuple(sorted((a["doc"], b["doc"])))
    full.append(dict(pair=p["pair"], scope=p["scope"], stratum=p["stratum"], half=1 + (p in halves[2]),
                     cos=cos.get(k, 0.0), a={x: a[x] for x in a if x != "i"}, b={x: b[x] for x in b if x != "i"}))
json.dump(full, open(HERE / "scratch/candidates-full.json", "w"), ensure_ascii=False, indent=0)
print("written", {h: len(v) for h, v in halves.items()}, file=sys.stderr)
