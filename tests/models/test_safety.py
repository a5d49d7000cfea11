"""Backups, restore, and a knowledge base that survives killed processes and rival writers."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from models.backup import KEEP_BACKUPS, backup_file, restore_file
from models.db import sqlite_url
from models.errors import DatabaseOpenError
from models.schema import open_database

ROOT = Path(__file__).resolve().parents[2]


def _count(path: Path, table: str = "engagements") -> int:
    with sqlite3.connect(path) as connection:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_backup_and_restore_bring_back_what_was_there(tmp_path: Path) -> None:
    path = tmp_path / "kb.sqlite"
    open_database(sqlite_url(path)).close()
    before = _count(path)
    copy = backup_file(path)
    assert copy.parent == tmp_path / "backups" and _count(copy) == before
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA foreign_keys=ON")
        connection.execute("DELETE FROM engagements")
    assert _count(path) == 0
    safety = restore_file(copy, path)
    assert _count(path) == before
    assert safety is not None and _count(safety) == 0


def test_backups_rotate_keeping_the_newest_ten(tmp_path: Path) -> None:
    path = tmp_path / "kb.sqlite"
    open_database(sqlite_url(path)).close()
    made = [backup_file(path) for _ in range(KEEP_BACKUPS + 3)]
    kept = sorted((tmp_path / "backups").glob("kb-*.sqlite"))
    assert kept == made[-KEEP_BACKUPS:]


def test_restore_refuses_a_damaged_file_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "kb.sqlite"
    open_database(sqlite_url(path)).close()
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    broken_bytes = broken.read_bytes()
    with pytest.raises(DatabaseOpenError):
        restore_file(broken, path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    assert broken.read_bytes() == broken_bytes
    assert not (tmp_path / "backups").exists()


WRITER = """
import sys
from models.db import connect
from sqlalchemy import text
database = connect(sys.argv[1])
for number in range(int(sys.argv[2])):
    with database.writing() as session, session.begin():
        session.execute(text("UPDATE sources SET note = :n WHERE key = :k"),
                        {"n": f"{sys.argv[3]}-{number}", "k": sys.argv[4]})
        session.execute(text("INSERT INTO regions (key, name_en, name_da, created_at, updated_at)"
                             " VALUES (:k, :k, :k, '2026-01-01', '2026-01-01')"),
                        {"k": f"r-{sys.argv[3]}-{number}"})
    print(number, flush=True)
"""


def _writer(url: str, edits: int, tag: str, source: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, url, str(edits), tag, source],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )


def _source_key(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT key FROM sources ORDER BY key").fetchone()[0]


@pytest.mark.parametrize("run", range(4))
def test_every_committed_edit_survives_a_sigkill(tmp_path: Path, run: int) -> None:
    path = tmp_path / "kb.sqlite"
    url = sqlite_url(path)
    open_database(url).close()
    stop_after = random.Random(run).randint(20, 400)
    committed = []
    with _writer(url, 1000, "kill", _source_key(path)) as child:
        assert child.stdout is not None
        for line in child.stdout:
            committed.append(int(line))
            if len(committed) >= stop_after:
                os.kill(child.pid, signal.SIGKILL)
                break
        child.wait()
    assert len(committed) >= stop_after
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        keys = {row[0] for row in connection.execute("SELECT key FROM regions")}
    assert all(f"r-kill-{number}" in keys for number in committed)


def test_two_processes_writing_at_once_both_finish(tmp_path: Path) -> None:
    path = tmp_path / "kb.sqlite"
    url = sqlite_url(path)
    open_database(url).close()
    source = _source_key(path)
    started = time.monotonic()
    writers = [_writer(url, 200, tag, source) for tag in ("a", "b")]
    outputs = [writer.communicate(timeout=120) for writer in writers]
    assert time.monotonic() - started < 120
    for writer, (_out, error) in zip(writers, outputs, strict=True):
        assert writer.returncode == 0, error
        assert "locked" not in error
    with sqlite3.connect(path) as connection:
        names = {row[0] for row in connection.execute("SELECT key FROM regions")}
    assert {f"r-a-{n}" for n in range(200)} <= names
    assert {f"r-b-{n}" for n in range(200)} <= names


def test_rotation_keeps_the_backups_of_a_database_with_a_longer_name(tmp_path: Path) -> None:
    kb, old = tmp_path / "kb.sqlite", tmp_path / "kb-old.sqlite"
    open_database(sqlite_url(kb)).close()
    open_database(sqlite_url(old)).close()
    theirs = [backup_file(old) for _ in range(KEEP_BACKUPS)]
    mine = backup_file(kb)
    assert mine.exists()
    assert all(path.exists() for path in theirs)


def test_the_copy_just_made_is_kept_even_when_older_copies_sort_after_it(tmp_path: Path) -> None:
    kb = tmp_path / "kb.sqlite"
    open_database(sqlite_url(kb)).close()
    future = [
        backup_file(kb, tmp_path / "backups" / f"kb-2999010{n}-000000-000000.sqlite")
        for n in range(KEEP_BACKUPS)
    ]
    made = backup_file(kb)
    assert made.exists()
    assert sum(path.exists() for path in future) == KEEP_BACKUPS - 1


def test_the_safety_copy_taken_before_a_restore_survives_it(tmp_path: Path) -> None:
    kb, other = tmp_path / "kb.sqlite", tmp_path / "kb-old.sqlite"
    open_database(sqlite_url(kb)).close()
    open_database(sqlite_url(other)).close()
    for _ in range(KEEP_BACKUPS + 2):
        backup_file(other)
    copy = backup_file(kb, tmp_path / "copy.sqlite")
    safety = restore_file(copy, kb)
    assert safety is not None and safety.exists()


CONTENDER = """
import sys
from models.db import connect
from models.services.changes import SetEngagementField, apply_change
database = connect(sys.argv[1])
for number in range(int(sys.argv[2])):
    change = SetEngagementField(sys.argv[3], "summary_da", f"{sys.argv[4]} {number}")
    database.write(lambda session: apply_change(session, change))
