"""The editor's Partners tab: the organisations taking part in an engagement, with roles.

A partner is added with an organisation and a role, and removed; both are undoable. The
same organisation may take part in several roles (funding and implementing, say).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QTreeView, QVBoxLayout, QWidget

from models.queries.pickers import organisation_choices
from models.vocabulary import OrganisationRole

# models.services is imported inside the methods that change data, not here: the window's
# start does not need it (desktop/app.py counts every millisecond of start-up).
from desktop.editors.edit_session import EditSession
from desktop.editors.field_row import message_label
from desktop.formatting import role_text

if TYPE_CHECKING:
    from models.services.partner_changes import AddPartner, RemovePartner


class PartnersTab(QWidget):
    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        self.view = QTreeView(self)
        self.view.setObjectName("partnersView")
        self.view.setAccessibleName(self.tr("Partners"))
        self.view.setRootIsDecorated(False)
        self.model = QStandardItemModel(self.view)
        self.view.setModel(self.model)
        self.organisation_combo = QComboBox(self)
        self.organisation_combo.setObjectName("organisationCombo")
        # Long organisation names must not widen the whole window; the list shows them.
        self.organisation_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.organisation_combo.setMinimumContentsLength(14)
        self.organisation_combo.setAccessibleName(self.tr("Organisation"))
        self.role_combo = QComboBox(self)
        self.role_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.role_combo.setMinimumContentsLength(8)
        self.role_combo.setObjectName("roleCombo")
        self.role_combo.setAccessibleName(self.tr("Role"))
        for role in OrganisationRole:
            self.role_combo.addItem(role_text(role.value), role.value)
        self.role_combo.setCurrentIndex(self.role_combo.findData("partner"))
        add = QPushButton(self.tr("Add partner"), self)
        add.setObjectName("addPartner")
        remove = QPushButton(self.tr("Remove partner"), self)
        remove.setObjectName("removePartner")
        add.clicked.connect(self.add_partner)
        remove.clicked.connect(self.remove_partner)
        picker = QHBoxLayout()
        picker.addWidget(self.organisation_combo, 3)
        picker.addWidget(self.role_combo, 1)
        buttons = QHBoxLayout()  # a row of their own: the pane stays narrow on a laptop
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        self.message = message_label(self, "partnersMessage")
        layout.addWidget(self.view)
        layout.addLayout(picker)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        session.choices_read.connect(self.reload_organisations)
        session.shown.connect(self.fill)

    def reload_organisations(self) -> None:
        shown = self.organisation_combo.currentData()
        self.organisation_combo.clear()
        with self.session.context.database.session() as session:
            for key, label in organisation_choices(session, self.session.language):
                self.organisation_combo.addItem(label, key)
        self.organisation_combo.setCurrentIndex(max(0, self.organisation_combo.findData(shown)))

    def fill(self) -> None:
        self.message.clear()
        self.model.clear()
        self.model.setHorizontalHeaderLabels([self.tr("Organisation"), self.tr("Role")])
        detail = self.session.detail
        for partner in detail.row.partners if detail else ():
            name = partner.name + (f" ({partner.acronym})" if partner.acronym else "")
            items = [QStandardItem(name), QStandardItem(role_text(partner.role))]
            for item in items:
                item.setEditable(False)
                item.setToolTip(item.text())
            self.model.appendRow(items)

    def add_partner(self) -> None:
        from models.services.partner_changes import AddPartner

        detail = self.session.detail
        if detail is None:
            return
        change = AddPartner(
            detail.row.key, self.organisation_combo.currentData(), self.role_combo.currentData()
        )
        self._perform(change, self.tr("Add partner"))

    def remove_partner(self) -> None:
        from models.services.partner_changes import RemovePartner

        index, detail = self.view.currentIndex(), self.session.detail
        if detail is None or not index.isValid():
            return
        partner = detail.row.partners[index.row()]
        self._perform(
            RemovePartner(detail.row.key, partner.key, partner.role), self.tr("Remove partner")
        )

    def _perform(self, change: AddPartner | RemovePartner, text: str) -> None:
        self.session.perform(change, text, self.message.setText, conflicts=False)
