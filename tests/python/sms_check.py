"""Runs in a fresh interpreter: imports generated models and exercises them.

``SQLModel.metadata`` is process-global, so every generated output is checked in its
own subprocess.  Usage::

    python sms_check.py --out OUTDIR --project PROJECT.json --dialect sqlite|postgresql
        --url URL [--mode full|tables]

Prints one JSON object on the last line of stdout::

    {"stage": "done" | the stage that failed, "error": traceback or null,
     "warnings": [...], "schema": [...], "relationships": [...], "cascade": [...]}
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import decimal
import importlib
import itertools
import json
import os
import sys
import traceback
import uuid
import warnings
from collections.abc import Iterator
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import expected_schema as es  # noqa: E402

COUNTER = itertools.count(1)  # shared: values stay distinct across sessions

RESULT: dict[str, Any] = {
    "stage": "start",
    "error": None,
    "warnings": [],
    "schema": [],
    "relationships": [],
    "cascade": [],
    "values": [],
}


def emit() -> None:
    sys.stdout.write("\n" + json.dumps(RESULT) + "\n")
    sys.stdout.flush()


@contextlib.contextmanager
def stage(name: str) -> Iterator[None]:
    RESULT["stage"] = name
    try:
        yield
    except BaseException:
        RESULT["error"] = traceback.format_exc(limit=-3)
        emit()
        sys.exit(0)


# ---------------------------------------------------------------------------
# Engine


def make_engine(url: str, project: dict[str, Any]) -> Any:
    import sqlalchemy as sa

    engine = sa.create_engine(url)
    if engine.dialect.name == "sqlite":
        dbfile = engine.url.database or ""
        base = os.path.dirname(os.path.abspath(dbfile)) if dbfile else None
        schemas = sorted(s for s in es.project_schemas(project) if s)

        @sa.event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            for i, s in enumerate(schemas):
                path = os.path.join(base, f"attached_{i}.db") if base else ":memory:"
                cur.execute(
                    "ATTACH DATABASE ? AS " + '"' + s.replace('"', '""') + '"', (path,)
                )
            cur.close()

    else:
        with engine.begin() as conn:
            for s in sorted(s for s in es.project_schemas(project) if s):
                conn.execute(
                    sa.text(
                        'CREATE SCHEMA IF NOT EXISTS "' + s.replace('"', '""') + '"'
                    )
                )
    return engine


# ---------------------------------------------------------------------------
# Classes and attributes


class Model:
    """What the tests need to know about the generated classes."""

    def __init__(self, project: dict[str, Any]) -> None:
        from sqlmodel import SQLModel

        self.project = project
        # A table without a primary key is generated as a Core table without a class; the
        # row round trips skip it, and compare_tables() still checks its shape.
        self.tables = {
            tid: t
            for tid, t in es.tables_by_id(project).items()
            if es.primary_key(t)
        }
        self.classes: dict[str, Any] = {}
        self.sa_tables: dict[str, Any] = {}
        self.mappers: dict[str, Any] = {}
        by_key: dict[tuple[str | None, str], Any] = {}
        for mapper in SQLModel._sa_registry.mappers:  # type: ignore[attr-defined]
            t = mapper.local_table
            by_key[(t.schema, t.name)] = mapper
        for tid, t in self.tables.items():
            mapper = by_key.get(es.table_key(t))
            if mapper is None:
                raise AssertionError(
                    f"no mapped class for table {es.fmt_key(es.table_key(t))!r}"
                )
            self.classes[tid] = mapper.class_
            self.sa_tables[tid] = mapper.local_table
            self.mappers[tid] = mapper

    def sa_column(self, tid: str, cid: str) -> Any:
        name = es.columns_by_id(self.tables[tid])[cid]["name"]
        for col in self.sa_tables[tid].columns:
            if col.name == name:
                return col
        raise AssertionError(
            f"table {self.tables[tid]['name']!r} has no column {name!r}"
        )

    def attr(self, tid: str, cid: str) -> str:
        return str(
            self.mappers[tid].get_property_by_column(self.sa_column(tid, cid)).key
        )

    def pk(self, tid: str, obj: Any) -> tuple[Any, ...]:
        return tuple(
            getattr(obj, self.attr(tid, c["id"]))
            for c in es.primary_key(self.tables[tid])
        )


# ---------------------------------------------------------------------------
# Generic row factory


class Factory:
    def __init__(self, model: Model, session: Any, dialect: str) -> None:
        self.m = model
        self.session = session
        self.dialect = dialect
        self.counter = COUNTER
        self.unique_cols: dict[str, set[str]] = {}
        for tid, t in model.tables.items():
            u: set[str] = set()
            for c in t.get("columns", []):
                if c.get("primaryKey") or c.get("unique"):
                    u.add(c["id"])
            for uq in t.get("uniques", []):
                u.update(uq["columns"])
            for ix in t.get("indexes", []):
                if ix.get("unique"):
                    u.update(ix["columns"])
            self.unique_cols[tid] = u

    def value(self, tid: str, c: dict[str, Any]) -> Any:
        v = self._value(tid, c)
        k = c.get("constraints")
        return constrained(v, c, k) if k else v

    def _value(self, tid: str, c: dict[str, Any]) -> Any:
        n = next(self.counter)
        unique = c["id"] in self.unique_cols[tid]
        t = c["type"]
        kind = t.get("kind", "integer")
        if t.get("array") and kind not in ("json", "jsonb"):
            return []
        if kind in es.INTEGER_KINDS:
            return n if unique else 1 + n % 5
        if kind == "string":
            s = f"v{n}"
            length = t.get("length", 0)
            if length and len(s) > length:
                s = _base36(n)[-length:]
            return s
        if kind == "text":
            return f"text {n}"
        if kind == "boolean":
            return True
        if kind == "float":
            return n + 0.5 if unique else 0.5
        if kind == "numeric":
            p, s = t.get("precision", 0), t.get("scale", 0)
            int_digits = (p - s) if p else 6
            if int_digits >= 1:
                v = decimal.Decimal(1 + n % (10 ** min(int_digits, 6) - 1 or 1))
            else:
                v = decimal.Decimal(n % 9 + 1).scaleb(-s)
            return v.quantize(decimal.Decimal(1).scaleb(-s)) if s else v
        if kind == "date":
            return dt.date(2024, 1, 1) + dt.timedelta(days=n)
        if kind == "time":
            return dt.time(n % 24, n % 60, 0)
        if kind == "dateTime":
            tz = dt.timezone.utc if t.get("timezone") else None
            return dt.datetime(2024, 1, 1, 12, 0, 0, tzinfo=tz) + dt.timedelta(
                seconds=n
            )
        if kind == "interval":
            return dt.timedelta(hours=1 + n % 10)
        if kind == "uuid":
            return uuid.UUID(int=n)
        if kind in ("json", "jsonb"):
            return [n] if c.get("defaultFactory") == "emptyList" else {"n": n}
        if kind == "largeBinary":
            return f"b{n}".encode()
        if kind == "enum":
            values = es.enums_by_id(self.m.project)[t["enum"]]["values"]
            v = values[n % len(values)] if unique else values[0]
            enum_class = getattr(
                self.m.sa_column(tid, c["id"]).type, "enum_class", None
            )
            if enum_class is not None:
                for member in enum_class:
                    if member.value == v:
                        return member
            return v
        return "x"

    def make(
        self,
        tid: str,
        skip: set[str] | None = None,
        depth: int = 0,
        fill_all: bool = False,
    ) -> Any:
        """A new, flushed-ready instance with every required column filled.

        ``fill_all`` also sets the optional and defaulted columns (not verbatim
        dialect types); ``self.last_values`` keeps what was set, by column id.
        """
        if depth > 8:
            raise AssertionError("foreign keys nest too deep to build a row")
        skip = set(skip or ())
        if depth == 0:
            self.last_values: dict[str, Any] = {}
        table = self.m.tables[tid]
        cols = es.columns_by_id(table)
        values: dict[str, Any] = {}
        fk_cols = {cid for fk in table.get("foreignKeys", []) for cid in fk["columns"]}
        single_pk = len(es.primary_key(table)) == 1
        for c in table.get("columns", []):
            if c["id"] in skip or c["id"] in fk_cols:
                continue
            if es.is_db_autoincrement(table, c) and (
                single_pk or self.dialect != "sqlite"
            ):
                continue
            has_default = (
                "default" in c
                or bool(c.get("defaultFactory"))
                or bool(c.get("serverDefault"))
            )
            if c.get("primaryKey") and has_default:
                continue  # e.g. uuid4: distinct by itself
            required = not es.is_nullable(c) and not has_default
            wanted = fill_all and c["type"].get("kind") != "dialect"
            if required or wanted or c["id"] in self.unique_cols[tid]:
                v = self.value(tid, c)
                values[self.m.attr(tid, c["id"])] = v
                if depth == 0:
                    self.last_values[c["id"]] = v
        for fk in table.get("foreignKeys", []):
            if any(cid in skip for cid in fk["columns"]):
                continue
            if all(es.is_nullable(cols[cid]) for cid in fk["columns"]):
                continue
            if fk["refTable"] == tid:
                continue  # a required self-reference cannot be built generically
            parent = self.make(fk["refTable"], depth=depth + 1)
            self.session.add(parent)
            self.session.flush()
            for local, remote in zip(fk["columns"], fk["refColumns"], strict=True):
                values[self.m.attr(tid, local)] = getattr(
                    parent, self.m.attr(fk["refTable"], remote)
                )
        obj = self.m.classes[tid](**values)
        # Table models do not validate on __init__: make sure every value landed.
        for k, v in values.items():
            if getattr(obj, k) != v:
                setattr(obj, k, v)
        return obj


def constrained(v: Any, c: dict[str, Any], k: dict[str, Any]) -> Any:
    """A value near `v` that satisfies the column's validation constraints."""
    import re

    kind = c["type"].get("kind")
    if k.get("allowedValues"):
        a = k["allowedValues"][0]
        if kind in es.INTEGER_KINDS:
            return int(float(a))
        if kind == "float":
            return float(a)
        if kind == "numeric":
            return decimal.Decimal(a)
        return a
    if isinstance(v, (int, float, decimal.Decimal)) and not isinstance(v, bool):
        lo = k.get("ge", k.get("gt"))
        hi = k.get("le", k.get("lt"))
        step = k.get("multipleOf")
        num = type(v)
        x = float(v)
        if lo is not None:
            x = max(x, float(lo) + (1 if "gt" in k and kind in es.INTEGER_KINDS else 0))
            if "gt" in k and x <= float(lo):
                x = float(lo) + (float(step) if step else 0.5)
        if hi is not None and x >= float(hi):
            x = (float(lo) if lo is not None else float(hi) - 1) + (float(step) if step else 0)
            if "gt" in k and lo is not None and x <= float(lo):
                x = (float(lo) + float(hi)) / 2
        if step:
            x = round(x / float(step)) * float(step)
            if lo is not None and x < float(lo):
                x += float(step)
        if num is decimal.Decimal:
            q = decimal.Decimal(v).as_tuple().exponent
            return decimal.Decimal(str(round(x, 6))).quantize(
                decimal.Decimal(1).scaleb(int(q) if isinstance(q, int) else -2)
            )
        return num(x) if num is not float else float(x)
    if isinstance(v, str):
        n = re.sub(r"[^0-9]", "", v) or "1"
        fmt = k.get("format")
        if fmt == "email":
            v = f"user{n}@example.org"
        elif fmt == "url":
            v = f"https://example.org/{n}"
        elif fmt == "uuid":
            v = str(uuid.UUID(int=int(n)))
        elif fmt == "slug":
            v = f"item-{n}"
        pattern = k.get("pattern")
        if pattern:
            for cand in (v, f"a{n}", f"A{n}", n, f"a_{n}", f"v{n}x"):
                if re.search(pattern, cand):
                    v = cand
                    break
        lo, hi = k.get("minLength"), k.get("maxLength")
        if lo and len(v) < lo:
            v = v + "x" * (lo - len(v))
        if hi and len(v) > hi:
            v = v[:hi]
        return v
    return v


