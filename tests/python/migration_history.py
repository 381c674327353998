"""A scripted design history for the migration tests.

Each step is the full design (enums and tables of a SQLModel Studio project) after one edit
session; ids stay stable across the steps, so that a changed name is a rename.  Together the
steps use every operation the migration generator knows: create/drop table, rename table,
add/drop/rename column, type, nullability and server default changes, indexes, unique
constraints, foreign keys and checks created and dropped, and an enum created, extended,
shrunk and dropped.
"""

from __future__ import annotations

import copy
from typing import Any

Design = dict[str, Any]


def _pk(cid: str) -> dict[str, Any]:
    return {
        "id": cid,
        "name": "id",
        "type": {"kind": "integer"},
        "nullable": False,
        "primaryKey": True,
        "autoincrement": True,
    }


def step1() -> Design:
    """init: two tables, an enum, an index, a unique column, a foreign key and a check."""
    return {
        "enums": [{"id": "e_mood", "name": "Mood", "values": ["happy", "sad"]}],
        "tables": [
            {
                "id": "t_team",
                "name": "team",
                "columns": [
                    _pk("c_team_id"),
                    {
                        "id": "c_team_name",
                        "name": "name",
                        "type": {"kind": "string", "length": 50},
                        "nullable": False,
                        "unique": True,
                    },
                ],
            },
            {
                "id": "t_hero",
                "name": "hero",
                "columns": [
                    _pk("c_hero_id"),
                    {
                        "id": "c_hero_name",
                        "name": "name",
                        "type": {"kind": "string"},
                        "nullable": False,
                    },
                    {
                        "id": "c_hero_secret",
                        "name": "secret_name",
                        "type": {"kind": "string"},
                        "nullable": False,
                    },
                    {
                        "id": "c_hero_age",
                        "name": "age",
                        "type": {"kind": "integer"},
                        "index": True,
                    },
                    {
                        "id": "c_hero_team",
                        "name": "team_id",
                        "type": {"kind": "integer"},
                    },
                    {
                        "id": "c_hero_mood",
                        "name": "mood",
                        "type": {"kind": "enum", "enum": "e_mood"},
                    },
                ],
                "foreignKeys": [
                    {
                        "id": "fk_hero_team",
                        "columns": ["c_hero_team"],
                        "refTable": "t_team",
                        "refColumns": ["c_team_id"],
                        "onDelete": "SET NULL",
                    }
                ],
                "checks": [
                    {
                        "id": "ck_hero_age",
                        "name": "age_nonneg",
                        "expression": "age >= 0",
                    }
                ],
            },
        ],
    }


def _table(d: Design, tid: str) -> dict[str, Any]:
    return next(t for t in d["tables"] if t["id"] == tid)


def _column(t: dict[str, Any], cid: str) -> dict[str, Any]:
    return next(c for c in t["columns"] if c["id"] == cid)


def step2() -> Design:
    """A NOT NULL column with only a Python default, a column rename, an enum value, an
    index and a unique constraint on an existing table."""
    d = copy.deepcopy(step1())
    hero = _table(d, "t_hero")
    _column(hero, "c_hero_secret")["name"] = "alias"
    hero["columns"].append(
        {
            "id": "c_hero_power",
            "name": "power",
            "type": {"kind": "string", "length": 100},
            "nullable": False,
            "default": "none",
        }
    )
    hero["indexes"] = [{"id": "ix_hero_name", "columns": ["c_hero_name"]}]
    hero["uniques"] = [
        {"id": "uq_hero_na", "columns": ["c_hero_name", "c_hero_secret"]}
    ]
    d["enums"][0]["values"].append("angry")
    return d


