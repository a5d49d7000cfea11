"""Checkable pickers: countries grouped by region with engagement counts, and themes."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from models.collation import danish_sort_key, fold
from models.queries.pickers import CountryChoice
from models.rows import Named

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
OTHER_GROUP = "other"


class CountryPickerModel(QStandardItemModel):
    """Regions as groups (a country can be in several), then the countries no region holds.

    Countries with engagements come first inside each group; the check state is kept per
    ISO code so a country checked under one region is checked under all.
    """

    def __init__(self, choices: list[CountryChoice], language: str, other_label: str) -> None:
        super().__init__()
        self.language = language
        groups: dict[str, tuple[Named | None, list[CountryChoice]]] = {}
        for choice in choices:
            targets = choice.regions or (None,)
            for region in targets:
                code = region.code if region else OTHER_GROUP
                groups.setdefault(code, (region, []))[1].append(choice)
        order = sorted(
            (code for code in groups if code != OTHER_GROUP),
            key=lambda code: danish_sort_key(groups[code][0].name(language)),  # type: ignore[union-attr]
        ) + ([OTHER_GROUP] if OTHER_GROUP in groups else [])
        self._syncing = False
        for code in order:
            region, members = groups[code]
            label = region.name(language) if region else other_label
            total = sum(1 for member in members if member.engagements)
            parent = QStandardItem(f"{label} ({total})" if total else label)
            parent.setEditable(False)
            parent.setData(f"region:{code}", CODE_ROLE)
            parent.setData(fold(label), SEARCH_ROLE)
            members.sort(
                key=lambda m: (-min(m.engagements, 1), danish_sort_key(m.country.name(language)))
            )
            for member in members:
                name = member.country.name(language)
                text = f"{name} ({member.engagements})" if member.engagements else name
                item = QStandardItem(text)
                item.setEditable(False)
                item.setCheckable(True)
                item.setData(member.country.code, CODE_ROLE)
                item.setData(
                    fold(
                        f"{name} {member.country.name_en} {member.country.name_da} "
                        f"{member.country.code}"
                    ),
                    SEARCH_ROLE,
                )
                parent.appendRow(item)
            self.appendRow(parent)
        self.itemChanged.connect(self._mirror_check)

    @property
    def syncing(self) -> bool:
        """True while copies of a country's check are being made (mirror or set_checked)."""
        return self._syncing

    def _country_items(self) -> list[QStandardItem]:
        items = []
        for row in range(self.rowCount()):
            group = self.item(row)
            items += [group.child(child) for child in range(group.rowCount())]
        return items

    def _mirror_check(self, changed: QStandardItem) -> None:
        if self._syncing or not changed.isCheckable():
            return
        self._syncing = True
        try:
            code = changed.data(CODE_ROLE)
            for item in self._country_items():
                if item is not changed and item.data(CODE_ROLE) == code:
                    item.setCheckState(changed.checkState())
        finally:
            self._syncing = False

    def checked_codes(self) -> tuple[str, ...]:
        codes = {
            item.data(CODE_ROLE)
            for item in self._country_items()
            if item.checkState() == Qt.CheckState.Checked
        }
        return tuple(sorted(codes))

    def set_checked(self, codes: set[str]) -> None:
        self._syncing = True
        try:
            for item in self._country_items():
                item.setCheckState(
                    Qt.CheckState.Checked
                    if item.data(CODE_ROLE) in codes
                    else Qt.CheckState.Unchecked
                )
        finally:
            self._syncing = False


class ThemePickerModel(QStandardItemModel):
    def __init__(self, themes: list[Named], language: str) -> None:
        super().__init__()
        for theme in sorted(themes, key=lambda t: danish_sort_key(t.name(language))):
            item = QStandardItem(theme.name(language))
            item.setEditable(False)
            item.setCheckable(True)
            item.setData(theme.code, CODE_ROLE)
            self.appendRow(item)

    def checked_codes(self) -> tuple[str, ...]:
        return tuple(
            sorted(
                self.item(row).data(CODE_ROLE)
                for row in range(self.rowCount())
                if self.item(row).checkState() == Qt.CheckState.Checked
            )
        )

    def set_checked(self, codes: set[str]) -> None:
        for row in range(self.rowCount()):
            item = self.item(row)
            item.setCheckState(
                Qt.CheckState.Checked if item.data(CODE_ROLE) in codes else Qt.CheckState.Unchecked
            )


class PickerSearchProxy(QSortFilterProxyModel):
    """Filters countries as you type and keeps a region when any of its countries match."""

    def __init__(self) -> None:
        super().__init__()
        self.setRecursiveFilteringEnabled(True)
        self.setFilterRole(SEARCH_ROLE)
        self._needle = ""

    def set_needle(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = fold(text.strip())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: object) -> bool:
        if not self._needle:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)  # type: ignore[arg-type]
        return self._needle in str(index.data(SEARCH_ROLE) or "")