def _base36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        n, r = divmod(n, 36)
        out = digits[r] + out
        if n == 0:
            return out


# ---------------------------------------------------------------------------
# Relationship round trips


def rel_prop(model: Model, tid: str, attr: str) -> Any:
    from sqlalchemy.orm import RelationshipProperty

    cls = model.classes[tid]
    prop = model.mappers[tid].attrs.get(attr)
    if prop is None or not isinstance(prop, RelationshipProperty):
        raise AssertionError(f"{cls.__name__}.{attr} is not a relationship")
    return prop


def check_relationship(
    model: Model, engine: Any, rel: dict[str, Any], dialect: str
) -> list[str]:
    from sqlmodel import Session

    problems: list[str] = []
    kind = rel.get("kind", "oneToMany")
    fk_table, fk = es.fk_owner(model.project, rel["foreignKey"])
    child_tid = fk_table["id"]
    parent_tid = fk["refTable"]
    p_attr = rel.get("parentAttribute") or ""
    c_attr = rel.get("childAttribute") or ""
    name = f"relationship {rel['id']!r} ({kind})"
    view_only = bool(rel.get("viewOnly"))

    if kind == "manyToMany":
        _, fk2 = es.fk_owner(model.project, rel["secondForeignKey"])
        other_tid = fk2["refTable"]
        link_tid = child_tid
        if p_attr:
            prop = rel_prop(model, parent_tid, p_attr)
            if not prop.uselist:
                problems.append(f"{name}: {p_attr} must be a list")
            if (
                prop.secondary is None
                or prop.secondary is not model.sa_tables[link_tid]
            ):
                problems.append(f"{name}: {p_attr} must go through the link table")
        if c_attr:
            prop = rel_prop(model, other_tid, c_attr)
            if not prop.uselist:
                problems.append(f"{name}: {c_attr} must be a list")
        with Session(engine) as s:
            f = Factory(model, s, dialect)
            parent = f.make(parent_tid)
            others = [f.make(other_tid) for _ in range(2)]
            s.add(parent)
            s.add_all(others)
            s.flush()
            if view_only:
                for o in others:
                    link_values = {}
                    for a, b in zip(fk["columns"], fk["refColumns"], strict=True):
                        link_values[a] = getattr(parent, model.attr(parent_tid, b))
                    for a, b in zip(fk2["columns"], fk2["refColumns"], strict=True):
                        link_values[a] = getattr(o, model.attr(other_tid, b))
                    link = f.make(link_tid, skip=set(link_values))
                    for cid, v in link_values.items():
                        setattr(link, model.attr(link_tid, cid), v)
                    s.add(link)
            elif p_attr:
                getattr(parent, p_attr).extend(others)
                if c_attr:
                    for o in others:
                        if parent not in getattr(o, c_attr):
                            problems.append(
                                f"{name}: appending to {p_attr} did not update "
                                f"{c_attr} "
                                "in the session (back_populates)"
                            )
            else:
                for o in others:
                    getattr(o, c_attr).append(parent)
            s.commit()
            parent_pk = model.pk(parent_tid, parent)
            other_pks = {model.pk(other_tid, o) for o in others}
        with Session(engine) as s:
            parent = s.get(model.classes[parent_tid], parent_pk)
            if p_attr:
                got = {model.pk(other_tid, o) for o in getattr(parent, p_attr)}
                if got != other_pks:
                    problems.append(
                        f"{name}: read back {p_attr} = {got}, expected {other_pks}"
                    )
            if c_attr:
                for opk in other_pks:
                    o = s.get(model.classes[other_tid], opk)
                    got = {model.pk(parent_tid, p) for p in getattr(o, c_attr)}
                    if got != {parent_pk}:
                        problems.append(
                            f"{name}: read back {c_attr} = {got}, "
                            f"expected {{{parent_pk}}}"
                        )
        return problems

    one_to_one = kind == "oneToOne"
    n_children = 1 if one_to_one else 2
    if p_attr:
        prop = rel_prop(model, parent_tid, p_attr)
        if prop.uselist == one_to_one:
            problems.append(
                f"{name}: {p_attr} must be {'a scalar' if one_to_one else 'a list'}"
            )
    if c_attr:
        prop = rel_prop(model, child_tid, c_attr)
        if prop.uselist:
            problems.append(f"{name}: {c_attr} must be a scalar")
    with Session(engine) as s:
        f = Factory(model, s, dialect)
        parent = f.make(parent_tid)
        s.add(parent)
        s.flush()
        children = [
            f.make(child_tid, skip=set(fk["columns"])) for _ in range(n_children)
        ]
        if view_only:
            for ch in children:
                for a, b in zip(fk["columns"], fk["refColumns"], strict=True):
                    setattr(
                        ch,
                        model.attr(child_tid, a),
                        getattr(parent, model.attr(parent_tid, b)),
                    )
        elif p_attr:
            if one_to_one:
                setattr(parent, p_attr, children[0])
            else:
                getattr(parent, p_attr).extend(children)
            if c_attr:
                for ch in children:
                    if getattr(ch, c_attr) is not parent:
                        problems.append(
                            f"{name}: setting {p_attr} did not set {c_attr} "
                            "in the session "
                            "(back_populates)"
                        )
        else:
            for ch in children:
                setattr(ch, c_attr, parent)
        s.add_all(children)
        s.commit()
        parent_pk = model.pk(parent_tid, parent)
        child_pks = [model.pk(child_tid, ch) for ch in children]
        expected_fk = tuple(
            getattr(parent, model.attr(parent_tid, b)) for b in fk["refColumns"]
        )
    with Session(engine) as s:
        parent = s.get(model.classes[parent_tid], parent_pk)
        if parent is None:
            return problems + [f"{name}: parent row {parent_pk} not found after commit"]
        if p_attr:
            value = getattr(parent, p_attr)
            if one_to_one:
                got = [model.pk(child_tid, value)] if value is not None else []
            else:
                got = sorted((model.pk(child_tid, ch) for ch in value), key=repr)
            if sorted(got, key=repr) != sorted(child_pks, key=repr):
                problems.append(
                    f"{name}: read back {p_attr} = {got}, expected {child_pks}"
                )
        for cpk in child_pks:
            ch = s.get(model.classes[child_tid], cpk)
            if ch is None:
                problems.append(f"{name}: child row {cpk} not found after commit")
                continue
            got_fk = tuple(getattr(ch, model.attr(child_tid, a)) for a in fk["columns"])
            if got_fk != expected_fk:
                problems.append(
                    f"{name}: child {cpk} has foreign key {got_fk}, "
                    f"expected {expected_fk}"
                )
            if c_attr:
                back = getattr(ch, c_attr)
                if back is None or model.pk(parent_tid, back) != parent_pk:
                    problems.append(
                        f"{name}: child {cpk}.{c_attr} does not lead back to the parent"
                    )

    if rel.get("cascadeDelete") and p_attr and not view_only:
        with Session(engine) as s:
            parent = s.get(model.classes[parent_tid], parent_pk)
            s.delete(parent)
            s.commit()
        with Session(engine) as s:
            left = [
                cpk
                for cpk in child_pks
                if s.get(model.classes[child_tid], cpk) is not None
            ]
            if left:
                RESULT["cascade"].append(
                    f"{name}: deleting the parent left the children {left} "
                    "(cascadeDelete)"
                )
    return problems


