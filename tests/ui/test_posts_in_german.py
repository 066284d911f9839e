"""The Posts tab and the import wizard speak the user's language: built with the German catalog installed (compiled
from the committed .ts, as the app does), their buttons, headers, tooltips, counts and sentences are German
(plurals included), numbers use German digit grouping, while what the program reads back — stored labels, the
quick-entry syntax, CSV export headers — stays English."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from microcomm_desktop import i18n
from microcomm_desktop.domain.imports.presets import ENGAGER_FIELDS
from microcomm_desktop.domain.post_fields import EXPORT_FIELDS, FIELDS_BY_KEY
from microcomm_desktop.services import importing, posts
from microcomm_desktop.ui.dialogs.import_wizard import ImportDialog
from microcomm_desktop.ui.models.post_table_model import COL

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "imports"


def _tab(qtbot, ui_ctx, workspace):  # type: ignore[no-untyped-def]
    from microcomm_desktop.ui.tabs.posts.page import create_tab

    ui_ctx.workspace = workspace
    ui_ctx.today = date(2026, 11, 25)
    page = create_tab(ui_ctx)
    qtbot.addWidget(page)
    page.set_workspace(workspace.id)
    return page


def test_posts_tab_in_german(qtbot, ui_ctx, sample_workspace, language) -> None:  # type: ignore[no-untyped-def]
    assert language("de") == "de"
    tab = _tab(qtbot, ui_ctx, sample_workspace)
    assert [tab.inner.tabText(i) for i in range(tab.inner.count())] == ["Beiträge", "Interagierende"]
    assert tab.add_btn.text() == "Beitrag hinzufügen" and tab.tag_btn.text() == "Verschlagworten…"
    assert tab.filters.platform_filter.itemText(0) == "Alle Plattformen"
    # stored label values stay as they are stored (the filter compares them)
    assert [tab.filters.label_filter.itemData(i) for i in range(3)] == ["", "community", "reach"]
    header = tab.model.headerData
    assert header(COL["reach"], Qt.Orientation.Horizontal) == "Reichweite"
    assert header(COL["er"], Qt.Orientation.Horizontal) == "ER nach Reichweite %"
    assert header(COL["saves_1k"], Qt.Orientation.Horizontal) == "Speicherungen/1k Reichweite"
    assert "Antworten pro 1.000 Reichweite" in header(
        COL["replies_1k"], Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    total = tab.model.rowCount()
    assert total > 1 and tab.count_label.text() == f"{total:,} Beiträge".replace(",", ".")
    assert tab.legend.text().startswith("ER = Engagements / Reichweite (Einstellung des Arbeitsbereichs).")
    # a figure with its band: German decimal comma, German tooltip
    row = list(tab.model.rows[0])
    row[posts.ROW_FIELDS.index("reach")] = 1000
    row[posts.ROW_FIELDS.index("saves")] = 5
    row[posts.ROW_FIELDS.index("label")] = "community"
    tab.model.rows[0] = tuple(row)
    assert tab.model.data(tab.model.index(0, COL["saves_1k"])) == "5,0"
    # the day in German order; the editor (EditRole) keeps the ISO text it parses
    iso = tab.model.data(tab.model.index(0, COL["when"]), Qt.ItemDataRole.EditRole)
    y, m, d = iso[:10].split("-")
    assert tab.model.data(tab.model.index(0, COL["when"])) == f"{int(d)}.{int(m)}.{y}{iso[10:]}"
    tip = tab.model.data(tab.model.index(0, COL["saves_1k"]), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Unter dem Richtwertbereich (Richtwert 10–40 pro 1k Reichweite)")
    # the detail pane and quick entry
    texts = " ".join(label.text() for label in tab.findChildren(QLabel))
    assert "Schnelleingabe" in texts and "Quick entry" not in texts
    assert "Gesprächstiefe" in tab.detail_figures.text() and "Conversation depth" not in tab.detail_figures.text()
    # the interaction log beside the table writes the day as the table does (25.11.2026 07:30, not ISO)
    logged = [tab.recent.item(i).text() for i in range(tab.recent.count())]
    assert logged and all(re.match(r"\d{1,2}\.\d{1,2}\.\d{4} \d\d:\d\d  @", t) for t in logged), logged[:3]
    assert tab.quick_target.text().startswith("Erfasst zum Beitrag vom ")
    tab.quick.setPlainText("ana comment")
    tab.log_quick()
    assert tab.quick_msg.text().startswith("1 Interaktion zum Beitrag vom ")
    assert "Zeile 1: 'ana' als @ana gelesen." in tab.quick_msg.text()
    assert tab.undo_stack.undoText() == "1 Interaktion erfassen"
    # the Engagers page
    tab.ensure_engagers()
    summary = tab.eng_summary.text()
    assert " Personen · " in summary and "wiederkehrende Interagierende" in summary
    assert re.search(r"\(\d+\s%\)", summary), summary  # German: a (no-break) space before the percent sign


def test_count_plural_and_grouping_in_german(qtbot, ui_ctx, workspace, language) -> None:  # type: ignore[no-untyped-def]
    language("de")
    tab = _tab(qtbot, ui_ctx, workspace)
    assert tab.count_label.text() == "0 Beiträge"
    values = posts.check_post_form({"when": "2026-11-25 08:00", "label": "reach", "reach": "12345"}).values
    pid = tab.add_post_values(values)
    assert pid is not None
    assert tab.count_label.text() == "1 Beitrag"
    assert tab.undo_stack.undoText() == "Beitrag hinzufügen"
    assert tab.model.data(tab.model.index(0, COL["reach"])) == "12.345"
    tab.filters.date_from.setText("2027-01-01")
    assert tab.count_label.text() == "0 von 1 Beitrag"
    tab.filters.date_from.setText("morgen")
    assert tab.filters.filter_msg.text() == "„morgen“ ist kein Datum wie 2026-11-01"


def test_import_wizard_in_german_keeps_the_files_headers(qtbot, app_ctx, workspace, language) -> None:  # type: ignore[no-untyped-def]
    language("de")
    path = FIX / "generic.csv"
    table = importing.load_table(path)
    dlg = ImportDialog(app_ctx.engine, workspace.id, path, table, today=date(2026, 11, 25))
    qtbot.addWidget(dlg)
    assert dlg.windowTitle() == "Beiträge importieren — generic.csv"
    assert dlg.file_label.text().startswith(f"generic.csv: {len(table.rows)} Datenzeilen, ")
    assert dlg.import_btn.text() == "Importieren" and dlg.dry_btn.text() == "Probelauf"
    assert dlg.detected.text() == "erkannt: Allgemeine CSV (MicroComm-Export oder eigene Spalten)"
    assert dlg.preview_model.headerData(0, Qt.Orientation.Horizontal) == "Zeile"
    headers = [
        dlg.preview_model.headerData(c, Qt.Orientation.Horizontal) for c in range(dlg.preview_model.columnCount())
    ]
    assert "Datum/Uhrzeit" in headers and "Date/time" not in headers
    assert "Zeilen in der Vorschau" in dlg.preview_summary.text()
    # the mapping combos list the file's own headers, untouched
    combo = dlg.map_combos["reach"]
    assert combo.itemText(0) == "(keine)" and [combo.itemText(i) for i in range(1, combo.count())] == table.headers
    assert ENGAGER_FIELDS[2].label_text() == "Power-Mitglied"


def test_field_labels_translate_at_display_only(language) -> None:  # type: ignore[no-untyped-def]
    """The CSV export's headers and the importer's English labels never change with the language."""
    english = [f.header for f in EXPORT_FIELDS]
    language("de")
    assert [f.header for f in EXPORT_FIELDS] == english
    reach = FIELDS_BY_KEY["reach"]
    assert reach.label == "Reach" and reach.label_text() == "Reichweite"
    assert FIELDS_BY_KEY["themes"].importer_label_text() == "Themen (durch Kommas getrennt)"
    assert "Strg+T" in FIELDS_BY_KEY["themes"].help_text()
    language("es")
    assert reach.label_text() == "Alcance" and FIELDS_BY_KEY["saves"].label_text() == "Guardados"
    language("pt_BR")
    assert FIELDS_BY_KEY["shares"].label_text() == "Compartilhamentos"
    language("en")
    assert i18n.active_language() == "en" and reach.label_text() == "Reach"


def test_post_form_names_the_counts_in_german(qtbot, language) -> None:  # type: ignore[no-untyped-def]
    """The form's count fields are labelled from the field declaration, in the reader's language."""
    from microcomm_desktop.ui.dialogs.post_form import PostFormDialog

    language("de")
    dlg = PostFormDialog({"when": "2026-11-25 08:00", "label": "community"}, [])
    qtbot.addWidget(dlg)
    texts = {label.text() for label in dlg.findChildren(QLabel)}
    assert {"Reichweite", "Speicherungen", "Kommentare/Antworten", "DM-Antworten"} <= texts
    assert "Reach" not in texts and "Saves" not in texts


def test_table_csv_export_keeps_english_headers_and_plain_values(
    qtbot, ui_ctx, sample_workspace, language, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """A CSV is read by programs (and by the importer, through its English header aliases): the posts table's
    export is the same file in every language, although the table shows German headers and decimal commas."""
    from microcomm_desktop.ui.models.post_table_model import COLUMNS
    from microcomm_desktop.ui.widgets.table import export_model_csv

    files = {}
    for lang in ("en", "de"):
        language(lang)
        tab = _tab(qtbot, ui_ctx, sample_workspace)
        files[lang] = tmp_path / f"posts-{lang}.csv"
        export_model_csv(tab.table.proxy, files[lang])
    assert tab.model.headerData(COL["reach"], Qt.Orientation.Horizontal) == "Reichweite"
    german = files["de"].read_bytes()
    assert german == files["en"].read_bytes()
    header = german.decode("utf-8-sig").splitlines()[0].split(",")
    assert header == [("ER by reach %" if key == "er" else text) for key, text in COLUMNS]


@pytest.mark.parametrize(
    ("lang", "expected"), [("pt_BR", "0 post"), ("es", "0 publicaciones"), ("de", "0 Beiträge"), ("en", "0 posts")]
)
def test_empty_count_follows_each_languages_plural_rule(qtbot, ui_ctx, workspace, language, lang, expected) -> None:  # type: ignore[no-untyped-def]
    """Brazilian Portuguese counts 0 as singular (CLDR, Qt); German, Spanish and English as plural."""
    language(lang)
    tab = _tab(qtbot, ui_ctx, workspace)
    assert tab.count_label.text() == expected
