"""Moving a knowledge base from SQLite to PostgreSQL and back loses nothing."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from models import entities as e
from models.db import sqlite_url
from models.interchange.dump import dump_document
from models.interchange.fileformat import to_json
from models.schema import open_database

from tests.test_cli import briefing


def _dump(url: str) -> str:
    database = open_database(url)
    try:
        with database.session() as session:
            return to_json(dump_document(session))
    finally:
        database.close()


def test_copy_sqlite_to_postgresql_and_back_is_identical(tmp_path: Path, postgres) -> None:
    first = sqlite_url(tmp_path / "first.sqlite")
    server = postgres.new_database()
    back = sqlite_url(tmp_path / "back.sqlite")
    database = open_database(first)
    with database.writing() as session, session.begin():
        lines = session.scalars(select(e.FundingLine).order_by(e.FundingLine.id)).all()
        lines[0].amount = Decimal("9999999999999999.99")  # the largest amount the rules accept
        lines[1].amount = Decimal("1234567890123456.78")
        lines[2].amount = Decimal("0.01")
    database.close()
    original = _dump(first)
    assert "9999999999999999.99" in original and "1234567890123456.78" in original
    there = briefing("copy", "--from", first, "--to", server)
    assert there.returncode == 0, there.stderr
    assert _dump(server) == original
    home = briefing("copy", "--from", server, "--to", back)
    assert home.returncode == 0, home.stderr
    assert _dump(back) == original
