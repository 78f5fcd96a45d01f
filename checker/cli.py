"""The command line: parse options, load settings, call the pipeline, pick a reporter, exit."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from checker import __version__
from checker.config import load_settings
from checker.errors import InputError
from checker.pipeline import seed as run_seed


def fail(exc: InputError, verbose: bool) -> None:
    """Bad input: one line naming file, line and column on stderr, exit 2."""
    if verbose:
        raise exc
    where = exc.path if exc.line <= 0 else f"{exc.path}:{exc.line}:{exc.column}"
    click.echo(f"error: {where}: {exc.message}", err=True)
    sys.exit(2)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="checker")
def main() -> None:
    """Cross-document fact-consistency checker for Vietnamese news."""


@main.command()
@click.argument("corpus", required=False, type=click.Path(path_type=Path))
@click.option("--claims", "claims_path", type=click.Path(path_type=Path), help="Claim table to write [claims.csv].")
@click.option("--limit", type=int, help="Read only the first N documents.")
@click.option("--verbose", is_flag=True, help="Show tracebacks.")
def seed(corpus: Path | None, claims_path: Path | None, limit: int | None, verbose: bool) -> None:
    """Seed the claim table from CORPUS (a folder of .txt/.md or a .jsonl[.gz]) [seeds/]."""
    try:
        settings = load_settings()
        result = run_seed(corpus or Path(settings.corpus), claims_path or Path(settings.claims), settings, limit)
    except InputError as exc:
        fail(exc, verbose)
        return
    target = claims_path or Path(settings.claims)
    click.echo(
        f"{target}: {result.claims} claims from {result.documents} documents, {result.sentences} sentences "
        f"({result.added} new, {result.kept} kept, {result.stale} stale)",
        err=True,
    )