print("done", flush=True)
"""


HOLDER = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
connection.execute("UPDATE sources SET note = 'held'")
print("holding", flush=True)
time.sleep(float(sys.argv[2]))
connection.execute("COMMIT")
"""


def test_writers_outwait_a_lock_held_longer_than_one_busy_wait(tmp_path: Path) -> None:
    """Before: a writer gave up ("database is locked") after one 5 s wait; under sustained
    contention 3 of 8 died. Now each tries again with growing pauses, up to 30 s in all."""
    path = tmp_path / "kb.sqlite"
    url = sqlite_url(path)
    open_database(url).close()
    with sqlite3.connect(path) as connection:
        keys = [row[0] for row in connection.execute("SELECT key FROM engagements LIMIT 8")]
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path), "8"], stdout=subprocess.PIPE, text=True
    ) as holder:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        writers = [
            subprocess.Popen(
                [sys.executable, "-c", CONTENDER, url, "20", key, f"writer-{number}"],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                cwd=ROOT,
            )
            for number, key in enumerate(keys)
        ]
        answers = [writer.communicate(timeout=300) for writer in writers]
    assert [writer.returncode for writer in writers] == [0] * 8, [err for _, err in answers]
    with sqlite3.connect(path) as connection:
        summaries = {row[0] for row in connection.execute("SELECT summary_da FROM engagements")}
    assert {f"writer-{number} 19" for number in range(8)} <= summaries


def test_two_databases_with_one_stem_keep_their_own_backups(tmp_path: Path) -> None:
    sqlite_file, db_file = tmp_path / "kb.sqlite", tmp_path / "kb.db"
    open_database(sqlite_url(sqlite_file)).close()
    open_database(sqlite_url(db_file)).close()
    theirs = [backup_file(db_file) for _ in range(KEEP_BACKUPS)]
    mine = [backup_file(sqlite_file) for _ in range(3)]
    assert all(path.exists() for path in theirs + mine)
    assert {path.suffix for path in theirs} == {".db"}


def test_a_copy_named_by_a_relative_path_into_backups_is_kept(tmp_path: Path, monkeypatch) -> None:
    kb = tmp_path / "kb.sqlite"
    open_database(sqlite_url(kb)).close()
    for _ in range(KEEP_BACKUPS):
        backup_file(kb)
    monkeypatch.chdir(tmp_path)
    made = backup_file(kb, Path("backups") / "kb-19990101-000000-000000.sqlite")
    assert made.exists()
    assert len(list((tmp_path / "backups").iterdir())) == KEEP_BACKUPS
