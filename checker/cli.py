"""The command line: parse options, load settings, call the pipeline, pick a reporter, exit."""

from __future__ import annotations

import functools
import os
import shutil
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any, NoReturn

import click

from checker import __version__, compiled
from checker.config import ENGINES, load_settings, with_rules
from checker.engine.choice import EngineOptions, open_engine
from checker.engine.documents import display_path
from checker.errors import InputError
from checker.gate.baseline import render_baseline
from checker.gate.gates import gated
from checker.models import Report, Severity
from checker.pipeline import CheckRequest
from checker.pipeline import check as run_check
from checker.reporters import FORMATS, render
from checker.reporters.safe import visible
from checker.rules import ALL_RULES, find_rule
from checker.seeding import seed as run_seed
from checker.table.atomic import write_atomic
from checker.table.reseed import unseeded_note

EXIT_OK, EXIT_FINDINGS, EXIT_BAD_INPUT = 0, 1, 2


def fail(exc: InputError, verbose: bool) -> NoReturn:
    """Bad input: one line naming file, line and column on stderr, exit 2."""
    if verbose:
        raise exc
    where = exc.path if exc.line <= 0 else f"{exc.path}:{exc.line}:{exc.column}"
    click.echo(visible(f"error: {where}: {exc.message}"), err=True)
    sys.exit(EXIT_BAD_INPUT)


def exit_code(report: Report, fail_on: str, exit_zero: bool) -> int:
    if any(f.on_input for f in report.findings):
        return EXIT_BAD_INPUT
    if exit_zero:
        return EXIT_OK
    threshold = Severity(fail_on).rank
    return EXIT_FINDINGS if any(f.severity.rank >= threshold for f in report.findings) else EXIT_OK


def _color(stream: object) -> bool:
    return bool(getattr(stream, "isatty", lambda: False)()) and "NO_COLOR" not in os.environ


_ENGINE_OPTIONS = (
    click.option("--workers", type=int, help="Processes for reading documents [one per core]."),
    click.option("--no-cache", is_flag=True, help="Do not read or write .checker-cache/."),
    click.option("--engine", "engine_name", type=click.Choice(ENGINES), help="Where the stages run [local]."),
    click.option("--scheduler", help="Dask scheduler address (tcp://host:8786) [a local cluster]."),
)


def _engine_options(command: Callable[..., None]) -> Callable[..., None]:
    """--workers, --no-cache, --engine and --scheduler, handed to the command as one `engine`."""

    @functools.wraps(command)
    def with_engine(
        *args: Any, workers: int | None, no_cache: bool, engine_name: str | None, scheduler: str | None, **kwargs: Any
    ) -> None:
        command(*args, engine=EngineOptions(workers, no_cache, engine_name, scheduler, progress=True), **kwargs)

    for option in reversed(_ENGINE_OPTIONS):  # in this order in --help
        with_engine = option(with_engine)
    return with_engine


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(
    __version__, prog_name="checker",
    message=f"%(prog)s, version %(version)s ({'grammar compiled with mypyc' if compiled() else 'pure Python'})",
)
def main() -> None:
    """Cross-document fact-consistency checker for Vietnamese news."""


@main.command()
@click.argument("corpus", required=False, type=click.Path(path_type=Path))
@click.option("--claims", "claims_path", type=click.Path(path_type=Path), help="Claim table to write [claims.csv].")
@click.option("--limit", type=int, help="Read only the first N documents.")
@click.option("--allow-stale", is_flag=True, help="Mark rows stale even when many documents are missing.")
@click.option("--check", "check_only", is_flag=True, help="Write nothing; exit 1 when the table is not current.")
@click.option("--verbose", is_flag=True, help="Show tracebacks.")
@_engine_options
def seed(
    corpus: Path | None, claims_path: Path | None, limit: int | None, allow_stale: bool, check_only: bool,
    verbose: bool, engine: EngineOptions,
) -> None:
    """Seed the claim table from CORPUS (a folder of .txt/.md or a .jsonl[.gz]) [seeds/]."""
    try:
        settings = load_settings()
        target = claims_path or Path(settings.claims)
        with open_engine(settings, engine) as opened:
            result = run_seed(corpus or Path(settings.corpus), target, settings, limit, opened, allow_stale, not check_only)
    except InputError as exc:
        fail(exc, verbose)
    shown = display_path(target)
    if check_only:
        if result.current:
            click.echo(f"{shown}: current ({result.claims} claims)", err=True)
            return
        missing = "" if target.exists() else " (no such file)"
        click.echo(f"{shown}: not what `checker seed` writes{missing}: {result.changes.would()}", err=True)
        sys.exit(EXIT_FINDINGS)
    click.echo(
        f"{shown}: {result.claims} claims from {result.documents} documents, {result.sentences} sentences "
        f"({result.changes.counts()})",
        err=True,
    )
    if result.changes.unhashed:
        click.echo(
            f"{shown}: {result.changes.unhashed} rows had no seed_hash, so their edits could not be told apart: "
            "they were kept as written, and seed_hash was filled in", err=True,
        )


