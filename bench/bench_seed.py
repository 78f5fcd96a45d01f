"""Benchmark of the seed path on the real corpus: speed, memory and scaling.

Usage (from the repository root):

    .venv/bin/python bench/bench_seed.py [--corpus PATH] [--sizes 1000,5000,20000] [--json FILE]

For each size, a fresh Python process reads the first N articles of the corpus and runs
what `checker seed` does before writing: iter_corpus -> build_corpus (sentences and
figures) -> seed_claims -> render_table. It reports the seconds for all of that, the
throughput in MB/s of article text (UTF-8 bytes of `doc.text`, 1 MB = 10^6 bytes), and the
process's peak resident memory (ru_maxrss, in MB of 10^6 bytes, imports included).
One process a size keeps peaks from accumulating. The machine may be shared: the CPU
seconds of the process and the load average before and after are printed beside the
wall-clock seconds, so that a slow run on a busy machine can be told from a slow checker.
The checker measured is this checkout's (not whatever is installed); each measurement
records a digest of checker/'s sources, and a warning is printed when the sizes differ
(someone edited checker/ during the run). With --build wheel, the checkout is first built
as `pip install .` builds it (a wheel whose grammar modules are compiled with mypyc, see
setup.py), and that build is what the measurements import; the default, --build source,
imports the checkout's Python sources.

With --workers N (N > 1) the per-document stages run in checker's process pool
(`build_corpus(..., engine=Engine(workers=N))`, as `checker seed --workers N` does); CPU
seconds then include the workers, and peak memory is this process plus N times the largest
worker (an upper bound: forked workers share pages). The default, 1, is the plain serial call.

The "floor" is the same reading (gzip, JSON) with one `re.findall(r"\\d+")` over each text,
also in a fresh process: what any figure reader must pay at least.

The scaling exponent between consecutive sizes is log(t2/t1) / log(n2/n1) over documents:
1.0 is linear. Targets are printed with PASS or FAIL; the exit code is 0 either way
(2 when the corpus cannot be found). The corpus is never copied: it is read where it lies,
by default at ../shared/corpus/ beside the repository.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import hashlib
import itertools
import json
import math
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "baomoi-2017-20k.jsonl.gz"
DEFAULT_SIZES = (1000, 5000, 20000)
TARGET_MB_PER_S = 5.0
TARGET_PEAK_MB = 2000.0  # 2 GB
DIGITS = re.compile(r"\d+")
STAGES = ("read", "start", "split_extract", "stop", "claims", "render")


def source_digest(root: Path = REPO) -> str:
    """A short digest of root/checker/'s Python sources: which code a measurement ran (a wheel
    carries the sources it was compiled from)."""
    digest = hashlib.blake2b(digest_size=4)
    for path in sorted((root / "checker").rglob("*.py")):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident memory so far, in MB (ru_maxrss is KiB on Linux); of the largest child for RUSAGE_CHILDREN."""
    return resource.getrusage(who).ru_maxrss * 1024 / 1e6


