"""How right the checker's links and findings are, on real articles.

Usage (from the repository root):

    python bench/bench_accuracy.py [--corpus PATH] [--labels bench/labels/pairs.csv]
        [--background 3000] [--generated 50] [--archive] [--sample 50] [--fit] [--small]

Prints, each figure with the count it comes from:

1. Labelled pairs (bench/labels/pairs.csv, read by `labelled.load_pairs`), on the tuning and
   the test half apart: precision and recall of "one quantity" links and of conflicts. The
   labelled articles are checked together with the first --background articles of the
   corpus (the rarity of words is measured on them all).
2. Generated cases, among the same background: an article copied with one figure changed
   by 30% (caught when C101 pairs the two figures), an article with one of two equal
   figures changed in one place (caught when C103 pairs them: half of such pairs are two
   things that happen to be equal, so this is no recall), the same for the restatements a
   person read in the test half of the labelled pairs, and exact copies (never flagged).
   The story cases once more as an editor checks a draft: the changed article given as a
   draft against the rest, then unchanged (a faithful draft: its findings are counted).
3. With --archive: the whole corpus seeded and checked: findings by rule and severity, and
   --sample random error/warning findings printed for a person to read (never saved).
--fit refits the evidence weights on the tuning half and prints them for score.py.
--small: a slice for CI (300 background articles, 10 generated cases, no archive).
Exit code 0, or 2 when the corpus or labels are missing.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import random
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from labelled import LabelledPair, load_pairs  # noqa: E402

from checker.config import Settings  # noqa: E402
from checker.engine.local import Engine  # noqa: E402
from checker.models import Claim, Report  # noqa: E402
from checker.pipeline import CheckRequest, check  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus" / "baomoi-2017-20k.jsonl.gz"
NUMERAL = re.compile(r"\d+(?:[.,]\d+)*")


def read_records(path: Path, wanted: set[str], first: int) -> dict[str, dict[str, Any]]:
    """The records of `wanted` ids and the first `first` records, by id, in file order."""
    out: dict[str, dict[str, Any]] = {}
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for k, line in enumerate(handle):
            record = json.loads(line)
            if k < first or record["id"] in wanted:
                out[record["id"]] = record
    return out


def run_check(records: Iterable[dict[str, Any]], settings: Settings, folder: Path, cache: Path | None) -> Report:
    path = folder / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return check(CheckRequest(corpus=path, claims=None), settings, Engine(workers=2, cache_dir=cache))


def claim_at(claims: dict[tuple[str, int, int], Claim], doc: str, start: int, end: int) -> Claim | None:
    """The claim a label names by its span; or, when the grammar now reads the unit a few
    characters shorter or longer ("52 bánh chất" -> "52 bánh"), the claim that starts there."""
    found = claims.get((doc, start, end))
    for drift in range(1, UNIT_DRIFT + 1):
        found = found or claims.get((doc, start, end - drift)) or claims.get((doc, start, end + drift))
    return found


UNIT_DRIFT = 12  # characters a unit's reading may have moved since a label was written


def pair_sets(report: Report, rules: tuple[str, ...]) -> tuple[set[frozenset[str]], set[frozenset[str]]]:
    """(claim pairs linked, claim pairs reported as conflicting by `rules`)."""
    linked = {frozenset((link.claim_id, link.other_id)) for link in report.links}
    flagged = {frozenset(p) for f in report.findings if f.rule in rules for p in f.pairs}
    return linked, flagged


def rate(hits: int, total: int) -> str:
    return f"{hits / total:.3f} ({hits}/{total})" if total else "n/a (0/0)"


def evaluate_labels(pairs: list[LabelledPair], report: Report) -> None:
    by_span = {(c.doc, c.start, c.end): c for c in report.claims}
    linked, flagged = pair_sets(report, ("C101", "C103"))
    for split in ("tune", "test"):
        rows = [p for p in pairs if p.split == split]
        found = [(p, claim_at(by_span, *p.a), claim_at(by_span, *p.b)) for p in rows]
        missing = sum(1 for _, a, b in found if a is None or b is None)
        tp = fp = fn = ctp = cfp = cfn = 0
        for p, a, b in found:
            key = frozenset((a.claim_id, b.claim_id)) if a and b else frozenset()
            said_same, said_conflict = key in linked, key in flagged
            tp += said_same and p.same
            fp += said_same and not p.same
            fn += p.same and not said_same
            ctp += said_conflict and p.conflict
            cfp += said_conflict and not p.conflict
            cfn += p.conflict and not said_conflict
        print(f"labelled pairs, {split} half: {len(rows)} pairs ({missing} figures not read), "
              f"{sum(p.same for p in rows)} same, {sum(p.conflict for p in rows)} conflicts")
        print(f"  same quantity: precision {rate(tp, tp + fp)}, recall {rate(tp, tp + fn)}")
        print(f"  conflicts:     precision {rate(ctp, ctp + cfp)}, recall {rate(ctp, ctp + cfn)}")
        for scope in ("within", "story", "cross"):
            sub = [(p, a, b) for p, a, b in found if p.scope == scope]
            stp = sum(1 for p, a, b in sub if a and b and p.same and frozenset((a.claim_id, b.claim_id)) in linked)
            sfp = sum(1 for p, a, b in sub if a and b and not p.same and frozenset((a.claim_id, b.claim_id)) in linked)
            sfn = sum(1 for p, a, b in sub if p.same and not (a and b and frozenset((a.claim_id, b.claim_id)) in linked))
            print(f"    {scope:6}: {len(sub)} pairs, precision {rate(stp, stp + sfp)}, recall {rate(stp, stp + sfn)}")


def changed_numeral(text: str, factor: float) -> str:
    """A Vietnamese numeral ("1.200", "2,5", "350") scaled by `factor`, written the same way."""
    if "," in text:
        whole, decimals = text.replace(".", "").split(",", 1)
        value = float(f"{whole}.{decimals}") * factor
        return f"{value:.{len(decimals)}f}".replace(".", ",")
    value = int(text.replace(".", ""))
    new = max(round(value * factor), value + 1)
    return f"{new:,}".replace(",", ".") if "." in text else str(new)


def mutate(record: dict[str, Any], claim: Claim, new_id: str) -> tuple[dict[str, Any], int, int]:
    """A copy of `record` with `claim`'s first numeral changed by 30%; the changed figure's span."""
    text = record["text"]
    match = NUMERAL.search(text, claim.start, claim.end)
    assert match is not None
    new = changed_numeral(match.group(), 1.3)
    changed = text[: match.start()] + new + text[match.end() :]
    return {**record, "id": new_id, "text": changed}, claim.start, claim.end + len(new) - len(match.group())


def eligible(claim: Claim) -> bool:
    return claim.kind in ("amount", "percent") and claim.unit != "" and claim.value > 0 and claim.modality == "achieved"


def generated_cases(records: list[dict[str, Any]], report: Report, count: int, rng: random.Random) -> dict[str, Any]:
    """Cases built from articles the background does not hold (see the module docstring)."""
    claims: dict[str, list[Claim]] = {}
    for c in report.claims:
        claims.setdefault(c.doc, []).append(c)
    copies, selves, twins = [], [], []
    pool = [r for r in records if len([c for c in claims.get(r["id"], []) if eligible(c)]) >= 3]
    rng.shuffle(pool)
    for record in pool:
        mine = [c for c in claims[record["id"]] if eligible(c)]
        repeated = [(a, b) for a in mine for b in mine if a.sentence < b.sentence and a.value == b.value and a.unit == b.unit]
        if repeated and len(selves) < count:
            a, b = rng.choice(repeated)
            changed, start, end = mutate(record, b, f"self{len(selves)}-{record['id']}")
            selves.append((changed, a.start, a.end, start, end))
        elif len(copies) < count:
            target = rng.choice(mine)
            changed, start, end = mutate(record, target, f"copy{len(copies)}-{record['id']}")
            copies.append((record, changed, target.start, target.end, start, end))
        elif len(twins) < max(4, count // 3):
            twins.append((record, {**record, "id": f"twin{len(twins)}-{record['id']}"}))
        if len(copies) >= count and len(selves) >= count and len(twins) >= max(4, count // 3):
            break
    return {"copies": copies, "selves": selves, "twins": twins}


def restatement_cases(
    pairs: list[LabelledPair], records: dict[str, dict[str, Any]], report: Report, split: str
) -> list[tuple[dict[str, Any], int, int, int, int]]:
    """Articles of the labelled pairs of `split` that state one quantity twice with one value
    (read so by a person), with the later mention changed by 30%: (changed article, span of
    the first mention, span of the changed one). One case an article."""
    by_span = {(c.doc, c.start, c.end): c for c in report.claims}
    out, seen = [], set()
    for p in pairs:
        a, b = claim_at(by_span, *p.a), claim_at(by_span, *p.b)
        if p.split != split or not p.same or p.scope != "within" or not a or not b or p.a[0] in seen:
            continue
        if a.value != b.value or not eligible(a) or a.sentence == b.sentence:
            continue
        first, later = (a, b) if a.start < b.start else (b, a)
        changed, start, end = mutate(records[a.doc], later, a.doc)
        seen.add(a.doc)
        out.append((changed, first.start, first.end, start, end))
    return out


def story_cases(
    pairs: list[LabelledPair], records: dict[str, dict[str, Any]], report: Report, split: str, taken: set[str]
) -> list[tuple[str, int, int, dict[str, Any], int, int]]:
    """Pairs of `split` that two articles tell with one value (read so by a person: one
    story, two outlets), with the figure changed by 30% in the second article, which keeps
    its id: (first article's id, span of its mention, changed article, span of the changed
    one). One case an article; none in the articles of `taken`."""
    by_span = {(c.doc, c.start, c.end): c for c in report.claims}
    out = []
    for p in pairs:
        a, b = claim_at(by_span, *p.a), claim_at(by_span, *p.b)
        if p.split != split or not p.same or p.scope == "within" or not a or not b or a.doc == b.doc:
            continue
        if a.value != b.value or not eligible(b) or {a.doc, b.doc} & taken:
            continue
        changed, start, end = mutate(records[b.doc], b, b.doc)
        taken.update((a.doc, b.doc))
        out.append((a.doc, a.start, a.end, changed, start, end))
    return out


def cases_records(cases: dict[str, Any]) -> list[dict[str, Any]]:
    """The articles a set of cases adds: changed copies, changed articles (which replace their
    originals) and twins."""
    return [c[1] for c in cases["copies"]] + [c[0] for c in cases["selves"]] + [t for _, t in cases["twins"]]


def originals(pool: list[dict[str, Any]], cases: dict[str, Any]) -> list[dict[str, Any]]:
    """The pool's articles, without those a changed article replaces."""
    replaced = {c[0]["id"].split("-", 1)[1] for c in cases["selves"]}
    return [r for r in pool if r["id"] not in replaced]


