"""Benchmark of `checker check` on the real corpus: cold, cached, draft and incremental checks,
against the regex floor and a naive all-pairs linker.

Usage (from the repository root):

    .venv/bin/python bench/bench_check.py [--corpus PATH] [--sizes 1000,5000,20000] [--workers N]
        [--engine local|dask] [--naive-budget 300] [--json FILE] [--keep]

For each size N, in a working folder of its own (a temporary folder: its `.checker-cache/`
and `claims.csv` never touch the repository's), each measurement in a fresh Python process:

- floor: bench_seed.py's floor (gzip + JSON + one `re.findall(r"\\d+")` per text);
- seed: `checker seed CORPUS --claims claims.csv --limit N --no-cache`;
- check cold: `checker check --corpus CORPUS --claims claims.csv --limit N --no-cache`;
- check fill: the same with the cache on, filling an empty `.checker-cache/`;
- check warm: the same again, every document read from the cache;
- draft: `checker check DRAFT.txt ...` against the N-article archive with the warm cache: the
  time an editor waits. The draft is the article after the first N (N+1st); when the corpus
  has no article beyond N, the bundled `seeds/` article with the most digit runs;
- 1 changed: the warm check of a copy of the N articles with one figure of one article (the
  middle one) changed: it must re-extract that article only. Documents re-extracted are
  counted as documents asked of the cache (`Cache.get_many`) minus those it returned;
- serial (first size only, unless --workers 1): the cold check with `--workers 1`, whose
  JSON output must be byte-identical to the parallel one (and warm and fill to cold);
- naive: a reference linker scoring every claim ("metric quote") against every sentence of
  the corpus with rapidfuzz's partial_ratio (`process.cdist`, cut-off 85, the same workers),
  timed against `checker.linking.link_claims` over the same claims in the same process.
  A sample of k random claims x k random sentences is timed first, k doubling until it takes
  min(1 s, budget / 10); all pairs are then scored when that would take at most --naive-budget
  seconds, else sampling goes on until a sample takes min(30 s, budget / 10) and the time and
  matches are extrapolated from its cost per pair: such figures are marked "est.".

The checker measured is a snapshot of this checkout's checker/ (uncommitted edits included),
copied when the run starts and put first on every child's sys.path: others edit checker/ while
a run goes, and every measurement of one run must import the same code. Its digest is printed.
With --build wheel the snapshot is this checkout's wheel, as `pip install .` builds it (the
grammar compiled with mypyc), unpacked.
The checker commands run in-process through click (`checker.cli.main`), so that stages can be
timed by wrapping the pipeline's functions (load, documents and cache reads, claims.csv,
linking, rules, output); "seconds" is that call, "process s" the whole child process as the
parent saw it (interpreter start and imports included: what `checker check draft.txt` costs).
MB/s is the UTF-8 text of the N articles (10^6 bytes) over seconds. Peak memory is ru_maxrss
of the process plus the number of workers times the largest child (an upper bound, as in
bench_seed.py). The scaling exponent is log(t2/t1) / log(n2/n1) between consecutive sizes.

--workers N is passed to the checker (default: the checker's own default, one per core);
--engine NAME is passed as `--engine NAME` to `checker seed` and `checker check` when their
--help lists it, else the benchmark exits 2. Targets are printed with PASS or FAIL; the exit
code is 0 either way (2 for a missing corpus, an unsupported engine or a failed measurement).
"""

from __future__ import annotations

import argparse
import functools
import gc
import gzip
import hashlib
import importlib
import itertools
import json
import os
import platform
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import bench_seed
from bench_seed import REPO, TARGET_PEAK_MB, exponents, format_table, verdict

TARGET_FLOOR_RATIO = 10.0  # check within 10 times the floor
TARGET_EXPONENT = 1.1
TARGET_DRAFT_SECONDS = 2.0
TARGET_SIZE = 20000  # the size the issue sets its targets at
NAIVE_CUTOFF = 85
NAIVE_CELLS = 20_000_000  # claims x sentences scored in one cdist call (bounds its memory)
NAIVE_SAMPLE_SECONDS = 30.0
DIGITS = re.compile(r"\d+")
SOURCES_VARIABLE = "BENCH_CHECK_SOURCES"  # tells a child where the run's snapshot of checker/ is

