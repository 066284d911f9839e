"""The converted dialogs really speak the user's language: built with the German catalog installed (compiled
from the committed .ts, as the app does), their visible texts are German, plurals included; Brazilian
Portuguese counts 0 and 1 as singular."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from microcomm_desktop import i18n
from microcomm_desktop.ui.dialogs.calibrate import CalibrateDialog
from microcomm_desktop.ui.dialogs.edit_conflict import EditConflictDialog
from tests.services.test_calibration import TODAY, _posts


def test_calibrate_dialog_in_german(qtbot, ui_ctx, language) -> None:  # type: ignore[no-untyped-def]
    assert language("de") == "de"
    wid, _ = _posts(ui_ctx.app)
    dlg = CalibrateDialog(ui_ctx.engine, wid, TODAY)
    qtbot.addWidget(dlg)
    assert dlg.windowTitle() == "Richtwertbereiche an den eigenen Daten kalibrieren"
    assert dlg.apply_btn.text() == "Angekreuzte Bereiche anwenden"
    # plural forms: 30 "Tagen", and the header of the proposal table
    assert [dlg.days.itemText(i) for i in range(dlg.days.count())] == ["30 Tagen", "60 Tagen", "90 Tagen"]
    assert dlg.model.headerData(3, Qt.Orientation.Horizontal) == "Vorschlag (deine Daten)"
    texts = " ".join(label.text() for label in dlg.findChildren(QLabel))
    assert "Lernen aus meinen letzten" in texts and "Standardwerte der Nische" in texts
    assert "Learn from my last" not in texts and "niche defaults" not in texts


def test_edit_conflict_dialog_in_german_then_back_to_english(qtbot, language) -> None:  # type: ignore[no-untyped-def]
    language("de")
    dlg = EditConflictDialog("deal", {"name": "A"}, {"name": "B"}, "")
    qtbot.addWidget(dlg)
    assert dlg.windowTitle() == "Von einem anderen Mitglied geändert"
    assert dlg.mine_button.text() == "Meine behalten"
    assert dlg.theirs_button.text() == "Fassung übernehmen (Ein anderes Mitglied)"
    headers = [dlg.model.headerData(c, Qt.Orientation.Horizontal) for c in (0, 1)]
    assert headers == ["Feld", "Deine Fassung"]
    language("en")
    dlg2 = EditConflictDialog("deal", {"name": "A"}, {"name": "B"}, "Sam")
    qtbot.addWidget(dlg2)
    assert dlg2.mine_button.text() == "Keep mine" and dlg2.theirs_button.text() == "Take Sam's"


@pytest.mark.parametrize(
    ("lang", "n", "expected"),
    [
        ("pt_BR", 0, "0 post"),
        ("pt_BR", 1, "1 post"),
        ("pt_BR", 2, "2 posts"),
        ("de", 0, "0 Beiträge"),
        ("de", 1, "1 Beitrag"),
        ("es", 0, "0 publicaciones"),
        ("es", 1, "1 publicación"),
        ("en", 0, "0 posts"),
        ("en", 1, "1 post"),
        ("en", 2, "2 posts"),
        ("en", 12345, "12,345 posts"),
        ("de", 12345, "12.345 Beiträge"),
    ],
)
def test_plural_rules_per_language(language, lang: str, n: int, expected: str) -> None:  # type: ignore[no-untyped-def]
    """Brazilian Portuguese is singular for 0 and 1 (CLDR, Qt); German, Spanish and English for 1 only. The window
    (QTranslator) and the Qt-free reader (CLI, reports) agree."""
    language(lang)
    assert QCoreApplication.translate("RestoreDialog", "%Ln post(s)", None, n) == expected
    assert i18n.translate("RestoreDialog", "%Ln post(s)", None, n) == expected


def test_help_page_in_german_keeps_the_domain_numbers(language) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.ui.dialogs.help import HELP_HTML, help_html

    language("de")
    html = help_html()
    assert "Wiederkehrende Interagierende (30 Tage)" in html and "Antworten pro 1.000 Reichweite" in html
    assert "Obergrenzen 25 (Antworten) und 40 (Speicherungen)" in html  # placeholders filled after translation
    assert "{" not in html and "Returning engagers" not in html
    # The benchmark table: band names and their advice in German too (stored in English in domain.metrics).
    assert "<td>ER bei Feed-Beiträgen</td>" in html and "Einstieg schärfen" in html
    assert "tighten hook" not in html
    language("en")
    assert help_html() == HELP_HTML


def test_promise_tab_in_german(qtbot, ui_ctx, workspace, today, language) -> None:  # type: ignore[no-untyped-def]
    """The Promise tab's own texts are German (section tabs, buttons, counts with German plurals); the promise
    sentence and hints come from the services and stay as they are until their slice."""
    from microcomm_desktop.ui.tabs.promise.page import PromiseTab

    language("de")
    ui_ctx.today = today
    tab = PromiseTab(ui_ctx)
    qtbot.addWidget(tab)
    tab.set_workspace(workspace.id)
    titles = [tab.sections.tabText(i) for i in range(tab.sections.count())]
    assert titles == ["Versprechen", "Thema, Zuhause && Werbehinweis", "Formate", "Onboarding", "Impulsbibliothek"]
    assert tab.save_promise_btn.text() == "Als neue Version &speichern"
    assert tab.brief_btn.text() == "Community-&Briefing exportieren…"
    assert tab.history.item(0).text() == "Noch kein Versprechen gespeichert — fülle die drei Felder aus und speichere."
    assert "von 3 wiederkehrenden Formaten — unvollständig" in tab.formats_status.text()
    assert tab.prompt_counts.toolTip() == "Jedes Ritual braucht mindestens 5 Impulse, bevor du jemanden einlädst"
    tab.onb_rules.setPlainText("Sei freundlich")
    assert tab.onb_words.text() == "2 Wörter — etwas kurz"
    tab.onb_rules.setPlainText("Hallo")
    assert tab.onb_words.text().startswith("1 Wort —")
    texts = " ".join(label.text() for label in tab.findChildren(QLabel))
    assert "Was stehen muss, bevor du jemanden einlädst:" in texts
    assert "What must exist" not in texts and "Version history" not in texts
