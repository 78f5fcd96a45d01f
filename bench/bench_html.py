"""Benchmark of the HTML report on the real corpus: its size, and how long headless Chromium takes to show it.

Usage (from the repository root):

    .venv/bin/python bench/bench_html.py [--corpus PATH] [--sizes 20000] [--workers N] [--loads 3] [--keep DIR]

For each size N, in a fresh Python process working in a temporary folder (no cache, no claims.csv:
claims are seeded in memory from the corpus), the command a reviewer runs,

    checker check --corpus CORPUS --limit N --format html --output report.html --exit-zero --no-cache

is timed whole ("check s") and in its HTML rendering alone ("render s", `render_html` timed in
that process). The page is then opened --loads times in one headless Chromium (after a blank page,
so each is a full load of a new document) through the DevTools protocol (`tests/html_browser.py`):

- load s: from the navigation to the second animation frame after the load event (the page parsed,
  its script run, laid out and painted): the time a reader waits. The first load and the median of
  all are printed; the target is the median;
- DOM ready / load event: the page's own navigation timing (milliseconds from its start);
- sort / filter: a click on the claim table's Value header (the table scrolled into view first, so
  that it is laid out), and the severity filter set to "warning", each timed to the next painted
  frame.

Targets (issue 17): under 5 MB (5,000,000 bytes) and under 3 s to render, at 20,000 articles.
They are printed with PASS or FAIL; the exit code is 0 either way (2 when the corpus is missing,
Chromium is not found or a measurement fails). The machine's load average is printed beside each
size: a busy machine shows in the seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))
from html_browser import Browser, BrowserError, file_url, find_browser  # noqa: E402

DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "baomoi-2017-20k.jsonl.gz"
TARGET_BYTES = 5_000_000
TARGET_SECONDS = 3.0

# Run in the child: the check through the command line, with render_html wrapped to time it.
CHILD = """
import json, sys, time
import checker.reporters.html as html
from checker.cli import main
spent = []
render = html.render_html
def timed(report):
    start = time.perf_counter()
    page = render(report)
    spent.append(time.perf_counter() - start)
    return page
html.render_html = timed
try:
    main(sys.argv[1:], standalone_mode=False)
except SystemExit as done:
    if done.code not in (0, None):
        raise
