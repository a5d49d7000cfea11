"""Commands that read never create, and commands that replace take a backup first.

Each test here failed before: ``copy --from`` a mistyped path replaced a team server's
10,047 engagements with the 47 built-in ones, and ``load --replace`` of an empty file
deleted everything and said "Nothing changed."
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from models.db import sqlite_url

from tests.test_cli import briefing


def _count(path: Path, table: str = "engagements") -> int:
    with sqlite3.connect(path) as connection:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _new_base(path: Path) -> str:
    url = sqlite_url(path)
    made = briefing("--database", url, "db", "upgrade")
    assert made.returncode == 0, made.stderr
    return url


def _kept(output: str) -> Path:
    """The backup a command names in its "kept as PATH" line."""
    return Path(output.split("kept as ", 1)[1].splitlines()[0].strip())


def _shrink_to_one_engagement(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA foreign_keys=ON")
        (keep,) = connection.execute("SELECT min(id) FROM engagements").fetchone()
        connection.execute("DELETE FROM engagements WHERE id <> ?", (keep,))


def test_copy_from_a_mistyped_path_fails_and_leaves_the_target(tmp_path: Path) -> None:
    target = tmp_path / "team.sqlite"
    url = _new_base(target)
    _shrink_to_one_engagement(target)
    missing = tmp_path / "knowlege.sqlite"
    result = briefing("copy", "--from", sqlite_url(missing), "--to", url, "--replace")
    assert result.returncode == 1
    assert "There is no knowledge base at" in result.stderr and "Traceback" not in result.stderr
    assert not missing.exists()
    assert _count(target) == 1


def test_copy_from_a_database_without_a_knowledge_base_is_refused(tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite"
    sqlite3.connect(empty).close()
    target = tmp_path / "target.sqlite"
    result = briefing("copy", "--from", sqlite_url(empty), "--to", sqlite_url(target))
    assert result.returncode == 1
    assert "holds no knowledge base" in result.stderr


def test_copy_into_a_knowledge_base_asks_for_replace(tmp_path: Path) -> None:
    source, target = tmp_path / "source.sqlite", tmp_path / "target.sqlite"
    _new_base(source)
    _new_base(target)
    _shrink_to_one_engagement(target)
    refused = briefing("copy", "--from", sqlite_url(source), "--to", sqlite_url(target))
    assert refused.returncode == 1 and "--replace" in refused.stderr
    assert "1 engagements" in refused.stderr
    assert _count(target) == 1


def test_copy_with_replace_backs_up_the_target_and_says_what_it_replaced(tmp_path: Path) -> None:
    source, target = tmp_path / "source.sqlite", tmp_path / "target.sqlite"
    _new_base(source)
    _new_base(target)
    _shrink_to_one_engagement(target)
    result = briefing("copy", "--from", sqlite_url(source), "--to", sqlite_url(target), "--replace")
    assert result.returncode == 0, result.stderr
    assert "Replaced 1 engagements" in result.stdout
    backup = _kept(result.stdout)
    assert _count(backup) == 1
    assert _count(target) == _count(source)


def test_copy_to_a_server_keeps_a_dump_of_what_it_replaced(tmp_path: Path, postgres) -> None:
    source = tmp_path / "source.sqlite"
    _new_base(source)
    server = postgres.new_database()
    assert briefing("--database", server, "db", "upgrade").returncode == 0
    _shrink_to_one_engagement(source)
    result = briefing("copy", "--from", sqlite_url(source), "--to", server, "--replace")
    assert result.returncode == 0, result.stderr
    dump = _kept(result.stdout)
    assert dump.is_relative_to(tmp_path / "xdg-data" / "briefing-builder" / "backups")
    assert len(json.loads(dump.read_text())["engagements"]) == 47
    back = briefing("--database", server, "load", "--replace", str(dump))
    assert back.returncode == 0, back.stderr
    assert "Replaced 1 engagements" in back.stdout


def test_commands_that_read_never_create_a_named_database(tmp_path: Path) -> None:
    missing = tmp_path / "typo.sqlite"
    for command in (
        ["dump"],
        ["backup"],
        ["export-csv", "-o", str(tmp_path / "out.csv")],
        ["export-pdf", "-o", str(tmp_path / "out.pdf")],
    ):
        result = briefing("--database", sqlite_url(missing), *command)
        assert result.returncode == 1, command
        assert "There is no knowledge base at" in result.stderr
        assert not missing.exists(), command


def test_load_replace_of_a_file_without_records_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "kb.sqlite"
    url = _new_base(path)
    empty = tmp_path / "empty.json"
    empty.write_text('{"format": "briefing-builder/1"}')
    before = _count(path)
    refused = briefing("--database", url, "load", "--replace", str(empty))
    assert refused.returncode == 1 and "--allow-empty" in refused.stderr
    assert _count(path) == before
    allowed = briefing("--database", url, "load", "--replace", "--allow-empty", str(empty))
    assert allowed.returncode == 0, allowed.stderr
    assert f"Replaced {before} engagements" in allowed.stdout
    backup = _kept(allowed.stdout)
    assert _count(path) == 0 and _count(backup) == before


def test_load_replace_of_a_partial_file_reports_and_keeps_what_it_deletes(tmp_path: Path) -> None:
    path = tmp_path / "kb.sqlite"
    url = _new_base(path)
    dumped = json.loads(briefing("--database", url, "dump").stdout)
    partial = tmp_path / "sources-only.json"
    partial.write_text(json.dumps({"format": dumped["format"], "sources": dumped["sources"]}))
    result = briefing("--database", url, "load", "--replace", str(partial))
    assert result.returncode == 0, result.stderr
    assert "Nothing changed" not in result.stdout
    assert "Replaced 47 engagements" in result.stdout
    backup = _kept(result.stdout)
    restored = briefing("--database", url, "restore", str(backup))
    assert restored.returncode == 0, restored.stderr
    assert _count(path) == 47


def test_no_password_is_printed_in_any_url_form(tmp_path: Path) -> None:
    for url in (
        "postgresql+psycopg://briefing:s3cret@127.0.0.1:1/none",
        "postgresql+psycopg://briefing@127.0.0.1:1/none?password=s3cret",
    ):
        shown = briefing("--database", url, "db", "path")
        assert "s3cret" not in shown.stdout + shown.stderr
        failed = briefing("--database", url, "db", "upgrade")
        assert failed.returncode == 1
        assert "s3cret" not in failed.stdout + failed.stderr


def test_texts_saved_before_the_limits_still_copy_and_restore(tmp_path: Path) -> None:
    """A base holding an Arabic name and a 100,000-character title (allowed once) must stay
    movable: copy takes texts as stored, and load --restore puts a dump of it back."""
    source = tmp_path / "old.sqlite"
    url = _new_base(source)
    with sqlite3.connect(source) as connection:
        connection.execute("UPDATE organisations SET name_da = 'وزارة الخارجية' WHERE id = 1")
        connection.execute("UPDATE engagements SET title_da = ? WHERE id = 1", ("Lang " * 20_000,))
    copied = tmp_path / "copied.sqlite"
    result = briefing("copy", "--from", url, "--to", sqlite_url(copied))
    assert result.returncode == 0, result.stderr
    dump = tmp_path / "old.json"
    assert briefing("--database", url, "dump", "-o", str(dump)).returncode == 0
    assert briefing("--database", sqlite_url(copied), "dump").stdout == dump.read_text()
    strict = briefing("--database", sqlite_url(copied), "load", "--replace", str(dump))
    assert strict.returncode == 1 and "Arabic script" in strict.stderr
    restored = briefing(
        "--database", sqlite_url(copied), "load", "--replace", "--restore", str(dump)
    )
    assert restored.returncode == 0, restored.stderr
    assert briefing("--database", sqlite_url(copied), "dump").stdout == dump.read_text()


def test_a_merge_that_overwrites_records_keeps_their_old_values(tmp_path: Path) -> None:
    path = tmp_path / "kb.sqlite"
    url = _new_base(path)
    document = json.loads(briefing("--database", url, "dump").stdout)
    old_title = document["engagements"][0]["title"]["da"]
    document["engagements"][0]["title"] = {"da": "Ny titel fra filen", "en": "A new title"}
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    result = briefing("--database", url, "load", str(changed))
    assert result.returncode == 0, result.stderr
    backup = _kept(result.stdout)
    with sqlite3.connect(backup) as connection:
        titles = {row[0] for row in connection.execute("SELECT title_da FROM engagements")}
    assert old_title in titles and "Ny titel fra filen" not in titles


def test_a_merge_that_changes_nothing_leaves_the_backups_as_they_were(tmp_path: Path) -> None:
    path = tmp_path / "kb.sqlite"
    url = _new_base(path)
    dump = tmp_path / "kb.json"
    assert briefing("--database", url, "dump", "-o", str(dump)).returncode == 0
    for _ in range(10):
        assert briefing("--database", url, "backup").returncode == 0
    before = sorted((tmp_path / "backups").iterdir())
    again = briefing("--database", url, "load", str(dump))
    assert again.stdout.strip() == "Nothing changed."
    assert sorted((tmp_path / "backups").iterdir()) == before
