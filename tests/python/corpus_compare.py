"""Round-trip comparison of a source database against the one its generated models create.

Used by ``test_import_corpus.py`` (our importer) and ``bench/bench_import.py`` (ours and
sqlacodegen).  Both databases are reflected with ``sqlalchemy.inspect`` (the bulk
``get_multi_*`` calls) and reduced to a :class:`Shape`; :func:`compare` then counts, per
category, how many of the SOURCE's elements the created database has.

Matching rules (the created database may have more; only the source's elements count):

* **tables**: by ``(schema, name)``.  PostgreSQL: every non-system schema of the source
  (``pg_catalog``, ``information_schema``, ``pg_toast*``, ``pg_temp*`` excluded); the
  default schema ``public`` is normalized to ``None`` on both sides.  Partitions are
  tables here (the importer reports them).
* **columns**: by name within a matched table.
* **types**: PostgreSQL: the reflected type compiled with the PostgreSQL dialect,
  upper-cased with whitespace collapsed (``VARCHAR(40)``, ``TIMESTAMP(6) WITHOUT TIME
  ZONE``, ``INTEGER[]``); a domain compares as its base type (the domain itself is not part
  of the model); a type SQLAlchemy cannot reflect (``cube``, ...) compares as
  ``format_type()`` from the catalog (a domain's base type likewise, as ``format_type``
  spells it, ``character varying``/``character`` written ``VARCHAR``/``CHAR``).
  SQLite has only type affinities, so a type is
  SQLAlchemy's affinity class of the reflected type (``String``, ``Integer``,
  ``Numeric``, ``DateTime``, ``NullType`` for no declared type, ...) plus its
  length/precision/scale: ``NVARCHAR(160)`` and ``VARCHAR(160)`` match, ``BIGINT`` and
  ``INTEGER`` match (both ``Integer``), ``TEXT`` and ``VARCHAR(10)`` do not.
* **nullability**: the reflected ``nullable`` flag; primary-key columns count as NOT NULL
  on both sides (PostgreSQL enforces it; SQLite's NULL in a non-INTEGER key column is a
  legacy quirk that no DDL generator reproduces).
* **defaults**: over the source columns that have a server default (or number
  themselves).  Normalized on both sides alike: case folded outside quotes, whitespace
  collapsed, casts ``::type`` removed, outer parentheses stripped.  ``nextval('…')``
  (serial), an identity column, count as ``autoincrement``.
* **primary keys**: over the source tables that have one; by the ordered column list.
* **foreign keys**: by ``(columns, referred schema, referred table, referred columns,
  ON DELETE, ON UPDATE)``, names ignored (``NO ACTION`` = none); as a multiset.
* **uniques**: unique constraints, by column set.  A unique constraint and a unique
  (non-partial) index on the same columns are equivalent: either on the created side
  matches either on the source side (also in **indexes**).
* **indexes**: by ``(columns, unique, WHERE predicate)``, names ignored; columns are the
  column names, or the normalized expression text for an expression index (PostgreSQL:
  as reflected; SQLite: from ``sqlite_master.sql``, since SQLAlchemy skips them).
  PostgreSQL indexes that only back a unique constraint are counted under uniques.
* **checks**: by normalized SQL text (as for defaults, and identifier quotes ``"x"``,
  ``[x]``, `` `x` `` dropped; PostgreSQL: ``sqltext`` as reflected, i.e.
  ``pg_get_constraintdef``; SQLite: as written), multiset, names ignored.

Elements that the project's ``importReport`` lists are left out of the total and counted
as *reported* instead (``compare(..., notes=None)`` counts everything, as the bench does for
the fair comparison with sqlacodegen):

* a note whose object is a table (``table``, or ``schema.table`` outside ``public``)
  excludes that table and everything in it;
* ``<table object>.<name>`` excludes the column, index or constraint of that name, and
  with it the indexes, uniques, foreign keys, primary key and checks that use that column
  (a check "uses" a column whose name occurs in it as a word); a note of kind ``default``
  excludes only that column's default;
* ``<table>.fk(<col>,...)`` excludes the unnamed SQLite foreign key on those columns;
* a ``<table object>.<name>`` note whose name is no column, index or constraint of the
  source table stands for one of its unnamed checks (the importer names them): each such
  note excludes one unnamed check of that table;
* foreign keys that refer to a reported table are excluded;
* kinds ``partitionedTable``, ``domain`` and ``comment`` are informational (the element is
  kept) and exclude nothing.

Run as a script (``python corpus_compare.py create ...``) it imports a generated module in a
fresh interpreter and ``create_all``s its metadata; see :func:`create_main`.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import traceback
import warnings
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CATEGORIES = (
    "tables",
    "columns",
    "types",
    "nullability",
    "defaults",
    "primary_keys",
    "foreign_keys",
    "uniques",
    "indexes",
    "checks",
)
INFORMATIONAL_KINDS = {"partitionedTable", "domain", "comment"}
PG_BIN = Path(os.environ.get("SMS_PG_BIN", "/usr/lib/postgresql/15/bin"))

TableKey = tuple[str | None, str]


# ---------------------------------------------------------------------------
# Normalization


def _split_quoted(text: str) -> list[tuple[bool, str]]:
    """(is_quoted, piece) pieces; single-quoted string literals kept verbatim."""
    parts: list[tuple[bool, str]] = []
    for i, piece in enumerate(re.split(r"('(?:[^']|'')*')", text)):
        if piece:
            parts.append((i % 2 == 1, piece))
    return parts


_CAST = re.compile(
    r"::\s*(?:\"[^\"]+\"|[A-Za-z_][\w.]*)"
    r"(?:\s+(?:varying|precision|without\s+time\s+zone|with\s+time\s+zone))*"
    r"(?:\s*\(\s*\d+(?:\s*,\s*\d+)?\s*\))?(?:\[\])*"
)


def _strip_outer_parens(s: str) -> str:
    while s.startswith("(") and s.endswith(")"):
        depth = 0
        for i, ch in enumerate(s):
            depth += ch == "("
            depth -= ch == ")"
            if depth == 0 and i < len(s) - 1:
                return s
        s = s[1:-1].strip()
    return s


def norm_sql(text: str | None) -> str | None:
    """Case folded outside quotes, whitespace collapsed, casts and outer parens removed."""
    if text is None:
        return None
    out = []
    for quoted, piece in _split_quoted(str(text)):
        if quoted:
            out.append(piece)
        else:
            piece = _CAST.sub("", piece.lower())
            # identifier quoting: "x", [x] and `x` are the same name
            piece = re.sub(r'["`\[\]]', "", piece)
            piece = re.sub(r"\s+", " ", piece)
            piece = re.sub(r"\s*([(),=<>!+*/-])\s*", r"\1", piece)
            out.append(piece)
    s = "".join(out).strip()
    s = _strip_outer_parens(s)
    # A cast applied to a parenthesized literal leaves "('x')"; strip once more.
    return _strip_outer_parens(s)


def norm_default(text: str | None, identity: bool = False) -> str | None:
    if identity:
        return "autoincrement"
    if text is None:
        return None
    if re.match(r"\s*nextval\s*\(", str(text), re.I):
        return "autoincrement"
    return norm_sql(text)


def norm_action(value: str | None) -> str | None:
    if not value:
        return None
    v = re.sub(r"\s+", " ", value.strip().upper())
    return None if v == "NO ACTION" else v


def _norm_type_text(text: str) -> str:
    t = re.sub(r"\s+", " ", text.strip().upper())
    return re.sub(r"\s*,\s*", ",", t)


# ---------------------------------------------------------------------------
# Shapes


@dataclass
class Column:
    name: str
    type: str
    nullable: bool
    default: str | None


@dataclass
class Index:
    name: str | None
    key: tuple[Any, ...]  # (columns, unique, where)
    columns: tuple[str, ...]  # plain column names used (for exclusion)


@dataclass
class ForeignKey:
    name: str | None
    key: tuple[Any, ...]
    columns: tuple[str, ...]
    referred: TableKey


@dataclass
class Table:
    schema: str | None
    name: str
    columns: dict[str, Column] = field(default_factory=dict)
    pk: tuple[str, ...] = ()
    pk_name: str | None = None
    fks: list[ForeignKey] = field(default_factory=list)
    uniques: list[tuple[str | None, tuple[str, ...]]] = field(default_factory=list)
    indexes: list[Index] = field(default_factory=list)
    checks: list[tuple[str | None, str]] = field(default_factory=list)


@dataclass
class Shape:
    dialect: str
    tables: dict[TableKey, Table] = field(default_factory=dict)


def table_object(key: TableKey) -> str:
    """The importReport's name for a table: ``table`` or ``schema.table``."""
    schema, name = key
    return name if schema is None else f"{schema}.{name}"


