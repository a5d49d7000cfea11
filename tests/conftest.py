"""Fixtures shared by all tests: a real SQLite file per test, never the user's own database."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from models.db import Database, sqlite_url
from models.schema import open_database

from tests.postgres import PostgresCluster

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session", autouse=True)
def _compiled_translations() -> None:
    """Build the .qm catalogue when pytest runs without ``make`` (the Makefile does it too)."""
    import subprocess
    import sys

    source = ROOT / "resources" / "translations" / "briefing_da.ts"
    compiled = source.with_suffix(".qm")
    if not compiled.exists() or compiled.stat().st_mtime < source.stat().st_mtime:
        tool = Path(sys.executable).parent / "pyside6-lrelease"
        subprocess.run([str(tool), "-silent", str(source), "-qm", str(compiled)], check=True)


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may touch the real user data folder or inherit a database URL."""
    monkeypatch.delenv("BRIEFING_DATABASE_URL", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return sqlite_url(tmp_path / "knowledge.sqlite")


@pytest.fixture
def database(db_url: str) -> Iterator[Database]:
    """A new database holding the built-in knowledge base."""
    opened = open_database(db_url)
    yield opened
    opened.close()


@pytest.fixture
def empty_database(db_url: str) -> Iterator[Database]:
    """A migrated database with no knowledge in it."""
    opened = open_database(db_url, seed=False)
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresCluster]:
    """One throwaway PostgreSQL server for the whole run; each test makes its own database."""
    cluster = PostgresCluster()
    cluster.start()
    yield cluster
    cluster.stop()
