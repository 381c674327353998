# The database session of the FastAPI routers for the design "relationships", generated
# by SQLModel Studio.
#
# The application sets the engine once, before serving requests:
# `routers.set_engine(create_engine(url))`; or it overrides the dependency:
# `app.dependency_overrides[routers.get_session] = ...`.

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends
from sqlalchemy import Engine
from sqlmodel import Session

engine: Engine | None = None


def set_engine(new_engine: Engine) -> None:
    """Sets the engine that get_session() opens its sessions on."""
    global engine
    engine = new_engine


def get_session() -> Iterator[Session]:
    """One session per request."""
    if engine is None:
        raise RuntimeError("call routers.set_engine(engine) first")
    with Session(engine) as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]
