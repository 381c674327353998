"""The command line as a user meets it: exit codes, messages that name the file and the
place, nothing written on failure, and no display needed."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent.parent
HEROES = REPO / "examples" / "heroes.sqlmodel.json"


def sms(cli: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)  # the CLI must not need any platform plugin
    return subprocess.run(
        [str(cli), *args], capture_output=True, text=True, timeout=60, env=env
    )


def test_help_and_version(cli: Path) -> None:
    r = sms(cli, "--help")
    assert r.returncode == 0
    assert "generate PROJECT.sqlmodel.json -o OUTDIR" in r.stdout
    r = sms(cli, "--version")
    assert r.returncode == 0
    assert r.stdout.startswith("sqlmodel-studio ")


@pytest.mark.parametrize(
    "args, message",
    [
        (["generate"], "generate needs a project file"),
        (["generate", str(HEROES)], "generate needs -o OUTDIR"),
        (["generate", str(HEROES), "-o", "x", "--layout", "tree"], "unknown layout 'tree'"),
        (["generate", str(HEROES), "-o", "x", "--bogus"], "unknown option '--bogus'"),
        (["generate", str(HEROES), "-o", "x", "--with", "nothing"], "unknown --with item"),
        (["frobnicate"], "unknown command or option 'frobnicate'"),
        (["lint", str(HEROES), "--format", "xml"], "unknown format 'xml'"),
        (
            ["generate", str(HEROES), "-o", "x", "--no-multiple-models", "--with", "router"],
            "--with router needs the multiple models",
        ),
        (["import", str(HEROES)], "import needs -o PROJECT.sqlmodel.json"),
        (["layout"], "layout needs a project file"),
    ],
)
def test_bad_usage_exits_2(cli: Path, args: list[str], message: str) -> None:
    r = sms(cli, *args)
    assert r.returncode == 2, r.stderr
    assert message in r.stderr
    assert r.stdout == ""


def test_generate_module_and_package(cli: Path, tmp_path: Path) -> None:
    r = sms(cli, "generate", str(HEROES), "-o", str(tmp_path / "m"))
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "m" / "models.py").is_file()
    r = sms(cli, "generate", str(HEROES), "-o", str(tmp_path / "p"), "--layout", "package")
    assert r.returncode == 0, r.stderr
    names = sorted(p.name for p in (tmp_path / "p" / "models").iterdir())
    assert names == ["__init__.py", "_naming.py", "hero.py", "hero_team_link.py", "team.py"]


def test_malformed_project_names_file_and_place(cli: Path, tmp_path: Path) -> None:
    data = json.loads(HEROES.read_text())
    data["tables"][1]["columns"][2]["type"]["kind"] = "varchar"
    bad = tmp_path / "bad.sqlmodel.json"
    bad.write_text(json.dumps(data, indent=2))
    out = tmp_path / "out"
    r = sms(cli, "generate", str(bad), "-o", str(out))
    assert r.returncode == 1
    assert str(bad) in r.stderr
    assert "$.tables[1].columns[2].type.kind" in r.stderr
    assert "varchar" in r.stderr
    assert not out.exists(), "nothing may be written for a refused project"


def test_truncated_project_reports_line_and_column(cli: Path, tmp_path: Path) -> None:
    text = HEROES.read_text()
    bad = tmp_path / "cut.sqlmodel.json"
    bad.write_text(text[: len(text) // 2])
    r = sms(cli, "generate", str(bad), "-o", str(tmp_path / "out"))
    assert r.returncode == 1
    assert "line " in r.stderr and "column " in r.stderr
    assert not (tmp_path / "out").exists()


def test_missing_project(cli: Path, tmp_path: Path) -> None:
    missing = tmp_path / "nope.sqlmodel.json"
    r = sms(cli, "generate", str(missing), "-o", str(tmp_path / "out"))
    assert r.returncode == 1
    assert str(missing) in r.stderr


def test_format_makes_a_project_canonical_and_is_idempotent(cli: Path, tmp_path: Path) -> None:
    data = json.loads(HEROES.read_text())
    messy = tmp_path / "messy.sqlmodel.json"
    messy.write_text(json.dumps(data, separators=(",", ":")))
    r = sms(cli, "format", str(messy))
    assert r.returncode == 0, r.stderr
    once = messy.read_bytes()
    assert once.endswith(b"\n") and b'\n  "tables": [' in once
    assert json.loads(once)["tables"][0]["name"] == "team"
    r = sms(cli, "format", str(messy))
    assert r.returncode == 0
    assert messy.read_bytes() == once


def test_examples_are_canonical(cli: Path, tmp_path: Path) -> None:
    for example in sorted((REPO / "examples").glob("*.sqlmodel.json")):
        copy = tmp_path / example.name
        shutil.copy(example, copy)
        r = sms(cli, "format", str(copy))
        assert r.returncode == 0, r.stderr
        assert copy.read_bytes() == example.read_bytes(), f"{example.name} is not canonical"


def test_lint_formats(cli: Path) -> None:
    r = sms(cli, "lint", str(HEROES), "--format", "json")
    assert r.returncode in (0, 1), r.stderr
    findings = json.loads(r.stdout)
    assert isinstance(findings, list)
    for f in findings:
        assert set(f) >= {"rule", "severity", "message", "object", "fix"}
    assert r.returncode == (1 if any(f["severity"] == "error" for f in findings) else 0)
    r = sms(cli, "lint", str(HEROES), "--format", "sarif")
    sarif = json.loads(r.stdout)
    assert sarif["version"] == "2.1.0"
    assert sarif["runs"][0]["tool"]["driver"]["name"] == "sqlmodel-studio"
    assert len(sarif["runs"][0]["results"]) == len(findings)
