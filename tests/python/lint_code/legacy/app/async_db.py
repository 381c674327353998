# ruff: noqa  (a deliberately legacy application: SQLAlchemy 1.3 / Pydantic 1 style)
from sqlalchemy import create_engine
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import sessionmaker
from sqlmodel.ext.asyncio.session import AsyncEngine
from sqlmodel import SQLModel, select

from .models import Hero

async_engine = AsyncEngine(create_engine("postgresql://u:p@db/app"))
make_session = sessionmaker(async_engine, class_=AsyncSession)


async def init_models():
    SQLModel.metadata.create_all(async_engine)


async def rename(session: AsyncSession, hero: Hero):
    session.commit()


async def team_names(session: AsyncSession):
    for hero in (await session.execute(select(Hero))).scalars().all():
        print(hero.team)
