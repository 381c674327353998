"""Property: any valid project, however hostile its names, generates working code.

Hypothesis builds projects (1-4 tables, 1-6 columns each, portable types, foreign keys
to primary keys with matching types, relationships) whose names are Python keywords,
SQL reserved words, SQLModel/pydantic internals, unicode, quotes, backslashes, spaces
and 63-byte names, with names differing only in case across tables.  The CLI must exit
0 and the output must parse, import, configure its mappers and create exactly those
tables and columns on SQLite; every relationship must round-trip through a session.
A project that repeats a column name within a table (ignoring case) must be
refused: exit 1 with a message.

``SMS_HYPOTHESIS_EXAMPLES`` raises the number of examples (default 25).
"""

from __future__ import annotations

import ast
import json
import keyword
import os
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from conftest import format_failure, run, run_check

MAX_EXAMPLES = int(os.environ.get("SMS_HYPOTHESIS_EXAMPLES", "25"))
# Shrinking re-runs the CLI and a Python subprocess per step; it stays off unless asked
# for (SMS_HYPOTHESIS_SHRINK=1) so that a failure is reported within the time budget.
PHASES = [Phase.explicit, Phase.reuse, Phase.generate] + (
    [Phase.shrink] if os.environ.get("SMS_HYPOTHESIS_SHRINK") == "1" else []
)

HOSTILE_NAMES = [
    # Python keywords and soft keywords
    "class",
    "def",
    "from",
    "import",
    "lambda",
    "None",
    "True",
    "async",
    "await",
    "match",
    "case",
    "type",
    "_",
    # SQL reserved words
    "select",
    "order",
    "user",
    "group",
    "table",
    "where",
    "limit",
    "index",
    "key",
    # SQLModel / pydantic / SQLAlchemy internals and names the generated code imports
    "metadata",
    "model_config",
    "model_fields",
    "model_x",
    "registry",
    "_private",
    "__dunder__",
    "sa_column",
    "Field",
    "SQLModel",
    "Relationship",
    "datetime",
    "uuid",
    "Decimal",
    "sa",
    "id",
    "copy",
    "json",
    "dict",
    "schema",
    "validate",
    "query",
    # unicode
    "café",
    "naïve_größe",
    "Ωmega",
    "名前",
    "données",
    "emoji_😀",
    "ñ",
    # quotes, backslashes, spaces, punctuation, digits
    "it's",
    'say "hi"',
    "back\\slash",
    "first name",
    "a-b",
    "a.b",
    "1st",
    "100",
    "percent%s",
    "brace{x}",
    "semi;colon",
    # long names (63 bytes, the PostgreSQL limit; 21 three-byte characters = 63 bytes)
    "x" * 63,
    "long_" + "y" * 58,
    "é" * 31,
    "名" * 21,
    # case variants (unique per table ignoring case, but used across tables)
    "Name",
    "NAME",
    "name",
    "Order",
    "ORDER",
]

# The portable type set (no dialect-specific kinds).
TYPE_KINDS = [
    "integer",
    "bigInteger",
    "smallInteger",
    "string",
    "text",
    "boolean",
    "float",
    "numeric",
    "date",
    "time",
    "dateTime",
    "interval",
    "uuid",
    "json",
    "largeBinary",
    "enum",
]

KEY_KINDS = ["integer", "bigInteger", "string", "uuid"]

COMMENTS = [
    "",
    "plain comment",
    "quote ' and \" and \\ backslash",
    "multi\nline\ncomment",
    "*/ '; DROP TABLE x; --",
    '"""triple"""',
    "'''",
    "ends with backslash \\",
    "unicode ✓ Ω 名",
]

ENUM_VALUES = ["a", "B", "in review", "class", "it's", 'q"q', "é", "None", "x\\y", "1"]


def _valid_name(name: str) -> bool:
    return 0 < len(name.encode("utf-8")) <= 63 and not any(ord(ch) < 32 for ch in name)


NAMES = [n for n in HOSTILE_NAMES if _valid_name(n)]
# SQLite reserves sqlite_*; none of ours start with it.
assert not any(n.lower().startswith("sqlite_") for n in NAMES)


