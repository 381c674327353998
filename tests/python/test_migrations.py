"""Alembic migrations from the design history (``migrate`` and ``generate --with alembic``).

A scripted history of five design steps (migration_history.py) is migrated step by step on
SQLite and on PostgreSQL: rows inserted at each step survive the next upgrade (a renamed
column keeps its data), ``alembic check`` finds nothing to do against the models generated
for the same step, and finally the whole chain goes down to base and up again.  The
revision files pass ruff check and ruff format --check.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from conftest import RUFF_CONFIG, python_tool, run
from migration_history import STEPS

FORMAT = {"format": "sqlmodel-studio-project", "version": 1, "name": "migrations"}


def write_design(project: Path, design: dict[str, Any]) -> None:
    """The design as the designer would save it, keeping the migration checkpoint."""
    data: dict[str, Any] = dict(FORMAT)
    data["enums"] = design["enums"]
    data["tables"] = design["tables"]
    if project.exists():
        old = json.loads(project.read_text())
        if "migrations" in old:
            data["migrations"] = old["migrations"]
    project.write_text(json.dumps(data, indent=2) + "\n")


def alembic(work: Path, url: str, *args: str) -> str:
    env = dict(os.environ, SQLALCHEMY_URL=url, PYTHONDONTWRITEBYTECODE="1")
    env.pop("PYTHONPATH", None)
    r = subprocess.run(
        [sys.executable, "-m", "alembic", "-c", str(work / "alembic.ini"), *args],
        cwd=work,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert r.returncode == 0, f"alembic {' '.join(args)}:\n{r.stdout}\n{r.stderr}"
    return r.stdout + r.stderr


def rows(url: str, sql: str) -> list[tuple[Any, ...]]:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(sa.text(sql))]
    finally:
        engine.dispose()


def execute(url: str, *statements: str) -> None:
    engine = sa.create_engine(url)
    try:
        with engine.begin() as conn:
            for s in statements:
                conn.execute(sa.text(s))
    finally:
        engine.dispose()


# After the upgrade to step N: check what earlier steps left, then add rows of our own.


def after1(url: str) -> None:
    execute(
        url,
        "INSERT INTO team (name) VALUES ('red')",
        "INSERT INTO hero (name, secret_name, age, team_id, mood) "
        "VALUES ('Deadpond', 'Dive', 30, 1, 'happy')",
    )


def after2(url: str) -> None:
    # renamed column keeps its data; the NOT NULL column was filled with the Python default
    assert rows(url, "SELECT name, alias, age, power, mood FROM hero") == [
        ("Deadpond", "Dive", 30, "none", "happy")
    ]
    execute(
        url,
        "INSERT INTO hero (name, alias, age, team_id, mood, power) "
        "VALUES ('Rusty', 'Tin', 40, 1, 'angry', 'steel')",
    )


def after3(url: str) -> None:
    assert [(n, bool(a)) for n, a in rows(url, "SELECT name, active FROM squad")] == [
        ("red", True)
    ]
    assert rows(url, "SELECT name, alias, age, team_id FROM hero ORDER BY id") == [
        ("Deadpond", "Dive", 30, 1),
        ("Rusty", "Tin", 40, 1),
    ]
    execute(
        url,
        "INSERT INTO mission (title, squad_id) VALUES ('save', 1)",
        "INSERT INTO hero (name, power, mood) VALUES ('Spider', 'web', 'happy')",
    )


def after4(url: str) -> None:
    assert rows(url, "SELECT name, alias, power, mood FROM hero ORDER BY id") == [
        ("Deadpond", "Dive", "none", "happy"),
        ("Rusty", "Tin", "steel", "angry"),
        ("Spider", None, "web", "happy"),
    ]
    execute(url, "INSERT INTO squad (name) VALUES ('blue')")
    assert [
        (n, bool(a)) for n, a in rows(url, "SELECT name, active FROM squad ORDER BY id")
    ] == [("red", True), ("blue", False)]


def after5(url: str) -> None:
    assert rows(url, "SELECT name, alias, power, team_id FROM hero ORDER BY id") == [
        ("Deadpond", "Dive", "none", 1),
        ("Rusty", "Tin", "steel", 1),
        ("Spider", None, "web", None),
    ]
    execute(url, "INSERT INTO tag (label, hero_id) VALUES ('fast', 1)")
    assert rows(url, "SELECT label, hero_id FROM tag") == [("fast", 1)]


AFTER: list[Callable[[str], None]] = [after1, after2, after3, after4, after5]


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'db.sqlite'}"
    pg = request.getfixturevalue("pg")
    url: str = pg()
    return url


def test_history(cli: Path, database: str, tmp_path: Path) -> None:
    work = tmp_path / "work"
    project = tmp_path / "design.sqlmodel.json"
    revisions: list[Path] = []
    for (message, design), after in zip(STEPS, AFTER, strict=True):
        write_design(project, design())
        r = run(
            [str(cli), "generate", str(project), "-o", str(work), "--with", "alembic"]
        )
        assert r.returncode == 0, r.stderr
        r = run(
            [
                str(cli),
                "migrate",
                str(project),
                "-m",
                message,
                "-o",
                str(work / "alembic"),
            ]
        )
        assert r.returncode == 0, r.stderr
        revision = Path(r.stdout.strip())
        assert revision.parent == work / "alembic" / "versions"
        assert revision.is_file()
        revisions.append(revision)

        alembic(work, database, "upgrade", "head")
        after(database)
        alembic(work, database, "check")

        # nothing left to migrate: exit 1 with a message, the project untouched
        before = project.read_bytes()
        r = run(
            [
                str(cli),
                "migrate",
                str(project),
                "-m",
                "again",
                "-o",
                str(work / "alembic"),
            ]
        )
        assert r.returncode == 1 and "nothing to migrate" in r.stderr
        assert project.read_bytes() == before

    text = revisions[3].read_text()
    assert "# DESTRUCTIVE: drops column hero.age" in text
    # the way back from TEXT to VARCHAR(100) may cut values
    assert "# DESTRUCTIVE: narrows hero.power" in revisions[2].read_text()
    assert "# WARNING: hero.power is NOT NULL" in revisions[1].read_text()
    checkpoint = json.loads(project.read_text())["migrations"]
    assert checkpoint["head"] == revisions[-1].name.split("_")[0]
    assert [r["message"] for r in checkpoint["revisions"]] == [m for m, _ in STEPS]

    # the way back makes alias NOT NULL again (the revision warns about it)
    execute(database, "UPDATE hero SET alias = 'Spidey' WHERE alias IS NULL")
    alembic(work, database, "downgrade", "base")
    inspector_tables = sa.inspect(sa.create_engine(database)).get_table_names()
    assert set(inspector_tables) <= {"alembic_version"}
    alembic(work, database, "upgrade", "head")
    alembic(work, database, "check")

    ruff = python_tool("ruff")
    files = [str(p) for p in revisions] + [str(work / "alembic" / "env.py")]
    r = run(
        [ruff, "check", "--no-cache", "--config", str(RUFF_CONFIG), *files], cwd=work
    )
    assert r.returncode == 0, f"ruff check:\n{r.stdout}\n{r.stderr}"
    r = run(
        [ruff, "format", "--no-cache", "--config", str(RUFF_CONFIG), "--diff", *files],
        cwd=work,
    )
    assert r.returncode == 0, f"ruff format --check:\n{r.stdout}\n{r.stderr}"


def test_revisions_are_reproducible(cli: Path, tmp_path: Path) -> None:
    outputs = []
    for name in ("a", "b"):
        project = tmp_path / name / "design.sqlmodel.json"
        project.parent.mkdir()
        for message, design in STEPS[:2]:
            write_design(project, design())
            r = run(
                [
                    str(cli),
                    "migrate",
                    str(project),
                    "-m",
                    message,
                    "-o",
                    str(project.parent / "alembic"),
                ]
            )
            assert r.returncode == 0, r.stderr
        versions = sorted((project.parent / "alembic" / "versions").iterdir())
        outputs.append([(p.name, p.read_text()) for p in versions])
        outputs[-1].append(("project", project.read_text()))
    assert outputs[0] == outputs[1]


def test_generate_with_alembic(cli: Path, tmp_path: Path) -> None:
    """The environment alone: Alembic's own autogenerate, through script.py.mako, writes a
    first revision that runs and leaves nothing for `alembic check`."""
    project = tmp_path / "design.sqlmodel.json"
    write_design(project, STEPS[2][1]())
    work = tmp_path / "work"
    r = run([str(cli), "generate", str(project), "-o", str(work), "--with", "alembic"])
    assert r.returncode == 0, r.stderr
    for rel in ("alembic.ini", "alembic/env.py", "alembic/script.py.mako"):
        assert (work / rel).is_file(), rel
    assert (work / "alembic" / "versions").is_dir()
    ini = (work / "alembic.ini").read_text()
    assert "sqlalchemy.url" not in ini
    env_py = (work / "alembic" / "env.py").read_text()
    assert "import models  # noqa: F401" in env_py
    assert "target_metadata = SQLModel.metadata" in env_py
    assert "compare_type=compare_type" in env_py
    assert 'render_as_batch=connection.dialect.name == "sqlite"' in env_py
    assert "import sqlmodel" in (work / "alembic" / "script.py.mako").read_text()

    url = f"sqlite:///{tmp_path / 'auto.sqlite'}"
    alembic(work, url, "revision", "--autogenerate", "-m", "init")
    alembic(work, url, "upgrade", "head")
    alembic(work, url, "check")
    # the URL can also come from -x url=...
    other = f"sqlite:///{tmp_path / 'other.sqlite'}"
    alembic(work, "", "-x", f"url={other}", "upgrade", "head")
    assert "hero" in sa.inspect(sa.create_engine(other)).get_table_names()


def test_tables_that_reference_each_other(
    cli: Path, database: str, tmp_path: Path
) -> None:
    """Two new tables with keys to each other: each is created without the key to the later
    one, which is added once both exist; the way down drops that key before its table. Then a
    second revision drops both tables again, the same way round."""
    work = tmp_path / "work"
    project = tmp_path / "design.sqlmodel.json"
    design = json.loads(
        (Path(__file__).parent / "projects" / "mutual_fks.sqlmodel.json").read_text()
    )
    write_design(
        project, {"enums": design.get("enums", []), "tables": design["tables"]}
    )
    r = run([str(cli), "generate", str(project), "-o", str(work), "--with", "alembic"])
    assert r.returncode == 0, r.stderr
    r = run(
        [str(cli), "migrate", str(project), "-m", "both", "-o", str(work / "alembic")]
    )
    assert r.returncode == 0, r.stderr
    alembic(work, database, "upgrade", "head")
    alembic(work, database, "check")
    # both keys are in force
    inspector = sa.inspect(sa.create_engine(database))
    assert {
        fk["referred_table"] for t in ("a", "b") for fk in inspector.get_foreign_keys(t)
    } == {
        "a",
        "b",
    }
    write_design(
        project,
        {
            "enums": [],
            "tables": [
                design["tables"][0]
                | {
                    "id": "t_solo",
                    "name": "solo",
                    "foreignKeys": [],
                    "columns": design["tables"][0]["columns"][:1],
                }
            ],
        },
    )
    r = run([str(cli), "generate", str(project), "-o", str(work), "--with", "alembic"])
    assert r.returncode == 0, r.stderr
    r = run(
        [
            str(cli),
            "migrate",
            str(project),
            "-m",
            "neither",
            "-o",
            str(work / "alembic"),
        ]
    )
    assert r.returncode == 0, r.stderr
    alembic(work, database, "upgrade", "head")
    alembic(work, database, "check")
    alembic(work, database, "downgrade", "base")
    alembic(work, database, "upgrade", "head")


def _schema_design(step: int) -> dict[str, Any]:
    """A design that lives partly in the PostgreSQL schema `sales`, with an enum there and a
    foreign key back to the default schema."""
    customer: dict[str, Any] = {
        "id": "t_customer",
        "name": "customer",
        "schema": "sales",
        "columns": [
            {
                "id": "c_c_id",
                "name": "id",
                "type": {"kind": "integer"},
                "nullable": False,
                "primaryKey": True,
                "autoincrement": True,
            },
            {
                "id": "c_c_name",
                "name": "name",
                "type": {"kind": "string", "length": 80},
                "nullable": False,
            },
            {"id": "c_c_region", "name": "region_id", "type": {"kind": "integer"}},
            {
                "id": "c_c_tier",
                "name": "tier",
                "type": {"kind": "enum", "enum": "e_tier"},
            },
        ],
        "foreignKeys": [
            {
                "id": "fk_c_region",
                "columns": ["c_c_region"],
                "refTable": "t_region",
                "refColumns": ["c_r_id"],
            }
        ],
        "indexes": [{"id": "ix_c_name", "columns": ["c_c_name"]}],
    }
    region = {
        "id": "t_region",
        "name": "region",
        "columns": [
            {
                "id": "c_r_id",
                "name": "id",
                "type": {"kind": "integer"},
                "nullable": False,
                "primaryKey": True,
                "autoincrement": True,
            },
            {
                "id": "c_r_name",
                "name": "name",
                "type": {"kind": "text"},
                "nullable": False,
            },
        ],
    }
    if step >= 2:
        customer["name"] = "client"
        customer["columns"].append(
            {
                "id": "c_c_email",
                "name": "email",
                "type": {"kind": "string", "length": 200},
            }
        )
        customer["uniques"] = [{"id": "uq_c_email", "columns": ["c_c_email"]}]
        customer["comment"] = "people who buy"
    return {
        "enums": [
            {
                "id": "e_tier",
                "name": "Tier",
                "sqlName": "tier",
                "schema": "sales",
                "values": ["basic", "gold"],
            }
        ],
        "tables": [region, customer],
    }


def test_postgresql_schemas(cli: Path, pg: Callable[[], str], tmp_path: Path) -> None:
    """Tables, enums and keys in a non-default schema migrate with schema= on every operation;
    the schema is created first; alembic check (include_schemas) stays clean."""
    url = pg()
    work = tmp_path / "work"
    project = tmp_path / "design.sqlmodel.json"
    for step in (1, 2):
        write_design(project, _schema_design(step))
        r = run(
            [str(cli), "generate", str(project), "-o", str(work), "--with", "alembic"]
        )
        assert r.returncode == 0, r.stderr
        r = run(
            [
                str(cli),
                "migrate",
                str(project),
                "-m",
                f"step {step}",
                "-o",
                str(work / "alembic"),
            ]
        )
        assert r.returncode == 0, r.stderr
        alembic(work, url, "upgrade", "head")
        alembic(work, url, "check")
        if step == 1:
            execute(
                url,
                "INSERT INTO region (name) VALUES ('north')",
                "INSERT INTO sales.customer (name, region_id, tier) VALUES ('Ann', 1, 'gold')",
            )
    assert rows(url, "SELECT name, tier::text FROM sales.client") == [("Ann", "gold")]
    alembic(work, url, "downgrade", "base")
    alembic(work, url, "upgrade", "head")
    alembic(work, url, "check")


def _key_design(step: int) -> dict[str, Any]:
    """grade's key grows a column, then changes order; region's key changes order while city
    references it (the reference is dropped first and made again)."""

    def col(
        cid: str, name: str, kind: str = "integer", pk: bool = False
    ) -> dict[str, Any]:
        c: dict[str, Any] = {
            "id": cid,
            "name": name,
            "type": {"kind": kind},
            "nullable": False,
        }
        if pk:
            c["primaryKey"] = True
        return c

    grade: dict[str, Any] = {
        "id": "t_grade",
        "name": "grade",
        "columns": [
            col("c_g_student", "student", pk=True),
            col("c_g_course", "course", pk=True),
            col("c_g_term", "term", "text", pk=step >= 2),
            col("c_g_score", "score"),
        ],
    }
    if step >= 3:
        grade["primaryKey"] = ["c_g_course", "c_g_student", "c_g_term"]
    region: dict[str, Any] = {
        "id": "t_region",
        "name": "region",
        "columns": [
            col("c_r_code", "code", "text", pk=True),
            col("c_r_country", "country", "text", pk=True),
        ],
    }
    if step >= 2:
        region["primaryKey"] = ["c_r_country", "c_r_code"]
    city = {
        "id": "t_city",
        "name": "city",
        "columns": [
            col("c_c_id", "id", pk=True) | {"autoincrement": True},
            col("c_c_code", "region_code", "text"),
            col("c_c_country", "region_country", "text"),
        ],
        "foreignKeys": [
            {
                "id": "fk_city_region",
                "columns": ["c_c_code", "c_c_country"],
                "refTable": "t_region",
                "refColumns": ["c_r_code", "c_r_country"],
            }
        ],
    }
    return {"enums": [], "tables": [grade, region, city]}


def test_primary_key_changes(cli: Path, database: str, tmp_path: Path) -> None:
    work = tmp_path / "work"
    project = tmp_path / "design.sqlmodel.json"
    for step in (1, 2, 3):
        write_design(project, _key_design(step))
        r = run(
            [str(cli), "generate", str(project), "-o", str(work), "--with", "alembic"]
        )
        assert r.returncode == 0, r.stderr
        r = run(
            [
                str(cli),
                "migrate",
                str(project),
                "-m",
                f"keys {step}",
                "-o",
                str(work / "alembic"),
            ]
        )
        assert r.returncode == 0, r.stderr
        alembic(work, database, "upgrade", "head")
        alembic(work, database, "check")
        if step == 1:
            execute(
                database,
                "INSERT INTO grade (student, course, term, score) VALUES (1, 2, 'spring', 90)",
                "INSERT INTO region (code, country) VALUES ('BY', 'DE')",
                "INSERT INTO city (region_code, region_country) VALUES ('BY', 'DE')",
            )
        expected = {1: ["student", "course"], 2: ["student", "course", "term"]}.get(
            step, ["course", "student", "term"]
        )
        inspector = sa.inspect(sa.create_engine(database))
        assert inspector.get_pk_constraint("grade")["constrained_columns"] == expected
        region_pk = inspector.get_pk_constraint("region")["constrained_columns"]
        assert region_pk == (["code", "country"] if step == 1 else ["country", "code"])
        assert len(inspector.get_foreign_keys("city")) == 1
    assert rows(database, "SELECT score FROM grade") == [(90,)]
    assert rows(database, "SELECT region_code FROM city") == [("BY",)]
    alembic(work, database, "downgrade", "base")
    alembic(work, database, "upgrade", "head")
    alembic(work, database, "check")


def test_autoincrement_changes(cli: Path, database: str, tmp_path: Path) -> None:
    """A key the database starts numbering (after the largest value) and stops numbering."""
    work = tmp_path / "work"
    project = tmp_path / "design.sqlmodel.json"

    def design(numbered: bool) -> dict[str, Any]:
        key: dict[str, Any] = {
            "id": "c_t_id",
            "name": "id",
            "type": {"kind": "integer"},
            "nullable": False,
            "primaryKey": True,
        }
        if numbered:
            key["autoincrement"] = True
        label = {"id": "c_t_label", "name": "label", "type": {"kind": "text"}}
        return {
            "enums": [],
            "tables": [{"id": "t_t", "name": "ticket", "columns": [key, label]}],
        }

    for step, numbered in enumerate((False, True, False), start=1):
        write_design(project, design(numbered))
        r = run(
            [str(cli), "generate", str(project), "-o", str(work), "--with", "alembic"]
        )
        assert r.returncode == 0, r.stderr
        r = run(
            [
                str(cli),
                "migrate",
                str(project),
                "-m",
                f"n{step}",
                "-o",
                str(work / "alembic"),
            ]
        )
        assert r.returncode == 0, r.stderr
        alembic(work, database, "upgrade", "head")
        alembic(work, database, "check")
        if step == 1:
            execute(database, "INSERT INTO ticket (id, label) VALUES (5, 'five')")
        if step == 2:
            execute(database, "INSERT INTO ticket (label) VALUES ('next')")
            assert rows(database, "SELECT id FROM ticket WHERE label = 'next'") == [
                (6,)
            ]
        if step == 3 and database.startswith("postgresql"):
            with pytest.raises(sa.exc.IntegrityError):
                execute(database, "INSERT INTO ticket (label) VALUES ('unnumbered')")
    alembic(work, database, "downgrade", "base")
    alembic(work, database, "upgrade", "head")
