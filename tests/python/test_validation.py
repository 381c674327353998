"""Issue 7's proof: for every constraint kind a valid and an invalid payload through XCreate
and XUpdate, through the generated FastAPI router (422 naming the field), and for the
constraints the design enforces in the database, a direct INSERT that SQLite and PostgreSQL
refuse. The user's validators run. (ruff and mypy on this design: test_generated.py, which
runs every project in projects/.)"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any, Callable

import pytest

HERE = Path(__file__).resolve().parent
PROJECT = HERE / "projects" / "constraints.sqlmodel.json"
RUNNER = HERE / "validation_runner.py"


@pytest.fixture(scope="module")
def generated(cli: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("validation")
    r = subprocess.run(
        [str(cli), "generate", str(PROJECT), "-o", str(out), "--with", "crud,router"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert r.returncode == 0, r.stderr
    reqs = (out / "requirements.txt").read_text()
    assert "email-validator" in reqs, (
        "EmailStr needs email-validator in requirements.txt"
    )
    return out


def run(out: Path, url: str) -> dict[str, Any]:
    r = subprocess.run(
        [sys.executable, str(RUNNER), "--url", url],
        cwd=out,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, f"{r.stdout[-3000:]}\n{r.stderr[-3000:]}"
    result: dict[str, Any] = json.loads(r.stdout.strip().splitlines()[-1])
    return result


def check(result: dict[str, Any]) -> None:
    assert result["create_ok"]
    assert result["stripped"] == "robin_1", "the before-mode validator did not run"
    assert result["create"] == [], result["create"]
    assert result["update"] == [], result["update"]
    assert result["model_validator"] != "accepted", "the model validator did not run"
    assert result["router_create"] == 200
    assert result["router"] == [], result["router"]
    assert result["database"] == [], result["database"]


def test_sqlite(generated: Path, tmp_path: Path) -> None:
    check(run(generated, f"sqlite:///{tmp_path / 'v.db'}"))


def test_postgresql(generated: Path, pg: Callable[[], str]) -> None:
    check(run(generated, pg()))


def test_broken_validator_body_is_refused(cli: Path, tmp_path: Path) -> None:
    project = json.loads(PROJECT.read_text())
    validators = project["tables"][0]["validators"]
    validators[1]["body"] = (
        'if value in ("admin", "root"):\n    raise ValueError("x"\nreturn value'
    )
    broken = tmp_path / "broken.sqlmodel.json"
    broken.write_text(json.dumps(project))
    out = tmp_path / "out"
    r = subprocess.run(
        [str(cli), "generate", str(broken), "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert r.returncode == 1, (r.stdout, r.stderr)
    assert 'validator "handle_not_reserved": line 2' in r.stderr, r.stderr
    assert "nothing was written" in r.stderr
    assert not out.exists() or not any(out.iterdir())


def test_validator_cannot_break_out_of_its_method(cli: Path, tmp_path: Path) -> None:
    """A body is re-indented into its method: a dedented line stays inside it."""
    project = json.loads(PROJECT.read_text())
    project["tables"][0]["validators"][1]["body"] = (
        "    if value == 'x':\n        raise ValueError('x')\nreturn value"
    )
    p = tmp_path / "p.sqlmodel.json"
    p.write_text(json.dumps(project))
    out = tmp_path / "out"
    r = subprocess.run(
        [str(cli), "generate", str(p), "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert r.returncode == 1 and "line 3" in r.stderr, r.stderr
