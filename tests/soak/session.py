"""``make soak``: a long scripted session of real keystrokes and clicks on the real window.

A desk officer's day in fast motion: click rows, type titles and press Return, undo and
redo with the keyboard, switch tabs, search, type into the brief options. It stops after
``--minutes`` (default 30) and prints what it did; a crash, a traceback on stderr or a
stored title that differs from the last one typed fails it (exit 1).

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.soak.session --minutes 30``
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

from PySide6.QtCore import QEvent, QEventLoop, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QTabWidget

from models import entities as e
from models.db import sqlite_url

import desktop
from desktop.app import application


def settle(milliseconds: int = 5) -> None:
    """Let the event loop run for a moment, as a user's pause between keys would."""
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def click_row(window, row: int) -> None:
    table = window.table
    index = table.model().index(row, 0)
    table.scrollTo(index)
    QTest.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
    )


def type_text(widget, text: str) -> None:
    """Key presses for each character; Danish letters as the key events a keyboard sends
    (QTest maps only ASCII characters to keys)."""
    for character in text:
        if character.isascii():
            QTest.keyClicks(widget, character)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character)
            )


def type_title(window, text: str) -> None:
    title: QLineEdit = window.editor.overview.title_edit
    QTest.mouseClick(title, Qt.MouseButton.LeftButton)
    QTest.keyClick(title, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(title, text)
    QTest.keyClick(title, Qt.Key.Key_Return)


def close_boxes(window) -> int:
    boxes = [box for box in window.findChildren(QMessageBox) if box.isVisible()]
    for box in boxes:
        box.close()
    return len(boxes)


def run(minutes: float, seed: int) -> int:
    failures: list[str] = []
    default_hook = sys.excepthook

    def record(kind: type[BaseException], error: BaseException, trace: object) -> None:
        failures.append(f"{kind.__name__}: {error}")
        default_hook(kind, error, trace)  # type: ignore[arg-type]

    sys.excepthook = record  # an exception in a slot is printed through the hook
    chance = random.Random(seed)
    folder = Path(tempfile.mkdtemp(prefix="briefing-soak-"))
    url = sqlite_url(folder / "knowledge.sqlite")
    application()
    window = desktop.create_main_window(url, settings_path=folder / "settings.ini")
    window.show()
    deadline = time.monotonic() + minutes * 60
    counts = {"rows": 0, "titles": 0, "undo": 0, "redo": 0, "tabs": 0, "search": 0, "boxes": 0}
    last_typed: dict[str, str] = {}
    while window.table.model().rowCount() == 0:
        settle(20)
    while time.monotonic() < deadline:
        rows = window.table.model().rowCount()
        action = chance.random()
        if action < 0.35:
            click_row(window, chance.randrange(rows))
            counts["rows"] += 1
        elif action < 0.7 and window.editor.detail is not None:
            text = f"Soak {counts['titles']} – æøå {chance.randrange(10**6)}"
            type_title(window, text)
            last_typed[window.editor.detail.row.key] = text
            counts["titles"] += 1
        elif action < 0.8:
            window.table.setFocus()
            QTest.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
            counts["undo"] += 1
            last_typed.clear()  # undo changes what is stored; checked again after new typing
        elif action < 0.88:
            window.table.setFocus()
            QTest.keyClick(
                window.table,
                Qt.Key.Key_Z,
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
            )
            counts["redo"] += 1
            last_typed.clear()
        elif action < 0.95:
            tabs: QTabWidget = window.editor
            QTest.keyClick(tabs.tabBar(), Qt.Key.Key_Right)
            counts["tabs"] += 1
        else:
            search: QLineEdit = window.search_box
            if search.isVisible():
                QTest.mouseClick(search, Qt.MouseButton.LeftButton)
                QTest.keyClicks(search, chance.choice(["mali", "sahel", "ISIL", "klima"]))
                settle(30)
                QTest.keyClick(search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
                QTest.keyClick(search, Qt.Key.Key_Delete)
                counts["search"] += 1
        counts["boxes"] += close_boxes(window)
        settle()
    with window.database.session() as session:
        stored = {
            key: session.scalar(select(e.Engagement.title_da).where(e.Engagement.key == key))
            for key in last_typed
        }
    window.close()
    QApplication.processEvents()
    wrong = {key: (typed, stored[key]) for key, typed in last_typed.items() if stored[key] != typed}
    print(" ".join(f"{name}={count}" for name, count in counts.items()))
    if wrong:
        print(f"titles not stored as typed: {wrong}", file=sys.stderr)
    if failures:
        print(f"{len(failures)} exceptions, the first: {failures[0]}", file=sys.stderr)
    if wrong or failures:
        return 1
    print(f"survived {minutes:g} minutes; every title typed since the last undo is stored")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--minutes", type=float, default=30)
    parser.add_argument("--seed", type=int, default=11)
    arguments = parser.parse_args()
    return run(arguments.minutes, arguments.seed)


if __name__ == "__main__":
    sys.exit(main())