@main.command()
@click.argument("drafts", nargs=-1, type=click.Path(path_type=Path))
@click.option("--corpus", type=click.Path(path_type=Path), help="Corpus folder or .jsonl[.gz] [seeds/].")
@click.option("--claims", "claims_path", type=click.Path(path_type=Path), help="Claim table [claims.csv].")
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default="text", show_default=True)
@click.option("--output", "-o", type=click.Path(path_type=Path), help="Write the report to FILE instead of stdout.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default="error", show_default=True)
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when findings are reported.")
@click.option("--select", help="Rule code prefixes to run, comma-separated (e.g. C1,C3).")
@click.option("--ignore", help="Rule code prefixes to skip, comma-separated.")
@click.option("--baseline", "baseline_path", type=click.Path(path_type=Path), help="Ignore findings recorded in FILE.")
@click.option("--diff-base", help="Report only findings on claims or documents changed since this git ref.")
@click.option(
    "--min-confidence", type=click.FloatRange(0, 1),
    help="Report conflicts only from this confidence (0-1) on [setting min-confidence, 0.5].",
)
@click.option("--limit", type=int, help="Read only the first N documents of the corpus.")
@click.option("--verbose", is_flag=True, help="Show tracebacks.")
@_engine_options
def check(
    drafts: tuple[Path, ...], corpus: Path | None, claims_path: Path | None, fmt: str, output: Path | None,
    fail_on: str, exit_zero: bool, select: str | None, ignore: str | None, baseline_path: Path | None,
    diff_base: str | None, min_confidence: float | None, limit: int | None, verbose: bool, engine: EngineOptions,
) -> None:
    """Report figures that disagree across the corpus, or between DRAFTS and the archive."""
    try:
        settings = with_rules(load_settings(), select, ignore)
        if min_confidence is not None:
            settings = replace(settings, min_confidence=min_confidence)
        request = CheckRequest.of(settings, corpus, claims_path, drafts, limit)
        with open_engine(settings, engine) as opened:
            report = run_check(request, settings, opened)
        report = gated(report, baseline_path, diff_base, claims_path or Path(settings.claims))
    except InputError as exc:
        fail(exc, verbose)
    _emit(report, fmt, output, verbose)
    if report.unseeded:  # figures checked from the corpus because the table lacks them
        click.echo(visible(unseeded_note(report.claims, report.unseeded, display_path(request.claims or Path()))), err=True)
    sys.exit(exit_code(report, fail_on, exit_zero))


def _archive_report(corpus: Path | None, claims_path: Path | None, verbose: bool) -> Report:
    """The report of a whole check with the settings' engine; bad input exits 2."""
    try:
        settings = load_settings()
        with open_engine(settings, EngineOptions()) as engine:
            return run_check(CheckRequest.of(settings, corpus, claims_path), settings, engine)
    except InputError as exc:
        fail(exc, verbose)


@main.command()
@click.option("--corpus", type=click.Path(path_type=Path), help="Corpus folder or .jsonl[.gz] [seeds/].")
@click.option("--claims", "claims_path", type=click.Path(path_type=Path), help="Claim table [claims.csv].")
@click.option("--output", "-o", type=click.Path(path_type=Path), default=Path("checker-baseline.json"), show_default=True)
@click.option("--verbose", is_flag=True, help="Show tracebacks.")
def baseline(corpus: Path | None, claims_path: Path | None, output: Path, verbose: bool) -> None:
    """Record the current findings, so that `check --baseline FILE` reports only new ones."""
    report = _archive_report(corpus, claims_path, verbose)
    if exit_code(report, "error", False) == EXIT_BAD_INPUT:
        _emit(report, "text", None)
        sys.exit(EXIT_BAD_INPUT)
    try:
        write_atomic(output, render_baseline(report))
    except InputError as exc:
        fail(exc, verbose)
    click.echo(f"{output}: {len(report.findings)} known findings recorded", err=True)


def _emit(report: Report, fmt: str, output: Path | None, verbose: bool = False) -> None:
    if output is not None:
        try:
            write_atomic(output, render(report, fmt))
        except InputError as exc:  # a folder, a read-only place
            fail(exc, verbose)
        click.echo(f"{output}: {len(report.findings)} findings ({fmt})", err=True)
        return
    color = _color(sys.stdout)
    width = shutil.get_terminal_size((120, 24)).columns if color else 120
    click.echo(render(report, fmt, color=color, width=width), nl=False)


@main.command()
@click.option("--corpus", type=click.Path(path_type=Path), help="Corpus folder or .jsonl[.gz] [seeds/].")
@click.option("--claims", "claims_path", type=click.Path(path_type=Path), help="Claim table [claims.csv].")
@click.option("--output", "-o", type=click.Path(path_type=Path), default=Path("reports/report.html"), show_default=True)
@click.option("--verbose", is_flag=True, help="Show tracebacks.")
def report(corpus: Path | None, claims_path: Path | None, output: Path, verbose: bool) -> None:
    """Write the HTML report for reviewers (a shortcut for check --format html --output)."""
    _emit(_archive_report(corpus, claims_path, verbose), "html", output, verbose)


@main.command()
def rules() -> None:
    """List every rule with its code, name, default severity and summary."""
    for rule in ALL_RULES:
        click.echo(f"{rule.code}  {rule.name:<24} {rule.severity.value:<8} {rule.summary}")


@main.command()
@click.argument("code")
def explain(code: str) -> None:
    """Print a rule's documentation (CODE such as C101, or its name)."""
    rule = find_rule(code)
    if rule is None:
        click.echo(f"error: no rule {code!r}; `checker rules` lists them", err=True)
        sys.exit(EXIT_BAD_INPUT)
    click.echo(f"{rule.code} {rule.name} ({rule.severity.value})\n")
    click.echo(rule.doc.strip())