@st.composite
def column_type(draw: st.DrawFn, enum_ids: list[str]) -> dict[str, Any]:
    kinds = TYPE_KINDS if enum_ids else [k for k in TYPE_KINDS if k != "enum"]
    kind = draw(st.sampled_from(kinds))
    t: dict[str, Any] = {"kind": kind}
    if kind == "string" and draw(st.booleans()):
        t["length"] = draw(st.integers(1, 300))
    if kind == "numeric" and draw(st.booleans()):
        p = draw(st.integers(1, 20))
        t["precision"] = p
        t["scale"] = draw(st.integers(0, p))
    if kind in ("time", "dateTime") and draw(st.booleans()):
        t["timezone"] = True
    if kind == "enum":
        t["enum"] = draw(st.sampled_from(enum_ids))
    return t


def _roomy(t: dict[str, Any]) -> bool:
    kind = t["kind"]
    if kind == "string":
        return t.get("length", 0) in (0,) or t.get("length", 0) >= 4
    return kind in ("integer", "bigInteger", "smallInteger", "uuid", "date", "dateTime")


def key_type(kind: str) -> dict[str, Any]:
    if kind == "string":
        return {"kind": "string", "length": 40}
    return {"kind": kind}


# The derivations below mirror core/naming.cpp only to keep the strategy inside the
# valid projects (validate() refuses two columns with the same derived attribute and two
# tables with the same derived class name); they are not used to judge the output.
_KEYWORDS = set(keyword.kwlist) | {"match", "case", "type", "_"}
_RESERVED = {
    "metadata",
    "registry",
    "model_config",
    "model_fields",
    "model_computed_fields",
    "copy",
    "dict",
    "json",
    "schema",
    "schema_json",
    "construct",
    "validate",
    "parse_obj",
    "parse_raw",
    "parse_file",
    "from_orm",
    "update_forward_refs",
    "sqlmodel_update",
    "sqlmodel_validate",
    "Config",
    "Field",
    "Relationship",
    "SQLModel",
    "Optional",
    "Any",
    "datetime",
    "date",
    "time",
    "timedelta",
    "timezone",
    "uuid",
    "Decimal",
    "enum",
    "sa",
    "text",
    "list",
    "str",
    "int",
    "float",
    "bool",
    "bytes",
    "object",
    "fields_set",
}


def derived_attribute(name: str) -> str:
    out = []
    last_us = False
    for ch in unicodedata.normalize("NFKD", name):
        if unicodedata.category(ch) == "Mn":
            continue
        if ch.isascii() and ch.isalnum():
            out.append(ch)
            last_us = False
        elif not last_us:
            out.append("_")
            last_us = True
    s = "".join(out).lstrip("_")
    while s.endswith("_") and len(s) > 1:
        s = s[:-1]
    s = s or "field"
    if s[0].isdigit():
        s = "f_" + s
    if s.startswith(("model_", "sa_")):
        s = "field_" + s
    if s in _KEYWORDS or s in _RESERVED:
        s += "_"
    return s


def derived_class(name: str) -> str:
    out = "".join(
        p[:1].upper() + p[1:] for p in derived_attribute(name).split("_") if p
    )
    if not out or out[0].isdigit():
        out = "T" + out
    if out in _KEYWORDS or out in _RESERVED:
        out += "Model"
    return out


def distinct(names: list[str], key: Any, taken: set[str] | None = None) -> list[str]:
    """Names unique ignoring case and by derived Python name."""
    seen_ci: set[str] = set()
    seen_key: set[str] = set(taken or ())
    out = []
    for n in names:
        if n.lower() in seen_ci or key(n) in seen_key:
            continue
        seen_ci.add(n.lower())
        seen_key.add(key(n))
        out.append(n)
    return out


