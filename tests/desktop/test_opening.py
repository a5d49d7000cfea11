"""Opening databases that cannot be used, and the app's languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from models.db import sqlite_url
from models.errors import DatabaseOpenError

import desktop
from desktop.dialogs.database_error import database_error_box


def test_a_corrupt_database_shows_the_error_dialog_and_stays_unchanged(qtbot, tmp_path: Path):
    path = tmp_path / "kb.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + b"\x13" * 5000)
    before = path.read_bytes()
    with pytest.raises(DatabaseOpenError) as raised:
        desktop.create_main_window(sqlite_url(path), settings_path=tmp_path / "s.ini")
    box = database_error_box(str(raised.value))
    qtbot.addWidget(box)
    box.show()
    assert "has not been changed" in box.informativeText()
    assert box.open_other.isVisible() and box.create_new.isVisible()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Close), Qt.MouseButton.LeftButton)
    assert path.read_bytes() == before


def test_the_danish_interface_shows_danish_labels(qtbot, db_url, tmp_path: Path):
    settings = tmp_path / "s.ini"
    settings.write_text("[ui]\nlanguage=da\n", encoding="utf-8")
    window = desktop.create_main_window(db_url, settings_path=settings)
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:2] == ["&Filer", "&Rediger"]
    assert window.search_box.placeholderText().startswith("Søg")
    assert window.side_tabs.tabText(1) == "&Notat"
    window.close()
    desktop.create_main_window(db_url, settings_path=tmp_path / "en.ini").close()


SIZES = ((1024, 640), (1280, 800), (1920, 1080))
KEY_COLUMNS = (0, 1, 5, 6, 7)  # title, countries, period, DKK, status


def _grabs_folder(tmp_path: Path) -> Path:
    """Where the grabs go to be looked at: BRIEFING_GRABS if set, else the test's folder."""
    import os

    folder = Path(os.environ.get("BRIEFING_GRABS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_window_grabs_at_each_size_show_the_key_columns(window, qtbot, tmp_path: Path):
    folder = _grabs_folder(tmp_path)
    for width, height in SIZES:
        window.resize(width, height)
        qtbot.wait(50)
        assert window.grab().save(str(folder / f"main-{width}x{height}.png"))
        if width < 1280:
            continue
        header = window.table.horizontalHeader()
        visible = window.table.viewport().width()
        for column in KEY_COLUMNS:
            right = header.sectionViewportPosition(column) + header.sectionSize(column)
            assert header.sectionViewportPosition(column) >= 0 and right <= visible + 2, (
                width,
                column,
            )


def test_a_4k_screen_at_200_percent_draws_the_window_sharp(db_url, tmp_path: Path):
    import os
    import subprocess
    import sys

    folder = _grabs_folder(tmp_path)
    target = folder / "main-3840x2160-200pct.png"
    code = (
        "import sys, desktop\n"
        "w = desktop.create_main_window(sys.argv[1], settings_path=sys.argv[3])\n"
        "w.resize(1920, 1080); w.show()\n"
        "from PySide6.QtWidgets import QApplication\n"
        "QApplication.processEvents()\n"
        "image = w.grab().toImage()\n"
        "print(image.width(), image.height(), image.devicePixelRatio())\n"
        "image.save(sys.argv[2]); w.close()\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "2"}
    result = subprocess.run(
        [sys.executable, "-c", code, db_url, str(target), str(tmp_path / "4k.ini")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    width, height, ratio = result.stdout.split()[-3:]
    assert (int(width), int(height), float(ratio)) == (3840, 2160, 2.0)
    assert target.exists()


def test_at_1280x800_the_preview_shows_a_whole_page(window, qtbot, tmp_path: Path):
    from PySide6.QtCore import Qt
    from PySide6.QtPdfWidgets import QPdfView

    from tests.desktop.conftest import check_countries
    from tests.desktop.user_actions import open_tab

    window.resize(1280, 800)
    check_countries(window, "ML")
    open_tab(qtbot, window.side_tabs, window.brief)
    qtbot.waitUntil(lambda: window.brief.document.pageCount() > 0, timeout=30000)
    brief = window.brief
    assert not brief.options.isVisible()  # folded in a short window
    assert brief.view.zoomMode() == QPdfView.ZoomMode.FitInView
    qtbot.wait(100)
    assert window.grab().save(str(_grabs_folder(tmp_path) / "main-1280x800-brief.png"))
    qtbot.mouseClick(brief.options_toggle, Qt.MouseButton.LeftButton)
    assert brief.options.isVisible()  # the user opens them; they stay open
    window.resize(1280, 700)
    qtbot.wait(50)
    assert brief.options.isVisible()
