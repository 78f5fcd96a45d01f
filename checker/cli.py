"""The command line: parse options, load settings, call the pipeline, pick a reporter, exit."""

from __future__ import annotations

import functools
import os
import shutil
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from checker import __version__, compiled
from checker.config import ENGINES, Settings, load_settings, with_rules
from checker.errors import InputError
from checker.models import INPUT_FAMILY, Report, Severity
from checker.reporters import ALIASES, FORMATS, render
from checker.reporters.safe import visible
from checker.reporters.summary import ACCEPTING
from checker.rules import ALL_RULES, find_rule

# The pipeline, the engines, the gates and rich.progress are imported by the commands that use
# them, so that `checker --help`, `rules` and `explain` start in a tenth of a second (about 1 s before).
if TYPE_CHECKING:
    from checker.engine.choice import EngineOptions
    from checker.pipeline import CheckRequest

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


COLOR_CHOICES = ("auto", "always", "never")


def _color(stream: object, choice: str = "auto") -> bool:
    """`--color`: always and never win; auto is off with NO_COLOR, on with FORCE_COLOR, else on a terminal."""
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return bool(getattr(stream, "isatty", lambda: False)())


def _width() -> int:
    """Columns of output: `COLUMNS` when set, else the terminal's, else 80 (a pipe, a file, a CI log)."""
    return shutil.get_terminal_size((80, 24)).columns


def _keep_config(ctx: click.Context, _param: click.Parameter, value: Path | None) -> None:
    ctx.meta["checker.config"] = value


config_option = click.option(
    "--config", type=click.Path(path_type=Path), expose_value=False, callback=_keep_config,
    help="Settings file (checker.toml, or a pyproject.toml with [tool.checker]) [the nearest, in this folder or above].",
)


def _load_settings() -> Settings:
    """The settings of `--config FILE`, else of the nearest config file upward; rule codes in them checked."""
    config = click.get_current_context().meta.get("checker.config")
    return load_settings(Path("."), config)


def _request(
    settings: Settings, corpus: Path | None, claims: Path | None, drafts: tuple[Path, ...] = (), limit: int | None = None,
) -> CheckRequest:
    """The request for the options given; a missing default corpus says how to name one.

    With --limit the default claim table is not used: a table of the whole corpus, checked
    against its first N documents, would report every row of the others as unsupported; the
    claims of the N documents are seeded in memory instead.
    """
    from checker.pipeline import CheckRequest

    if corpus is None and not Path(settings.corpus).exists():
        raise InputError(
            settings.corpus, 0, 0,
            "no corpus here: name one with --corpus PATH (a folder of .txt/.md or a .jsonl[.gz]), "
            "or set corpus in checker.toml or [tool.checker] of pyproject.toml (looked for in this folder and above)",
        )
    if limit is not None and claims is None:
        corpus = corpus or Path(settings.corpus)
    return CheckRequest.of(settings, corpus, claims, drafts, limit)


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
        from checker.engine.choice import EngineOptions

        command(*args, engine=EngineOptions(workers, no_cache, engine_name, scheduler, progress=True), **kwargs)

    for option in reversed(_ENGINE_OPTIONS):  # in this order in --help
        with_engine = option(with_engine)
    return with_engine


def _print_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    """`--version`, naming the build; asked only when given (finding out imports the grammar)."""
    if not value or ctx.resilient_parsing:
        return
    build = "grammar compiled with mypyc" if compiled() else "pure Python"
    click.echo(f"checker, version {__version__} ({build})")
    ctx.exit()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--version", is_flag=True, expose_value=False, is_eager=True, callback=_print_version, help="Show the version and exit.",
)
def main() -> None:
    """Cross-document fact-consistency checker for Vietnamese news."""