def fmt_table(key: TableKey) -> str:
    return table_object(key)


# ---------------------------------------------------------------------------
# Reflection


def _pg_format_types(conn: Any, schema: str) -> dict[tuple[str, str], str]:
    import sqlalchemy as sa

    rows = conn.execute(
        sa.text(
            "SELECT c.relname, a.attname, CASE WHEN t.typtype = 'd' THEN "
            "format_type(t.typbasetype, t.typtypmod) ELSE "
            "format_type(a.atttypid, a.atttypmod) END "
            "FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "JOIN pg_type t ON t.oid = a.atttypid "
            "WHERE n.nspname = :s AND a.attnum > 0 AND NOT a.attisdropped "
            "AND c.relkind IN ('r','p')"
        ),
        {"s": schema},
    )
    return {(r[0], r[1]): r[2] for r in rows}


def _type_key(sa_type: Any, dialect: Any, fallback: str | None) -> str:
    from sqlalchemy.dialects import postgresql
    from sqlalchemy.types import NullType

    if dialect.name == "sqlite":
        aff = getattr(sa_type, "_type_affinity", None) or type(sa_type)
        extra = []
        for attr in ("length", "precision", "scale"):
            v = getattr(sa_type, attr, None)
            if v is not None:
                extra.append(f"{attr}={v}")
        return f"{aff.__name__}({','.join(extra)})" if extra else aff.__name__
    if isinstance(sa_type, (postgresql.DOMAIN, NullType)) and fallback:
        # the domain's base type as the catalog spells it, in SQLAlchemy's spelling
        text = re.sub(r"^character varying\b", "VARCHAR", fallback)
        text = re.sub(r"^character\b", "CHAR", text)
        return _norm_type_text(text)
    if isinstance(sa_type, postgresql.DOMAIN):
        sa_type = sa_type.data_type
    try:
        return _norm_type_text(sa_type.compile(dialect=dialect))
    except Exception:
        return _norm_type_text(fallback or repr(sa_type))


