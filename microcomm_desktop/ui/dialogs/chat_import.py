"""Import a chat export (Discord, Telegram, WhatsApp, Slack): choose the file or folder → Check (dry run) or
Import in a worker with progress and Cancel → the report. Plus the engager list's people actions (merge two
handles of one person, undoable; forget a person).

Why a worker: a 500,000-message export takes seconds to read and write; the window stays responsive and
Cancel rolls the single transaction back.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractProxyModel,
    QCoreApplication,
    QModelIndex,
    QPoint,
    Qt,
    QThread,
    Signal,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import Engine

from microcomm_desktop.services import chat_import, engagers
from microcomm_desktop.services.settings import get_setting, set_setting

FORMAT_CHOICES = (
    (QT_TRANSLATE_NOOP("ChatImportDialog", "Detect from the file"), None),
    (QT_TRANSLATE_NOOP("ChatImportDialog", "Discord (DiscordChatExporter JSON or CSV)"), "discord"),
    (QT_TRANSLATE_NOOP("ChatImportDialog", "Telegram (Telegram Desktop result.json)"), "telegram"),
    (QT_TRANSLATE_NOOP("ChatImportDialog", "WhatsApp (Export chat .txt or .zip)"), "whatsapp"),
    (QT_TRANSLATE_NOOP("ChatImportDialog", "Slack (workspace export folder or .zip)"), "slack"),
)
ORDER_CHOICES = (
    (QT_TRANSLATE_NOOP("ChatImportDialog", "Decide from the whole file"), None),
    (QT_TRANSLATE_NOOP("ChatImportDialog", "Day/month (31/12/20)"), "dmy"),
    (QT_TRANSLATE_NOOP("ChatImportDialog", "Month/day (12/31/20)"), "mdy"),
)


class ChatImportWorker(QThread):
    """Reads and imports off the UI thread; ``cancel()`` makes the service roll back at its next chunk."""

    progressed = Signal(int, int)
    stage = Signal(str)
    done = Signal(object)  # ChatImportReport
    failed = Signal(str)

    def __init__(
        self,
        engine: Engine,
        workspace_id: int,
        path: Path,
        fmt: str | None,
        date_order: str | None,
        dry_run: bool,
        store_text: bool,
    ) -> None:
        super().__init__()
        self.engine, self.workspace_id, self.path = engine, workspace_id, path
        self.fmt, self.date_order, self.dry_run, self.store_text = fmt, date_order, dry_run, store_text
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True

    def run(self) -> None:
        try:
            self.stage.emit(self.tr("Reading {file}…").format(file=self.path.name))
            parsed = chat_import.read_export(self.path, self.fmt, self.date_order)
            if self._cancel:
                report = chat_import.ChatImportReport(parsed.format, parsed.title, self.dry_run, cancelled=True)
                self.done.emit(report)
                return
            n = len(parsed.messages)
            stage = (
                self.tr("Checking %Ln message(s)…", "", n)
                if self.dry_run
                else self.tr("Importing %Ln message(s)…", "", n)
            )
            self.stage.emit(stage + " " + self.tr("(one transaction: Cancel leaves your data exactly as before)"))
            report = chat_import.import_chat(
                self.engine,
                self.workspace_id,
                parsed,
                dry_run=self.dry_run,
                store_text=self.store_text,
                progress=lambda a, b: self.progressed.emit(a, b),
                cancelled=lambda: self._cancel,
            )
        except chat_import.ChatFormatError as exc:
            self.failed.emit(str(exc))
            return
        except Exception as exc:  # a database error: the transaction rolled back; tell the user, never crash
            self.failed.emit(f"The import failed and nothing was written: {exc}")
            return
        self.done.emit(report)


class ChatImportDialog(QDialog):
    """One page: the export and its options, Check / Import, progress with Cancel, and the report."""

    imported = Signal(object)
    run_finished = Signal()  # after every run: dry run, import, cancel or failure (the report is shown)

    def __init__(self, engine: Engine, workspace_id: int, path: Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.engine = engine
        self.workspace_id = workspace_id
        self.worker: ChatImportWorker | None = None
        self.report: chat_import.ChatImportReport | None = None
        self.setWindowTitle(self.tr("Import chat export"))
        self.resize(900, 620)
        lay = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Who spoke, when and to whom, from the export your community's home gives you: each message becomes "
                "an interaction by its author; replies keep their thread; direct messages count as DMs. System "
                "messages and bots are skipped; your own handles are kept for response times but are never "
                "engagers. Importing an overlapping export again adds only the new messages."
            )
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        row = QHBoxLayout()
        self.path_edit = QLineEdit(str(path) if path else "")
        self.path_edit.setObjectName("chatPath")
        self.path_edit.setPlaceholderText(self.tr("a .json, .csv, .txt or .zip file, or a Slack export folder"))
        self.path_edit.textChanged.connect(self._update_buttons)
        row.addWidget(self.path_edit, 1)
        pick = QPushButton(self.tr("File…"))
        pick.clicked.connect(self.choose_file)
        row.addWidget(pick)
        folder = QPushButton(self.tr("Folder…"))
        folder.setToolTip(self.tr("A Slack export unpacked into a folder"))
        folder.clicked.connect(self.choose_folder)
        row.addWidget(folder)
        form.addRow(self.tr("Export:"), row)
        self.format_combo = QComboBox()
        self.format_combo.setObjectName("chatFormat")
        for label, _v in FORMAT_CHOICES:
            self.format_combo.addItem(self.tr(str(label)))
        form.addRow(self.tr("Format:"), self.format_combo)
        self.order_combo = QComboBox()
        for label, _v in ORDER_CHOICES:
            self.order_combo.addItem(self.tr(str(label)))
        self.order_combo.setToolTip(
            self.tr(
                "WhatsApp dates like 03/04/26: the app decides once for the whole file (a number above 12, or the "
                "order under which the dates run forwards); choose here to override."
            )
        )
        form.addRow(self.tr("WhatsApp dates:"), self.order_combo)
        self.store_text = QCheckBox(self.tr("Keep the message text (off: only who, when and to whom is stored)"))
        self.store_text.setObjectName("chatStoreText")
        self.store_text.setChecked(bool(get_setting(engine, chat_import.STORE_TEXT_KEY, workspace_id)))
        form.addRow("", self.store_text)
        lay.addLayout(form)

        self.progress_label = QLabel("")
        self.progress_label.setWordWrap(True)
        lay.addWidget(self.progress_label)
        prow = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setObjectName("chatProgress")
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        prow.addWidget(self.progress, 1)
        self.stop_btn = QPushButton(self.tr("Cancel import"))
        self.stop_btn.setObjectName("chatCancel")
        self.stop_btn.setEnabled(False)
        self.stop_btn.clicked.connect(self.cancel_import)
        prow.addWidget(self.stop_btn)
        lay.addLayout(prow)
        self.summary = QLabel(self.tr("Choose the export, then Check to see what it holds, or Import."))
        self.summary.setObjectName("chatSummary")
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.report_text = QPlainTextEdit()
        self.report_text.setObjectName("chatReport")
        self.report_text.setReadOnly(True)
        lay.addWidget(self.report_text, 1)
        buttons = QHBoxLayout()
        self.check_btn = QPushButton(self.tr("Check (dry run)"))
        self.check_btn.setObjectName("chatCheck")
        self.check_btn.clicked.connect(lambda: self.start(dry_run=True))
        self.import_btn = QPushButton(self.tr("Import"))
        self.import_btn.setObjectName("chatImport")
        self.import_btn.setDefault(True)
        self.import_btn.clicked.connect(lambda: self.start(dry_run=False))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons.addWidget(self.check_btn)
        buttons.addWidget(self.import_btn)
        buttons.addStretch(1)
        buttons.addWidget(close)
        lay.addLayout(buttons)
        self._update_buttons()

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Chat export"), "", self.tr("Chat exports (*.json *.csv *.txt *.zip);;All files (*)")
        )
        if path:
            self.path_edit.setText(path)

    def choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Slack export folder"))
        if path:
            self.path_edit.setText(path)

    def _update_buttons(self) -> None:
        busy = self.worker is not None
        has = bool(self.path_edit.text().strip())
        self.check_btn.setEnabled(has and not busy)
        self.import_btn.setEnabled(has and not busy)
        self.stop_btn.setEnabled(busy)

    def start(self, dry_run: bool) -> None:
        if self.worker is not None:
            return
        path = Path(self.path_edit.text().strip())
        if not path.exists():
            self.summary.setText(
                "<b>"
                + self.tr("{path} does not exist.").format(path=path)
                + "</b> "
                + self.tr("Choose the export file or folder.")
            )
            return
        keep = self.store_text.isChecked()
        if not dry_run and keep != bool(get_setting(self.engine, chat_import.STORE_TEXT_KEY, self.workspace_id)):
            set_setting(self.engine, chat_import.STORE_TEXT_KEY, keep, self.workspace_id)
        self.progress.setRange(0, 0)  # busy while the file is read
        self.report_text.clear()
        self.summary.setText("")
        worker = ChatImportWorker(
            self.engine,
            self.workspace_id,
            path,
            FORMAT_CHOICES[self.format_combo.currentIndex()][1],
            ORDER_CHOICES[self.order_combo.currentIndex()][1],
            dry_run,
            keep,
        )
        worker.progressed.connect(self._on_progress)
        worker.stage.connect(self.progress_label.setText)
        worker.done.connect(self._on_done)
        worker.failed.connect(self._on_failed)
        self.worker = worker
        self._update_buttons()
        worker.start()

    def cancel_import(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.stop_btn.setEnabled(False)
            self.progress_label.setText(self.tr("Cancelling… rolling back."))

    def _on_progress(self, done: int, total: int) -> None:
        if self.progress.maximum() == 0:
            self.progress.setRange(0, 1000)
        self.progress.setValue(int(done * 1000 / total) if total else 1000)

    def _finish_worker(self) -> None:
        if self.worker is not None:
            self.worker.wait()
            self.worker.deleteLater()
            self.worker = None
        self.progress.setRange(0, 1000)
        self._update_buttons()

    def _on_failed(self, message: str) -> None:
        self._finish_worker()
        self.progress.setValue(0)
        self.progress_label.setText("")
        self.summary.setText("<b>" + self.tr("Nothing was imported.") + "</b>")
        self.report_text.setPlainText(message)
        self.run_finished.emit()

    def _on_done(self, report: chat_import.ChatImportReport) -> None:
        self._finish_worker()
        self.report = report
        self.progress.setValue(1000 if not report.cancelled else 0)
        self.progress_label.setText("")
        lines = report.lines()
        self.summary.setText(f"<b>{lines[0]}</b><br>{'<br>'.join(lines[1:3])}")
        self.report_text.setPlainText("\n".join(lines[1:]))
        if report.written:
            self.imported.emit(report)
        self.run_finished.emit()

    def reject(self) -> None:
        if self.worker is not None:  # closing mid-import cancels (rollback) rather than leaving a thread behind
            self.worker.cancel()
            self.worker.wait()
            self.worker = None
        super().reject()


# ---------------------------------------------------------------- people actions on the engager list


def engager_at(view: Any, index: QModelIndex) -> tuple[int, str, str] | None:
    """(id, platform, handle) of the engager row under ``index``, through any chain of proxy models."""
    idx, model = index, view.model()
    while isinstance(model, QAbstractProxyModel):
        idx = model.mapToSource(idx)
        model = model.sourceModel()
    rows = getattr(model, "rows", None)
    if not idx.isValid() or rows is None or idx.row() >= len(rows):
        return None
    r = rows[idx.row()]
    return int(r[0]), str(r[1]), str(r[2])


class MergeDialog(QDialog):
    """Pick the handle to merge into the selected person (the selected one is kept)."""

    def __init__(self, keep: tuple[int, str, str], others: list[tuple[int, str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge people"))
        self.others = others
        lay = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Keep <b>@{handle}</b> ({platform}) and move every interaction of this handle onto them "
                "(the same person under two names or platforms). Undo with Ctrl+Z."
            ).format(handle=keep[2], platform=keep[1])
        )
        intro.setWordWrap(True)  # translations run longer; the dialog keeps a readable width
        lay.addWidget(intro)
        self.setMinimumWidth(480)
        self.combo = QComboBox()
        self.combo.setObjectName("mergeOther")
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for _i, platform, handle in others:
            self.combo.addItem(f"@{handle} ({platform})")  # i18n: data (a handle and its platform key)
        lay.addWidget(self.combo)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        lay.addWidget(box)

    def chosen(self) -> tuple[int, str, str] | None:
        i = self.combo.findText(self.combo.currentText(), Qt.MatchFlag.MatchFixedString)
        return self.others[i] if i >= 0 else None


def show_engager_menu(
    parent: QWidget,
    view: Any,
    pos: QPoint,
    engine: Engine,
    workspace_id: int,
    backup_dir: Path,
    push: Callable[[str, Callable[[], None], Callable[[], None]], bool],
    after: Callable[[bool], None],
    exec_menu: bool = True,
) -> QMenu | None:
    """The engager list's context menu: Merge… (undoable via ``push``) and Forget… (permanent).

    ``after(clear_undo)`` reloads the people; forgetting clears the undo stack (its steps may name them).
    """
    person = engager_at(view, view.indexAt(pos))
    if person is None:
        return None
    menu = QMenu(parent)
    merge_act = QAction(
        QCoreApplication.translate("EngagerMenu", "Merge another handle into @{handle}…").format(handle=person[2]), menu
    )
    merge_act.setObjectName("actionMergeEngager")
    merge_act.triggered.connect(lambda: merge_into(parent, view, person, engine, workspace_id, push, after))
    menu.addAction(merge_act)
    menu.addSeparator()
    forget_act = QAction(QCoreApplication.translate("EngagerMenu", "Forget @{handle}…").format(handle=person[2]), menu)
    forget_act.setObjectName("actionForgetEngager")
    forget_act.triggered.connect(lambda: forget_person(parent, person, engine, workspace_id, backup_dir, after))
    menu.addAction(forget_act)
    if exec_menu:
        menu.exec(view.viewport().mapToGlobal(pos))
    return menu


def merge_into(
    parent: QWidget,
    view: Any,
    keep: tuple[int, str, str],
    engine: Engine,
    workspace_id: int,
    push: Callable[[str, Callable[[], None], Callable[[], None]], bool],
    after: Callable[[bool], None],
    dialog: MergeDialog | None = None,
) -> bool:
    model = view.model()
    while isinstance(model, QAbstractProxyModel):
        model = model.sourceModel()
    others = [(int(r[0]), str(r[1]), str(r[2])) for r in getattr(model, "rows", []) if int(r[0]) != keep[0]]
    dlg = dialog or MergeDialog(keep, others, parent)
    if dialog is None and dlg.exec() != QDialog.DialogCode.Accepted:
        return False
    other = dlg.chosen()
    if other is None:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("EngagerMenu", "Merge people"),
            QCoreApplication.translate("EngagerMenu", "Pick one of the listed handles to merge."),
        )
        return False
    state: dict[str, int] = {}
    keep_ref = engagers.EngagerRef(*keep)
    other_ref = engagers.EngagerRef(*other)

    def do() -> None:
        res = engagers.merge_engagers(engine, workspace_id, keep_ref, other_ref)
        state["merge"] = res.merge_id
        after(False)

    def undo() -> None:
        engagers.undo_merge(engine, workspace_id, state["merge"])
        after(False)

    return push(
        QCoreApplication.translate("EngagerMenu", "Merge @{other} into @{keep}").format(other=other[2], keep=keep[2]),
        do,
        undo,
    )


def forget_person(
    parent: QWidget,
    person: tuple[int, str, str],
    engine: Engine,
    workspace_id: int,
    backup_dir: Path,
    after: Callable[[bool], None],
    confirm: bool = True,
) -> engagers.ForgetResult | None:
    if confirm:
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("EngagerMenu", "Forget a person"),
            QCoreApplication.translate(
                "EngagerMenu",
                "Erase @{handle} ({platform}) and every interaction they wrote from this workspace? This cannot be "
                "undone. The database file is rewritten so future backups do not hold them; the app then tells you "
                "which existing backups still do.",
            ).format(handle=person[2], platform=person[1]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
    try:
        res = engagers.forget_engager(engine, workspace_id, engagers.EngagerRef(*person), backup_dir)
    except engagers.EngagerError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("EngagerMenu", "Forget a person"), str(exc))
        return None
    after(True)
    if confirm:
        QMessageBox.information(
            parent, QCoreApplication.translate("EngagerMenu", "Forget a person"), "\n".join(res.lines())
        )
    return res