@main.command()
@click.argument("corpus", required=False, type=click.Path(path_type=Path))
@click.option("--claims", "claims_path", type=click.Path(path_type=Path), help="Claim table to write [claims.csv].")
@click.option("--limit", type=int, help="Read only the first N documents.")
@click.option("--allow-stale", is_flag=True, help="Mark rows stale even when many documents are missing.")
@click.option("--check", "check_only", is_flag=True, help="Write nothing; exit 1 when the table is not current.")
@config_option
@click.option("--verbose", is_flag=True, help="Show tracebacks.")
@_engine_options
def seed(
    corpus: Path | None, claims_path: Path | None, limit: int | None, allow_stale: bool, check_only: bool,
    verbose: bool, engine: EngineOptions,
) -> None:
    """Seed the claim table from CORPUS (a folder of .txt/.md or a .jsonl[.gz]) [seeds/]."""
    from checker.engine.choice import open_engine
    from checker.engine.documents import display_path
    from checker.seeding import seed as run_seed

    try:
        settings = _load_settings()
        target = claims_path or Path(settings.claims)
        request = _request(settings, corpus, target)
        with open_engine(settings, engine) as opened:
            result = run_seed(request.corpus, target, settings, limit, opened, allow_stale, not check_only)
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
@click.option(
    "--format", "fmt", type=click.Choice([*FORMATS, *ALIASES]), default="full", show_default=True,
    help="full: findings with their figures and sentences; concise: one line a finding (path:line:col: code [severity] message).",
)
@click.option("--statistics", is_flag=True, help="Print counts by rule instead of the findings.")
@click.option("--color", type=click.Choice(COLOR_CHOICES), default="auto", show_default=True,
              help="Colour: auto is on for a terminal, off with NO_COLOR, on with FORCE_COLOR.")