def reported_pairs(report: Report, rule: str) -> set[tuple[str, str, float]]:
    """(claim id, the other claim's article, its value) of every pair a finding of `rule`
    reports, both ways: a changed figure is caught when it is reported against the figure it
    changed, or against another mention of that value in that article (a figure told twice)."""
    by_id = {c.claim_id: c for c in report.claims}
    out = set()
    for f in report.findings:
        if f.rule == rule:
            for p, q in f.pairs:
                for mine, other in ((p, q), (q, p)):
                    if other in by_id:
                        out.add((mine, by_id[other].doc, by_id[other].value))
    return out


def caught_pair(flagged: set[tuple[str, str, float]], a: Claim | None, b: Claim | None) -> bool:
    return bool(a and b and (b.claim_id, a.doc, a.value) in flagged)


def evaluate_generated(cases: dict[str, Any], report: Report) -> None:
    by_span = {(c.doc, c.start, c.end): c for c in report.claims}
    flagged = {r: reported_pairs(report, r) for r in ("C101", "C103")}
    caught = disjoint = caught_disjoint = 0
    for original, changed, a0, a1, b0, b1 in cases["copies"]:
        a, b = claim_at(by_span, original["id"], a0, a1), claim_at(by_span, changed["id"], b0, b1)
        hit = caught_pair(flagged["C101"], a, b)
        apart = bool(a and b and (a.high < b.low or b.high < a.low))
        caught += hit
        disjoint += apart
        caught_disjoint += hit and apart
    print(f"generated: article copied with one figure changed by 30%: caught {rate(caught, len(cases['copies']))}; "
          f"of the changes whose intervals are disjoint (a contradiction as written): {rate(caught_disjoint, disjoint)}")
    def caught_within(kind: str) -> int:
        """Changed articles of `kind` whose two figures C103 pairs."""
        hits = 0
        for changed, a0, a1, b0, b1 in cases[kind]:
            a, b = claim_at(by_span, changed["id"], a0, a1), claim_at(by_span, changed["id"], b0, b1)
            hits += caught_pair(flagged["C103"], a, b)
        return hits

    print(f"generated: a repeated figure (any two equal figures of one article, restated or not) "
          f"changed in one place: caught {rate(caught_within('selves'), len(cases['selves']))}")
    print(f"generated: a restatement (a labelled pair of the test half) changed in one place: "
          f"caught {rate(caught_within('restated'), len(cases['restated']))}")
    told = sum(
        caught_pair(flagged["C101"], a, b)
        for doc, a0, a1, changed, b0, b1 in cases["stories"]
        for a, b in [(claim_at(by_span, doc, a0, a1), claim_at(by_span, changed["id"], b0, b1))]
    )
    print(f"generated: one story told by two articles (a labelled pair of the test half), the figure changed in one: "
          f"caught {rate(told, len(cases['stories']))}")
    twin_of = {twin["id"]: original["id"] for original, twin in cases["twins"]}
    doc_of = {c.claim_id: c.doc for c in report.claims}
    touching = [f for f in report.findings if f.rule.startswith("C1") and any(doc_of.get(i) in twin_of for i in f.claims)]
    twins = {frozenset(pair) for pair in twin_of.items()}
    between = [f for f in touching if any(frozenset((doc_of.get(a), doc_of.get(b))) in twins for a, b in f.pairs)]
    # A copy shares its original's disagreements with third articles: only a finding between
    # the two is a copy flagged.
    print(f"generated: exact copies: {len(cases['twins'])} pairs, findings between a copy and its original: "
          f"{len(between)} (findings of a copy with other articles, as its original has: {len(touching) - len(between)})")
    touched = {r["id"] for _, r, *_ in cases["copies"]} | {r["id"] for r, *_ in cases["selves"]}
    other = sum(1 for f in report.findings if f.rule.startswith("C1") and any(doc_of.get(i) in touched for i in f.claims))
    print(f"generated: findings touching a generated article (planted or not): {other}")


