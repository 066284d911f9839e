"""The Sprint tab speaks German when the German catalog is installed: buttons, section titles, the check-in
table's headers and cells, the verdict with its explanation and numbers (German decimal comma), the dialogs and
the service's validation sentences, with German plurals. The CSV export of the check-in keeps its numbers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel

from microcomm_desktop import i18n
from microcomm_desktop.domain.sprints import decide
from microcomm_desktop.services import sprints as S
from microcomm_desktop.ui.tabs.sprint.dialogs import NewSprintDialog, PlanNextDialog, TaskDialog
from microcomm_desktop.ui.tabs.sprint.page import SprintTab


def _tab(qtbot, ui_ctx, ws, today) -> SprintTab:  # type: ignore[no-untyped-def]
    ui_ctx.today = today
    ui_ctx.workspace = ws
    tab = SprintTab(ui_ctx)
    qtbot.addWidget(tab)
    tab.set_workspace(ws.id)
    return tab


def test_sprint_tab_in_german(qtbot, ui_ctx, sample_workspace, today, language) -> None:  # type: ignore[no-untyped-def]
    assert language("de") == "de"
    tab = _tab(qtbot, ui_ctx, sample_workspace, today)
    assert tab.btn_new.text() == "&Neuer Sprint…"
    assert tab.btn_plan.text() == "Nächsten Monat &planen…"
    assert tab.btn_more.text() == "Mehr"
    titles = {box.title() for box in tab.findChildren(QGroupBox)}
    assert {"Wöchentlicher Check-in", "Entscheidungsregel"} <= titles
    model = tab.checkin_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:4] == ["Woche", "Daten", "Wiederkehrend", "Anteil"]
    assert model.data(model.index(0, 0)) == "Woche 1"
    assert "done" not in tab.overall.format() and "erledigt" in tab.overall.format()
    # The sample sprint has ended weeks: a figure with a decimal is written with a German comma, while the
    # value a CSV export reads (EditRole) stays the number.
    shares = [model.data(model.index(r, 3)) for r in range(model.rowCount())]
    assert any("," in s and s.endswith(" %") for s in shares), shares
    assert isinstance(model.data(model.index(0, 3), Qt.ItemDataRole.EditRole), (float, int, type(None)))
    numbers = tab.numbers.text()
    assert "Verwendete Wochen:" in numbers and "Anteil Wiederkehrender:" in numbers
    assert "Weeks used" not in numbers
    assert tab.verdict is not None
    assert tab.verdict.label in ("Fortführen", "Eingrenzen", "Nicht genug Daten")
    assert tab.verdict.label in tab.verdict_label.text()
    assert "Wiederkehrende Interagierende" in tab.explanation.text() or "Woche" in tab.explanation.text()
    texts = " ".join(label.text() for label in tab.findChildren(QLabel))
    assert "Die Werte stammen aus dem Dashboard" in texts
    assert "Figures are the Dashboard's" not in texts
    # the overdue count on the info line uses the German plural
    assert "überfällig" in tab.info.text()


def test_sprint_dialogs_and_rule_in_german(qtbot, ui_ctx, sample_workspace, today, language) -> None:  # type: ignore[no-untyped-def]
    language("de")
    dlg = NewSprintDialog(None, today, [], lambda _i: S.template_drafts(), name="")
    qtbot.addWidget(dlg)
    assert dlg.windowTitle() == "Neuer Sprint"
    assert dlg.source.itemText(0) == "Die 4-Wochen-Vorlage"
    assert "30 Tage, endet am" in dlg.end_label.text()
    dlg._try_accept()  # no name: the service's sentence, in German, inside the dialog
    assert dlg.error.text().startswith("Gib dem Sprint einen Namen")
    task = TaskDialog(None, None, 2, today)
    qtbot.addWidget(task)
    assert task.windowTitle() == "Aufgabe hinzufügen"
    assert [task.link_kind.itemText(i) for i in range(task.link_kind.count())][:2] == ["(noch nichts)", "Beitrag"]
    assert task.week.itemText(1) == "Woche 2"
    tab = _tab(qtbot, ui_ctx, sample_workspace, today)
    assert tab.board_data is not None and tab.verdict is not None
    open_tasks = [t for w in tab.board_data.weeks for t in w.tasks if not t.done]
    plan = PlanNextDialog(None, tab.board_data.sprint, open_tasks, tab.verdict)
    qtbot.addWidget(plan)
    carry = " ".join(label.text() for label in plan.findChildren(QLabel))
    assert f"({len(open_tasks)} offen;" in carry and "Urteil:" in carry
    assert plan.narrow.text().startswith("Die Eingrenzungsaufgaben hinzufügen: Thema eingrenzen")
    new = NewSprintDialog(None, today, [], lambda _i: S.template_drafts())
    qtbot.addWidget(new)
    assert new.week_boxes[0][0].text() == "Grundlagen legen"  # the template pre-fills in German
    # the rule's sentences and plural (Qt-free reader)
    assert decide([20.0], [5.0]).explanation.startswith("Erst 1 Woche mit Daten")
    assert decide([20.0, 21.0], [5.0, 6.0]).explanation.startswith("Erst 2 Wochen mit Daten")
    assert S.fmt(1234.5) == "1.234,5" and S.fmt(None) == "k. A."
    language("en")
    assert decide([20.0, 21.0], [5.0, 6.0]).explanation.startswith("Only 2 weeks of data")
    assert S.fmt(1234.5) == "1,234.5" and S.fmt(None) == "n/a"
    assert i18n.active_language() == "en"


def test_sprint_report_in_german(qtbot, ui_ctx, sample_workspace, today, language, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The Markdown report the tab writes reads German: headings, table header, verdict, next steps, dates."""
    language("de")
    tab = _tab(qtbot, ui_ctx, sample_workspace, today)
    path = tmp_path / "report.md"
    assert tab.write_report(path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Sprint-Bericht: ")
    assert "## Kennzahlen pro Woche (Community-Beiträge)" in text and "## Nächste Schritte" in text
    assert "| Woche | Wiederkehrende Interagierende | Anteil Wiederkehrender |" in text
    assert "Dez. 2026" in text and "Verwendete Wochen:" in text
    assert "Metrics per week" not in text and "Next steps" not in text