@click.option("--output", "-o", type=click.Path(path_type=Path), help="Write the report to FILE instead of stdout.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default="error", show_default=True)
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when findings are reported.")
@click.option("--select", help="Rule code prefixes to run, comma-separated (e.g. C1,C3).")
@click.option("--ignore", help="Rule code prefixes to skip, comma-separated.")
@click.option("--baseline", "baseline_path", type=click.Path(path_type=Path), help="Ignore findings recorded in FILE.")
@click.option("--diff-base", help="Report only findings on claims or documents changed since this git ref.")
@click.option(
    "--min-confidence", type=click.FloatRange(0, 1),
    help="Report conflicts only from this confidence (0-1) on [setting min-confidence, 0.6; a draft's, 0.45].",
)
@click.option("--limit", type=int, help="Read only the first N documents of the corpus (claims seeded in memory).")
@config_option
@click.option("--verbose", is_flag=True, help="Show tracebacks.")
@_engine_options
def check(
    drafts: tuple[Path, ...], corpus: Path | None, claims_path: Path | None, fmt: str, statistics: bool, color: str,
    output: Path | None, fail_on: str, exit_zero: bool, select: str | None, ignore: str | None,
    baseline_path: Path | None, diff_base: str | None, min_confidence: float | None, limit: int | None, verbose: bool,
    engine: EngineOptions,
) -> None:
    """Report figures that disagree across the corpus, or between DRAFTS and the archive."""
    from checker.engine.choice import open_engine
    from checker.gate.gates import gated
    from checker.pipeline import check as run_check

    try:
        settings = with_rules(_load_settings(), select, ignore)
        if min_confidence is not None:
            settings = replace(settings, min_confidence=min_confidence, draft_min_confidence=min_confidence)
        request = _request(settings, corpus, claims_path, drafts, limit)
        with open_engine(settings, engine) as opened:
            report = run_check(request, settings, opened)
        report = gated(report, baseline_path, diff_base, claims_path or Path(settings.claims))
    except InputError as exc:
        fail(exc, verbose)
    _emit(report, "statistics" if statistics else fmt, output, color, verbose)
    if report.unseeded:  # figures checked from the corpus because the table lacks them
        from checker.engine.documents import display_path
        from checker.table.reseed import unseeded_note

        click.echo(visible(unseeded_note(report.claims, report.unseeded, display_path(request.claims or Path()))), err=True)
    sys.exit(exit_code(report, fail_on, exit_zero))


def _archive_report(corpus: Path | None, claims_path: Path | None, verbose: bool) -> Report:
    """The report of a whole check with the settings' engine; bad input exits 2."""
    from checker.engine.choice import EngineOptions, open_engine
    from checker.pipeline import check as run_check

    try:
        settings = _load_settings()
        with open_engine(settings, EngineOptions()) as engine:
            return run_check(_request(settings, corpus, claims_path), settings, engine)
    except InputError as exc:
        fail(exc, verbose)


@main.command()
@click.option("--corpus", type=click.Path(path_type=Path), help="Corpus folder or .jsonl[.gz] [seeds/].")
@click.option("--claims", "claims_path", type=click.Path(path_type=Path), help="Claim table [claims.csv].")
@click.option("--output", "-o", type=click.Path(path_type=Path), default=Path("checker-baseline.json"), show_default=True)
@config_option
@click.option("--verbose", is_flag=True, help="Show tracebacks.")
def baseline(corpus: Path | None, claims_path: Path | None, output: Path, verbose: bool) -> None:
    """Record the current findings, so that `check --baseline FILE` reports only new ones."""
    from checker.gate.baseline import render_baseline
    from checker.table.atomic import write_atomic

    report = _archive_report(corpus, claims_path, verbose)
    if exit_code(report, "error", False) == EXIT_BAD_INPUT:
        _emit(report, "full", None)
        sys.exit(EXIT_BAD_INPUT)
    try:
        write_atomic(output, render_baseline(report))
    except InputError as exc:
        fail(exc, verbose)
    click.echo(f"{output}: {len(report.findings)} known findings recorded", err=True)


def _emit(report: Report, fmt: str, output: Path | None, color: str = "auto", verbose: bool = False) -> None:
    if output is not None:
        from checker.table.atomic import write_atomic

        try:
            write_atomic(output, render(report, fmt, width=_width()))
        except InputError as exc:  # a folder, a read-only place
            fail(exc, verbose)
        click.echo(f"{output}: {len(report.findings)} findings ({fmt})", err=True)
        return
    click.echo(render(report, fmt, color=_color(sys.stdout, color), width=_width()), nl=False, color=True)


@main.command()
@click.option("--corpus", type=click.Path(path_type=Path), help="Corpus folder or .jsonl[.gz] [seeds/].")
@click.option("--claims", "claims_path", type=click.Path(path_type=Path), help="Claim table [claims.csv].")
@click.option("--output", "-o", type=click.Path(path_type=Path), default=Path("reports/report.html"), show_default=True)
@config_option
@click.option("--verbose", is_flag=True, help="Show tracebacks.")
def report(corpus: Path | None, claims_path: Path | None, output: Path, verbose: bool) -> None:
    """Write the HTML report for reviewers (a shortcut for check --format html --output)."""
    _emit(_archive_report(corpus, claims_path, verbose), "html", output, verbose=verbose)


@main.command()
def rules() -> None:
    """List every rule with its code, name, the severities it can report and summary."""
    for rule in ALL_RULES:
        severities = ", ".join(s.value for s in rule.severities)
        click.echo(f"{rule.code}  {rule.name:<24} {severities:<15} {rule.summary}")





@main.command()
@click.argument("code")
def explain(code: str) -> None:
    """Print a rule's documentation (CODE such as C101, or its name)."""
    rule = find_rule(code)
    if rule is None:
        click.echo(f"error: no rule {code!r}; `checker rules` lists them", err=True)
        sys.exit(EXIT_BAD_INPUT)
    click.echo(f"{rule.code} {rule.name} ({', '.join(s.value for s in rule.severities)})\n")
    click.echo(rule.doc.strip())
    if not rule.code.startswith(INPUT_FAMILY):
        click.echo(f"\n{ACCEPTING}")
