"""Round trip of real-world schemas through ``sqlmodel-studio import`` and ``generate``.

For every SQLite and PostgreSQL schema of the corpus (``SQLMODEL_STUDIO_CORPUS``, default
``shared/schemas`` beside the checkout; see its SOURCES.md): load it into a real database,
import that database, generate the models, ``create_all`` them into an empty database of
the same dialect, and compare both databases through ``sqlalchemy.inspect``
(``corpus_compare.py`` defines the matching).  Every element of the source must come back,
except those the project's import report lists.  The fidelity table of each schema is
printed (``pytest -s``) and collected in ``corpus-fidelity.md``/``.json`` under pytest's
base temp directory.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import corpus_compare as cc
from conftest import REPO, in_ci

CORPUS = Path(
    os.environ.get("SQLMODEL_STUDIO_CORPUS") or (REPO.parent / "shared" / "schemas")
)
MAX_LISTED = 40


def _cases() -> list[Any]:
    if not CORPUS.is_dir():
        return [pytest.param(None, id="corpus-missing")]
    sqlite = sorted((CORPUS / "sqlite").glob("*.sql")) + sorted(
        (CORPUS / "sqlite").glob("*.sqlite")
    )
    postgres = sorted((CORPUS / "postgres").glob("*.sql"))
    return [pytest.param(("sqlite", p), id=f"sqlite/{p.name}") for p in sqlite] + [
        pytest.param(("postgresql", p), id=f"postgres/{p.name}") for p in postgres
    ]


class FidelityReport:
    def __init__(self, base: Path) -> None:
        self.json_path = base / "corpus-fidelity.json"
        self.md_path = base / "corpus-fidelity.md"
        self.entries: dict[str, dict[str, Any]] = {}
        self.tables: dict[str, str] = {}

    def add(self, name: str, entry: dict[str, Any], table: str) -> None:
        self.entries[name] = entry
        self.tables[name] = table
        self.json_path.write_text(
            json.dumps(self.entries, indent=2, sort_keys=True), encoding="utf-8"
        )
        md = ["# Import round-trip fidelity\n"]
        for n in sorted(self.tables):
            md.append("```\n" + self.tables[n] + "\n```\n")
            listed = self.entries[n].get("mismatches", [])
            if listed:
                md.append(f"First mismatches of {n}:\n")
                md.extend(f"- {m}" for m in listed[:MAX_LISTED])
                md.append("")
        self.md_path.write_text("\n".join(md), encoding="utf-8")


@pytest.fixture(scope="session")
def fidelity_report(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[FidelityReport]:
    report = FidelityReport(tmp_path_factory.getbasetemp())
    yield report
    if report.entries:
        print(f"\ncorpus fidelity: {report.md_path} and {report.json_path}")


@pytest.mark.parametrize("case", _cases())
def test_corpus_round_trip(
    case: tuple[str, Path] | None,
    cli: Path,
    tmp_path: Path,
    request: pytest.FixtureRequest,
    fidelity_report: FidelityReport,
) -> None:
    if case is None:
        msg = f"schema corpus not found at {CORPUS} (set SQLMODEL_STUDIO_CORPUS)"
        if in_ci():
            pytest.fail(msg + " (CI=true: the corpus is required)", pytrace=False)
        pytest.skip(msg)
    dialect, src = case
    name = f"{'sqlite' if dialect == 'sqlite' else 'postgres'}/{src.name}"

    load_errors: list[str] = []
    extensions: list[tuple[str, str]] = []
    if dialect == "sqlite":
        src_db = tmp_path / "source.db"
        cc.load_sqlite(src, src_db)
        src_url = f"sqlite:///{src_db}"
        source_arg = str(src_db)
        dst_url = f"sqlite:///{tmp_path / 'created.db'}"
        n_errors = 0
    else:
        new_db = request.getfixturevalue("pg")
        src_url = new_db()
        n_errors, load_errors = cc.load_postgres(src, src_url)
        source_arg = cc.libpq_url(src_url)
        dst_url = new_db()
        extensions = cc.pg_extensions(src_url)
    schemas = cc.source_schemas(src_url)

    ours = cc.run_ours(cli, source_arg, tmp_path / "out")
    if ours.error:
        fidelity_report.add(name, {"error": ours.error}, f"== {name}\n   {ours.error}")
        pytest.fail(f"{name}: {ours.error}", pytrace=False)
    created = cc.create_from_models(
        ours.models, "models", dst_url, [s for s in schemas if s], extensions
    )
    result = cc.compare(
        cc.reflect(src_url, schemas), cc.reflect(dst_url, schemas), ours.notes
    )

    extra = f"load errors skipped: {n_errors}; import {ours.import_seconds:.2f}s, "
    extra += f"generate {ours.generate_seconds:.2f}s; notes {len(ours.notes)}"
    table = cc.format_table(name, result, extra)
    print("\n" + table)
    fidelity_report.add(
        name,
        {
            **result.to_json(),
            "load_errors": n_errors,
            "first_load_errors": load_errors,
            "create": created,
            "import_seconds": ours.import_seconds,
            "generate_seconds": ours.generate_seconds,
            "notes": len(ours.notes),
        },
        table,
    )
    print(f"(fidelity so far: {fidelity_report.md_path})")

    problems = []
    if not created.get("ok"):
        problems.append(
            f"the generated models did not create cleanly (stage {created.get('stage')}):\n  "
            + "\n  ".join(created.get("errors", [])[:10])
        )
    if result.mismatches:
        listed = "\n  ".join(result.mismatches[:MAX_LISTED])
        more = len(result.mismatches) - MAX_LISTED
        problems.append(
            f"{len(result.mismatches)} source elements not reported and not created "
            f"alike:\n  {listed}" + (f"\n  ... and {more} more" if more > 0 else "")
        )
    if problems:
        pytest.fail(f"{table}\n" + "\n".join(problems), pytrace=False)


# ---------------------------------------------------------------------------
# The comparison itself (no corpus, no CLI needed)


def _sqlite_shape(tmp_path: Path, name: str, script: str) -> cc.Shape:
    import sqlite3

    db = tmp_path / f"{name}.db"
    con = sqlite3.connect(db)
    con.executescript(script)
    con.close()
    return cc.reflect(f"sqlite:///{db}", [None])


def test_compare_rules(tmp_path: Path) -> None:
    src = _sqlite_shape(
        tmp_path,
        "src",
        """
        CREATE TABLE a (id INTEGER PRIMARY KEY, n NVARCHAR(20) NOT NULL DEFAULT ('x'),
                        v NUMERIC(10,2), CHECK (v > 0), UNIQUE (n));
        CREATE TABLE b (x INT REFERENCES a ON DELETE CASCADE, y TEXT, g TEXT);
        CREATE INDEX b_y ON b (y);
        CREATE INDEX b_g ON b (g);
        CREATE UNIQUE INDEX b_low ON b (lower(y)) WHERE x > 3;
        CREATE TABLE gone (id INTEGER PRIMARY KEY, a_id INT REFERENCES a(id));
        """,
    )
    same = _sqlite_shape(
        tmp_path,
        "same",
        """
        CREATE TABLE a (id INTEGER NOT NULL, n VARCHAR(20) NOT NULL DEFAULT 'x',
                        v NUMERIC(10, 2), PRIMARY KEY (id), CONSTRAINT c CHECK (v>0));
        CREATE UNIQUE INDEX a_n ON a (n);
        CREATE TABLE b (x BIGINT, y VARCHAR, g TEXT,
                        FOREIGN KEY (x) REFERENCES a (id) ON DELETE CASCADE);
        CREATE INDEX other_name ON b (y);
        CREATE UNIQUE INDEX b_low2 ON b (LOWER(y)) WHERE x > 3;
        """,
    )
    notes = [
        {"kind": "tableWithoutPrimaryKey", "object": "gone", "detail": "."},
        {"kind": "generatedColumn", "object": "b.g", "detail": "."},
        {"kind": "partitionedTable", "object": "a", "detail": "informational"},
    ]
    r = cc.compare(src, same, notes)
    assert r.mismatches == [], r.mismatches
    assert r.counts["tables"] == [2, 2, 1]
    assert r.counts["columns"] == [5, 5, 3]  # gone.* and b.g reported
    assert r.counts["indexes"] == [2, 2, 1]  # b_g uses a reported column
    assert r.counts["foreign_keys"] == [1, 1, 1]
    assert r.counts["uniques"] == [1, 1, 0]  # a unique index stands for UNIQUE (n)
    # Without the notes everything counts, and what is missing is listed.
    r = cc.compare(src, same, None)
    assert r.overall()[1] > r.overall()[0]
    assert any(m.startswith("tables: gone") for m in r.mismatches)
    # A difference in each category is found.
    other = _sqlite_shape(
        tmp_path,
        "other",
        """
        CREATE TABLE a (id INTEGER PRIMARY KEY, n TEXT, v NUMERIC(10,3));
        CREATE TABLE b (x INT REFERENCES a, y TEXT);
        CREATE INDEX b_y ON b (y, x);
        """,
    )
    r = cc.compare(src, other, notes)
    found = {m.split(":")[0] for m in r.mismatches}
    assert found == {
        "types",
        "nullability",
        "defaults",
        "foreign_keys",
        "uniques",
        "indexes",
        "checks",
    }, r.mismatches


def test_normalization() -> None:
    assert cc.norm_default("nextval('a_id_seq'::regclass)") == "autoincrement"
    assert cc.norm_default(None, identity=True) == "autoincrement"
    assert cc.norm_default("('now'::text)::date") == cc.norm_default("'now'::date")
    assert cc.norm_default("'A b'::character varying") == "'A b'"
    assert cc.norm_default("NOW()") == cc.norm_default("now( )")
    assert cc.norm_sql("(x > 0)") == cc.norm_sql("X>0")
    assert cc.norm_sql("(a) OR (b)") == "(a)or(b)"
    assert cc.norm_action("NO ACTION") is None
    assert "\\c chinook" not in cc.strip_psql_script(
        "DROP DATABASE IF EXISTS chinook;\nCREATE DATABASE chinook;\n\\c chinook;\nSELECT 1;"
    )
