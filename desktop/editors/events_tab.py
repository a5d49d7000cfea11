"""The editor's Events tab: what happened when, for this engagement.

Events are edited in the table; new ones start on the engagement, in its countries and from
its source. An event can be shared by several engagements, so the tab links an existing one,
unlinks one (it stays in the knowledge base) or deletes it for all. Every action is undoable.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.rows import EventRow
from models.vocabulary import EventKind

# models.services is imported inside the methods that change data, not here: the window's
# start does not need it (desktop/app.py counts every millisecond of start-up).
from desktop.editors.choice_delegate import ChoiceDelegate
from desktop.editors.edit_session import EditSession
from desktop.editors.field_row import message_label
from desktop.editors.row_selection import select_row
from desktop.formatting import event_kind_text
from desktop.itemmodels.events_table import FIELDS, KIND_COLUMN, EventsTableModel

# A new event's title, to be typed over, in the language its texts are typed in.
NEW_EVENT = {"da": "Ny begivenhed", "en": "New event"}

if TYPE_CHECKING:
    from models.services.changes import Change


class EventsTab(QWidget):
    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        self.model = EventsTableModel(session.language, self._edit, self)
        self.view = QTableView(self)
        self.view.setObjectName("eventsTable")
        self.view.setAccessibleName(self.tr("Events"))
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        kinds = [(kind.value, event_kind_text(kind.value)) for kind in EventKind]
        self.view.setItemDelegateForColumn(KIND_COLUMN, ChoiceDelegate(kinds, self.view))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(FIELDS.index("title"), QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FIELDS.index("description"), QHeaderView.ResizeMode.Stretch)
        self.link_combo = QComboBox(self)
        self.link_combo.setObjectName("linkEventCombo")
        self.link_combo.setAccessibleName(self.tr("Existing event"))
        self.link_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.link_combo.setMinimumContentsLength(24)
        buttons = QHBoxLayout()
        for text, name, slot in (
            (self.tr("Add event"), "addEvent", self.add_event),
            (self.tr("Delete event…"), "deleteEvent", self.delete_event),
            (self.tr("Unlink"), "unlinkEvent", self.unlink_event),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(lambda _checked=False, act=slot: act())
            buttons.addWidget(button)
        buttons.addStretch(1)
        # Linking sits on its own row so long event titles never widen the window.
        linking = QHBoxLayout()
        linking.addWidget(self.link_combo, 1)
        link = QPushButton(self.tr("Link existing"), self)
        link.setObjectName("linkEvent")
        link.clicked.connect(self.link_event)
        linking.addWidget(link)
        self.message = message_label(self, "eventsMessage")
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        layout.addLayout(linking)
        layout.addWidget(self.message)
        self._linkable_read = False
        session.shown.connect(self.fill)

    def fill(self) -> None:
        detail = self.session.detail
        self.message.clear()
        self.model.set_rows(list(detail.events) if detail else [])
        self.view.resizeColumnToContents(0)
        self.view.resizeColumnToContents(KIND_COLUMN)
        # The events one could link are read when the tab is shown, not on every edit of
        # the engagement: a big knowledge base has thousands (90 ms an edit on 10,000).
        self._linkable_read = False
        self.link_combo.clear()
        if self.isVisible():
            self._read_linkable()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._linkable_read:
            self._read_linkable()

    def _read_linkable(self) -> None:
        from models.services.engagement_events import linkable_events

        self._linkable_read = True
        self.link_combo.clear()
        detail = self.session.detail
        if detail is None:
            return
        with self.session.context.database.session() as session:
            for key, label in linkable_events(session, detail.row.key, self.session.language):
                self.link_combo.addItem(label, key)

    def _perform(self, change: Change, text: str) -> bool:
        ok = self.session.perform(change, text, self.message.setText)
        if ok:
            self.message.clear()
        return ok

    def _edit(self, event: EventRow, field: str, text: str) -> bool:
        from models.services.reference_lists import SetListField

        assert self.session.detail is not None
        change = SetListField(
            "events",
            event.key,
            self.session.stored_field("events", field),
            text or None,
            self.session.detail.row.key,
            event.version,
        )
        return self._perform(change, self.tr("Edit event"))

    def _current(self) -> EventRow | None:
        index = self.view.currentIndex()
        if self.session.detail is None or not index.isValid():
            return None
        return self.model.events[index.row()]

    def add_event(self) -> None:
        from models.services.engagement_events import AddEngagementEvent, new_event_record

        detail = self.session.detail
        if detail is None:
            return
        key = detail.row.key
        with self.session.context.database.session() as session:
            record = new_event_record(
                session,
                key,
                NEW_EVENT[self.session.text_language],  # in the language typed
                date.today().isoformat(),
                self.session.text_language,
            )
        if self._perform(AddEngagementEvent(key, record), self.tr("Add event")):
            select_row(
                self.view, self.model.events, record["key"], FIELDS.index("title"), edit=True
            )

    def delete_event(self, *, confirm: bool = True) -> None:
        from models.services.engagement_events import DeleteEngagementEvent

        event = self._current()
        if event is None or self.session.detail is None:
            return
        if confirm:
            text = self.tr("Delete “%1”? You can undo this.").replace("%1", event.title)
            if event.other_engagements == 1:
                text += " " + self.tr(
                    "It is also an event of 1 other engagement, and goes from that too."
                )
            elif event.other_engagements:
                text += " " + self.tr(
                    "It is also an event of %1 other engagements, and goes from those too."
                ).replace("%1", str(event.other_engagements))
            answer = QMessageBox.question(self, self.tr("Delete event"), text)
            if answer != QMessageBox.StandardButton.Yes:
                return
        change = DeleteEngagementEvent(self.session.detail.row.key, event.key)
        self._perform(change, self.tr("Delete event"))

    def unlink_event(self) -> None:
        from models.services.engagement_events import UnlinkEvent

        event = self._current()
        if event is None or self.session.detail is None:
            return
        change = UnlinkEvent(self.session.detail.row.key, event.key)
        self._perform(change, self.tr("Unlink event"))

    def link_event(self) -> None:
        from models.services.engagement_events import LinkEvent

        key = self.link_combo.currentData()
        if key is None or self.session.detail is None:
            return
        if self._perform(LinkEvent(self.session.detail.row.key, key), self.tr("Link event")):
            select_row(self.view, self.model.events, key, FIELDS.index("title"))
