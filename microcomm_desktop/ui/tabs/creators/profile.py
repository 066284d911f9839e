"""The selected creator's profile form: fields, their inline error messages, and parsing them into an input.

The form only shows and parses; the tab decides when to fill it (selection, reload, draft) and when to save.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)

from microcomm_desktop.domain.creators import (
    STATUSES,
    creator_status_label,
    format_handles,
    parse_figure,
    parse_handles,
    validate_creator,
)
from microcomm_desktop.domain.metrics import BAND_UNITS, BENCHMARKS
from microcomm_desktop.services import creators as svc
from microcomm_desktop.services import figures_text
from microcomm_desktop.ui.models.creator_table_model import shown_number

if TYPE_CHECKING:
    from microcomm_desktop.ui.tabs.creators.page import CreatorsTab


def _band(key: str) -> str:
    """A benchmark band for a tooltip ("3% to 8%"), its numbers written the user's way."""
    b, unit = BENCHMARKS[key], BAND_UNITS.get(key, "")
    return QCoreApplication.translate("ProfileForm", "{low} to {high}").format(
        low=shown_number(b.low) + unit, high=shown_number(b.high) + unit
    )


def _err_label() -> QLabel:
    lab = QLabel("")
    lab.setStyleSheet("color: #c0392b;")
    lab.setWordWrap(True)
    lab.setVisible(False)
    return lab


