"""A table cell edited by picking from a fixed list (an event's or funding line's kind)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

Index = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    """``choices`` are (stored value, label shown) pairs; the model gets the stored value."""

    def __init__(self, choices: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for value, label in self.choices:
            combo.addItem(label, value)
        # One pick is the whole edit: commit at once rather than waiting for focus to leave.
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        combo.activated.connect(lambda _i: self.closeEditor.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        current = index.data(Qt.ItemDataRole.EditRole)
        editor.setCurrentIndex(max(0, editor.findData(current)))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        value = editor.currentData()
        if value == index.data(Qt.ItemDataRole.EditRole):
            return
        # Saving refills the table; do it once the editor has closed, not from inside it.
        target = QPersistentModelIndex(index)
        QTimer.singleShot(
            0,
            lambda: (
                model.setData(target, value, Qt.ItemDataRole.EditRole) if target.isValid() else None
            ),
        )
