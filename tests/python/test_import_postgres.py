"""`sqlmodel-studio import postgresql://...`: the live PostgreSQL reader, against a throwaway
cluster (the ``pg`` fixture): what it keeps, what it reports, how it fails, and that it only
reads."""

from __future__ import annotations

import functools
import json
import os
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

REPO = Path(__file__).resolve().parent.parent.parent
PG_BIN = Path(os.environ.get("SMS_PG_BIN", "/usr/lib/postgresql/15/bin"))
CORPUS = Path(os.environ.get("SMS_CORPUS", "/work/shared/schemas/postgres"))


def libpq_url(sa_url: str, user: str = "postgres", password: str | None = None) -> str:
    """The fixture's SQLAlchemy URL in libpq form, for the CLI."""
    parts = urlsplit(sa_url)
    query = parse_qs(parts.query)
    auth = user if password is None else f"{user}:{password}"
    return f"postgresql://{auth}@{parts.path}?host={query['host'][0]}&port={query['port'][0]}"


def socket_of(sa_url: str) -> tuple[str, str, str]:
    parts = urlsplit(sa_url)
    query = parse_qs(parts.query)
    return query["host"][0], query["port"][0], parts.path.lstrip("/")


def psql(sa_url: str, sql: str | None = None, file: Path | None = None) -> str:
    host, port, db = socket_of(sa_url)
    cmd = [
        str(PG_BIN / "psql"),
        "-X",
        "-q",
        "-At",
        "-h",
        host,
        "-p",
        port,
        "-U",
        "postgres",
        "-d",
        db,
    ]
    if file is not None:
        cmd += ["-v", "ON_ERROR_STOP=0", "-f", str(file)]
    else:
        assert sql is not None
        cmd += ["-v", "ON_ERROR_STOP=1", "-c", sql]
    if os.geteuid() == 0:
        cmd = ["runuser", "-u", "postgres", "--", *cmd]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    if file is None and r.returncode != 0:
        raise AssertionError(f"psql failed:\n{r.stderr}")
    return r.stdout


def sms(cli: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(cli), *args], capture_output=True, text=True, timeout=120
    )


def import_db(
    cli: Path, url: str, out: Path, *extra: str
) -> tuple[dict[str, Any], subprocess.CompletedProcess[str]]:
    r = sms(cli, "import", url, "-o", str(out), *extra)
    assert r.returncode == 0, f"import failed ({r.returncode}):\n{r.stdout}\n{r.stderr}"
    project: dict[str, Any] = json.loads(out.read_text())
    return project, r


def tables_of(project: dict[str, Any]) -> dict[str, dict[str, Any]]:
    out = {}
    for t in project["tables"]:
        key = f"{t['schema']}.{t['name']}" if t.get("schema") else t["name"]
        out[key] = t
    return out


def notes_of(project: dict[str, Any]) -> set[tuple[str, str]]:
    return {(n["kind"], n.get("object", "")) for n in project["importReport"]["notes"]}


def column(table: dict[str, Any], name: str) -> dict[str, Any]:
    for c in table["columns"]:
        if c["name"] == name:
            found: dict[str, Any] = c
            return found
    raise AssertionError(f"no column {name} in {table['name']}: {table['columns']}")


