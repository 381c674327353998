"""Runs the generated query cookbook of one output folder against one database.

Usage: query_runner.py --out OUT --url URL --mode sync|async [--rows N] [--bulk N]

Runs in a fresh interpreter with OUT on sys.path, so that ``models``, ``queries`` and
``queries_async`` import the way an application imports them. Creates the tables, fills every
table model with N rows through the generated insert_<rows> (half of them) and add_all_<rows>
(the other half), then checks every generated function against a reference computed here by
hand, from the raw rows (plain ``select(table)``) joined in Python along the foreign keys:

* join_*: the (A, B) key pairs, whole and one page;
* load_*, load_*_strict, get_*_loaded: the related objects of every relationship, touched
  with an engine listener counting statements (no statement may run); the eager variants
  take as many statements for 5 rows as for 60, the lazy reference (plain select, then
  touching the collections) takes more (sync only: async cannot lazy-load at all);
* find_*_by_* / get_*_by_* (indexed columns and lookup keys without an index),
  latest_*_by_* (newest first, NULLs last, then key order), list_* (projection), count_*,
  *_exists, page_*, keyset_*;
* update_*_by_* and delete_*_by_* (rowcount and the rows after);
* finally the bulk insert of --bulk rows into the first table: one COMMIT.

Prints one JSON line: {"ok": bool, "error": str, "checked": {...counts}, "bulk": {...}}.
"""

from __future__ import annotations

import argparse
import asyncio
import enum
import importlib
import inspect
import json
import re
import sys
import time as clock
import traceback
import types
import typing
import uuid
from collections.abc import Callable
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import sqlalchemy as sa

Key = tuple[Any, ...]


class Model:
    """What the runner knows about one table model."""

    def __init__(self, cls: type, mapper: Any) -> None:
        self.cls = cls
        self.mapper = mapper
        self.table = mapper.local_table
        self.name = cls.__name__
        self.attr_of = {c.key: a for a, c in mapper.columns.items()}
        self.pk_cols = [c.key for c in mapper.primary_key]
        self.rows: list[dict[str, Any]] = []  # by attribute, as inserted

    def key_of(self, obj: Any) -> Key:
        return tuple(self.mapper.primary_key_from_instance(obj))


def base_type(annotation: Any) -> Any:
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if (
        typing.get_origin(annotation) in (typing.Union, types.UnionType)
        and len(args) == 1
    ):
        return args[0]
    return annotation


def value_for(m: Model, attr: str, k: int, annotation: Any) -> Any:
    typ = m.mapper.columns[attr].type
    py = base_type(annotation)
    origin = typing.get_origin(py)
    if origin is list:
        return [k]
    if origin is dict:
        return {"k": k}
    if isinstance(py, type) and issubclass(py, enum.Enum):
        members = list(py)
        return members[k % len(members)]
    if py is bool:
        return k % 2 == 0
    if py is int:
        return k % 5 + 1
    if py is float:
        return (k % 10) / 10
    if py is Decimal:
        scale = getattr(typ, "scale", None) or 0
        return Decimal(k % 1000 + 1).quantize(Decimal(1).scaleb(-scale))
    if py is datetime:
        tz = timezone.utc if getattr(typ, "timezone", False) else None
        return datetime(2024, 1, 1, tzinfo=tz) + timedelta(minutes=k)
    if py is date:
        return date(2020, 1, 1) + timedelta(days=k % 3000)
    if py is time:
        tz = timezone.utc if getattr(typ, "timezone", False) else None
        return time(k % 24, k % 60, tzinfo=tz)
    if py is timedelta:
        return timedelta(hours=k % 100 + 1)
    if py is uuid.UUID:
        return uuid.UUID(int=k + 1 + (7 << 64))
    if py is bytes:
        return f"b{k}".encode()
    length = getattr(typ, "length", None) or 40
    return (f"{k}v{attr}abcdefghijklmnopqrstuvwxyz")[:length]