def draft_stories(
    base: dict[str, dict[str, Any]], stories: list[tuple[str, int, int, dict[str, Any], int, int]], settings: Settings,
    folder: Path, cache: Path | None,
) -> None:
    """The story cases checked as an editor checks a draft: the second article, with its
    figure changed, given as a draft against the rest (caught when C101 pairs the changed
    figure with the first article's); and the same articles unchanged, as faithful drafts
    (every finding on one is counted: most are false alarms)."""
    drafted = {changed["id"] for *_, changed, _, _ in stories}
    archive = [r for d, r in base.items() if d not in drafted]
    corpus = folder / "archive.jsonl"
    with corpus.open("w", encoding="utf-8") as handle:
        handle.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in archive)
    for kind in ("changed", "faithful"):
        paths = []
        for _, _, _, changed, _, _ in stories:
            record = changed if kind == "changed" else base[changed["id"]]
            path = folder / kind / f"{record['id']}.txt"
            path.parent.mkdir(exist_ok=True)
            path.write_text(record["text"], encoding="utf-8")
            paths.append(path)
        request = CheckRequest(corpus=corpus, claims=None, drafts=tuple(paths))
        report = check(request, settings, Engine(workers=2, cache_dir=cache))
        by_span = {(c.doc, c.start, c.end): c for c in report.claims}
        doc_of = {c.claim_id: c.doc for c in report.claims}
        touching = [f for f in report.findings if f.rule.startswith("C1") and any(doc_of.get(i) in drafted for i in f.claims)]
        if kind == "changed":
            flagged = reported_pairs(report, "C101")
            caught = sum(
                caught_pair(flagged, a, b)
                for doc, a0, a1, changed, b0, b1 in stories
                for a, b in [(claim_at(by_span, doc, a0, a1), claim_at(by_span, changed["id"], b0, b1))]
            )
            print(f"drafts: one story's second article as a draft, the figure changed: caught {rate(caught, len(stories))}; "
                  f"findings on these drafts: {len(touching)}")
        else:
            print(f"drafts: the same articles unchanged, as faithful drafts: {len(stories)} drafts, "
                  f"findings on them: {len(touching)} ({sum(f.severity.value != 'info' for f in touching)} error/warning)")
            for finding in touching:
                print(f"  {finding.rule} {finding.severity.value}: {finding.message}")


