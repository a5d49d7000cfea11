"""Two app windows on one PostgreSQL knowledge base: edits are shared, conflicts caught."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from models.db import without_password

import desktop
from desktop.dialogs.connect_server import server_url

KEY = "strategi-2022-nordafrika-relationer"


def test_two_windows_on_one_server_share_edits_and_catch_conflicts(qtbot, postgres, tmp_path: Path):
    url = postgres.new_database()
    first = desktop.create_main_window(url, settings_path=tmp_path / "one.ini")
    second = desktop.create_main_window(url, settings_path=tmp_path / "two.ini")
    for window in (first, second):
        qtbot.addWidget(window)
        window.table.setCurrentIndex(window.table_model.index_of(KEY))
    model = first.editor.funding.lines_model
    assert model.setData(model.index(0, 0), "150000000", Qt.ItemDataRole.EditRole)
    assert second.check_for_changes_by_others()
    assert "150" in second.table_model.index_of(KEY).siblingAtColumn(6).data()
    first.editor.overview.title_edit.setText("Nordafrika (første)")
    first.editor.overview.title_edit.editingFinished.emit()
    second.editor.show_engagement(None)
    second.editor.show_engagement(KEY)
    stale = second.editor.detail
    first.editor.overview.title_edit.setText("Nordafrika (første, igen)")
    first.editor.overview.title_edit.editingFinished.emit()
    second.editor.session.detail = stale  # the second person still looks at the older version
    second.editor.overview.title_edit.setText("Nordafrika (anden)")
    second.editor.overview.title_edit.editingFinished.emit()
    assert second.editor.session.conflict_box is not None
    assert "første, igen" in second.editor.session.conflict_box.informativeText()
    second.editor.session.resolve_conflict(overwrite=False)
    assert second.editor.overview.title_edit.text() == "Nordafrika (første, igen)"
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
