"""The helper process behind previews and big tables: answers jobs, and stays stopped."""

from __future__ import annotations

import multiprocessing

from models.schema import open_database

from desktop.helper_service import ROWS
from desktop.workers import BackgroundJobs


def test_a_job_asked_for_after_shutdown_starts_no_new_helper(qtbot, db_url: str) -> None:
    open_database(db_url).close()
    jobs = BackgroundJobs(db_url)
    answers: list[object] = []
    jobs.run(ROWS, None, answers.append, answers.append)
    assert jobs.wait(60)
    assert len(answers) == 1
    stamp, rows = answers[0]  # type: ignore[misc]
    assert rows and stamp[0] == len(rows)
    jobs.shutdown()
    assert multiprocessing.active_children() == []
    jobs.run(ROWS, None, answers.append, answers.append)  # as a late preview refresh would
    assert multiprocessing.active_children() == []
    assert not jobs.busy and len(answers) == 1


def test_a_big_table_loads_in_the_helper_once_shown(qtbot, db_url, monkeypatch, tmp_path):
    import desktop
    from desktop.windows import engagement_browser as main_window

    monkeypatch.setattr(main_window, "BACKGROUND_LOAD_ABOVE", 10)  # the built-in base is "big"
    window = desktop.create_main_window(db_url, settings_path=tmp_path / "s.ini")
    qtbot.addWidget(window)
    assert not window.browser.rows_ready and window.table_model.rowCount() == 0
    assert "Loading" in window.summary_label.text()
    window.show()
    qtbot.waitUntil(lambda: window.browser.rows_ready, timeout=60000)
    with window.database.session() as session:
        from models.queries.engagement_list import count_engagements

        assert window.table_model.rowCount() == count_engagements(session) > 10
    window.close()


def _big_table_window(qtbot, db_url, monkeypatch, tmp_path):
    import desktop
    from desktop.windows import engagement_browser as main_window

    monkeypatch.setattr(main_window, "BACKGROUND_LOAD_ABOVE", 10)
    window = desktop.create_main_window(db_url, settings_path=tmp_path / "s.ini")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.brief.jobs.busy, timeout=5000)  # the rows job is out
    return window


def test_a_preview_asked_for_while_the_rows_load_is_made_after(
    qtbot, db_url, monkeypatch, tmp_path
):
    from tests.desktop.conftest import check_countries

    window = _big_table_window(qtbot, db_url, monkeypatch, tmp_path)
    with qtbot.waitSignal(window.brief.rendered, timeout=60000):
        check_countries(window, "ML")
        window.brief.refresh_now()  # the helper is busy with the rows: it must wait, not drop
    assert window.browser.rows_ready and window.brief.rendered_request.countries == ("ML",)
    window.close()


def test_after_a_failed_first_load_a_reload_fills_the_table(qtbot, db_url, monkeypatch, tmp_path):
    window = _big_table_window(qtbot, db_url, monkeypatch, tmp_path)
    window.brief.jobs._process.kill()  # the helper dies while it reads the rows
    qtbot.waitUntil(lambda: not window.brief.jobs.busy, timeout=10000)
    assert (
        not window.browser.rows_ready and "could not be read" in window.statusBar().currentMessage()
    )
    window.browser.load_rows()  # as after editing the reference lists
    qtbot.waitUntil(lambda: window.browser.rows_ready, timeout=60000)
    assert window.table_model.rowCount() > 10
    window.close()


def test_a_long_answer_arrives_in_parts_one_per_event_loop_turn(qtbot) -> None:
    from multiprocessing import Pipe

    from desktop.helper_service import PART, Parted, answer

    messages = list(answer(7, Parted(("stamp",), list(range(2500)))))
    assert [status for _n, status, _r in messages] == [PART, PART, PART, True]
    jobs = BackgroundJobs("sqlite://")
    ours, helpers = Pipe()
    jobs._connection = ours
    jobs._process = type("Alive", (), {"is_alive": lambda self: True})()
    answers: list[object] = []
    jobs._pending[7] = (answers.append, answers.append)
    for message in messages:
        helpers.send(message)
    jobs.deliver_finished()  # reads one part, then yields to the event loop
    assert answers == [] and len(jobs._parts[7]) == 1000
    jobs.deliver_finished()  # the poll timer's call leaves the rest to that next turn
    assert len(jobs._parts[7]) == 1000
    qtbot.waitUntil(lambda: bool(answers), timeout=5000)
    assert answers == [(("stamp",), list(range(2500)))] and jobs._parts == {}
    jobs._process = None


def test_the_preview_helper_starts_once_the_window_is_drawn(qtbot, db_url, tmp_path) -> None:
    import desktop

    window = desktop.create_main_window(db_url, settings_path=tmp_path / "s.ini")
    qtbot.addWidget(window)
    assert window.brief.jobs._process is None  # nothing spawned before the window shows
    window.show()
    qtbot.waitUntil(lambda: window._painted, timeout=5000)
    qtbot.waitUntil(lambda: window.brief.jobs._process is not None, timeout=5000)
    assert window.brief.jobs._process.is_alive()
    window.close()


class _FakeHelper:
    """Stands in for the helper process where a test feeds the pipe itself."""

    def __init__(self) -> None:
        self.ended = False

    def is_alive(self) -> bool:
        return not self.ended

    def terminate(self) -> None:
        self.ended = True

    def join(self, _timeout: float | None = None) -> None:
        pass


def test_closing_mid_answer_ends_the_helper_at_once_and_calls_nothing_back(qtbot) -> None:
    from multiprocessing import Pipe

    from desktop.helper_service import Parted, answer

    jobs = BackgroundJobs("sqlite://")
    ours, helpers = Pipe()
    helper = _FakeHelper()
    jobs._connection, jobs._process = ours, helper
    answers: list[object] = []
    jobs._pending[3] = (answers.append, answers.append)
    for message in answer(3, Parted("stamp", list(range(2500)))):
        helpers.send(message)
    jobs.deliver_finished()  # one part read, the next turn is due
    jobs.shutdown()  # the window closes meanwhile
    assert helper.ended  # not waited for: its answer would never be read
    qtbot.wait(50)  # the turn that was due comes and goes
    assert answers == [] and jobs._parts == {} and not jobs.busy
