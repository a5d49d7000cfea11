"""Every option typed or picked in the brief panel reaches the brief and comes back after a
restart (the options are the brief's, not records: they have no undo step, and Ctrl+Z in a
text option undoes the typing there)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

import desktop

from tests.desktop.user_actions import CTRL, open_tab


@dataclass(frozen=True)
class Option:
    name: str
    widget: str  # the brief panel's attribute
    typed: str  # "" for a pick or a tick
    in_request: Callable[[Any], Any]  # what the brief asks for once the option is set


OPTIONS = [
    Option("language", "language", "", lambda r: r.language),
    Option("classification", "classification", "TIL TJENESTEBRUG", lambda r: r.classification),
    Option("purpose", "purpose", "", lambda r: r.purpose.value),
    Option("to", "addressee", "Udenrigsministeren", lambda r: r.addressee),
    Option("author", "author", "Jens Jensen", lambda r: r.author),
    Option("unit", "unit", "Afrika, Politik og Udvikling", lambda r: r.unit),
    Option("case number", "case_number", "2026-12345", lambda r: r.case_number),
    Option("name who updated", "updated_by", "", lambda r: r.show_updated_by),
    Option("sections", "sections", "", lambda r: tuple(s.value for s in r.sections)),
]


def _set(qtbot, widget: QWidget, option: Option) -> None:
    if isinstance(widget, QCheckBox):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        return
    if option.name == "sections":  # click the second section, Space unticks it
        place = widget.visualItemRect(widget.item(1)).center()
        qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=place)
        qtbot.keyClick(widget, Qt.Key.Key_Space)
        return
    if isinstance(widget, QComboBox) and not option.typed:
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        key = Qt.Key.Key_Down if widget.currentIndex() < widget.count() - 1 else Qt.Key.Key_Up
        qtbot.keyClick(widget, key)
        return
    line = widget.lineEdit() if isinstance(widget, QComboBox) else widget
    assert isinstance(line, QLineEdit)
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton)
    qtbot.keyClick(line, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(line, option.typed)
    qtbot.keyClick(line, Qt.Key.Key_Tab)


@pytest.mark.parametrize("option", OPTIONS, ids=[option.name for option in OPTIONS])
def test_every_brief_option_reaches_the_brief_and_survives_a_restart(
    qtbot, db_url, tmp_path: Path, option: Option
):
    settings = tmp_path / "s.ini"
    window = desktop.create_main_window(db_url, settings_path=settings)
    qtbot.addWidget(window)
    window.show()
    open_tab(qtbot, window.side_tabs, window.brief)
    before = option.in_request(window.brief.request())
    _set(qtbot, getattr(window.brief, option.widget), option)
    after = option.in_request(window.brief.request())
    assert after != before
    window.close()
    window.brief.jobs.wait()

    again = desktop.create_main_window(db_url, settings_path=settings)
    qtbot.addWidget(again)
    assert option.in_request(again.brief.request()) == after, "after a restart"
    again.close()
    again.brief.jobs.wait()