# (module, attribute, stage): what the probe times in a child; nested ones are marked in NESTED.
TIMED = (
    ("checker.pipeline", "load_corpus", "load"),
    ("checker.pipeline", "build_corpus", "documents"),
    ("checker.engine.cache", "Cache.get_many", "cache read"),
    ("checker.engine.cache", "Cache.put_many", "cache write"),
    ("checker.pipeline", "_read_table", "claims.csv"),
    ("checker.pipeline", "seed_claims", "claims"),
    ("checker.seeding", "merge_claims", "merge"),
    ("checker.seeding", "render_table", "write table"),
    ("checker.pipeline", "link_blocks|link_claims", "link"),  # the first that exists: link_blocks calls link_claims
    ("checker.pipeline", "link_around", "link"),  # a draft's linking (it calls checker.linking's own link_claims)
    ("checker.pipeline", "base_of", "link"),  # what linking reads of the whole archive, once
    ("checker.pipeline", "Locator", "locator"),
    ("checker.pipeline", "run_rules", "rules"),
    ("checker.cli", "render", "output"),
    ("checker.cli", "write_atomic", "output"),
)
NESTED = frozenset({"cache read", "cache write"})  # inside "documents"


# --- in the child processes -------------------------------------------------------------


class Probe:
    """Wraps functions of the checker to time them, count calls and keep what they return."""

    def __init__(self) -> None:
        self.seconds: defaultdict[str, float] = defaultdict(float)
        self.calls: Counter[str] = Counter()
        self.loaded: list[tuple[int, int]] = []  # (documents, text bytes) of each build_corpus call
        self.cache_asked = self.cache_hits = 0
        self.building = False  # inside build_corpus: its cache reads are documents not extracted
        self.kept: dict[str, Any] = {}

    def wrap(
        self, module: str, attribute: str, stage: str, observe: Callable[..., None] | None = None,
        before: Callable[[], None] | None = None,
    ) -> None:
        """Replace module.attribute (or module.Class.method; of "a|b", the first that exists) by a timed
        wrapper; absent names are skipped (others edit the checker while it is measured)."""
        for candidate in attribute.split("|"):
            owner: Any = sys.modules.get(module)
            *path, name = candidate.split(".")
            for part in path:
                owner = getattr(owner, part, None)
            original = getattr(owner, name, None)
            if original is not None:
                break
        else:
            return

        @functools.wraps(original)
        def timed(*args: Any, **kwargs: Any) -> Any:
            if before is not None:
                before()
            start = time.perf_counter()
            try:
                result = original(*args, **kwargs)
            finally:
                self.seconds[stage] += time.perf_counter() - start
                self.calls[stage] += 1
            if observe is not None:
                observe(args, result)
            return result

        setattr(owner, name, timed)

    def install(self) -> None:
        def on_build(args: tuple[Any, ...], corpus: Any) -> None:
            self.building = False
            # The corpus streams into build_corpus (iter_corpus): its documents are counted from what it built.
            self.loaded.append((len(corpus.documents), sum(len(d.text.encode("utf-8")) for d in corpus.documents)))

        def on_cache_read(args: tuple[Any, ...], found: dict[str, Any]) -> None:
            if self.building:  # not the draft path's look-ups of archive sentences to show
                self.cache_asked += len(args[1])
                self.cache_hits += len(found)

        observers: dict[str, Callable[..., None]] = {"documents": on_build, "cache read": on_cache_read}
        for module, attribute, stage in TIMED:
            starting = (lambda: setattr(self, "building", True)) if stage == "documents" else None
            self.wrap(module, attribute, stage, observers.get(stage), starting)
        for name in ("run_check", "run_seed"):  # the Report or SeedResult the command computed
            self.wrap("checker.cli", name, f"command {name}", lambda args, result, name=name: self.kept.__setitem__(name, result))


def ensure_snapshot() -> None:
    """The checker imported must be the run's snapshot of this checkout's checker/."""
    import checker

    wanted = Path(os.environ[SOURCES_VARIABLE]).resolve() / "checker"
    if Path(checker.__file__).resolve().parent != wanted:
        raise SystemExit(f"bench_check: imported checker from {checker.__file__}, not from {wanted}")


def invoke_cli(argv: list[str]) -> int:
    """`checker ARGV` in this process; its exit status."""
    from checker.cli import main as cli

    try:
        cli.main(args=argv, prog_name="checker", standalone_mode=False)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    return 0