def archive_findings(corpus: Path, settings: Settings, cache: Path | None, sample: int, rng: random.Random) -> None:
    report = check(CheckRequest(corpus=corpus, claims=None), settings, Engine(workers=2, cache_dir=cache))
    counts = Counter((f.rule, f.severity.value) for f in report.findings)
    print(f"archive: {report.document_count} articles, {report.claim_count} claims, {len(report.findings)} findings")
    for (rule, severity), n in sorted(counts.items()):
        print(f"  {rule} {severity}: {n}")
    serious = [f for f in report.findings if f.severity.value in ("error", "warning") and f.rule.startswith("C1")]
    by_id = {c.claim_id: c for c in report.claims}
    for k, f in enumerate(rng.sample(serious, min(sample, len(serious))), start=1):
        print(f"--- {k}. {f.rule} {f.severity.value} {f.metric} ({f.period})")
        for cid in f.claims:
            c = by_id[cid]
            s = report.sentences.get((c.doc, c.sentence))
            print(f"    [{c.doc}] {c.quote!r}: {s.text if s else ''}")


Span = tuple[str, int, int]


def evidence_rows(report: Report, spans: list[tuple[Span, Span, bool]]) -> tuple[list[tuple[float, ...]], list[float]]:
    """The evidence of pairs of figures (by span) that blocking lets through, with their labels."""
    from checker.linking.evidence import evidence, incompatible
    from checker.linking.links import base_of, block_key

    contexts, rarity = base_of(list(report.claims), report.sentences)  # what linking reads
    by_span = {(c.doc, c.start, c.end): c for c in report.claims}
    rows, labels = [], []
    for span_a, span_b, same in spans:
        a, b = claim_at(by_span, *span_a), claim_at(by_span, *span_b)
        if not a or not b or a.claim_id not in contexts or b.claim_id not in contexts:
            continue
        x, y = contexts[a.claim_id], contexts[b.claim_id]
        if block_key(a) != block_key(b) or incompatible(x, y):
            continue
        rows.append((1.0, *evidence(x, y, rarity)))
        labels.append(1.0 if same else 0.0)
    return rows, labels


