# SPDX-FileCopyrightText: 2026 SQLModel Studio authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""`sqlmodel-studio lint-code`: the code rules of the catalogue, run through the real CLI.

* one positive and one negative snippet per rule (lint_code/cases.py);
* a legacy SQLAlchemy 1.3 / Pydantic 1 application gives exactly the expected findings;
* idiomatic modern SQLModel code, and the project's own generated code, give none.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
DATA = HERE / "lint_code"
REPO = HERE.parent.parent
sys.path.insert(0, str(DATA))

from cases import (  # noqa: E402
    ASYNC,
    CASES,
    ENV_HEAD,
    FASTAPI,
    HERO_MODULE,
    MIGRATION_HEAD,
    TEAM_MODULE,
    m,
)


def lint(
    cli: Path, *paths: Path, fmt: str = "json", extra: tuple[str, ...] = ()
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(cli), "lint-code", *map(str, paths), "--format", fmt, *extra],
        capture_output=True,
        text=True,
        timeout=300,
    )


def findings(cli: Path, *paths: Path) -> list[dict[str, Any]]:
    r = lint(cli, *paths)
    assert r.returncode in (0, 1), r.stderr
    data: list[dict[str, Any]] = json.loads(r.stdout)
    has_error = any(f["severity"] == "error" for f in data)
    assert r.returncode == (1 if has_error else 0)
    return data


def write_case(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)
    return root


@pytest.mark.parametrize("rule", sorted(CASES))
def test_rule_positive(cli: Path, tmp_path: Path, rule: str) -> None:
    root = write_case(tmp_path, CASES[rule][0])
    got = findings(cli, root)
    assert rule in {f["rule"] for f in got}, json.dumps(got, indent=1)
    for f in got:
        assert f["line"] >= 1 and f["column"] >= 1
        assert f["severity"] in ("error", "warning", "info")


@pytest.mark.parametrize("rule", sorted(CASES))
def test_rule_negative(cli: Path, tmp_path: Path, rule: str) -> None:
    root = write_case(tmp_path, CASES[rule][1])
    got = findings(cli, root)
    assert got == [], json.dumps(got, indent=1)


