#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 SQLModel Studio authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""bench_queries: rows per second of the query cookbook's bulk inserts.

Generates the models and the cookbook of a design (``generate --with queries``), creates
its tables in a new SQLite file (and in the PostgreSQL database of ``--pg-url``, if given,
after dropping and re-creating the design's tables there), then inserts ``--rows`` rows
(10,000 by default) into one table through

* ``insert_<rows>(session, rows)``: ``session.exec(insert(Model), params=rows)``, one
  executemany (insertmanyvalues) and one commit;
* ``add_all_<rows>(session, objects)``: ``session.add_all`` and one commit (the unit of
  work; SQLAlchemy batches the INSERTs too).

Each is timed around the call (including its COMMIT); the rows are made beforehand, by
tests/python/query_runner.py's row maker. Prints figures; asserts nothing.

    python bench/bench_queries.py --cli build/release/app/sqlmodel-studio \\
        [--project examples/heroes.sqlmodel.json] [--table Team] [--rows 10000] \\
        [--pg-url postgresql+psycopg://user@host/db]

Needs the packages of tests/python/requirements.txt in the running interpreter.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
TESTS = REPO / "tests" / "python"

# One run per database, in a fresh interpreter: the generated modules import once each.
CHILD = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
sys.path.insert(0, sys.argv[2])
import sqlalchemy as sa
from sqlmodel import Session, SQLModel
import query_runner as qr

out, url, table, count = sys.argv[1], sys.argv[3], sys.argv[4], int(sys.argv[5])
models_module, models = qr.load(__import__("pathlib").Path(out))
queries = __import__("queries")
engine = sa.create_engine(url)
SQLModel.metadata.drop_all(engine)
SQLModel.metadata.create_all(engine)
by_table = {m.table: m for m in models}
m = next((m for m in models if m.name == table), None) if table else None
if m is None:
    # The first table without foreign keys: nothing else has to exist first.
    m = next(m for m in models if not m.table.foreign_keys)
commits = [0]
sa.event.listen(engine, "commit", lambda *a: commits.__setitem__(0, commits[0] + 1))
fn = {n: f for n, f in vars(queries).items() if callable(f)}
plural = next(
    n.removeprefix("count_") for n, f in fn.items()
    if n.startswith("count_") and f"({m.name})" in __import__("inspect").getsource(f)
)
result = {"table": m.name, "dialect": engine.dialect.name, "rows": count}
for variant, offset in (("insert", 0), ("add_all", count)):
    rows = [qr.row_values(m, offset + k, by_table) for k in range(count)]
    payload = rows if variant == "insert" else [m.cls(**r) for r in rows]
    commits[0] = 0
    with Session(engine) as session:
        start = time.perf_counter()
        fn[f"{variant}_{plural}"](session, payload)
        seconds = time.perf_counter() - start
    result[variant] = {"seconds": seconds, "rows_per_second": count / seconds,
                       "commits": commits[0]}
with engine.connect() as conn:
    result["total_rows"] = conn.execute(sa.select(sa.func.count()).select_from(m.table)).scalar()
print(json.dumps(result))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--cli", default=str(REPO / "build/release/app/sqlmodel-studio")
    )
    parser.add_argument(
        "--project", default=str(REPO / "examples/heroes.sqlmodel.json")
    )
    parser.add_argument(
        "--table", default="", help="model class; default: a root table"
    )
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--pg-url", default="", help="a PostgreSQL database to use")
    a = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-queries-") as tmp:
        out = Path(tmp) / "out"
        r = subprocess.run(
            [a.cli, "generate", a.project, "-o", str(out), "--with", "queries"],
            capture_output=True,
            text=True,
        )
        if r.returncode != 0:
            print(f"generate failed:\n{r.stderr}", file=sys.stderr)
            return 1
        urls = [f"sqlite:///{Path(tmp) / 'bench.sqlite'}"]
        if a.pg_url:
            urls.append(a.pg_url)
        print(f"{Path(a.project).name}: {a.rows} rows per bulk insert")
        print(
            f"{'database':<12}{'table':<16}{'variant':<10}{'seconds':>9}"
            f"{'rows/s':>12}{'commits':>9}"
        )
        for url in urls:
            r = subprocess.run(
                [
                    sys.executable,
                    "-c",
                    CHILD,
                    str(out),
                    str(TESTS),
                    url,
                    a.table,
                    str(a.rows),
                ],
                capture_output=True,
                text=True,
            )
            if r.returncode != 0:
                print(
                    f"{url.split(':')[0]}: failed\n{r.stderr[-2000:]}", file=sys.stderr
                )
                continue
            res = json.loads(r.stdout.strip().splitlines()[-1])
            for variant in ("insert", "add_all"):
                v = res[variant]
                print(
                    f"{res['dialect']:<12}{res['table']:<16}{variant:<10}"
                    f"{v['seconds']:>9.3f}{v['rows_per_second']:>12,.0f}{v['commits']:>9}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
