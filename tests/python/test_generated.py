"""The generated SQLModel code works with the real packages.

For every example project and every golden generator case, in both layouts and with
the multiple-models pattern on and off: the CLI writes deterministic code that passes
ruff and mypy --strict, imports, configures its mappers, creates exactly the designed
schema on SQLite and PostgreSQL, and its relationships round-trip through a session.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path
from typing import Any

import pytest

import expected_schema as es

from conftest import (
    MYPY_CONFIG,
    REPO,
    RUFF_CONFIG,
    format_failure,
    python_tool,
    run,
    run_check,
)

PROJECTS = (
    sorted(REPO.glob("examples/*.sqlmodel.json"))
    + sorted(REPO.glob("tests/data/generator/*/project.sqlmodel.json"))
    # regression projects of this suite (shapes found by test_hostile.py)
    + sorted((Path(__file__).parent / "projects").glob("*.sqlmodel.json"))
)


def _project_id(p: Path) -> str:
    if p.name == "project.sqlmodel.json":
        return "golden-" + p.parent.name
    return p.name.removesuffix(".sqlmodel.json")


VARIANTS = [
    ("module", True),
    ("module", False),
    ("package", True),
    ("package", False),
]

CASES = [
    pytest.param(
        (p, layout, mm), id=f"{_project_id(p)}-{layout}-{'mm' if mm else 'single'}"
    )
    for p in PROJECTS
    for layout, mm in VARIANTS
]


class Generated:
    def __init__(
        self, project: Path, out: Path, layout: str, mm: bool, result: Any
    ) -> None:
        self.project = project
        self.out = out
        self.layout = layout
        self.mm = mm
        self.result = result

    @property
    def files(self) -> list[Path]:
        return sorted(p for p in self.out.rglob("*.py"))

    def require_ok(self) -> None:
        if self.result.returncode != 0:
            pytest.fail(
                f"generate failed (exit {self.result.returncode}):\n"
                f"{self.result.stderr}",
                pytrace=False,
            )


_CACHE: dict[tuple[str, str, bool], Generated] = {}


def generate(
    cli: Path, project: Path, layout: str, mm: bool, tmp_factory: pytest.TempPathFactory
) -> Generated:
    key = (str(project), layout, mm)
    if key not in _CACHE:
        out = tmp_factory.mktemp(f"gen-{_project_id(project)}-{layout}-{int(mm)}")
        cmd = [str(cli), "generate", str(project), "-o", str(out), "--layout", layout]
        if not mm:
            cmd.append("--no-multiple-models")
        _CACHE[key] = Generated(project, out, layout, mm, run(cmd, timeout=60))
    return _CACHE[key]


@pytest.fixture
def gen(
    request: pytest.FixtureRequest, cli: Path, tmp_path_factory: pytest.TempPathFactory
) -> Generated:
    project, layout, mm = request.param
    g = generate(cli, project, layout, mm, tmp_path_factory)
    g.require_ok()
    return g


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "gen" in metafunc.fixturenames:
        metafunc.parametrize("gen", CASES, indirect=True)


def test_projects_found() -> None:
    assert any(p.parent.name == "examples" for p in PROJECTS), (
        "no examples/*.sqlmodel.json"
    )


# ---------------------------------------------------------------------------


def test_cli_writes_the_layout(gen: Generated, tmp_path: Path, cli: Path) -> None:
    listed = [ln.strip() for ln in gen.result.stdout.splitlines() if ln.strip()]
    for line in listed:
        assert Path(line).is_file(), f"the CLI listed {line!r}, which does not exist"
    files = gen.files
    assert files, "no Python file was written"
    if gen.layout == "module":
        assert [f.relative_to(gen.out).as_posix() for f in files] == ["models.py"]
    else:
        init = gen.out / "models" / "__init__.py"
        assert init.is_file(), "package layout without models/__init__.py"
        assert all(f.parent == gen.out / "models" for f in files), [
            str(f) for f in files
        ]
        tree = ast.parse(init.read_text(encoding="utf-8"))
        imported: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                if node.module:
                    imported.add(node.module.split(".")[0])
                else:
                    imported.update(a.name for a in node.names)
        modules = {f.stem for f in files if f.name != "__init__.py"}
        missing = modules - imported
        assert not missing, f"models/__init__.py does not import {sorted(missing)}"
    for f in files:
        ast.parse(f.read_text(encoding="utf-8"), filename=str(f))

    # Deterministic: a second run writes the same bytes.
    again = tmp_path / "again"
    cmd = [
        str(cli),
        "generate",
        str(gen.project),
        "-o",
        str(again),
        "--layout",
        gen.layout,
    ]
    if not gen.mm:
        cmd.append("--no-multiple-models")
    r = run(cmd, timeout=60)
    assert r.returncode == 0, r.stderr
    for f in files:
        rel = f.relative_to(gen.out)
        assert (again / rel).read_bytes() == f.read_bytes(), (
            f"{rel} differs between two runs"
        )


def test_class_per_table(gen: Generated) -> None:
    """Every table gets a table=True class, and with multiple models its family."""
    project = json.loads(gen.project.read_text(encoding="utf-8"))
    text = "\n".join(f.read_text(encoding="utf-8") for f in gen.files)
    tree = ast.parse(text)
    table_classes: list[str] = []
    tablename: dict[str, str] = {}
    all_classes = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            all_classes.add(node.name)
            if any(k.arg == "table" for k in node.keywords):
                table_classes.append(node.name)
                for stmt in node.body:
                    if (
                        isinstance(stmt, ast.Assign)
                        and any(
                            isinstance(t, ast.Name) and t.id == "__tablename__"
                            for t in stmt.targets
                        )
                        and isinstance(stmt.value, ast.Constant)
                    ):
                        tablename[node.name] = str(stmt.value.value)
    keyed = [t for t in project.get("tables", []) if es.primary_key(t)]
    assert len(table_classes) == len(keyed), table_classes
    assert len(set(table_classes)) == len(table_classes), f"duplicate {table_classes}"
    for t in project.get("tables", []):
        if t.get("className"):
            assert t["className"] in table_classes, f"class {t['className']!r} missing"
    if gen.mm:
        by_name = {t["name"]: t for t in project.get("tables", [])}
        for cls in table_classes:
            suffixes = ["Create", "Public"]
            t = by_name.get(tablename.get(cls, ""))
            # XUpdate holds the non-key columns; a pure link table has none.
            if t is None or any(not c.get("primaryKey") for c in t["columns"]):
                suffixes.append("Update")
            for suffix in suffixes:
                assert any(
                    c.startswith(cls) and c.endswith(suffix) for c in all_classes
                ), f"multiple models: no {cls}{suffix}"
    else:
        assert not any(
            c.endswith(("Create", "Update")) for c in all_classes - set(table_classes)
        )


def test_ruff(gen: Generated) -> None:
    ruff = python_tool("ruff")
    r = run([ruff, "check", "--no-cache", "--config", str(RUFF_CONFIG), str(gen.out)])
    assert r.returncode == 0, f"ruff check:\n{r.stdout}\n{r.stderr}"
    r = run(
        [
            ruff,
            "format",
            "--no-cache",
            "--config",
            str(RUFF_CONFIG),
            "--diff",
            str(gen.out),
        ]
    )
    assert r.returncode == 0, f"ruff format --check:\n{r.stdout}\n{r.stderr}"


def test_mypy_strict(gen: Generated, mypy_cache: Path) -> None:
    mypy = python_tool("mypy")
    target = ["models.py"] if gen.layout == "module" else ["-p", "models"]
    r = run(
        [
            mypy,
            "--config-file",
            str(MYPY_CONFIG),
            "--cache-dir",
            str(mypy_cache),
            "--no-error-summary",
            *target,
        ],
        cwd=gen.out,
    )
    assert r.returncode == 0, f"mypy --strict:\n{r.stdout}\n{r.stderr}"


def test_sqlite(gen: Generated, tmp_path: Path) -> None:
    result = run_check(
        gen.out, gen.project, "sqlite", f"sqlite:///{tmp_path / 'db.sqlite'}"
    )
    problems = format_failure(result)
    assert result["stage"] == "done" and not problems, problems


def test_postgresql(gen: Generated, pg: Any) -> None:
    result = run_check(gen.out, gen.project, "postgresql", pg())
    problems = format_failure(result)
    assert result["stage"] == "done" and not problems, problems
