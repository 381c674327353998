"""Runs the generated CRUD code of one output folder against one database.

Usage: crud_runner.py --out OUT --url URL --mode sync|async|routers

Runs in a fresh interpreter with OUT on sys.path, so that ``models``, ``crud``,
``crud_async`` and ``routers`` import the way an application imports them. Creates the
tables, then for every table model, parents first: creates three rows through the
generated create function, reads each back by key in a new session, lists them (ordered by
key, paginated), updates one column and checks that nothing else changed, and finally
deletes every row, children first. ``async`` does the same with ``crud_async`` and also
touches every relationship of what get and list return, which raises MissingGreenlet
unless it was loaded eagerly. ``routers`` drives the FastAPI routers with TestClient.

Prints one JSON line: {"ok": bool, "error": str, "checked": {...counts}}.
"""

from __future__ import annotations

import argparse
import asyncio
import enum
import importlib
import inspect
import json
import sys
import traceback
import types
import typing
import uuid
from collections.abc import Callable
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

ROWS = 3
UPDATE_TYPES = ("String", "Text", "Integer", "SmallInteger", "BigInteger", "Boolean")


class Table:
    """What the runner knows about one table model."""

    def __init__(self, cls: type, mapper: Any) -> None:
        self.cls = cls
        self.mapper = mapper
        self.table = mapper.local_table
        self.name = cls.__name__
        self.attr_of = {
            c.key: a for a, c in mapper.columns.items()
        }  # column name -> attr
        self.pk_attrs = [self.attr_of[c.key] for c in mapper.primary_key]
        self.relationships = list(mapper.relationships.keys())
        self.rows: list[Any] = []  # created objects or JSON dicts

    def key(self, row: Any) -> tuple[Any, ...]:
        if isinstance(row, dict):
            return tuple(row[a] for a in self.pk_attrs)
        return tuple(getattr(row, a) for a in self.pk_attrs)


def load(out: Path) -> tuple[Any, list[Table]]:
    sys.path.insert(0, str(out))
    import sqlalchemy as sa
    from sqlalchemy.orm import configure_mappers
    from sqlmodel import SQLModel

    models = importlib.import_module("models")
    configure_mappers()
    by_table = {}
    for mapper in SQLModel._sa_registry.mappers:  # type: ignore[attr-defined]
        if getattr(models, mapper.class_.__name__, None) is mapper.class_:
            by_table[mapper.local_table] = Table(mapper.class_, mapper)
    with_warnings = []
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter(
            "ignore", sa.exc.SAWarning
        )  # cycles: nullable FKs break them
        for t in SQLModel.metadata.sorted_tables:
            if t in by_table:
                with_warnings.append(by_table[t])
    return models, with_warnings


def list_arg(annotation: Any) -> Any:
    """The element type of a list annotation (possibly optional), or None."""
    for a in (annotation, *typing.get_args(annotation)):
        if typing.get_origin(a) is list:
            args = typing.get_args(a)
            return args[0] if args else Any
    return None


def base_type(annotation: Any) -> Any:
    """The annotation without `| None`."""
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if (
        typing.get_origin(annotation) in (typing.Union, types.UnionType)
        and len(args) == 1
    ):
        return args[0]
    return annotation


def value_for(t: Table, attr: str, k: int, annotation: Any) -> Any:
    typ = t.mapper.columns[attr].type
    py = base_type(annotation)
    origin = typing.get_origin(py)
    if origin is list:
        elem = (typing.get_args(py) or (Any,))[0]
        return [k + 1] if elem is int else [f"x{k}"] if elem is str else [k]
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
        return k + 0.5
    if py is Decimal:
        scale = getattr(typ, "scale", None) or 0
        return (
            Decimal(k + 1).quantize(Decimal(1).scaleb(-scale))
            if scale
            else Decimal(k + 1)
        )
    if py is datetime:
        tz = timezone.utc if getattr(typ, "timezone", False) else None
        return datetime(2024, 1, k + 1, 12, 0, tzinfo=tz)
    if py is date:
        return date(2024, 1, k + 1)
    if py is time:
        return time(
            10, k, tzinfo=timezone.utc if getattr(typ, "timezone", False) else None
        )
    if py is timedelta:
        return timedelta(hours=k + 1)
    if py is uuid.UUID:
        return uuid.UUID(int=k + 1 + (7 << 64))
    if py is bytes:
        return f"b{k}".encode()
    length = getattr(typ, "length", None) or 40
    if type(typ).__name__ in ("Text", "UnicodeText"):
        return f"text {k}"
    return (f"{k}" + f"v{attr}abcdefghijklmnopqrstuvwxyz")[:length]