@st.composite
def projects(draw: st.DrawFn) -> dict[str, Any]:
    n_tables = draw(st.integers(1, 4))
    enums = []
    if draw(st.booleans()):
        values = draw(
            st.lists(st.sampled_from(ENUM_VALUES), min_size=1, max_size=4, unique=True)
        )
        enums.append(
            {
                "id": "e0",
                "name": draw(
                    st.sampled_from(["Status", "Kind", "Ståtus", "Order", "Enum"])
                ),
                "sqlName": draw(st.sampled_from(["", "status", "order", "my enum"])),
                "values": values,
            }
        )
        if not enums[0]["sqlName"]:
            del enums[0]["sqlName"]
        if not all(n.isascii() and n.isidentifier() for n in [enums[0]["name"]]):
            enums[0]["name"] = "Status"
    enum_ids = [e["id"] for e in enums]
    taken_classes = {e["name"] for e in enums}
    enum_sql = {(e.get("sqlName") or e["name"].lower()).lower() for e in enums}
    drawn = draw(
        st.lists(
            st.sampled_from(NAMES),
            min_size=n_tables,
            max_size=n_tables * 2,
            unique=True,
        )
    )
    table_names = distinct(
        [n for n in drawn if n.lower() not in enum_sql], derived_class, taken_classes
    )[:n_tables] or ["t"]

    tables = []
    for ti, tname in enumerate(table_names):
        pk_kind = draw(st.sampled_from(KEY_KINDS))
        pk_name = draw(st.sampled_from(["id", "ID", "key", "select", "名前", "pk col"]))
        pk: dict[str, Any] = {
            "id": f"t{ti}_pk",
            "name": pk_name,
            "type": key_type(pk_kind),
            "nullable": False,
            "primaryKey": True,
        }
        if pk_kind in ("integer", "bigInteger"):
            pk["autoincrement"] = True
        elif pk_kind == "uuid":
            pk["defaultFactory"] = "uuid4"
        n_cols = draw(st.integers(0, 5))
        col_names = distinct(
            [pk_name]
            + draw(
                st.lists(
                    st.sampled_from(NAMES),
                    min_size=n_cols,
                    max_size=n_cols,
                    unique=True,
                )
            ),
            derived_attribute,
        )
        columns = [pk]
        for ci, cname in enumerate(col_names[1:]):
            col: dict[str, Any] = {
                "id": f"t{ti}_c{ci}",
                "name": cname,
                "type": draw(column_type(enum_ids)),
            }
            if draw(st.booleans()):
                col["nullable"] = False
            if draw(st.integers(0, 5)) == 0:
                col["index"] = True
            # unique only on types with room for many distinct generated values
            if draw(st.integers(0, 7)) == 0 and _roomy(col["type"]):
                col["unique"] = True
            comment = draw(st.sampled_from(COMMENTS))
            if comment:
                col["comment"] = comment
            columns.append(col)
        table: dict[str, Any] = {"id": f"t{ti}", "name": tname, "columns": columns}
        comment = draw(st.sampled_from(COMMENTS))
        if comment:
            table["comment"] = comment
        if draw(st.booleans()):
            table["checks"] = [
                {
                    "id": f"t{ti}_ck",
                    # check names must be SQL identifiers (validate.cpp)
                    "name": draw(
                        st.sampled_from(["positive", "check", "select", "ok_1"])
                    ),
                    "expression": draw(
                        st.sampled_from(
                            [
                                "1 = 1",
                                "'it''s' <> ''",
                                "'a\\b' <> 'say \"hi\"'",
                                "1 = 1\nAND 2 = 2",
                                '"' + pk_name.replace('"', '""') + '" IS NOT NULL',
                            ]
                        )
                    ),
                }
            ]
        tables.append(table)

    # Foreign keys: a new column in a child table, typed like the parent's key.
    relationships = []
    fk_count = 0
    if len(tables) > 1 or draw(st.booleans()):
        for _ in range(draw(st.integers(0, 3))):
            child = draw(st.sampled_from(tables))
            parent = draw(st.sampled_from(tables))
            ppk = parent["columns"][0]
            fk_col_name = draw(
                st.sampled_from(
                    ["parent_id", "owner", "from", "user id", "Ω_ref", "class_id"]
                )
            )
            if fk_col_name.lower() in {
                c["name"].lower() for c in child["columns"]
            } or derived_attribute(fk_col_name) in {
                derived_attribute(c["name"]) for c in child["columns"]
            }:
                continue
            # Required foreign keys only point at earlier tables: a cycle of NOT NULL
            # references cannot be inserted at all.
            nullable = draw(st.booleans()) or tables.index(parent) >= tables.index(
                child
            )
            col = {
                "id": f"fkc{fk_count}",
                "name": fk_col_name,
                "type": key_type(ppk["type"]["kind"]),
            }
            if not nullable:
                col["nullable"] = False
            child["columns"].append(col)
            actions = ["", "CASCADE", "RESTRICT", "NO ACTION"] + (
                ["SET NULL"] if nullable else []
            )
            fk: dict[str, Any] = {
                "id": f"fk{fk_count}",
                "columns": [col["id"]],
                "refTable": parent["id"],
                "refColumns": [ppk["id"]],
            }
            on_delete = draw(st.sampled_from(actions))
            if on_delete:
                fk["onDelete"] = on_delete
            child.setdefault("foreignKeys", []).append(fk)
            if draw(st.booleans()):
                rel: dict[str, Any] = {
                    "id": f"r{fk_count}",
                    "kind": "oneToMany",
                    "foreignKey": fk["id"],
                    "parentAttribute": f"rel{fk_count}_children",
                    "childAttribute": f"rel{fk_count}_parent",
                }
                if draw(st.booleans()):
                    del rel[
                        draw(st.sampled_from(["parentAttribute", "childAttribute"]))
                    ]
                if "parentAttribute" in rel and draw(st.booleans()):
                    rel["cascadeDelete"] = True
                relationships.append(rel)
            fk_count += 1
    return {
        "format": "sqlmodel-studio-project",
        "version": 1,
        "name": draw(st.sampled_from(["hostile", 'q"uote', "back\\slash", "名前"])),
        "enums": enums,
        "tables": tables,
        "relationships": relationships,
    }