# More positive/negative pairs for rules with a second shape.
EXTRA_CASES = {
    "ASY001-get": (
        "ASY001",
        (
            m(
                ASYNC + "async def f(session: AsyncSession, hero_id: int):\n"
                "    hero = await session.get(Hero, hero_id)\n    return hero.team\n"
            ),
            m(
                ASYNC + "async def f(session: AsyncSession, hero_id: int):\n"
                "    hero = await session.get(Hero, hero_id)\n"
                '    await session.refresh(hero, ["team"])\n    return hero.team, hero.name\n'
            ),
        ),
    ),
    "ASY003-assign": (
        "ASY003",
        (
            m(
                ASYNC + "async def f(session: AsyncSession):\n"
                "    result = session.exec(select(Hero))\n    return result\n"
            ),
            m(
                ASYNC + "async def f(session: AsyncSession):\n"
                "    result = await session.exec(select(Hero))\n    return result.all()\n"
            ),
        ),
    ),
    "SQA005-metadata-bind": (
        "SQA005",
        (
            m(
                "from sqlalchemy import MetaData\nengine = create_engine('postgresql://u@h/db')\n"
                "meta = MetaData(bind=engine)\n"
            ),
            m("from sqlalchemy import MetaData\nmeta = MetaData()\n"),
        ),
    ),
    "SQA007-ddl": (
        "SQA007",
        (
            m(
                "from sqlalchemy import text\n"
                "def f(session: Session, t: str):\n"
                "    return session.exec(text('SELECT * FROM ' + t))\n"
            ),
            m(
                "from sqlalchemy import text\n"
                "engine = create_engine('postgresql://u@h/db')\n"
                "def f(name: str):\n"
                "    with engine.connect() as conn:\n"
                "        conn.execute(text(f'CREATE SCHEMA \"{name}\"'))\n"
            ),
        ),
    ),
    "ASY007-branch": (
        "ASY007",
        (
            m(
                ASYNC + "def f(url: str):\n"
                "    engine = create_async_engine(url)\n"
                "    SQLModel.metadata.create_all(engine)\n"
            ),
            m(
                ASYNC + "def f(url: str, use_async: bool):\n"
                "    if use_async:\n"
                "        engine = create_async_engine(url)\n"
                "        return engine\n"
                "    engine = create_engine(url)\n"
                "    SQLModel.metadata.create_all(engine)\n"
                "    return engine\n"
            ),
        ),
    ),
    "API011-memory": (
        "API011",
        (
            m(
                FASTAPI
                + "engine = create_engine('sqlite://', connect_args={'check_same_thread': False})\n"
            ),
            m(
                FASTAPI + "from sqlmodel.pool import StaticPool\n"
                "engine = create_engine('sqlite://', connect_args={'check_same_thread': False}, "
                "poolclass=StaticPool)\n"
            ),
        ),
    ),
    "SQM051-relationship": (
        "SQM051",
        (
            {
                "app/__init__.py": "",
                "app/models/__init__.py": "from .hero import Hero\n",
                "app/models/hero.py": HERO_MODULE,
                "app/models/team.py": TEAM_MODULE,
                "app/main.py": "from sqlmodel import SQLModel, create_engine\n"
                "from app import models  # noqa: F401\n"
                "engine = create_engine('postgresql://u@h/db')\n"
                "SQLModel.metadata.create_all(engine)\n",
            },
            {
                "app/__init__.py": "",
                "app/models/__init__.py": "from .hero import Hero\nfrom .team import Team\n",
                "app/models/hero.py": HERO_MODULE,
                "app/models/team.py": TEAM_MODULE,
                "app/main.py": "from sqlmodel import SQLModel, create_engine\n"
                "from app import models  # noqa: F401\n"
                "engine = create_engine('postgresql://u@h/db')\n"
                "SQLModel.metadata.create_all(engine)\n",
            },
        ),
    ),
    "API013-rows": (
        "API013",
        (
            m(
                "engine = create_engine('postgresql://u@h/db')\n"
                "def team_names():\n"
                "    with Session(engine) as session:\n"
                "        heroes = session.exec(select(Hero)).all()\n"
                "    return [hero.team.name for hero in heroes if hero.team]\n"
            ),
            m(
                "from sqlalchemy.orm import selectinload\n"
                "engine = create_engine('postgresql://u@h/db')\n"
                "def team_names():\n"
                "    with Session(engine) as session:\n"
                "        heroes = session.exec(select(Hero).options("
                "selectinload(Hero.team))).all()\n"
                "    return [hero.team.name for hero in heroes if hero.team]\n"
            ),
        ),
    ),
    "ALB008-alter": (
        "ALB008",
        (
            {
                "alembic/versions/0005_x.py": MIGRATION_HEAD
                + "from sqlalchemy.dialects import postgresql\n"
                "revision = '0005'\n"
                "def upgrade():\n"
                "    op.alter_column('hero', 'power', "
                "existing_type=postgresql.ENUM('fly', name='power'), "
                "type_=postgresql.ENUM('fly', 'swim', name='power'))\n"
            },
            {
                "alembic/versions/0005_x.py": MIGRATION_HEAD
                + "from sqlalchemy.dialects import postgresql\n"
                "revision = '0005'\n"
                "def upgrade():\n"
                "    op.execute(\"ALTER TYPE power ADD VALUE 'swim'\")\n"
                "    op.alter_column('hero', 'power', "
                "existing_type=postgresql.ENUM('fly', name='power'), "
                "type_=postgresql.ENUM('fly', 'swim', name='power'))\n"
            },
        ),
    ),
    "ALB009-nox": (
        "ALB009",
        (
            {
                "alembic/env.py": ENV_HEAD + "from app import models  # noqa: F401\n"
                "target_metadata = SQLModel.metadata\n"
                "def run(connection):\n"
                "    context.configure(connection=connection, "
                "target_metadata=target_metadata)\n",
                "noxfile.py": "import nox\n\n@nox.session\ndef tests(session):\n"
                "    session.run('pytest')\n",
            },
            {
                "alembic/env.py": ENV_HEAD + "from app import models  # noqa: F401\n"
                "target_metadata = SQLModel.metadata\n"
                "def run(connection):\n"
                "    context.configure(connection=connection, "
                "target_metadata=target_metadata)\n",
                "noxfile.py": "import nox\n\n@nox.session\ndef tests(session):\n"
                "    session.run('alembic', 'upgrade', 'head')\n"
                "    session.run('alembic', 'check')\n",
            },
        ),
    ),
}


@pytest.mark.parametrize("case", sorted(EXTRA_CASES))
def test_extra_cases(cli: Path, tmp_path: Path, case: str) -> None:
    rule, (pos, neg) = EXTRA_CASES[case]
    got = findings(cli, write_case(tmp_path / "pos", pos))
    assert rule in {f["rule"] for f in got}, json.dumps(got, indent=1)
    got = findings(cli, write_case(tmp_path / "neg", neg))
    assert got == [], json.dumps(got, indent=1)


def test_every_rule_has_cases() -> None:
    """Every rule of the script has a positive and a negative case: the 66 catalogue rules
    implemented (62 + SQM051, API013, ALB008, ALB009) and SMS000."""
    script = (REPO / "resources" / "python" / "sms_lint_code.py").read_text()
    rules = set(re.findall(r'^    "([A-Z]{3}[0-9]{3})": \(', script, re.MULTILINE))
    assert rules - {"SMS001"} == set(CASES)
    assert len([r for r in CASES if r != "SMS000"]) >= 66


