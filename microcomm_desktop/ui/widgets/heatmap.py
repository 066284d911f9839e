"""Best-times heat map: replies per 1k reach by weekday × 3-hour block, with the post count in each cell.

Painted directly (56 cells) rather than with a chart library: the cell text (rate + post count) and the
"too few posts" hatching matter more than axes. Cells with too few posts are hatched and not coloured, so a
single lucky post does not look like a best time.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QHelpEvent, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from microcomm_desktop.domain import metrics
from microcomm_desktop.domain.insights import BLOCKS_PER_DAY, HeatCell

WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]  # i18n: data (English short names; Insights reads it)


def _weekday(index: int) -> str:
    """Short weekday name (0 = Monday) in the user's language, as the locale writes it."""
    return QLocale().dayName(index + 1, QLocale.FormatType.ShortFormat)


_LEFT = 44
_TOP = 22


class HeatmapWidget(QWidget):
    """Shows a 7 × 8 grid of ``HeatCell``; ``scale_top`` is the replies/1k drawn at full colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid: list[list[HeatCell]] = []
        self.scale_top = metrics.HEALTH_TOPS["replies_per_1k"]
        self.setMinimumSize(QSize(_LEFT + BLOCKS_PER_DAY * 46, _TOP + 7 * 34))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)

    def set_grid(self, grid: list[list[HeatCell]], scale_top: float = metrics.HEALTH_TOPS["replies_per_1k"]) -> None:
        self.grid = grid
        self.scale_top = scale_top if scale_top > 0 else metrics.HEALTH_TOPS["replies_per_1k"]
        self.update()

    def _cell_rect(self, weekday: int, block: int) -> QRect:
        w = (self.width() - _LEFT) / BLOCKS_PER_DAY
        h = (self.height() - _TOP) / 7
        return QRect(int(_LEFT + block * w), int(_TOP + weekday * h), int(w) - 2, int(h) - 2)

    def cell_at(self, pos: QPoint) -> HeatCell | None:
        for row in self.grid:
            for c in row:
                if self._cell_rect(c.weekday, c.block).contains(pos):
                    return c
        return None

    def color_for(self, cell: HeatCell) -> QColor:
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        if not cell.judged or cell.replies_per_1k is None:
            return self.palette().color(QPalette.ColorRole.Base)
        t = min(max(cell.replies_per_1k / self.scale_top, 0.0), 1.0)
        if dark:
            return QColor(int(40 + 20 * t), int(60 + 110 * t), int(70 + 40 * t))
        return QColor(int(235 - 185 * t), int(245 - 95 * t), int(240 - 150 * t))

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        p = QPainter(self)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.Text)
        p.setPen(text)
        for b in range(BLOCKS_PER_DAY):
            r = self._cell_rect(0, b)
            p.drawText(
                QRect(r.left(), 0, r.width(), _TOP - 2),
                int(Qt.AlignmentFlag.AlignCenter),
                f"{b * 3:02d}–{b * 3 + 3:02d}",
            )
        for wd in range(7):
            r = self._cell_rect(wd, 0)
            p.drawText(
                QRect(0, r.top(), _LEFT - 6, r.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                _weekday(wd),
            )
        mid = pal.color(QPalette.ColorRole.Mid)
        for row in self.grid:
            for c in row:
                r = self._cell_rect(c.weekday, c.block)
                p.fillRect(r, self.color_for(c))
                if c.posts and not c.judged:
                    p.fillRect(r, QBrush(mid, Qt.BrushStyle.BDiagPattern))
                p.setPen(mid)
                p.drawRect(r)
                if c.posts:
                    p.setPen(text)
                    label = metrics.format_rate(c.replies_per_1k, 1) if c.judged else "–"
                    p.drawText(r, int(Qt.AlignmentFlag.AlignCenter), label + "\n" + self.tr("%Ln post(s)", "", c.posts))
        p.end()

    def event(self, e) -> bool:  # type: ignore[no-untyped-def]
        if isinstance(e, QHelpEvent):
            c = self.cell_at(e.pos())
            if c is not None:
                QToolTip.showText(e.globalPos(), self.tooltip_for(c), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(e)

    @staticmethod
    def tooltip_for(c: HeatCell) -> str:
        n = c.posts
        head = QCoreApplication.translate("HeatmapWidget", "{day} {hours} h (local time): %Ln post(s)", None, n)
        head = head.format(day=_weekday(c.weekday), hours=c.hours)
        if not c.posts:
            return head + " — " + QCoreApplication.translate("HeatmapWidget", "no posts at this time yet.")
        if not c.judged:
            return head + " — " + QCoreApplication.translate("HeatmapWidget", "too few posts to judge.")
        return (
            head
            + " — "
            + QCoreApplication.translate("HeatmapWidget", "{rate} replies per 1k reach (pooled).").format(
                rate=metrics.format_rate(c.replies_per_1k)
            )
        )
