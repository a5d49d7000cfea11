"""A built wheel carries everything the program reads at run time, not only the code."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_wheel_ships_knowledge_base_migrations_and_the_console_script(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("briefing_builder-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "resources/knowledge/builtin.json" in names
    assert "models/migrations/env.py" in names
    assert "models/migrations/script.py.mako" in names
    assert "models/migrations/versions/0001_initial_schema.py" in names
    assert not any(name.startswith("tests/") for name in names)
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "briefing = desktop.cli.main:main" in zipfile.ZipFile(wheel).read(entry_points).decode()