# (file, line, rule) expected in the legacy application.
LEGACY_EXPECTED = [
    ("alembic/env.py", 9, "ALB002"),
    ("alembic/env.py", 21, "ALB010"),
    ("alembic/script.py.mako", 9, "ALB001"),
    ("alembic/versions/0002_add_rank.py", 13, "ALB006"),
    ("alembic/versions/0002_add_rank.py", 14, "ALB004"),
    ("alembic/versions/0003_rename.py", 15, "ALB005"),
    ("alembic/versions/0004_power.py", 13, "ALB008"),
    ("alembic/versions/0004_power.py", 17, "ALB008"),
    ("app/async_db.py", 3, "ASY004"),
    ("app/async_db.py", 5, "ASY005"),
    ("app/async_db.py", 10, "ASY005"),
    ("app/async_db.py", 10, "ASY006"),
    ("app/async_db.py", 11, "ASY002"),
    ("app/async_db.py", 11, "SQA015"),
    ("app/async_db.py", 15, "API010"),
    ("app/async_db.py", 15, "ASY007"),
    ("app/async_db.py", 19, "ASY003"),
    ("app/async_db.py", 24, "ASY001"),
    ("app/db.py", 4, "SQA009"),
    ("app/db.py", 8, "API011"),
    ("app/db.py", 8, "SQA010"),
    ("app/db.py", 9, "SQA015"),
    ("app/db.py", 9, "SQA008"),
    ("app/db.py", 13, "SQA005"),
    ("app/db.py", 13, "SQA006"),
    ("app/db.py", 25, "API010"),
    ("app/main.py", 14, "API009"),
    ("app/main.py", 20, "API001"),
    ("app/main.py", 21, "API003"),
    ("app/main.py", 21, "PYD004"),
    ("app/main.py", 24, "API008"),
    ("app/main.py", 27, "API002"),
    ("app/main.py", 29, "SQA001"),
    ("app/main.py", 29, "SQA002"),
    ("app/main.py", 34, "SQA001"),
    ("app/main.py", 34, "API012"),
    ("app/main.py", 35, "PYD006"),
    ("app/main.py", 40, "SQA001"),
    ("app/main.py", 41, "API004"),
    ("app/main.py", 41, "PYD004"),
    ("app/main.py", 43, "API005"),
    ("app/main.py", 49, "SQA006"),
    ("app/main.py", 49, "SQA007"),
    ("app/main.py", 53, "SQA001"),
    ("app/main.py", 53, "SQA012"),
    ("app/main.py", 53, "SQA013"),
    ("app/main.py", 58, "SQA001"),
    ("app/main.py", 59, "SQA014"),
    ("app/main.py", 66, "API013"),
    ("app/models.py", 2, "SQM049"),
    ("app/models.py", 12, "SQM039"),
    ("app/models.py", 23, "PYD013"),
    ("app/models.py", 24, "SQM036"),
    ("app/models.py", 24, "SQM037"),
    ("app/models.py", 26, "SQA011"),
    ("app/models.py", 28, "PYD001"),
    ("app/models.py", 29, "PYD002"),
    ("app/models.py", 30, "PYD003"),
    ("app/models.py", 37, "PYD011"),
    ("app/models.py", 42, "SQA004"),
    ("app/models.py", 45, "PYD012"),
    ("app/models.py", 48, "PYD010"),
]


def test_legacy_application(cli: Path) -> None:
    legacy = DATA / "legacy"
    got = findings(cli, legacy)
    actual = sorted(
        (str(Path(f["path"]).relative_to(legacy)), f["line"], f["rule"]) for f in got
    )
    assert actual == sorted(LEGACY_EXPECTED), "\n".join(map(str, actual))
    # sorted by path, line, column, rule
    keys = [(f["path"], f["line"], f["column"], f["rule"]) for f in got]
    assert keys == sorted(keys)


def test_modern_code_is_clean(cli: Path) -> None:
    got = findings(cli, DATA / "modern")
    assert got == [], json.dumps(got, indent=1)


def generated_outputs(cli: Path, tmp: Path) -> list[Path]:
    outs = []
    for example in sorted((REPO / "examples").glob("*.sqlmodel.json")):
        for layout in ("module", "package"):
            out = tmp / f"{example.name.split('.')[0]}-{layout}"
            r = subprocess.run(
                [
                    str(cli),
                    "generate",
                    str(example),
                    "-o",
                    str(out),
                    "--layout",
                    layout,
                    "--with",
                    "crud,router",
                ],
                capture_output=True,
                text=True,
                timeout=300,
            )
            assert r.returncode == 0, r.stderr
            outs.append(out)
    return outs


