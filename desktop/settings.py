"""One settings object with declared defaults, stored by QSettings in an injectable file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QLocale, QSettings

from reports.request import DEFAULT_CLASSIFICATIONS

DEFAULTS: dict[str, Any] = {
    "brief/author": "",
    "brief/unit": "",
    "brief/language": "",  # empty: follow the interface language
    "brief/classifications": list(DEFAULT_CLASSIFICATIONS),
    "brief/stale_months": 12,
    "ui/language": "",  # empty: the system locale decides
    "files/recent": [],
    "selection/countries": [],
    "selection/themes": [],
    "window/geometry": QByteArray(),
    "window/state": QByteArray(),
    "briefs/history": [],
    "brief/panel": "",  # the brief panel's options when the window last closed (JSON)
    "table/header": QByteArray(),  # the table's column order, widths, hidden columns, sort
    "window/splitter": QByteArray(),
}


class Settings:
    """Typed access to QSettings; tests pass their own file so nothing leaks between them."""

    def __init__(self, path: Path | None = None) -> None:
        self.file_path = path
        if path is None:
            self._store = QSettings(
                QSettings.Format.IniFormat,
                QSettings.Scope.UserScope,
                "Briefing Builder",
                "briefing-builder",
            )
        else:
            self._store = QSettings(str(path), QSettings.Format.IniFormat)

    def get(self, key: str) -> Any:
        default = DEFAULTS[key]
        value = self._store.value(key, default)
        if isinstance(default, list):
            if value in (None, ""):
                return []
            return list(value) if isinstance(value, list | tuple) else [value]
        if isinstance(default, int) and not isinstance(default, bool):
            try:
                return int(value)  # type: ignore[call-overload]
            except (TypeError, ValueError):
                return default
        return value

    def set(self, key: str, value: Any) -> None:
        if key not in DEFAULTS:
            raise KeyError(key)
        self._store.setValue(key, value)

    def restore_default(self, key: str) -> None:
        self._store.remove(key)

    def sync(self) -> None:
        self._store.sync()

    @property
    def path(self) -> str:
        return self._store.fileName()

    def ui_language(self) -> str:
        chosen = self.get("ui/language")
        if chosen in ("da", "en"):
            return str(chosen)
        return "da" if QLocale.system().language() == QLocale.Language.Danish else "en"

    def brief_language(self) -> str:
        chosen = self.get("brief/language")
        return str(chosen) if chosen in ("da", "en") else self.ui_language()

    def add_recent_file(self, url: str) -> None:
        recent = [url] + [item for item in self.get("files/recent") if item != url]
        self.set("files/recent", recent[:8])
