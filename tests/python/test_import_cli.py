"""`sqlmodel-studio import` as a user meets it: a design read from a real database generates
models that pass every check, relationships get readable names, nothing is written on failure,
the source is never written and passwords never reach the project file."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
from pathlib import Path
from typing import Any, Callable

import pytest

from conftest import PG_BIN, format_failure, run_check

SHOP_SQL = """
CREATE TABLE team (
    id INTEGER PRIMARY KEY,
    name VARCHAR(80) NOT NULL UNIQUE,
    budget NUMERIC(12, 2) DEFAULT 0,
    CONSTRAINT budget_positive CHECK (budget >= 0)
);
CREATE TABLE person (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    team_id INTEGER REFERENCES team (id) ON DELETE SET NULL,
    mentor_id INTEGER REFERENCES person (id),
    created DATETIME DEFAULT CURRENT_TIMESTAMP
);
CREATE TABLE skill (
    id INTEGER PRIMARY KEY,
    label VARCHAR(40) NOT NULL
);
CREATE TABLE person_skill (
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    skill_id INTEGER NOT NULL REFERENCES skill (id) ON DELETE CASCADE,
    PRIMARY KEY (person_id, skill_id)
);
CREATE TABLE transfer (
    id INTEGER PRIMARY KEY,
    from_team_id INTEGER NOT NULL REFERENCES team (id),
    to_team_id INTEGER NOT NULL REFERENCES team (id),
    note TEXT
);
CREATE TABLE audit_log (
    at DATETIME NOT NULL,
    message TEXT
);
CREATE INDEX ix_person_recent ON person (created) WHERE created IS NOT NULL;
CREATE VIEW team_size AS SELECT team_id, count(*) AS n FROM person GROUP BY team_id;
CREATE TRIGGER person_touch AFTER UPDATE ON person BEGIN SELECT 1; END;
INSERT INTO team (name) VALUES ('Preventers');
"""


def sms(cli: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(cli), *args], capture_output=True, text=True, timeout=120
    )


def fingerprint(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


@pytest.fixture()
def shop_db(tmp_path: Path) -> Path:
    db = tmp_path / "shop.db"
    con = sqlite3.connect(db)
    con.executescript(SHOP_SQL)
    con.close()
    return db


def load(project: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(project.read_text(encoding="utf-8"))
    return data


def table(project: dict[str, Any], name: str) -> dict[str, Any]:
    for t in project["tables"]:
        if t["name"] == name:
            return t
    raise AssertionError(
        f"no table {name!r} in {[t['name'] for t in project['tables']]}"
    )


def attrs(project: dict[str, Any]) -> set[tuple[str, str, str]]:
    """(kind, parentAttribute, childAttribute) of every relationship."""
    return {
        (r["kind"], r.get("parentAttribute", ""), r.get("childAttribute", ""))
        for r in project.get("relationships", [])
    }


def test_sqlite_file_imports_and_generates(
    cli: Path, shop_db: Path, tmp_path: Path, pg: Callable[[], str]
) -> None:
    before = fingerprint(shop_db)
    out = tmp_path / "shop.sqlmodel.json"
    r = sms(cli, "import", str(shop_db), "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert fingerprint(shop_db) == before, "the import wrote to the source database"
    assert "Imported 6 tables" in r.stdout, r.stdout
    # The report names what was left out, on the terminal and in the project.
    assert "view team_size" in r.stdout and "trigger person_touch" in r.stdout, r.stdout
    p = load(out)
    kinds = {(n["kind"], n.get("object")) for n in p["importReport"]["notes"]}
    assert ("view", "team_size") in kinds and ("trigger", "person_touch") in kinds, (
        kinds
    )
    assert p["importReport"]["dialect"] == "sqlite"

    # Readable relationship names: plural collections, distinct names for two keys to the
    # same table and for the self reference, and the pure link table as many-to-many.
    rels = attrs(p)
    assert ("oneToMany", "people", "team") in rels, rels
    assert ("manyToMany", "skills", "people") in rels, rels
    assert ("oneToMany", "from_transfers", "from_team") in rels, rels
    assert ("oneToMany", "to_transfers", "to_team") in rels, rels
    assert ("oneToMany", "mentor_people", "mentor") in rels, rels

    person = table(p, "person")
    assert person.get("className", "Person") == "Person"
    by_name = {c["name"]: c for c in person["columns"]}
    assert by_name["id"].get("autoincrement") is True
    assert by_name["created"]["type"] == {"kind": "dateTime"}
    assert by_name["created"]["serverDefault"] == "CURRENT_TIMESTAMP"
    assert [i.get("where") for i in person.get("indexes", [])] == [
        "created IS NOT NULL"
    ]
    team = table(p, "team")
    assert {c["name"]: c["type"] for c in team["columns"]}["budget"] == {
        "kind": "numeric",
        "precision": 12,
        "scale": 2,
    }
    assert [c["expression"] for c in team.get("checks", [])] == ["budget >= 0"]
    # A table without a primary key is kept (as a Core table), not dropped.
    assert not any(c.get("primaryKey") for c in table(p, "audit_log")["columns"])

    # The generated models pass every check of the generator suite on both databases:
    # ruff, mypy, mappers, create_all, and the created schema equals the design.
    for layout in ("module", "package"):
        gen = tmp_path / f"gen-{layout}"
        r = sms(cli, "generate", str(out), "-o", str(gen), "--layout", layout)
        assert r.returncode == 0, r.stderr
        result = run_check(
            gen, out, "sqlite", f"sqlite:///{tmp_path / (layout + '.db')}"
        )
        problems = format_failure(result)
        assert result["stage"] == "done" and not problems, problems
    gen = tmp_path / "gen-module"
    result = run_check(gen, out, "postgresql", pg())
    problems = format_failure(result)
    assert result["stage"] == "done" and not problems, problems


def test_sql_script_dialect_is_guessed(cli: Path, tmp_path: Path) -> None:
    script = tmp_path / "shop.sql"
    # CRLF line endings, as Windows tools write them.
    script.write_bytes(SHOP_SQL.replace("\n", "\r\n").encode())
    out = tmp_path / "shop.sqlmodel.json"
    r = sms(cli, "import", str(script), "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert load(out)["importReport"]["dialect"] == "sqlite"
    assert len(load(out)["tables"]) == 6


def failing(cli: Path, tmp_path: Path, *args: str) -> str:
    out = tmp_path / "out" / "never.sqlmodel.json"
    out.parent.mkdir(exist_ok=True)
    r = sms(cli, "import", *args, "-o", str(out))
    assert r.returncode == 1, (r.returncode, r.stdout, r.stderr)
    assert r.stdout == ""
    assert not out.exists(), "a failed import left a project file behind"
    assert list(out.parent.iterdir()) == [], "a failed import left files behind"
    return r.stderr


def test_not_a_database(cli: Path, tmp_path: Path) -> None:
    junk = tmp_path / "photo.db"
    junk.write_bytes(bytes(range(256)) * 64)
    err = failing(cli, tmp_path, str(junk))
    assert "photo.db" in err and "neither a SQLite database nor a SQL script" in err, (
        err
    )


def test_truncated_sqlite(cli: Path, shop_db: Path, tmp_path: Path) -> None:
    con = sqlite3.connect(shop_db)
    con.executescript(
        "CREATE TABLE filler (id INTEGER PRIMARY KEY, blob BLOB);"
        "INSERT INTO filler (blob) SELECT randomblob(3000) FROM "
        "(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200) "
        "SELECT i FROM n);"
    )
    con.close()
    data = shop_db.read_bytes()
    broken = tmp_path / "broken.db"
    broken.write_bytes(data[: len(data) // 2])
    err = failing(cli, tmp_path, str(broken))
    assert "broken.db" in err, err


def test_corrupt_sqlite_header(cli: Path, shop_db: Path, tmp_path: Path) -> None:
    data = bytearray(shop_db.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the schema page, wiped
    bad = tmp_path / "corrupt.db"
    bad.write_bytes(bytes(data))
    err = failing(cli, tmp_path, str(bad))
    assert "corrupt.db" in err, err


def test_empty_database(cli: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    con = sqlite3.connect(empty)
    con.execute("PRAGMA user_version = 1")  # writes the header: a valid, empty database
    con.close()
    err = failing(cli, tmp_path, str(empty))
    assert "empty.db" in err and "no tables" in err, err


def test_script_syntax_error_names_the_line(cli: Path, tmp_path: Path) -> None:
    script = tmp_path / "broken.sql"
    script.write_text(
        "CREATE TABLE a (id INTEGER PRIMARY KEY);\n\n-- a comment\nCREATE TABLE b (\n"
        "  id INTEGER PRIMARY KEY,\n  name TEXT,,\n);\n"
    )
    err = failing(cli, tmp_path, str(script), "--dialect", "sqlite")
    assert "broken.sql" in err and "line 6" in err, err


def test_postgres_script_syntax_error_names_the_line(cli: Path, tmp_path: Path) -> None:
    script = tmp_path / "broken_pg.sql"
    script.write_text(
        "\\connect shop\nSET search_path = public;\nCREATE TABLE a (id serial PRIMARY KEY);\n"
        "CREATE TABLE b (id integer PRIMARY KEY, name text NOT NUL);\n"
    )
    err = failing(cli, tmp_path, str(script), "--dialect", "postgresql")
    assert "broken_pg.sql" in err and "line 4" in err, err


def test_missing_source(cli: Path, tmp_path: Path) -> None:
    err = failing(cli, tmp_path, str(tmp_path / "nope.db"))
    assert "nope.db" in err and "no such file" in err, err


def test_unreachable_server(cli: Path, tmp_path: Path) -> None:
    url = "postgresql://someone:s3cret-pw@127.0.0.1:1/shop?connect_timeout=3"
    err = failing(cli, tmp_path, url)
    assert "127.0.0.1" in err, err
    assert "s3cret-pw" not in err, "the password was printed"


def _libpq_url(sa_url: str, user: str = "postgres", password: str = "") -> str:
    # postgresql+psycopg://postgres@/DB?host=SOCK&port=PORT -> a libpq URI
    rest = sa_url.split("@/", 1)[1]
    db, query = rest.split("?", 1)
    auth = f"{user}:{password}" if password else user
    return f"postgresql://{auth}@/{db}?{query}"


def test_postgres_missing_database_and_role(
    cli: Path, tmp_path: Path, pg: Callable[[], str]
) -> None:
    url = _libpq_url(pg())
    err = failing(cli, tmp_path, url.replace("@/", "@/no_such_db_", 1))
    assert "no_such_db_" in err, err
    err = failing(cli, tmp_path, _libpq_url(pg(), user="nobody_here"))
    assert "nobody_here" in err, err


def test_postgres_empty_database(
    cli: Path, tmp_path: Path, pg: Callable[[], str]
) -> None:
    err = failing(cli, tmp_path, _libpq_url(pg()))
    assert "no tables" in err or "nothing to import" in err, err


def test_password_is_never_written(
    cli: Path, tmp_path: Path, pg: Callable[[], str]
) -> None:
    import sqlalchemy as sa

    sa_url = pg()
    engine = sa.create_engine(sa_url)
    with engine.begin() as conn:
        conn.execute(sa.text("CREATE TABLE thing (id serial PRIMARY KEY, name text)"))
    engine.dispose()
    out = tmp_path / "thing.sqlmodel.json"
    # The throwaway cluster trusts local connections, so any password is accepted.
    r = sms(
        cli, "import", _libpq_url(sa_url, password="hunter2-secret"), "-o", str(out)
    )
    assert r.returncode == 0, r.stderr
    text = out.read_text(encoding="utf-8")
    assert "hunter2-secret" not in text and "hunter2-secret" not in r.stdout
    assert load(out)["importReport"]["dialect"] == "postgresql"


def test_existing_output_needs_force(cli: Path, shop_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "shop.sqlmodel.json"
    out.write_text("keep me")
    r = sms(cli, "import", str(shop_db), "-o", str(out))
    assert r.returncode == 1 and "--force" in r.stderr, r.stderr
    assert out.read_text() == "keep me"
    r = sms(cli, "import", str(shop_db), "-o", str(out), "--force", "--quiet")
    assert r.returncode == 0 and r.stdout == "", (r.stdout, r.stderr)
    assert load(out)["tables"]


def test_usage_errors(cli: Path, shop_db: Path) -> None:
    r = sms(cli, "import", str(shop_db))
    assert r.returncode == 2 and "-o" in r.stderr
    r = sms(cli, "import", str(shop_db), "-o", "x.json", "--dialect", "oracle")
    assert r.returncode == 2 and "oracle" in r.stderr


def test_read_only_source_file(cli: Path, shop_db: Path, tmp_path: Path) -> None:
    """A database on read-only media (or owned by someone else) still imports."""
    os.chmod(shop_db, 0o444)
    os.chmod(shop_db.parent, 0o555)
    try:
        out = tmp_path.parent / f"{tmp_path.name}-ro.sqlmodel.json"
        r = sms(cli, "import", str(shop_db), "-o", str(out))
        assert r.returncode == 0, r.stderr
        out.unlink()
    finally:
        os.chmod(shop_db.parent, 0o755)
        os.chmod(shop_db, 0o644)


def corpus_dir() -> Path | None:
    root = Path(
        os.environ.get(
            "SQLMODEL_STUDIO_CORPUS",
            Path(__file__).resolve().parents[3] / "shared" / "schemas",
        )
    )
    return root if root.is_dir() else None


def test_dialect_is_guessed_on_the_corpus(cli: Path, tmp_path: Path) -> None:
    """Every script of the corpus is read as the dialect it was written for, without --dialect."""
    root = corpus_dir()
    if root is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("the schema corpus is missing (CI=true: it is required)")
        pytest.skip("the schema corpus (../shared/schemas) is not here")
    scripts = sorted((root / "sqlite").glob("*.sql")) + sorted(
        (root / "postgres").glob("*.sql")
    )
    assert len(scripts) >= 15
    for script in scripts:
        out = tmp_path / f"{script.parent.name}-{script.stem}.sqlmodel.json"
        r = sms(cli, "import", str(script), "-o", str(out), "--quiet")
        assert r.returncode == 0, (script, r.stderr)
        expected = "sqlite" if script.parent.name == "sqlite" else "postgresql"
        assert load(out)["importReport"]["dialect"] == expected, script


def test_postgres_wrong_password(
    cli: Path, tmp_path: Path, pg: Callable[[], str]
) -> None:
    """A role that must give a password: the wrong one is refused with libpq's message and
    nothing is written; the right one (through PGPASSWORD, as libpq reads it) imports."""
    import sqlalchemy as sa

    cluster = pg.__self__  # type: ignore[attr-defined]
    sa_url = pg()
    engine = sa.create_engine(sa_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(sa.text("DROP ROLE IF EXISTS pw_user"))
        conn.execute(sa.text("CREATE ROLE pw_user LOGIN PASSWORD 'right-horse'"))
        conn.execute(sa.text("CREATE TABLE thing (id serial PRIMARY KEY)"))
        conn.execute(sa.text("GRANT SELECT ON thing TO pw_user"))
    engine.dispose()
    hba = cluster.data / "pg_hba.conf"
    original = hba.read_text()
    hba.write_text("local all pw_user scram-sha-256\n" + original)
    try:
        r = subprocess.run(
            cluster._cmd([str(PG_BIN / "pg_ctl"), "-D", str(cluster.data), "reload"]),
            capture_output=True,
            text=True,
        )
        assert r.returncode == 0, r.stderr
        import time

        time.sleep(0.5)
        err = failing(
            cli, tmp_path, _libpq_url(sa_url, user="pw_user", password="wrong-horse")
        )
        assert "password authentication failed" in err, err
        assert "wrong-horse" not in err
        out = tmp_path / "ok.sqlmodel.json"
        env = dict(os.environ, PGPASSWORD="right-horse")
        r = subprocess.run(
            [str(cli), "import", _libpq_url(sa_url, user="pw_user"), "-o", str(out)],
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
        )
        assert r.returncode == 0, r.stderr
        assert "right-horse" not in out.read_text()
    finally:
        hba.write_text(original)
        subprocess.run(
            cluster._cmd([str(PG_BIN / "pg_ctl"), "-D", str(cluster.data), "reload"]),
            capture_output=True,
        )
