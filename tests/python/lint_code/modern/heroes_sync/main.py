import hashlib
import json
from collections.abc import Iterator, Sequence
from contextlib import asynccontextmanager
from typing import Annotated, Any

import requests
from fastapi import Depends, FastAPI, HTTPException, Query
from sqlalchemy import text
from sqlalchemy.orm import selectinload
from sqlmodel import Session, SQLModel, col, create_engine, select

from .models import Hero, HeroCreate, HeroPublic, HeroPublicWithTeam, HeroUpdate

sqlite_url = "sqlite:///database.db"
engine = create_engine(sqlite_url, connect_args={"check_same_thread": False})


def create_db_and_tables() -> None:
    SQLModel.metadata.create_all(engine)


def get_session() -> Iterator[Session]:
    with Session(engine) as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]


@asynccontextmanager
async def lifespan(app: FastAPI):
    create_db_and_tables()
    yield


app = FastAPI(lifespan=lifespan)


@app.post("/heroes/", response_model=HeroPublic)
def create_hero(hero: HeroCreate, session: SessionDep) -> Hero:
    hashed = hashlib.sha256(hero.password.encode()).hexdigest()
    db_hero = Hero.model_validate(hero, update={"hashed_password": hashed})
    session.add(db_hero)
    session.commit()
    session.refresh(db_hero)
    return db_hero


@app.get("/heroes/", response_model=list[HeroPublic])
def read_heroes(
    session: SessionDep,
    offset: int = 0,
    limit: Annotated[int, Query(le=100)] = 100,
) -> Sequence[Hero]:
    return session.exec(
        select(Hero).order_by(col(Hero.id)).offset(offset).limit(limit)
    ).all()


@app.get("/heroes/{hero_id}", response_model=HeroPublicWithTeam)
def read_hero(hero_id: int, session: SessionDep) -> Hero:
    statement = (
        select(Hero).where(col(Hero.id) == hero_id).options(selectinload(Hero.team))
    )
    hero = session.exec(statement).first()
    if not hero:
        raise HTTPException(status_code=404, detail="Hero not found")
    return hero


@app.patch("/heroes/{hero_id}", response_model=HeroPublic)
def update_hero(hero_id: int, hero: HeroUpdate, session: SessionDep) -> Hero:
    db_hero = session.get(Hero, hero_id)
    if not db_hero:
        raise HTTPException(status_code=404, detail="Hero not found")
    hero_data = hero.model_dump(exclude_unset=True)
    db_hero.sqlmodel_update(hero_data)
    session.add(db_hero)
    session.commit()
    session.refresh(db_hero)
    return db_hero


@app.delete("/heroes/{hero_id}")
def delete_hero(hero_id: int, session: SessionDep) -> dict[str, bool]:
    hero = session.get(Hero, hero_id)
    if not hero:
        raise HTTPException(status_code=404, detail="Hero not found")
    session.delete(hero)
    session.commit()
    return {"ok": True}


@app.get("/heroes/search/")
def search(session: SessionDep, name: str, young: bool = False) -> list[HeroPublic]:
    statement = select(Hero).where(
        col(Hero.name).contains(name), col(Hero.age).is_not(None)
    )
    if young:
        statement = statement.where(col(Hero.age) < 30)
    rows = session.exec(statement).all()
    return [HeroPublic.model_validate(r) for r in rows]


@app.get("/stats/")
def stats(session: SessionDep) -> dict[str, Any]:
    count = session.exec(
        text("SELECT count(*) FROM hero WHERE age > :a").bindparams(a=18)
    ).one()
    remote = requests.get("https://example.com/stats", timeout=5).json()
    local: dict[str, Any] = {"count": count, "remote": remote}
    merged = local.copy()
    merged.update(dict(source="db"))
    return json.loads(json.dumps(merged))


def export(session: SessionDep) -> list[dict[str, Any]]:
    query = "heroes"
    out = []
    for hero in session.exec(select(Hero).options(selectinload(Hero.team))).all():
        data = hero.model_dump()
        data["team"] = hero.team.name if hero.team else None
        data["query"] = query
        out.append(data)
    return out
