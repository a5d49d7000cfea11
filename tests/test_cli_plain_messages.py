"""Bad files, bad places and busy databases get one plain line and a non-zero exit.

Each case printed a traceback before (or, for the file targets, replaced what was there).
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.test_cli import ROOT, briefing, knowledge_base


def _refused(result: subprocess.CompletedProcess[str], words: str) -> None:
    assert result.returncode == 1, result.stdout
    assert "Traceback" not in result.stderr
    assert words in result.stderr, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


@pytest.mark.parametrize("command", ["dump", "export-csv", "export-xlsx", "export-pdf"])
def test_an_export_into_a_missing_folder_says_so(tmp_path: Path, command: str) -> None:
    url = knowledge_base(tmp_path / "kb.sqlite")
    result = briefing("--database", url, command, "-o", str(tmp_path / "nowhere" / "out"))
    _refused(result, "does not exist; nothing was written")


def test_a_target_that_is_no_regular_file_is_refused_and_left(tmp_path: Path) -> None:
    url = knowledge_base(tmp_path / "kb.sqlite")
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    _refused(briefing("--database", url, "dump", "-o", str(pipe)), "not a regular file")
    assert stat.S_ISFIFO(pipe.stat().st_mode)
    _refused(briefing("--database", url, "dump", "-o", str(tmp_path)), "is a folder")


def test_an_export_keeps_the_targets_mode_and_its_link(tmp_path: Path) -> None:
    url = knowledge_base(tmp_path / "kb.sqlite")
    real = tmp_path / "shared.json"
    real.write_text("old")
    real.chmod(0o640)
    link = tmp_path / "link.json"
    link.symlink_to(real)
    result = briefing("--database", url, "dump", "-o", str(link))
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and json.loads(real.read_text())["format"]
    assert stat.S_IMODE(real.stat().st_mode) == 0o640
    fresh = tmp_path / "fresh.json"
    assert briefing("--database", url, "dump", "-o", str(fresh)).returncode == 0
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~_umask()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_restore_of_a_folder_is_refused(tmp_path: Path) -> None:
    url = knowledge_base(tmp_path / "kb.sqlite")
    _refused(briefing("--database", url, "restore", str(tmp_path)), "is a folder")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("[" * 100_000, "nested too deeply"),
        ('{"format": "briefing-builder/1", "n": ' + "7" * 5_000 + "}", "number too long"),
        (
            '{"format": "briefing-builder/1", "sources": [{"key": "s", "title": "a\\ud800"}]}',
            "control character",
        ),
        (
            '{"format": "briefing-builder/1", "sources": [{"key": "s", "title": "a\\u0000b"}]}',
            "control character",
        ),
    ],
    ids=["deep nesting", "5,000 digits", "lone surrogate", "NUL"],
)
def test_a_hostile_knowledge_file_is_refused_in_one_line(tmp_path: Path, text, words) -> None:
    url = knowledge_base(tmp_path / "kb.sqlite")
    hostile = tmp_path / "hostile.json"
    hostile.write_text(text)
    _refused(briefing("--database", url, "load", str(hostile)), words)


HOLD_LOCKED = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA journal_mode=DELETE")
connection.execute("BEGIN EXCLUSIVE")
connection.execute("UPDATE engagements SET title_da = title_da")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
"""


@contextmanager
def _held(path: Path, journal: str) -> Iterator[None]:
    """Another program holding ``path`` locked for as long as the block runs."""
    script = HOLD_LOCKED.replace("DELETE", journal)
    with subprocess.Popen(
        [sys.executable, "-c", script, str(path), "120"],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    ) as holder:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        try:
            yield
        finally:
            holder.kill()


def test_a_file_held_by_another_program_is_called_in_use_not_damaged(tmp_path: Path) -> None:
    path = tmp_path / "kb.sqlite"
    url = knowledge_base(path)
    with _held(path, "DELETE"):
        result = briefing("--database", url, "dump")
    _refused(result, "in use by another program")
    assert "damaged" not in result.stderr