def command_figures(probe: Probe, output: str | None) -> dict[str, Any]:
    """Documents, claims and findings of the command that ran, from what it returned."""
    figures: dict[str, Any] = {}
    if "run_seed" in probe.kept:
        result = probe.kept["run_seed"]
        figures.update(claims=result.claims, sentences=result.sentences, findings=None)
    if "run_check" in probe.kept:
        report = probe.kept["run_check"]
        severities = Counter(f.severity.value for f in report.findings)
        figures.update(claims=len(report.claims), sentences=len(report.sentences), links=len(report.links),
                       findings=len(report.findings), severities=dict(sorted(severities.items())))
    if output and Path(output).is_file():
        figures["output_digest"] = hashlib.blake2b(Path(output).read_bytes(), digest_size=8).hexdigest()
    return figures


def measure_cli(argv: list[str], workers: int | None, output: str | None) -> dict[str, Any]:
    """Run in a fresh process: one checker command, timed by stage."""
    start = time.perf_counter()
    import checker.cli  # noqa: F401  (imports timed apart from the run)

    # The CLI imports the pipeline lazily (start-up): the probe can only wrap modules that
    # are loaded, so the timed ones are imported here, with the imports.
    for module in sorted({module for module, _, _ in TIMED}):
        importlib.import_module(module)
    import_seconds = time.perf_counter() - start
    ensure_snapshot()
    probe = Probe()
    probe.install()
    cpu0 = time.process_time() + bench_seed.children_cpu()
    t0 = time.perf_counter()
    status = invoke_cli(argv)
    seconds = time.perf_counter() - t0
    cpu = time.process_time() + bench_seed.children_cpu() - cpu0
    if status not in (0, 1):
        raise SystemExit(f"bench_check: `checker {' '.join(argv)}` exited {status}")
    documents, text_bytes = probe.loaded[0] if probe.loaded else (0, 0)
    own, child = bench_seed.peak_mb(), bench_seed.peak_mb(resource.RUSAGE_CHILDREN)
    pool = workers or os.cpu_count() or 1
    figures = command_figures(probe, output)
    t1 = time.perf_counter()
    probe.kept.clear()  # the Report: freeing it is part of what the command costs as a process
    gc.collect()
    return {
        "documents": documents, "text_mb": text_bytes / 1e6, "seconds": seconds, "mb_per_s": text_bytes / 1e6 / seconds,
        "cpu_seconds": cpu, "import_seconds": import_seconds, "free_seconds": time.perf_counter() - t1,
        "own_peak_mb": own, "worker_peak_mb": child, "peak_mb": own + pool * child if child else own,
        "stages": dict(probe.seconds), "calls": dict(probe.calls), "cache_asked": probe.cache_asked,
        "cache_hits": probe.cache_hits, "extracted": documents - probe.cache_hits, "exit": status, **figures,
    }


