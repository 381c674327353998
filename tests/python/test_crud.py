"""The generated CRUD code (crud.py, crud_async.py, routers/) works with the real packages.

For the examples and every tests/data/crud case: the CLI writes the models with
``--with crud,router``; the CRUD files pass ruff and mypy --strict together with the
models; and crud_runner.py runs every generated function of every model (create, get,
list, update, delete) on SQLite and PostgreSQL, sync (pysqlite, psycopg) and async
(aiosqlite, asyncpg, relationships loaded eagerly), and drives the FastAPI routers
with TestClient. One subprocess per project, dialect and mode.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import MYPY_CONFIG, REPO, RUFF_CONFIG, python_tool, run

HERE = Path(__file__).resolve().parent
RUNNER = HERE / "crud_runner.py"

PROJECTS = [
    REPO / "examples" / "heroes.sqlmodel.json",
    REPO / "examples" / "shop.sqlmodel.json",
    *sorted(REPO.glob("tests/data/crud/*/project.sqlmodel.json")),
]


def _id(p: Path) -> str:
    if p.name == "project.sqlmodel.json":
        return "crud-" + p.parent.name
    return p.name.removesuffix(".sqlmodel.json")


def _options(p: Path) -> list[str]:
    f = p.parent / "options"
    return (
        f.read_text().split()
        if p.name == "project.sqlmodel.json" and f.exists()
        else []
    )


_CACHE: dict[Path, Path] = {}


@pytest.fixture(params=PROJECTS, ids=_id)
def out(
    request: pytest.FixtureRequest, cli: Path, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    project: Path = request.param
    if project not in _CACHE:
        target = tmp_path_factory.mktemp("crud-" + _id(project))
        cmd = [
            str(cli),
            "generate",
            str(project),
            "-o",
            str(target),
            *_options(project),
        ]
        # Routers need the multiple models; without them, CRUD alone.
        extras = "crud" if "--no-multiple-models" in cmd else "crud,router"
        r = run([*cmd, "--with", extras], timeout=60)
        assert r.returncode == 0, f"generate failed:\n{r.stdout}\n{r.stderr}"
        _CACHE[project] = target
    return _CACHE[project]


def crud_files(out: Path) -> list[str]:
    files = ["crud.py", "crud_async.py"]
    if (out / "routers").is_dir():
        files.append("routers")
    return files


def test_projects_found() -> None:
    assert len(PROJECTS) >= 5, PROJECTS


def test_files(out: Path) -> None:
    assert (out / "crud.py").is_file() and (out / "crud_async.py").is_file()
    multi = "--no-multiple-models" not in _options(
        next(p for p, o in _CACHE.items() if o == out)
    )
    if multi:
        assert (out / "routers" / "__init__.py").is_file()
        assert (out / "routers" / "deps.py").is_file()


def test_ruff(out: Path) -> None:
    # From the output folder, its project root: `models` and `crud` are first-party there.
    ruff = python_tool("ruff")
    files = crud_files(out)
    r = run(
        [ruff, "check", "--no-cache", "--config", str(RUFF_CONFIG), *files], cwd=out
    )
    assert r.returncode == 0, f"ruff check:\n{r.stdout}\n{r.stderr}"
    r = run(
        [ruff, "format", "--no-cache", "--config", str(RUFF_CONFIG), "--diff", *files],
        cwd=out,
    )
    assert r.returncode == 0, f"ruff format --check:\n{r.stdout}\n{r.stderr}"


def test_mypy_strict(out: Path, mypy_cache: Path) -> None:
    mypy = python_tool("mypy")
    targets = ["-m", "crud", "-m", "crud_async"]
    if (out / "routers").is_dir():
        targets += ["-p", "routers"]
    r = run(
        [
            mypy,
            "--config-file",
            str(MYPY_CONFIG),
            "--cache-dir",
            str(mypy_cache),
            "--no-error-summary",
            *targets,
        ],
        cwd=out,
    )
    assert r.returncode == 0, f"mypy --strict:\n{r.stdout}\n{r.stderr}"


def run_crud(out: Path, url: str, mode: str) -> dict[str, Any]:
    r = run(
        [sys.executable, str(RUNNER), "--out", str(out), "--url", url, "--mode", mode]
    )
    lines = [ln for ln in r.stdout.splitlines() if ln.startswith("{")]
    if r.returncode != 0 or not lines:
        pytest.fail(
            f"runner crashed:\n{r.stdout[-3000:]}\n{r.stderr[-3000:]}", pytrace=False
        )
    result: dict[str, Any] = json.loads(lines[-1])
    assert result["ok"], f"{mode} on {url}:\n{result['error']}"
    return result["checked"]


@pytest.mark.parametrize("mode", ["sync", "async", "routers"])
def test_sqlite(out: Path, tmp_path: Path, mode: str) -> None:
    if mode == "routers" and not (out / "routers").is_dir():
        # Without the multiple-models pattern there is no XCreate/XUpdate to validate request
        # bodies with, so the generator writes no routers: that is what must hold here.
        models = [p for p in out.rglob("*.py") if p.name != "crud.py" and "crud" not in p.name]
        assert not any("Create(" in p.read_text() for p in models), "routers missing"
        return
    driver = "sqlite+aiosqlite" if mode == "async" else "sqlite"
    checked = run_crud(out, f"{driver}:///{tmp_path / 'db.sqlite'}", mode)
    if mode == "routers":
        assert checked.get("POST") and checked.get("DELETE") and checked.get("GET 404")
    else:
        assert checked.get("create") == checked.get("get") == checked.get("delete"), (
            checked
        )
        assert checked.get("list"), checked


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_postgresql(out: Path, pg: Any, mode: str) -> None:
    url: str = pg()
    if mode == "async":
        # asyncpg takes the socket folder as `host` too
        url = url.replace("postgresql+psycopg://", "postgresql+asyncpg://")
    checked = run_crud(out, url, mode)
    assert checked.get("create") == checked.get("get") == checked.get("delete"), checked