def _sqlite_expression_indexes(
    dbapi_path: str,
) -> dict[str, list[Index]]:
    """Expression indexes, which SQLAlchemy's SQLite reflection skips."""
    found: dict[str, list[Index]] = {}
    con = sqlite3.connect(f"file:{dbapi_path}?mode=ro", uri=True)
    try:
        rows = con.execute(
            "SELECT name, tbl_name, sql FROM sqlite_master WHERE type='index' AND sql "
            "IS NOT NULL"
        ).fetchall()
        for name, tbl, sql in rows:
            info = con.execute(f'PRAGMA index_xinfo("{name.replace(chr(34), "")}")')
            if not any(r[1] == -2 for r in info.fetchall()):
                continue
            m = re.search(
                r"\bON\s+(?:\"[^\"]+\"|\[[^\]]+\]|`[^`]+`|\S+?)\s*\(", sql, re.I
            )
            body = sql[m.end() - 1 :] if m else sql
            # the parenthesized column part, then an optional WHERE
            depth = 0
            end = len(body)
            for i, ch in enumerate(body):
                depth += ch == "("
                depth -= ch == ")"
                if depth == 0:
                    end = i + 1
                    break
            cols = norm_sql(body[:end]) or ""
            wm = re.search(r"\bWHERE\b(.*)$", body[end:], re.I | re.S)
            where = norm_sql(wm.group(1)) if wm else None
            unique = bool(re.match(r"\s*CREATE\s+UNIQUE\b", sql, re.I))
            found.setdefault(tbl, []).append(
                Index(name, (("expr:" + cols,), unique, where), ())
            )
    finally:
        con.close()
    return found


def _sqlite_uniques(path: str) -> dict[str, list[tuple[str | None, tuple[str, ...]]]]:
    """Unique constraints from PRAGMA index_list (origin 'u'): inline or table-level."""
    out: dict[str, list[tuple[str | None, tuple[str, ...]]]] = {}
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE "
                "'sqlite_%'"
            )
        ]
        for t in tables:
            q = t.replace('"', '""')
            for row in con.execute(f'PRAGMA index_list("{q}")').fetchall():
                if row[3] != "u":
                    continue
                iq = row[1].replace('"', '""')
                cols = tuple(
                    r[2]
                    for r in sorted(
                        con.execute(f'PRAGMA index_info("{iq}")').fetchall()
                    )
                )
                out.setdefault(t, []).append((None, cols))
    finally:
        con.close()
    return out


def _sqlite_fk_actions(
    path: str,
) -> dict[str, dict[tuple[tuple[str, ...], str], tuple[str | None, str | None]]]:
    """ON DELETE/UPDATE from PRAGMA foreign_key_list: SQLAlchemy parses them from the
    table's SQL and misses them when the referenced columns are left out."""
    out: dict[
        str, dict[tuple[tuple[str, ...], str], tuple[str | None, str | None]]
    ] = {}
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE "
                "'sqlite_%'"
            )
        ]
        for t in tables:
            q = t.replace('"', '""')
            by_id: dict[int, list[Any]] = {}
            for row in con.execute(f'PRAGMA foreign_key_list("{q}")').fetchall():
                by_id.setdefault(row[0], []).append(row)
            for rows in by_id.values():
                rows.sort(key=lambda r: r[1])
                cols = tuple(r[3] for r in rows)
                out.setdefault(t, {})[(cols, rows[0][2])] = (
                    norm_action(rows[0][6]),
                    norm_action(rows[0][5]),
                )
    finally:
        con.close()
    return out


