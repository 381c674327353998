"""Runs inside the generated output folder (models.py, crud.py, routers/) for
test_validation.py: every constraint kind through XCreate, XUpdate, the FastAPI router and,
where the design asks for it, the database itself. Prints one JSON line of results.

Usage: validation_runner.py --url URL
"""

from __future__ import annotations

import argparse
import json
import sys
from decimal import Decimal
from typing import Any

VALID: dict[str, Any] = {
    "handle": "  robin_1 ",
    "email": "robin@example.org",
    "website": "https://example.org/robin",
    "slug": "robin-hood",
    "token": "123e4567-e89b-12d3-a456-426614174000",
    "age": 30,
    "balance": "12.50",
    "level": 10,
    "plan": "pro",
    "score": 0.5,
}

# (field, invalid value, error type pydantic reports): one per constraint kind.
INVALID: list[tuple[str, Any, str]] = [
    ("handle", "ab", "string_too_short"),
    ("handle", "a" * 21, "string_too_long"),
    ("handle", "9lives", "string_pattern_mismatch"),
    ("handle", "admin", "value_error"),  # the user's field validator
    ("email", "not-an-address", "value_error"),
    ("website", "ftp://example.org", "value_error"),
    ("slug", "Robin Hood", "value_error"),
    ("token", "not-a-uuid", "value_error"),
    ("age", 12, "greater_than_equal"),
    ("age", 130, "less_than"),
    ("balance", "-1", "greater_than_equal"),
    ("balance", "1.005", "decimal_max_places"),
    ("level", 7, "multiple_of"),
    ("plan", "gold", "value_error"),
    ("score", 0, "greater_than"),
    ("score", 1.5, "less_than_equal"),
]

# Straight INSERTs that skip Python: (column, value) the database must refuse.
DB_REFUSES: list[tuple[str, Any]] = [
    ("handle", "ab"),
    ("age", 5),
    ("balance", Decimal("-3")),
    ("plan", "gold"),
]


def errors_of(exc: Exception) -> list[tuple[str, str]]:
    return [(".".join(str(p) for p in e["loc"]), e["type"]) for e in exc.errors()]  # type: ignore[attr-defined]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", required=True)
    args = ap.parse_args()
    sys.path.insert(0, ".")

    import sqlalchemy as sa
    from fastapi import FastAPI
    from fastapi.testclient import TestClient
    from pydantic import ValidationError
    from sqlalchemy.pool import StaticPool
    from sqlmodel import SQLModel, create_engine

    import models
    import routers

    out: dict[str, Any] = {"create": [], "update": [], "router": [], "database": []}

    ok = models.AccountCreate.model_validate(VALID)
    out["stripped"] = ok.handle  # the before-mode validator ran
    out["create_ok"] = True
    for field, value, kind in INVALID:
        for model, key in (
            (models.AccountCreate, "create"),
            (models.AccountUpdate, "update"),
        ):
            payload = dict(VALID) if key == "create" else {}
            payload[field] = value
            try:
                model.model_validate(payload)
                out[key].append([field, repr(value), "accepted"])
            except ValidationError as e:
                errs = errors_of(e)
                if (field, kind) not in errs:
                    out[key].append([field, repr(value), f"wrong error {errs}"])
    # An update with only some fields is fine, and None passes every field validator.
    models.AccountUpdate.model_validate({"plan": "team", "website": None})
    # The model validator: team plans need an .org address.
    try:
        models.AccountCreate.model_validate(
            dict(VALID, plan="team", email="robin@example.com")
        )
        out["model_validator"] = "accepted"
    except ValidationError as e:
        out["model_validator"] = errors_of(e)

    kw: dict[str, Any] = {}
    if args.url.startswith("sqlite"):
        kw = {"connect_args": {"check_same_thread": False}, "poolclass": StaticPool}
    engine = create_engine(args.url, **kw)
    SQLModel.metadata.create_all(engine)
    routers.set_engine(engine)
    app = FastAPI()
    routers.include_all(app)
    client = TestClient(app)
    r = client.post("/accounts/", json=VALID)
    out["router_create"] = r.status_code
    created = r.json()
    for field, value, _kind in INVALID:
        body = dict(VALID)
        body[field] = value
        r = client.post("/accounts/", json=body)
        named = r.status_code == 422 and any(
            d["loc"][-1] == field for d in r.json().get("detail", [])
        )
        if not named:
            out["router"].append([field, repr(value), r.status_code, r.text[:200]])
        r = client.patch(f"/accounts/{created['id']}", json={field: value})
        named = r.status_code == 422 and any(
            d["loc"][-1] == field for d in r.json().get("detail", [])
        )
        if not named:
            out["router"].append(
                ["patch", field, repr(value), r.status_code, r.text[:200]]
            )

    table = models.Account.__table__
    base = {
        "handle": "valid_one",
        "email": "x@example.org",
        "slug": "x",
        "balance": Decimal("1.00"),
        "level": 5,
        "plan": "free",
    }
    with engine.connect() as conn:
        conn.execute(sa.insert(table).values(**base))  # the baseline goes in
        conn.rollback()
    for column, value in DB_REFUSES:
        row = dict(base, handle=f"h{len(out['database'])}x")
        row[column] = value
        with engine.connect() as conn:
            try:
                conn.execute(sa.insert(table).values(**row))
                conn.commit()
                out["database"].append([column, repr(value), "accepted"])
            except sa.exc.IntegrityError as e:
                if f"{column}_" not in str(e.orig):
                    out["database"].append(
                        [column, repr(value), f"other error {e.orig}"]
                    )
                conn.rollback()
    print(json.dumps(out))


if __name__ == "__main__":
    main()
