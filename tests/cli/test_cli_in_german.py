"""The command line speaks the session's language (LANG and friends; MICROCOMM_LANGUAGE overrides): help texts,
summaries, errors and plural forms in German, Spanish and Brazilian Portuguese, while machine-readable output
(tab-separated lists) stays as it is and English runs never read a catalog."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from microcomm_desktop import i18n

ROOT = Path(__file__).resolve().parents[2]
LOCALE_VARS = ("MICROCOMM_LANGUAGE", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def _run(lang: str, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in LOCALE_VARS}
    env.update(PYTHONPATH=str(ROOT), LANG=lang)
    return subprocess.run(
        [sys.executable, "-m", "microcomm_desktop", *argv], capture_output=True, text=True, env=env, timeout=120
    )


@pytest.fixture
def german() -> Iterator[None]:
    i18n.set_language("de")
    yield
    i18n.set_language("en")


def test_help_texts_follow_the_system_language() -> None:
    de = _run("de_DE.UTF-8", "workspace", "--help")
    assert de.returncode == 0, de.stderr
    assert "Arbeitsbereiche auflisten" in de.stdout and "einen Arbeitsbereich anlegen" in de.stdout
    assert "list workspaces" not in de.stdout
    es = _run("es_ES.UTF-8", "--help")
    assert "gestiona una microcomunidad como un sistema medido" in es.stdout
    en = _run("fr_FR.UTF-8", "workspace", "--help")  # no French catalog: English
    assert "list workspaces" in en.stdout and "Arbeitsbereiche" not in en.stdout


def test_argparse_own_words_follow_the_language_too() -> None:
    """ "usage:", "options" and argparse's error sentences come from gettext, which Python ships untranslated."""
    de = _run("de_DE.UTF-8", "workspace", "--help")
    assert de.stdout.startswith("Aufruf: microcomm workspace") and "Positionsargumente:" in de.stdout
    assert "diese Hilfe anzeigen und beenden" in de.stdout and "usage:" not in de.stdout
    es = _run("es_ES.UTF-8", "workspace", "frob")
    assert es.returncode == 2 and "opción no válida: 'frob' (elige entre 'list'" in es.stderr
    en = _run("C", "workspace", "frob")
    assert "invalid choice: 'frob' (choose from 'list'" in en.stderr  # English stays argparse's own


@pytest.mark.sqlite_only("reads the local data folder it creates")
def test_summaries_errors_and_plurals_in_german(tmp_path: Path) -> None:
    d = str(tmp_path / "data")
    made = _run("de_DE.UTF-8", "workspace", "create", "Klub", "--timezone", "Europe/Berlin", "--data-dir", d)
    assert made.returncode == 0, made.stderr
    assert made.stdout == "Arbeitsbereich 'Klub' angelegt (Europe/Berlin).\n"
    listed = _run("de_DE.UTF-8", "workspace", "list", "--data-dir", d)
    assert listed.stdout == "Klub\tEurope/Berlin\treach\n"  # machine-readable rows are not translated
    both = _run(
        "de_DE.UTF-8", "workspace", "set", "Klub", "--own-handle", "@me", "--clear-own-handles", "--data-dir", d
    )
    assert both.returncode == 2
    assert both.stderr == "microcomm: Nutze entweder --own-handle oder --clear-own-handles, nicht beides.\n"
    one = _run(
        "de_DE.UTF-8", "workspace", "calibrate", "Klub", "--band", "er=2-5", "--today", "2026-11-25", "--data-dir", d
    )
    assert one.stdout == "1 Bereich am 2026-11-25 festgelegt; rückgängig mit --undo.\n", one.stderr
    two = _run(
        "pt_BR.UTF-8", "workspace", "calibrate", "Klub", "--band", "er=2-5", "--band", "saves_per_1k=3-9",
        "--today", "2026-11-25", "--data-dir", d,
    )  # fmt: skip
    assert two.stdout == "2 faixas definidas em 2026-11-25; desfaça com --undo.\n", two.stderr
    refused = _run("es_ES.UTF-8", "workspace", "delete", "Klub", "--data-dir", d)
    assert refused.stderr == "microcomm: Eliminar 'Klub' borra todos sus datos; añade --yes para confirmar.\n"
    english = _run(
        "C.UTF-8", "workspace", "calibrate", "Klub", "--band", "er=2-5", "--today", "2026-11-25", "--data-dir", d
    )
    assert english.stdout == "Set 1 band on 2026-11-25; undo with --undo.\n"


def test_counts_are_written_the_language_s_way(german: None) -> None:
    assert i18n.translate("cli", "%n row(s)", None, 1) == "1 Zeile"
    assert i18n.translate("cli", "%n row(s)", None, 12345) == "12.345 Zeilen"
    assert i18n.translate("cli", "Set %n band(s) on {applied_on}; undo with --undo.", None, 3).startswith("3 Bereiche")
    i18n.set_language("pt_BR")
    assert i18n.translate("cli", "%n row(s)", None, 0) == "0 linha"  # Brazilian Portuguese: 0 is singular
    i18n.set_language("en")
    assert i18n.translate("cli", "%n row(s)", None, 2) == "2 rows"


PROBE = """
import sys
from microcomm_desktop.__main__ import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
sys.stderr.write("ETREE=" + str("xml.etree.ElementTree" in sys.modules) + "\\n")
"""


@pytest.mark.parametrize("argv", [["--version"], ["--help"], ["workspace", "--help"]])
def test_english_runs_never_read_a_catalog(argv: list[str]) -> None:
    env = {k: v for k, v in os.environ.items() if k not in LOCALE_VARS}
    env.update(PYTHONPATH=str(ROOT), LANG="en_US.UTF-8")
    proc = subprocess.run([sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, env=env, timeout=60)
    assert proc.stdout.strip(), proc.stderr
    assert "ETREE=False" in proc.stderr.splitlines()  # the .ts is parsed only for another language or a plural
    env["LANG"] = "de_DE.UTF-8"
    german = subprocess.run([sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, env=env, timeout=60)
    assert german.returncode == 0 and ("ETREE=True" in german.stderr.splitlines() or argv == ["--version"])


def test_the_no_display_sentence_is_translated_too(german: None) -> None:
    import argparse

    from microcomm_desktop.__main__ import NO_DISPLAY, no_display_reason

    if not sys.platform.startswith("linux"):
        pytest.skip("the sentence is only given on Linux")
    reason = no_display_reason(argparse.Namespace(smoke=False), {})
    assert reason is not None and reason.startswith("microcomm: kein Bildschirm, auf dem sich das Fenster öffnen ließe")
    i18n.set_language("en")
    assert no_display_reason(argparse.Namespace(smoke=False), {}) == NO_DISPLAY
