from collections.abc import Sequence

from heroes_sync.models import Hero, HeroCreate, HeroUpdate, Team
from sqlalchemy.orm import selectinload
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession


async def create_hero(session: AsyncSession, hero_in: HeroCreate) -> Hero:
    db_hero = Hero.model_validate(hero_in, update={"hashed_password": "x"})
    session.add(db_hero)
    await session.commit()
    await session.refresh(db_hero)
    return db_hero


async def get_hero_with_team(session: AsyncSession, hero_id: int) -> Hero | None:
    stmt = select(Hero).where(col(Hero.id) == hero_id).options(selectinload(Hero.team))
    return (await session.exec(stmt)).first()


async def list_heroes(
    session: AsyncSession, offset: int = 0, limit: int = 100
) -> Sequence[Hero]:
    stmt = select(Hero).order_by(col(Hero.id)).offset(offset).limit(limit)
    return (await session.exec(stmt)).all()


async def team_names(session: AsyncSession) -> list[str]:
    names = []
    for hero in (
        await session.exec(select(Hero).options(selectinload(Hero.team)))
    ).all():
        names.append(hero.team.name if hero.team else "")
    return names


async def update_hero(
    session: AsyncSession, db_hero: Hero, hero_in: HeroUpdate
) -> Hero:
    db_hero.sqlmodel_update(hero_in.model_dump(exclude_unset=True))
    session.add(db_hero)
    await session.commit()
    await session.refresh(db_hero)
    return db_hero


async def delete_team(session: AsyncSession, team: Team) -> None:
    await session.delete(team)
    await session.commit()