def values(
    t: Table, fields: dict[str, Any], k: int, tables: dict[Any, Table]
) -> dict[str, Any]:
    """Field values for row k of a table: every field but a generated key."""
    out: dict[str, Any] = {}
    for attr, info in fields.items():
        if attr not in t.mapper.columns:
            continue
        col = t.mapper.columns[attr]
        if col.primary_key and not info.is_required():
            continue  # generated by the database or a default factory
        out[attr] = value_for(t, attr, k, info.annotation)
    # Foreign keys: the values of a parent row; a different parent per constraint, so that
    # two references to the same table differ (checks like a <> b) and pairs stay unique.
    for i, fk in enumerate(
        sorted(t.table.foreign_key_constraints, key=lambda c: c.column_keys)
    ):
        parent = tables.get(fk.referred_table)
        local = [t.attr_of[c.key] for c in fk.columns]
        if parent is None or parent is t or not parent.rows:
            if all(t.mapper.columns[a].nullable for a in local):
                for a in local:
                    if a in fields:
                        out[a] = None
                continue
            raise RuntimeError(f"{t.name}: no parent row for {fk.column_keys}")
        row = parent.rows[(k + i) % len(parent.rows)]
        for el in fk.elements:
            a = t.attr_of[el.parent.key]
            ref = parent.attr_of[el.column.key]
            if a in fields:
                out[a] = row[ref]
    return out


def update_field(t: Table, fields: dict[str, Any]) -> tuple[str, Any] | None:
    fk_cols = {c.key for fk in t.table.foreign_key_constraints for c in fk.columns}
    for attr in fields:
        if attr not in t.mapper.columns:
            continue
        col = t.mapper.columns[attr]
        if (
            col.primary_key
            or col.key in fk_cols
            or type(col.type).__name__ not in UPDATE_TYPES
        ):
            continue
        if getattr(col.type, "enum_class", None) is not None:
            continue
        name = type(col.type).__name__
        if name == "Boolean":
            return attr, None if col.nullable else True
        if name in ("String", "Text"):
            length = getattr(col.type, "length", None) or 40
            return attr, "updated"[:length]
        return attr, 4
    return None


def missing_key(t: Table) -> tuple[Any, ...] | None:
    key = []
    for attr in t.pk_attrs:
        name = type(t.mapper.columns[attr].type).__name__
        if name in ("Integer", "BigInteger", "SmallInteger"):
            key.append(999)
        elif name in ("Uuid", "UUID"):
            key.append(uuid.uuid4())
        elif name in ("String", "Text"):
            key.append("zz")
        else:
            return None
    return tuple(key)


def sortable(key: tuple[Any, ...]) -> tuple[Any, ...]:
    return tuple(v.value if isinstance(v, enum.Enum) else v for v in key)


class Checks:
    def __init__(self) -> None:
        self.counts: dict[str, int] = {}

    def ok(self, what: str) -> None:
        self.counts[what] = self.counts.get(what, 0) + 1


def data_of(obj: Any) -> dict[str, Any]:
    return dict(obj.model_dump())


# ---------------------------------------------------------------------------------------
# sync and async CRUD


def fn(module: Any, prefix: str, t: Table) -> Callable[..., Any] | None:
    """The generated function of a table: found by its annotations, not by its name."""
    found = []
    for name, f in vars(module).items():
        if not name.startswith(prefix) or not inspect.isfunction(f):
            continue
        hints = typing.get_type_hints(f)
        ret = hints.pop("return", None)
        takes_cls = any(v is t.cls for v in hints.values())
        if (
            (prefix == "create_" and ret is t.cls)
            or (prefix == "get_" and set(typing.get_args(ret)) == {t.cls, type(None)})
            or (prefix == "list_" and typing.get_args(ret) == (t.cls,))
            or (prefix == "update_" and ret is t.cls and takes_cls)
            or (prefix == "delete_" and takes_cls)
        ):
            found.append(f)
    if len(found) > 1:
        raise RuntimeError(f"ambiguous {prefix} for {t.name}: {found}")
    return found[0] if found else None


def input_model(models: Any, t: Table, multi: bool, suffix: str) -> Any:
    return getattr(models, t.name + suffix, None) if multi else t.cls


async def maybe(x: Any) -> Any:
    return await x if inspect.isawaitable(x) else x