def children_cpu() -> float:
    """CPU seconds of the children waited for so far (the pool's workers)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def open_engine(engine: str, workers: int, scheduler: str) -> contextlib.AbstractContextManager[Any]:
    """checker's engine: the local one (serial for 1 worker, else its process pool), or Dask
    (a local cluster of `workers` processes, or the scheduler at `scheduler`), closed on exit."""
    if engine == "dask":
        from checker.engine.dask_engine import dask_engine

        return dask_engine(scheduler, workers)
    from checker.engine import Engine

    return contextlib.nullcontext(Engine(workers=workers))


def build_wheel_tree(into: Path) -> Path:
    """This checkout built as a wheel (`pip wheel .`: the grammar compiled with mypyc), unpacked
    into a folder to put on sys.path; the build's time is not measured. It is built from a copy
    of the checkout's files (uncommitted edits included): setuptools would ship the compiled
    files of an earlier build left in the checkout's build/."""
    checkout, wheels = into / "checkout", into / "wheel"
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            cwd=REPO, capture_output=True, check=False)
    if listed.returncode != 0:
        raise SystemExit("bench_seed: --build wheel needs a git checkout (to copy its files)")
    for name in filter(None, listed.stdout.decode().split("\0")):
        if (REPO / name).is_file():
            (checkout / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(REPO / name, checkout / name)
    command = [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(wheels), str(checkout)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"bench_seed: building the wheel failed (exit {done.returncode})")
    tree = into / "tree"
    with zipfile.ZipFile(next(wheels.glob("checker-*.whl"))) as wheel:
        wheel.extractall(tree)
    return tree


def measure_seed(
    corpus: Path, size: int, workers: int, engine: str = "local", scheduler: str = "", root: Path = REPO
) -> dict[str, Any]:
    """Run in a fresh process: the seed path on the first `size` articles, timed by stage."""
    import checker
    from checker.config import Settings
    from checker.engine.documents import iter_corpus
    from checker.pipeline import build_corpus, seed_claims
    from checker.table.claims import render_table

    if Path(checker.__file__).resolve().parent != root.resolve() / "checker":
        raise SystemExit(f"bench_seed: imported checker from {checker.__file__}, not from {root / 'checker'}")
    code = source_digest(root)
    baseline = peak_mb()
    cpu0 = time.process_time() + children_cpu()
    t0 = time.perf_counter()
    documents = iter_corpus(corpus, size)  # read as the engine takes them, as `checker seed` does
    t1 = time.perf_counter()
    with open_engine(engine, workers, scheduler) as runner:
        started = time.perf_counter()
        built = build_corpus(documents, Settings(), runner)
        built_at = time.perf_counter()
    t2 = time.perf_counter()
    claims = seed_claims(built)
    t3 = time.perf_counter()
    table = render_table(claims)
    t4 = time.perf_counter()
    cpu = time.process_time() + children_cpu() - cpu0
    text_bytes = sum(len(doc.text.encode("utf-8")) for doc in built.documents)
    pooled = workers > 1 or (engine == "dask" and not scheduler)  # worker processes that were this process's children
    worker_peak = peak_mb(resource.RUSAGE_CHILDREN) if pooled else 0.0
    return {
        "documents": len(built.documents), "sentences": built.sentence_count, "mentions": built.mention_count,
        "claims": len(claims), "table_bytes": len(table.encode("utf-8")), "text_mb": text_bytes / 1e6,
        "table_digest": hashlib.blake2b(table.encode("utf-8"), digest_size=8).hexdigest(),
        "seconds": t4 - t0, "mb_per_s": text_bytes / 1e6 / (t4 - t0), "cpu_seconds": cpu, "cpu_mb_per_s": text_bytes / 1e6 / cpu,
        "stages": {"read": t1 - t0, "start": started - t1, "split_extract": built_at - started, "stop": t2 - built_at,
                   "claims": t3 - t2, "render": t4 - t3},
        "import_peak_mb": baseline, "own_peak_mb": peak_mb(), "worker_peak_mb": worker_peak,
        "peak_mb": peak_mb() + workers * worker_peak if pooled else peak_mb(), "workers": workers, "engine": engine,
        "checker_digest": code, "compiled": checker.compiled(),
    }


def measure_floor(corpus: Path, size: int) -> dict[str, Any]:
    """Run in a fresh process: read the same texts and find every digit run with one regex."""
    cpu0 = time.process_time()
    t0 = time.perf_counter()
    documents = runs = text_bytes = 0
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            text = json.loads(line)["text"].replace("\r\n", "\n")
            runs += len(DIGITS.findall(text))
            text_bytes += len(text.encode("utf-8"))
            documents += 1
            if documents >= size:
                break
    seconds = time.perf_counter() - t0
    cpu = time.process_time() - cpu0
    return {
        "documents": documents, "digit_runs": runs, "text_mb": text_bytes / 1e6, "seconds": seconds,
        "mb_per_s": text_bytes / 1e6 / seconds, "cpu_seconds": cpu, "cpu_mb_per_s": text_bytes / 1e6 / cpu, "peak_mb": peak_mb(),
    }


def run_child(
    kind: str, corpus: Path, size: int, workers: int = 1, engine: str = "local", scheduler: str = "", root: Path = REPO
) -> dict[str, Any]:
    """One measurement in a fresh interpreter, importing checker from `root`; its figures come
    back as JSON on stdout."""
    load_before = os.getloadavg()[0]
    script = str(Path(__file__).resolve())
    command = [sys.executable, script, "--child", kind, "--corpus", str(corpus), "--sizes", str(size), "--workers", str(workers),
               "--engine", engine, "--root", str(root), *(["--scheduler", scheduler] if scheduler else [])]
    # The checker of this checkout (or its build), whatever else is installed: sys.path comes
    # before an editable finder.
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(root), os.environ.get("PYTHONPATH")]))}
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"bench_seed: the {kind} measurement of {size} documents failed (exit {done.returncode})")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    result["load_before"], result["load_after"] = load_before, os.getloadavg()[0]
    return result


def exponents(rows: list[dict[str, Any]], key: str = "seconds") -> list[float | None]:
    """log(t2/t1) / log(n2/n1) between each row and the one before it (None for the first)."""
    out: list[float | None] = [None]
    for before, after in itertools.pairwise(rows):
        n1, n2, t1, t2 = before["documents"], after["documents"], before[key], after[key]
        out.append(math.log(t2 / t1) / math.log(n2 / n1) if n2 != n1 and t1 > 0 and t2 > 0 else None)
    return out