def test_restore_into_a_locked_database_gives_up_in_time(tmp_path: Path) -> None:
    path = tmp_path / "kb.sqlite"
    url = knowledge_base(path)
    copy = tmp_path / "copy.sqlite"
    assert briefing("--database", url, "backup", "-o", str(copy)).returncode == 0
    started = time.monotonic()
    with _held(path, "WAL"):
        result = briefing("--database", url, "restore", str(copy))
    assert time.monotonic() - started < 40
    assert result.returncode == 1 and "stayed in use by another program" in result.stderr
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".") and p.stat().st_size == 0]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('{"format": "briefing-builder/1", "format": "briefing-builder/1"}', "“format” twice"),
        (
            '{"format": "briefing-builder/1", "sources": ['
            '{"key": "s", "title": "Et"}, {"key": "s", "title": "To"}]}',
            "“s” appears twice in “sources”",
        ),
        (
            '{"format": "briefing-builder/1", "engagements": [{"key": "e", "title": "E", '
            '"funding": [{"key": "f", "amount": 1}, {"key": "f", "amount": 2}]}]}',
            "“f” appears twice in “funding”",
        ),
    ],
    ids=["repeated name", "repeated key", "repeated funding line"],
)
def test_a_file_with_a_key_twice_is_refused_naming_the_key(tmp_path: Path, text, words) -> None:
    url = knowledge_base(tmp_path / "kb.sqlite")
    repeated = tmp_path / "repeated.json"
    repeated.write_text(text)
    _refused(briefing("--database", url, "load", str(repeated)), words)


def test_a_knowledge_file_over_the_size_limit_is_refused_unread(tmp_path: Path) -> None:
    from models.interchange.fileformat import MAX_FILE_BYTES

    url = knowledge_base(tmp_path / "kb.sqlite")
    huge = tmp_path / "huge.json"
    with huge.open("wb") as stream:  # sparse: takes no disk, and is never read
        stream.truncate(MAX_FILE_BYTES + 1)
    _refused(briefing("--database", url, "load", str(huge)), "may be at most 300 MB")


@pytest.mark.parametrize(
    ("title", "words"),
    [
        ("Møde med الوزير", "Arabic script"),
        ("שלום עליכם", "Hebrew script"),
        ("Danmark 🇩🇰", "a flag"),
        ("Familie 👨‍👩‍👧", "a joined emoji"),
    ],
    ids=["Arabic", "Hebrew", "flag", "joined emoji"],
)
def test_text_a_brief_would_print_wrong_is_refused_where_it_is_entered(
    tmp_path: Path, title: str, words: str
) -> None:
    """Before: flags and joined emoji printed as boxes, Arabic and Hebrew reversed."""
    url = knowledge_base(tmp_path / "kb.sqlite")
    record = {"format": "briefing-builder/1", "sources": [{"key": "s", "title": title}]}
    entered = tmp_path / "entered.json"
    entered.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    _refused(briefing("--database", url, "load", str(entered)), words)
    output = tmp_path / "brief.pdf"
    brief = briefing(
        "--database", url, "export-pdf", "--country", "ML", "--title", title, "-o", str(output)
    )
    _refused(brief, words)
    assert not output.exists()


def test_a_character_the_fonts_lack_is_refused_when_the_brief_is_made(tmp_path: Path) -> None:
    """Entered text may hold any script; a brief never prints a box in its place."""
    path = tmp_path / "kb.sqlite"
    url = knowledge_base(path)
    with sqlite3.connect(path) as connection:
        connection.execute(
            "UPDATE engagements SET title_da = 'Møde i 東京 om Sahel ❤️' WHERE id = ("
            "SELECT min(e.id) FROM engagements e JOIN engagement_countries ec "
            "ON ec.engagement_id = e.id JOIN countries c ON c.id = ec.country_id "
            "WHERE c.iso2 = 'ML')"
        )
    output = tmp_path / "brief.pdf"
    result = briefing("--database", url, "export-pdf", "--country", "ML", "-o", str(output))
    _refused(result, "“東” (U+6771), which its fonts cannot print: “Møde i 東京 om Sahel")
    assert not output.exists()