def row_values(m: Model, k: int, models: dict[Any, Model]) -> dict[str, Any]:
    """Row k of a table, by attribute: every column, explicit keys, valid foreign keys.

    Foreign key i points at parent row (k // n0 + k % n0 + i) % n: pairs of foreign keys
    stay unique (composite keys, unique constraints) and differ (self references); a
    foreign key to the table itself points at row k // 2 (row 0 has none).
    """
    out: dict[str, Any] = {}
    fields = getattr(m.cls, "model_fields")  # noqa: B009 (m.cls is a plain type)
    for attr in m.mapper.columns.keys():
        info = fields.get(attr)
        annotation = info.annotation if info is not None else None
        if annotation is None:
            annotation = m.mapper.columns[attr].type.python_type
        col = m.mapper.columns[attr]
        if col.primary_key and not col.foreign_keys and annotation in (int, int | None):
            out[attr] = k + 1  # explicit keys: rows can refer to each other
        else:
            out[attr] = value_for(m, attr, k, annotation)
    fks = sorted(m.table.foreign_key_constraints, key=lambda c: c.column_keys)
    first_n = None
    for i, fk in enumerate(fks):
        parent = models.get(fk.referred_table)
        if parent is None:
            continue
        if parent is m:
            row = m.rows[k // 2] if 0 < k and k // 2 < len(m.rows) else None
        else:
            n = len(parent.rows)
            if first_n is None:
                first_n = n
                idx = k % n
            else:
                idx = (k // first_n + k % first_n + i) % n
            row = parent.rows[idx]
        for el in fk.elements:
            a = m.attr_of[el.parent.key]
            out[a] = None if row is None else row[parent.attr_of[el.column.key]]
    return out


def load(out: Path) -> tuple[Any, list[Model]]:
    sys.path.insert(0, str(out))
    import warnings

    from sqlalchemy.orm import configure_mappers
    from sqlmodel import SQLModel

    models = importlib.import_module("models")
    configure_mappers()
    by_table = {}
    for mapper in SQLModel._sa_registry.mappers:
        if getattr(models, mapper.class_.__name__, None) is mapper.class_:
            by_table[mapper.local_table] = Model(mapper.class_, mapper)
    ordered = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", sa.exc.SAWarning)
        for t in SQLModel.metadata.sorted_tables:
            if t in by_table:
                ordered.append(by_table[t])
    return models, ordered


class Checks:
    def __init__(self) -> None:
        self.counts: dict[str, int] = {}

    def ok(self, what: str) -> None:
        self.counts[what] = self.counts.get(what, 0) + 1


class Runner:
    def __init__(self, out: Path, url: str, mode: str, rows: int) -> None:
        self.mode = mode
        self.rows = rows
        self.models_module, self.models = load(out)
        self.by_table = {m.table: m for m in self.models}
        self.by_cls = {m.cls: m for m in self.models}
        self.q = importlib.import_module(
            "queries_async" if mode == "async" else "queries"
        )
        self.checks = Checks()
        self.statements = 0
        self.commits = 0
        self._raw: dict[Any, list[dict[str, Any]]] = {}
        from sqlmodel import SQLModel

        if mode == "async":
            from sqlalchemy.ext.asyncio import create_async_engine

            self.async_engine = create_async_engine(url)
            self.engine = self.async_engine.sync_engine
            self.loop = asyncio.new_event_loop()
            sync_url = url.replace("+aiosqlite", "").replace("+asyncpg", "+psycopg")
            setup = sa.create_engine(sync_url)
        else:
            self.engine = sa.create_engine(url)
            setup = self.engine
        if setup.dialect.name == "sqlite":

            @sa.event.listens_for(setup, "connect")
            def _fk(dbapi_conn: Any, _: Any) -> None:
                dbapi_conn.execute("PRAGMA foreign_keys=ON")

        SQLModel.metadata.create_all(setup)
        self.reader = setup
        sa.event.listen(self.engine, "before_cursor_execute", self._count)
        sa.event.listen(self.engine, "commit", self._commit)

    def _count(self, *args: Any) -> None:
        self.statements += 1

    def _commit(self, *args: Any) -> None:
        self.commits += 1
        self._raw.clear()

    # -- calling the generated functions ------------------------------------------------

    def call(
        self,
        fn: Callable[..., Any],
        *args: Any,
        inside: Callable[[Any], None] | None = None,
    ) -> Any:
        """fn(session, *args) in a fresh session; `inside(result)` runs before it closes.

        Inside the session an attribute that is not loaded yet would lazy-load: with
        asyncio that raises MissingGreenlet, after raiseload("*") InvalidRequestError.
        """
        if self.mode == "async":
            from sqlmodel.ext.asyncio.session import AsyncSession

            async def go() -> Any:
                async with AsyncSession(self.async_engine, expire_on_commit=False) as s:
                    result = await fn(s, *args)
                    if inside is not None:
                        inside(result)
                    return result

            return self.loop.run_until_complete(go())
        from sqlmodel import Session

        with Session(self.engine, expire_on_commit=False) as s:
            result = fn(s, *args)
            if inside is not None:
                inside(result)
            return result

    def fn(self, name: str) -> Callable[..., Any] | None:
        f = getattr(self.q, name, None)
        return f if inspect.isfunction(f) else None

    def functions(self, prefix: str, m: Model) -> dict[str, Callable[..., Any]]:
        """The generated functions with this prefix whose first result type is m's class."""
        found: dict[str, Callable[..., Any]] = {}
        for name, f in vars(self.q).items():
            if not name.startswith(prefix) or not inspect.isfunction(f):
                continue
            if f.__module__ != self.q.__name__:
                continue
            hints = typing.get_type_hints(f)
            classes = set().union(*(_classes(h) for h in hints.values())) & set(
                self.by_cls
            )
            if not classes:
                # count_, *_exists, list_, update_, delete_: the model they name
                source = inspect.getsource(f)
                classes = {
                    c for c in self.by_cls if re.search(rf"\b{c.__name__}\b", source)
                }
                if classes != {m.cls}:
                    continue
            if m.cls in classes:
                found[name] = f
        return found

    # -- the reference ---------------------------------------------------------------

    def raw(self, m: Model) -> list[dict[str, Any]]:
        # Cached while only reads run; every write clears the cache.
        if m.table not in self._raw:
            with self.reader.connect() as conn:
                self._raw[m.table] = [
                    dict(r._mapping) for r in conn.execute(sa.select(m.table))
                ]
        return self._raw[m.table]

    def key(self, m: Model, row: dict[str, Any]) -> Key:
        return tuple(row[c] for c in m.pk_cols)

    def related(self, m: Model, attr: str) -> tuple[Model, dict[Key, set[Key]]]:
        """For each row of m, the keys of its related rows along the relationship attr."""
        prop = m.mapper.relationships[attr]
        target = self.by_cls[prop.mapper.class_]
        rows, trows = self.raw(m), self.raw(target)
        out: dict[Key, set[Key]] = {self.key(m, r): set() for r in rows}

        def side(pairs: Any, table: Any) -> tuple[list[str], list[str]]:
            # (column of `table`, column of the other side) for each synchronised pair
            mine, other = [], []
            for a, b in pairs:
                if a.table is table and b.table is not table:
                    mine.append(a.key)
                    other.append(b.key)
                else:
                    mine.append(b.key)
                    other.append(a.key)
            return mine, other

        if prop.secondary is not None:
            with self.reader.connect() as conn:
                links = [
                    dict(r._mapping) for r in conn.execute(sa.select(prop.secondary))
                ]
            a_cols, a_link = _pairs(prop.synchronize_pairs, m.table)
            b_cols, b_link = _pairs(prop.secondary_synchronize_pairs, target.table)
            by_b = {tuple(r[c] for c in b_cols): self.key(target, r) for r in trows}
            by_a = {tuple(r[c] for c in a_cols): self.key(m, r) for r in rows}
            for link in links:
                a = by_a.get(tuple(link[c] for c in a_link))
                b = by_b.get(tuple(link[c] for c in b_link))
                if a is not None and b is not None:
                    out[a].add(b)
            return target, out
        pairs = list(prop.synchronize_pairs)
        if target is m:
            # Self reference: the direction decides which end holds the foreign key.
            ref = [a.key for a, _ in pairs]
            fk = [b.key for _, b in pairs]
            mine, other = (ref, fk) if prop.direction.name == "ONETOMANY" else (fk, ref)
        else:
            mine, other = side(pairs, m.table)
        index: dict[Key, list[Key]] = {}
        for r in trows:
            index.setdefault(tuple(r[c] for c in other), []).append(self.key(target, r))
        for r in rows:
            out[self.key(m, r)].update(index.get(tuple(r[c] for c in mine), []))
        return target, out

    # -- filling -----------------------------------------------------------------------

    def fill(self) -> None:
        for m in self.models:
            insert = self.functions("insert_", m)
            add_all = self.functions("add_all_", m)
            assert len(insert) == 1 and len(add_all) == 1, (m.name, insert, add_all)
            m.rows = []
            for k in range(self.rows):
                m.rows.append(row_values(m, k, self.by_table))
            half = self.rows // 2
            self.call(next(iter(insert.values())), m.rows[:half])
            objects = [m.cls(**r) for r in m.rows[half:]]
            self.call(next(iter(add_all.values())), objects)
            assert len(self.raw(m)) == self.rows, m.name
            self.checks.ok("insert")
            self.checks.ok("add_all")

    # -- checks ------------------------------------------------------------------------

    def check_joins(self, m: Model) -> None:
        for name, f in self.functions("join_", m).items():
            ret = typing.get_type_hints(f)["return"]
            first = typing.get_args(typing.get_args(ret)[0])[0]
            if first is not m.cls:
                continue
            attr = self._attr_from_name(m, name, "join_")
            target, rel = self.related(m, attr)
            expected = sorted((a, b) for a, bs in rel.items() for b in bs)
            got = self.call(f, 0, 10**6)
            pairs = [(m.key_of(a), target.key_of(b)) for a, b in got]
            assert pairs == expected, (
                f"{name}: {len(pairs)} pairs, expected {len(expected)}"
            )
            assert expected, f"{name}: the data has no pair to join"
            page = [(m.key_of(a), target.key_of(b)) for a, b in self.call(f, 3, 7)]
            assert page == expected[3:10], f"{name}: page"
            self.checks.ok("join")

    def _attr_from_name(self, m: Model, name: str, prefix: str) -> str:
        matches = [a for a in m.mapper.relationships.keys() if name.endswith("_" + a)]
        assert matches, f"{name}: no relationship of {m.name}"
        return str(max(matches, key=len))

    def touch(
        self, m: Model, objects: list[Any], expected: dict[str, dict[Key, set[Key]]]
    ) -> None:
        """Every relationship of every object is loaded already and right: no statement runs."""
        before = self.statements
        for obj in objects:
            k = m.key_of(obj)
            for attr, rel in expected.items():
                target = self.by_cls[m.mapper.relationships[attr].mapper.class_]
                value = getattr(obj, attr)
                if value is None:
                    got: set[Key] = set()
                elif isinstance(value, list):
                    got = {target.key_of(v) for v in value}
                else:
                    got = {target.key_of(value)}
                assert got == rel[k], f"{m.name}.{attr} of {k}: {got} != {rel[k]}"
        assert self.statements == before, f"{m.name}: touching ran SQL"

    def check_eager(self, m: Model) -> None:
        rels = list(m.mapper.relationships.keys())
        if not rels:
            return
        expected = {a: self.related(m, a)[1] for a in rels}
        keys = sorted(self.key(m, r) for r in self.raw(m))
        counts = {}
        for suffix in ("", "_strict"):
            f = self.fn(f"load_{_plural_name(self, m, 'load_', suffix)}")
            assert f is not None, f"{m.name}: no load function"
            for limit in (5, 60):
                before = self.statements
                objects = self.call(
                    f, 0, limit, inside=lambda objs: self.touch(m, objs, expected)
                )
                counts[(suffix, limit)] = self.statements - before
                assert [m.key_of(o) for o in objects] == keys[:limit]
            assert counts[(suffix, 5)] == counts[(suffix, 60)], (m.name, counts)
            self.checks.ok("eager constant")
        get_loaded = [
            f for n, f in self.functions("get_", m).items() if n.endswith("_loaded")
        ]
        assert len(get_loaded) == 1, m.name
        per_key = set()
        for k in (keys[0], keys[len(keys) // 2], keys[-1]):
            before = self.statements
            obj = self.call(
                get_loaded[0], *k, inside=lambda o: self.touch(m, [o], expected)
            )
            per_key.add(self.statements - before)
            assert obj is not None and m.key_of(obj) == k
        assert len(per_key) == 1, (m.name, per_key)
        self.checks.ok("get loaded")
        if self.mode == "sync":
            self.check_lazy_grows(m, rels)

    def check_lazy_grows(self, m: Model, rels: list[str]) -> None:
        """The reference N+1: a plain select, then touching the collections."""
        lazy = [
            a
            for a in rels
            if m.mapper.relationships[a].uselist
            and m.mapper.relationships[a].lazy == "select"
        ]
        if not lazy:
            return
        from sqlmodel import Session, select

        counts = []
        for limit in (5, 60):
            with Session(self.engine) as s:
                before = self.statements
                objects: Any = s.exec(select(m.cls).limit(limit)).all()
                for o in objects:
                    for a in lazy:
                        len(getattr(o, a))
                counts.append(self.statements - before)
        assert counts[1] > counts[0], (m.name, counts)
        self.checks.ok("lazy grows")

    def check_filters(self, m: Model) -> None:
        rows = self.raw(m)
        for prefix in ("find_", "get_"):
            for name, f in self.functions(prefix, m).items():
                if name.endswith("_loaded") or "_by_" not in name:
                    continue
                attr = name.split("_by_", 1)[1]
                col = m.mapper.columns[attr].key
                for r in rows[:: max(1, len(rows) // 4)]:
                    value = r[col]
                    if value is None:
                        continue
                    want = sorted(self.key(m, x) for x in rows if x[col] == value)
                    if prefix == "get_":
                        obj = self.call(f, value)
                        assert obj is not None and [m.key_of(obj)] == want, name
                    else:
                        got = [m.key_of(o) for o in self.call(f, value, 0, 10**6)]
                        assert got == want, (
                            f"{name}({value!r}): {got[:5]} != {want[:5]}"
                        )
                self.checks.ok("filter")

    def check_latest(self, m: Model) -> None:
        rows = self.raw(m)
        for name, f in self.functions("latest_", m).items():
            attr = name.split("_by_", 1)[1]
            col = m.mapper.columns[attr].key
            by_key = sorted(rows, key=lambda r: self.key(m, r))
            dated = [r for r in by_key if r[col] is not None]
            dated.sort(key=lambda r: r[col], reverse=True)  # stable: ties in key order
            want = [self.key(m, r) for r in dated] + [
                self.key(m, r) for r in by_key if r[col] is None
            ]
            got = [m.key_of(o) for o in self.call(f, 0, 10**6)]
            assert got == want, f"{name}: {got[:5]} != {want[:5]}"
            page = [m.key_of(o) for o in self.call(f, 3, 7)]
            assert page == want[3:10], f"{name}: page"
            self.checks.ok("latest")

    def check_simple(self, m: Model) -> None:
        rows = self.raw(m)
        keys = sorted(self.key(m, r) for r in rows)
        by_key = {self.key(m, r): r for r in rows}
        plural = None
        for name, f in self.functions("count_", m).items():
            assert self.call(f) == len(rows), name
            plural = name.removeprefix("count_")
            self.checks.ok("count")
        assert plural is not None, m.name
        for name, f in self.functions("list_", m).items():
            got = self.call(f, 2, 9)
            assert len(got) == len(keys[2:11]), name
            for row, k in zip(got, keys[2:11], strict=True):
                mapping = row._mapping
                for label, value in mapping.items():
                    ref = by_key[k][label]
                    assert value == ref, f"{name}: {label} {value!r} != {ref!r}"
            self.checks.ok("projection")
        exists = [f for n, f in self.functions("", m).items() if n.endswith("_exists")]
        assert len(exists) == 1, m.name
        assert self.call(exists[0], *keys[0]) is True
        missing = list(keys[-1])
        missing[0] = _bigger(missing[0])
        assert self.call(exists[0], *missing) is False
        self.checks.ok("exists")
        page = self.fn(f"page_{plural}")
        assert page is not None, m.name
        got = [m.key_of(o) for o in self.call(page, 2, 7)]
        assert got == keys[14:21], "page"
        self.checks.ok("offset page")
        for name, f in self.functions("keyset_", m).items():
            walked: list[Key] = []
            after = None
            while True:
                batch = self.call(f, after, max(7, len(keys) // 3))
                if not batch:
                    break
                walked += [m.key_of(o) for o in batch]
                assert len(walked) <= len(keys), f"{name}: pages overlap"
                last = m.key_of(batch[-1])
                after = last if len(last) > 1 else last[0]
            assert walked == keys, f"{name}: {len(walked)} of {len(keys)}"
            self.checks.ok("keyset")

    def check_bulk_update(self, m: Model) -> None:
        f = next(
            (f for n, f in self.functions("update_", m).items() if "_by_" in n), None
        )
        if f is None:
            return
        name = f.__name__
        attr = name.split("_by_", 1)[1]
        col = m.mapper.columns[attr].key
        change = _changeable(m)
        if change is None:
            return
        target_attr, new_value = change
        rows = self.raw(m)
        values = sorted({r[col] for r in rows[:3] if r[col] is not None}, key=repr)
        want = {self.key(m, r) for r in rows if r[col] in values}
        count = self.call(f, values, {target_attr: new_value})
        assert count == len(want), f"{name}: rowcount {count} != {len(want)}"
        tcol = m.mapper.columns[target_attr].key
        for r in self.raw(m):
            if self.key(m, r) in want:
                assert r[tcol] == new_value, name
        self.checks.ok("bulk update")

    def check_bulk_delete(self, m: Model) -> None:
        referenced = {
            fk.referred_table for t in self.by_table for fk in t.foreign_key_constraints
        }
        if m.table in referenced:
            return  # children would refuse (or cascade): deletes are checked on leaves
        f = next(
            (f for n, f in self.functions("delete_", m).items() if "_by_" in n), None
        )
        assert f is not None, m.name
        attr = f.__name__.split("_by_", 1)[1]
        col = m.mapper.columns[attr].key
        rows = self.raw(m)
        values = sorted({r[col] for r in rows[:2] if r[col] is not None}, key=repr)
        want = {self.key(m, r) for r in rows if r[col] in values}
        assert self.call(f, values) == len(want)
        left = {self.key(m, r) for r in self.raw(m)}
        assert not (left & want) and len(left) == len(rows) - len(want)
        self.checks.ok("bulk delete")

    def bulk_insert(self, count: int) -> dict[str, Any]:
        """count rows into the first table through insert_<rows>: one transaction."""
        m = self.models[0]
        f = next(iter(self.functions("insert_", m).values()))
        rows = [row_values(m, self.rows + k, self.by_table) for k in range(count)]
        before_rows = len(self.raw(m))
        commits, statements = self.commits, self.statements
        start = clock.perf_counter()
        self.call(f, rows)
        seconds = clock.perf_counter() - start
        assert len(self.raw(m)) == before_rows + count
        return {
            "table": m.name,
            "rows": count,
            "seconds": seconds,
            "rows_per_second": count / seconds,
            "commits": self.commits - commits,
            "statements": self.statements - statements,
        }

    def run(self, bulk: int) -> dict[str, Any]:
        self.fill()
        for m in self.models:
            self.check_joins(m)
            self.check_eager(m)
            self.check_filters(m)
            self.check_latest(m)
            self.check_simple(m)
        for m in self.models:
            self.check_bulk_update(m)
        for m in reversed(self.models):
            self.check_bulk_delete(m)
        return self.bulk_insert(bulk) if bulk else {}


def _pairs(pairs: Any, table: Any) -> tuple[list[str], list[str]]:
    """(columns of `table`, columns of the link table) of synchronised pairs."""
    mine, link = [], []
    for a, b in pairs:
        if a.table is table:
            mine.append(a.key)
            link.append(b.key)
        else:
            mine.append(b.key)
            link.append(a.key)
    return mine, link


def _classes(annotation: Any) -> set[Any]:
    out: set[Any] = set()
    if annotation is None:
        return out
    if isinstance(annotation, type):
        out.add(annotation)
    for a in typing.get_args(annotation):
        out |= _classes(a)
    return out


def _plural_name(r: Runner, m: Model, prefix: str, suffix: str) -> str:
    names = [
        n.removeprefix(prefix).removesuffix(suffix)
        for n in r.functions(prefix, m)
        if n.endswith(suffix) and (suffix or not n.endswith("_strict"))
    ]
    assert len(names) == 1, (m.name, prefix, suffix, names)
    return names[0]


def _bigger(v: Any) -> Any:
    if isinstance(v, uuid.UUID):
        return uuid.UUID(int=(v.int + 10**9) % (1 << 128))
    if isinstance(v, int):
        return v + 10**6
    if isinstance(v, str):
        return v + "zz"
    return v


def _changeable(m: Model) -> tuple[str, Any] | None:
    """A plain column to set in a bulk update: not a key, a foreign key or unique."""
    fk_cols = {c.key for fk in m.table.foreign_key_constraints for c in fk.columns}
    unique = {c.key for c in m.table.columns if c.unique}
    for con in m.table.constraints:
        if isinstance(con, sa.UniqueConstraint):
            unique |= {c.key for c in con.columns}
    for attr, col in m.mapper.columns.items():
        if col.primary_key or col.key in fk_cols or col.key in unique:
            continue
        name = type(col.type).__name__
        if name in ("Integer", "SmallInteger", "BigInteger"):
            return attr, 4
        if (
            name in ("String", "Text", "AutoString")
            and getattr(col.type, "enum_class", None) is None
        ):
            return attr, "updated"[: getattr(col.type, "length", None) or 40]
        if name == "Boolean":
            return attr, True
    return None


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--url", required=True)
    parser.add_argument("--mode", choices=["sync", "async"], required=True)
    parser.add_argument("--rows", type=int, default=400, help="rows per table")
    parser.add_argument("--bulk", type=int, default=0)
    a = parser.parse_args()
    result: dict[str, Any] = {"ok": False, "error": "", "checked": {}, "bulk": {}}
    runner = None
    try:
        runner = Runner(a.out, a.url, a.mode, a.rows)
        result["bulk"] = runner.run(a.bulk)
        result["ok"] = True
    except BaseException:
        result["error"] = traceback.format_exc()
    if runner is not None:
        result["checked"] = runner.checks.counts
    print(json.dumps(result, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