def git_state() -> str:
    """The commit measured, and whether checker/ had uncommitted changes (others edit it live)."""
    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True, check=False)
        return done.stdout.strip() if done.returncode == 0 else "?"

    if git("rev-parse", "--is-inside-work-tree") != "true":
        return "not a git checkout"
    dirty = git("status", "--porcelain", "--", "checker")
    changed = len(dirty.splitlines()) if dirty not in ("", "?") else 0
    return git("rev-parse", "--short", "HEAD") + (f" + {changed} uncommitted file(s) in checker/" if changed else " (clean)")


def format_table(header: list[str], rows: list[list[str]]) -> str:
    """A plain table: the first column left-aligned, the others right-aligned."""
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    def line(cells: list[str]) -> str:
        return "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths, strict=True)))
    return "\n".join([line(header), line(["-" * w for w in widths]), *(line(r) for r in rows)])


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def render_report(meta: dict[str, Any], seeds: list[dict[str, Any]], floors: list[dict[str, Any]]) -> str:
    """Every figure of the run as plain aligned tables."""
    def exp(e: float | None) -> str:
        return "-" if e is None else f"{e:.2f}"

    main = [
        [str(size), f"{s['documents']:,}", f"{s['sentences']:,}", f"{s['claims']:,}", f"{s['text_mb']:.1f}",
         f"{s['seconds']:.2f}", f"{s['mb_per_s']:.2f}", f"{s['peak_mb']:.0f}", exp(e), f"{s['cpu_seconds']:.2f}",
         f"{s['cpu_mb_per_s']:.2f}", exp(ce), f"{s['load_before']:.1f}/{s['load_after']:.1f}",
         verdict(s["mb_per_s"] >= TARGET_MB_PER_S), verdict(s["peak_mb"] < TARGET_PEAK_MB)]
        for size, s, e, ce in zip(meta["sizes"], seeds, exponents(seeds), exponents(seeds, "cpu_seconds"), strict=True)
    ]
    stages = [
        [str(size), *(f"{s['stages'][k]:.2f}" for k in STAGES),
         f"{s['import_peak_mb']:.0f}", f"{f['seconds']:.2f}", f"{f['mb_per_s']:.1f}", f"{f['cpu_mb_per_s']:.1f}",
         f"{f['digit_runs']:,}", f"{s['seconds'] / f['seconds']:.0f}x"]
        for size, s, f in zip(meta["sizes"], seeds, floors, strict=True)
    ]
    largest = seeds[-1]
    digests = sorted({s["checker_digest"] for s in seeds})
    lines = [
        f"seed benchmark  corpus={meta['corpus']}  checker={meta['git']}  sources={','.join(digests)}",
        f"python {meta['python']}  cpus={meta['cpus']}  workers={meta['workers']}  engine={meta['engine']}"
        f"  build={meta['build']}  one fresh process a measurement",
        *(["WARNING: checker/ changed during the run; the sizes measured different code"] if len(digests) > 1 else []),
        "",
        format_table(["size", "docs", "sentences", "claims", "text MB", "seconds", "MB/s", "peak MB", "exponent", "cpu s",
                      "cpu MB/s", "cpu exp", "load", f">={TARGET_MB_PER_S:g} MB/s", f"<{TARGET_PEAK_MB / 1000:g} GB"], main),
        "(seconds, MB/s, exponent: wall clock; cpu: CPU time of the process and its workers;"
        " load: 1-minute load average before/after)",
        *([f"(peak MB: this process + {meta['workers']} x the largest worker, an upper bound)"]
          if meta["workers"] > 1 or meta["engine"] == "dask" else []),
        "",
        "stage seconds of the seed path (reading a JSON Lines corpus overlaps split+extract, so read is ~0),"
        " and the floor (gzip + JSON + one re.findall(r'\\d+') per text):",
        format_table(["size", "read", "engine start", "split+extract", "engine stop", "claims", "render", "import MB",
                      "floor s", "floor MB/s", "floor cpu MB/s", "digit runs", "seed/floor"], stages),
        "",
        f"target throughput >= {TARGET_MB_PER_S:g} MB/s at {largest['documents']:,} docs: "
        f"{largest['mb_per_s']:.2f} MB/s  {verdict(largest['mb_per_s'] >= TARGET_MB_PER_S)}",
        "claims.csv digest by size: " + ", ".join(f"{n}: {s['table_digest']}" for n, s in zip(meta["sizes"], seeds, strict=True)),
        f"target peak memory < {TARGET_PEAK_MB / 1000:g} GB at {largest['documents']:,} docs: "
        f"{largest['peak_mb']:.0f} MB  {verdict(largest['peak_mb'] < TARGET_PEAK_MB)}",
    ]
    return "\n".join(lines)