def reflect(url: str, schemas: list[str | None] | None = None) -> Shape:
    """Reflect every table of the database at ``url`` (a SQLAlchemy URL)."""
    import sqlalchemy as sa

    engine = sa.create_engine(url)
    try:
        return _reflect(engine, schemas)
    finally:
        engine.dispose()


def source_schemas(url: str) -> list[str | None]:
    """The non-system schemas of a database (``None`` = the default one)."""
    import sqlalchemy as sa

    engine = sa.create_engine(url)
    try:
        if engine.dialect.name != "postgresql":
            return [None]
        insp = sa.inspect(engine)
        default = insp.default_schema_name
        out: list[str | None] = []
        for s in insp.get_schema_names():
            if s in ("information_schema", "pg_catalog") or s.startswith(
                ("pg_toast", "pg_temp")
            ):
                continue
            out.append(None if s == default else s)
        return sorted(out, key=lambda s: (s is not None, s or ""))
    finally:
        engine.dispose()


def _reflect(engine: Any, schemas: list[str | None] | None) -> Shape:
    import sqlalchemy as sa

    dialect = engine.dialect
    shape = Shape(dialect.name)
    if schemas is None:
        schemas = source_schemas(str(engine.url.render_as_string(hide_password=False)))
    insp = sa.inspect(engine)
    default = insp.default_schema_name if dialect.name == "postgresql" else None

    def norm_schema(s: str | None) -> str | None:
        return None if s in (None, default) else s

    sqlite_path = engine.url.database if dialect.name == "sqlite" else None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for schema in schemas:
            pg_types: dict[tuple[str, str], str] = {}
            if dialect.name == "postgresql":
                with engine.connect() as conn:
                    pg_types = _pg_format_types(conn, str(schema or default))
            kw: dict[str, Any] = {"schema": schema}
            names = insp.get_table_names(schema=schema)
            if not names:
                continue
            cols = insp.get_multi_columns(**kw)
            pks = insp.get_multi_pk_constraint(**kw)
            fks = insp.get_multi_foreign_keys(**kw)
            idxs = insp.get_multi_indexes(**kw)
            uqs = insp.get_multi_unique_constraints(**kw)
            cks = insp.get_multi_check_constraints(**kw)
            expr_idx = _sqlite_expression_indexes(sqlite_path) if sqlite_path else {}
            sq_uqs = _sqlite_uniques(sqlite_path) if sqlite_path else {}
            sq_fk = _sqlite_fk_actions(sqlite_path) if sqlite_path else {}
            for (s, tname), clist in cols.items():
                if tname.startswith("sqlite_"):
                    continue
                key = (norm_schema(s), tname)
                t = Table(*key)
                pk = pks.get((s, tname)) or {}
                t.pk = tuple(pk.get("constrained_columns") or ())
                t.pk_name = pk.get("name")
                for c in clist:
                    ident = bool(c.get("identity"))
                    t.columns[c["name"]] = Column(
                        c["name"],
                        _type_key(c["type"], dialect, pg_types.get((tname, c["name"]))),
                        bool(c["nullable"]) and c["name"] not in t.pk,
                        norm_default(c.get("default"), ident),
                    )
                for fk in fks.get((s, tname)) or []:
                    ref = (norm_schema(fk.get("referred_schema")), fk["referred_table"])
                    if fk.get("referred_schema") is None and s not in (None, default):
                        # PostgreSQL leaves the schema out when it is on search_path
                        ref = (None, fk["referred_table"])
                    opts = fk.get("options") or {}
                    ccols = tuple(fk["constrained_columns"])
                    ondelete = norm_action(opts.get("ondelete"))
                    onupdate = norm_action(opts.get("onupdate"))
                    if sqlite_path:
                        ondelete, onupdate = sq_fk.get(tname, {}).get(
                            (ccols, fk["referred_table"]), (ondelete, onupdate)
                        )
                    t.fks.append(
                        ForeignKey(
                            fk.get("name"),
                            (
                                ccols,
                                ref,
                                tuple(fk.get("referred_columns") or ()),
                                ondelete,
                                onupdate,
                            ),
                            ccols,
                            ref,
                        )
                    )
                if sqlite_path:
                    t.uniques = list(sq_uqs.get(tname, []))
                else:
                    t.uniques = [
                        (u.get("name"), tuple(u["column_names"]))
                        for u in uqs.get((s, tname)) or []
                    ]
                for ix in idxs.get((s, tname)) or []:
                    if ix.get("duplicates_constraint"):
                        continue
                    names_ = ix.get("column_names") or []
                    exprs = ix.get("expressions") or []
                    parts = []
                    plain = []
                    for i, n in enumerate(names_):
                        if n is None:
                            e = exprs[i] if i < len(exprs) else "?"
                            parts.append("expr:" + (norm_sql(e) or ""))
                        else:
                            parts.append(n)
                            plain.append(n)
                    opts = ix.get("dialect_options") or {}
                    where = opts.get("postgresql_where") or opts.get("sqlite_where")
                    if where is not None and not isinstance(where, str):
                        where = str(getattr(where, "text", where))
                    t.indexes.append(
                        Index(
                            ix.get("name"),
                            (tuple(parts), bool(ix.get("unique")), norm_sql(where)),
                            tuple(plain),
                        )
                    )
                t.indexes.extend(expr_idx.get(tname, []))
                for ck in cks.get((s, tname)) or []:
                    t.checks.append((ck.get("name"), norm_sql(ck["sqltext"]) or ""))
                shape.tables[key] = t
    return shape


