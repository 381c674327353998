# ruff: noqa  (a deliberately legacy application: SQLAlchemy 1.3 / Pydantic 1 style)
from typing import List

from fastapi import Depends, FastAPI
from sqlalchemy import text
from sqlalchemy.orm import Session

from .db import engine, get_db
from .models import Hero, HeroUpdate, Team

app = FastAPI()


@app.on_event("startup")
def on_startup():
    pass


@app.post("/heroes/")
def create_hero(hero: Hero, db: Session = Depends(get_db)):
    db_hero = Hero(**hero.dict())
    db.add(db_hero)
    db.commit()
    return db_hero


@app.get("/heroes/{hero_id}", response_model=Hero)
def read_hero(hero_id: int, db: Session = Depends(get_db)):
    return db.query(Hero).get(hero_id)


@app.get("/teams/")
def read_teams(offset: int = 0, db: Session = Depends(get_db)):
    rows = db.query(Team).offset(offset).limit(10).all()
    return [Team.from_orm(r) for r in rows]


@app.patch("/heroes/{hero_id}")
def update_hero(hero_id: int, hero: HeroUpdate, db: Session = Depends(get_db)):
    db_hero = db.query(Hero).filter(Hero.id == hero_id).first()
    data = hero.dict()
    for key, value in data.items():
        setattr(db_hero, key, value)
    db.commit()
    return {"ok": True}


def search(db: Session, name: str):
    return db.execute(f"SELECT * FROM hero WHERE name = '{name}'")


def orphans(db: Session) -> List[Hero]:
    return db.query(Hero).filter(Hero.team_id == None and Hero.name != "x").all()


def team_names(db: Session):
    out = []
    for hero in db.query(Hero).all():
        out.append(hero.team.name)
    return out


def hero_team(hero_id: int):
    with Session(engine) as db:
        hero = db.get(Hero, hero_id)
    return hero.team
