# ruff: noqa  (a deliberately legacy application: SQLAlchemy 1.3 / Pydantic 1 style)
from fastapi import FastAPI  # (the app module builds on this engine)
from sqlalchemy import create_engine
from sqlalchemy.ext.declarative import declarative_base
from sqlalchemy.orm import sessionmaker
from sqlmodel import SQLModel

engine = create_engine("sqlite:///./app.db", future=True)
SessionLocal = sessionmaker(autocommit=True, bind=engine)
Base = declarative_base()


version = engine.execute("select sqlite_version()")


def get_db():
    db = SessionLocal()
    try:
        yield db
    finally:
        db.close()


def init_db():
    SQLModel.metadata.create_all(engine)
