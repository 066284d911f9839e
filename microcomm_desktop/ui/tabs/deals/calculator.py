"""The instant calculator: blended CPM/CPV/CPA as you type, plus the reverse "max fee" mode.

Nothing is saved here — a brand checks a number during a call. Blended (fees + media) is the headline because
judging a boosted campaign by fees alone flatters it; fees-only and media-only are shown smaller beside it.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from microcomm_desktop.domain.deals import DealFigures, deal_figures, max_fee_for_cpa, max_fee_for_cpm
from microcomm_desktop.services.workspaces import WorkspaceRow
from microcomm_desktop.ui.widgets.money_fields import CheckedField, decimal_text, money_text, number_text


def _help() -> str:
    return QCoreApplication.translate(
        "CalculatorPage",
        "<b>CPM</b> = cost / impressions × 1,000 · <b>CPV</b> = cost / views · <b>CPA</b> = cost / conversions. "
        "<b>Blended</b> uses total cost = creator fees + paid media, never one of them alone. "
        "An empty or zero denominator shows <i>n/a</i>. Amounts are rounded half-up to cents only for display.",
    )


class CalculatorPage(QWidget):
    """Fields on the left, results on the right; every keystroke recomputes (the maths is microseconds)."""

    recomputed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace: WorkspaceRow | None = None
        self.figures: DealFigures | None = None
        # Placeholders show the number in the reader's own way of writing it (the fields accept both).
        self.fees = CheckedField.make(
            self, self.tr("e.g. {n}").format(n=number_text(2000)), self.tr("Creator fees for all deliverables")
        )
        self.media = CheckedField.make(
            self,
            self.tr("e.g. {n}").format(n=number_text(3000)),
            self.tr("Paid media spend (boosting, partnership ads)"),
        )
        self.impressions = CheckedField.make(
            self, self.tr("e.g. {n}").format(n=number_text(150000)), self.tr("Total impressions, repeats included")
        )
        self.views = CheckedField.make(self, self.tr("optional"), self.tr("Video views (for CPV)"))
        self.conversions = CheckedField.make(
            self, self.tr("e.g. {n}").format(n=number_text(120)), self.tr("Purchases or other conversions (for CPA)")
        )
        self.revenue = CheckedField.make(
            self, self.tr("optional"), self.tr("Revenue attributed to the campaign (for ROAS)")
        )
        self.target_cpm = CheckedField.make(
            self, self.tr("e.g. {n}").format(n=number_text(40)), self.tr("The blended CPM the brand will accept")
        )
        self.target_cpa = CheckedField.make(
            self, self.tr("e.g. {n}").format(n=number_text(50)), self.tr("The blended CPA the brand will accept")
        )

        inputs = QGroupBox(self.tr("Campaign"))
        form = QFormLayout(inputs)
        for label, f in (
            (self.tr("Creator &fees"), self.fees),
            (self.tr("Paid &media"), self.media),
            (self.tr("&Impressions"), self.impressions),
            (self.tr("&Views"), self.views),
            (self.tr("&Conversions"), self.conversions),
            (self.tr("&Revenue"), self.revenue),
        ):
            self._add_row(form, label, f)
        reverse = QGroupBox(self.tr("Reverse mode: what fee can the brand pay?"))
        rform = QFormLayout(reverse)
        rform.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._add_row(rform, self.tr("Target blended CP&M"), self.target_cpm)
        self.max_fee_cpm = QLabel("—")
        self.max_fee_cpm.setObjectName("maxFeeCpm")
        self.max_fee_cpm.setWordWrap(True)
        rform.addRow(self.tr("Max fee"), self.max_fee_cpm)
        self._add_row(rform, self.tr("Target blended CP&A"), self.target_cpa)
        self.max_fee_cpa = QLabel("—")
        self.max_fee_cpa.setObjectName("maxFeeCpa")
        self.max_fee_cpa.setWordWrap(True)
        rform.addRow(self.tr("Max fee"), self.max_fee_cpa)

        # A new workspace's calculator starts empty (figures nobody typed are not the user's); the worked
        # example from the definitions is one click away.
        example_row = QHBoxLayout()
        self.example_btn = QPushButton(self.tr("Fill in the worked example"))
        self.example_btn.setObjectName("calcExample")
        self.example_btn.setToolTip(
            self.tr("Fees {fees} + media {media}, {impressions} impressions, {conversions} conversions").format(
                fees=number_text(2000),
                media=number_text(3000),
                impressions=number_text(150000),
                conversions=number_text(120),
            )
        )
        self.example_btn.clicked.connect(self.fill_example)
        self.clear_btn = QPushButton(self.tr("Clear"))
        self.clear_btn.setObjectName("calcClear")
        self.clear_btn.clicked.connect(self.clear)
        example_row.addWidget(self.example_btn)
        example_row.addWidget(self.clear_btn)
        example_row.addStretch(1)
        left = QVBoxLayout()
        left.addLayout(example_row)
        left.addWidget(inputs)
        left.addWidget(reverse)
        left.addStretch(1)

        # Results: headline blended figures, then the comparison grid in a smaller font.
        results = QGroupBox(self.tr("Blended (fees + media)"))
        rl = QVBoxLayout(results)
        head = QHBoxLayout()
        self.blended_cpm = self._headline("CPM")
        self.blended_cpa = self._headline("CPA")
        self.blended_cpv = self._headline("CPV")
        for w in (self.blended_cpm, self.blended_cpa, self.blended_cpv):
            head.addWidget(w)
        rl.addLayout(head)
        self.total_label = QLabel()
        self.total_label.setObjectName("blendedTotal")
        rl.addWidget(self.total_label)
        self.roas_label = QLabel()
        self.roas_label.setObjectName("roas")
        self.roas_label.setToolTip(self.tr("Return on ad spend = revenue / (fees + media)"))
        rl.addWidget(self.roas_label)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        rl.addWidget(line)
        compare = QLabel(self.tr("For comparison (one cost alone — not how to judge the deal):"))
        compare.setWordWrap(True)
        rl.addWidget(compare)
        self.grid = QGridLayout()
        self.cells: dict[tuple[str, str], QLabel] = {}
        for c, metric in enumerate((self.tr("Cost"), "CPM", "CPV", "CPA"), start=1):
            h = QLabel("<b>" + metric + "</b>")
            h.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.grid.addWidget(h, 0, c)
        for r, (basis, label) in enumerate((("fees", self.tr("Fees only")), ("media", self.tr("Media only"))), start=1):
            self.grid.addWidget(QLabel(label), r, 0)
            for c, metric in enumerate(("total", "cpm", "cpv", "cpa"), start=1):
                cell = QLabel(self.tr("n/a"))
                cell.setAlignment(Qt.AlignmentFlag.AlignRight)
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.cells[(basis, metric)] = cell
                self.grid.addWidget(cell, r, c)
        rl.addLayout(self.grid)
        explain = QLabel(_help())
        explain.setWordWrap(True)
        explain.setTextFormat(Qt.TextFormat.RichText)
        rl.addWidget(explain)
        rl.addStretch(1)

        outer = QHBoxLayout(self)
        lw = QWidget()
        lw.setLayout(left)
        lw.setMaximumWidth(520)
        outer.addWidget(lw, 2)
        outer.addWidget(results, 3)

        for f in self._fields():
            f.edit.textChanged.connect(self.recompute)
        self.recompute()

    def fill_example(self) -> None:
        """The worked example of the definitions (blended CPM $33.33, CPA $41.67)."""
        self.clear()
        # Typed the way the reader writes numbers ("2,000" in English, "2.000" in German), as a user would.
        self.fees.edit.setText(number_text(2000))
        self.media.edit.setText(number_text(3000))
        self.impressions.edit.setText(number_text(150000))
        self.conversions.edit.setText(number_text(120))

    def clear(self) -> None:
        for f in self._fields():
            f.edit.clear()

    def _fields(self) -> list[CheckedField]:
        return [
            self.fees,
            self.media,
            self.impressions,
            self.views,
            self.conversions,
            self.revenue,
            self.target_cpm,
            self.target_cpa,
        ]

    @staticmethod
    def _add_row(form: QFormLayout, label: str, f: CheckedField) -> None:
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(f.edit)
        box.addWidget(f.error)
        lab = QLabel(label)
        lab.setBuddy(f.edit)
        form.addRow(lab, box)

    def _headline(self, metric: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"blended{metric.title()}")
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setMinimumWidth(90)
        return label

    def set_workspace(self, ws: WorkspaceRow | None) -> None:
        self.workspace = ws
        self.recompute()

    def recompute(self) -> None:
        """Validate every field (errors next to it), then show whatever can be computed."""
        ok_f, fees = self.fees.money()
        ok_m, media = self.media.money()
        ok_i, impressions = self.impressions.count()
        ok_v, views = self.views.count()
        ok_c, conversions = self.conversions.count()
        ok_r, revenue = self.revenue.money()
        ok_tm, target_cpm = self.target_cpm.money()
        ok_ta, target_cpa = self.target_cpa.money()
        money = self._money
        if not all((ok_f, ok_m, ok_i, ok_v, ok_c, ok_r)):
            self.figures = None
            for w in (self.blended_cpm, self.blended_cpa, self.blended_cpv):
                w.setText(w.objectName()[7:].upper() + "<br><span style='font-size:20pt'>—</span>")
            self.total_label.setText(self.tr("Fix the fields marked in red."))
            self.roas_label.setText("")
            # No figure from before the bad keystroke may stay on screen looking current.
            for cell in self.cells.values():
                cell.setText("—")
            self.max_fee_cpm.setText("—")
            self.max_fee_cpa.setText("—")
            self.recomputed.emit()
            return
        fees_d = fees or Decimal(0)
        media_d = media or Decimal(0)
        fig = deal_figures(fees_d, media_d, impressions or 0, views or 0, conversions or 0, revenue)
        self.figures = fig
        for w, metric, value in (
            (self.blended_cpm, "CPM", fig.blended.cpm),
            (self.blended_cpa, "CPA", fig.blended.cpa),
            (self.blended_cpv, "CPV", fig.blended.cpv),
        ):
            w.setText(f"{metric}<br><span style='font-size:20pt; font-weight:600'>{money(value)}</span>")
        self.total_label.setText(
            self.tr("Total cost {total} = fees {fees} + media {media}").format(
                total=money(fig.blended.total), fees=money(fees_d), media=money(media_d)
            )
        )
        self.roas_label.setText(
            self.tr("ROAS: enter revenue to see it")
            if revenue is None
            else self.tr("ROAS {roas} (revenue / blended cost)").format(
                roas=self.tr("n/a") if fig.roas is None else decimal_text(fig.roas, 2)
            )
        )
        for basis in ("fees", "media"):
            b = fig.basis(basis)  # type: ignore[arg-type]
            for metric, value in (("total", b.total), ("cpm", b.cpm), ("cpv", b.cpv), ("cpa", b.cpa)):
                self.cells[(basis, metric)].setText(money(value))
        self.max_fee_cpm.setText(self._reverse_text(ok_tm, target_cpm, impressions, media_d, "cpm"))
        self.max_fee_cpa.setText(self._reverse_text(ok_ta, target_cpa, conversions, media_d, "cpa"))
        self.recomputed.emit()

    def _reverse_text(self, ok: bool, target: Decimal | None, count: int | None, media: Decimal, kind: str) -> str:
        if not ok:
            return "—"
        if target is None:
            return self.tr("Enter a target to see the highest fee that keeps it.")
        result = (max_fee_for_cpm if kind == "cpm" else max_fee_for_cpa)(target, media, count or 0)
        if result.max_fee is None:
            if kind == "cpm":
                return self.tr("n/a — enter the expected impressions first.")
            return self.tr("n/a — enter the expected conversions first.")
        if not result.feasible:
            # %Ln: the count in the reader's digit grouping, and the plural the language wants after it.
            if kind == "cpm":
                text = self.tr(
                    "No fee works: paid media alone ({media}) already exceeds the target over %Ln impression(s).",
                    "",
                    count or 0,
                )
            else:
                text = self.tr(
                    "No fee works: paid media alone ({media}) already exceeds the target over %Ln conversion(s).",
                    "",
                    count or 0,
                )
            return text.format(media=self._money(media))
        return self.tr("Up to <b>{fee}</b> (with {media} media)").format(
            fee=self._money(result.max_fee), media=self._money(media)
        )

    def _money(self, x: Decimal | None) -> str:
        return money_text(x, self.workspace)