SHOP = r"""
CREATE SCHEMA other;
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TYPE other.level AS ENUM ('low', 'high');
CREATE DOMAIN positive_int AS integer NOT NULL CHECK (VALUE > 0);
CREATE TABLE customer (
    id serial PRIMARY KEY,
    name varchar(40) NOT NULL,
    balance numeric(10,2) DEFAULT 0 CHECK (balance >= 0),
    created timestamptz NOT NULL DEFAULT now(),
    seen timestamp(6),
    opens time with time zone,
    scores int[],
    extra jsonb,
    token uuid UNIQUE,
    feeling mood,
    quantity positive_int,
    name_upper text GENERATED ALWAYS AS (upper(name)) STORED
);
COMMENT ON TABLE customer IS 'People who buy';
COMMENT ON COLUMN customer.name IS 'Full name';
CREATE TABLE big (id bigserial PRIMARY KEY, label text);
CREATE TABLE ident (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, note text);
CREATE TABLE other.account (
    code text,
    region int,
    owner_id int REFERENCES customer(id),
    lvl other.level,
    PRIMARY KEY (code, region)
);
CREATE TABLE line (
    id serial PRIMARY KEY,
    code text,
    region int,
    FOREIGN KEY (code, region) REFERENCES other.account(code, region)
        ON DELETE CASCADE ON UPDATE SET NULL,
    CONSTRAINT line_code_region_uq UNIQUE (code, region)
);
CREATE INDEX customer_name_partial ON customer (name) WHERE balance > 0;
CREATE INDEX customer_lower_name ON customer (lower(name));
CREATE INDEX customer_extra_gin ON customer USING gin (extra);
CREATE VIEW rich AS SELECT * FROM customer WHERE balance > 1000;
CREATE MATERIALIZED VIEW customer_count AS SELECT count(*) FROM customer;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN NEW.created := now(); RETURN NEW; END $$;
CREATE TRIGGER customer_touch BEFORE UPDATE ON customer FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TABLE measure (id int, at date NOT NULL, v int, PRIMARY KEY (id, at))
    PARTITION BY RANGE (at);
CREATE TABLE measure_2024 PARTITION OF measure FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE measure_2025 PARTITION OF measure FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE event (id serial PRIMARY KEY, happened date);
CREATE TABLE event_old (archived boolean) INHERITS (event);
CREATE SEQUENCE loose_seq;
CREATE EXTENSION citext;
CREATE TABLE tagged (id serial PRIMARY KEY, email citext, tags text COLLATE "C", n int);
CREATE INDEX tagged_tags_pattern ON tagged (tags text_pattern_ops);
CREATE INDEX tagged_n_desc ON tagged (n DESC);
"""


@pytest.fixture(scope="module")
def shop(pg: Callable[[], str]) -> str:
    url = pg()
    psql(url, SHOP)
    return url


def test_import_keeps_the_model(cli: Path, shop: str, tmp_path: Path) -> None:
    project, r = import_db(cli, libpq_url(shop), tmp_path / "shop.sqlmodel.json")
    tables = tables_of(project)
    assert set(tables) == {
        "customer",
        "big",
        "ident",
        "other.account",
        "line",
        "measure",
        "event",
        "tagged",
    }

    customer = tables["customer"]
    assert customer["comment"] == "People who buy"
    assert column(customer, "name")["comment"] == "Full name"
    assert column(customer, "id")["primaryKey"]
    assert column(customer, "id").get("autoincrement")
    assert "serverDefault" not in column(customer, "id")
    assert column(customer, "name")["type"].get("length") == 40
    assert column(customer, "name").get("nullable", True) is False
    assert column(customer, "feeling")["type"]["kind"] == "enum"
    assert "name_upper" not in {c["name"] for c in customer["columns"]}
    # the domain: base type, NOT NULL, and its check with VALUE replaced by the column
    quantity = column(customer, "quantity")
    assert quantity.get("nullable", True) is False
    checks = {c["name"]: c["expression"] for c in customer.get("checks", [])}
    assert any("quantity > 0" in e for e in checks.values()), checks
    assert any("balance >= " in e for e in checks.values()), checks
    assert {i["name"] for i in customer.get("indexes", [])} == {"customer_name_partial"}
    partial = customer["indexes"][0]
    assert partial["where"] and "balance" in partial["where"]

    assert column(tables["big"], "id").get("autoincrement")
    assert column(tables["ident"], "id").get("autoincrement")

    account = tables["other.account"]
    assert [c["name"] for c in account["columns"] if c.get("primaryKey")] == [
        "code",
        "region",
    ]
    assert column(account, "lvl")["type"]["kind"] == "enum"
    line = tables["line"]
    (fk,) = line["foreignKeys"]
    line_names = {c["id"]: c["name"] for c in line["columns"]}
    account_names = {c["id"]: c["name"] for c in account["columns"]}
    assert [line_names[c] for c in fk["columns"]] == ["code", "region"]
    assert fk["refTable"] == account["id"]
    assert [account_names[c] for c in fk["refColumns"]] == ["code", "region"]
    assert fk["onDelete"] == "CASCADE"
    assert fk["onUpdate"] == "SET NULL"
    assert [[line_names[c] for c in u["columns"]] for u in line.get("uniques", [])] == [
        ["code", "region"]
    ]

    notes = notes_of(project)
    for expected in [
        ("generatedColumn", "customer.name_upper"),
        ("domain", "customer.quantity"),
        ("expressionIndex", "customer.customer_lower_name"),
        ("index", "customer.customer_extra_gin"),
        ("view", "rich"),
        ("materializedView", "customer_count"),
        ("trigger", "customer.customer_touch"),
        ("function", "touch"),
        ("partitionedTable", "measure"),
        ("partition", "measure_2024"),
        ("partition", "measure_2025"),
        ("inheritance", "event_old"),
        ("sequence", "loose_seq"),
        ("extension", "citext"),
        ("type", "tagged.email"),
        ("collation", "tagged.tags"),
        ("index", "tagged.tagged_tags_pattern"),
        ("index", "tagged.tagged_n_desc"),
    ]:
        assert expected in notes, f"{expected} not in {sorted(notes)}"
    # the extension's own functions and types are not reported one by one
    assert {o for k, o in notes if k == "function"} == {"touch"}
    assert column(tables["tagged"], "email")["type"] == {
        "kind": "dialect",
        "sql": "citext",
    }
    assert [i["name"] for i in tables["tagged"].get("indexes", [])] == ["tagged_n_desc"]
    # sequences owned by serial / identity columns are not reported
    assert not any(k == "sequence" and "customer_id_seq" in o for k, o in notes)
    assert project["importReport"]["dialect"] == "postgresql"
    assert "password" not in project["importReport"]["source"]