# ---------------------------------------------------------------------------
# Comparison


@dataclass
class Result:
    counts: dict[str, list[int]]  # category -> [matched, total, reported]
    mismatches: list[str]

    def ok(self) -> bool:
        return not self.mismatches

    def overall(self) -> tuple[int, int]:
        m = sum(v[0] for v in self.counts.values())
        t = sum(v[1] for v in self.counts.values())
        return m, t

    def to_json(self) -> dict[str, Any]:
        return {
            "counts": {
                k: {"matched": v[0], "total": v[1], "reported": v[2]}
                for k, v in self.counts.items()
            },
            "mismatches": self.mismatches,
        }


class _Reported:
    def __init__(self, notes: list[dict[str, Any]] | None) -> None:
        self.objects: set[str] = set()
        self.defaults: set[str] = set()
        for n in notes or []:
            kind = n.get("kind", "")
            obj = n.get("object", "")
            if kind in INFORMATIONAL_KINDS or not obj:
                continue
            if kind == "default":
                self.defaults.add(obj)
            else:
                self.objects.add(obj)

    def table(self, key: TableKey) -> bool:
        return table_object(key) in self.objects

    def member(self, key: TableKey, name: str | None) -> bool:
        return name is not None and f"{table_object(key)}.{name}" in self.objects

    def default(self, key: TableKey, name: str) -> bool:
        return f"{table_object(key)}.{name}" in self.defaults


