import uuid
from datetime import datetime, timezone

from sqlmodel import Field, Relationship, SQLModel


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


class TeamBase(SQLModel):
    name: str = Field(index=True, max_length=255)
    headquarters: str = Field(max_length=255)


class Team(TeamBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    heroes: list["Hero"] = Relationship(back_populates="team", cascade_delete=True)


class TeamCreate(TeamBase):
    pass


class TeamPublic(TeamBase):
    id: int


class HeroBase(SQLModel):
    name: str = Field(index=True, max_length=255)
    secret_name: str = Field(max_length=255)
    age: int | None = Field(default=None, index=True)
    team_id: int | None = Field(
        default=None, foreign_key="team.id", ondelete="CASCADE", index=True
    )


class Hero(HeroBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    token: uuid.UUID = Field(default_factory=uuid.uuid4)
    created_at: datetime = Field(default_factory=utc_now)
    hashed_password: str = Field(default="", max_length=255)
    team: Team | None = Relationship(back_populates="heroes")


class HeroCreate(HeroBase):
    password: str


class HeroPublic(HeroBase):
    id: int


class HeroPublicWithTeam(HeroPublic):
    team: TeamPublic | None = None


class HeroUpdate(SQLModel):
    name: str | None = None
    secret_name: str | None = None
    age: int | None = None
    team_id: int | None = None