def test_generated_code_is_clean(cli: Path, tmp_path: Path) -> None:
    outs = generated_outputs(cli, tmp_path)
    assert outs
    for out in outs:
        got = findings(cli, out)
        assert got == [], f"{out.name}:\n" + json.dumps(got, indent=1)


def corpus_scripts() -> list[Path]:
    root = Path(
        os.environ.get("SQLMODEL_STUDIO_CORPUS", REPO.parent / "shared" / "schemas")
    )
    if not root.is_dir():
        return []
    return sorted((root / "sqlite").glob("*.sql")) + sorted(
        (root / "postgres").glob("*.sql")
    )


def test_generated_code_for_the_corpus_is_clean(cli: Path, tmp_path: Path) -> None:
    """The code generated for every imported corpus schema (models, CRUD, routers, queries and
    the Alembic environment with a first revision) gives no finding: a false positive is a
    bug."""
    scripts = corpus_scripts()
    if not scripts:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("the schema corpus is missing (CI=true: it is required)")
        pytest.skip("the schema corpus (../shared/schemas) is not here")
    outs = []
    for script in scripts:
        name = f"{script.parent.name}_{script.stem}"
        project = tmp_path / f"{name}.sqlmodel.json"
        r = subprocess.run(
            [str(cli), "import", str(script), "-o", str(project), "--quiet"],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert r.returncode == 0, (script, r.stderr)
        out = tmp_path / name
        r = subprocess.run(
            [
                str(cli),
                "generate",
                str(project),
                "-o",
                str(out),
                "--with",
                "crud,router,queries,alembic",
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert r.returncode == 0, (script, r.stderr)
        r = subprocess.run(
            [
                str(cli),
                "migrate",
                str(project),
                "-m",
                "init",
                "-o",
                str(out / "alembic"),
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert r.returncode == 0, (script, r.stderr)
        outs.append(out)
    for out in outs:  # one run each: the analyser's time limit is per run
        got = findings(cli, out)
        assert got == [], f"{out.name}:\n" + json.dumps(got[:20], indent=1)


def test_sarif(cli: Path, tmp_path: Path) -> None:
    root = write_case(tmp_path, CASES["PYD004"][0])
    r = lint(cli, root, fmt="sarif")
    assert r.returncode == 0, r.stderr
    sarif = json.loads(r.stdout)
    assert sarif["version"] == "2.1.0"
    results = sarif["runs"][0]["results"]
    rules = sarif["runs"][0]["tool"]["driver"]["rules"]
    res = next(x for x in results if x["ruleId"] == "PYD004")
    loc = res["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"].endswith("app.py")
    assert loc["region"]["startLine"] >= 1 and loc["region"]["startColumn"] >= 1
    assert rules[res["ruleIndex"]]["id"] == "PYD004"
    assert res["level"] == "warning"


def test_text_format_and_exit_code(cli: Path, tmp_path: Path) -> None:
    root = write_case(tmp_path, CASES["SQA004"][0])
    r = lint(cli, root, fmt="text")
    assert r.returncode == 1
    assert "SQA004 [select-list]" in r.stdout
    assert "app.py:" in r.stdout


def test_syntax_error_is_a_finding(cli: Path, tmp_path: Path) -> None:
    root = write_case(tmp_path, {"bad.py": "x = 1\ndef f(:\n"})
    got = findings(cli, root)
    assert [(f["rule"], f["line"], f["severity"]) for f in got] == [
        ("SMS000", 2, "error")
    ]


def test_bad_usage(cli: Path, tmp_path: Path) -> None:
    assert lint(cli).returncode == 2
    assert lint(cli, tmp_path, fmt="xml").returncode == 2
    assert (
        subprocess.run(
            [str(cli), "lint-code", str(tmp_path), "--bogus"], capture_output=True
        ).returncode
        == 2
    )


def test_missing_interpreter_is_an_error(cli: Path, tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("x = 1\n")
    r = lint(cli, tmp_path, extra=("--python", str(tmp_path / "no-such-python")))
    assert r.returncode == 1
    assert "no-such-python" in r.stderr
    assert r.stdout == ""


def test_crashing_interpreter_is_an_error(cli: Path, tmp_path: Path) -> None:
    fake = tmp_path / "fakepy"
    fake.write_text("#!/bin/sh\necho boom >&2\nexit 3\n")
    fake.chmod(0o755)
    (tmp_path / "a.py").write_text("x = 1\n")
    r = lint(cli, tmp_path / "a.py", extra=("--python", str(fake)))
    assert r.returncode == 1
    assert "boom" in r.stderr


def test_custom_interpreter(cli: Path, tmp_path: Path) -> None:
    root = write_case(tmp_path, CASES["SQA004"][0])
    r = lint(cli, root, extra=("--python", sys.executable))
    assert r.returncode == 1
    assert "SQA004" in {f["rule"] for f in json.loads(r.stdout)}
