"""The Dask engine gives the local engine's results: the same findings, the same claims.csv bytes.

One local cluster of two worker processes serves the whole module (starting one takes
seconds). The tests that need Dask are skipped, saying why, where it is not installed
(`pip install "checker[dask]"`); the corpus slice is skipped where the 2017 archive is absent.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.config import Settings, settings_from_table
from checker.engine import Engine
from checker.engine.documents import load_corpus
from checker.errors import InputError
from checker.linking import link_claims
from checker.models import Report
from checker.pipeline import CheckRequest, build_corpus, check, link_blocks, seed_claims
from checker.reporters import render
from checker.seeding import seed

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
ARCHIVE = REPO.parent / "shared" / "corpus" / "baomoi-2017-20k.jsonl.gz"
SLICE = 500  # articles of the archive: links and findings of three rules, quick on two workers


@pytest.fixture(scope="module")
def dask() -> Iterator[Any]:
    """A DaskEngine on a local cluster of 2 single-threaded worker processes, for the module."""
    pytest.importorskip("distributed", reason='dask is not installed (pip install "checker[dask]")')
    from checker.engine.dask_engine import dask_engine

    with dask_engine(workers=2) as engine:
        yield engine


@pytest.fixture(scope="module")
def archive() -> Path:
    if not ARCHIVE.is_file():
        pytest.skip(f"the 2017 archive is not at {ARCHIVE}")
    return ARCHIVE


@pytest.fixture(scope="module")
def archive_report(archive: Path) -> Report:
    """The local engine's check of the archive slice, computed once for the module."""
    return check(CheckRequest(archive, None, limit=SLICE), Settings())


def assert_same_check(request: CheckRequest, engine: Engine, local: Report | None = None) -> None:
    local = local or check(request, Settings())
    remote = check(request, Settings(), engine)
    assert remote.findings == local.findings
    assert remote.links == local.links
    assert remote.claims == local.claims
    assert render(remote, "json") == render(local, "json")


def assert_same_table(corpus: Path, engine: Engine, tmp_path: Path, limit: int | None = None) -> None:
    local, remote = tmp_path / "local.csv", tmp_path / "dask.csv"
    seed(corpus, local, Settings(), limit)
    seed(corpus, remote, Settings(), limit, engine)
    assert remote.read_bytes() == local.read_bytes()


def test_blocks_link_like_the_whole() -> None:
    """Linking block by block (kind, unit, period), as the Dask engine does, loses and adds nothing."""
    claims = seed_claims(build_corpus(load_corpus(SEEDS), Settings()))
    assert link_blocks(claims, Settings()) == link_claims(claims, Settings())
    assert link_claims(claims, Settings())


def test_blocks_link_like_the_whole_on_the_archive(archive_report: Report) -> None:
    assert list(archive_report.links) == link_claims(list(archive_report.claims), Settings())
    assert archive_report.links


def test_seeds_same_findings_and_table(dask: Any, tmp_path: Path) -> None:
    assert_same_check(CheckRequest(SEEDS, None), dask)
    assert_same_check(CheckRequest(SEEDS, REPO / "claims.csv"), dask)
    assert_same_table(SEEDS, dask, tmp_path)


def test_archive_slice_same_findings_and_table(dask: Any, archive: Path, archive_report: Report, tmp_path: Path) -> None:
    assert archive_report.findings, "the slice should hold findings to compare"
    assert_same_check(CheckRequest(archive, None, limit=SLICE), dask, archive_report)
    assert_same_table(archive, dask, tmp_path, SLICE)


def test_cache_hits_never_reach_the_cluster(dask: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from checker.engine.dask_engine import DaskEngine

    sent: list[int] = []
    original = DaskEngine.map_documents

    def spy(self: Any, fn: Any, documents: list[Any], settings: Settings) -> Any:
        sent.append(len(documents))
        return original(self, fn, documents, settings)

    monkeypatch.setattr(DaskEngine, "map_documents", spy)
    cached = replace(dask, cache_dir=tmp_path / "cache")
    first = check(CheckRequest(SEEDS, None), Settings(), cached)
    second = check(CheckRequest(SEEDS, None), Settings(), cached)
    assert second.findings == first.findings == check(CheckRequest(SEEDS, None), Settings()).findings
    assert sent == [len(first.documents), 0]


def test_cli_against_a_scheduler_address(dask: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`--scheduler ADDRESS` connects to a running cluster (here the module's) instead of starting one."""
    monkeypatch.chdir(tmp_path)
    args = ["check", "--corpus", str(SEEDS), "--format", "json", "--no-cache"]
    local = CliRunner().invoke(main, args)
    remote = CliRunner().invoke(main, [*args, "--engine", "dask", "--scheduler", dask.client.scheduler.address])
    assert remote.exit_code == local.exit_code == 1, remote.output
    assert remote.stdout == local.stdout


def test_cli_without_dask_names_the_extra(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setitem(sys.modules, "distributed", None)  # `import distributed` now raises ImportError
    for command in (["check", "--corpus", str(SEEDS)], ["seed", str(SEEDS), "--claims", "claims.csv"]):
        result = CliRunner().invoke(main, [*command, "--engine", "dask"])
        assert result.exit_code == 2
        assert result.stderr == 'error: --engine dask: the Dask engine needs Dask: pip install "checker[dask]"\n'
        assert "Traceback" not in result.output
    assert not os.path.exists("claims.csv")


def test_scheduler_needs_the_dask_engine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["check", "--corpus", str(SEEDS), "--scheduler", "tcp://127.0.0.1:8786"])
    assert result.exit_code == 2
    assert "needs --engine dask" in result.stderr


def test_engine_setting_is_checked() -> None:
    assert settings_from_table({"engine": "dask", "scheduler": "tcp://10.0.0.5:8786"}).scheduler == "tcp://10.0.0.5:8786"
    with pytest.raises(InputError, match="engine: expected one of local, dask"):
        settings_from_table({"engine": "spark"})
