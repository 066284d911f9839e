"""The Creators tab speaks the user's language: built with the German (or Spanish) catalog installed, its buttons,
form, rubric verdict, tables and field messages are translated, plurals included; the stored status stays the
English key and a CSV export of the roster keeps its English header."""

from __future__ import annotations

import csv
import re
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from microcomm_desktop.domain.creators import RubricInput, evaluate, parse_handles, validate_creator
from microcomm_desktop.services import creators as svc
from microcomm_desktop.services.cohorts import Cohort
from microcomm_desktop.ui.models.cohort_table_model import CohortModel
from microcomm_desktop.ui.models.engager_table_model import EngagerTableModel
from microcomm_desktop.ui.tabs.creators.page import CreatorsTab
from microcomm_desktop.ui.widgets.table import export_model_csv

H = Qt.Orientation.Horizontal


def _tab(qtbot, ui_ctx, workspace, today: date) -> CreatorsTab:  # type: ignore[no-untyped-def]
    ui_ctx.today = today
    ui_ctx.workspace = workspace
    tab = CreatorsTab(ui_ctx)
    qtbot.addWidget(tab)
    tab.set_workspace(workspace.id)
    return tab


def test_creators_tab_in_german(qtbot, ui_ctx, workspace, today, language, tmp_path) -> None:  # type: ignore[no-untyped-def]
    language("de")
    tab = _tab(qtbot, ui_ctx, workspace, today)
    assert tab.new_btn.text() == "Neue Creator-Person"
    assert tab.export_btn.text() == "Steckbrief exportieren…"
    assert "Noch keine Creator." in tab.empty_label.text()
    assert tab.rubric.verdict.text() == (
        "Wähle eine Creator-Person aus oder füge eine mit <b>Neue Creator-Person</b> hinzu."
    )
    tab.new_creator()
    cid = tab.current_id
    assert cid is not None
    # The verdict: translated label, score line and the missing items with German plurals.
    verdict = tab.rubric.verdict.text()
    assert "<b>Unvollständig</b>" in verdict and "Punkte <b>0.0</b> / 100" not in verdict
    assert "Punkte <b>0,0</b> / 100" in verdict
    assert "3 weitere Screenshots einer Frage, die das Publikum konkret beantwortet hat" in verdict
    assert "Würde die Punktzahl erhöhen: Antworten pro 1.000 Reichweite (unbekannt)" in verdict
    # Status: shown in German, stored as the English key.
    assert [tab.status.itemText(i) for i in range(tab.status.count())][:2] == ["potenziell", "kontaktiert"]
    tab.status.setCurrentIndex(tab.status.findData("active"))
    assert tab.status.currentText() == "aktiv"
    # Field messages next to the fields, in German; nothing saved.
    tab.name.setText("Lena Trails")
    tab.audience.setText("viele")
    tab.handles.setPlainText("@nobody")
    tab.er.setText("250")
    assert tab.save() is False
    audience_error = tab.errors["audience_size"].text()
    assert audience_error == "Die Publikumsgröße ist eine ganze Zahl von Personen, zum Beispiel 8200."
    assert tab.errors["handles"].text().startswith("Handle-Zeile 1 ('@nobody'): schreibe erst die Plattform")
    assert tab.errors["er_pct"].text() == "ER darf nicht über 100 liegen."
    tab.audience.setText("8200")
    tab.handles.setPlainText("instagram @lena")
    tab.er.setText("5,1")
    assert tab.save() is True
    assert svc.get_creator(ui_ctx.engine, cid).status == "active"  # the key, not "aktiv"
    assert tab.undo_stack.text(tab.undo_stack.index() - 1) == "Creator Lena Trails bearbeiten"
    # The roster: German headers and status, numbers the German way; the CSV keeps English header and keys.
    model = tab.list_model
    headers = [model.headerData(c, H) for c in range(model.columnCount())]
    assert headers[:4] == ["Name", "Status", "Nische", "Publikum"] and headers[-2:] == ["Bewertungsmatrix", "Punkte"]
    row = model.row_of(cid)
    assert model.index(row, model.COL_STATUS).data() == "aktiv"
    assert model.index(row, model.COL_AUDIENCE).data() == "8.200"
    assert model.index(row, model.COL_RUBRIC).data() == "Unvollständig"
    score = model.index(row, model.COL_SCORE).data(Qt.ItemDataRole.EditRole)
    assert score > 0 and model.index(row, model.COL_SCORE).data() == f"{score:.1f}".replace(".", ",")
    out = tmp_path / "roster.csv"
    export_model_csv(tab.table.proxy, out)
    lines = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert lines[0][:4] == ["Name", "Status", "Niche", "Audience"] and lines[0][-1] == "Score"
    assert lines[1][1] == "active" and lines[1][-2] == "Incomplete"
    # Section titles, evidence and deals panels, the profile labels.
    assert tab.evidence.title().startswith("Nachweise für Community-Verhalten")
    assert tab.deals.title() == "Deals – gesamt = Creator-Honorare + bezahlte Medien"
    assert tab.deals_note.text().startswith("Noch keine Deals verknüpft")
    assert tab.evidence_model.headerData(3, H) == "Frage beantwortet"
    texts = " ".join(label.text() for label in tab.findChildren(QLabel))
    assert "Schwierigkeiten dieser Woche" in texts and "Publikumsgröße" in texts
    assert "Struggles this week" not in texts and "Audience size" not in texts and "What this means" not in texts


