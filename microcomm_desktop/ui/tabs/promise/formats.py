"""The three recurring formats: list, form, templates."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
)

from microcomm_desktop.domain.promise import FORMAT_TEMPLATES
from microcomm_desktop.ui.lazy import LazyModule
from microcomm_desktop.ui.tabs.promise.section import WARN, Section, draft_text

if TYPE_CHECKING:
    from microcomm_desktop.services import promise as svc
else:  # imported at first use: the first window is built before the data layer (ui/lazy.py)
    svc = LazyModule("microcomm_desktop.services.promise")


class FormatsSection(Section):
    def build(self) -> None:
        self._formats: list[Any] = []
        lay = QVBoxLayout(self)
        self.formats_status = QLabel("")
        self.formats_status.setWordWrap(True)
        lay.addWidget(self.formats_status)
        self.formats_list = QListWidget()
        self.formats_list.currentRowChanged.connect(self._format_selected)
        lay.addWidget(self.formats_list, 1)
        form = QFormLayout()
        self.fmt_name = QLineEdit()
        self.fmt_desc = QLineEdit()
        self.fmt_cadence = QComboBox()
        self.fmt_cadence.setEditable(True)
        self.fmt_cadence.addItems(
            [self.tr("weekly"), self.tr("twice a week"), self.tr("every two weeks"), self.tr("monthly")]
        )
        form.addRow(self.tr("Name:"), self.fmt_name)
        form.addRow(self.tr("Description:"), self.fmt_desc)
        form.addRow(self.tr("Cadence:"), self.fmt_cadence)
        lay.addLayout(form)
        self.fmt_error = QLabel("")
        self.fmt_error.setStyleSheet(WARN)
        lay.addWidget(self.fmt_error)
        r = QHBoxLayout()
        for text, slot in (
            (self.tr("Add format"), self.add_format),
            (self.tr("Update"), self.update_format),
            (self.tr("Remove"), self.remove_format),
        ):
            b = QPushButton(text)
            b.clicked.connect(slot)
            r.addWidget(b)
        r.addStretch(1)
        lay.addLayout(r)
        r = QHBoxLayout()
        r.addWidget(QLabel(self.tr("Templates:")))
        for source_name, source_desc, cadence in FORMAT_TEMPLATES:
            name = QCoreApplication.translate("domain.promise", source_name)
            desc = QCoreApplication.translate("domain.promise", source_desc)
            b = QPushButton(self.tr("+ {name}").format(name=name))
            b.setToolTip(desc)
            cadence = QCoreApplication.translate("FormatsSection", cadence)  # as the cadence combo offers it
            b.clicked.connect(lambda _=False, n=name, d=desc, c=cadence: self._add_format(n, d, c))
            r.addWidget(b)
        r.addStretch(1)
        lay.addLayout(r)

    def reload(self) -> None:
        assert self.ws_id is not None
        before = self._formats
        row = self.formats_list.currentRow()
        selected = before[row].id if 0 <= row < len(before) else None
        self._formats = svc.list_formats(self.engine, self.ws_id)
        self.formats_list.clear()
        no_cadence = self.tr("no cadence")
        for f in self._formats:
            self.formats_list.addItem(f"{f.name}  ({f.cadence or no_cadence}) — {f.description}")
        # Keep the format being edited selected, so Update (and closing) still saves onto it.
        again = next((i for i, f in enumerate(self._formats) if selected is not None and f.id == selected), -1)
        if again >= 0:
            self.formats_list.setCurrentRow(again)
        n = len(self._formats)
        if n < 3:
            self.formats_status.setText(
                self.tr(
                    "<span style='{style}'>{n} of 3 recurring formats — incomplete.</span> "
                    "Add formats that deliver the promise, or one click on a template below."
                ).format(style=WARN, n=n)
            )
        else:
            self.formats_status.setText(self.tr("{n} recurring formats ✓ — three is the recommended set.").format(n=n))

    def _format_selected(self, row: int) -> None:
        if 0 <= row < len(self._formats):
            f = self._formats[row]
            force = f.id != self.tab._format_loaded_id
            cadence = self.fmt_cadence.lineEdit()
            assert cadence is not None  # the combo is editable
            self._fill("fmt_name", self.fmt_name, f.name, force)
            self._fill("fmt_desc", self.fmt_desc, f.description, force)
            self._fill("fmt_cadence", cadence, f.cadence, force)
            self.tab._format_loaded_id = f.id

    def _add_format(self, name: str, desc: str, cadence: str) -> None:
        if self.ws_id is None:
            return
        ws = self.ws_id
        try:
            self._push(
                self.tr("Add format {name}").format(name=repr(name)),
                lambda _undone: svc.add_format(self.engine, ws, name, desc, cadence),
                lambda format_id: svc.delete_format(self.engine, format_id),
            )
            self.fmt_error.setText("")
        except svc.InputError as exc:
            self.fmt_error.setText(exc.message)

    def add_format(self) -> None:
        self._add_format(self.fmt_name.text(), self.fmt_desc.text(), self.fmt_cadence.currentText())

    def update_format(self) -> None:
        row = self.formats_list.currentRow()
        if not 0 <= row < len(self._formats):
            self.fmt_error.setText(self.tr("Select a format to update."))
            return
        fid = self._formats[row].id or 0
        values = {
            "name": self.fmt_name.text(),
            "description": self.fmt_desc.text(),
            "cadence": self.fmt_cadence.currentText(),
        }
        try:
            self._push(
                self.tr("Edit format"),
                lambda _undone: svc.update_format(self.engine, fid, **values),
                lambda old: svc.update_format(self.engine, fid, **old),
            )
            self.fmt_error.setText("")
        except svc.InputError as exc:
            self.fmt_error.setText(exc.message)

    def remove_format(self) -> None:
        row = self.formats_list.currentRow()
        if not 0 <= row < len(self._formats):
            return
        format_id = self._formats[row].id or 0
        # Undo restores the row under a new id; a redo after it removes that id.
        self._push(
            self.tr("Remove format"),
            lambda restored_id: svc.delete_format(self.engine, restored_id or format_id),
            lambda saved: svc.restore_format(self.engine, saved) if saved is not None else None,
        )

    # ------------------------------------------------------------------ autosave and drafts
    def fields(self) -> dict[str, Any]:
        row = self.formats_list.currentRow()
        fid = self._formats[row].id if 0 <= row < len(self._formats) else None
        return {
            "id": fid,
            "name": self.fmt_name.text(),
            "description": self.fmt_desc.text(),
            "cadence": self.fmt_cadence.currentText(),
        }

    def flush(self, f: dict[str, Any]) -> str | None:
        """The format form: edits to the selected format are an Update; a new name not yet added is an Add."""
        name, desc, cadence = f["name"].strip(), f["description"].strip(), f["cadence"].strip()
        target = self._format_target(f)
        if target is not None:
            if (target.name, target.description, target.cadence) == (name, desc, cadence):
                return None
            self.formats_list.setCurrentRow(self._formats.index(target))
            self.fmt_name.setText(f["name"])
            self.fmt_desc.setText(f["description"])
            self.fmt_cadence.setCurrentText(f["cadence"])
            self.update_format()
        elif name or desc:
            self._add_format(f["name"], f["description"], f["cadence"])
        else:
            return None
        return self.fmt_error.text() or None

    def _format_target(self, f: dict[str, Any]) -> Any:
        """The stored format the form edits: the selected one, else one with the typed name (or None)."""
        name = str(f["name"]).strip()
        target = next((x for x in self._formats if x.id == f["id"]), None)
        if target is None and name:
            target = next((x for x in self._formats if x.name.strip().casefold() == name.casefold()), None)
        return target

    def is_pending(self, v: dict[str, Any]) -> bool:
        target = self._format_target(v)
        fields = (str(v["name"]).strip(), str(v["description"]).strip(), str(v["cadence"]).strip())
        if target is not None:
            return (target.name, target.description, target.cadence) != fields
        return bool(fields[0] or fields[1])

    def apply_draft(self, v: dict[str, Any], error: str) -> None:
        row = next((i for i, f in enumerate(self._formats) if f.id == v.get("id")), -1)
        self.formats_list.setCurrentRow(row)
        self.fmt_name.setText(draft_text(v, "name"))
        self.fmt_desc.setText(draft_text(v, "description"))
        self.fmt_cadence.setCurrentText(draft_text(v, "cadence"))
        self.fmt_error.setText(error)
