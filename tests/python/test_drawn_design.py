# SPDX-FileCopyrightText: 2026 SQLModel Studio authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The design drawn with the mouse in tst_ui_canvasedit (two tables typed in place, columns
added on the card, a foreign key dragged from one card to the other) generates models that
import, configure their mappers, create the schema on SQLite and load the relationship both
ways, and that pass ruff. ctest writes the design into the build folder before pytest runs."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import in_ci, python_tool, run


def drawn_design() -> Path:
    build = os.environ.get("SMS_BUILD_DIR")
    path = Path(build) / "canvasedit-drawn.sqlmodel.json" if build else None
    if path is None or not path.exists():
        message = (
            f"{path} not found: run the Qt tests (ctest) first"
            if path
            else "SMS_BUILD_DIR is not set"
        )
        if in_ci():
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    return path


def test_drawn_design_runs(cli: Path, tmp_path: Path) -> None:
    project = drawn_design()
    out = tmp_path / "out"
    result = run([str(cli), "generate", str(project), "-o", str(out), "--with", "crud"])
    assert result.returncode == 0, result.stderr
    models = out / "models.py"
    assert models.exists()

    script = textwrap.dedent(
        """
        import models
        from sqlalchemy.orm import configure_mappers
        from sqlmodel import Session, SQLModel, create_engine, select

        configure_mappers()
        engine = create_engine("sqlite://")
        SQLModel.metadata.create_all(engine)
        with Session(engine) as session:
            team = models.Team(**{c: "x" for c in models.TeamCreate.model_fields})
            session.add(team)
            session.commit()
            session.refresh(team)
            fields = {c: "y" for c in models.HeroCreate.model_fields if c != "team_id"}
            hero = models.Hero(**fields, team_id=team.id)
            session.add(hero)
            session.commit()
            loaded = session.exec(select(models.Team)).one()
            assert [h.id for h in loaded.heroes] == [hero.id], loaded.heroes
            assert session.get(models.Hero, hero.id).team.id == team.id
        print("ok")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=out,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip() == "ok"

    # From the output folder, its project root: `models` is first-party there.
    config = str(Path(__file__).parent / "ruff.toml")
    for args in (["check"], ["format", "--diff"]):
        lint = run(
            [python_tool("ruff"), *args, "--no-cache", "--config", config, "."], cwd=out
        )
        assert lint.returncode == 0, lint.stdout + lint.stderr
