"""A full disk: exports and saves say so in one line, and leave nothing half-written.

Uses a small tmpfs, which needs root (as the tests run in CI); skipped otherwise.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path

import pytest

from models.db import sqlite_url

from tests.test_cli import briefing, knowledge_base


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "small-disk"
    folder.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(folder)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip(f"tmpfs cannot be mounted here: {mounted.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def _fill(folder: Path, leave: int = 0) -> None:
    """Fill the disk, leaving about ``leave`` bytes free."""
    free = shutil.disk_usage(folder).free - leave
    with (folder / "filler").open("wb") as stream, suppress(OSError):  # full, as meant
        stream.write(b"\0" * max(free, 0))


def test_an_export_to_a_full_disk_says_so_and_leaves_no_part(small_disk: Path, tmp_path) -> None:
    url = knowledge_base(tmp_path / "kb.sqlite")
    _fill(small_disk, leave=4096)
    before = sorted(p.name for p in small_disk.iterdir())
    result = briefing(
        "--database", url, "export-pdf", "--country", "ML", "-o", str(small_disk / "b.pdf")
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "is full; nothing was written" in result.stderr
    assert sorted(p.name for p in small_disk.iterdir()) == before


def test_a_save_to_a_full_disk_is_refused_and_the_base_unchanged(
    small_disk: Path, tmp_path
) -> None:
    path = small_disk / "kb.sqlite"
    url = knowledge_base(path)
    dump = tmp_path / "kb.json"
    assert briefing("--database", url, "dump", "-o", str(dump)).returncode == 0
    document = dump.read_text()
    bigger = document.replace('"summary": "', '"summary": "' + "Lang tekst. " * 1500)
    (tmp_path / "bigger.json").write_text(bigger)
    _fill(small_disk, leave=150_000)  # room to open it, not to save 800 KB more
    result = briefing("--database", url, "load", str(tmp_path / "bigger.json"))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "the disk is full" in result.stderr
    (small_disk / "filler").unlink()
    assert briefing("--database", sqlite_url(path), "dump").stdout == document
