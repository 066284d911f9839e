"""The Rituals tab speaks German when the German catalog is installed: its buttons, sections, table headers, the
calendar's weekday and month names (QLocale), the SLA summary with German plurals and numbers, the ritual dialog
and the service's validation sentences. English comes back unchanged afterwards."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from microcomm_desktop.services import rituals as svc
from microcomm_desktop.ui.tabs.rituals.page import RitualsTab
from microcomm_desktop.ui.tabs.rituals.ritual_dialog import RitualDialog


def _tab(qtbot, ui_ctx, ws_id: int, today: date) -> RitualsTab:  # type: ignore[no-untyped-def]
    ui_ctx.today = today
    tab = RitualsTab(ui_ctx)
    qtbot.addWidget(tab)
    tab.set_workspace(ws_id)
    return tab


def test_rituals_tab_in_german(qtbot, ui_ctx, sample_workspace, today, language) -> None:  # type: ignore[no-untyped-def]
    assert language("de") == "de"
    tab = _tab(qtbot, ui_ctx, sample_workspace.id, today)
    assert tab.add_btn.text() == "Ritual &hinzufügen…"
    assert tab.run_btn.text() == "&Stattgefunden" and tab.run_btn.toolTip() == "Alt+S"
    assert tab.save_occ_btn.text() == "Termin speichern"
    assert [tab.lower_tabs.tabText(i) for i in range(2)] == ["Rituale && Serien", "Antwort-SLA"]
    headers = [tab.ritual_model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["Ritual", "Zeitplan", "Format"]
    # the schedule column uses German day names; the value a CSV export writes stays the service's English text
    schedule = tab.ritual_model.index(0, 1)
    assert any(day in tab.ritual_model.data(schedule) for day in ("Di.", "Fr."))
    assert tab.ritual_model.data(schedule, Qt.ItemDataRole.EditRole) == tab.ritual_model.rows[0].schedule
    cal = tab.calendar.model
    assert [cal.headerData(c, Qt.Orientation.Horizontal) for c in range(7)][:2] in (["Mo.", "Di."], ["So.", "Mo."])
    assert cal.headerData(0, Qt.Orientation.Vertical).startswith("KW")
    # the SLA summary: German sentence, German plural, decimal comma
    summary = tab.sla_summary.text()
    assert "der ersten" in summary and "Kommentare bekamen" in summary and "Beiträge" in summary
    assert "%" in summary and "," in summary.split("</b>")[0]
    assert "of the first" not in summary
    texts = " ".join(label.text() for label in tab.findChildren(QLabel))
    assert "Antworte innerhalb von" in texts and "Deine eigenen Handles:" in texts
    assert "Reply within" not in texts and "Your own handles" not in texts
    # the day label names the day in German (QLocale), not strftime's English
    tab.calendar.select(today)
    weekday = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"][today.weekday()]
    assert weekday in tab.day_label.text()
    # marking with no ritual occurrence picked: the sentence is German
    tab.occ_list.setCurrentRow(-1)
    assert not tab.mark_selected("run")
    assert tab.occ_error.text() == "Wähle zuerst einen Termin eines Rituals."


def test_ritual_dialog_and_validation_in_german(qtbot, language, today) -> None:  # type: ignore[no-untyped-def]
    language("de")
    dlg = RitualDialog([], today)
    qtbot.addWidget(dlg)
    assert dlg.windowTitle() == "Ritual hinzufügen"
    assert [b.text() for b in dlg.day_boxes][:2] == ["Mo.", "Di."]
    assert dlg.duration.suffix() == " Min."
    dlg.accept()  # no name, no weekday: the service's sentences, in German, next to the form
    assert "Gib dem Ritual einen Namen." in dlg.error.text()
    assert "Wähle mindestens einen Wochentag." in dlg.error.text()
    errors = svc.validate_ritual({"weekdays": "9", "time_of_day": "25"})
    assert errors["weekdays"] == "„9“ ist kein Wochentag (0 = Montag … 6 = Sonntag)."
    assert errors["time_of_day"].startswith("„25“ ist keine Uhrzeit")
    language("en")
    dlg2 = RitualDialog([], today)
    qtbot.addWidget(dlg2)
    assert dlg2.windowTitle() == "Add ritual" and [b.text() for b in dlg2.day_boxes][0] == "Mon"
    assert svc.validate_ritual({"name": " "})["name"] == "Give the ritual a name."


def test_calendar_plural_and_month_in_spanish(qtbot, ui_ctx, sample_workspace, today, language) -> None:  # type: ignore[no-untyped-def]
    """Week mode shows the posts an occurrence carried with the language's plural; month starts use its names."""
    from microcomm_desktop.ui.models.ritual_calendar_table_model import RitualCalendarModel

    language("es")
    model = RitualCalendarModel(date(2026, 12, 1))
    item = svc.CalendarItem(
        kind="ritual", local_date=date(2026, 12, 1), time_of_day="18:30", title="Friday wins", status="run"
    )
    item.post_ids = [1]
    model.set_view(date(2026, 12, 1), "week")
    model.set_items([item])
    cell = model.data(model.index_of(date(2026, 12, 1)))
    assert "(1 publicación)" in cell and "(hoy)" in cell and "dic" in cell
    item.post_ids = [1, 2]
    model.set_items([item])
    assert "(2 publicaciones)" in model.data(model.index_of(date(2026, 12, 1)))
    tip = model.data(model.index_of(date(2026, 12, 1)), Qt.ItemDataRole.ToolTipRole)
    assert "18:30 Friday wins: realizado" in tip and "Haz clic para editar" in tip
    language("en")
    cell = model.data(model.index_of(date(2026, 12, 1)))
    assert cell.startswith("01 Dec  (today)") and "(2 posts)" in cell


def test_calendar_import_sentences_in_german() -> None:
    """What the import dialog shows before its row-by-row lines: the summary and why a file cannot be read."""
    from microcomm_desktop import i18n
    from microcomm_desktop.services.ics import ImportReport, read_calendars

    i18n.set_language("de")
    try:
        with pytest.raises(ValueError, match="Das ist ein PDF-Dokument, keine Kalenderdatei"):
            read_calendars(b"%PDF-1.4 ...")
        summary = ImportReport(dry_run=True, warnings=2).summary()
        assert summary.startswith("Würde 0 Ritual(e), 0 einmalige(s) Ereignis(se)")
        assert summary.endswith("0 nicht importiert, 2 Warnung(en).")
    finally:
        i18n.set_language("en")
    assert ImportReport(dry_run=True).summary().startswith("Would create 0 ritual(s), 0 one-off event(s)")
    with pytest.raises(ValueError, match="This is a PDF document"):
        read_calendars(b"%PDF-1.4 ...")
