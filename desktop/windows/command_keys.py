"""The window's command keys work wherever the focus is.

A text field claims some of them for itself (Ctrl+E moves to the end of a line on Linux,
Ctrl+Z undoes typing), so the window's action never heard them. This filter lets the
window have Ctrl+E, Ctrl+P, Ctrl+N and Ctrl+F always, and undo and redo whenever the field
has no typing of its own to undo (after a field is saved, Ctrl+Z undoes the saved change).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

CONTROL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALWAYS = {Qt.Key.Key_E, Qt.Key.Key_P, Qt.Key.Key_N, Qt.Key.Key_F}


class CommandKeys(QObject):
    """Installed on the application by the window it belongs to (and gone with it)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        focus = QApplication.focusWidget()
        if focus is None or focus.window() is not self.window:
            return False
        if self._for_window(event, focus):
            event.ignore()  # not claimed by the field: the window's shortcut runs
            return True
        return False

    def _for_window(self, event: QKeyEvent, focus: QWidget) -> bool:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = Qt.Key(event.key())
        if modifiers == CONTROL and key in ALWAYS:
            return True
        undo = modifiers == CONTROL and key == Qt.Key.Key_Z
        redo = (modifiers == CONTROL | SHIFT and key == Qt.Key.Key_Z) or (
            modifiers == CONTROL and key == Qt.Key.Key_Y
        )
        if not (undo or redo):
            return False
        return not _own_history(focus, redo=redo)


def _own_history(focus: QWidget, *, redo: bool) -> bool:
    """Whether the focused field has typing of its own to undo (or redo)."""
    if isinstance(focus, QLineEdit):
        return focus.isRedoAvailable() if redo else focus.isUndoAvailable()
    if isinstance(focus, QPlainTextEdit):
        document = focus.document()
        return document.isRedoAvailable() if redo else document.isUndoAvailable()
    return False
