"""The translation pipeline end to end: lupdate extracts tr() and the Qt-free translate() alike, lrelease builds
the .qm the window loads, and the window (QTranslator) and the CLI (the .ts reader) give the same text and the
same plural forms."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from microcomm_desktop import i18n

SOURCE = """
from PySide6.QtCore import QCoreApplication
from microcomm_desktop.i18n import translate

def window_text():
    return QCoreApplication.translate("Posts", "Saved %n post(s)", None, 3)

def cli_text(n):
    return translate("cli", "Imported %n row(s)", None, n)
"""

FORMS = {
    ("Posts", "Saved %n post(s)"): ["%n Beitrag gespeichert", "%n Beiträge gespeichert"],
    ("cli", "Imported %n row(s)"): ["%n Zeile importiert", "%n Zeilen importiert"],
}
FORMS_PT = {
    ("Posts", "Saved %n post(s)"): ["%n post salvo", "%n posts salvos"],
    ("cli", "Imported %n row(s)"): ["%n linha importada", "%n linhas importadas"],
}


def _fill(ts: Path, forms: dict[tuple[str, str], list[str]]) -> None:
    tree = ET.parse(ts)
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            assert tr is not None
            tr.attrib.pop("type", None)
            for el, text in zip(tr.iter("numerusform"), forms[(name or "", msg.findtext("source") or "")], strict=True):
                el.text = text
    tree.write(ts, encoding="utf-8", xml_declaration=True)


@pytest.fixture
def catalogs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    sys.path.insert(0, str(ROOT))
    src = tmp_path / "sample_strings.py"
    src.write_text(SOURCE, encoding="utf-8")
    res = tmp_path / "res"
    (res / "translations").mkdir(parents=True)
    from scripts.build_translations import _tool, mark_plurals

    lupdate = _tool("lupdate")
    for lang, forms in (("de", FORMS), ("pt_BR", FORMS_PT)):
        ts = res / "translations" / f"microcomm_{lang}.ts"
        subprocess.run([lupdate, str(src), "-target-language", lang, "-ts", str(ts)], check=True, capture_output=True)
        mark_plurals(ts)
        _fill(ts, forms)
    monkeypatch.setenv("MICROCOMM_RESOURCES", str(res))
    i18n._catalog.cache_clear()
    yield res
    monkeypatch.undo()  # the real catalogs again, and English as every other test expects it
    i18n._catalog.cache_clear()
    from microcomm_desktop.ui import i18n as ui_i18n

    ui_i18n.install(QCoreApplication.instance(), "en", tmp_path / "cache-en")  # type: ignore[arg-type]


ROOT = Path(__file__).resolve().parents[2]


def test_extracted_strings_translate_the_same_in_the_window_and_the_cli(
    catalogs: Path, tmp_path: Path, qapp: QCoreApplication
) -> None:
    from microcomm_desktop.ui import i18n as ui_i18n

    assert ui_i18n.install(qapp, "de_DE.UTF-8", tmp_path / "cache") == "de"
    assert (tmp_path / "cache" / "microcomm_de.qm").is_file()  # compiled on demand from the .ts
    assert QCoreApplication.translate("Posts", "Saved %n post(s)", None, 3) == "3 Beiträge gespeichert"
    assert QCoreApplication.translate("Posts", "Saved %n post(s)", None, 1) == "1 Beitrag gespeichert"
    assert i18n.translate("cli", "Imported %n row(s)", None, 1) == "1 Zeile importiert"
    assert i18n.translate("cli", "Imported %n row(s)", None, 1234) == "1.234 Zeilen importiert"
    # Brazilian Portuguese: 0 is singular, in Qt and in the CLI reader alike.
    assert ui_i18n.install(qapp, "pt-BR", tmp_path / "cache") == "pt_BR"
    assert QCoreApplication.translate("Posts", "Saved %n post(s)", None, 0) == "0 post salvo"
    assert i18n.translate("cli", "Imported %n row(s)", None, 0) == "0 linha importada"
    assert i18n.translate("cli", "Imported %n row(s)", None, 2) == "2 linhas importadas"
    # Back to English: the source text, untranslated strings stay as written.
    assert ui_i18n.install(qapp, "en", tmp_path / "cache") == "en"
    assert QCoreApplication.translate("Posts", "Saved %n post(s)", None, 3) == "Saved 3 post(s)"
    assert i18n.translate("cli", "Not in the catalog") == "Not in the catalog"


def test_languages_follow_the_system_and_fall_back_to_english(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("MICROCOMM_LANGUAGE", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "es_MX.UTF-8")
    assert i18n.system_language() == "es"
    monkeypatch.setenv("LANGUAGE", "pt_PT:pt")
    assert i18n.system_language() == "pt_BR"
    monkeypatch.setenv("LANGUAGE", "fr_FR")
    assert i18n.system_language() == "en"
    assert i18n.normalize_language("de-AT") == "de"
    assert i18n.set_language(None) == "en"


def test_extracting_again_keeps_the_plural_forms(tmp_path: Path) -> None:
    """lupdate re-reads ``translate(ctx, "…%n…", None, n)`` with a variable n as singular on every run and would
    drop the second form; the build script saves and restores the translated forms."""
    sys.path.insert(0, str(ROOT))
    from scripts.build_translations import _tool, mark_plurals, plural_forms, restore_plurals

    src = tmp_path / "sample_strings.py"
    src.write_text(SOURCE, encoding="utf-8")
    ts = tmp_path / "microcomm_de.ts"
    lupdate = _tool("lupdate")

    def extract() -> None:
        saved = plural_forms(ts)
        cmd = [lupdate, str(src), "-no-obsolete", "-target-language", "de", "-ts", str(ts)]
        subprocess.run(cmd, check=True, capture_output=True)
        mark_plurals(ts)
        restore_plurals(ts, saved)

    extract()
    _fill(ts, FORMS)
    extract()  # the second run is the one that used to lose "%n Zeilen importiert"
    forms = plural_forms(ts)
    assert forms[("cli", "Imported %n row(s)")] == (["%n Zeile importiert", "%n Zeilen importiert"], True)
    assert forms[("Posts", "Saved %n post(s)")] == (["%n Beitrag gespeichert", "%n Beiträge gespeichert"], True)