def score_naively(queries: list[str], query_docs: list[int], sentences: list[str], sentence_docs: list[int],
                  budget: float, workers: int) -> dict[str, Any]:
    """Every query against every sentence with partial_ratio; matches in other documents counted.

    First k random queries x k random sentences, k doubling, until a sample takes long enough to
    time; then all of them when that would take at most `budget` seconds, else an extrapolation
    from the last sample (its cost per pair, times every pair)."""
    import numpy as np
    from rapidfuzz import fuzz, process, utils

    choices = [utils.default_process(s) for s in sentences]
    processed = [utils.default_process(q) for q in queries]
    sdoc, qdoc = np.array(sentence_docs, dtype=np.int32), np.array(query_docs, dtype=np.int32)

    def score(qs: list[int], ss: list[int]) -> tuple[float, int]:
        """Seconds and matches of qs x ss, in chunks of at most NAIVE_CELLS pairs (a bounded matrix)."""
        targets, target_docs = [choices[i] for i in ss], sdoc[ss]
        seconds, matches, step = 0.0, 0, max(1, NAIVE_CELLS // max(1, len(ss)))
        for start in range(0, len(qs), step):
            chunk = qs[start : start + step]
            t0 = time.perf_counter()
            scores = process.cdist([processed[i] for i in chunk], targets, scorer=fuzz.partial_ratio,
                                   score_cutoff=NAIVE_CUTOFF, dtype=np.uint8, workers=workers)
            matches += int(np.count_nonzero((scores >= NAIVE_CUTOFF) & (target_docs[None, :] != qdoc[chunk][:, None])))
            seconds += time.perf_counter() - t0
        return seconds, matches

    rng = random.Random(0)
    q_order, s_order = rng.sample(range(len(queries)), len(queries)), rng.sample(range(len(choices)), len(choices))
    total = len(queries) * len(choices)
    sample_floor = min(NAIVE_SAMPLE_SECONDS, budget / 10)
    k = 32
    while True:
        qs, ss = q_order[:k], s_order[:k]
        seconds, matches = score(qs, ss)
        pairs = len(qs) * len(ss)
        estimate = seconds * total / max(1, pairs)
        if pairs == total or (estimate <= budget and seconds >= min(1.0, sample_floor)):
            if pairs < total:
                seconds, matches = score(q_order, s_order)
            return {"claims": len(queries), "sentences": len(choices), "complete": True, "seconds": seconds,
                    "sampled_pairs": total, "sampled_seconds": seconds, "matches": matches}
        if seconds >= sample_floor:
            return {"claims": len(queries), "sentences": len(choices), "complete": False, "seconds": estimate,
                    "sampled_pairs": pairs, "sampled_seconds": seconds, "matches": round(matches * total / max(1, pairs))}
        k *= 2


def measure_naive(corpus: Path, size: int, claims_path: Path, budget: float, workers: int | None) -> dict[str, Any]:
    """Run in a fresh process: the checker's linker and the naive one over the same claims."""
    ensure_snapshot()
    from checker.config import load_settings
    from checker.engine import Engine
    from checker.engine.documents import load_corpus
    from checker.linking import link_claims
    from checker.pipeline import build_corpus, load_table

    settings = load_settings()
    pool = workers or os.cpu_count() or 1
    built = build_corpus(load_corpus(corpus, size), settings, Engine(workers=pool, cache_dir=Path(".checker-cache")))
    claims = load_table(claims_path)
    t0 = time.perf_counter()
    links = link_claims(claims, built.sentences, settings)
    link_seconds = time.perf_counter() - t0
    doc_index = {doc.id: i for i, doc in enumerate(built.documents)}
    sentences = list(built.sentences.values())
    naive = score_naively(
        [f"{c.metric} {c.quote}" for c in claims], [doc_index.get(c.doc, -1) for c in claims],
        [s.text for s in sentences], [doc_index[s.doc] for s in sentences], budget, pool,
    )
    return {"documents": len(built.documents), "link_seconds": link_seconds, "links": len(links), "naive": naive,
            "ratio": naive["seconds"] / link_seconds if link_seconds > 0 else None, "peak_mb": bench_seed.peak_mb()}


# --- in the parent ------------------------------------------------------------------------


def snapshot_sources(root: Path, build: str = "source") -> Path:
    """A copy of this checkout's checker/ under `root`: every measurement of the run imports the
    same code, however others edit checker/ meanwhile. Returns the folder to put on sys.path.
    With build "wheel", the copy is this checkout's wheel (the grammar compiled), unpacked."""
    if build == "wheel":
        progress("building the wheel")
        return bench_seed.build_wheel_tree(root)
    folder = root / "sources"
    shutil.copytree(REPO / "checker", folder / "checker", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    return folder


def sources_digest(folder: Path) -> str:
    """A short digest of the snapshot's Python sources (bench_seed.source_digest over another folder)."""
    digest = hashlib.blake2b(digest_size=4)
    for path in sorted((folder / "checker").rglob("*.py")):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def child_env(sources: Path) -> dict[str, str]:
    """The snapshot's checker, whatever else is installed: sys.path comes before an editable finder."""
    path = os.pathsep.join(filter(None, [str(sources), os.environ.get("PYTHONPATH")]))
    return {**os.environ, "PYTHONPATH": path, SOURCES_VARIABLE: str(sources)}


def run_child(kind: str, spec: dict[str, Any], cwd: Path, sources: Path) -> dict[str, Any]:
    """One measurement in a fresh interpreter in `cwd`; its figures come back as JSON on stdout."""
    load_before = os.getloadavg()[0]
    command = [sys.executable, str(Path(__file__).resolve()), "--child", kind, "--spec", json.dumps(spec)]
    t0 = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, env=child_env(sources), capture_output=True, text=True, check=False)
    process_seconds = time.perf_counter() - t0
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"bench_check: the {kind} measurement {spec.get('argv', '')} failed (exit {done.returncode})")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    result.update(load_before=load_before, load_after=os.getloadavg()[0], process_seconds=process_seconds)
    return result


