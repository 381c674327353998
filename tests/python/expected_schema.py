"""The schema a project file describes, and its comparison with a live database.

Everything here is computed from the project file alone (parsed with ``json``), never
from the generated code, so that the tests judge the generator's output rather than
repeat it.  ``expected_schema(project, dialect)`` returns the normalized schema the
database must hold after ``SQLModel.metadata.create_all``; ``reflect_schema(engine)``
reads what the database really holds through ``sqlalchemy.inspect``; ``compare`` lists
the differences as readable lines (empty when they match).

Dialect differences that are normalized (each one is a documented behaviour of the
database or of SQLAlchemy, not a tolerance for the generator):

* SQLite reflects types as declared: DateTime/Time lose ``timezone``; ``Interval`` is
  stored as DATETIME, ``Uuid`` as CHAR(32), ``Enum`` as VARCHAR(longest value),
  arrays (PostgreSQL only) must fall back to JSON, JSONB to JSON.
* SQLite can only auto-increment an ``INTEGER PRIMARY KEY``: a BIGINT/SMALLINT
  auto-increment key may be declared INTEGER there.
* SQLite reports ``ondelete``/``onupdate`` only when the DDL says so; NO ACTION and
  an empty action are the same thing.
* SQLite keeps no comments.  PostgreSQL folds names longer than 63 bytes.
* Constraint names come from the naming convention of the spec (section 3.3).  For
  unnamed constraints and indexes over several columns both the spec's
  ``column_0`` tokens and the all-columns ``column_0_N`` tokens are accepted, and for
  indexes also ``ix_%(table_name)s_%(column_0_N_name)s`` (the same name as the spec's
  for a single column of a table without a PostgreSQL schema).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

PG_MAX_IDENTIFIER = 63

INTEGER_KINDS = {"integer", "bigInteger", "smallInteger"}

# ---------------------------------------------------------------------------
# Project access helpers


def tables_by_id(project: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {t["id"]: t for t in project.get("tables", [])}


def enums_by_id(project: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {e["id"]: e for e in project.get("enums", [])}


def columns_by_id(table: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {c["id"]: c for c in table.get("columns", [])}


def table_key(table: dict[str, Any]) -> tuple[str | None, str]:
    return (table.get("schema") or None, table["name"])


def fmt_key(key: tuple[str | None, str]) -> str:
    return key[1] if key[0] is None else f"{key[0]}.{key[1]}"


def fk_owner(
    project: dict[str, Any], fk_id: str
) -> tuple[dict[str, Any], dict[str, Any]]:
    for t in project.get("tables", []):
        for fk in t.get("foreignKeys", []):
            if fk["id"] == fk_id:
                return t, fk
    raise KeyError(f"foreign key {fk_id!r} not found")


def enum_sql_name(enum: dict[str, Any]) -> str:
    return enum.get("sqlName") or enum["name"].lower()


def is_nullable(column: dict[str, Any]) -> bool:
    return bool(column.get("nullable", True)) and not column.get("primaryKey", False)


def primary_key(table: dict[str, Any]) -> list[dict[str, Any]]:
    """The key columns in key order: `primaryKey` when the table gives it, else column order."""
    cols = [c for c in table.get("columns", []) if c.get("primaryKey")]
    order = table.get("primaryKey")
    if order:
        by_id = {c["id"]: c for c in cols}
        return [by_id[i] for i in order if i in by_id] + [
            c for c in cols if c["id"] not in order
        ]
    return cols


def is_db_autoincrement(table: dict[str, Any], column: dict[str, Any]) -> bool:
    """True when the database generates the value (SERIAL / rowid alias)."""
    return (
        bool(column.get("primaryKey"))
        and bool(column.get("autoincrement"))
        and column["type"].get("kind", "integer") in INTEGER_KINDS
        and not column["type"].get("array")
    )


# ---------------------------------------------------------------------------
# Constraint names


def _label(table: dict[str, Any], column_name: str) -> str:
    # Column._tq_label: the schema takes part in the label (sqlalchemy elements.py).
    prefix = ""
    if table.get("schema"):
        prefix = table["schema"].replace(".", "_") + "_"
    return prefix + table["name"] + "_" + column_name


def _fold(name: str, dialect: str) -> str:
    """The name the database keeps for a convention-generated name."""
    if dialect != "postgresql":
        return name
    # SQLAlchemy shortens conv() names longer than max_identifier_length (characters)...
    if len(name) > PG_MAX_IDENTIFIER:
        digest = hashlib.md5(name.encode("utf-8")).hexdigest()[-4:]
        name = name[0 : PG_MAX_IDENTIFIER - 8] + "_" + digest
    return _pg_bytes(name)


def _pg_bytes(name: str) -> str:
    # ...and PostgreSQL truncates any identifier to NAMEDATALEN-1 bytes.
    data = name.encode("utf-8")
    if len(data) <= PG_MAX_IDENTIFIER:
        return name
    return data[:PG_MAX_IDENTIFIER].decode("utf-8", errors="ignore")


def _explicit(name: str, dialect: str) -> str:
    return _pg_bytes(name) if dialect == "postgresql" else name


def convention_names(
    kind: str,
    table: dict[str, Any],
    column_names: list[str],
    dialect: str,
    referred: dict[str, Any] | None = None,
    constraint_name: str | None = None,
) -> set[str]:
    """Acceptable convention names (column_0 and column_0_N token variants)."""
    t = table["name"]
    if kind == "ix":
        variants = [
            "ix_" + _label(table, column_names[0]),  # the spec: ix_%(column_0_label)s
            "ix_"
            + "_".join(_label(table, c) for c in column_names),  # column_0_N_label
            f"ix_{t}_"
            + "_".join(column_names),  # ix_%(table_name)s_%(column_0_N_name)s
        ]
    elif kind == "uq":
        variants = [
            f"uq_{t}_{column_names[0]}",
            f"uq_{t}_" + "_".join(column_names),
        ]
    elif kind == "fk":
        assert referred is not None
        r = referred["name"]
        variants = [
            f"fk_{t}_{column_names[0]}_{r}",
            f"fk_{t}_" + "_".join(column_names) + f"_{r}",
        ]
    elif kind == "ck":
        variants = [f"ck_{t}_{constraint_name}"]
    elif kind == "pk":
        variants = [f"pk_{t}"]
    else:  # pragma: no cover - programming error
        raise ValueError(kind)
    return {_fold(v, dialect) for v in variants}


# ---------------------------------------------------------------------------
# Types


@dataclass(frozen=True)
class StringAtLeast:
    """A VARCHAR at least ``length`` long (an Enum stored as a string)."""

    length: int

    def matches(self, family: str) -> bool:
        m = re.fullmatch(r"string\((\d+)\)", family)
        return bool(m) and int(m.group(1)) >= self.length

    def __str__(self) -> str:
        return f"string(>={self.length})"


@dataclass(frozen=True)
class AnyType:
    """No type check possible (a verbatim dialect type SQLite cannot keep)."""

    def matches(self, family: str) -> bool:
        return True

    def __str__(self) -> str:
        return "<any>"


TypeExpectation = str | StringAtLeast | AnyType


def type_matches(expected: Iterable[TypeExpectation], family: str) -> bool:
    for e in expected:
        if isinstance(e, str):
            if e == family:
                return True
        elif e.matches(family):
            return True
    return False


_SQL_NAME_FAMILIES = {
    "TEXT": "text",
    "CLOB": "text",
    "INTEGER": "integer",
    "INT": "integer",
    "BIGINT": "bigint",
    "SMALLINT": "smallint",
    "BOOLEAN": "boolean",
    "DATE": "date",
    "UUID": "uuid",
    "JSON": "json",
    "JSONB": "jsonb",
    "BYTEA": "blob",
    "BLOB": "blob",
    "INTERVAL": "interval",
    "REAL": "float",
    "FLOAT": "float",
    "DOUBLE PRECISION": "float",
    "VARCHAR": "string",
}


def dialect_sql_family(sql: str, dialect: str) -> set[TypeExpectation]:
    s = " ".join(sql.strip().upper().split())
    if s in _SQL_NAME_FAMILIES:
        return {_SQL_NAME_FAMILIES[s]}
    m = re.fullmatch(r"(?:VARCHAR|CHARACTER VARYING)\s*\(\s*(\d+)\s*\)", s)
    if m:
        return {f"string({int(m.group(1))})"}
    m = re.fullmatch(r"(?:NUMERIC|DECIMAL)\s*\(\s*(\d+)\s*,\s*(\d+)\s*\)", s)
    if m:
        return {f"numeric({int(m.group(1))},{int(m.group(2))})"}
    if dialect == "sqlite":
        # SQLite keeps the declared name but SQLAlchemy maps unknown names by affinity.
        return {AnyType()}
    return {"other:" + s.lower()}


def scalar_type_family(
    project: dict[str, Any], table: dict[str, Any], column: dict[str, Any], dialect: str
) -> set[TypeExpectation]:
    t = column["type"]
    kind = t.get("kind", "integer")
    sqlite = dialect == "sqlite"
    if kind == "integer":
        return {"integer"}
    if kind in ("bigInteger", "smallInteger"):
        fam = "bigint" if kind == "bigInteger" else "smallint"
        if (
            sqlite
            and is_db_autoincrement(table, column)
            and len(primary_key(table)) == 1
        ):
            return {fam, "integer"}
        return {fam}
    if kind == "string":
        length = t.get("length", 0)
        return {f"string({length})" if length else "string"}
    if kind == "text":
        return {"text"}
    if kind == "boolean":
        return {"boolean"}
    if kind == "float":
        return {"float"}
    if kind == "numeric":
        p = t.get("precision", 0)
        if p:
            return {f"numeric({p},{t.get('scale', 0)})"}
        return {"numeric"}
    if kind == "date":
        return {"date"}
    if kind == "time":
        return {"time" if sqlite or not t.get("timezone") else "time(tz)"}
    if kind == "dateTime":
        return {"datetime" if sqlite or not t.get("timezone") else "datetime(tz)"}
    if kind == "interval":
        return {"datetime" if sqlite else "interval"}
    if kind == "uuid":
        return {"char(32)" if sqlite else "uuid"}
    if kind == "json":
        return {"json"}
    if kind == "jsonb":
        return {"json" if sqlite else "jsonb"}
    if kind == "largeBinary":
        return {"blob"}
    if kind == "enum":
        enum = enums_by_id(project)[t["enum"]]
        if sqlite:
            return {StringAtLeast(max((len(v) for v in enum["values"]), default=0))}
        return {enum_family(enum_sql_name(enum), enum["values"])}
    if kind == "dialect":
        return dialect_sql_family(t.get("sql", ""), dialect)
    raise ValueError(f"unknown type kind {kind!r}")


def enum_family(name: str, values: Iterable[str]) -> str:
    return f"enum({name}:{list(values)!r})"


def type_family(
    project: dict[str, Any], table: dict[str, Any], column: dict[str, Any], dialect: str
) -> set[TypeExpectation]:
    t = column["type"]
    if t.get("array") and t.get("kind") not in ("json", "jsonb"):
        if dialect != "postgresql":
            return {"json"}
        inner = scalar_type_family(project, table, column, dialect)
        return {f"array({e})" for e in inner if isinstance(e, str)} or {AnyType()}
    return scalar_type_family(project, table, column, dialect)


def reflected_type_family(sa_type: Any) -> str:
    """Normalize a reflected SQLAlchemy type to a family string."""
    import sqlalchemy as sa
    from sqlalchemy.dialects import postgresql

    if isinstance(sa_type, sa.ARRAY):
        return f"array({reflected_type_family(sa_type.item_type)})"
    if isinstance(sa_type, sa.Enum):
        return enum_family(sa_type.name or "", sa_type.enums)
    if isinstance(sa_type, postgresql.JSONB):
        return "jsonb"
    if isinstance(sa_type, sa.JSON):
        return "json"
    if isinstance(sa_type, sa.Boolean):
        return "boolean"
    if isinstance(sa_type, sa.SmallInteger):
        return "smallint"
    if isinstance(sa_type, sa.BigInteger):
        return "bigint"
    if isinstance(sa_type, sa.Integer):
        return "integer"
    if isinstance(sa_type, sa.Float):
        return "float"
    if isinstance(sa_type, sa.Numeric):
        if sa_type.precision is None:
            return "numeric"
        return f"numeric({sa_type.precision},{sa_type.scale or 0})"
    if isinstance(sa_type, sa.DateTime):
        return "datetime(tz)" if sa_type.timezone else "datetime"
    if isinstance(sa_type, sa.Date):
        return "date"
    if isinstance(sa_type, sa.Time):
        return "time(tz)" if sa_type.timezone else "time"
    if isinstance(sa_type, (sa.Interval, postgresql.INTERVAL)):
        return "interval"
    if isinstance(sa_type, sa.Uuid):
        return "uuid"
    if isinstance(sa_type, sa.LargeBinary):
        return "blob"
    if isinstance(sa_type, sa.Text):
        return "text"
    if isinstance(sa_type, (sa.CHAR, sa.NCHAR)):
        return f"char({sa_type.length})" if sa_type.length else "char"
    if isinstance(sa_type, sa.String):
        return f"string({sa_type.length})" if sa_type.length else "string"
    if isinstance(sa_type, sa.types.NullType):
        return "null"
    return "other:" + " ".join(str(sa_type).lower().split())


# ---------------------------------------------------------------------------
# Expected / actual schema


@dataclass
class Named:
    """A constraint or index: a signature and its acceptable names."""

    signature: tuple[Any, ...]
    names: set[str] | None  # None: the name is not checked
    label: str

    def describe(self, name: str | None = None) -> str:
        shown = (
            name if name is not None else (sorted(self.names)[0] if self.names else "?")
        )
        return f"{self.label} {shown!r}"


@dataclass
class ColumnShape:
    types: set[TypeExpectation]
    nullable: bool
    server_default: bool | None = None  # None: not checked
    autoincrement: bool | None = None  # PostgreSQL: a nextval()/identity default
    comment: str | None = None
    check_comment: bool = False


@dataclass
class TableShape:
    columns: dict[str, ColumnShape] = field(default_factory=dict)
    pk_columns: list[str] = field(default_factory=list)
    pk_names: set[str] | None = None
    fks: list[Named] = field(default_factory=list)
    uniques: list[Named] = field(default_factory=list)
    indexes: list[Named] = field(default_factory=list)
    checks: list[Named] = field(default_factory=list)
    comment: str | None = None
    check_comment: bool = False


@dataclass
class EnumShape:
    name: str
    values: list[str]


@dataclass
class SchemaShape:
    tables: dict[tuple[str | None, str], TableShape] = field(default_factory=dict)
    enums: dict[str, list[str]] | None = None  # PostgreSQL only


def _action(value: str | None) -> str | None:
    if not value:
        return None
    v = " ".join(value.upper().split())
    return None if v == "NO ACTION" else v


def expected_schema(project: dict[str, Any], dialect: str) -> SchemaShape:
    pg = dialect == "postgresql"
    tables = tables_by_id(project)
    out = SchemaShape(enums={} if pg else None)
    for table in project.get("tables", []):
        cols = columns_by_id(table)
        shape = TableShape()
        shape.check_comment = pg
        shape.comment = table.get("comment") or None
        single_pk = len(primary_key(table)) == 1
        for c in table.get("columns", []):
            auto = None
            if (
                pg
                and c.get("primaryKey")
                and c["type"].get("kind", "integer") in INTEGER_KINDS
            ):
                # SQLAlchemy: a lone integer key auto-increments unless told otherwise,
                # a composite one only when asked to.
                auto = (
                    is_db_autoincrement(table, c)
                    if single_pk or c.get("autoincrement")
                    else False
                )
            server_default: bool | None = bool(c.get("serverDefault"))
            if auto:
                server_default = None  # nextval(...) is the default
            shape.columns[c["name"]] = ColumnShape(
                types=type_family(project, table, c, dialect),
                nullable=is_nullable(c),
                server_default=server_default,
                autoincrement=auto,
                comment=c.get("comment") or None,
                check_comment=pg,
            )
            if pg and c["type"].get("kind") == "enum":
                enum = enums_by_id(project)[c["type"]["enum"]]
                assert out.enums is not None
                out.enums[enum_sql_name(enum)] = list(enum["values"])
        pk = primary_key(table)
        shape.pk_columns = [c["name"] for c in pk]
        shape.pk_names = (
            convention_names("pk", table, shape.pk_columns, dialect) if pk else None
        )

        for fk in table.get("foreignKeys", []):
            ref = tables[fk["refTable"]]
            refcols = columns_by_id(ref)
            names_local = [cols[i]["name"] for i in fk["columns"]]
            names_ref = [refcols[i]["name"] for i in fk["refColumns"]]
            if not pg and (ref.get("schema") or None) != (table.get("schema") or None):
                # SQLite cannot refer across attached databases; SQLAlchemy omits it
                continue
            ref_schema = (ref.get("schema") or None) if pg else None
            sig = (
                tuple(names_local),
                ref_schema,
                ref["name"],
                tuple(names_ref),
                _action(fk.get("onDelete")),
                _action(fk.get("onUpdate")),
            )
            if fk.get("name"):
                fk_names = {_explicit(fk["name"], dialect)}
            else:
                fk_names = convention_names(
                    "fk", table, names_local, dialect, referred=ref
                )
            shape.fks.append(Named(sig, fk_names, "foreign key"))

        # Column flags: unique alone is a UNIQUE constraint, index (with or without
        # unique)
        # an index named ix_<table>_<column>.
        for c in table.get("columns", []):
            if c.get("index"):
                shape.indexes.append(
                    Named(
                        ((c["name"],), bool(c.get("unique"))),
                        convention_names("ix", table, [c["name"]], dialect),
                        "index",
                    )
                )
            elif c.get("unique"):
                shape.uniques.append(
                    Named(
                        ((c["name"],),),
                        convention_names("uq", table, [c["name"]], dialect),
                        "unique constraint",
                    )
                )
        for u in table.get("uniques", []):
            names = [cols[i]["name"] for i in u["columns"]]
            un = (
                {_explicit(u["name"], dialect)}
                if u.get("name")
                else convention_names("uq", table, names, dialect)
            )
            shape.uniques.append(Named((tuple(names),), un, "unique constraint"))
        for ix in table.get("indexes", []):
            names = [cols[i]["name"] for i in ix["columns"]]
            xn = (
                {_explicit(ix["name"], dialect)}
                if ix.get("name")
                else convention_names("ix", table, names, dialect)
            )
            shape.indexes.append(
                Named((tuple(names), bool(ix.get("unique"))), xn, "index")
            )
        for ck in [*table.get("checks", []), *constraint_checks(table)]:
            shape.checks.append(
                Named(
                    (),
                    convention_names(
                        "ck", table, [], dialect, constraint_name=ck["name"]
                    ),
                    "check constraint",
                )
            )
        out.tables[table_key(table)] = shape
    return out


def constraint_checks(table: dict[str, Any]) -> list[dict[str, Any]]:
    """The CHECKs that column constraints ask the database to enforce (see
    Table::effectiveChecks): `<column>_range`, `<column>_length`, `<column>_values`."""
    out: list[dict[str, Any]] = []
    for c in table.get("columns", []):
        k = c.get("constraints") or {}
        stem = c["name"]
        if k.get("checkBounds") and any(b in k for b in ("gt", "ge", "lt", "le")):
            out.append({"name": f"{stem}_range"})
        if k.get("checkLength") and ("minLength" in k or "maxLength" in k):
            out.append({"name": f"{stem}_length"})
        if k.get("checkValues") and k.get("allowedValues"):
            out.append({"name": f"{stem}_values"})
    return out


def project_schemas(project: dict[str, Any]) -> set[str | None]:
    return {t.get("schema") or None for t in project.get("tables", [])}


def reflect_schema(engine: Any, schemas: Iterable[str | None]) -> SchemaShape:
    import sqlalchemy as sa

    insp = sa.inspect(engine)
    pg = engine.dialect.name == "postgresql"
    out = SchemaShape(enums={} if pg else None)

    def nm(name: str | None) -> set[str] | None:
        if not name:
            return None
        # SQLAlchemy parses SQLite constraint names out of the DDL text and keeps the
        # doubled quotes of a quoted identifier ("say ""hi""").
        return {name if pg else name.replace('""', '"')}

    for schema in schemas:
        for name in insp.get_table_names(schema=schema):
            shape = TableShape()
            shape.check_comment = pg
            for col in insp.get_columns(name, schema=schema):
                default = col.get("default")
                is_seq = bool(col.get("identity")) or (
                    isinstance(default, str) and default.startswith("nextval(")
                )
                shape.columns[col["name"]] = ColumnShape(
                    types={reflected_type_family(col["type"])},
                    nullable=bool(col["nullable"]),
                    server_default=default is not None and not is_seq,
                    autoincrement=is_seq if pg else None,
                    comment=col.get("comment") or None,
                    check_comment=pg,
                )
            pk = insp.get_pk_constraint(name, schema=schema)
            shape.pk_columns = list(pk.get("constrained_columns") or [])
            shape.pk_names = nm(pk.get("name"))
            for fk in insp.get_foreign_keys(name, schema=schema):
                opts = fk.get("options") or {}
                ref_schema = fk.get("referred_schema") if pg else None
                if pg and ref_schema in ("public",):
                    ref_schema = None
                sig = (
                    tuple(fk["constrained_columns"]),
                    ref_schema,
                    fk["referred_table"],
                    tuple(fk["referred_columns"]),
                    _action(opts.get("ondelete")),
                    _action(opts.get("onupdate")),
                )
                shape.fks.append(Named(sig, nm(fk.get("name")), "foreign key"))
            for uq in insp.get_unique_constraints(name, schema=schema):
                shape.uniques.append(
                    Named(
                        (tuple(uq["column_names"]),),
                        nm(uq.get("name")),
                        "unique constraint",
                    )
                )
            for ix in insp.get_indexes(name, schema=schema):
                if ix.get("duplicates_constraint"):
                    continue  # the index behind a UNIQUE constraint (PostgreSQL)
                if (ix.get("name") or "").startswith("sqlite_autoindex"):
                    continue
                shape.indexes.append(
                    Named(
                        (tuple(ix["column_names"]), bool(ix.get("unique"))),
                        {ix["name"]} if ix.get("name") else None,
                        "index",
                    )
                )
            for ck in insp.get_check_constraints(name, schema=schema):
                shape.checks.append(Named((), nm(ck.get("name")), "check constraint"))
            if pg:
                shape.comment = (insp.get_table_comment(name, schema=schema) or {}).get(
                    "text"
                )
            out.tables[(schema, name)] = shape
        if pg:
            assert out.enums is not None
            for e in insp.get_enums(schema=schema or "public"):
                out.enums[e["name"]] = list(e["labels"])
    return out