def step3() -> Design:
    """Rename a table (its foreign key follows), widen two types, relax a NOT NULL, add a
    column with a server default, a check, comments, and a new table that refers to the
    renamed one."""
    d = copy.deepcopy(step2())
    team = _table(d, "t_team")
    team["name"] = "squad"
    team["comment"] = "A group of heroes"
    team["columns"].append(
        {
            "id": "c_team_active",
            "name": "active",
            "type": {"kind": "boolean"},
            "nullable": False,
            "serverDefault": "true",
        }
    )
    hero = _table(d, "t_hero")
    _column(hero, "c_hero_age")["type"] = {"kind": "bigInteger"}
    _column(hero, "c_hero_power")["type"] = {"kind": "text"}
    _column(hero, "c_hero_secret")["nullable"] = True
    _column(hero, "c_hero_secret")["comment"] = "What the press calls them"
    hero["checks"].append(
        {
            "id": "ck_hero_name",
            "name": "name_not_empty",
            "expression": "length(name) > 0",
        }
    )
    d["tables"].append(
        {
            "id": "t_mission",
            "name": "mission",
            "columns": [
                _pk("c_mission_id"),
                {
                    "id": "c_mission_title",
                    "name": "title",
                    "type": {"kind": "string", "length": 80},
                    "nullable": False,
                },
                {
                    "id": "c_mission_squad",
                    "name": "squad_id",
                    "type": {"kind": "integer"},
                    "nullable": False,
                },
            ],
            "foreignKeys": [
                {
                    "id": "fk_mission_squad",
                    "columns": ["c_mission_squad"],
                    "refTable": "t_team",
                    "refColumns": ["c_team_id"],
                    "onDelete": "CASCADE",
                }
            ],
        }
    )
    return d


def step4() -> Design:
    """Destructive clean-up: drop a column (with its index and check), an index and a
    unique column flag; remove an enum value; change a server default."""
    d = copy.deepcopy(step3())
    hero = _table(d, "t_hero")
    hero["columns"] = [c for c in hero["columns"] if c["id"] != "c_hero_age"]
    hero["checks"] = [c for c in hero["checks"] if c["id"] != "ck_hero_age"]
    del hero["indexes"]
    team = _table(d, "t_team")
    del _column(team, "c_team_name")["unique"]
    _column(team, "c_team_active")["serverDefault"] = "false"
    d["enums"][0]["values"] = ["happy", "angry"]
    return d


def step5() -> Design:
    """Drop a table, drop the enum with its column, create a table with a composite unique
    constraint, an explicit index, a partial index, a verbatim SQL type, a database-enforced
    bound and a foreign key to an existing table."""
    d = copy.deepcopy(step4())
    d["tables"] = [t for t in d["tables"] if t["id"] != "t_mission"]
    hero = _table(d, "t_hero")
    hero["columns"] = [c for c in hero["columns"] if c["id"] != "c_hero_mood"]
    d["enums"] = []
    d["tables"].append(
        {
            "id": "t_tag",
            "name": "tag",
            "columns": [
                _pk("c_tag_id"),
                {
                    "id": "c_tag_label",
                    "name": "label",
                    "type": {"kind": "string", "length": 30},
                    "nullable": False,
                },
                {"id": "c_tag_hero", "name": "hero_id", "type": {"kind": "integer"}},
                # a type kept verbatim, and a bound the database enforces
                {"id": "c_tag_weight", "name": "weight", "type": {"kind": "dialect", "sql": "real"}},
                {
                    "id": "c_tag_rank",
                    "name": "rank",
                    "type": {"kind": "integer"},
                    "constraints": {"ge": 0, "checkBounds": True},
                },
            ],
            "foreignKeys": [
                {
                    "id": "fk_tag_hero",
                    "columns": ["c_tag_hero"],
                    "refTable": "t_hero",
                    "refColumns": ["c_hero_id"],
                    "onDelete": "CASCADE",
                }
            ],
            "indexes": [
                {"id": "ix_tag_label", "columns": ["c_tag_label"]},
                {
                    "id": "ix_tag_ranked",
                    "name": "ix_tag_ranked",
                    "columns": ["c_tag_rank"],
                    "where": "rank IS NOT NULL",
                },
            ],
            "uniques": [{"id": "uq_tag_lh", "columns": ["c_tag_label", "c_tag_hero"]}],
        }
    )
    return d


STEPS = [
    ("init", step1),
    ("power, alias and angry", step2),
    ("squad and missions", step3),
    ("clean up hero", step4),
    ("tags instead of moods", step5),
]