async def run_crud(
    models: Any, tables: list[Table], url: str, is_async: bool
) -> dict[str, int]:
    from sqlmodel import Session, SQLModel, create_engine

    checks = Checks()
    multi = hasattr(models, tables[0].name + "Create")
    by_table = {t.table: t for t in tables}
    if is_async:
        from sqlalchemy.exc import MissingGreenlet
        from sqlalchemy.ext.asyncio import create_async_engine

        crud = importlib.import_module("crud_async")
        engine: Any = create_async_engine(url)
        async with engine.begin() as conn:
            await conn.run_sync(SQLModel.metadata.create_all)

        def new_session() -> Any:
            return crud.make_async_session(engine)
    else:
        crud = importlib.import_module("crud")
        engine = create_engine(url)
        SQLModel.metadata.create_all(engine)

        def new_session() -> Any:
            return Session(engine)

    async def close(s: Any) -> None:
        await maybe(s.close())

    def touch(obj: Any, t: Table) -> None:
        for rel in t.relationships:
            try:
                getattr(obj, rel)
            except MissingGreenlet as e:  # only raised under asyncio
                raise AssertionError(
                    f"{t.name}.{rel} is not loaded eagerly: {e}"
                ) from e

    # create, parents first
    s = new_session()
    for t in tables:
        create = fn(crud, "create_", t)
        assert create is not None, f"no create function for {t.name}"
        model = input_model(models, t, multi, "Create")
        fields = model.model_fields
        for k in range(ROWS):
            vals = values(t, fields, k, by_table)
            obj = await maybe(
                create(s, model.model_validate(vals) if multi else t.cls(**vals))
            )
            assert isinstance(obj, t.cls)
            assert all(v is not None for v in t.key(obj)), (
                f"{t.name}: key not set after create"
            )
            t.rows.append(data_of(obj))
            checks.ok("create")
    await close(s)

    for t in tables:
        get, lst = fn(crud, "get_", t), fn(crud, "list_", t)
        assert get is not None and lst is not None, f"{t.name}: get/list missing"
        # get, in a new session: the same data as the created row
        s = new_session()
        for row in t.rows:
            got = await maybe(get(s, *t.key(row)))
            assert got is not None, f"{t.name}: get{t.key(row)} returned None"
            assert data_of(got) == row, f"{t.name}: {data_of(got)} != {row}"
            if is_async:
                touch(got, t)
            checks.ok("get")
        missing = missing_key(t)
        if missing is not None:
            assert await maybe(get(s, *missing)) is None, (
                f"{t.name}: get(missing) is not None"
            )
            checks.ok("get missing")
        # list: every row, ordered by key; pages
        rows = await maybe(lst(s))
        keys = [t.key(r) for r in rows]
        assert len(keys) == ROWS, f"{t.name}: list returned {len(keys)} rows"
        assert sorted(keys, key=sortable) == sorted(
            (t.key(r) for r in t.rows), key=sortable
        )
        if not any(isinstance(v, enum.Enum) for key in keys for v in key):
            assert keys == sorted(keys, key=sortable), (
                f"{t.name}: list not ordered: {keys}"
            )
        if is_async:
            for r in rows:
                touch(r, t)
        page = await maybe(lst(s, offset=1, limit=1))
        assert [t.key(r) for r in page] == keys[1:2], f"{t.name}: page {page}"
        assert list(await maybe(lst(s, offset=ROWS))) == []
        checks.ok("list")
        await close(s)

        # update one column; nothing else changes
        update = fn(crud, "update_", t)
        model = input_model(models, t, multi, "Update")
        if model is None:
            assert update is None, f"{t.name}: update without an Update model"
            continue
        assert update is not None, f"{t.name}: no update function"
        target = update_field(t, model.model_fields if multi else t.cls.model_fields)
        if target is None:
            continue
        attr, new = target
        s = new_session()
        db = await maybe(get(s, *t.key(t.rows[0])))
        before = data_of(db)
        changes = model.model_validate({attr: new}) if multi else {attr: new}
        result = await maybe(update(s, db, changes))
        assert result is db
        await close(s)
        s = new_session()
        after = data_of(await maybe(get(s, *t.key(t.rows[0]))))
        await close(s)
        assert after == {**before, attr: new}, (
            f"{t.name}: update {attr}: {before} -> {after}"
        )
        checks.ok("update")

    # delete, children first
    for t in reversed(tables):
        get, lst, delete = (
            fn(crud, "get_", t),
            fn(crud, "list_", t),
            fn(crud, "delete_", t),
        )
        assert delete is not None
        s = new_session()
        for row in t.rows:
            db = await maybe(get(s, *t.key(row)))
            if db is None:
                continue  # removed by a cascade from a row deleted before
            assert await maybe(delete(s, db)) is None
            assert await maybe(get(s, *t.key(row))) is None
            checks.ok("delete")
        assert list(await maybe(lst(s))) == [], f"{t.name}: rows left after delete"
        await close(s)
    await maybe(engine.dispose())
    return checks.counts


