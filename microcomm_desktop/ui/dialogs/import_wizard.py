"""The import wizard: file → detected preset and an editable column mapping → preview with per-cell errors →
optional dry run (what would change, numbers that would change a lot) → import in a worker with progress and
Cancel → report (exportable as CSV). Posts, interactions and engagers (the app's own engagers export).

Unknown exports open on the mapping screen with nothing mapped (never a crash); the user's mapping can be
saved as a preset that is detected automatically next time.
"""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import Engine

from microcomm_desktop.domain.imports import PRESETS, ConvertOptions, CsvTable, Preset, mapping_for
from microcomm_desktop.domain.imports.rows import PLATFORMS
from microcomm_desktop.services import importing
from microcomm_desktop.services.reach import ratio_availability
from microcomm_desktop.ui.jobs import JobRunner, Progress
from microcomm_desktop.ui.models.import_preview_table_model import ImportPreviewModel

PREVIEW_ROWS = 50


class ImportDialog(QDialog):
    """One dialog, three pages (mapping+preview, progress, report). ``imported`` fires after a write."""

    imported = Signal(object)

    def __init__(
        self,
        engine: Engine,
        workspace_id: int,
        path: Path,
        table: CsvTable,
        kind: str = "posts",
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.workspace_id = workspace_id
        self.path = path
        self.kind = kind
        if kind == "interactions":
            title = self.tr("Import interactions — {file}")
        elif kind == "engagers":
            title = self.tr("Import engagers — {file}")
        else:
            title = self.tr("Import posts — {file}")
        self.setWindowTitle(title.format(file=path.name))
        self.resize(1100, 720)
        self.user_presets = [p for p in importing.load_user_presets(engine) if p.kind == kind]
        # make_plan may refuse the file as a whole (YouTube Chart data): the caller shows that sentence.
        self.plan = importing.make_plan(table, ConvertOptions(today=today or date.today()), kind=kind, engine=engine)
        # The import runs off the UI thread (ui/jobs.py); its own pool, so closing waits for this import only.
        self.jobs = JobRunner(self, QThreadPool(self))
        self._stop: threading.Event | None = None  # set by Stop (or closing): the service rolls back
        self.report: importing.ImportReport | None = None

        self.pages = QStackedWidget()
        root = QVBoxLayout(self)
        root.addWidget(self.pages)
        self._build_mapping_page(table)
        self._build_progress_page()
        self._build_report_page()
        self._apply_plan_to_widgets()
        self.refresh_preview()

    # ----- page 1
    def _build_mapping_page(self, table: CsvTable) -> None:
        page = QWidget()
        lay = QVBoxLayout(page)
        info = self.tr("{file}: {rows}, {columns} ({encoding})").format(
            file=self.path.name,
            rows=self.tr("%Ln data row(s)", "", len(table.rows)),
            columns=self.tr("%n column(s)", "", len(table.headers)),
            encoding=table.encoding,
        )
        self._file_info = info
        self.file_label = QLabel(info)
        self.file_label.setObjectName("fileLabel")
        self.file_label.setWordWrap(True)
        lay.addWidget(self.file_label)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Preset:")))
        self.preset_combo = QComboBox()
        self.preset_combo.setObjectName("presetCombo")
        self.preset_combo.addItem(self.tr("(your own mapping)"), "")
        for p in PRESETS.values():
            if p.kind == self.kind:
                self.preset_combo.addItem(p.title_text(), p.name)
        for p in self.user_presets:
            self.preset_combo.addItem(self.tr("{preset} (saved)").format(preset=p.title), p.name)
        self.preset_combo.currentIndexChanged.connect(self._preset_changed)
        top.addWidget(self.preset_combo, 1)
        self.detected = QLabel()
        top.addWidget(self.detected)
        lay.addLayout(top)

        opts = QHBoxLayout()
        self.label_combo = QComboBox()
        self.label_combo.addItems(["community", "reach"])  # i18n: data
        self.label_combo.setToolTip(self.tr("Label for rows whose file has no label column"))
        self.platform_combo = QComboBox()
        self.platform_combo.addItem(self.tr("(from preset)"), "")
        for pl in PLATFORMS:
            self.platform_combo.addItem(pl, pl)  # i18n: data
        self.order_combo = QComboBox()
        self.order_combo.setObjectName("dateOrderCombo")
        self.order_combo.addItem(self.tr("(from the file)"), "")
        self.order_combo.addItem(self.tr("month/day (US)"), "mdy")
        self.order_combo.addItem(self.tr("day/month"), "dmy")
        self.year_spin = QSpinBox()
        self.year_spin.setRange(0, 2100)
        self.year_spin.setSpecialValueText(self.tr("from the file"))
        self.year_spin.setToolTip(
            self.tr(
                "The file's dates have no year: pick one, or let the file decide "
                "(TikTok video ids, a run of consecutive days, else the most recent past date)"
            )
        )
        self.year_label = QLabel(self.tr("Year:"))
        if self.kind == "posts":
            opts.addWidget(QLabel(self.tr("Default label:")))
            opts.addWidget(self.label_combo)
            opts.addWidget(QLabel(self.tr("Platform:")))
            opts.addWidget(self.platform_combo)
        # Engagers too: the app writes ISO dates, but an Excel re-save writes 03/06/2026 (first/last seen).
        opts.addWidget(QLabel(self.tr("Dates:")))
        opts.addWidget(self.order_combo)
        opts.addWidget(self.year_label)
        opts.addWidget(self.year_spin)
        opts.addStretch(1)
        for w in (self.label_combo, self.platform_combo, self.order_combo):
            w.currentIndexChanged.connect(self._options_changed)
        self.year_spin.valueChanged.connect(self._options_changed)
        lay.addLayout(opts)

        split = QSplitter(Qt.Orientation.Horizontal)
        box = QGroupBox(self.tr("Column mapping (app field ← CSV column)"))
        form = QFormLayout()
        self.map_combos: dict[str, QComboBox] = {}
        for spec in self.plan.fields:
            cb = QComboBox()
            cb.setObjectName(f"map_{spec.key}")
            cb.addItem(self.tr("(none)"), -1)
            for i, h in enumerate(table.headers):
                cb.addItem(h or self.tr("column {number}").format(number=i + 1), i)  # i18n: data (the file's headers)
            cb.currentIndexChanged.connect(self._mapping_changed)
            self.map_combos[spec.key] = cb
            form.addRow(spec.label_text() + (" *" if spec.required else ""), cb)
        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        bl = QVBoxLayout(box)
        bl.addWidget(scroll)
        self.save_preset_btn = QPushButton(self.tr("Save mapping as preset…"))
        self.save_preset_btn.clicked.connect(self.save_preset)
        bl.addWidget(self.save_preset_btn)
        box.setMinimumWidth(min(520, inner.sizeHint().width() + 48))  # headers readable, no sideways scroll
        split.addWidget(box)
        pv = QGroupBox(self.tr("Preview of the first %n rows as they will be stored", "", PREVIEW_ROWS))
        pl_ = QVBoxLayout(pv)
        self.preview_model = ImportPreviewModel(self)
        self.preview_view = QTableView()
        self.preview_view.setModel(self.preview_model)
        self.preview_view.verticalHeader().setVisible(False)
        self.preview_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        pl_.addWidget(self.preview_view)
        self.preview_summary = QLabel()
        self.preview_summary.setWordWrap(True)
        pl_.addWidget(self.preview_summary)
        split.addWidget(pv)
        split.setSizes([360, 740])
        lay.addWidget(split, 1)

        bottom = QHBoxLayout()
        self.skip_bad = QCheckBox(self.tr("Import the good rows even if some are rejected"))
        self.skip_bad.setObjectName("skipBad")
        self.skip_bad.setChecked(True)
        self.skip_bad.setToolTip(self.tr("Off: any rejected row stops the import and nothing is written"))
        bottom.addWidget(self.skip_bad)
        bottom.addStretch(1)
        self.cancel_btn = QPushButton(self.tr("Cancel"))
        self.cancel_btn.clicked.connect(self.reject)
        self.dry_btn = QPushButton(self.tr("Dry run"))
        self.dry_btn.setObjectName("dryRunButton")
        self.dry_btn.setToolTip(
            self.tr("Check the whole file against your data and show what would change; writes nothing")
        )
        self.dry_btn.clicked.connect(self.start_dry_run)
        bottom.addWidget(self.dry_btn)
        self.import_btn = QPushButton(self.tr("Import"))
        self.import_btn.setObjectName("importButton")
        self.import_btn.setDefault(True)
        self.import_btn.clicked.connect(self.start_import)
        bottom.addWidget(self.cancel_btn)
        bottom.addWidget(self.import_btn)
        lay.addLayout(bottom)
        self.pages.addWidget(page)

    def _apply_plan_to_widgets(self) -> None:
        p = self.plan.preset
        self.preset_combo.blockSignals(True)
        self.preset_combo.setCurrentIndex(max(0, self.preset_combo.findData(p.name if p else "")))
        self.preset_combo.blockSignals(False)
        self.detected.setText(
            self.tr("detected: {preset}").format(preset=p.title_text())
            if p
            else self.tr("Not recognised: map the columns yourself (at least the * fields).")
        )
        for key, cb in self.map_combos.items():
            cb.blockSignals(True)
            idx = self.plan.mapping.get(key)
            cb.setCurrentIndex(cb.findData(-1 if idx is None else idx))
            cb.blockSignals(False)
        needs_year = self.plan.needs_year()
        self.year_label.setVisible(needs_year)
        self.year_spin.setVisible(needs_year)
        self._show_file_notes()

    def _show_file_notes(self) -> None:
        notes = [*self.plan.table.notes, *self.plan.date_notes]
        self.file_label.setText(self._file_info + ("\n" + "\n".join(notes) if notes else ""))
        self.order_combo.setStyleSheet("QComboBox { border: 2px solid #c0392b; }" if self.plan.needs_date_order else "")

    def _preset_changed(self, _i: int) -> None:
        name = self.preset_combo.currentData()
        preset: Preset | None = importing.find_preset(self.engine, name) if name else None
        self.plan.preset = preset
        if preset is not None:
            self.plan.mapping = mapping_for(preset, self.plan.table.headers, self.plan.fields)
        self.plan.reanalyse()  # new columns may show the file's number style and date order
        self._apply_plan_to_widgets()
        self.refresh_preview()

    def _mapping_changed(self, _i: int) -> None:
        for key, cb in self.map_combos.items():
            v = cb.currentData()
            self.plan.mapping[key] = None if v is None or int(v) < 0 else int(v)
        self.plan.reanalyse()
        self._show_file_notes()
        self.refresh_preview()

    def _options_changed(self, *_a: Any) -> None:
        o = self.plan.options
        o.default_label = self.label_combo.currentText()
        o.platform = self.platform_combo.currentData() or None
        order = self.order_combo.currentData()
        o.date_order = order if order in ("mdy", "dmy") else None
        o.year = self.year_spin.value() or None
        self.plan.detect_dates()
        self._show_file_notes()
        self.refresh_preview()

    def refresh_preview(self) -> None:
        results = importing.preview(self.plan, PREVIEW_ROWS)
        mapped = [f for f in self.plan.fields if self.plan.mapping.get(f.key) is not None]
        self.preview_model.set_results(results, mapped)
        # No column narrower than its header: "Platform post id" (German: "Beitrags-ID der Plattform") must read.
        header = self.preview_view.horizontalHeader()
        for col in range(header.count()):
            self.preview_view.setColumnWidth(col, max(header.defaultSectionSize(), header.sectionSizeHint(col)))
        missing = self.plan.missing_required()
        bad = sum(1 for r in results if r.errors)
        text = self.tr("%n rows previewed: {bad} with errors (highlighted; hover for the reason).", "", len(results))
        text = text.format(bad=bad)
        skipped = [r for r in results if r.skip_reason and r.skip_reason != "empty row"]
        if skipped:
            why: dict[str, int] = {}
            for r in skipped:
                why[str(r.skip_reason)] = why.get(str(r.skip_reason), 0) + 1
            text += " " + self.tr("%n skipped: {reasons}.", "", len(skipped)).format(
                reasons="; ".join(f"{k} ({n})" for k, n in why.items())
            )
        years = importing.year_note(results, self.plan.options.today)
        if years:
            text += " " + years
        if missing:
            # The fields' own labels in the reader's language (the plan names them in English).
            shown = [f.label_text() for f in self.plan.fields if f.label in missing]
            text = self.tr("Map a column to: {fields}.").format(fields=", ".join(shown)) + " " + text
        if self.plan.needs_date_order:
            text = self.tr("Choose the date order (Dates) — the file's dates read both ways.") + " " + text
        if self.kind == "posts":  # which ratios these posts will have, before anything is written
            ok = [r.values for r in results if r.ok]
            notes = ratio_availability(self.engine, self.workspace_id, ok) if ok else []
            if notes:
                text += "\n" + "\n".join(notes)
        self.preview_summary.setText(text)
        ready = not missing and bool(self.plan.table.rows) and not self.plan.needs_date_order
        self.import_btn.setEnabled(ready)
        self.dry_btn.setEnabled(ready)

    def save_preset(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Save preset"), self.tr("Name for this mapping (e.g. 'My Instagram export'):")
        )
        if not ok:
            return
        platform = self.plan.options.platform or (self.plan.preset.platform if self.plan.preset else "other")
        try:
            preset = importing.save_user_preset(
                self.engine, name, self.kind, self.plan.table.headers, self.plan.mapping, platform
            )
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("Save preset"), str(exc))
            return
        self.preset_combo.blockSignals(True)
        self.preset_combo.addItem(self.tr("{preset} (saved)").format(preset=preset.title), preset.name)
        self.preset_combo.setCurrentIndex(self.preset_combo.count() - 1)
        self.preset_combo.blockSignals(False)
        self.plan.preset = preset

    # ----- page 2
    def _build_progress_page(self) -> None:
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.addStretch(1)
        self.progress_label = QLabel(self.tr("Importing… (one transaction: Cancel leaves your data exactly as before)"))
        lay.addWidget(self.progress_label)
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        lay.addWidget(self.progress)
        row = QHBoxLayout()
        row.addStretch(1)
        self.stop_btn = QPushButton(self.tr("Cancel import"))
        self.stop_btn.setObjectName("cancelImport")
        self.stop_btn.clicked.connect(self.cancel_import)
        row.addWidget(self.stop_btn)
        lay.addLayout(row)
        lay.addStretch(1)
        self.pages.addWidget(page)

    def start_dry_run(self) -> None:
        self.start_import(dry_run=True)

    def start_import(self, dry_run: bool = False) -> None:
        if self.plan.missing_required() or self.plan.needs_date_order:
            return
        self.pages.setCurrentIndex(1)
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        engine, ws_id, plan, skip_bad = self.engine, self.workspace_id, self.plan, self.skip_bad.isChecked()
        stop = self._stop = threading.Event()

        def run(progress: Progress) -> importing.ImportReport:
            return importing.run_import(
                engine, ws_id, plan, dry_run=dry_run, skip_bad=skip_bad, progress=progress, cancelled=stop.is_set
            )

        self.jobs.start_reporting(run, self._on_done, self._on_failed, self._on_progress)

    @property
    def running(self) -> bool:
        """An import (or dry run) has not answered yet."""
        return self._stop is not None

    def cancel_import(self) -> None:
        if self._stop is not None:
            self._stop.set()
            self.stop_btn.setEnabled(False)
            self.progress_label.setText(self.tr("Cancelling… rolling back."))

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setValue(int(done * 1000 / total) if total else 1000)

    def _on_failed(self, message: str) -> None:
        # A database error: the transaction rolled back. Another import running, a full disk: a sentence.
        self._stop = None
        self.report_text.setPlainText(
            self.tr("The import failed and nothing was written: {error}").format(error=message)
        )
        self.report_summary.setText("<b>" + self.tr("Import failed — nothing was written.") + "</b>")
        self.pages.setCurrentIndex(2)

    def _on_done(self, report: importing.ImportReport) -> None:
        self._stop = None
        self.report = report
        self.report_summary.setText(f"<b>{report.summary()}</b>")
        self.report_text.setPlainText("\n".join(report.lines()[1:]) or self.tr("No problems."))
        self.export_report_btn.setEnabled(bool(report.rejected or report.warnings or report.skipped_lines))
        self.back_btn.setVisible(report.dry_run or report.cancelled)
        self.pages.setCurrentIndex(2)
        if report.written:
            self.imported.emit(report)

    # ----- page 3
    def _build_report_page(self) -> None:
        page = QWidget()
        lay = QVBoxLayout(page)
        self.report_summary = QLabel()
        self.report_summary.setObjectName("reportSummary")
        self.report_summary.setWordWrap(True)
        lay.addWidget(self.report_summary)
        lay.addWidget(QLabel(self.tr("Rejected rows (line number and reason) and warnings:")))
        self.report_text = QPlainTextEdit()
        self.report_text.setReadOnly(True)
        lay.addWidget(self.report_text, 1)
        row = QHBoxLayout()
        self.export_report_btn = QPushButton(self.tr("Export report to CSV…"))
        self.export_report_btn.clicked.connect(self.export_report)
        row.addWidget(self.export_report_btn)
        row.addStretch(1)
        self.back_btn = QPushButton(self.tr("Back to the mapping"))
        self.back_btn.setObjectName("backButton")
        self.back_btn.setToolTip(self.tr("After a dry run: change choices, or import for real"))
        self.back_btn.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.back_btn.setVisible(False)
        row.addWidget(self.back_btn)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row.addWidget(close)
        lay.addLayout(row)
        self.pages.addWidget(page)

    def export_report(self) -> None:
        if self.report is None:
            return
        path_str, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export import report"),
            f"{self.path.stem}-import-report.csv",
            self.tr("CSV files (*.csv)"),
        )
        if not path_str:
            return
        try:
            self.report.write_csv(Path(path_str))
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Export report"),
                self.tr("Could not write {path}: {error}").format(path=path_str, error=exc.strerror or exc),
            )

    def reject(self) -> None:
        if self._stop is not None:  # closing mid-import cancels (rollback) rather than leaving a thread behind
            self._stop.set()
            self.jobs.wait(-1)
        super().reject()