def _match_named(
    where: str,
    what: str,
    expected: list[Named],
    actual: list[Named],
    strict_names: bool,
) -> list[str]:
    """Pair constraints by signature, then check names."""
    problems: list[str] = []
    remaining = list(actual)
    for e in expected:
        candidates = [a for a in remaining if a.signature == e.signature]
        if not candidates:
            problems.append(
                f"{where}: missing {what} {_sig(e.signature)} "
                f"(expected name {_names(e.names)})"
            )
            continue
        # Prefer one whose name matches.
        chosen = next(
            (a for a in candidates if a.names and e.names and a.names & e.names),
            candidates[0],
        )
        remaining.remove(chosen)
        if e.names is None:
            continue
        got = next(iter(chosen.names)) if chosen.names else None
        if got is None:
            if strict_names:
                problems.append(
                    f"{where}: {what} {_sig(e.signature)} has no name, "
                    f"expected {_names(e.names)}"
                )
        elif got not in e.names:
            problems.append(
                f"{where}: {what} {_sig(e.signature)} is named {got!r}, "
                f"expected {_names(e.names)}"
            )
    for a in remaining:
        got = next(iter(a.names)) if a.names else None
        problems.append(f"{where}: unexpected {what} {_sig(a.signature)} named {got!r}")
    return problems


