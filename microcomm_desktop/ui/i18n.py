"""The window's language: Qt translators for the app and Qt's own dialogs, and the default QLocale.

Why the .qm is built on demand: ``pyside6-lrelease`` builds it at bundle time, but a source checkout has only the
``.ts`` catalogs (the .qm files are build output, not committed); so a missing or stale .qm is compiled into the
user cache folder at start, with the lrelease that ships in the PySide6 wheel. The Qt-free half (CLI, reports)
reads the same .ts through ``microcomm_desktop.i18n``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from microcomm_desktop import i18n
from microcomm_desktop.resources import resource_path

SETTINGS_KEY = "ui/language"  # "" follows the system
# The lead's switch while issue 23 is merged slice by slice: when False, a user who never chose a language gets
# English (an explicit "System language" choice still follows the system).
FOLLOW_SYSTEM_BY_DEFAULT = True
ENV_OVERRIDE = "MICROCOMM_LANGUAGE"  # a preview or a test: wins over the saved choice

_installed: list[QTranslator] = []


def saved_choice(settings: QSettings) -> str | None:
    """The stored choice: a language code, "" for the system's language, ``None`` when the user never chose."""
    if not settings.contains(SETTINGS_KEY):
        return None
    value = str(settings.value(SETTINGS_KEY, "") or "")
    return value if value in i18n.LANGUAGES else ""


def chosen_language(settings: QSettings) -> str | None:
    """What ``install`` should get at start: ``MICROCOMM_LANGUAGE``, else the saved choice, else the system's
    language (``None``) or English while ``FOLLOW_SYSTEM_BY_DEFAULT`` is off."""
    override = os.environ.get(ENV_OVERRIDE, "")
    if override:
        return override
    saved = saved_choice(settings)
    if saved is None:
        return None if FOLLOW_SYSTEM_BY_DEFAULT else "en"
    return saved or None


def save_choice(settings: QSettings, choice: str) -> None:
    """Remember ``choice`` (a code from ``i18n.LANGUAGES`` or "" for the system's language) for the next start."""
    settings.setValue(SETTINGS_KEY, choice if choice in i18n.LANGUAGES else "")
    settings.sync()


def qt_tool(name: str) -> str | None:
    """``lupdate``/``lrelease``: the ``pyside6-<name>`` script on PATH, else the binary inside the PySide6 wheel
    (also what scripts/build_translations.py runs)."""
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    import PySide6

    exe = Path(PySide6.__file__).parent / name
    return str(exe) if exe.is_file() else None


def qm_file(lang: str, cache_dir: Path) -> Path | None:
    """The compiled catalog for ``lang``: shipped next to the .ts (bundle), else built into ``cache_dir``."""
    shipped = resource_path(f"translations/microcomm_{lang}.qm")
    ts = i18n.catalog_path(lang)
    if shipped is not None and (ts is None or shipped.stat().st_mtime >= ts.stat().st_mtime):
        return shipped
    if ts is None:
        return None
    built = cache_dir / f"microcomm_{lang}.qm"
    if built.is_file() and built.stat().st_mtime >= ts.stat().st_mtime:
        return built
    tool = qt_tool("lrelease")
    if tool is None:
        return None
    cache_dir.mkdir(parents=True, exist_ok=True)
    try:
        subprocess.run([tool, "-silent", str(ts), "-qm", str(built)], check=True, capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return None  # English is always there; a broken catalog must never stop the app
    return built if built.is_file() else None


def install(app: QCoreApplication, choice: str | None, cache_dir: Path) -> str:
    """Switch the whole app to ``choice`` (``None``/"": the system's language); returns the language used."""
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    lang = i18n.set_language(choice or None)
    QLocale.setDefault(QLocale("en_US" if lang == "en" else lang))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates: list[tuple[str, str]] = [(f"qtbase_{lang}", qt_dir)] if lang != "en" else []
    qm = qm_file(lang, cache_dir)
    if qm is not None:
        candidates.append((qm.stem, str(qm.parent)))
    for name, folder in candidates:
        tr = QTranslator(app)
        if tr.load(name, folder):
            app.installTranslator(tr)
            _installed.append(tr)
    return lang