def test_schema_option_limits_the_import(cli: Path, shop: str, tmp_path: Path) -> None:
    project, _ = import_db(
        cli, libpq_url(shop), tmp_path / "other.sqlmodel.json", "--schema", "other"
    )
    assert set(tables_of(project)) == {"other.account"}
    account = tables_of(project)["other.account"]
    # its foreign key to public.customer cannot be kept without public
    assert not account.get("foreignKeys")
    assert ("foreignKey", "other.account.account_owner_id_fkey") in notes_of(project)


def test_unknown_schema_is_an_error(cli: Path, shop: str, tmp_path: Path) -> None:
    out = tmp_path / "x.sqlmodel.json"
    r = sms(cli, "import", libpq_url(shop), "-o", str(out), "--schema", "nosuch")
    assert r.returncode == 1, r.stderr
    assert '"nosuch"' in r.stderr
    assert not out.exists()


def test_read_only_role_and_nothing_written(
    cli: Path, shop: str, tmp_path: Path
) -> None:
    host, port, db = socket_of(shop)
    psql(
        shop,
        "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'reader') THEN "
        "CREATE ROLE reader LOGIN PASSWORD 's3cret-pw'; END IF; END $$;"
        f'REVOKE CONNECT ON DATABASE "{db}" FROM PUBLIC;'
        f'GRANT CONNECT ON DATABASE "{db}" TO reader;'
        "GRANT USAGE ON SCHEMA public, other TO reader;"
        "GRANT SELECT ON ALL TABLES IN SCHEMA public, other TO reader;",
    )
    before = psql(
        shop,
        "SELECT md5(string_agg(oid::text || relname || relkind::text, ',' ORDER BY oid)) FROM pg_class",
    )
    t0 = time.perf_counter()
    project, _ = import_db(
        cli,
        libpq_url(shop, user="reader", password="s3cret-pw"),
        tmp_path / "ro.sqlmodel.json",
    )
    print(f"shop import as a read-only role: {time.perf_counter() - t0:.3f} s")
    assert "s3cret-pw" not in json.dumps(project)
    assert len(project["tables"]) == 8
    after = psql(
        shop,
        "SELECT md5(string_agg(oid::text || relname || relkind::text, ',' ORDER BY oid)) FROM pg_class",
    )
    assert before == after


def test_no_usage_on_a_schema(cli: Path, pg: Callable[[], str], tmp_path: Path) -> None:
    url = pg()
    psql(
        url,
        "CREATE SCHEMA hidden; CREATE TABLE hidden.t (id int PRIMARY KEY);"
        "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'nousage') THEN "
        "CREATE ROLE nousage LOGIN; END IF; END $$;",
    )
    out = tmp_path / "n.sqlmodel.json"
    r = sms(
        cli,
        "import",
        libpq_url(url, user="nousage"),
        "-o",
        str(out),
        "--schema",
        "hidden",
    )
    assert r.returncode == 1
    assert 'schema "hidden"' in r.stderr
    assert not out.exists()