# What each piece of evidence is expected to weigh before the labels are seen: the fit
# starts from it and moves away only as far as the labels ask (an L2 penalty towards it,
# of strength PRIOR_STRENGTH). The labelled sample was drawn to be hard (its negatives were
# chosen for alike sentences, its positives are mostly equal figures), so alone it teaches
# that alike sentences prove nothing and that figures which differ are never one quantity;
# the prior keeps what every published system relies on: the words around the figure.
PRIOR = {
    "same_doc": 0.0, "story": 1.5, "shared_figures": 1.0, "clause": 1.5, "sentence": 0.5, "left": 1.5, "right": 0.5,
    "metric": 1.5, "others": 0.5, "conditions": -1.0, "names": 0.5, "subject": 0.3, "period": 0.3, "both_written": 0.5,
    "other_day": -2.0, "title": 1.0, "restated": 2.0, "agree": 1.0, "distance": -1.0, "same_quote": 1.0,
}
PRIOR_STRENGTH = 30.0


def fit_weights(
    rows: list[tuple[float, ...]], labels: list[float], names: tuple[str, ...], strength: float = PRIOR_STRENGTH
) -> tuple[float, ...]:
    """Logistic regression by damped Newton steps with an L2 penalty towards PRIOR (none on
    the intercept): the maximum a posteriori weights."""
    import numpy as np

    X, t = np.array(rows), np.array(labels)
    prior = np.array([0.0] + [PRIOR[n] for n in names])
    penalty = np.diag([0.0] + [strength] * len(names))
    w = prior.copy()
    base = min(max(float(t.mean()), 0.01), 0.99)
    w[0] = math.log(base / (1 - base)) - float((X[:, 1:] @ prior[1:]).mean())  # start at the base rate
    for _ in range(100):
        p_hat = 1 / (1 + np.exp(-X @ w))
        grad = X.T @ (p_hat - t) + penalty @ (w - prior)
        hess = X.T @ (X * (p_hat * (1 - p_hat))[:, None]) + penalty
        step = np.linalg.solve(hess, grad)
        w = w - step / max(1.0, float(np.abs(step).max()))  # no step beyond 1 in any weight
    return tuple(float(v) for v in w)