def _sig(sig: tuple[Any, ...]) -> str:
    return repr(sig) if len(sig) != 1 else repr(sig[0])


def _names(names: set[str] | None) -> str:
    if not names:
        return "<any>"
    return " or ".join(repr(n) for n in sorted(names))


def compare(expected: SchemaShape, actual: SchemaShape, dialect: str) -> list[str]:
    """Differences as readable lines; empty when the database matches."""
    problems: list[str] = []
    strict_names = dialect == "postgresql"
    for key in sorted(set(expected.tables) - set(actual.tables), key=str):
        problems.append(f"missing table {fmt_key(key)!r}")
    for key in sorted(set(actual.tables) - set(expected.tables), key=str):
        problems.append(f"unexpected table {fmt_key(key)!r}")
    for key in sorted(set(expected.tables) & set(actual.tables), key=str):
        e, a = expected.tables[key], actual.tables[key]
        where = f"table {fmt_key(key)!r}"
        for cname in e.columns:
            if cname not in a.columns:
                problems.append(f"{where}: missing column {cname!r}")
        for cname in a.columns:
            if cname not in e.columns:
                problems.append(f"{where}: unexpected column {cname!r}")
        for cname, ec in e.columns.items():
            ac = a.columns.get(cname)
            if ac is None:
                continue
            cw = f"{where} column {cname!r}"
            (afam,) = ac.types
            assert isinstance(afam, str)
            if not type_matches(ec.types, afam):
                exp = " or ".join(sorted(str(t) for t in ec.types))
                problems.append(f"{cw}: type is {afam}, expected {exp}")
            if ec.nullable != ac.nullable:
                problems.append(
                    f"{cw}: {'NULL' if ac.nullable else 'NOT NULL'}, expected "
                    f"{'NULL' if ec.nullable else 'NOT NULL'}"
                )
            if ec.server_default is not None and ec.server_default != ac.server_default:
                problems.append(
                    f"{cw}: server default "
                    f"{'present' if ac.server_default else 'absent'}, "
                    f"expected {'present' if ec.server_default else 'absent'}"
                )
            if ec.autoincrement is not None and ec.autoincrement != ac.autoincrement:
                problems.append(
                    f"{cw}: "
                    f"{'auto-increments' if ac.autoincrement else 'no auto-increment'}"
                    f", expected the opposite"
                )
            if ec.check_comment and ec.comment != ac.comment:
                problems.append(
                    f"{cw}: comment is {ac.comment!r}, expected {ec.comment!r}"
                )
        if e.pk_columns != a.pk_columns:
            problems.append(
                f"{where}: primary key is {a.pk_columns}, expected {e.pk_columns}"
            )
        elif e.pk_names is not None:
            got = next(iter(a.pk_names)) if a.pk_names else None
            if got is None:
                if strict_names:
                    problems.append(
                        f"{where}: primary key has no name, "
                        f"expected {_names(e.pk_names)}"
                    )
            elif got not in e.pk_names:
                problems.append(
                    f"{where}: primary key is named {got!r}, "
                    f"expected {_names(e.pk_names)}"
                )
        problems += _match_named(where, "foreign key", e.fks, a.fks, strict_names)
        problems += _match_named(
            where, "unique constraint", e.uniques, a.uniques, strict_names
        )
        problems += _match_named(where, "index", e.indexes, a.indexes, strict_names)
        problems += _check_names(where, e.checks, a.checks, strict_names)
        if e.check_comment and (e.comment or None) != (a.comment or None):
            problems.append(
                f"{where}: comment is {a.comment!r}, expected {e.comment!r}"
            )
    if expected.enums is not None and actual.enums is not None:
        for name, values in sorted(expected.enums.items()):
            if name not in actual.enums:
                problems.append(f"missing enum type {name!r}")
            elif actual.enums[name] != values:
                problems.append(
                    f"enum type {name!r} has labels {actual.enums[name]}, "
                    f"expected {values}"
                )
        for name in sorted(set(actual.enums) - set(expected.enums)):
            problems.append(f"unexpected enum type {name!r}")
    return problems


def _check_names(
    where: str, expected: list[Named], actual: list[Named], strict_names: bool
) -> list[str]:
    problems: list[str] = []
    exp = [next(iter(e.names)) for e in expected if e.names]
    got = [next(iter(a.names)) if a.names else None for a in actual]
    if not strict_names and all(g is None for g in got) and len(got) == len(exp):
        return problems
    if sorted(exp) != sorted(g or "<unnamed>" for g in got):
        problems.append(
            f"{where}: check constraints are "
            f"{sorted(g or '<unnamed>' for g in got)}, expected {sorted(exp)}"
        )
    return problems