def engine_problem(engine: str, sources: Path) -> str | None:
    """None when `checker seed` and `checker check` both take `--engine ENGINE`; else why not."""
    for command in ("seed", "check"):
        # cwd: `python -m` puts it first on sys.path, so it must be the snapshot, not the checkout
        done = subprocess.run([sys.executable, "-m", "checker", command, "--help"], cwd=sources, env=child_env(sources),
                              capture_output=True, text=True, check=False)
        if "--engine" not in done.stdout:
            return f"`checker {command}` has no --engine option in this checkout (yet); run without --engine"
        choices = re.search(r"--engine\s+\[([^\]]+)\]", done.stdout)
        if choices and engine not in choices.group(1).split("|"):
            return f"`checker {command} --engine` takes {choices.group(1)}, not {engine!r}"
    return None


def changed_text(text: str) -> str:
    """The text with its last figure changed (one more), or a sentence added when it has none."""
    runs = list(DIGITS.finditer(text))
    if not runs:
        return text + "\nCập nhật: 1 chi tiết."
    last = runs[-1]
    return text[: last.start()] + str(int(last.group()) + 1) + text[last.end() :]


def prepare_inputs(corpus: Path, size: int, work: Path) -> tuple[Path, Path, str]:
    """In `work`: the corpus's first `size` articles with the middle one changed, and a draft.

    Returns the changed corpus, the draft file and where the draft came from."""
    changed_path = work / "changed.jsonl.gz"
    draft_record: dict[str, Any] | None = None
    count = 0
    with gzip.open(corpus, "rt", encoding="utf-8") as source, gzip.open(changed_path, "wt", encoding="utf-8",
                                                                        compresslevel=1) as changed:
        for line in source:
            if not line.strip():
                continue
            if count == size:
                draft_record = json.loads(line)
                break
            if count == size // 2:
                record = json.loads(line)
                line = json.dumps({**record, "text": changed_text(record["text"])}, ensure_ascii=False) + "\n"
            changed.write(line)
            count += 1
    if draft_record is not None:
        origin, text = f"article {size + 1} ({draft_record['id']})", draft_record["text"]
    else:  # the whole corpus is the archive: a bundled article is the draft
        seeds = sorted((REPO / "seeds").glob("*.txt"))
        source_path = max(seeds, key=lambda p: (len(DIGITS.findall(p.read_text(encoding="utf-8"))), p.name))
        origin, text = f"seeds/{source_path.name}", source_path.read_text(encoding="utf-8")
    draft = work / "draft_bench.txt"
    draft.write_text(text, encoding="utf-8")
    return changed_path, draft, origin


def progress(message: str) -> None:
    print(f"bench_check: {message}", file=sys.stderr, flush=True)


def measure_size(args: argparse.Namespace, corpus: Path, size: int, work: Path, sources: Path, first: bool) -> dict[str, Any]:
    """Every measurement of one size, each in a fresh process, in the working folder `work`."""
    work.mkdir(parents=True)
    changed, draft, origin = prepare_inputs(corpus, size, work)
    engine = ["--engine", args.engine] if args.engine else []
    workers = ["--workers", str(args.workers)] if args.workers else []
    limit = ["--limit", str(size)]
    check = ["check", "--claims", "claims.csv", "--format", "json", "--exit-zero", *limit, *engine]
    plan: list[tuple[str, list[str], str | None]] = [
        ("seed", ["seed", str(corpus), "--claims", "claims.csv", "--no-cache", *limit, *engine, *workers], None),
        ("cold", [*check, "--corpus", str(corpus), "--no-cache", *workers, "--output", "cold.json"], "cold.json"),
        ("fill", [*check, "--corpus", str(corpus), *workers, "--output", "fill.json"], "fill.json"),
        ("warm", [*check, "--corpus", str(corpus), *workers, "--output", "warm.json"], "warm.json"),
        ("draft", [*check, "--corpus", str(corpus), *workers, "--output", "draft.json", str(draft)], "draft.json"),
        ("changed", [*check, "--corpus", str(changed), *workers, "--output", "changed.json"], "changed.json"),
    ]
    if first and args.workers != 1:
        plan.append(("serial", [*check, "--corpus", str(corpus), "--no-cache", "--workers", "1", "--output", "serial.json"],
                     "serial.json"))
    runs: dict[str, Any] = {"draft_origin": origin}
    progress(f"{size} documents: floor ...")
    runs["floor"] = bench_seed.run_child("floor", corpus, size)
    for name, argv, output in plan:
        progress(f"{size} documents: {name} ...")
        runs[name] = run_child("cli", {"argv": argv, "workers": args.workers, "output": output}, work, sources)
        progress(f"{size} documents: {name} {runs[name]['seconds']:.2f} s")
    progress(f"{size} documents: naive linker (budget {args.naive_budget:g} s) ...")
    spec = {"corpus": str(corpus), "size": size, "claims": "claims.csv", "budget": args.naive_budget, "workers": args.workers}
    runs["naive"] = run_child("naive", spec, work, sources)
    return runs


