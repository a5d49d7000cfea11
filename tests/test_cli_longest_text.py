"""The longest text each rule accepts lays out; anything longer is refused where it is entered.

Before: a 100,000-character engagement title broke export-pdf with a LayoutError, and a
brief title took 9.5 s at 8,000 characters and did not finish at 100,000.
"""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

from models.services.validation import TEXT_LENGTH, TITLE_LENGTH

from tests.reports.pdf_reading import all_text
from tests.test_cli import briefing, knowledge_base

MALI_ENGAGEMENT = (
    "SELECT min(e.id) FROM engagements e JOIN engagement_countries ec ON ec.engagement_id = e.id "
    "JOIN countries c ON c.id = ec.country_id WHERE c.iso2 = 'ML'"
)


def _export_mali(url: str, output: Path, *options: str) -> subprocess.CompletedProcess[str]:
    return briefing("--database", url, "export-pdf", "--country", "ML", *options, "-o", str(output))


def test_a_brief_lays_out_the_longest_unbroken_title_and_summary(tmp_path: Path) -> None:
    path = tmp_path / "kb.sqlite"
    url = knowledge_base(path)
    with sqlite3.connect(path) as connection:
        connection.execute(
            f"UPDATE engagements SET title_da = ?, summary_da = ? WHERE id = ({MALI_ENGAGEMENT})",
            ("T" * TITLE_LENGTH, "S" * TEXT_LENGTH),
        )
    output = tmp_path / "mali.pdf"
    result = _export_mali(url, output, "--title", "B" * TITLE_LENGTH)
    assert result.returncode == 0, result.stderr
    assert "TTTTTTTTTT" in all_text(output.read_bytes()).replace("\n", "")


def test_a_brief_title_over_the_limit_is_refused_at_once(tmp_path: Path) -> None:
    url = knowledge_base(tmp_path / "kb.sqlite")
    output = tmp_path / "long.pdf"
    result = _export_mali(url, output, "--title", "B" * 100_000)
    assert result.returncode == 1
    assert "at most 500 fit" in result.stderr and "Traceback" not in result.stderr
    assert not output.exists()


def test_a_title_saved_before_the_limits_gives_a_message_not_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "kb.sqlite"
    url = knowledge_base(path)
    with sqlite3.connect(path) as connection:
        connection.execute(
            f"UPDATE engagements SET title_da = ? WHERE id = ({MALI_ENGAGEMENT})", ("T" * 100_000,)
        )
    output = tmp_path / "mali.pdf"
    result = _export_mali(url, output)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "too long to fit on a page" in result.stderr
    assert not output.exists()
