"""Config files: `--config FILE`, the nearest one upward, errors naming the line; the cache's .gitignore."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from checker.cli import main
from checker.config import key_position, load_settings
from checker.errors import InputError

CONFLICT = {
    "a.txt": "Năm 2025, nhà đầu tư Hàn Quốc đã đăng ký hơn 330 dự án đầu tư mới.\n",
    "b.txt": "Năm 2025, nhà đầu tư Hàn Quốc đăng ký 350 dự án đầu tư mới tại các tỉnh phía Bắc.\n",
}


pytestmark = pytest.mark.usefixtures("workdir")  # each test in an empty folder of its own (conftest.py)


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def write(path: str, text: str) -> Path:
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return target


def corpus(folder: str = "corpus") -> None:
    for name, text in CONFLICT.items():
        write(f"{folder}/{name}", text)


def test_the_nearest_config_upward_is_read_and_its_paths_are_its_own() -> None:
    corpus("project/articles")
    write("project/pyproject.toml", '[project]\nname = "x"\n\n[tool.checker]\ncorpus = "articles"\nselect = ["C2"]\n')
    os.chdir(write("project/sub/deeper/.keep", "").parent)
    assert load_settings().corpus == "../../articles"
    result = run("check", "--format", "concise")
    assert result.exit_code == 0, result.output  # select C2: the C101 conflict is not reported
    assert "No findings in 2 documents" in result.stdout


def test_a_pyproject_without_the_table_does_not_stop_the_search() -> None:
    write("checker.toml", 'select = ["C3"]\n')
    write("sub/pyproject.toml", '[project]\nname = "x"\n')
    os.chdir("sub")
    assert load_settings().select == ("C3",)


def test_config_option_wins_over_the_nearest_file() -> None:
    corpus()
    write("checker.toml", 'corpus = "corpus"\nselect = ["C2"]\n')
    write("other.toml", 'corpus = "corpus"\n')
    assert " C101 [" not in run("check", "--format", "concise").stdout  # select C2
    result = run("check", "--config", "other.toml", "--format", "concise")
    assert " C101 [" in result.stdout, result.output


def test_a_missing_config_file_is_a_usage_error() -> None:
    result = run("check", "--config", "nope.toml")
    assert result.exit_code == 2
    assert "nope.toml: no such config file" in result.stderr


@pytest.mark.parametrize(
    ("text", "where", "message"),
    [
        ('[tool.checker]\nselect = ["C"]\nseverity = { C1O1 = "warning" }\n', "pyproject.toml:3:14", "unknown rule code 'C1O1'"),
        ('[tool.checker]\n[tool.checker.severity]\nC9X = "info"\n', "pyproject.toml:3:1", "unknown rule code 'C9X'"),
        ('[tool.checker]\nlink-treshold = 70\n', "pyproject.toml:2:1", "did you mean 'link-threshold'?"),
        ('[tool.checker]\nignore = ["C7"]\n', "pyproject.toml:2:1", "ignore: unknown rule selector 'C7'"),
        ('[tool.checker]\nseverity = { C101 = "fatal" }\n', "pyproject.toml:2:14", "'fatal' is not error, warning or info"),
        ('[tool.checker]\nworkers = "two"\n', "pyproject.toml:2:1", "workers: expected a number"),
        # A confidence is 0-1 in a file as on the command line; no number setting is negative or infinite.
        ('[tool.checker]\nmin-confidence = 1.5\n', "pyproject.toml:2:1", "min-confidence: expected a number from 0 to 1"),
        ('[tool.checker]\nmax-value-ratio = -3\n', "pyproject.toml:2:1", "max-value-ratio: expected a finite number"),
        ('[tool.checker]\nstory-days = inf\n', "pyproject.toml:2:1", "story-days: expected a finite number"),
        ('[tool.checker]\nworkers = \n', "pyproject.toml:2:", "invalid TOML"),
    ],
)
def test_config_errors_name_the_line(text: str, where: str, message: str) -> None:
    write("pyproject.toml", text)
    result = run("check")
    assert result.exit_code == 2
    assert f"error: {where}" in result.stderr and message in result.stderr, result.stderr
    assert "Traceback" not in result.output


def test_unknown_prefixes_on_the_command_line_are_usage_errors() -> None:
    result = run("check", "--select", "C1,X9")
    assert result.exit_code == 2
    assert "--select: unknown rule selector 'X9'" in result.stderr


def test_key_position_finds_quoted_and_nested_keys() -> None:
    text = '[tool.other]\nseverity = 1\n[tool.checker]\n"cache-dir" = ""\nseverity = { C101 = "info" }\n'
    assert key_position(text, ("tool", "checker"), ("cache-dir",)) == (4, 1)
    assert key_position(text, ("tool", "checker"), ("severity",)) == (5, 1)
    assert key_position(text, ("tool", "checker"), ("severity", "C101")) == (5, 14)
    assert key_position(text, ("tool", "checker"), ("missing",)) == (3, 1)


def test_settings_from_a_file_error_is_an_input_error() -> None:
    write("checker.toml", "engine = 'spark'\n")
    with pytest.raises(InputError, match="engine: expected one of local, dask"):
        load_settings()


def test_the_cache_folder_ignores_itself_in_git() -> None:
    corpus()
    assert run("check", "--corpus", "corpus").exit_code in (0, 1)
    ignore = Path(".checker-cache/.gitignore")
    assert ignore.read_text(encoding="utf-8").splitlines()[-1] == "*"
    ignore.write_text("# mine\n", encoding="utf-8")
    run("check", "--corpus", "corpus")
    assert ignore.read_text(encoding="utf-8") == "# mine\n"  # an existing one is left alone
