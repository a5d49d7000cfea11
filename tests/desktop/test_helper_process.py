"""The helper process behind previews and big tables: answers jobs, and stays stopped."""

from __future__ import annotations

import multiprocessing

from models.schema import open_database

from reports.service import ROWS

from desktop.workers import BackgroundJobs


def test_a_job_asked_for_after_shutdown_starts_no_new_helper(qtbot, db_url: str) -> None:
    open_database(db_url).close()
    jobs = BackgroundJobs(db_url)
    answers: list[object] = []
    jobs.run(ROWS, None, answers.append, answers.append)
    assert jobs.wait(60)
    assert len(answers) == 1 and isinstance(answers[0], list) and answers[0]
    jobs.shutdown()
    assert multiprocessing.active_children() == []
    jobs.run(ROWS, None, answers.append, answers.append)  # as a late preview refresh would
    assert multiprocessing.active_children() == []
    assert not jobs.busy and len(answers) == 1