def _generate(cli: Path, project: dict[str, Any], workdir: Path, layout: str) -> Any:
    workdir.mkdir(parents=True, exist_ok=True)
    pfile = workdir / "project.sqlmodel.json"
    pfile.write_text(
        json.dumps(project, ensure_ascii=False, indent=2), encoding="utf-8"
    )
    out = workdir / "out"
    r = run(
        [str(cli), "generate", str(pfile), "-o", str(out), "--layout", layout],
        timeout=60,
    )
    return pfile, out, r


@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
    phases=PHASES,
)
@given(
    project=projects(), layout=st.sampled_from(["module", "package"]), data=st.data()
)
def test_hostile_names_generate_working_code(
    cli: Path,
    tmp_path_factory: pytest.TempPathFactory,
    project: dict[str, Any],
    layout: str,
    data: Any,
) -> None:
    work = tmp_path_factory.mktemp("hostile")
    pfile, out, r = _generate(cli, project, work, layout)
    assert r.returncode == 0, (
        f"generate exited {r.returncode} for a valid project:\n{r.stderr}\n"
        f"project:\n{json.dumps(project, ensure_ascii=False, indent=1)}"
    )
    files = sorted(out.rglob("*.py"))
    assert files, "nothing generated"
    for f in files:
        try:
            ast.parse(f.read_text(encoding="utf-8"), filename=str(f))
        except SyntaxError as e:  # pragma: no cover - reported as a failure
            pytest.fail(
                f"{f.name} does not parse: {e}\n{f.read_text(encoding='utf-8')}"
            )
    result = run_check(
        out, pfile, "sqlite", f"sqlite:///{work / 'db.sqlite'}", mode="names"
    )
    problems = format_failure(result)
    assert result["stage"] == "done" and not problems, (
        problems + "\nproject:\n" + json.dumps(project, ensure_ascii=False, indent=1)
    )


@settings(
    max_examples=max(5, MAX_EXAMPLES // 3),
    deadline=None,
    database=None,
    phases=PHASES,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(project=projects(), data=st.data())
def test_duplicate_column_names_ignoring_case_are_refused(
    cli: Path,
    tmp_path_factory: pytest.TempPathFactory,
    project: dict[str, Any],
    data: Any,
) -> None:
    table = data.draw(st.sampled_from(project["tables"]))
    victim = data.draw(st.sampled_from(table["columns"]))
    names = {victim["name"].upper(), victim["name"].lower(), victim["name"].swapcase()}
    # Case variants that map character for character (so not "ß" -> "SS", which no
    # database folds back): exactly the duplicates SQLite and the validator refuse.
    variants = sorted(
        v
        for v in names | {victim["name"]}
        if _valid_name(v) and len(v) == len(victim["name"])
    )
    dup_name = data.draw(st.sampled_from(variants))
    table["columns"].append(
        {"id": "dup_col", "name": dup_name, "type": {"kind": "integer"}}
    )
    work = tmp_path_factory.mktemp("dup")
    _, out, r = _generate(cli, project, work, "module")
    assert r.returncode == 1, (
        f"a column name repeated ignoring case ({victim['name']!r} / {dup_name!r}) "
        "must be "
        f"refused with exit 1, got {r.returncode}\nstderr:\n{r.stderr}"
    )
    assert "duplicate" in r.stderr.lower(), f"no clear message:\n{r.stderr}"
    assert not list(out.rglob("*.py")), "files were written for a refused project"
