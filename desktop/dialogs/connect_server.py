"""Connect to a shared knowledge base on a PostgreSQL server.

The password is never written to the settings: it goes to the system keyring when the
``keyring`` package and a keyring service are available, and is asked for each time if not.
"""

from __future__ import annotations

from urllib.parse import quote

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

KEYRING_SERVICE = "briefing-builder"


def keyring_password(user: str, host: str) -> str | None:
    try:
        import keyring  # optional: only where the system offers a keyring
    except ImportError:
        return None
    try:
        password = keyring.get_password(KEYRING_SERVICE, f"{user}@{host}")
    except Exception:  # no keyring backend here; the user types the password instead
        return None
    return password if isinstance(password, str) else None


def remember_password(user: str, host: str, password: str) -> bool:
    try:
        import keyring
    except ImportError:
        return False
    try:
        keyring.set_password(KEYRING_SERVICE, f"{user}@{host}", password)
    except Exception:  # no keyring backend: nothing is stored, which is the safe outcome
        return False
    return True


def server_url(host: str, port: int, database: str, user: str, password: str = "") -> str:
    secret = f":{quote(password, safe='')}" if password else ""
    return f"postgresql+psycopg://{quote(user, safe='')}{secret}@{host}:{port}/{database}"


class ConnectServerDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectServerDialog")
        self.setWindowTitle(self.tr("Connect to server"))
        self.host = QLineEdit(self)
        self.host.setObjectName("serverHost")
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit("briefing", self)
        self.user = QLineEdit("briefing", self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember the password in the system keyring"), self)
        form = QFormLayout()
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.remember)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.host.editingFinished.connect(self._fill_password)

    def _fill_password(self) -> None:
        if not self.password.text():
            stored = keyring_password(self.user.text(), self.host.text())
            if stored:
                self.password.setText(stored)

    def url(self) -> str:
        if self.remember.isChecked() and self.password.text():
            remember_password(self.user.text(), self.host.text(), self.password.text())
        return server_url(
            self.host.text().strip(),
            self.port.value(),
            self.database.text().strip(),
            self.user.text().strip(),
            self.password.text(),
        )
