"""Code that looks like the legacy patterns but is not: none of it may be flagged."""

import asyncio
import copy
import dataclasses
import json
import sqlite3
from datetime import datetime, timezone
from select import select as io_select
from typing import Any

import aiohttp
import requests
from pydantic import BaseModel, ConfigDict
from sqlmodel import Field, Session, SQLModel, create_engine, select


class Settings(BaseModel):
    model_config = ConfigDict(from_attributes=True, populate_by_name=True)

    name: str = "app"


@dataclasses.dataclass
class Options:
    tags: list[str] = dataclasses.field(default_factory=list)


class Item(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=50)
    created_at: datetime = Field(default_factory=lambda: datetime.now(timezone.utc))


engine = create_engine("postgresql+psycopg://app@localhost/app")


def plain_python(data: dict[str, Any], opts: Options) -> str:
    payload = requests.get("https://example.com", timeout=5).json()
    merged = data.copy()
    merged.update(dict(extra=True))
    for key, value in data.items():
        setattr(opts, key, value)
    query = "select me"
    clone = copy.copy(opts)
    print(query.upper(), clone, payload)
    return json.dumps(merged)


def stdlib_sqlite(name: str) -> list[Any]:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (x)")
    cur = conn.execute("SELECT x FROM t WHERE x = ?", (name,))
    return cur.fetchall()


async def fetch(url: str) -> Any:
    async with aiohttp.ClientSession() as session:
        response = session.get(url)
        async with response as r:
            return await r.json()


def wait_for_io(r: list[Any]) -> Any:
    return io_select(r, [], [], 0)


def items(session: Session, offset: int = 0) -> list[Item]:
    limit = 10
    page = list(
        session.exec(select(Item).order_by(Item.id).offset(offset).limit(limit)).all()
    )
    settings = Settings(name="x")
    print(settings.model_dump_json(), settings.model_dump())
    return page


def with_session() -> None:
    with Session(engine) as session:
        with session.begin():
            session.add(Item(name="a"))


async def gather_all() -> None:
    await asyncio.gather(asyncio.sleep(0))
