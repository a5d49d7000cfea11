"""Two app windows on one PostgreSQL knowledge base: edits are shared, conflicts caught."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from models.db import without_password

import desktop
from desktop.dialogs.connect_server import server_url

from tests.desktop.user_actions import (
    CTRL,
    click_row,
    open_tab,
    reactivated,
    type_in_cell,
    type_into,
)

KEY = "strategi-2022-nordafrika-relationer"


def test_two_windows_on_one_server_share_edits_and_catch_conflicts(qtbot, postgres, tmp_path: Path):
    url = postgres.new_database()
    first = desktop.create_main_window(url, settings_path=tmp_path / "one.ini")
    second = desktop.create_main_window(url, settings_path=tmp_path / "two.ini")
    for window in (first, second):
        qtbot.addWidget(window)
        window.show()
        click_row(window, qtbot, KEY)
    open_tab(qtbot, first.editor, first.editor.funding)
    type_in_cell(qtbot, first.editor.funding.view, 0, 0, "150000000")
    reactivated(qtbot, second)  # the second person comes back to their window: it reloads
    qtbot.waitUntil(lambda: "150" in second.table_model.index_of(KEY).siblingAtColumn(6).data())
    reactivated(qtbot, first)
    type_into(qtbot, first.editor.overview.title_edit, "Nordafrika (foerste)")
    reactivated(qtbot, second)
    qtbot.waitUntil(lambda: second.editor.overview.title_edit.text() == "Nordafrika (foerste)")
    reactivated(qtbot, first)
    type_into(qtbot, first.editor.overview.title_edit, "Nordafrika (foerste, igen)")
    # The second person types over the older title without coming back to the window
    # first (keys go to the window the desktop gives them; here: straight to the field).
    title = second.editor.overview.title_edit
    qtbot.keyClick(title, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(title, "Nordafrika (anden)")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    box = second.editor.session.conflict_box
    assert box is not None
    assert "foerste, igen" in box.informativeText()
    reload = next(button for button in box.buttons() if button.text() == "Reload theirs")
    qtbot.mouseClick(reload, Qt.MouseButton.LeftButton)
    assert second.editor.overview.title_edit.text() == "Nordafrika (foerste, igen)"
    first.close()
    second.close()


def test_server_addresses_are_stored_without_the_password() -> None:
    url = server_url("db.example", 5432, "briefing", "karen", "hemmelig/kode")
    assert "hemmelig" in url
    assert without_password(url) == "postgresql+psycopg://karen@db.example:5432/briefing"


def test_a_password_in_the_query_is_not_stored_either(settings_path: Path) -> None:
    from desktop.settings import Settings

    settings = Settings(settings_path)
    settings.add_recent_file(
        without_password("postgresql+psycopg://karen@db.example/briefing?password=hemmelig")
    )
    settings.sync()
    assert "hemmelig" not in settings_path.read_text()
    assert settings.get("files/recent") == ["postgresql+psycopg://karen@db.example/briefing"]