# ---------------------------------------------------------------------------
# Column values and defaults


def _plain(v: Any) -> Any:
    """Comparable form: enum members by value, datetimes in naive UTC."""
    import enum

    if isinstance(v, enum.Enum):
        return v.value
    if isinstance(v, dt.datetime) and v.tzinfo is not None:
        return v.astimezone(dt.timezone.utc).replace(tzinfo=None)
    if isinstance(v, dt.time):
        return v.replace(tzinfo=None)
    if isinstance(v, float):
        return round(v, 6)
    if isinstance(v, memoryview):
        return bytes(v)
    return v


def _literal(column: dict[str, Any]) -> Any:
    """The project's Python default as the value read back should equal."""
    v = column["default"]
    kind = column["type"].get("kind", "integer")
    if kind == "numeric":
        return decimal.Decimal(str(v))
    if kind == "float":
        return round(float(v), 6)
    if kind == "date":
        return dt.date.fromisoformat(v)
    if kind == "time":
        return dt.time.fromisoformat(v).replace(tzinfo=None)
    if kind == "dateTime":
        return _plain(dt.datetime.fromisoformat(v))
    if kind == "uuid":
        return uuid.UUID(str(v))
    return v


def check_values(model: Model, engine: Any, dialect: str) -> list[str]:
    """Every column round-trips a value; defaults and server defaults apply."""
    import sqlalchemy as sa
    from sqlmodel import Session

    problems: list[str] = []
    for tid, table in model.tables.items():
        tname = es.fmt_key(es.table_key(table))
        cols = es.columns_by_id(table)
        with Session(engine) as s:
            f = Factory(model, s, dialect)
            full = f.make(tid, fill_all=True)
            set_values = dict(f.last_values)
            minimal = f.make(tid)
            set_minimal = set(f.last_values)
            s.add_all([full, minimal])
            s.commit()
            pk_full = model.pk(tid, full)
            pk_min = model.pk(tid, minimal)
        with Session(engine) as s:
            row = s.get(model.classes[tid], pk_full)
            for cid, v in set_values.items():
                got = getattr(row, model.attr(tid, cid))
                if _plain(got) != _plain(v):
                    problems.append(
                        f"table {tname!r} column {cols[cid]['name']!r}: wrote {v!r}, "
                        f"read back {got!r}"
                    )
            row = s.get(model.classes[tid], pk_min)
            for c in table.get("columns", []):
                if c["id"] in set_minimal:
                    continue  # unique: the factory had to set it
                got = getattr(row, model.attr(tid, c["id"]))
                where = f"table {tname!r} column {c['name']!r}"
                if "default" in c and c["type"].get("kind") != "dialect":
                    if _plain(got) != _literal(c):
                        problems.append(
                            f"{where}: default {c['default']!r} not applied "
                            f"(read back {got!r})"
                        )
                elif c.get("defaultFactory") or c.get("serverDefault"):
                    if got is None:
                        what = c.get("defaultFactory") or c.get("serverDefault")
                        problems.append(f"{where}: default {what!r} not applied")
        # Enums are stored as their values, not as the Python member names.
        sa_table = model.sa_tables[tid]
        pk_cols = [model.sa_column(tid, c["id"]) for c in es.primary_key(table)]
        for cid, v in set_values.items():
            c = cols[cid]
            if c["type"].get("kind") != "enum" or c["type"].get("array"):
                continue
            col = model.sa_column(tid, cid)
            stmt = sa.select(sa.cast(col, sa.String)).select_from(sa_table)
            for pc, pv in zip(pk_cols, pk_full, strict=True):
                stmt = stmt.where(pc == pv)
            with engine.connect() as conn:
                raw = conn.execute(stmt).scalar_one()
            if raw != _plain(v):
                problems.append(
                    f"table {tname!r} column {c['name']!r}: enum stored as {raw!r}, "
                    f"expected the value {_plain(v)!r}"
                )
    return problems