def fit(pairs: list[LabelledPair], labelled: Report, generated: dict[str, Any], planted: Report) -> None:
    """Weights for score.py, from the tuning half plus planted restatements of other articles
    than the evaluation's (the labelled sample holds almost no changed restatement)."""
    from checker.linking.evidence import FEATURES

    rows, labels = evidence_rows(labelled, [(p.a, p.b, p.same) for p in pairs if p.split == "tune"])
    spans = [((o["id"], a0, a1), (c["id"], b0, b1), True) for o, c, a0, a1, b0, b1 in generated["copies"]]
    spans += [((c["id"], a0, a1), (c["id"], b0, b1), True) for c, a0, a1, b0, b1 in generated["selves"]]
    more, more_labels = evidence_rows(planted, spans)
    weights = fit_weights(rows + more, labels + more_labels, FEATURES)
    print(f"fitted on {len(rows)} tuning pairs ({int(sum(labels))} same) and {len(more)} planted restatements")
    print("features: " + ", ".join(("intercept", *FEATURES)))
    print("WEIGHTS = (" + ", ".join(f"{v:.3f}" for v in weights) + ")")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--labels", type=Path, default=REPO / "bench" / "labels" / "pairs.csv")
    parser.add_argument("--background", type=int, default=3000)
    parser.add_argument("--generated", type=int, default=50)
    parser.add_argument("--archive", action="store_true")
    parser.add_argument("--sample", type=int, default=50)
    parser.add_argument("--fit", action="store_true")
    parser.add_argument("--small", action="store_true")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--cache", type=Path, help="keep the checker's cache here between runs (default: none)")
    args = parser.parse_args()
    if args.small:
        args.background, args.generated, args.archive = 300, 10, False
    if not args.corpus.is_file() or not args.labels.is_file():
        print(f"error: {args.corpus if not args.corpus.is_file() else args.labels}: not found", file=sys.stderr)
        return 2
    settings = Settings()
    rng = random.Random(args.seed)
    pairs = load_pairs(args.labels)
    wanted = {doc for p in pairs for doc in (p.a[0], p.b[0])}
    # Articles for generated cases: beyond the background, about a few days later in the archive.
    records = read_records(args.corpus, wanted, args.background + 1200)
    ordered = list(records.values())
    background = ordered[: args.background]
    later = [r for r in ordered[args.background :] if r["id"] not in wanted]
    spare, fit_pool = later[:600], later[600:]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        base = {r["id"]: r for r in background} | {d: records[d] for d in wanted if d in records}
        first = run_check([*base.values(), *spare, *(fit_pool if args.fit else [])], settings, folder, args.cache)
        if args.fit:
            tuning = generated_cases(fit_pool, first, args.generated, random.Random(args.seed + 1))
            planted_articles = [*base.values(), *originals(fit_pool, tuning), *cases_records(tuning)]
            planted = run_check(planted_articles, settings, folder, args.cache)
            fit(pairs, first, tuning, planted)
        evaluate_labels(pairs, first)
        cases = generated_cases(spare, first, args.generated, rng)
        cases["restated"] = restatement_cases(pairs, records, first, "test")
        cases["stories"] = story_cases(pairs, records, first, "test", {c[0]["id"] for c in cases["restated"]})
        restated = {c[0]["id"]: c[0] for c in cases["restated"]} | {c[3]["id"]: c[3] for c in cases["stories"]}
        articles = [*(restated.get(d, r) for d, r in base.items()), *originals(spare, cases), *cases_records(cases)]
        second = run_check(articles, settings, folder, args.cache)
        evaluate_generated(cases, second)
        if not args.small:
            draft_stories(base, cases["stories"], settings, folder, args.cache)
        if args.archive:
            archive_findings(args.corpus, settings, args.cache, args.sample, rng)
    return 0


if __name__ == "__main__":
    sys.exit(main())
