"""The generated query cookbook (queries.py, queries_async.py) works with the real packages.

For each example design: the CLI writes the models with ``--with crud,queries``; the query
modules pass ruff and mypy --strict together with the models; and query_runner.py fills
every table with generated rows and checks every generated query against a reference
computed by hand from the raw rows, on SQLite and PostgreSQL, sync (pysqlite, psycopg) and
async (aiosqlite, asyncpg). With an engine listener it counts statements: the eager
variants run as many for 5 rows as for 60, the lazy reference runs more, and touching what
the eager variants loaded runs none (async: no lazy load at all). The bulk insert of
10,000 rows commits once. One subprocess per project, dialect and mode.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import MYPY_CONFIG, REPO, RUFF_CONFIG, python_tool, run

HERE = Path(__file__).resolve().parent
RUNNER = HERE / "query_runner.py"
BULK_ROWS = 10_000

PROJECTS = [
    REPO / "examples" / "heroes.sqlmodel.json",
    REPO / "examples" / "shop.sqlmodel.json",
    # heroes with the link's primary key declared (hero_id, team_id): the keyset order
    REPO / "tests" / "data" / "queries" / "key_order" / "project.sqlmodel.json",
]
# Rows per table: a few thousand in all (3 tables, 17 tables, 3 tables).
ROWS = {"heroes": 1000, "shop": 400, "queries-key_order": 300}
GOLDEN = sorted(
    p for p in (REPO / "tests" / "data" / "queries").iterdir() if p.is_dir()
)
FILES = ["queries.py", "queries_async.py"]

_CACHE: dict[Path, Path] = {}


def _id(p: Path) -> str:
    if p.name == "project.sqlmodel.json":
        return "queries-" + p.parent.name
    return p.name.removesuffix(".sqlmodel.json")


@pytest.fixture(params=PROJECTS, ids=_id)
def out(
    request: pytest.FixtureRequest, cli: Path, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    project: Path = request.param
    if project not in _CACHE:
        target = tmp_path_factory.mktemp("queries-" + _id(project))
        r = run(
            [str(cli), "generate", str(project), "-o", str(target)]
            + ["--with", "crud,queries"],
            timeout=60,
        )
        assert r.returncode == 0, f"generate failed:\n{r.stdout}\n{r.stderr}"
        _CACHE[project] = target
    return _CACHE[project]


def lint(folder: Path, mypy_cache: Path) -> None:
    """ruff check, ruff format --check and mypy --strict on the two query modules."""
    ruff = python_tool("ruff")
    r = run(
        [ruff, "check", "--no-cache", "--config", str(RUFF_CONFIG), *FILES],
        cwd=folder,
    )
    assert r.returncode == 0, f"ruff check:\n{r.stdout}\n{r.stderr}"
    r = run(
        [ruff, "format", "--no-cache", "--config", str(RUFF_CONFIG), "--diff", *FILES],
        cwd=folder,
    )
    assert r.returncode == 0, f"ruff format --check:\n{r.stdout}\n{r.stderr}"
    mypy = python_tool("mypy")
    r = run(
        [mypy, "--config-file", str(MYPY_CONFIG), "--cache-dir", str(mypy_cache)]
        + ["--no-error-summary", "-m", "queries", "-m", "queries_async"],
        cwd=folder,
    )
    assert r.returncode == 0, f"mypy --strict:\n{r.stdout}\n{r.stderr}"


@pytest.mark.parametrize("case", GOLDEN, ids=lambda p: p.name)
def test_golden_output_lints(
    case: Path, cli: Path, tmp_path: Path, mypy_cache: Path
) -> None:
    """The golden files of tst_querygenerator pass ruff and mypy beside their models."""
    options = (
        (case / "options").read_text().split() if (case / "options").exists() else []
    )
    if "--table" in options:  # a generator option, not a CLI one: the models are whole
        i = options.index("--table")
        del options[i : i + 2]
    r = run(
        [str(cli), "generate", str(case / "project.sqlmodel.json"), "-o", str(tmp_path)]
        + options,
        timeout=60,
    )
    assert r.returncode == 0, r.stderr
    for f in FILES:
        shutil.copy(case / "expected" / f, tmp_path / f)
    lint(tmp_path, mypy_cache)


def test_files(out: Path) -> None:
    for f in ["models.py", "crud.py", "crud_async.py", *FILES]:
        assert (out / f).is_file(), f


def test_ruff_and_mypy_strict(out: Path, mypy_cache: Path) -> None:
    lint(out, mypy_cache)


def run_queries(out: Path, url: str, mode: str) -> dict[str, Any]:
    project = next(p for p, o in _CACHE.items() if o == out)
    r = run(
        [sys.executable, str(RUNNER), "--out", str(out), "--url", url]
        + ["--mode", mode, "--bulk", str(BULK_ROWS)]
        + ["--rows", str(ROWS[_id(project)])]
    )
    lines = [ln for ln in r.stdout.splitlines() if ln.startswith("{")]
    if r.returncode != 0 or not lines:
        pytest.fail(
            f"runner crashed:\n{r.stdout[-3000:]}\n{r.stderr[-3000:]}", pytrace=False
        )
    result: dict[str, Any] = json.loads(lines[-1])
    assert result["ok"], f"{mode} on {url}:\n{result['error']}"
    return result


def assert_proven(result: dict[str, Any], mode: str, out: Path) -> None:
    checked = result["checked"]
    # Every kind of generated query ran and matched its reference.
    for kind in (
        "insert",
        "add_all",
        "join",
        "eager constant",
        "get loaded",
        "filter",
        "count",
        "projection",
        "exists",
        "offset page",
        "keyset",
        "bulk update",
        "bulk delete",
    ):
        assert checked.get(kind), (kind, checked)
    if mode == "sync":
        assert checked.get("lazy grows"), checked
    # Every lookup (indexed or not, lint SMS124) and every newest-first listing was checked.
    source = (out / ("queries_async.py" if mode == "async" else "queries.py")).read_text()
    lookups = re.findall(r"^(?:async )?def (?:find|get)_\w+_by_\w+\(", source, re.M)
    assert checked.get("filter", 0) == len(lookups), (len(lookups), checked)
    latest = re.findall(r"^(?:async )?def latest_\w+_by_\w+\(", source, re.M)
    assert checked.get("latest", 0) == len(latest), (len(latest), checked)
    bulk = result["bulk"]
    assert bulk["rows"] == BULK_ROWS
    assert bulk["commits"] == 1, bulk


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_sqlite(out: Path, tmp_path: Path, mode: str) -> None:
    driver = "sqlite+aiosqlite" if mode == "async" else "sqlite"
    result = run_queries(out, f"{driver}:///{tmp_path / 'db.sqlite'}", mode)
    assert_proven(result, mode, out)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_postgresql(out: Path, pg: Any, mode: str) -> None:
    url: str = pg()
    if mode == "async":
        url = url.replace("postgresql+psycopg://", "postgresql+asyncpg://")
    result = run_queries(out, url, mode)
    assert_proven(result, mode, out)