# --- the report ---------------------------------------------------------------------------

MEASUREMENTS = (("seed", "seed"), ("cold", "check cold"), ("fill", "check fill cache"), ("warm", "check warm"),
                ("draft", "draft check"), ("changed", "1 changed"), ("serial", "check cold serial"))
STAGE_COLUMNS = ("load", "documents", "cache read", "claims.csv", "claims", "link", "locator", "rules", "output")


def exp(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def main_rows(sizes: list[int], runs: list[dict[str, Any]]) -> list[list[str]]:
    rows = []
    for size, run in zip(sizes, runs, strict=True):
        for key, label in MEASUREMENTS:
            if key not in run:
                continue
            m = run[key]
            findings = "-" if m.get("findings") is None else f"{m['findings']:,}"
            rows.append([
                str(size), label, f"{m['documents']:,}", f"{m['claims']:,}" if "claims" in m else "-", findings,
                f"{m['seconds']:.2f}",
                f"{m['process_seconds']:.2f}", f"{m['mb_per_s']:.2f}", f"{m['peak_mb']:.0f}",
                f"{m['extracted']:,}", f"{m['cpu_seconds']:.2f}", f"{m['load_before']:.1f}/{m['load_after']:.1f}",
            ])
    return rows


def stage_rows(sizes: list[int], runs: list[dict[str, Any]]) -> list[list[str]]:
    rows = []
    for size, run in zip(sizes, runs, strict=True):
        for key, label in MEASUREMENTS:
            if key not in run or key == "seed":
                continue
            m = run[key]
            stages = m["stages"]
            top = sum(v for k, v in stages.items() if k not in NESTED and not k.startswith("command"))
            rows.append([str(size), label, f"{m['import_seconds']:.2f}",
                         *(f"{stages.get(k, 0.0):.2f}" for k in STAGE_COLUMNS), f"{m['seconds'] - top:.2f}",
                         f"{m['free_seconds']:.2f}"])
    return rows


def scaling_rows(sizes: list[int], runs: list[dict[str, Any]]) -> list[list[str]]:
    seeds, colds, warms = ([r[k] for r in runs] for k in ("seed", "cold", "warm"))
    rows = []
    for size, run, se, ce, we in zip(sizes, runs, exponents(seeds), exponents(colds), exponents(warms), strict=True):
        floor, cold = run["floor"], run["cold"]
        rows.append([str(size), f"{run['seed']['seconds']:.2f}", exp(se), f"{cold['seconds']:.2f}", exp(ce),
                     f"{run['warm']['seconds']:.2f}", exp(we), f"{floor['seconds']:.2f}", f"{floor['mb_per_s']:.1f}",
                     f"{run['seed']['seconds'] / floor['seconds']:.1f}x", f"{cold['seconds'] / floor['seconds']:.1f}x",
                     f"{run['warm']['seconds'] / floor['seconds']:.1f}x"])
    return rows


def naive_rows(sizes: list[int], runs: list[dict[str, Any]]) -> list[list[str]]:
    rows = []
    for size, run in zip(sizes, runs, strict=True):
        n = run["naive"]
        naive = n["naive"]
        mark = "" if naive["complete"] else "est. "
        sampled = "all" if naive["complete"] else f"{naive['sampled_pairs']:.1e} ({naive['sampled_seconds']:.0f} s)"
        rows.append([str(size), f"{naive['claims']:,}", f"{naive['sentences']:,}", f"{naive['claims'] * naive['sentences']:.2e}",
                     f"{n['link_seconds']:.2f}", f"{n['links']:,}", f"{mark}{naive['seconds']:.1f}", sampled,
                     f"{mark}{naive['matches']:,}", f"{mark}{n['ratio']:.0f}x" if n["ratio"] else "-"])
    return rows


def target_lines(sizes: list[int], runs: list[dict[str, Any]]) -> list[str]:
    """PASS/FAIL for the issue's targets, at the largest size measured."""
    size, last = sizes[-1], runs[-1]
    note = "" if size >= TARGET_SIZE else f" (measured at {size:,}; the target is at {TARGET_SIZE:,})"
    ratio = last["cold"]["seconds"] / last["floor"]["seconds"]
    peak = max(last[k]["peak_mb"] for k, _ in MEASUREMENTS if k in last)
    check_exps = [e for e in exponents([r["cold"] for r in runs]) if e is not None]
    seed_exps = [e for e in exponents([r["seed"] for r in runs]) if e is not None]
    draft = last["draft"]
    ratios = [r["naive"]["ratio"] for r in runs]
    grows = all(b > a for a, b in itertools.pairwise(ratios)) if len(ratios) > 1 and all(ratios) else None
    estimated = any(not r["naive"]["naive"]["complete"] for r in runs)
    changed = [r["changed"]["extracted"] for r in runs]
    same = all(r[k]["output_digest"] == r["cold"]["output_digest"] for r in runs for k in ("fill", "warm", "serial") if k in r)
    lines = [
        f"target check cold <= {TARGET_FLOOR_RATIO:g}x floor{note}: {ratio:.1f}x  {verdict(ratio <= TARGET_FLOOR_RATIO)}",
        f"target peak memory < {TARGET_PEAK_MB / 1000:g} GB{note}: {peak:.0f} MB  {verdict(peak < TARGET_PEAK_MB)}",
    ]
    for label, values in (("check cold", check_exps), ("seed", seed_exps)):
        if values:
            lines.append(f"target scaling exponent <= {TARGET_EXPONENT:g} ({label}, largest between sizes): "
                         f"{max(values):.2f}  {verdict(max(values) <= TARGET_EXPONENT)}")
    lines += [
        f"target draft check < {TARGET_DRAFT_SECONDS:g} s{note}: {draft['seconds']:.2f} s in the command, "
        f"{draft['process_seconds']:.2f} s as a process  {verdict(draft['process_seconds'] < TARGET_DRAFT_SECONDS)}",
        f"target 1 changed article re-extracts 1 document: {', '.join(map(str, changed))}  {verdict(set(changed) == {1})}",
        f"target cached and serial results identical to the cold parallel run: {verdict(same)}",
    ]
    if grows is not None:
        shown = ", ".join(f"{r:.0f}x" for r in ratios)
        lines.append(f"target naive/checker linking ratio grows with size: {shown}"
                     f"{' (some estimated)' if estimated else ''}  {verdict(grows)}")
    return lines


def render_report(meta: dict[str, Any], runs: list[dict[str, Any]]) -> str:
    sizes: list[int] = meta["sizes"]
    lines = [
        f"check benchmark  corpus={meta['corpus']}  checker={meta['git']}  sources={meta['sources']}"
        " (a snapshot of checker/ taken at the start, used by every measurement)",
        f"python {meta['python']}  cpus={meta['cpus']}  workers={meta['workers']}  engine={meta['engine']}"
        f"  build={meta['build']}  one fresh process a measurement",
        *(f"draft at {size:,}: {run['draft_origin']}" for size, run in zip(sizes, runs, strict=True)),
        "",
        format_table(["size", "measurement", "docs", "claims", "findings", "seconds", "process s", "MB/s", "peak MB",
                      "extracted", "cpu s", "load"], main_rows(sizes, runs)),
        "(seconds: the command in-process; process s: the whole child, python start and imports included;"
        " MB/s: text of the N articles / seconds;",
        " extracted: documents split and read, not taken from the cache; cpu s: the process and its workers;"
        " load: 1-minute load average before/after)",
        "",
        "where the seconds go (import: before the command; documents includes cache read; other: the rest of the command;"
        " free: freeing the report after it, not in seconds but in process s):",
        format_table(["size", "measurement", "import", *STAGE_COLUMNS, "other", "free"], stage_rows(sizes, runs)),
        "",
        "scaling and the floor (gzip + JSON + one re.findall(r'\\d+') per text):",
        format_table(["size", "seed s", "seed exp", "cold s", "cold exp", "warm s", "warm exp", "floor s", "floor MB/s",
                      "seed/floor", "cold/floor", "warm/floor"], scaling_rows(sizes, runs)),
        "",
        f"linking: checker.linking.link_claims vs a naive linker (every claim's 'metric quote' x every sentence,"
        f" rapidfuzz partial_ratio >= {NAIVE_CUTOFF}, cdist on {meta['workers']} workers; est.: extrapolated from the"
        f" pairs sampled, budget {meta['naive_budget']:g} s):",
        format_table(["size", "claims", "sentences", "pairs", "link s", "links", "naive s", "naive sample", "naive matches",
                      "naive/link"], naive_rows(sizes, runs)),
        "",
        *target_lines(sizes, runs),
    ]
    return "\n".join(lines)


# --- the command --------------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    bench_seed.add_run_arguments(parser)
    parser.add_argument("--workers", type=int, help="passed to the checker as --workers (default: the checker's, one per core)")
    parser.add_argument("--engine", choices=("local", "dask"), help="passed to the checker as --engine (when it has the option)")
    parser.add_argument("--naive-budget", type=float, default=300.0, metavar="SECONDS",
                        help="longest the naive linker runs at a size before it is extrapolated (default: %(default)g)")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the figures as JSON to FILE")
    parser.add_argument("--keep", action="store_true", help="keep the working folders (caches, claims.csv, outputs)")
    parser.add_argument("--child", choices=("cli", "naive"), help=argparse.SUPPRESS)
    parser.add_argument("--spec", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.sizes = bench_seed.parsed_sizes(parser, args.sizes)
    if args.workers is not None and args.workers < 1:
        parser.error("--workers: expected 1 or more")
    if args.naive_budget <= 0:
        parser.error("--naive-budget: expected a positive number of seconds")
    return args


def run_as_child(kind: str, spec: dict[str, Any]) -> int:
    if kind == "cli":
        result = measure_cli(spec["argv"], spec["workers"], spec["output"])
    else:
        result = measure_naive(Path(spec["corpus"]), spec["size"], Path(spec["claims"]), spec["budget"], spec["workers"])
    print(json.dumps(result))
    return 0


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.child:
        return run_as_child(args.child, json.loads(args.spec))
    corpus: Path = args.corpus.resolve()
    if not corpus.is_file():
        print(f"bench_check: corpus not found: {corpus} (pass --corpus PATH)", file=sys.stderr)
        return 2
    state = bench_seed.git_state()  # before the run: others may commit while it goes
    root = Path(tempfile.mkdtemp(prefix="bench_check-"))
    runs: list[dict[str, Any]] = []
    try:
        sources = snapshot_sources(root, args.build)
        if args.engine and (problem := engine_problem(args.engine, sources)):
            print(f"bench_check: {problem}", file=sys.stderr)
            return 2
        for i, size in enumerate(args.sizes):
            runs.append(measure_size(args, corpus, size, root / str(size), sources, first=i == 0))
            if not args.keep:
                shutil.rmtree(root / str(size), ignore_errors=True)
        digest = sources_digest(sources)
        compiled = any(p.suffix != ".py" for p in (sources / "checker").glob("figures.*"))
    finally:
        if args.keep:
            progress(f"working folders kept in {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)
    meta = {
        "corpus": os.path.relpath(corpus, REPO), "git": state, "sources": digest,
        "build": f"{args.build} ({'grammar compiled with mypyc' if compiled else 'pure Python'})",
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "workers": args.workers or f"default ({os.cpu_count()})", "engine": args.engine or "default", "sizes": args.sizes,
        "naive_budget": args.naive_budget,
    }
    print(render_report(meta, runs))
    if args.json:
        figures = {**meta, "targets": {"floor_ratio": TARGET_FLOOR_RATIO, "peak_mb": TARGET_PEAK_MB, "exponent": TARGET_EXPONENT,
                                       "draft_seconds": TARGET_DRAFT_SECONDS},
                   "runs": [{"size": n, **r} for n, r in zip(args.sizes, runs, strict=True)]}
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