# ---------------------------------------------------------------------------------------
# FastAPI routers


def run_routers(models: Any, tables: list[Table], url: str) -> dict[str, int]:
    from fastapi import FastAPI
    from fastapi.testclient import TestClient
    from sqlalchemy.pool import StaticPool
    from sqlmodel import SQLModel, create_engine

    routers = importlib.import_module("routers")
    checks = Checks()
    multi = hasattr(models, tables[0].name + "Create")
    by_table = {t.table: t for t in tables}
    kw: dict[str, Any] = {}
    if url.startswith("sqlite"):
        kw = {"connect_args": {"check_same_thread": False}, "poolclass": StaticPool}
    engine = create_engine(url, **kw)
    SQLModel.metadata.create_all(engine)
    routers.set_engine(engine)
    app = FastAPI()
    routers.include_all(app)
    prefixes = {}
    for r in routers.all_routers:
        mod = sys.modules[r.routes[0].endpoint.__module__]
        cls = typing.get_type_hints(mod.__dict__[r.routes[0].endpoint.__name__]).get(
            "return"
        )
        prefixes[cls] = r.prefix
    client = TestClient(app)

    def path(t: Table, row: dict[str, Any]) -> str:
        parts = [str(row[a]) for a in t.pk_attrs]
        return prefixes[t.cls] + "/" + "/".join(parts)

    for t in tables:
        model = input_model(models, t, multi, "Create")
        prefix = prefixes[t.cls]
        for k in range(ROWS):
            vals = values(t, model.model_fields, k, by_table)
            body = (model.model_validate(vals) if multi else t.cls(**vals)).model_dump(
                mode="json"
            )
            r = client.post(prefix + "/", json=body)
            assert r.status_code == 200, f"POST {prefix}: {r.status_code} {r.text}"
            t.rows.append(r.json())
            checks.ok("POST")
        r = client.post(prefix + "/", json=[1, 2])
        assert r.status_code == 422, f"POST {prefix} invalid: {r.status_code}"
        checks.ok("POST 422")

    for t in tables:
        prefix = prefixes[t.cls]
        r = client.get(prefix + "/")
        assert r.status_code == 200, r.text
        assert len(r.json()) == ROWS, r.json()
        r = client.get(prefix + "/", params={"offset": 1, "limit": 1})
        assert r.status_code == 200 and len(r.json()) == 1, r.text
        assert client.get(prefix + "/", params={"limit": -1}).status_code == 422
        checks.ok("GET list")
        for row in t.rows:
            r = client.get(path(t, row))
            assert r.status_code == 200, f"GET {path(t, row)}: {r.status_code} {r.text}"
            assert r.json() == row, f"{r.json()} != {row}"
            checks.ok("GET")
        missing = missing_key(t)
        if missing is not None:
            r = client.get(path(t, dict(zip(t.pk_attrs, missing, strict=True))))
            assert r.status_code == 404, r.text
            assert r.json() == {"detail": f"{t.name} not found"}, r.json()
            checks.ok("GET 404")
        update_model = input_model(models, t, multi, "Update")
        if update_model is not None:
            target = update_field(t, update_model.model_fields)
            if target is not None:
                attr, new = target
                r = client.patch(path(t, t.rows[0]), json={attr: new})
                assert r.status_code == 200, f"PATCH: {r.status_code} {r.text}"
                assert r.json() == {**t.rows[0], attr: new}, r.json()
                t.rows[0] = r.json()
                checks.ok("PATCH")
                if multi and type(t.mapper.columns[attr].type).__name__ != "String":
                    r = client.patch(path(t, t.rows[0]), json={attr: {"not": "valid"}})
                    assert r.status_code == 422, (
                        f"PATCH invalid: {r.status_code} {r.text}"
                    )
                    checks.ok("PATCH 422")
    for t in reversed(tables):
        for row in t.rows:
            r = client.delete(path(t, row))
            assert r.status_code in (200, 404), r.text
            assert client.get(path(t, row)).status_code == 404
            checks.ok("DELETE")
    engine.dispose()
    return checks.counts


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--url", required=True)
    ap.add_argument("--mode", choices=("sync", "async", "routers"), required=True)
    args = ap.parse_args()
    result: dict[str, Any] = {"ok": False, "error": "", "checked": {}}
    try:
        models, tables = load(args.out)
        if args.mode == "routers":
            result["checked"] = run_routers(models, tables, args.url)
        else:
            result["checked"] = asyncio.run(
                run_crud(models, tables, args.url, args.mode == "async")
            )
        result["ok"] = True
    except BaseException:  # noqa: BLE001 - reported to the test
        result["error"] = traceback.format_exc()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
