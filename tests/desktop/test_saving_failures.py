"""A save that fails says so by the field, shows what is stored, and loses no typed text.

Before: a locked or refusing database printed a traceback on stderr while the field kept
the new value; a title longer than 32,767 characters was cut on focus-out; undo overwrote a
colleague's later save.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy import select

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from models import entities as e
from models.db import connect, sqlite_path
from models.services.changes import SetEngagementField, apply_change

from tests.desktop.user_actions import click_cell, open_tab

KEY = "strategi-2022-nordafrika-relationer"


def _click_row(window, qtbot, key: str) -> None:
    index = window.table_model.index_of(key)
    proxy = window.table.model()
    view_index = proxy.mapFromSource(index) if hasattr(proxy, "mapFromSource") else index
    window.table.scrollTo(view_index)
    rect = window.table.visualRect(view_index)
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(
        lambda: window.editor.detail is not None and window.editor.detail.row.key == key
    )


def _type_title(window, qtbot, text: str) -> None:
    title = window.editor.overview.title_edit
    qtbot.mouseClick(title, Qt.MouseButton.LeftButton)
    qtbot.keyClick(title, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(title, text)
    qtbot.keyClick(title, Qt.Key.Key_Return)


def _stored_title(window) -> str:
    with window.database.session() as session:
        return session.scalar(select(e.Engagement.title_en).where(e.Engagement.key == KEY))


def _not_saved_box(window) -> QMessageBox | None:
    return window.findChild(QMessageBox, "notSavedDialog")


def test_a_value_the_database_refuses_is_reported_and_the_field_shows_the_stored_one(
    window, qtbot, db_url
) -> None:
    _click_row(window, qtbot, KEY)
    stored = _stored_title(window)
    with sqlite3.connect(sqlite_path(db_url)) as connection:
        connection.execute(
            "CREATE TRIGGER refuse BEFORE UPDATE ON engagements "
            "BEGIN SELECT RAISE(ABORT, 'refused by the server rules'); END"
        )
    _type_title(window, qtbot, "Min nye titel")
    qtbot.waitUntil(lambda: _not_saved_box(window) is not None)
    box = _not_saved_box(window)
    assert "Not saved" in box.text() and "refused" in box.text()
    assert "Min nye titel" in box.detailedText()
    assert window.editor.overview.title_edit.text() == stored == _stored_title(window)
    message = window.editor.overview.fields["title"].message
    assert message.isVisible() and "Not saved" in message.text()
    assert window.context.undo_stack.count() == 0
    box.close()


def test_a_locked_database_is_reported_not_printed(window, qtbot, db_url, capfd) -> None:
    _click_row(window, qtbot, KEY)
    stored = _stored_title(window)
    holder = sqlite3.connect(sqlite_path(db_url), isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        _type_title(window, qtbot, "Titel mens filen er låst")
        qtbot.waitUntil(lambda: _not_saved_box(window) is not None, timeout=40_000)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert "in use by another program" in _not_saved_box(window).text()
    assert window.editor.overview.title_edit.text() == stored == _stored_title(window)
    assert "Traceback" not in capfd.readouterr().err
    _not_saved_box(window).close()


def test_a_long_stored_title_is_not_cut_when_the_field_loses_focus(window, qtbot, db_url) -> None:
    long_title = "Nordafrika " + "og Sahel " * 4_000  # 36,011 characters, from before limits
    with sqlite3.connect(sqlite_path(db_url)) as connection:
        connection.execute("UPDATE engagements SET title_en = ? WHERE key = ?", (long_title, KEY))
    _click_row(window, qtbot, KEY)
    title = window.editor.overview.title_edit
    assert len(title.text()) == len(long_title)
    qtbot.mouseClick(title, Qt.MouseButton.LeftButton)
    qtbot.keyClick(title, Qt.Key.Key_Tab)
    assert _stored_title(window) == long_title


def test_a_title_over_the_limit_is_refused_with_a_message(window, qtbot) -> None:
    _click_row(window, qtbot, KEY)
    stored = _stored_title(window)
    title = window.editor.overview.title_edit
    qtbot.mouseClick(title, Qt.MouseButton.LeftButton)
    qtbot.keyClick(title, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QApplication.clipboard().setText("x" * 501)
    qtbot.keyClick(title, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(title, Qt.Key.Key_Return)
    message = window.editor.overview.fields["title"].message
    assert message.isVisible() and "at most 500" in message.text()
    assert _stored_title(window) == stored
    assert title.text() == "x" * 501  # what was typed stays, to be shortened


def test_undo_after_a_colleagues_save_asks_instead_of_overwriting(window, qtbot, db_url) -> None:
    _click_row(window, qtbot, KEY)
    _type_title(window, qtbot, "Mit udkast")
    assert _stored_title(window) == "Mit udkast"
    colleague = connect(db_url)
    try:
        with colleague.writing() as session, session.begin():
            apply_change(session, SetEngagementField(KEY, "title_en", "Kollegaens titel"))
    finally:
        colleague.close()
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "conflictDialog") is not None)
    box = window.findChild(QMessageBox, "conflictDialog")
    assert _stored_title(window) == "Kollegaens titel"
    reload = next(b for b in box.buttons() if "Reload" in b.text())
    qtbot.mouseClick(reload, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.editor.overview.title_edit.text() == "Kollegaens titel")
    assert _stored_title(window) == "Kollegaens titel"


def test_an_amount_the_database_refuses_is_reported_under_the_table(window, qtbot, db_url) -> None:
    _click_row(window, qtbot, KEY)
    editor = window.editor
    open_tab(qtbot, editor, editor.funding.view.parentWidget())
    view = editor.funding.view
    with window.database.session() as session:
        stored = session.scalars(
            select(e.FundingLine.amount).join(e.Engagement).where(e.Engagement.key == KEY)
        ).first()
    with sqlite3.connect(sqlite_path(db_url)) as connection:
        connection.execute(
            "CREATE TRIGGER refuse BEFORE UPDATE ON funding_lines "
            "BEGIN SELECT RAISE(ABORT, 'refused by the server rules'); END"
        )
    index = view.model().index(0, 0)
    click_cell(qtbot, view, index.row(), index.column())
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editing = view.focusWidget()
    qtbot.keyClick(editing, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editing, "123")
    qtbot.keyClick(editing, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Not saved" in editor.funding.message.text())
    assert "123" not in str(view.model().index(0, 0).data())
    with window.database.session() as session:
        assert (
            session.scalars(
                select(e.FundingLine.amount).join(e.Engagement).where(e.Engagement.key == KEY)
            ).first()
            == stored
        )


def test_a_vanished_server_is_reported_by_the_field(qtbot, settings_path, capfd) -> None:
    import desktop

    from tests.postgres import PostgresCluster

    cluster = PostgresCluster()
    cluster.start()
    running = True
    try:
        window = desktop.create_main_window(cluster.new_database(), settings_path=settings_path)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.table.model().rowCount() > 0, timeout=20_000)
        _click_row(window, qtbot, KEY)
        stored = window.editor.overview.title_edit.text()
        cluster.stop()
        running = False
        _type_title(window, qtbot, "Titel efter nedbrud")
        qtbot.waitUntil(lambda: _not_saved_box(window) is not None, timeout=40_000)
        assert "server" in _not_saved_box(window).text()
        message = window.editor.overview.fields["title"].message
        assert message.isVisible() and "not saved" in message.text().lower()
        assert window.editor.overview.title_edit.text() in (stored, "Titel efter nedbrud")
        assert "Traceback" not in capfd.readouterr().err
        _not_saved_box(window).close()
        window.close()
        window.brief.jobs.wait()
    finally:
        if running:
            cluster.stop()


def test_countries_the_database_refuses_are_reported_by_their_field(window, qtbot, db_url) -> None:
    _click_row(window, qtbot, KEY)
    links = window.editor.overview.links
    countries = links.edits["countries"]
    stored = countries.text()
    with sqlite3.connect(sqlite_path(db_url)) as connection:
        connection.execute(
            "CREATE TRIGGER refuse BEFORE INSERT ON engagement_countries "
            "BEGIN SELECT RAISE(ABORT, 'refused by the server rules'); END"
        )
    qtbot.mouseClick(countries, Qt.MouseButton.LeftButton)
    qtbot.keyClick(countries, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(countries, "Mali")
    qtbot.keyClick(countries, Qt.Key.Key_Escape)  # close the completion list
    qtbot.keyClick(countries, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _not_saved_box(window) is not None)
    assert "Mali" in _not_saved_box(window).detailedText()
    message = links.fields["countries"].message
    assert message.isVisible() and "Not saved" in message.text()
    assert countries.text() == stored
    _not_saved_box(window).close()