# ---------------------------------------------------------------------------


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--project", required=True)
    ap.add_argument("--dialect", required=True, choices=["sqlite", "postgresql"])
    ap.add_argument("--url", required=True)
    # full: schema + relationships; names: table/column names + relationships
    # (SQLAlchemy's SQLite reflection cannot parse constraint names with quotes);
    # tables: table/column names only.
    ap.add_argument("--mode", default="full", choices=["full", "names", "tables"])
    args = ap.parse_args()
    with open(args.project, encoding="utf-8") as fh:
        project = json.load(fh)

    warnings.simplefilter("always")
    with warnings.catch_warnings(record=True) as caught:
        with stage("import"):
            sys.path.insert(0, os.path.abspath(args.out))
            importlib.import_module("models")
        with stage("configure_mappers"):
            from sqlalchemy.orm import configure_mappers

            configure_mappers()
    RESULT["warnings"] = [f"{w.category.__name__}: {w.message}" for w in caught]

    with stage("mapped classes"):
        model = Model(project)
    with stage("create_all"):
        from sqlmodel import SQLModel

        engine = make_engine(args.url, project)
        SQLModel.metadata.create_all(engine)
    with stage("reflect"):
        if args.mode in ("tables", "names"):
            RESULT["schema"] = compare_tables(project, engine)
        else:
            expected = es.expected_schema(project, args.dialect)
            actual = es.reflect_schema(engine, es.project_schemas(project))
            RESULT["schema"] = es.compare(expected, actual, args.dialect)
    if args.mode in ("full", "names"):
        with stage("column values"):
            RESULT["values"] = check_values(model, engine, args.dialect)
        for rel in project.get("relationships", []):
            with stage(f"relationship {rel['id']}"):
                RESULT["relationships"] += check_relationship(
                    model, engine, rel, args.dialect
                )
    engine.dispose()
    RESULT["stage"] = "done"
    emit()


def compare_tables(project: dict[str, Any], engine: Any) -> list[str]:
    """Only table and column names (used for the hostile-name property)."""
    import sqlalchemy as sa

    insp = sa.inspect(engine)
    problems: list[str] = []
    for schema in es.project_schemas(project):
        want = {
            t["name"]: t
            for t in project["tables"]
            if (t.get("schema") or None) == schema
        }
        got = set(insp.get_table_names(schema=schema))
        if set(want) != got:
            problems.append(
                f"schema {schema!r}: tables {sorted(got)}, expected {sorted(want)}"
            )
            continue
        for name, t in want.items():
            cols = {c["name"] for c in insp.get_columns(name, schema=schema)}
            exp = {c["name"] for c in t["columns"]}
            if cols != exp:
                problems.append(
                    f"table {name!r}: columns {sorted(cols)}, expected {sorted(exp)}"
                )
    return problems


if __name__ == "__main__":
    main()