def compare(src: Shape, dst: Shape, notes: list[dict[str, Any]] | None) -> Result:
    """Count the source's elements that the created database has; see the module doc."""
    counts = {c: [0, 0, 0] for c in CATEGORIES}
    mism: list[str] = []
    rep = _Reported(notes)

    def tally(cat: str, ok: bool, reported: bool, what: str) -> None:
        if reported:
            counts[cat][2] += 1
            return
        counts[cat][1] += 1
        if ok:
            counts[cat][0] += 1
        else:
            mism.append(f"{cat}: {what}")

    for key, st in sorted(
        src.tables.items(), key=lambda kv: (kv[0][0] or "", kv[0][1])
    ):
        tname = fmt_table(key)
        t_rep = rep.table(key)
        dt = dst.tables.get(key)
        tally("tables", dt is not None, t_rep, f"{tname}: missing")
        bad_cols = {c for c in st.columns if rep.member(key, c)}

        def uses_reported(cols: tuple[str, ...], bad_cols: set[str] = bad_cols) -> bool:
            return bool(bad_cols.intersection(cols))

        for cname, sc in st.columns.items():
            c_rep = t_rep or cname in bad_cols
            dc = dt.columns.get(cname) if dt else None
            where = f"{tname}.{cname}"
            tally("columns", dc is not None, c_rep, f"{where}: missing")
            tally(
                "types",
                dc is not None and dc.type == sc.type,
                c_rep,
                f"{where}: source {sc.type}, created {dc.type if dc else '-'}",
            )
            tally(
                "nullability",
                dc is not None and dc.nullable == sc.nullable,
                c_rep,
                f"{where}: source {'NULL' if sc.nullable else 'NOT NULL'}, created "
                + ("-" if dc is None else ("NULL" if dc.nullable else "NOT NULL")),
            )
            if sc.default is not None:
                tally(
                    "defaults",
                    dc is not None and dc.default == sc.default,
                    c_rep or rep.default(key, cname),
                    f"{where}: source {sc.default!r}, created "
                    f"{dc.default if dc else '-'!r}",
                )
        if st.pk:
            tally(
                "primary_keys",
                dt is not None and dt.pk == st.pk,
                t_rep or rep.member(key, st.pk_name) or uses_reported(st.pk),
                f"{tname}: source {list(st.pk)}, created {list(dt.pk) if dt else '-'}",
            )
        dfks = Counter(fk.key for fk in dt.fks) if dt else Counter()
        for fk in st.fks:
            unnamed = f"{table_object(key)}.fk({','.join(fk.columns)})"
            f_rep = (
                t_rep
                or rep.member(key, fk.name)
                or unnamed in rep.objects
                or rep.table(fk.referred)
                or uses_reported(fk.columns)
            )
            ok = dfks[fk.key] > 0
            if ok and not f_rep:
                dfks[fk.key] -= 1
            cols, ref, rcols, ondel, onupd = fk.key
            same_cols = [f.key for f in (dt.fks if dt else []) if f.key[0] == cols]
            tally(
                "foreign_keys",
                ok,
                f_rep,
                f"{tname}{list(cols)} -> {fmt_table(ref)}{list(rcols)}"
                f" ON DELETE {ondel or 'NO ACTION'} ON UPDATE {onupd or 'NO ACTION'}"
                f" (name {fk.name}): "
                + (
                    "created has "
                    + "; ".join(
                        f"{fmt_table(k[1])}{list(k[2])} ON DELETE {k[3]} ON UPDATE {k[4]}"
                        for k in same_cols
                    )
                    if same_cols
                    else "created has none on these columns"
                ),
            )
        d_unique_sets: set[frozenset[str]] = set()
        d_index_keys: Counter[tuple[Any, ...]] = Counter()
        if dt:
            d_unique_sets = {frozenset(c) for _, c in dt.uniques}
            d_unique_sets |= {
                frozenset(ix.key[0])
                for ix in dt.indexes
                if ix.key[1] and ix.key[2] is None
            }
            d_index_keys = Counter(ix.key for ix in dt.indexes)
        for uname, ucols in st.uniques:
            tally(
                "uniques",
                frozenset(ucols) in d_unique_sets,
                t_rep or rep.member(key, uname) or uses_reported(ucols),
                f"{tname}: UNIQUE {list(ucols)} (name {uname}) not created",
            )
        for ix in st.indexes:
            cols, unique, where = ix.key
            ok = d_index_keys[ix.key] > 0
            if ok:
                d_index_keys[ix.key] -= 1
            elif unique and where is None and frozenset(cols) in d_unique_sets:
                ok = True
            created = [
                f"{list(k[0])} unique={k[1]} where={k[2]}"
                for k in (ix_.key for ix_ in (dt.indexes if dt else []))
                if set(k[0]) & set(cols)
            ]
            tally(
                "indexes",
                ok,
                t_rep or rep.member(key, ix.name) or uses_reported(ix.columns),
                f"{tname}: index {ix.name} {list(cols)} unique={unique} where={where}: "
                + ("created has " + "; ".join(created) if created else "not created"),
            )
        dchecks = Counter(text for _, text in dt.checks) if dt else Counter()
        # Notes on checks the source left unnamed carry the importer's made-up name: each
        # `<table>.<name>` note that names no named check stands for one unnamed check.
        named = {n for n, _ in st.checks if n}
        prefix = table_object(key) + "."
        unnamed_reported = sum(
            1
            for o in rep.objects
            if o.startswith(prefix)
            and "." not in o[len(prefix) :]
            and o[len(prefix) :] not in named
            and o[len(prefix) :] not in st.columns
            and not any(o[len(prefix) :] == ix.name for ix in st.indexes)
            and not any(o[len(prefix) :] == fk.name for fk in st.fks)
            and not any(o[len(prefix) :] == u for u, _ in st.uniques)
            and o[len(prefix) :] != st.pk_name
            and not o[len(prefix) :].startswith("fk(")
        )
        for cname_, text in st.checks:
            unnamed_hit = cname_ is None and unnamed_reported > 0
            if unnamed_hit:
                unnamed_reported -= 1
            ok = dchecks[text] > 0
            if ok:
                dchecks[text] -= 1
            words = set(re.findall(r"\w+", text))
            tally(
                "checks",
                ok,
                t_rep
                or unnamed_hit
                or rep.member(key, cname_)
                or bool(words & {c.lower() for c in bad_cols}),
                f"{tname}: CHECK {text!r} (name {cname_}) not created",
            )
    return Result(counts, mism)


