"""Fixtures for the generated-code suite.

* ``cli``: the ``sqlmodel-studio`` binary (env ``SMS_CLI``, else build/dev or build/ci).
* ``pg``: a throwaway PostgreSQL 15 cluster on a unix socket (binaries from
  ``SMS_PG_BIN``, default /usr/lib/postgresql/15/bin); yields a factory that creates a
  fresh database per call and returns its SQLAlchemy URL.  Skipped when the binaries
  are missing, except under ``CI=true`` where that is a failure.
* ``run_check``: runs ``sms_check.py`` on a generated output in a fresh interpreter.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
PG_BIN = Path(os.environ.get("SMS_PG_BIN", "/usr/lib/postgresql/15/bin"))
RUFF_CONFIG = HERE / "ruff.toml"
MYPY_CONFIG = HERE / "mypy.ini"
CHECKER = HERE / "sms_check.py"


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


DEFAULT_CLI_PATHS = "build/dev/app/sqlmodel-studio, build/ci/app/sqlmodel-studio"


def find_cli() -> Path | None:
    env = os.environ.get("SMS_CLI")
    if env:
        return Path(env)
    for rel in ("build/dev/app/sqlmodel-studio", "build/ci/app/sqlmodel-studio"):
        p = REPO / rel
        if p.is_file() and os.access(p, os.X_OK):
            return p
    return None


@pytest.fixture(scope="session")
def cli() -> Path:
    p = find_cli()
    if p is None or not p.is_file():
        where = (
            f"SMS_CLI={os.environ['SMS_CLI']} does not exist"
            if os.environ.get("SMS_CLI")
            else f"looked for {DEFAULT_CLI_PATHS} under {REPO}"
        )
        pytest.fail(
            "sqlmodel-studio CLI not found: set SMS_CLI or build it "
            f"(cmake --preset dev && cmake --build --preset dev); {where}",
            pytrace=False,
        )
    return p


def run(
    cmd: list[str], cwd: Path | None = None, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout, env=_clean_env()
    )


def _clean_env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def python_tool(name: str) -> str:
    """A tool from the same environment as the running interpreter."""
    candidate = Path(sys.executable).parent / name
    if candidate.exists():
        return str(candidate)
    found = shutil.which(name)
    if not found:
        pytest.fail(
            f"{name} is not installed (pip install -r tests/python/requirements.txt)"
        )
    return found


@pytest.fixture(scope="session")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # One cache for the session: the third-party stubs are analysed once.
    return tmp_path_factory.mktemp("mypy-cache")


# ---------------------------------------------------------------------------
# PostgreSQL


class PgCluster:
    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="sms-pg-"))
        self.data = self.root / "data"
        self.sock = self.root  # the socket lives next to the data directory
        self.port = random.randint(20000, 60000)
        self.as_root = os.geteuid() == 0
        self.counter = 0

    def _cmd(self, args: list[str]) -> list[str]:
        if self.as_root:
            return ["runuser", "-u", "postgres", "--", *args]
        return args

    def start(self) -> None:
        if self.as_root:
            shutil.chown(self.root, user="postgres", group="postgres")
            os.chmod(self.root, 0o700)
        r = run(
            self._cmd(
                [
                    str(PG_BIN / "initdb"),
                    "-D",
                    str(self.data),
                    "-U",
                    "postgres",
                    "--auth=trust",
                    "--no-sync",
                    "-E",
                    "UTF8",
                    "--locale=C",
                ]
            )
        )
        if r.returncode != 0:
            raise RuntimeError(f"initdb failed:\n{r.stdout}\n{r.stderr}")
        opts = (
            f"-c listen_addresses='' -k {self.sock} -p {self.port} -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off"
        )
        r = run(
            self._cmd(
                [
                    str(PG_BIN / "pg_ctl"),
                    "-D",
                    str(self.data),
                    "-o",
                    opts,
                    "-l",
                    str(self.root / "log"),
                    "-w",
                    "-t",
                    "60",
                    "start",
                ]
            )
        )
        if r.returncode != 0:
            log = (
                (self.root / "log").read_text(errors="replace")
                if (self.root / "log").exists()
                else ""
            )
            raise RuntimeError(f"pg_ctl start failed:\n{r.stdout}\n{r.stderr}\n{log}")

    def stop(self) -> None:
        run(
            self._cmd(
                [
                    str(PG_BIN / "pg_ctl"),
                    "-D",
                    str(self.data),
                    "-m",
                    "fast",
                    "-w",
                    "stop",
                ]
            )
        )
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, db: str) -> str:
        return f"postgresql+psycopg://postgres@/{db}?host={self.sock}&port={self.port}"

    def new_database(self) -> str:
        import sqlalchemy as sa

        self.counter += 1
        name = f"t{os.getpid()}_{self.counter}_{int(time.time() * 1000) % 100000}"
        engine = sa.create_engine(self.url("postgres"), isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
        engine.dispose()
        return self.url(name)


@pytest.fixture(scope="session")
def pg() -> Iterator[Callable[[], str]]:
    if not (PG_BIN / "initdb").exists() or not (PG_BIN / "pg_ctl").exists():
        msg = f"PostgreSQL 15 binaries not found in {PG_BIN}"
        if in_ci():
            pytest.fail(msg + " (CI=true: PostgreSQL is required)", pytrace=False)
        pytest.skip(msg)
    cluster = PgCluster()
    try:
        cluster.start()
    except Exception:
        cluster.stop()
        raise
    try:
        yield cluster.new_database
    finally:
        cluster.stop()


# ---------------------------------------------------------------------------
# Running the checker


def run_check(
    out: Path, project: Path, dialect: str, url: str, mode: str = "full"
) -> dict[str, Any]:
    r = run(
        [
            sys.executable,
            str(CHECKER),
            "--out",
            str(out),
            "--project",
            str(project),
            "--dialect",
            dialect,
            "--url",
            url,
            "--mode",
            mode,
        ],
        timeout=300,
    )
    lines = [ln for ln in r.stdout.splitlines() if ln.startswith("{")]
    if r.returncode != 0 or not lines:
        pytest.fail(
            f"checker crashed (exit {r.returncode}):\nstdout:\n{r.stdout[-4000:]}\n"
            f"stderr:\n{r.stderr[-4000:]}",
            pytrace=False,
        )
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def format_failure(result: dict[str, Any]) -> str:
    parts = []
    if result.get("error"):
        parts.append(f"failed at stage {result['stage']!r}:\n{result['error']}")
    for key in ("schema", "values", "relationships", "cascade"):
        if result.get(key):
            parts.append(f"{key} differences:\n  " + "\n  ".join(result[key]))
    bad = [w for w in result.get("warnings", []) if is_bad_warning(w)]
    if bad:
        parts.append("warnings during import/configure_mappers:\n  " + "\n  ".join(bad))
    return "\n".join(parts)


def is_bad_warning(text: str) -> bool:
    # SAWarnings flag real mapping problems (overlapping relationships, ...); pydantic /
    # deprecation warnings at import time are also not acceptable in generated code.
    return True
