"""The command line: parse options, load settings, call the pipeline, pick a reporter, exit."""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import click

from checker import __version__, compiled
from checker.config import ENGINES, Settings, load_settings
from checker.errors import InputError
from checker.models import Report, Severity
from checker.reporters import ALIASES, FORMATS, render
from checker.rules import ALL_RULES, find_rule

# The pipeline, the engines, the gate and rich are imported by the commands that use them, so
# that `checker --help`, `rules` and `explain` start in a tenth of a second (they took about 1 s).
if TYPE_CHECKING:
    from rich.progress import Progress

    from checker.engine import Engine

EXIT_OK, EXIT_FINDINGS, EXIT_BAD_INPUT = 0, 1, 2


def fail(exc: InputError, verbose: bool) -> None:
    """Bad input: one line naming file, line and column on stderr, exit 2."""
    if verbose:
        raise exc
    where = exc.path if exc.line <= 0 else f"{exc.path}:{exc.line}:{exc.column}"
    click.echo(f"error: {where}: {exc.message}", err=True)
    sys.exit(EXIT_BAD_INPUT)


def exit_code(report: Report, fail_on: str, exit_zero: bool) -> int:
    if any(f.rule.startswith("C9") for f in report.findings):
        return EXIT_BAD_INPUT
    if exit_zero:
        return EXIT_OK
    threshold = Severity(fail_on).rank
    return EXIT_FINDINGS if any(f.severity.rank >= threshold for f in report.findings) else EXIT_OK


@contextlib.contextmanager
def _engine(
    settings: Settings, workers: int | None, no_cache: bool, progress: Progress | None,
    engine: str | None = None, scheduler: str | None = None,
) -> Iterator[Engine]:
    """The engine the options ask for; a Dask cluster it starts is closed on the way out."""
    name = engine or settings.engine
    if scheduler and name != "dask":
        raise InputError("--scheduler", 0, 0, "a scheduler address needs --engine dask")
    count = workers if workers is not None else (settings.workers or os.cpu_count() or 1)
    cache = None if no_cache or not settings.cache_dir else Path(settings.cache_dir)
    report = _reporter(progress)
    from checker.engine import Engine

    if name == "dask":
        from checker.engine.dask_engine import dask_engine

        with dask_engine(scheduler or settings.scheduler, max(1, count), cache, report) as dask:
            yield dask
        return
    yield Engine(max(1, count), cache, report)


def _reporter(progress: Progress | None) -> Callable[[int, int], None] | None:
    """The engine's progress callback: a task of the progress bar."""
    if progress is None:
        return None
    task = progress.add_task("documents", total=None)

    def report(done: int, total: int) -> None:
        progress.update(task, completed=done, total=total)

    return report


def _progress() -> Progress | None:
    """A progress bar on stderr, only when stderr is a terminal."""
    if not sys.stderr.isatty():
        return None
    # rich.progress is imported here, not at the top: commands that show no progress start faster.
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.speed} doc/s"),
        TimeElapsedColumn(), console=Console(stderr=True), transient=True,
    )


def _nothing() -> contextlib.nullcontext[None]:
    return contextlib.nullcontext()


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
@click.option("--workers", type=int, help="Processes for reading documents [one per core].")
@click.option("--no-cache", is_flag=True, help="Do not read or write .checker-cache/.")
@click.option("--engine", "engine_name", type=click.Choice(ENGINES), help="Where the stages run [local].")
@click.option("--scheduler", help="Dask scheduler address (tcp://host:8786) [a local cluster].")
@config_option
@click.option("--verbose", is_flag=True, help="Show tracebacks.")
def seed(
    corpus: Path | None, claims_path: Path | None, limit: int | None, workers: int | None, no_cache: bool,
    engine_name: str | None, scheduler: str | None, verbose: bool,
) -> None:
    """Seed the claim table from CORPUS (a folder of .txt/.md or a .jsonl[.gz]) [seeds/]."""
    from checker.pipeline import seed as run_seed

    try:
        settings = _load_settings()
        target = claims_path or Path(settings.claims)
        with _progress() or _nothing() as progress, _engine(
            settings, workers, no_cache, progress, engine_name, scheduler
        ) as engine:
            result = run_seed(corpus or Path(settings.corpus), target, settings, limit, engine)
    except InputError as exc:
        fail(exc, verbose)
        return
    click.echo(
        f"{target}: {result.claims} claims from {result.documents} documents, {result.sentences} sentences "
        f"({result.added} new, {result.kept} kept, {result.stale} stale)",
        err=True,
    )


