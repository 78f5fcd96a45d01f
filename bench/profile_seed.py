"""Where the seed path spends its time: cProfile over the first N articles of the corpus.

Usage (from the repository root):

    .venv/bin/python bench/profile_seed.py [--corpus PATH] [--docs 2000] [--top 25] [--sort cumulative|tottime]

Profiles load_corpus -> build_corpus -> seed_claims -> render_table, as bench_seed.py times
them, and prints the top functions of the checker (and of the libraries it calls).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "baomoi-2017-20k.jsonl.gz"


def profile_seed(corpus: Path, docs: int) -> cProfile.Profile:
    """The profile of one run of the seed path (imports excluded), of this checkout's checker."""
    sys.path.insert(0, str(REPO))  # before any installed (editable) checker, as in bench_seed.py
    from checker.config import Settings
    from checker.engine.documents import load_corpus
    from checker.pipeline import build_corpus, seed_claims
    from checker.table.claims import render_table

    profiler = cProfile.Profile()
    profiler.enable()
    render_table(seed_claims(build_corpus(load_corpus(corpus, docs), Settings())))
    profiler.disable()
    return profiler


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="JSON Lines corpus (default: ../shared/corpus/...)")
    parser.add_argument("--docs", type=int, default=2000, help="articles to profile (default: %(default)s)")
    parser.add_argument("--top", type=int, default=25, help="functions to print (default: %(default)s)")
    parser.add_argument("--sort", choices=("cumulative", "tottime"), default="cumulative", help="order (default: %(default)s)")
    parser.add_argument("--out", type=Path, help="also save the raw profile (for snakeviz, pstats)")
    args = parser.parse_args(argv)
    if not args.corpus.is_file():
        print(f"profile_seed: corpus not found: {args.corpus} (pass --corpus PATH)", file=sys.stderr)
        return 2
    buffer = io.StringIO()
    stats = pstats.Stats(profile_seed(args.corpus.resolve(), args.docs), stream=buffer)
    print(f"profile of the seed path over {args.docs} documents, checker from {sys.modules['checker'].__file__}")
    if args.out:
        stats.dump_stats(str(args.out))
    stats.strip_dirs().sort_stats(args.sort).print_stats(args.top)
    print(buffer.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
