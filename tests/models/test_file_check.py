"""The file check that runs beside start-up: same verdicts, same files, nothing changed."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from models.db import sqlite_path, sqlite_url
from models.errors import DatabaseOpenError
from models.file_check import start_file_check
from models.schema import open_database


@pytest.mark.parametrize(
    "url",
    [
        "sqlite:////tmp/kb.sqlite",
        "sqlite:///relative/kb.sqlite",
        "sqlite:////tmp/with space/kb.sqlite?timeout=5",
        "sqlite:////tmp/per%20cent/%41.sqlite",
        "sqlite://",
        "sqlite:///:memory:",
        "postgresql+psycopg://user@localhost/briefing",
    ],
)
def test_the_early_check_names_the_same_file_as_the_engine(url: str) -> None:
    check = start_file_check(url)
    assert (check.path if check else None) == sqlite_path(url)
    if check:
        check.wait()  # no such file: nothing to refuse


def _damaged_copy(tmp_path: Path) -> Path:
    """A real knowledge base with one page in the middle overwritten."""
    path = tmp_path / "kb.sqlite"
    open_database(sqlite_url(path)).close()
    data = bytearray(path.read_bytes())
    page = 4096
    middle = (len(data) // page // 2) * page
    data[middle + 8 : middle + page] = b"\xa5" * (page - 8)
    path.write_bytes(bytes(data))
    return path


def test_a_damaged_page_is_found_by_the_early_check_and_nothing_changes(tmp_path: Path) -> None:
    path = _damaged_copy(tmp_path)
    before = path.read_bytes()
    check = start_file_check(sqlite_url(path))
    assert check is not None
    with pytest.raises(DatabaseOpenError, match="damaged"):
        open_database(sqlite_url(path), file_check=check)
    assert path.read_bytes() == before


def test_a_foreign_sqlite_file_is_refused_before_anything_changes(tmp_path) -> None:
    foreign = tmp_path / "photos.sqlite"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    before = hashlib.sha256(foreign.read_bytes()).hexdigest()
    with pytest.raises(DatabaseOpenError, match="not made by Briefing Builder"):
        open_database(sqlite_url(foreign))
    assert hashlib.sha256(foreign.read_bytes()).hexdigest() == before
    with sqlite3.connect(foreign) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert not (tmp_path / "photos.sqlite-wal").exists()


def test_checking_a_read_only_wal_database_leaves_nothing_beside_it(tmp_path) -> None:
    """Before: the check left read-only -wal and -shm files, and the database then refused
    to open once it was writable again."""
    from models.file_check import check_sqlite_file

    path = tmp_path / "kb.sqlite"
    open_database(sqlite_url(path)).close()
    assert not (tmp_path / "kb.sqlite-wal").exists()
    path.chmod(0o444)
    check_sqlite_file(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kb.sqlite"]