def _load_settings() -> Settings:
    """The settings of `--config FILE`, else of the nearest config file upward; rule codes in them checked."""
    config = click.get_current_context().meta.get("checker.config")
    return load_settings(Path("."), config, codes={r.code for r in ALL_RULES})


def _prefixes(option: str, text: str) -> tuple[str, ...]:
    """`--select C1,C3` as prefixes; one that starts no rule code is a usage error, not an empty run."""
    prefixes = tuple(s.strip().upper() for s in text.split(",") if s.strip())
    for prefix in prefixes:
        if not any(r.code.startswith(prefix) for r in ALL_RULES):
            raise InputError(option, 0, 0, f"{prefix!r} is the prefix of no rule code (`checker rules` lists them)")
    return prefixes


def _settings(select: str | None, ignore: str | None) -> Settings:
    settings = _load_settings()
    if select:
        settings = replace(settings, select=_prefixes("--select", select))
    if ignore:
        settings = replace(settings, ignore=_prefixes("--ignore", ignore))
    return settings


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
@click.option("--limit", type=int, help="Read only the first N documents of the corpus.")
@click.option("--workers", type=int, help="Processes for reading documents [one per core].")
@click.option("--no-cache", is_flag=True, help="Do not read or write .checker-cache/.")
@click.option("--engine", "engine_name", type=click.Choice(ENGINES), help="Where the stages run [local].")
@click.option("--scheduler", help="Dask scheduler address (tcp://host:8786) [a local cluster].")
@config_option
@click.option("--verbose", is_flag=True, help="Show tracebacks.")
def check(
    drafts: tuple[Path, ...], corpus: Path | None, claims_path: Path | None, fmt: str, statistics: bool, color: str,
    output: Path | None,
    fail_on: str, exit_zero: bool, select: str | None, ignore: str | None, baseline_path: Path | None,
    diff_base: str | None, limit: int | None, workers: int | None, no_cache: bool, engine_name: str | None,
    scheduler: str | None, verbose: bool,
) -> None:
    """Report figures that disagree across the corpus, or between DRAFTS and the archive."""
    from checker.gate.baseline import read_baseline, without_known
    from checker.gate.gitdiff import changes_since, involving_changes

    try:
        settings = _settings(select, ignore)
        with _progress() or _nothing() as progress, _engine(
            settings, workers, no_cache, progress, engine_name, scheduler
        ) as engine:
            report = _run(settings, corpus, claims_path, drafts, limit, engine)
        if baseline_path is not None:
            report = replace(report, findings=without_known(report.findings, read_baseline(baseline_path)))
        if diff_base is not None:
            changes = changes_since(diff_base, claims_path or Path(settings.claims), list(report.claims))
            report = replace(report, findings=involving_changes(report, changes))
    except InputError as exc:
        fail(exc, verbose)
        return
    if statistics:
        from checker.reporters.summary import statistics as render_statistics

        click.echo(render_statistics(report), nl=False)
    else:
        _emit(report, fmt, output, color)
    sys.exit(exit_code(report, fail_on, exit_zero))


def _run(
    settings: Settings, corpus: Path | None, claims_path: Path | None, drafts: tuple[Path, ...], limit: int | None,
    engine: Engine | None = None,
) -> Report:
    """The default claim table is used when it exists and no other corpus was named."""
    from checker.pipeline import CheckRequest
    from checker.pipeline import check as run_check

    if claims_path is None and corpus is None and Path(settings.claims).exists():
        claims_path = Path(settings.claims)
    request = CheckRequest(corpus or Path(settings.corpus), claims_path, tuple(drafts), limit)
    if engine is not None:
        return run_check(request, settings, engine)
    with _engine(settings, None, False, None) as default:
        return run_check(request, settings, default)


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

    try:
        report = _run(_load_settings(), corpus, claims_path, (), None)
    except InputError as exc:
        fail(exc, verbose)
        return
    if exit_code(report, "error", False) == EXIT_BAD_INPUT:
        _emit(report, "full", None)
        sys.exit(EXIT_BAD_INPUT)
    write_atomic(output, render_baseline(report))
    click.echo(f"{output}: {len(report.findings)} known findings recorded", err=True)


def _emit(report: Report, fmt: str, output: Path | None, color: str = "auto") -> None:
    if output is not None:
        from checker.table.atomic import write_atomic

        write_atomic(output, render(report, fmt, width=_width()))
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
    try:
        result = _run(_load_settings(), corpus, claims_path, (), None)
    except InputError as exc:
        fail(exc, verbose)
        return
    _emit(result, "html", output)


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