def add_run_arguments(parser: argparse.ArgumentParser) -> None:
    """The options both benchmark scripts take: the corpus, the sizes and the build measured."""
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                        help="JSON Lines corpus (default: ../shared/corpus/baomoi-2017-20k.jsonl.gz beside the repository)")
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)),
                        help="comma-separated numbers of articles, measured in this order (default: %(default)s)")
    parser.add_argument("--build", choices=("source", "wheel"), default="source",
                        help="the checkout's Python sources (default), or its wheel as `pip install .` builds it"
                        " (the grammar compiled with mypyc)")


def parsed_sizes(parser: argparse.ArgumentParser, text: str) -> list[int]:
    """--sizes as numbers of articles; a usage error (exit 2) when they are not."""
    try:
        sizes = [int(s) for s in text.split(",") if s.strip()]
    except ValueError:
        parser.error(f"--sizes: expected comma-separated whole numbers, got {text!r}")
    if not sizes or min(sizes) < 1:
        parser.error("--sizes: expected at least one size, each 1 or more")
    return sizes


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    add_run_arguments(parser)
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the figures as JSON to FILE")
    parser.add_argument("--workers", type=int, default=1,
                        help="processes for the per-document stages (checker's Engine); 1 = the serial call (default)")
    parser.add_argument("--engine", choices=("local", "dask"), default="local",
                        help="checker's engine: local (default) or dask (a local cluster of --workers processes)")
    parser.add_argument("--scheduler", default="", metavar="ADDRESS",
                        help="with --engine dask: the scheduler to use (tcp://host:8786) instead of a local cluster")
    parser.add_argument("--child", choices=("seed", "floor"), help=argparse.SUPPRESS)
    parser.add_argument("--root", type=Path, default=REPO, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.sizes = parsed_sizes(parser, args.sizes)
    if args.workers < 1:
        parser.error("--workers: expected 1 or more")
    return args


def measure_sizes(args: argparse.Namespace, corpus: Path, root: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The floor and the seed path at every size, each in a fresh process."""
    seeds: list[dict[str, Any]] = []
    floors: list[dict[str, Any]] = []
    for size in args.sizes:
        print(f"bench_seed: {size} documents: floor ...", file=sys.stderr, flush=True)
        floors.append(run_child("floor", corpus, size))
        print(f"bench_seed: {size} documents: seed ...", file=sys.stderr, flush=True)
        seeds.append(run_child("seed", corpus, size, args.workers, args.engine, args.scheduler, root))
        print(f"bench_seed: {size} documents: {seeds[-1]['seconds']:.1f} s", file=sys.stderr, flush=True)
    return seeds, floors


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    corpus: Path = args.corpus.resolve()
    if args.child:
        size = args.sizes[0]
        if args.child == "seed":
            print(json.dumps(measure_seed(corpus, size, args.workers, args.engine, args.scheduler, args.root)))
        else:
            print(json.dumps(measure_floor(corpus, size)))
        return 0
    if not corpus.is_file():
        print(f"bench_seed: corpus not found: {corpus} (pass --corpus PATH)", file=sys.stderr)
        return 2
    state = git_state()  # before the run: others may commit while it goes
    with tempfile.TemporaryDirectory(prefix="bench_seed.") as scratch:
        root = REPO
        if args.build == "wheel":
            print("bench_seed: building the wheel ...", file=sys.stderr, flush=True)
            root = build_wheel_tree(Path(scratch))
        seeds, floors = measure_sizes(args, corpus, root)
    meta = {
        "corpus": os.path.relpath(corpus, REPO), "git": state, "python": platform.python_version(),
        "cpus": os.cpu_count(), "workers": args.workers, "engine": args.engine, "sizes": args.sizes,
        "build": f"{args.build} ({'grammar compiled with mypyc' if all(s['compiled'] for s in seeds) else 'pure Python'})",
    }
    print(render_report(meta, seeds, floors))
    if args.json:
        runs = zip(args.sizes, seeds, floors, exponents(seeds), exponents(seeds, "cpu_seconds"), strict=True)
        figures = {
            **meta, "targets": {"mb_per_s": TARGET_MB_PER_S, "peak_mb": TARGET_PEAK_MB},
            "runs": [{"size": n, "seed": s, "floor": f, "exponent": e, "cpu_exponent": ce} for n, s, f, e, ce in runs],
        }
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
