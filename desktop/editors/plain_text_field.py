"""A multi-line text field that says when editing is finished, as a line edit does.

``QPlainTextEdit`` has no ``editingFinished``: an engagement's summary typed there was
never saved. This field emits it when focus leaves, and the editor also asks every such
field to finish before it shows another engagement and before the window closes.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class PlainTextField(QPlainTextEdit):
    editingFinished = Signal()  # noqa: N815 - the name QLineEdit uses

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab leaves the field, like every other field
        self._typed = False
        self.textChanged.connect(self._note_typing)

    def _note_typing(self) -> None:
        self._typed = True

    def set_text_quietly(self, text: str) -> None:
        """Fill from the database: not an edit."""
        self.blockSignals(True)
        try:
            self.setPlainText(text)
        finally:
            self.blockSignals(False)
        self._typed = False

    def finish(self) -> None:
        """Emit ``editingFinished`` if something was typed since the last time."""
        if self._typed:
            self._typed = False
            self.editingFinished.emit()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.finish()
