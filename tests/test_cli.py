"""The ``briefing`` command as a user runs it: a real process, a real database file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def knowledge_base(path: Path) -> str:
    """A new knowledge base with the built-in facts (commands that read never create one)."""
    from models.db import sqlite_url
    from models.schema import open_database

    url = sqlite_url(path)
    open_database(url).close()
    return url


def briefing(
    *arguments: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", *arguments],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=environment,
        timeout=120,
    )


def test_db_path_prints_the_url_from_the_environment(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'kb.sqlite'}"
    result = briefing("db", "path", env={"BRIEFING_DATABASE_URL": url})
    assert result.stdout.strip() == url


def test_default_database_lives_in_the_user_data_folder(tmp_path: Path) -> None:
    result = briefing("db", "path")
    assert result.stdout.strip().endswith("briefing-builder/knowledge.sqlite")
    assert str(tmp_path / "xdg-data") in result.stdout


def test_dump_load_replace_dump_is_byte_identical(tmp_path: Path) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    one, two = knowledge_base(tmp_path / "one.sqlite"), f"sqlite:///{tmp_path / 'two.sqlite'}"
    assert briefing("--database", one, "dump", "-o", str(first)).returncode == 0
    loaded = briefing("--database", two, "load", "--replace", str(first))
    assert loaded.returncode == 0, loaded.stderr
    assert briefing("--database", two, "dump", "-o", str(second)).returncode == 0
    assert first.read_bytes() == second.read_bytes()
    again = briefing("--database", two, "load", str(first))
    assert again.stdout.strip() == "Nothing changed."


def test_dump_of_a_new_database_lists_every_seed_source(tmp_path: Path) -> None:
    result = briefing("--database", knowledge_base(tmp_path / "kb.sqlite"), "dump")
    document = json.loads(result.stdout)
    publishers = {source["publisher"] for source in document["sources"]}
    assert {"Udenrigsministeriet", "Institut for Menneskerettigheder"} <= publishers
    assert len(document["sources"]) == 5


def test_a_bad_file_is_refused_with_the_record_and_field(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps({"format": "briefing-builder/1", "sources": [{"key": "s", "title": ""}]}),
        encoding="utf-8",
    )
    result = briefing("--database", f"sqlite:///{tmp_path / 'kb.sqlite'}", "load", str(bad))
    assert result.returncode == 1
    assert "source “s”, title: must not be empty" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_corrupt_database_gives_a_message_not_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "kb.sqlite"
    path.write_bytes(b"garbage" * 100)
    result = briefing("--database", f"sqlite:///{path}", "dump")
    assert result.returncode == 1
    assert "not a SQLite file" in result.stderr
    assert path.read_bytes() == b"garbage" * 100


def test_backup_and_restore_commands(tmp_path: Path) -> None:
    url = knowledge_base(tmp_path / "kb.sqlite")
    copy = tmp_path / "copy.sqlite"
    made = briefing("--database", url, "backup", "-o", str(copy))
    assert made.returncode == 0, made.stderr
    assert copy.exists()
    restored = briefing("--database", url, "restore", str(copy))
    assert restored.returncode == 0, restored.stderr
    assert "previous knowledge base was kept" in restored.stdout
    assert list((tmp_path / "backups").glob("kb-*.sqlite"))
    refused = briefing("--database", url, "restore", str(tmp_path / "missing.sqlite"))
    assert refused.returncode == 1 and "There is no file" in refused.stderr
