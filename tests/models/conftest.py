"""Models tests that do not depend on SQLite run on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.db import sqlite_url

from tests.postgres import PostgresCluster

# Modules whose tests hold for any engine; the rest test SQLite files themselves.
BOTH_ENGINES = {
    "test_builtin_knowledge",
    "test_changes",
    "test_engagement_edits",
    "test_conflicts",
    "test_constraints",
    "test_engagement_list",
    "test_interchange",
    "test_services",
    "test_sector_themes",
    "test_iati_real_files",
    "test_iati_problems",
    "test_exact_amounts",
}


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    module = metafunc.module.__name__.rsplit(".", 1)[-1]
    if "db_url" in metafunc.fixturenames and module in BOTH_ENGINES:
        metafunc.parametrize("engine", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def engine(request: pytest.FixtureRequest) -> str:
    return getattr(request, "param", "sqlite")


@pytest.fixture
def db_url(engine: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    if engine == "postgresql":
        cluster: PostgresCluster = request.getfixturevalue("postgres")
        return cluster.new_database()
    return sqlite_url(tmp_path / "knowledge.sqlite")
