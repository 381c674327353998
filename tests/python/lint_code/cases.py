# SPDX-FileCopyrightText: 2026 SQLModel Studio authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""One positive and one negative snippet per code-lint rule.

Each case maps relative file names to their text. A positive case must produce the rule
(at least once); a negative case must not produce it.  The shared preamble declares a
small model family so that snippets stay short.
"""

MODELS = """
import uuid
from datetime import datetime, timezone
from typing import Optional

from sqlmodel import Field, Relationship, Session, SQLModel, col, create_engine, select


class Team(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(max_length=50)
    heroes: list["Hero"] = Relationship(back_populates="team")


class Hero(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(max_length=50)
    age: Optional[int] = None
    team_id: Optional[int] = Field(default=None, foreign_key="team.id")
    team: Optional[Team] = Relationship(back_populates="heroes")


class HeroCreate(SQLModel):
    name: str


class HeroPublic(SQLModel):
    id: int
    name: str


class HeroUpdate(SQLModel):
    name: Optional[str] = None
"""


HERO_MODULE = """
from typing import Optional

from sqlmodel import Field, Relationship, SQLModel


class Hero(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    team_id: Optional[int] = Field(default=None, foreign_key="team.id", index=True)
    team: Optional["Team"] = Relationship(back_populates="heroes")
"""

TEAM_MODULE = """
from typing import Optional

from sqlmodel import Field, Relationship, SQLModel


class Team(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    heroes: list["Hero"] = Relationship(back_populates="team")
"""


def m(body):
    """A single module: the model family plus `body`."""
    return {"app.py": MODELS + "\n" + body}


ASYNC = """
from sqlalchemy.ext.asyncio import create_async_engine
from sqlalchemy.orm import selectinload
from sqlmodel.ext.asyncio.session import AsyncSession
"""

FASTAPI = """
from fastapi import FastAPI
app = FastAPI()
"""

ENV_HEAD = """
from alembic import context
from sqlalchemy import engine_from_config, pool
from sqlmodel import SQLModel
"""

MIGRATION_HEAD = """
import sqlalchemy as sa
from alembic import op
"""

MAKO_GOOD = '''"""${message}"""
from alembic import op
import sqlalchemy as sa
import sqlmodel.sql.sqltypes
${imports if imports else ""}

def upgrade() -> None:
    ${upgrades if upgrades else "pass"}
'''

CASES = {
    "PYD001": (
        m(
            "class A(SQLModel):\n    x: int = 0\n\n    class Config:\n        frozen = True\n"
        ),
        m(
            "from sqlmodel import SQLModel as S\nclass Plain:\n    class Config:\n        x = 1\n"
        ),
    ),
    "PYD002": (
        m("class A(SQLModel):\n    class Config:\n        orm_mode = True\n"),
        m("class A(SQLModel):\n    x: int = 0\n"),
    ),
    "PYD003": (
        m(
            "class A(SQLModel):\n    class Config:\n        allow_population_by_field_name = True\n"
        ),
        m(
            "from pydantic import ConfigDict\nclass A(SQLModel):\n"
            "    model_config = ConfigDict(populate_by_name=True)\n"
        ),
    ),
    "PYD004": (
        m("def f(h: HeroCreate):\n    return h.dict()\n"),
        m(
            "import requests\ndef f(d: dict, h: HeroCreate):\n    x = dict(a=1)\n"
            "    r = requests.get('u').json()\n    return d.copy(), x, r, h.model_dump()\n"
        ),
    ),
    "PYD005": (
        m("def f():\n    h = HeroCreate(name='a')\n    return h.json()\n"),
        m(
            "import json, requests\ndef f(h: HeroCreate):\n    resp = requests.get('u')\n"
            "    return resp.json(), json.dumps({}), h.model_dump_json()\n"
        ),
    ),
    "PYD006": (
        m("def f(row):\n    return HeroPublic.from_orm(row)\n"),
        m("def f(row):\n    return HeroPublic.model_validate(row)\n"),
    ),
    "PYD007": (
        m("def f(d):\n    return HeroCreate.parse_obj(d)\n"),
        m(
            "import yaml\ndef f(d, s):\n    return HeroCreate.model_validate(d), yaml.parse(s)\n"
        ),
    ),
    "PYD008": (
        m("def f(h: HeroCreate):\n    return h.copy()\n"),
        m("def f(h: HeroCreate, d: dict):\n    return h.model_copy(), d.copy()\n"),
    ),
    "PYD009": (
        m("print(HeroCreate.schema())\n"),
        m("print(HeroCreate.model_json_schema())\n"),
    ),
    "PYD010": (
        m("print(HeroCreate.__fields__)\n"),
        m("print(HeroCreate.model_fields)\n"),
    ),
    "PYD011": (
        m(
            "from pydantic import validator\nclass A(SQLModel):\n    x: int = 0\n\n"
            "    @validator('x')\n    def v(cls, x):\n        return x\n"
        ),
        m(
            "from pydantic import field_validator\nclass A(SQLModel):\n    x: int = 0\n\n"
            "    @field_validator('x')\n    @classmethod\n    def v(cls, x):\n        return x\n"
        ),
    ),
    "PYD012": (
        m("Team.update_forward_refs()\n"),
        m("Team.model_rebuild()\n"),
    ),
    "PYD013": (
        m("class A(SQLModel):\n    x: int = Field(default=0, example=3)\n"),
        m(
            "class A(SQLModel):\n    x: int = Field(default=0, schema_extra={'examples': [3]})\n"
        ),
    ),
    "PYD014": (
        m(
            "from pydantic import constr\nclass A(SQLModel, table=True):\n"
            "    id: Optional[int] = Field(default=None, primary_key=True)\n"
            "    code: constr(max_length=5)\n"
        ),
        m(
            "class A(SQLModel, table=True):\n"
            "    id: Optional[int] = Field(default=None, primary_key=True)\n"
            "    code: str = Field(max_length=5)\n"
        ),
    ),
    "SQA001": (
        m("def f(session: Session):\n    return session.query(Hero).all()\n"),
        m(
            "from django.db.models import Q\ndef f(session: Session, query: str, db):\n"
            "    db.query('x')\n    return session.exec(select(Hero)).all(), query.lower()\n"
        ),
    ),
    "SQA002": (
        m("def f(session: Session):\n    return session.query(Hero).get(1)\n"),
        m(
            "def f(session: Session, d: dict):\n    return session.get(Hero, 1), d.get('x')\n"
        ),
    ),
    "SQA003": (
        m(
            "def f(session: Session):\n    return session.execute(select(Hero)).scalars().all()\n"
        ),
        m("def f(session: Session):\n    return session.exec(select(Hero)).all()\n"),
    ),
    "SQA004": (
        m("stmt = select([Hero, Team])\n"),
        m("stmt = select(Hero, Team)\n"),
    ),
    "SQA005": (
        m(
            "engine = create_engine('postgresql://u@h/db')\nengine.execute('SELECT 1')\n"
        ),
        m(
            "from sqlalchemy import text\nengine = create_engine('postgresql://u@h/db')\n"
            "with engine.connect() as conn:\n    conn.execute(text('SELECT 1'))\n"
        ),
    ),
    "SQA006": (
        m(
            "engine = create_engine('postgresql://u@h/db')\n"
            "with engine.connect() as conn:\n    conn.execute('SELECT 1')\n"
        ),
        m(
            "from sqlalchemy import text\nimport subprocess\n"
            "engine = create_engine('postgresql://u@h/db')\n"
            "with engine.connect() as conn:\n    conn.execute(text('SELECT 1'))\n"
            "subprocess.run('ls')\n"
        ),
    ),
    "SQA007": (
        m(
            "from sqlalchemy import text\ndef f(session: Session, name: str):\n"
            "    sql = f\"SELECT * FROM hero WHERE name = '{name}'\"\n"
            "    return session.exec(text(sql))\n"
        ),
        m(
            "from sqlalchemy import text\ndef f(session: Session, name: str):\n"
            "    msg = f'hello {name}'\n    print(msg)\n"
            "    return session.exec(text('SELECT * FROM hero WHERE name = :n').bindparams(n=name))\n"
        ),
    ),
    "SQA008": (
        m(
            "from sqlalchemy.orm import sessionmaker\n"
            "engine = create_engine('postgresql://u@h/db')\n"
            "S = sessionmaker(autocommit=True, bind=engine)\n"
        ),
        m(
            "engine = create_engine('postgresql://u@h/db')\n"
            "def f():\n    with Session(engine) as s:\n        s.commit()\n"
        ),
    ),
    "SQA009": (
        {
            "db.py": "from sqlalchemy.ext.declarative import declarative_base\nBase = declarative_base()\n"
        },
        {"db.py": "from sqlmodel import SQLModel\nclass Base(SQLModel):\n    pass\n"},
    ),
    "SQA010": (
        m("engine = create_engine('postgresql://u@h/db', future=True)\n"),
        m("engine = create_engine('postgresql://u@h/db')\n"),
    ),
    "SQA011": (
        m(
            "class P(SQLModel, table=True):\n"
            "    id: Optional[int] = Field(default=None, primary_key=True)\n"
            '    kids: list["Hero"] = Relationship(sa_relationship_kwargs={"backref": "p"})\n'
        ),
        m(
            "class P(SQLModel, table=True):\n"
            "    id: Optional[int] = Field(default=None, primary_key=True)\n"
            '    kids: list["Hero"] = Relationship(sa_relationship_kwargs={"lazy": "selectin"})\n'
        ),
    ),
    "SQA012": (
        m("stmt = select(Hero).where(Hero.age > 1 and Hero.age < 9)\n"),
        m(
            "import pandas as pd\nstmt = select(Hero).where(col(Hero.age) > 1, col(Hero.age) < 9)\n"
            "def f(df, a, b):\n    return df.where(a and b)\n"
        ),
    ),
    "SQA013": (
        m("stmt = select(Hero).where(Hero.age == None)\n"),
        m(
            "stmt = select(Hero).where(col(Hero.age).is_(None))\nx = [1 if y == None else 2 for y in []]\n"
        ),
    ),
    "SQA014": (
        m(
            "def f(session: Session):\n    for hero in session.exec(select(Hero)).all():\n"
            "        print(hero.team.name)\n"
        ),
        m(
            "from sqlalchemy.orm import selectinload\ndef f(session: Session):\n"
            "    for hero in session.exec(select(Hero).options(selectinload(Hero.team))).all():\n"
            "        print(hero.team.name)\n"
        ),
    ),
    "SQA015": (
        m(
            "from sqlalchemy.orm import sessionmaker\nengine = create_engine('sqlite:///x.db')\n"
            "SessionLocal = sessionmaker(bind=engine)\n"
        ),
        m(
            "engine = create_engine('sqlite:///x.db')\ndef f():\n"
            "    with Session(engine) as session:\n        session.commit()\n"
        ),
    ),
    "SQA016": (
        m(
            "engine = create_engine('sqlite:///x.db')\ndef f():\n"
            "    with Session(engine) as session:\n        session.add(Hero(name='a'))\n"
        ),
        m(
            "engine = create_engine('sqlite:///x.db')\ndef f(session: Session):\n"
            "    session.add(Hero(name='a'))\n\ndef g():\n"
            "    with Session(engine) as session:\n        session.add(Hero(name='a'))\n"
            "        session.commit()\n"
        ),
    ),
    "SQM030": (
        m(
            "from sqlalchemy import JSON\nclass Doc(SQLModel, table=True):\n"
            "    id: Optional[int] = Field(default=None, primary_key=True)\n"
            "    data: dict = Field(default_factory=dict, sa_type=JSON)\n"
            "def f(session: Session):\n    doc = session.get(Doc, 1)\n"
            '    doc.data["k"] = 1\n    session.add(doc)\n    session.commit()\n'
        ),
        m(
            "from sqlalchemy import JSON\nfrom sqlalchemy.ext.mutable import MutableDict\n"
            "class Doc(SQLModel, table=True):\n"
            "    id: Optional[int] = Field(default=None, primary_key=True)\n"
            "    data: dict = Field(default_factory=dict, sa_type=JSON)\n"
            "    meta: dict = Field(default_factory=dict, sa_type=MutableDict.as_mutable(JSON))\n"
            "def f(session: Session, extra: dict):\n    doc = session.get(Doc, 1)\n"
            '    doc.data = {**doc.data, "k": 1}\n    doc.meta["k"] = 1\n'
            '    extra["k"] = 2\n    session.add(doc)\n    session.commit()\n'
        ),
    ),
    "SQM036": (
        m(
            "class A(SQLModel, table=True):\n"
            "    id: uuid.UUID = Field(default=uuid.uuid4(), primary_key=True)\n"
        ),
        m(
            "class A(SQLModel, table=True):\n"
            "    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)\n"
            "    at: datetime = Field(default_factory=lambda: datetime.now(timezone.utc))\n"
        ),
    ),
    "SQM037": (
        m("stamp = datetime.utcnow()\n"),
        m("stamp = datetime.now(timezone.utc)\n"),
    ),
    "SQM039": (
        {
            "e.py": "from sqlmodel import Enum\nclass Color(str, Enum):\n    RED = 'red'\n"
        },
        {"e.py": "from enum import Enum\nclass Color(str, Enum):\n    RED = 'red'\n"},
    ),
    "SQM049": (
        {"models.py": "from __future__ import annotations\n" + MODELS},
        {
            "models.py": MODELS,
            "other.py": "from __future__ import annotations\nx: int = 1\n",
        },
    ),
    "SQM050": (
        {
            "models.py": "from typing import Optional\nfrom sqlmodel import Field, Relationship, SQLModel\n"
            "class A(SQLModel, table=True):\n"
            "    id: Optional[int] = Field(default=None, primary_key=True)\n"
            "    bs: list[B] = Relationship(back_populates='a')\n"
            "class B(SQLModel, table=True):\n"
            "    id: Optional[int] = Field(default=None, primary_key=True)\n"
            "    a_id: Optional[int] = Field(default=None, foreign_key='a.id')\n"
            "    a: Optional[A] = Relationship(back_populates='bs')\n"
        },
        {"models.py": MODELS},
    ),
    "SQM052": (
        m(
            "from sqlalchemy.orm import Mapped, mapped_column\nclass A(SQLModel, table=True):\n"
            "    id: Mapped[int] = mapped_column(primary_key=True)\n"
        ),
        {
            "sa.py": "from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column\n"
            "class Base(DeclarativeBase):\n    pass\n"
            "class A(Base):\n    __tablename__ = 'a'\n"
            "    id: Mapped[int] = mapped_column(primary_key=True)\n"
        },
    ),
    "API001": (
        m(
            FASTAPI
            + "@app.post('/heroes/')\ndef create(hero: Hero) -> HeroPublic:\n    return hero\n"
        ),
        m(
            FASTAPI + "@app.post('/heroes/', response_model=HeroPublic)\n"
            "def create(hero: HeroCreate):\n    return Hero.model_validate(hero)\n"
        ),
    ),
    "API002": (
        m(
            FASTAPI
            + "@app.get('/heroes/{id}', response_model=Hero)\ndef read(id: int):\n    return None\n"
        ),
        m(
            FASTAPI + "@app.get('/heroes/{id}', response_model=HeroPublic)\n"
            "def read(id: int) -> Hero:\n    return Hero(name='x')\n"
        ),
    ),
    "API003": (
        m("def f(payload: dict):\n    return Hero(**payload)\n"),
        m(
            "def f(payload: dict, opts: dict):\n    print(**opts)\n    return Hero.model_validate(payload)\n"
        ),
    ),
    "API004": (
        m(
            "def f(db_hero: Hero, hero_in: HeroUpdate):\n"
            "    db_hero.sqlmodel_update(hero_in.model_dump())\n"
        ),
        m(
            "def f(db_hero: Hero, hero_in: HeroUpdate, c: HeroCreate):\n"
            "    db_hero.sqlmodel_update(hero_in.model_dump(exclude_unset=True))\n"
            "    return c.model_dump()\n"
        ),
    ),
    "API005": (
        m(
            "def f(db_hero: Hero, data: dict):\n    for key, value in data.items():\n"
            "        setattr(db_hero, key, value)\n"
        ),
        m(
            "def f(db_hero: Hero, data: dict):\n    db_hero.sqlmodel_update(data)\n"
            "    for key, value in data.items():\n        print(key, value)\n"
        ),
    ),
    "API008": (
        m(
            "def f(session: Session, hero: Hero) -> Hero:\n    session.add(hero)\n"
            "    session.commit()\n    return hero\n"
        ),
        m(
            "def f(session: Session, hero: Hero) -> Hero:\n    session.add(hero)\n"
            "    session.commit()\n    session.refresh(hero)\n    return hero\n"
        ),
    ),
    "API009": (
        m(FASTAPI + "@app.on_event('startup')\ndef startup():\n    pass\n"),
        m(
            "from contextlib import asynccontextmanager\nfrom fastapi import FastAPI\n"
            "@asynccontextmanager\nasync def lifespan(app):\n    yield\n"
            "app = FastAPI(lifespan=lifespan)\n"
        ),
    ),
    "API010": (
        {
            "alembic.ini": "[alembic]\nscript_location = alembic\n",
            "app/db.py": MODELS + "engine = create_engine('postgresql://u@h/db')\n"
            "def init_db():\n    SQLModel.metadata.create_all(engine)\n",
        },
        {
            "app/db.py": MODELS + "engine = create_engine('postgresql://u@h/db')\n"
            "def init_db():\n    SQLModel.metadata.create_all(engine)\n"
        },
    ),
    "API011": (
        m(FASTAPI + "engine = create_engine('sqlite:///db.sqlite')\n"),
        m(
            FASTAPI + "engine = create_engine('sqlite:///db.sqlite', "
            "connect_args={'check_same_thread': False})\n"
        ),
    ),
    "API012": (
        m("stmt = select(Hero).offset(10).limit(10)\n"),
        m(
            "stmt = select(Hero).order_by(col(Hero.id)).offset(10).limit(10)\n"
            "first = select(Hero).limit(1)\n"
        ),
    ),
    "ASY001": (
        m(
            ASYNC + "async def f(session: AsyncSession):\n"
            "    for hero in (await session.exec(select(Hero))).all():\n"
            "        print(hero.team)\n"
        ),
        m(
            ASYNC + "async def f(session: AsyncSession):\n"
            "    stmt = select(Hero).options(selectinload(Hero.team))\n"
            "    for hero in (await session.exec(stmt)).all():\n        print(hero.name)\n"
        ),
    ),
    "ASY002": (
        m(
            ASYNC + "engine = create_async_engine('sqlite+aiosqlite:///x.db')\n"
            "def make():\n    return AsyncSession(engine)\n"
        ),
        m(
            ASYNC + "engine = create_async_engine('sqlite+aiosqlite:///x.db')\n"
            "def make():\n    return AsyncSession(engine, expire_on_commit=False)\n"
        ),
    ),
    "ASY003": (
        m(
            ASYNC + "async def f(session: AsyncSession, hero: Hero):\n"
            "    session.add(hero)\n    session.commit()\n"
        ),
        m(
            ASYNC + "async def f(session: AsyncSession, hero: Hero):\n"
            "    session.add(hero)\n    await session.commit()\n    await session.refresh(hero)\n"
        ),
    ),
    "ASY004": (
        m("from sqlalchemy.ext.asyncio import AsyncSession\n"),
        m("from sqlmodel.ext.asyncio.session import AsyncSession\n"),
    ),
    "ASY005": (
        m("from sqlmodel.ext.asyncio.session import AsyncEngine\n"),
        m("from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine\n"),
    ),
    "ASY006": (
        m(ASYNC + "engine = create_async_engine('postgresql://u@h/db')\n"),
        m(ASYNC + "engine = create_async_engine('postgresql+asyncpg://u@h/db')\n"),
    ),
    "ASY007": (
        m(
            ASYNC + "engine = create_async_engine('sqlite+aiosqlite:///x.db')\n"
            "SQLModel.metadata.create_all(engine)\n"
        ),
        m(
            ASYNC + "engine = create_async_engine('sqlite+aiosqlite:///x.db')\n"
            "async def init():\n    async with engine.begin() as conn:\n"
            "        await conn.run_sync(SQLModel.metadata.create_all)\n"
        ),
    ),
    "ALB001": (
        {
            "alembic/script.py.mako": MAKO_GOOD.replace(
                "import sqlmodel.sql.sqltypes\n", ""
            )
        },
        {"alembic/script.py.mako": MAKO_GOOD},
    ),
    "ALB002": (
        {"alembic/env.py": ENV_HEAD + "target_metadata = None\n"},
        {
            "alembic/env.py": ENV_HEAD + "from app import models  # noqa: F401\n"
            "target_metadata = SQLModel.metadata\n"
        },
    ),
    "ALB003": (
        {
            "alembic.ini": "[alembic]\nscript_location = alembic\nsqlalchemy.url = sqlite:///app.db\n",
            "alembic/versions/0001_x.py": MIGRATION_HEAD + "def upgrade():\n"
            "    op.alter_column('hero', 'name', nullable=True)\n",
        },
        {
            "alembic.ini": "[alembic]\nscript_location = alembic\nsqlalchemy.url = sqlite:///app.db\n",
            "alembic/versions/0001_x.py": MIGRATION_HEAD + "def upgrade():\n"
            "    with op.batch_alter_table('hero') as batch_op:\n"
            "        batch_op.alter_column('name', nullable=True)\n",
        },
    ),
    "ALB004": (
        {
            "alembic/versions/0001_x.py": MIGRATION_HEAD + "def upgrade():\n"
            "    op.create_foreign_key(None, 'hero', 'team', ['team_id'], ['id'])\n"
        },
        {
            "alembic/versions/0001_x.py": MIGRATION_HEAD + "def upgrade():\n"
            "    op.create_foreign_key('fk_hero_team', 'hero', 'team', ['team_id'], ['id'])\n"
        },
    ),
    "ALB005": (
        {
            "alembic/versions/0002_x.py": MIGRATION_HEAD + "def upgrade():\n"
            "    op.add_column('hero', sa.Column('alias', sa.String(), nullable=True))\n"
            "    op.drop_column('hero', 'nick')\n\n"
            "def downgrade():\n"
            "    op.add_column('hero', sa.Column('nick', sa.VARCHAR(), nullable=True))\n"
            "    op.drop_column('hero', 'alias')\n"
        },
        {
            "alembic/versions/0002_x.py": MIGRATION_HEAD + "def upgrade():\n"
            "    op.add_column('hero', sa.Column('born', sa.Date(), nullable=True))\n"
            "    op.drop_column('hero', 'nick')\n\n"
            "def downgrade():\n"
            "    op.add_column('hero', sa.Column('nick', sa.VARCHAR(), nullable=True))\n"
            "    op.drop_column('hero', 'born')\n"
        },
    ),
    "ALB006": (
        {
            "alembic/versions/0001_x.py": MIGRATION_HEAD + "def upgrade():\n"
            "    op.add_column('hero', sa.Column('rank', sa.Integer(), nullable=False))\n"
        },
        {
            "alembic/versions/0001_x.py": MIGRATION_HEAD + "def upgrade():\n"
            "    op.add_column('hero', sa.Column('rank', sa.Integer(), nullable=False, "
            "server_default='0'))\n"
        },
    ),
    "ALB007": (
        {
            "alembic/versions/0001_x.py": MIGRATION_HEAD + "def upgrade():\n"
            "    op.alter_column('hero', 'age', existing_type=sa.String(), type_=sa.Integer())\n"
        },
        {
            "alembic/versions/0001_x.py": MIGRATION_HEAD + "def upgrade():\n"
            "    op.alter_column('hero', 'age', existing_type=sa.String(), type_=sa.Integer(), "
            "postgresql_using='age::integer')\n"
        },
    ),
    "ALB010": (
        {
            "alembic/env.py": ENV_HEAD
            + "from app import models\ntarget_metadata = SQLModel.metadata\n"
            "def run(connection):\n"
            "    context.configure(connection=connection, "
            "target_metadata=target_metadata, compare_type=False)\n"
        },
        {
            "alembic/env.py": ENV_HEAD
            + "from app import models\ntarget_metadata = SQLModel.metadata\n"
            "def run(connection):\n"
            "    context.configure(connection=connection, "
            "target_metadata=target_metadata, compare_type=True)\n"
        },
    ),
    "SQM051": (
        {
            "app/__init__.py": "",
            "app/models.py": MODELS,
            "app/db.py": "from sqlmodel import SQLModel, create_engine\n"
            "engine = create_engine('sqlite:///app.db')\n"
            "def init_db():\n    SQLModel.metadata.create_all(engine)\n",
        },
        {
            "app/__init__.py": "",
            "app/models.py": MODELS,
            "app/db.py": "from sqlmodel import SQLModel, create_engine\n"
            "engine = create_engine('sqlite:///app.db')\n"
            "def init_db():\n    SQLModel.metadata.create_all(engine)\n",
            "app/main.py": "from . import models  # noqa: F401\nfrom .db import init_db\n"
            "init_db()\n",
        },
    ),
    "API013": (
        m(
            "engine = create_engine('postgresql://u@h/db')\n"
            "def team_of(hero_id: int):\n"
            "    with Session(engine) as session:\n"
            "        hero = session.get(Hero, hero_id)\n"
            "    return hero.team\n"
        ),
        m(
            "from sqlalchemy.orm import selectinload\n"
            "engine = create_engine('postgresql://u@h/db')\n"
            "def team_of(hero_id: int):\n"
            "    with Session(engine) as session:\n"
            "        hero = session.exec(select(Hero).where(Hero.id == hero_id)"
            ".options(selectinload(Hero.team))).first()\n"
            "    return hero.team if hero else None\n"
            "def names(team_id: int):\n"
            "    with Session(engine) as session:\n"
            "        team = session.get(Team, team_id)\n"
            "        names = [h.name for h in team.heroes]\n"
            "    return team.heroes, names\n"
        ),
    ),
    "ALB008": (
        {
            "alembic/versions/0004_x.py": MIGRATION_HEAD + "revision = '0004'\n"
            "def upgrade():\n"
            "    op.add_column('hero', sa.Column('power', sa.Enum('fly', 'swim', "
            "name='power'), nullable=True))\n\n"
            "def downgrade():\n"
            "    op.drop_column('hero', 'power')\n"
        },
        {
            "alembic/versions/0004_x.py": MIGRATION_HEAD
            + "from sqlalchemy.dialects import postgresql\n"
            "revision = '0004'\n"
            "power = postgresql.ENUM('fly', 'swim', name='power')\n"
            "def upgrade():\n"
            "    power.create(op.get_bind(), checkfirst=True)\n"
            "    op.add_column('hero', sa.Column('power', power, nullable=True))\n"
            "    op.create_table('mission', sa.Column('id', sa.Integer(), primary_key=True),\n"
            "                    sa.Column('kind', sa.Enum('a', 'b', name='kind')))\n\n"
            "def downgrade():\n"
            "    op.drop_column('hero', 'power')\n"
            "    op.execute('DROP TYPE power')\n"
        },
    ),
    "ALB009": (
        {
            "alembic.ini": "[alembic]\nscript_location = alembic\n",
            ".github/workflows/ci.yml": "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n"
            "    steps:\n      - run: alembic upgrade head\n      - run: pytest\n",
        },
        {
            "alembic.ini": "[alembic]\nscript_location = alembic\n",
            ".github/workflows/ci.yml": "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n"
            "    steps:\n      - run: alembic upgrade head\n      - run: alembic check\n",
        },
    ),
    "SMS000": (
        {"broken.py": "def f(:\n    pass\n"},
        {"fine.py": "def f():\n    pass\n"},
    ),
}