def format_table(title: str, result: Result, extra: str = "") -> str:
    lines = [f"== {title}" + (f"  ({extra})" if extra else "")]
    lines.append(f"   {'category':<14}{'matched/total':>15}{'reported':>10}")
    for cat in CATEGORIES:
        m, t, r = result.counts[cat]
        lines.append(f"   {cat:<14}{f'{m}/{t}':>15}{r:>10}")
    m, t = result.overall()
    pct = 100.0 * m / t if t else 100.0
    lines.append(f"   {'overall':<14}{f'{m}/{t}':>15}   {pct:.1f}%")
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# Loading a corpus file into a real database


def strip_psql_script(text: str) -> str:
    """Drop what would leave our database or abort: \\copy, \\c, (DROP|CREATE) DATABASE,
    and \\set ON_ERROR_STOP (the load runs with ON_ERROR_STOP=0)."""
    out = []
    for line in text.splitlines():
        if re.match(r"\s*\\(copy|c|connect)\b", line):
            continue
        if re.match(r"\s*\\set\s+ON_ERROR_STOP\b", line, re.I):
            continue
        if re.match(r"\s*(DROP|CREATE)\s+DATABASE\b", line, re.I):
            continue
        out.append(line)
    return "\n".join(out) + "\n"


def load_sqlite(src: Path, dest: Path) -> int:
    """A new SQLite file from a .sql script (executescript) or a copy of a database file."""
    if dest.exists():
        dest.unlink()
    if src.suffix in (".sqlite", ".db", ".sqlite3"):
        shutil.copyfile(src, dest)
        return 0
    con = sqlite3.connect(dest)
    try:
        # Row-by-row INSERT scripts (northwind) commit per statement: no fsync for those.
        con.execute("PRAGMA synchronous=OFF")
        con.execute("PRAGMA journal_mode=MEMORY")
        con.executescript(src.read_text(encoding="utf-8", errors="replace"))
        con.commit()
    finally:
        con.close()
    return 0


def pg_parts(sa_url: str) -> tuple[str, str, str]:
    """(database, socket dir, port) of a ``postgresql+psycopg://postgres@/DB?host=&port=`` URL."""
    import sqlalchemy as sa

    u = sa.engine.make_url(sa_url)
    host = u.query.get("host")
    port = u.query.get("port")
    return str(u.database), str(host), str(port)


def libpq_url(sa_url: str) -> str:
    db, host, port = pg_parts(sa_url)
    return f"postgresql://postgres@/{db}?host={host}&port={port}"


def load_postgres(src: Path, sa_url: str) -> tuple[int, list[str]]:
    """Load a psql script with ON_ERROR_STOP=0; returns (error count, first errors)."""
    db, host, port = pg_parts(sa_url)
    cmd = [
        str(PG_BIN / "psql"),
        "-X",
        "-q",
        "-v",
        "ON_ERROR_STOP=0",
        "-h",
        host,
        "-p",
        port,
        "-U",
        "postgres",
        "-d",
        db,
        "-f",
        "-",
    ]
    if os.geteuid() == 0:
        cmd = ["runuser", "-u", "postgres", "--", *cmd]
    text = strip_psql_script(src.read_text(encoding="utf-8", errors="replace"))
    r = subprocess.run(
        cmd,
        input=text,
        capture_output=True,
        text=True,
        timeout=600,
        cwd="/",
        env={**os.environ, "PGOPTIONS": "-c client_min_messages=warning"},
    )
    errors = [ln for ln in r.stderr.splitlines() if "ERROR:" in ln]
    return len(errors), errors[:10]


def pg_extensions(sa_url: str) -> list[tuple[str, str]]:
    """(extension, schema) of the source, in creation order, plpgsql left out."""
    import sqlalchemy as sa

    engine = sa.create_engine(sa_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                sa.text(
                    "SELECT e.extname, n.nspname FROM pg_extension e JOIN pg_namespace n "
                    "ON n.oid = e.extnamespace WHERE e.extname <> 'plpgsql' ORDER BY e.oid"
                )
            ).fetchall()
        return [(r[0], r[1]) for r in rows]
    finally:
        engine.dispose()


# ---------------------------------------------------------------------------
# Our pipeline: import + generate


@dataclass
class OursRun:
    project: Path
    models: Path  # the directory to put on sys.path; the module is ``models``
    import_seconds: float = 0.0
    generate_seconds: float = 0.0
    error: str = ""
    notes: list[dict[str, Any]] = field(default_factory=list)