class ProfileForm(QScrollArea):
    def __init__(self, tab: CreatorsTab) -> None:
        super().__init__()
        self.tab = tab
        self.name = QLineEdit()
        self.status = QComboBox()
        for status in STATUSES:  # shown in the user's language, stored as the English key (item data)
            self.status.addItem(creator_status_label(status), status)
        self.niche = QLineEdit()
        self.niche.setPlaceholderText(self.tr("e.g. trail running"))
        self.audience = QLineEdit()
        self.audience.setPlaceholderText(self.tr("people, e.g. 8200"))
        self.handles = QPlainTextEdit()
        self.handles.setPlaceholderText(self.tr("one per line: instagram @name"))
        self.handles.setFixedHeight(56)
        self.contact = QLineEdit()
        self.contact.setPlaceholderText(self.tr("email, agent or DM"))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(56)
        self.struggle = QLineEdit()
        self.struggle.setPlaceholderText(self.tr("their answer in their words"))
        self.struggle.setToolTip(
            self.tr("Ask: “What does your audience struggle with this week?” — the rubric needs it dated")
        )
        self.struggle_dated = QCheckBox(self.tr("asked on"))
        self.struggle_date = QDateEdit()
        self.struggle_date.setCalendarPopup(True)
        self.struggle_date.setDisplayFormat("yyyy-MM-dd")
        self.reset_struggle_date()  # never Qt's 2000-01-01 in an empty profile
        self.replies = QLineEdit()
        self.er = QLineEdit()
        self.returning = QLineEdit()
        for w, tip in (
            (
                self.replies,
                self.tr("Replies (comments + replies) per 1,000 reach; benchmark {band}").format(
                    band=_band("replies_per_1k")
                ),
            ),
            (self.er, self.tr("Engagement rate in percent; benchmark {band}").format(band=_band("er"))),
            (
                self.returning,
                self.tr("Share of engagers who engaged on 2+ days in 30 days, percent; benchmark {band}").format(
                    band=_band("returning_share")
                ),
            ),
        ):
            w.setToolTip(tip)
            w.setPlaceholderText(self.tr("unknown"))
        self.figures_ws = QComboBox()
        self.figures_ws.setToolTip(
            self.tr(
                "A workspace holding the creator's own export (posts and interactions imported there): its last "
                "30 days replace the typed figures"
            )
        )
        self.errors: dict[str, QLabel] = {
            k: _err_label()
            for k in (
                "name",
                "audience_size",
                "handles",
                "struggle_answer",
                "struggle_date",
                "replies_per_1k",
                "er_pct",
                "returning_share_pct",
                "figures_workspace_id",
                "status",
            )
        }
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # German labels run ~30 % longer: a field that no longer fits beside its label goes under it (no clipping).
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        def row(label: str, w: QWidget | Any, key: str | None = None) -> None:
            form.addRow(label, w)
            if key:
                form.addRow("", self.errors[key])

        self.draft_note = QLabel("")
        self.draft_note.setWordWrap(True)
        self.draft_note.setStyleSheet("color: #b9770e")
        self.draft_note.setToolTip(
            self.tr(
                "Closing the window saves a valid profile form; one that cannot be saved yet is kept as a draft "
                "and put back here."
            )
        )
        self.draft_note.hide()
        form.addRow(self.draft_note)
        row(self.tr("Name"), self.name, "name")
        row(self.tr("Status"), self.status, "status")
        row(self.tr("Niche / topic"), self.niche)
        row(self.tr("Audience size"), self.audience, "audience_size")
        row(self.tr("Handles"), self.handles, "handles")
        row(self.tr("Contact"), self.contact)
        row(self.tr("Notes"), self.notes)
        sd = QHBoxLayout()
        sd.addWidget(self.struggle_dated)
        sd.addWidget(self.struggle_date)
        sd.addStretch(1)
        row(self.tr("Struggles this week"), self.struggle, "struggle_answer")
        row("", sd, "struggle_date")
        row(self.tr("Replies per 1k reach"), self.replies, "replies_per_1k")
        row(self.tr("ER %"), self.er, "er_pct")
        row(self.tr("Returning share %"), self.returning, "returning_share_pct")
        row(self.tr("Figures from workspace"), self.figures_ws, "figures_workspace_id")
        self.measured_label = QLabel("")
        self.measured_label.setWordWrap(True)
        form.addRow("", self.measured_label)
        self.save_btn = QPushButton(self.tr("Save"))
        self.save_btn.setToolTip(self.tr("Save the profile (Ctrl+S)"))
        self.save_btn.clicked.connect(self.tab.save)
        self.revert_btn = QPushButton(self.tr("Revert"))
        self.revert_btn.clicked.connect(self.tab._fill_form_from_detail)
        btns = QHBoxLayout()
        btns.addStretch(1)
        btns.addWidget(self.revert_btn)
        btns.addWidget(self.save_btn)
        form.addRow(btns)
        profile_box = QGroupBox(self.tr("Profile"))
        profile_box.setLayout(form)
        self.setWidgetResizable(True)
        self.setWidget(profile_box)
        self.setMinimumWidth(380)
        for w in (
            self.name,
            self.niche,
            self.audience,
            self.contact,
            self.struggle,
            self.replies,
            self.er,
            self.returning,
        ):
            w.textChanged.connect(self.tab._mark_dirty)
        for pw in (self.handles, self.notes):
            pw.textChanged.connect(self.tab._mark_dirty)
        self.status.currentIndexChanged.connect(self.tab._mark_dirty)
        self.figures_ws.currentIndexChanged.connect(self.tab._mark_dirty)
        self.struggle_dated.toggled.connect(self.tab._mark_dirty)
        self.struggle_dated.toggled.connect(self.struggle_date.setEnabled)
        self.struggle_date.dateChanged.connect(self.tab._mark_dirty)

    def reset_struggle_date(self) -> None:
        t = self.tab.today_()
        self.struggle_date.setDate(QDate(t.year, t.month, t.day))

    def values_of(self, d: svc.CreatorDetail) -> dict[str, Any]:
        """The stored profile as the form's fields show it (the keys of ``state``)."""
        v = d.data
        sd = v.struggle_date or self.tab.today_()
        return {
            "name": v.name,
            "status": v.status,
            "niche": v.niche,
            "audience": "" if v.audience_size is None else str(v.audience_size),
            "handles": format_handles(v.handles),
            "contact": v.contact,
            "notes": v.notes,
            "struggle": v.struggle_answer,
            "struggle_dated": v.struggle_date is not None,
            "struggle_date": sd.isoformat(),
            "replies": "" if v.replies_per_1k is None else f"{v.replies_per_1k:g}",
            "er": "" if v.er_pct is None else f"{v.er_pct:g}",
            "returning": "" if v.returning_share_pct is None else f"{v.returning_share_pct:g}",
            "figures_workspace_id": v.figures_workspace_id,
        }

    def state(self) -> dict[str, Any]:
        """What the form shows now, comparable with ``values_of``."""
        state = self.fields()
        del state["creator_id"]
        return state

    def set_value(self, key: str, value: Any) -> None:
        lines = {
            "name": self.name,
            "niche": self.niche,
            "audience": self.audience,
            "contact": self.contact,
            "struggle": self.struggle,
            "replies": self.replies,
            "er": self.er,
            "returning": self.returning,
        }
        if key in lines:
            lines[key].setText(str(value))
        elif key == "handles":
            self.handles.setPlainText(str(value))
        elif key == "notes":
            self.notes.setPlainText(str(value))
        elif key == "status":
            self.status.setCurrentIndex(max(0, self.status.findData(str(value))))
        elif key == "struggle_dated":
            self.struggle_dated.setChecked(bool(value))
        elif key == "struggle_date":
            sd = date.fromisoformat(str(value))
            self.struggle_date.setDate(QDate(sd.year, sd.month, sd.day))
        elif key == "figures_workspace_id":
            self.figures_ws.setCurrentIndex(max(0, self.figures_ws.findData(value)))

    def fill_figure_workspaces(self, d: svc.CreatorDetail) -> None:
        """The workspaces a creator's figures can come from (one may have been added since); keeps the choice."""
        current = self.figures_ws.currentData()
        self.figures_ws.clear()
        self.figures_ws.addItem(self.tr("— typed figures only —"), None)
        for wid, wname in svc.other_workspaces(self.tab.ctx.engine, d.workspace_id):
            self.figures_ws.addItem(wname, wid)
        self.figures_ws.setCurrentIndex(max(0, self.figures_ws.findData(current)))

    def show_measured(self, d: svc.CreatorDetail) -> None:
        m = d.measured
        if m is not None:
            self.measured_label.setText(
                self.tr(
                    "Measured in '{workspace}' over {start}–{end} (%n post(s)): replies/1k {replies}, ER {er}, "
                    "returning {returning}. Measured figures replace typed ones where known.",
                    "",
                    m.posts,
                ).format(
                    workspace=m.workspace_name,
                    start=m.window_start.isoformat(),
                    end=m.window_end.isoformat(),
                    replies=figures_text.rate(m.replies_per_1k, 1),
                    er=figures_text.rate(m.er_pct, 1, "%"),
                    returning=figures_text.rate(m.returning_share_pct, 1, "%"),
                )
            )
        else:
            self.measured_label.setText(self.tr("Typed figures come from the creator's own insights (“reported”)."))

    def parse(self) -> tuple[svc.CreatorInput | None, dict[str, str]]:
        errors: dict[str, str] = {}
        qd = self.struggle_date.date()
        sdate = date(qd.year(), qd.month(), qd.day()) if self.struggle_dated.isChecked() else None
        errors.update(
            validate_creator(self.name.text(), self.audience.text(), self.struggle.text(), sdate, self.tab.today_())
        )
        handles, herr = parse_handles(self.handles.toPlainText())
        if herr:
            errors["handles"] = " ".join(herr)
        figures: dict[str, float | None] = {}
        for key, w, label, upper in (
            ("replies_per_1k", self.replies, self.tr("Replies per 1k"), 1000.0),
            ("er_pct", self.er, self.tr("ER"), 100.0),
            ("returning_share_pct", self.returning, self.tr("Returning share"), 100.0),
        ):
            figures[key], e = parse_figure(w.text(), label, upper)
            if e:
                errors[key] = e
        if errors:
            return None, errors
        audience = self.audience.text().strip().replace(",", "").replace(" ", "")
        return (
            svc.CreatorInput(
                name=self.name.text(),
                niche=self.niche.text().strip(),
                audience_size=int(audience) if audience else None,
                status=str(self.status.currentData()),
                contact=self.contact.text().strip(),
                notes=self.notes.toPlainText().strip(),
                struggle_answer=self.struggle.text(),
                struggle_date=sdate,
                replies_per_1k=figures["replies_per_1k"],
                er_pct=figures["er_pct"],
                returning_share_pct=figures["returning_share_pct"],
                figures_workspace_id=self.figures_ws.currentData(),
                handles=handles,
            ),
            {},
        )

    def show_errors(self, errors: dict[str, str]) -> None:
        for key, lab in self.errors.items():
            lab.setText(errors.get(key, ""))
            lab.setVisible(key in errors)

    def fields(self) -> dict[str, Any]:
        """The profile form as typed (JSON-able), for a draft."""
        qd = self.struggle_date.date()
        return {
            "creator_id": self.tab.current_id,
            "name": self.name.text(),
            "status": self.status.currentData(),
            "niche": self.niche.text(),
            "audience": self.audience.text(),
            "handles": self.handles.toPlainText(),
            "contact": self.contact.text(),
            "notes": self.notes.toPlainText(),
            "struggle": self.struggle.text(),
            "struggle_dated": self.struggle_dated.isChecked(),
            "struggle_date": date(qd.year(), qd.month(), qd.day()).isoformat() if qd.isValid() else "",
            "replies": self.replies.text(),
            "er": self.er.text(),
            "returning": self.returning.text(),
            "figures_workspace_id": self.figures_ws.currentData(),
        }

    def shown_errors(self) -> dict[str, str]:
        return {k: lab.text() for k, lab in self.errors.items() if lab.text() and not lab.isHidden()}

    def apply_draft(self, v: dict[str, Any]) -> None:
        """Fill the form from a stored draft (the shape of ``fields``); the caller holds off dirty marking."""

        def text(key: str) -> str:
            value = v.get(key, "")
            return value if isinstance(value, str) else ""

        self.name.setText(text("name"))
        self.status.setCurrentIndex(max(0, self.status.findData(text("status"))))
        self.niche.setText(text("niche"))
        self.audience.setText(text("audience"))
        self.handles.setPlainText(text("handles"))
        self.contact.setText(text("contact"))
        self.notes.setPlainText(text("notes"))
        self.struggle.setText(text("struggle"))
        dated = bool(v.get("struggle_dated"))
        self.struggle_dated.setChecked(dated)
        try:
            sd = date.fromisoformat(text("struggle_date"))
            self.struggle_date.setDate(QDate(sd.year, sd.month, sd.day))
        except ValueError:
            pass
        self.struggle_date.setEnabled(dated)
        self.replies.setText(text("replies"))
        self.er.setText(text("er"))
        self.returning.setText(text("returning"))
        self.figures_ws.setCurrentIndex(max(0, self.figures_ws.findData(v.get("figures_workspace_id"))))
