# ruff: noqa  (a deliberately legacy application: SQLAlchemy 1.3 / Pydantic 1 style)
from __future__ import annotations

from datetime import datetime
from typing import List, Optional

from pydantic import BaseModel, validator
from sqlalchemy import Column, Integer
from sqlmodel import Enum, Field, Relationship, SQLModel, select


class Power(str, Enum):
    FLIGHT = "flight"


class Team(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str


class Hero(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(example="Deadpond")
    created_at: datetime = Field(default=datetime.utcnow())
    team_id: Optional[int] = Field(default=None, foreign_key="team.id")
    team: Optional[Team] = Relationship(sa_relationship_kwargs={"backref": "heroes"})

    class Config:
        orm_mode = True
        allow_population_by_field_name = True


class HeroUpdate(SQLModel):
    name: Optional[str] = None
    team_id: Optional[int] = None

    @validator("name")
    def strip(cls, v):
        return v.strip() if v else v


both = select([Hero, Team])


Hero.update_forward_refs()


FIELD_NAMES = list(HeroUpdate.__fields__)