def _cli_env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def run_ours(cli: Path, source: str, out: Path, timeout: float = 300) -> OursRun:
    """``import SOURCE -o out/project.sqlmodel.json`` then ``generate ... -o out/models``."""
    import time

    out.mkdir(parents=True, exist_ok=True)
    run = OursRun(out / "project.sqlmodel.json", out / "models")
    if run.project.exists():
        run.project.unlink()
    t0 = time.perf_counter()
    r = subprocess.run(
        [str(cli), "import", source, "-o", str(run.project), "--quiet"],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=_cli_env(),
    )
    run.import_seconds = time.perf_counter() - t0
    if r.returncode != 0:
        run.error = f"import failed (exit {r.returncode}): {r.stderr.strip()[-3000:]}"
        return run
    project = json.loads(run.project.read_text(encoding="utf-8"))
    run.notes = list((project.get("importReport") or {}).get("notes") or [])
    t0 = time.perf_counter()
    r = subprocess.run(
        [str(cli), "generate", str(run.project), "-o", str(run.models)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=_cli_env(),
    )
    run.generate_seconds = time.perf_counter() - t0
    if r.returncode != 0:
        run.error = f"generate failed (exit {r.returncode}): {r.stderr.strip()[-3000:]}"
    return run


# ---------------------------------------------------------------------------
# Creating a database from generated models (in a fresh interpreter)


def create_from_models(
    path: Path,
    module: str,
    url: str,
    schemas: list[str],
    extensions: list[tuple[str, str]],
    python: str | None = None,
    timeout: float = 300,
) -> dict[str, Any]:
    """Import ``module`` from ``path`` in a subprocess and create_all its metadata at ``url``.

    Returns ``{"ok": bool, "stage": str, "errors": [str]}``."""
    cmd = [
        python or sys.executable,
        str(Path(__file__).resolve()),
        "create",
        "--path",
        str(path),
        "--module",
        module,
        "--url",
        url,
        "--schemas",
        json.dumps(schemas),
        "--extensions",
        json.dumps(extensions),
    ]
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env)
    lines = [ln for ln in r.stdout.splitlines() if ln.startswith("{")]
    if not lines:
        return {
            "ok": False,
            "stage": "crash",
            "errors": [f"exit {r.returncode}: {r.stderr[-3000:]}"],
        }
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def create_main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--path", required=True)
    ap.add_argument("--module", required=True)
    ap.add_argument("--url", required=True)
    ap.add_argument("--schemas", default="[]")
    ap.add_argument("--extensions", default="[]")
    args = ap.parse_args(argv)
    out: dict[str, Any] = {"ok": False, "stage": "import", "errors": []}
    try:
        warnings.simplefilter("ignore")
        sys.path.insert(0, os.path.abspath(args.path))
        mod = importlib.import_module(args.module)
        import sqlalchemy as sa

        metadatas: list[Any] = []
        try:
            from sqlmodel import SQLModel

            metadatas.append(SQLModel.metadata)
        except ImportError:
            pass
        for v in vars(mod).values():
            md = v if isinstance(v, sa.MetaData) else getattr(v, "metadata", None)
            if isinstance(md, sa.MetaData) and all(md is not m for m in metadatas):
                metadatas.append(md)
        out["stage"] = "prepare"
        engine = sa.create_engine(args.url)
        if engine.dialect.name == "postgresql":
            schemas = set(json.loads(args.schemas))
            for md in metadatas:
                schemas |= {t.schema for t in md.tables.values() if t.schema}
            with engine.begin() as conn:
                for s in sorted(schemas):
                    conn.execute(sa.text(f"CREATE SCHEMA IF NOT EXISTS {_quote(s)}"))
            for ext, schema in json.loads(args.extensions):
                try:
                    with engine.begin() as conn:
                        conn.execute(
                            sa.text(f"CREATE SCHEMA IF NOT EXISTS {_quote(schema)}")
                        )
                        conn.execute(
                            sa.text(
                                f"CREATE EXTENSION IF NOT EXISTS {_quote(ext)} SCHEMA "
                                f"{_quote(schema)} CASCADE"
                            )
                        )
                except Exception as e:  # not available here: its types will be missing
                    out["errors"].append(f"extension {ext}: {str(e).splitlines()[0]}")
        out["stage"] = "create_all"
        failed = False
        for md in metadatas:
            try:
                md.create_all(engine)
            except Exception as e:
                failed = True
                out["errors"].append(f"create_all: {str(e)[:1500]}")
        if failed:
            # Retry table by table so that the rest can still be compared.
            out["stage"] = "create per table"
            for md in metadatas:
                for t in md.sorted_tables:
                    try:
                        with engine.begin() as conn:
                            t.create(conn, checkfirst=True)
                    except Exception as e:
                        if len(out["errors"]) < 30:
                            out["errors"].append(
                                f"{t.fullname}: {str(e).splitlines()[0][:400]}"
                            )
        engine.dispose()
        out["ok"] = not failed
        out["stage"] = "done"
    except Exception:
        out["errors"].append(traceback.format_exc(limit=-4))
    print(json.dumps(out))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "create":
        create_main(sys.argv[2:])
    else:
        print(__doc__)