print(json.dumps({"render": sum(spent)}))
"""
NAVIGATION = """(() => { const n = performance.getEntriesByType("navigation")[0];
  return { ready: n.domContentLoadedEventEnd, load: n.loadEventEnd }; })()"""
FRAME = "new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now()))))"
SORT = """(async () => { document.getElementById("claims-table").scrollIntoView(); await NEXT_FRAME;
  const start = performance.now();
  const th = [...document.querySelectorAll("#claims-table thead th")].find(h => h.textContent.trim() === "Value");
  th.querySelector("button").click();
  return (await NEXT_FRAME) - start; })()""".replace("NEXT_FRAME", FRAME)
FILTER = """(async () => { const start = performance.now();
  const select = document.getElementById("f-severity");
  select.value = "warning"; select.dispatchEvent(new Event("change", { bubbles: true }));
  return (await NEXT_FRAME) - start; })()""".replace("NEXT_FRAME", FRAME)


def write_report(corpus: Path, size: int, workers: int | None, folder: Path) -> tuple[Path, float, float]:
    """The report of the first `size` articles, written by a fresh process; (path, check s, render s)."""
    out = folder / f"report-{size}.html"
    args = ["check", "--corpus", str(corpus), "--limit", str(size), "--format", "html", "--output", str(out),
            "--exit-zero", "--no-cache"]
    if workers:
        args += ["--workers", str(workers)]
    start = time.perf_counter()
    run = subprocess.run([sys.executable, "-c", CHILD, *args], cwd=folder, capture_output=True, text=True, check=False,
                         env={**os.environ, "PYTHONPATH": str(REPO)})
    seconds = time.perf_counter() - start
    if run.returncode != 0:
        raise RuntimeError(f"checker check failed ({run.returncode}):\n{run.stderr[-3000:]}")
    render = json.loads(run.stdout.strip().splitlines()[-1])["render"]
    return out, seconds, render


def measure_loads(browser: Browser, page: Path, loads: int) -> dict[str, Any]:
    seconds, timings = [], []
    for _ in range(loads):
        browser.open("about:blank")
        seconds.append(browser.open(file_url(page)))
        timings.append(browser.evaluate(NAVIGATION))
    return {
        "first": seconds[0], "median": statistics.median(seconds),
        "ready_ms": statistics.median(t["ready"] for t in timings),
        "load_ms": statistics.median(t["load"] for t in timings),
        "filter_ms": browser.evaluate(FILTER), "sort_ms": browser.evaluate(SORT),  # the filter first: cards are on top
        "cards": browser.evaluate("document.querySelectorAll('article.finding').length"),
        "rows": browser.evaluate("document.querySelectorAll('tr.claim').length"),
    }


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                        help="JSON Lines corpus (default: ../shared/corpus/baomoi-2017-20k.jsonl.gz beside the repository)")
    parser.add_argument("--sizes", default="20000", help="comma-separated numbers of articles (default: %(default)s)")
    parser.add_argument("--workers", type=int, help="passed to checker check (default: its own, one per core)")
    parser.add_argument("--loads", type=int, default=3, help="page loads measured per size (default: %(default)s)")
    parser.add_argument("--keep", type=Path, help="copy each report into this folder")
    args = parser.parse_args(argv)
    try:
        args.sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    except ValueError:
        parser.error(f"--sizes: expected comma-separated whole numbers, got {args.sizes!r}")
    if not args.sizes or min(args.sizes) < 1 or args.loads < 1:
        parser.error("--sizes and --loads: each 1 or more")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    browser_path = find_browser()
    if not args.corpus.exists():
        print(f"error: corpus {args.corpus} not found: give one with --corpus", file=sys.stderr)
        return 2
    if browser_path is None:
        print("error: Chromium not found (`bash .ci/install-browser` installs it; CHECKER_CHROMIUM names another)",
              file=sys.stderr)
        return 2
    print(f"corpus {args.corpus.name}, Chromium {browser_path}, {args.loads} loads per size")
    header = ("articles", "MB", "check s", "render s", "cards", "claim rows", "load s (first)", "load s (median)",
              "DOM ready ms", "load event ms", "sort ms", "filter ms", "load avg")
    print("| " + " | ".join(header) + " |\n|" + "---|" * len(header))
    results = []
    with tempfile.TemporaryDirectory(prefix="bench-html-") as work, Browser(browser_path, timeout=600) as browser:
        for size in args.sizes:
            try:
                page, check_s, render_s = write_report(args.corpus, size, args.workers, Path(work))
                loads = measure_loads(browser, page, args.loads)
            except (RuntimeError, BrowserError) as error:
                print(f"error: {size} articles: {error}", file=sys.stderr)
                return 2
            megabytes = page.stat().st_size / 1e6
            row = (f"{size:,}", f"{megabytes:.2f}", f"{check_s:.1f}", f"{render_s:.2f}", str(loads["cards"]),
                   str(loads["rows"]), f"{loads['first']:.2f}", f"{loads['median']:.2f}", f"{loads['ready_ms']:.0f}",
                   f"{loads['load_ms']:.0f}", f"{loads['sort_ms']:.0f}", f"{loads['filter_ms']:.0f}",
                   f"{os.getloadavg()[0]:.1f}")
            print("| " + " | ".join(row) + " |", flush=True)
            results.append((size, page.stat().st_size, loads["median"]))
            if args.keep:
                args.keep.mkdir(parents=True, exist_ok=True)
                (args.keep / page.name).write_bytes(page.read_bytes())
    for size, size_bytes, seconds in results:
        print(f"{size:,} articles: {size_bytes / 1e6:.2f} MB < 5 MB: {verdict(size_bytes < TARGET_BYTES)}; "
              f"rendered in {seconds:.2f} s < {TARGET_SECONDS:.0f} s: {verdict(seconds < TARGET_SECONDS)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
