"""Several programs opening one new database at once: one creates it, the rest wait and open.

Before: all but one crashed ("table already exists", "database is locked") on both engines.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from models.db import sqlite_url

ROOT = Path(__file__).resolve().parents[2]
OPEN = """
import sys
from sqlalchemy import func, select
from models import entities as e
from models.schema import open_database
database = open_database(sys.argv[1])
with database.session() as session:
    print(session.scalar(select(func.count()).select_from(e.Engagement)))
database.close()
"""


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_six_programs_opening_a_new_database_at_once_all_open_it(engine, tmp_path, request):
    if engine == "postgresql":
        url = request.getfixturevalue("postgres").new_database()
    else:
        url = sqlite_url(tmp_path / "new.sqlite")
    programs = [
        subprocess.Popen(
            [sys.executable, "-c", OPEN, url],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(6)
    ]
    answers = [program.communicate(timeout=300) for program in programs]
    assert [program.returncode for program in programs] == [0] * 6, [err for _, err in answers]
    assert {out.strip() for out, _ in answers} == {"47"}
