"""Start-up time of the commands that do no checking: `checker --help`, `rules`, `explain C101`.

Usage (from the repository root, in the environment checker is installed in):

    python bench/bench_startup.py [--runs 15]

Each command runs `--runs` times in a fresh process (`python -m checker ...`, so that the
installed console script's own start does not differ between installs); the best and the
median wall-clock seconds are printed beside `python -c pass`, the floor no command can beat,
and the load average (a busy machine shows: compare the floor). The target is under 0.3 s.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time

COMMANDS: tuple[tuple[str, ...], ...] = (("--help",), ("rules",), ("explain", "C101"), ("--version",))
TARGET = 0.3  # seconds


def timed(argv: list[str], runs: int) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU (user + system) seconds of `runs` fresh processes running `argv`.

    CPU seconds are what a busy machine inflates least: the wall clock also counts waiting for a core.
    """
    wall, cpu = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
        wall.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return wall, cpu


def line(name: str, wall: list[float], cpu: list[float], verdict: str = "") -> str:
    return (
        f"{name:<24} best {min(wall):.3f} s  median {statistics.median(wall):.3f} s  "
        f"cpu best {min(cpu):.3f} s  {verdict}".rstrip()
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="processes per command [15]")
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.2f} ({os.cpu_count()} cores), best of {args.runs} runs")
    print(line("python -c pass", *timed([sys.executable, "-c", "pass"], args.runs)))
    for command in COMMANDS:
        wall, cpu = timed([sys.executable, "-m", "checker", *command], args.runs)
        verdict = "ok" if min(wall) < TARGET else f"over {TARGET} s"
        print(line("checker " + " ".join(command), wall, cpu, verdict))


if __name__ == "__main__":
    main()