def test_rubric_and_field_sentences_in_german_spanish_and_portuguese(language, today: date) -> None:  # type: ignore[no-untyped-def]
    language("de")
    assert evaluate(RubricInput(proof_screenshots=2), today).missing[0].startswith("1 weiterer Screenshot einer Frage")
    stale = evaluate(RubricInput(3, struggle_answer="Knie", struggle_date=today - timedelta(days=9)), today)
    assert stale.missing == ("eine aktuelle Antwort zu „Schwierigkeiten dieser Woche“ (die letzte ist 9 Tage alt)",)
    assert stale.summary().startswith("Unvollständig – eine aktuelle Antwort")
    big = validate_creator("A", "99999999999", "", None, today)
    assert big["audience_size"] == "Die Publikumsgröße darf nicht über 10.000.000.000 Personen liegen."
    language("es")
    r = evaluate(RubricInput(proof_screenshots=0, proof_without_image=1), today)
    assert r.missing[0] == (
        "3 capturas más de una pregunta que la audiencia respondió con detalles (1 prueba aún sin captura)"
    )
    assert parse_handles("myspace @x")[1] == [
        "Línea de usuario 1: plataforma desconocida 'myspace'; usa una de estas: "
        "instagram, tiktok, youtube, threads, x, linkedin, facebook, twitch, discord, newsletter, podcast, other."
    ]
    language("pt_BR")
    r = evaluate(RubricInput(proof_screenshots=2, proof_without_image=0), today)
    assert r.missing[0].startswith("mais 1 captura de uma pergunta")
    language("en")  # and back: the English sentences are what they always were
    assert evaluate(RubricInput(proof_screenshots=1), today).missing[0].startswith("2 more screenshots of a question")


def test_cohort_and_engager_tables_in_german(language) -> None:  # type: ignore[no-untyped-def]
    language("de")
    cohorts = CohortModel()
    week = date(2026, 11, 2)
    cohorts.set_rows([Cohort(week_start=week, size=4, retained=(1, None, None, None), shares=(25.0, None, None, None))])
    assert [cohorts.headerData(c, H) for c in range(3)] == ["Erste Interaktion (Woche vom)", "Personen", "Woche +1"]
    assert cohorts.index(0, 2).data() == "25\xa0%"  # CLDR: a no-break space before the sign
    assert cohorts.index(0, 3).data(Qt.ItemDataRole.ToolTipRole) == "Diese Woche liegt noch in der Zukunft."
    assert (
        cohorts.index(0, 2)
        .data(Qt.ItemDataRole.ToolTipRole)
        .startswith("1 von 4 Personen, die in der Woche vom 02.11.2026 zum ersten Mal interagiert haben")
    )
    engagers = EngagerTableModel()
    assert engagers.headerData(4, H) == "Interaktionen (30 T.)"
    assert engagers.headerData(6, H) == "Power-Mitglied"


def test_one_pager_in_german(app_ctx, sample_workspace, today: date, language, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The one-pager is a document for people: German words, numbers, money and dates; the data stays as typed."""
    language("de")
    row = next(r for r in svc.list_creators(app_ctx.engine, sample_workspace.id, today) if not r.rubric.passed)
    md = svc.export_one_pager(app_ctx.engine, app_ctx.paths.data_dir, row.id, tmp_path / "one.md", today)
    text = md.read_text(encoding="utf-8")
    assert "## Nachweis echter Gespräche: Unvollständig (" in text and " / 100 Punkte)" in text
    assert "Status: kontaktiert · Publikum 15.400" in text
    assert "- 1 weiterer Screenshot einer Frage" in text and re.search(r"\(die letzte ist \d+ Tage alt\)", text)
    assert re.search(r"### Kommentarverlauf, \d\d\.\d\d\.2026 · Frage konkret beantwortet", text)
    assert "| Deal | Status | Gesamtkosten | Impressionen |" in text and "| unterschrieben | 4.700,00\xa0$ |" in text
    assert f"Erstellt am {today:%d.%m.%Y} mit MicroComm Desktop." in text
    assert "Proof of conversation" not in text and "Missing:" not in text


def test_engager_sentences_in_german_and_english(language) -> None:  # type: ignore[no-untyped-def]
    """What merging and forgetting a person report (the window's Forget dialog and the CLI) reads in German,
    with German plurals; English stays exactly what the CLI printed before."""
    from microcomm_desktop.services.engagers import EngagerRef, ForgetResult, MergeResult

    ana, bo = EngagerRef(1, "discord", "ana"), EngagerRef(2, "slack", "ana")
    language("de")
    assert MergeResult(7, ana, bo, 1).sentence() == (
        "@ana (slack) in @ana (discord) zusammengeführt: 1 Interaktion verschoben "
        "(rückgängig: microcomm engager unmerge 7)."
    )
    forgot = ForgetResult(ana, 1234, vacuumed=True, backups_holding=[Path("b1.sqlite3")], backups_checked=3)
    lines = forgot.lines()
    assert (
        lines[0]
        == "@ana (discord) vergessen: Die Person und 1.234 Interaktionen wurden aus diesem Arbeitsbereich gelöscht."
    )
    assert lines[2].startswith("Noch in 1 von 3 vorhandenen Sicherungen enthalten (lösche diese Dateien")
    assert ForgetResult(ana, 0, vacuumed=False).lines()[-1] == "Es gibt keine Sicherungen."
    language("en")
    assert ForgetResult(ana, 1, vacuumed=False, backups_checked=2).lines() == [
        "Forgot @ana (discord): the person and 1 interactions were erased from this workspace.",
        "None of the 2 existing backups holds them.",
    ]
