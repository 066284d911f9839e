"""File › Connect to team server…: where the shared PostgreSQL database is, and who you are on it.

The URL (without the password) goes to the settings file; the password to the OS keyring. MicroComm opens the
team database at the next start (a restart keeps every open tab's data from one database, never a mix).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from microcomm_desktop.services import team_server


class TeamServerDialog(QDialog):
    def __init__(self, settings: QSettings, current_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to team server"))
        self.setObjectName("teamServerDialog")
        self.settings = settings
        saved = str(settings.value(team_server.SETTING_URL, "") or "")
        form = team_server.form_from_saved(saved)
        intro = QLabel(
            self.tr(
                "A team shares one workspace on a PostgreSQL server: everyone logs, imports and plans at the same "
                "time. Ask whoever set up the server for these details. The password is kept in your system's "
                "keyring, never in MicroComm's settings file."
            )
            + "\n\n"
            + self.tr("Open now: {current}").format(current=current_label)
        )
        intro.setWordWrap(True)
        self.host = QLineEdit(form.host)
        self.port = QLineEdit(form.port)
        self.database = QLineEdit(form.database)
        self.user = QLineEdit(form.user)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kept in the system keyring") if saved else "")
        self.errors: dict[str, QLabel] = {}
        grid = QFormLayout()
        for key, label, edit in (
            ("host", self.tr("Server"), self.host),
            ("port", self.tr("Port"), self.port),
            ("database", self.tr("Database"), self.database),
            ("user", self.tr("User name"), self.user),
            ("password", self.tr("Password"), self.password),
        ):
            edit.setObjectName(f"team_{key}")
            grid.addRow(label, edit)
            err = QLabel()
            err.setObjectName(f"team_{key}_error")
            err.setStyleSheet("color: #b03a2e")
            err.setWordWrap(True)
            err.hide()
            grid.addRow("", err)
            self.errors[key] = err
        self.status = QLabel()
        self.status.setObjectName("teamStatus")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.save_button = QPushButton(self.tr("Connect"))
        self.save_button.setDefault(True)
        self.local_button = QPushButton(self.tr("Use the local data file"))
        self.local_button.setEnabled(bool(saved))
        buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.local_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        self.test_button.clicked.connect(lambda: self._run(test_only=True))
        self.save_button.clicked.connect(lambda: self._run(test_only=False))
        self.local_button.clicked.connect(self._use_local)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(520, 420)

    def _form(self) -> team_server.ServerForm:
        return team_server.ServerForm(
            self.host.text(), self.port.text(), self.database.text(), self.user.text(), self.password.text()
        )

    def _run(self, test_only: bool) -> None:
        for err in self.errors.values():
            err.hide()
        self.status.setText(self.tr("Connecting…"))
        self.repaint()
        result = team_server.connect(self._form(), test_only=test_only)
        general = result.errors.pop("connection", "")
        for key, text in result.errors.items():
            self.errors[key].setText(text)
            self.errors[key].show()
        if general or result.errors:
            self.status.setText(general or self.tr("Please correct the fields above."))
            return
        if test_only:
            self.status.setText(result.message)
            return
        self.settings.setValue(team_server.SETTING_URL, result.saved_url)
        self.settings.sync()
        self.status.setText(result.message + " " + self.tr("Restart MicroComm to open it."))
        self.accept()

    def _use_local(self) -> None:
        self.settings.remove(team_server.SETTING_URL)
        self.settings.sync()
        self.status.setText(self.tr("MicroComm opens the local data file at the next start."))
        self.accept()
