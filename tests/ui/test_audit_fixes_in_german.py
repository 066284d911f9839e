"""What the no-English-left audit fixed, checked in German: the chart's month names, the decision dialog's metric
names (stored keys unchanged), the format templates, and the CSV exports of the Rituals, SLA, calendar and Sprint
check-in tables, which keep their English header row in every language (a machine reads them)."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QPushButton

from microcomm_desktop.services.context import AppContext
from microcomm_desktop.services.sample import create_sample_workspace
from microcomm_desktop.ui.dialogs.decision_edit import DecisionDialog
from microcomm_desktop.ui.widgets.charts import Series, WeeklyChart
from microcomm_desktop.ui.widgets.table import export_model_csv
from tests.ui.test_no_english_left import _window


def _ticks(chart: WeeklyChart) -> str:
    from PySide6.QtGui import QFontMetrics

    axis = chart.item.getAxis("bottom")
    axis.fontMetrics = QFontMetrics(axis.font())  # set by the first paint, which an offscreen test never does
    assert chart.series is not None
    lo = chart.series.dates[0]
    hi = chart.series.dates[-1]
    from microcomm_desktop.ui.widgets.charts import _ts

    return " ".join(" ".join(axis.tickStrings(v, 1, sp)) for sp, v in axis.tickValues(_ts(lo), _ts(hi), 900))


def _chart(qtbot) -> WeeklyChart:  # type: ignore[no-untyped-def]
    chart = WeeklyChart("t", "y")
    qtbot.addWidget(chart)
    days = [date(2026, 8, 3) + timedelta(weeks=i) for i in range(16)]
    chart.set_series(Series(days, [float(i) for i in range(16)], None))
    return chart


def test_chart_month_names_follow_the_language(qtbot, german) -> None:  # type: ignore[no-untyped-def]
    ticks = _ticks(_chart(qtbot))
    assert "Okt." in ticks and "Oct" not in ticks


def test_chart_month_names_stay_english_in_english(qtbot) -> None:  # type: ignore[no-untyped-def]
    ticks = _ticks(_chart(qtbot))
    assert "Oct" in ticks and "Okt." not in ticks


def test_decision_metric_names_german_keys_english(qtbot, german) -> None:  # type: ignore[no-untyped-def]
    dlg = DecisionDialog(date(2026, 11, 23))
    qtbot.addWidget(dlg)
    combo = dlg.metric_combo
    shown = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    assert shown["replies_per_1k"] == "Antworten pro 1.000 Reichweite"
    assert shown["returning_reached"] == "Erreichte wiederkehrende Interagierende"
    assert combo.currentData() == "replies_per_1k"


def test_audit_fixes_in_the_german_window(  # type: ignore[no-untyped-def]
    qtbot, app_ctx: AppContext, today: date, german, tmp_path: Path
) -> None:
    create_sample_workspace(app_ctx.engine, today)
    win = _window(qtbot, app_ctx, today)
    promise = win.tab_page("Promise")
    labels = {b.text() for b in promise.findChildren(QPushButton)}  # type: ignore[union-attr]
    assert "+ Sprechstunde" in labels and "+ Office hours" not in labels
    from microcomm_desktop.ui.models.prompt_table_model import COL_RUNG

    prompts = promise.prompt_model  # type: ignore[union-attr]
    rungs = {prompts.data(prompts.index(r, COL_RUNG)) for r in range(prompts.rowCount())}
    assert "Identität" in rungs and "identity" not in rungs
    keys = {prompts.data(prompts.index(r, COL_RUNG), Qt.ItemDataRole.EditRole) for r in range(prompts.rowCount())}
    assert keys <= {"identity", "constraints", "proof", "commitment"}  # what the CSV export writes

    def header(model) -> tuple[list[str], list[str]]:  # type: ignore[no-untyped-def]
        out = tmp_path / "t.csv"
        export_model_csv(model, out)
        with out.open(encoding="utf-8-sig") as fh:
            written = next(csv.reader(fh))
        shown = [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
        return written, shown

    rituals = win.tab_page("Rituals")
    written, shown = header(rituals.ritual_model)  # type: ignore[union-attr]
    assert "Streak (weeks)" in written and "Streak (weeks)" not in shown  # the view is German, the file English
    sla = rituals.sla  # type: ignore[union-attr]
    for model in (sla.sla_week_model, sla.sla_miss_model):
        written, shown = header(model)
        assert all(w == QCoreApplication.translate("x", w) for w in written)  # English source texts
        assert written != shown
    from microcomm_desktop.ui.models.ritual_calendar_table_model import RitualCalendarModel

    calendar = rituals.findChildren(RitualCalendarModel)  # type: ignore[union-attr]
    assert calendar
    written, shown = header(calendar[0])
    assert written[:2] in (["Mon", "Tue"], ["Sun", "Mon"]) and shown[0] != written[0]
    sprint = win.tab_page("Sprint")
    written, shown = header(sprint.checkin_model)  # type: ignore[union-attr]
    assert written[:3] == ["Week", "Dates", "Returning"] and shown[0] == "Woche"


def test_week_note_numbers_read_the_german_way(  # type: ignore[no-untyped-def]
    qtbot, app_ctx: AppContext, today: date, german
) -> None:
    from decimal import Decimal

    from microcomm_desktop.services import reports

    create_sample_workspace(app_ctx.engine, today)
    win = _window(qtbot, app_ctx, today)
    for i, slot in enumerate(win.slots):
        if slot.title == "Dashboard":
            win.tabs.setCurrentIndex(i)
    page = win.tab_page("Dashboard")
    qtbot.waitUntil(lambda: page.data is not None and not page.is_busy(), timeout=20_000)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: page.note_week() is not None)  # type: ignore[union-attr]
    edits, errors = page.note_edits, page.note_errors  # type: ignore[union-attr]
    edits["dm_reply_rate_pct"].setText("1.500")
    assert not page.save_note()  # type: ignore[union-attr]
    assert "zwei Arten" in errors["dm_reply_rate_pct"].text() and "12,5" in errors["dm_reply_rate_pct"].text()
    edits["dm_reply_rate_pct"].setText("12,5")
    edits["conversions"].setText("1,500")  # one and a half in German, fifteen hundred in English: refused
    assert not page.save_note()  # type: ignore[union-attr]
    assert "keine ganze Zahl" in errors["conversions"].text() and "1.500" in errors["conversions"].text()
    edits["conversions"].setText("1.500")
    edits["revenue"].setText("1.234,50")
    assert page.save_note()  # type: ignore[union-attr]
    assert not errors["dm_reply_rate_pct"].isVisible()
    note = reports.get_week_note(app_ctx.engine, win.ctx.workspace_id, page.note_week())  # type: ignore[union-attr, arg-type]
    assert note.dm_reply_rate_pct == 12.5 and note.revenue == Decimal("1234.50") and note.conversions == 1500
    page._load_note(page.note_week(), announce=False)  # type: ignore[union-attr]  # noqa: SLF001
    assert edits["dm_reply_rate_pct"].text() == "12,5"  # shown back the German way
