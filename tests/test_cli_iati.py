"""``briefing import-iati`` as a user runs it: a real process, real files, a real database."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fixtures import FINLAND, MINISTRY, real, synthetic
from tests.test_cli import briefing, knowledge_base

ROOT = Path(__file__).resolve().parents[1]

FIXTURES = ROOT / "tests" / "models" / "iati_fixtures"


@pytest.mark.parametrize(
    ("path", "activities", "money"),
    [
        real(FINLAND, 6, "budgets: 12, planned disbursements: 0, transactions: 9, results: 0"),
        synthetic(
            MINISTRY, 5, "budgets: 10, planned disbursements: 0, transactions: 8, results: 0"
        ),
    ],
)
def test_import_reports_counts_and_problems_then_a_second_run_changes_nothing(
    tmp_path: Path, path: Path, activities: int, money: str
) -> None:
    url = knowledge_base(tmp_path / "kb.sqlite")  # a dry run only reads: it creates nothing
    files = [str(path), str(FIXTURES / "crafted.xml")]
    engagements = activities + 3  # crafted.xml: 3 imported, 2 skipped
    dry = briefing("--database", url, "import-iati", "--dry-run", *files)
    assert dry.returncode == 0, dry.stderr
    assert "Dry run: nothing was written." in dry.stdout
    assert f"Would add {engagements} engagements." in dry.stdout
    first = briefing("--database", url, "import-iati", *files)
    assert first.returncode == 0, first.stderr
    assert f"{path.name} (IATI 2.03)" in first.stdout
    assert f"activities: {activities} imported, 0 skipped" in first.stdout
    assert money in first.stdout
    assert "activities: 3 imported, 2 skipped" in first.stdout
    assert "problems: critical 2, errors 1, warnings" in first.stdout
    assert "error (line 29) [XM-TEST-1, phase 2/3]: budget of 1000000 has no currency" in (
        first.stdout
    )
    assert f"Added {engagements} engagements." in first.stdout
    again = briefing("--database", url, "import-iati", *files)
    assert "Nothing changed in the knowledge base." in again.stdout
    kept = briefing("--database", url, "import-iati", "--on-conflict", "skip", files[0])
    assert f"{activities} already present and left alone" in kept.stdout


def test_an_unsafe_file_fails_with_a_message_and_exit_code_one(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'kb.sqlite'}"
    result = briefing("--database", url, "import-iati", str(FIXTURES / "xxe.xml"))
    assert result.returncode == 1
    assert "xxe.xml declares a DOCTYPE" in result.stderr
    assert "Traceback" not in result.stderr
