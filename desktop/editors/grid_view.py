"""The editor's grids: Tab moves to the next cell (the next editable one while typing) and
leaves the grid after its last cell; Ctrl+Tab leaves at once."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QApplication, QTableView

Move = QAbstractItemView.CursorAction


def commit_open_cell(view: QAbstractItemView) -> None:
    """Commit the text of a cell being typed into (as Return would) and close its editor."""
    if view.state() != QAbstractItemView.State.EditingState:
        return
    editor = view.focusWidget() if view.isAncestorOf(view.focusWidget()) else None
    if editor is None:
        editor = QApplication.focusWidget()
    if editor is not None and view.isAncestorOf(editor) and editor is not view.viewport():
        view.commitData(editor)
        view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)


class GridView(QTableView):
    def moveCursor(self, action: Move, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        if action not in (Move.MoveNext, Move.MovePrevious):
            return super().moveCursor(action, modifiers)
        return self._neighbour(forward=action == Move.MoveNext)

    def _neighbour(self, *, forward: bool) -> QModelIndex:
        """The next (or previous) cell in reading order, never wrapping round: at the end
        the grid has no next cell and focus moves on to the next widget."""
        model = self.model()
        rows, columns = model.rowCount(), model.columnCount()
        current = self.currentIndex()
        if not current.isValid():
            return model.index(0, 0) if rows and columns and forward else QModelIndex()
        position = current.row() * columns + current.column()
        step = 1 if forward else -1
        editing = self.state() == QAbstractItemView.State.EditingState
        position += step
        while 0 <= position < rows * columns:
            index = model.index(position // columns, position % columns)
            if not self.isColumnHidden(index.column()) and (
                not editing or model.flags(index) & Qt.ItemFlag.ItemIsEditable
            ):
                return index
            position += step
        return QModelIndex()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            forward = event.key() == Qt.Key.Key_Tab and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            self._leave(forward=forward)
            return
        super().keyPressEvent(event)

    def _leave(self, *, forward: bool) -> None:
        widget = self.nextInFocusChain() if forward else self.previousInFocusChain()
        while widget is not None and widget is not self:
            if (
                widget.isVisible()
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and not self.isAncestorOf(widget)
            ):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
