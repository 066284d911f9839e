"""Calibrate benchmark bands from the creator's own last 30/60/90 days: the proposal beside the niche defaults and
the current bands, one tick per band, applied as one undoable step (the Dashboard pushes it on its undo stack)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import Engine

from microcomm_desktop.services import calibration
from microcomm_desktop.services.calibration import BandProposal, Calibration, parse_band
from microcomm_desktop.ui.models.base_table_model import BaseTableModel, Column

Index = QModelIndex | QPersistentModelIndex
HEADERS = [
    QT_TRANSLATE_NOOP("ProposalModel", "Signal"),
    QT_TRANSLATE_NOOP("ProposalModel", "Niche default"),
    QT_TRANSLATE_NOOP("ProposalModel", "Current"),
    QT_TRANSLATE_NOOP("ProposalModel", "Proposed (your data)"),
    QT_TRANSLATE_NOOP("ProposalModel", "Based on"),
]


def _tr(text: object) -> str:
    return QCoreApplication.translate("ProposalModel", str(text))


def _band(b: Any, unit: str) -> str:
    return QCoreApplication.translate("ProposalModel", "n/a") if b is None else f"{b.low:g}–{b.high:g}{unit}"


class ProposalModel(BaseTableModel[BandProposal]):
    """One row per band; the Signal column is checkable (ticked = apply it) when a band is proposed or typed.
    The Proposed column is editable: a typed band replaces the proposal (``typed``)."""

    rejected = Signal(str)  # a typed band that could not be read: the dialog shows the sentence

    def __init__(self, parent: Any = None) -> None:
        def basis(p: BandProposal) -> str:
            return p.basis

        super().__init__(
            [
                Column(_tr(HEADERS[0]), lambda p: p.label, tooltip=basis),
                Column(_tr(HEADERS[1]), lambda p: _band(p.default, p.unit), tooltip=basis),
                Column(_tr(HEADERS[2]), lambda p: _band(p.current, p.unit), tooltip=basis),
                Column(_tr(HEADERS[3]), self._band_text, display=self._shown, tooltip=basis, editable=True),
                Column(
                    _tr(HEADERS[4]),
                    lambda p: (
                        QCoreApplication.translate("ProposalModel", "Typed by you.") if p.key in self.typed else p.basis
                    ),
                    tooltip=basis,
                ),
            ],
            parent,
        )
        self.ticked: set[str] = set()
        self.typed: dict[str, tuple[float, float]] = {}

    def _band_text(self, p: BandProposal) -> str:
        """What the editor starts with: the band without its unit ("" when there is none)."""
        band = self.band_of(p)
        return "" if band is None else f"{band[0]:g}–{band[1]:g}"

    def _shown(self, p: BandProposal) -> str:
        band = self.band_of(p)
        return (
            QCoreApplication.translate("ProposalModel", "n/a") if band is None else f"{band[0]:g}–{band[1]:g}{p.unit}"
        )

    def set_rows(self, rows: Sequence[BandProposal]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.typed = {}
        self.ticked = {p.key for p in rows if p.proposed is not None}
        self.endResetModel()

    def band_of(self, p: BandProposal) -> tuple[float, float] | None:
        if p.key in self.typed:
            return self.typed[p.key]
        return None if p.proposed is None else (p.proposed.low, p.proposed.high)

    def use_defaults(self) -> None:
        """Every band back to the niche default (ticked), e.g. to leave a calibration behind."""
        self.beginResetModel()
        self.typed = {p.key: (p.default.low, p.default.high) for p in self.rows}
        self.ticked = {p.key for p in self.rows}
        self.endResetModel()

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == 0 and self.band_of(self.rows[index.row()]) is not None:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def cell_data(self, row: BandProposal, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and column == 0 and self.band_of(row) is not None:
            return Qt.CheckState.Checked if row.key in self.ticked else Qt.CheckState.Unchecked
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role == Qt.ItemDataRole.EditRole and index.column() == 3:
            p = self.rows[index.row()]
            try:
                self.typed[p.key] = parse_band(str(value))
            except ValueError as exc:
                self.rejected.emit(f"{p.label}: {exc}")
                return False
            self.ticked.add(p.key)
            self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(HEADERS) - 1))
            self.rejected.emit("")
            return True
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        key = self.rows[index.row()].key
        on = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        (self.ticked.add if on else self.ticked.discard)(key)
        self.dataChanged.emit(index, index, [role])
        return True


class CalibrateDialog(QDialog):
    """Shows a proposal; ``chosen()`` is what OK applies (the caller applies it, undoably)."""

    def __init__(self, engine: Engine, workspace_id: int, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine, self.workspace_id, self.today = engine, workspace_id, today
        self.setWindowTitle(self.tr("Calibrate benchmark bands from your own data"))
        self.resize(1100, 420)
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Learn from my last")))
        self.days = QComboBox()
        for d in calibration.PERIODS:
            self.days.addItem(self.tr("%n day(s)", "", d), d)
        self.days.setCurrentIndex(len(calibration.PERIODS) - 1)
        self.days.currentIndexChanged.connect(lambda _i: self.reload())
        row.addWidget(self.days)
        row.addStretch(1)
        self.defaults_btn = QPushButton(self.tr("Start from the niche defaults"))
        self.defaults_btn.setToolTip(
            self.tr("Fill every band with its niche default (ticked); apply to go back to them")
        )
        row.addWidget(self.defaults_btn)
        lay.addLayout(row)
        self.explain = QLabel(
            self.tr(
                "Proposed band = the middle half (25th to 75th percentile) of your own values: per post for ER, "
                "saves and replies per 1,000 reach; per week for the returning share. Tick the bands to use; they "
                "apply to this workspace only, and Edit › Undo puts the earlier bands back. Double-click a proposed "
                "band to type your own (e.g. 6–15)."
            )
        )
        self.explain.setWordWrap(True)
        lay.addWidget(self.explain)
        self.model = ProposalModel(self)
        self.defaults_btn.clicked.connect(self.model.use_defaults)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        lay.addWidget(self.view, 1)
        self.error = QLabel("")
        self.error.setStyleSheet("color: #c0392b")
        self.error.setWordWrap(True)
        self.model.rejected.connect(self.error.setText)
        lay.addWidget(self.error)
        self.last = QLabel("")
        self.last.setWordWrap(True)
        lay.addWidget(self.last)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_btn = self.buttons.addButton(self.tr("Apply ticked bands"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.model.modelReset.connect(lambda: self.apply_btn.setEnabled(bool(self.model.ticked)))
        self.model.dataChanged.connect(lambda *_a: self.apply_btn.setEnabled(bool(self.model.ticked)))
        lay.addWidget(self.buttons)
        self.calibration: Calibration | None = None
        self.reload()

    def reload(self) -> None:
        self.calibration = calibration.propose(self.engine, self.workspace_id, self.today, int(self.days.currentData()))
        self.model.set_rows(self.calibration.proposals)
        self.apply_btn.setEnabled(bool(self.model.ticked))
        last = calibration.last_applied(self.engine, self.workspace_id)
        self.last.setText(
            self.tr("In use: bands calibrated on {date} from the last %n day(s).", "", int(last["days"])).format(
                date=last["applied_on"]
            )
            if last
            else self.tr("In use: the niche defaults (no calibration applied).")
        )

    def chosen(self) -> dict[str, list[float]]:
        """The ticked bands (proposed or typed) — what Apply writes."""
        out: dict[str, list[float]] = {}
        for p in self.model.rows:
            band = self.model.band_of(p)
            if band is not None and p.key in self.model.ticked:
                out[p.key] = [band[0], band[1]]
        return out
