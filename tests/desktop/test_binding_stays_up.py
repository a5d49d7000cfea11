"""The Qt binding does not leak references to None, so a long working day never aborts.

PySide6-Essentials 6.12.0 on Python 3.11 dropped one reference to ``None`` for every Qt call
that returns nothing; the process died with "none_dealloc" after about 150 title saves.
"""

from __future__ import annotations

import sys

import pytest
from sqlalchemy import select

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from models import entities as e

from tests.desktop.user_actions import click_row

KEY = "strategi-2022-nordafrika-relationer"


# From Python 3.12 None is immortal: its count says nothing, and no leak can kill it.
NONE_IS_COUNTED = sys.version_info < (3, 12)


@pytest.mark.skipif(not NONE_IS_COUNTED, reason="None is immortal from Python 3.12")
def test_a_hundred_thousand_qt_calls_keep_every_reference_to_none(qapp) -> None:
    label = QLabel()
    before = sys.getrefcount(None)
    for number in range(100_000):
        label.setText("x" if number % 2 else "y")
    assert abs(sys.getrefcount(None) - before) < 100


def test_five_hundred_typed_title_saves_keep_the_app_alive(window, qtbot) -> None:
    click_row(window, qtbot, KEY)
    title = window.editor.overview.title_edit
    qtbot.waitUntil(lambda: title.text() != "")
    before = sys.getrefcount(None)
    for number in range(500):
        title.setFocus()
        qtbot.keyClick(title, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(title, f"Nordafrika {number}")
        qtbot.keyClick(title, Qt.Key.Key_Return)
    # The undo history holds new references; what must never happen is a fall.
    assert sys.getrefcount(None) >= before or not NONE_IS_COUNTED
    with window.database.session() as session:
        stored = session.scalar(select(e.Engagement.title_en).where(e.Engagement.key == KEY))
    assert stored == "Nordafrika 499"
