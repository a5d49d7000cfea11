"""A form field with its validation message right below it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class FieldWithMessage(QWidget):
    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.editor = editor
        self.message = QLabel(self)
        self.message.setObjectName(f"{editor.objectName()}Message")
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(editor)
        layout.addWidget(self.message)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.editor.setProperty("invalid", bool(text))
        self.editor.setStyleSheet("border: 1px solid #b3261e;" if text else "")


def message_label(parent: QWidget, name: str) -> QLabel:
    """The red line under a table where a refused edit says why."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setStyleSheet("color: #b3261e;")
    label.setWordWrap(True)
    return label