@pytest.mark.parametrize("case", ["no-database", "no-role", "unreachable"])
def test_connection_failures(cli: Path, shop: str, tmp_path: Path, case: str) -> None:
    host, port, db = socket_of(shop)
    if case == "no-database":
        url = f"postgresql://postgres:topsecret@/nosuchdb?host={host}&port={port}"
        expect = "nosuchdb"
    elif case == "no-role":
        url = f"postgresql://ghost:topsecret@/{db}?host={host}&port={port}"
        expect = "ghost"
    else:
        url = f"postgresql://postgres:topsecret@127.0.0.1:1/{db}?connect_timeout=3"
        expect = "127.0.0.1"
    out = tmp_path / "f.sqlmodel.json"
    r = sms(cli, "import", url, "-o", str(out))
    assert r.returncode == 1, (r.returncode, r.stderr)
    assert "topsecret" not in r.stderr + r.stdout
    assert expect in r.stderr, r.stderr
    assert "cannot connect" in r.stderr
    assert not out.exists()


def load_corpus(pg: Callable[[], str], name: str) -> str:
    path = CORPUS / name
    if not path.exists():
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{path} is missing (CI=true: the corpus is required)", pytrace=False)
        pytest.skip(f"{path} is missing")
    url = pg()
    psql(url, file=path)
    return url


def test_pagila(cli: Path, pg: Callable[[], str], tmp_path: Path) -> None:
    url = load_corpus(pg, "pagila.sql")
    project, _ = import_db(cli, libpq_url(url), tmp_path / "pagila.sqlmodel.json")
    tables = tables_of(project)
    assert len(tables) == 15, sorted(tables)
    assert "payment" in tables
    notes = notes_of(project)
    assert ("partitionedTable", "payment") in notes
    assert sum(1 for k, _ in notes if k == "partition") == 7
    assert ("view", "film_list") in notes
    film = tables["film"]
    assert column(film, "rating")["type"]["kind"] == "enum"


def test_musicbrainz(cli: Path, pg: Callable[[], str], tmp_path: Path) -> None:
    url = load_corpus(pg, "musicbrainz.sql")
    t0 = time.perf_counter()
    project, _ = import_db(cli, libpq_url(url), tmp_path / "mb.sqlmodel.json")
    elapsed = time.perf_counter() - t0
    print(f"musicbrainz import: {elapsed:.3f} s for {len(project['tables'])} tables")
    tables = tables_of(project)
    assert len(tables) == 381
    schemas = {t.get("schema") or "public" for t in project["tables"]}
    assert len(schemas) == 4, schemas


def logged_statements(sa_url: str, action: Callable[[], object]) -> int:
    """How many statements the server logs for `action` (log_statement=all on the database)."""
    host, _, _ = socket_of(sa_url)
    log = Path(host) / "log"  # the fixture's cluster logs next to its socket
    start = log.stat().st_size
    action()
    time.sleep(0.2)
    with log.open("rb") as f:
        f.seek(start)
        text = f.read().decode(errors="replace")
    return sum(
        1
        for ln in text.splitlines()
        if "LOG:  statement:" in ln or "LOG:  execute" in ln
    )


def test_query_count_is_independent_of_table_count(
    cli: Path, pg: Callable[[], str], tmp_path: Path
) -> None:
    counts = []
    for n in (2, 60):
        url = pg()
        _, _, db = socket_of(url)
        ddl = "".join(
            f"CREATE TABLE t{i} (id serial PRIMARY KEY, name text, "
            f"parent int REFERENCES t{max(i - 1, 0)}(id));"
            if i
            else "CREATE TABLE t0 (id serial PRIMARY KEY, name text);"
            for i in range(n)
        )
        psql(url, ddl + f"ALTER DATABASE \"{db}\" SET log_statement = 'all';")
        out = tmp_path / f"n{n}.sqlmodel.json"
        counts.append(
            logged_statements(
                url, functools.partial(import_db, cli, libpq_url(url), out)
            )
        )
        assert len(json.loads(out.read_text())["tables"]) == n
    print(f"statements logged for 2 and 60 tables: {counts}")
    assert counts[0] == counts[1]
    assert 0 < counts[0] <= 10
