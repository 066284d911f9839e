"""PySide6's per-import source scan, skipped for plain modules (ui/import_scan.py).

Why: PySide6 reads the whole source of every module imported after Qt to decide whether it may use
``from __feature__ import …``; ~80 ms of each start went there. The shortcut must give every module the answer
PySide6's own scan gives, and must really spare the read.
"""

from __future__ import annotations

import importlib
import os
import subprocess
import sys

import PySide6.QtCore  # noqa: F401  (installs PySide6's import hook)

from microcomm_desktop.ui.import_scan import PLAIN_PACKAGES, is_plain, skip_source_scan_of_plain_modules


def test_every_loaded_module_gets_the_answer_pyside6_gives() -> None:
    assert skip_source_scan_of_plain_modules()  # the pinned PySide6 has the hook where we expect it
    assert skip_source_scan_of_plain_modules()  # a second call changes nothing
    feature = sys.modules["shibokensupport.feature"]
    patched = feature._mod_uses_pyside
    original = patched.original
    assert not hasattr(original, "original")  # wrapped once, not twice
    for name in ("microcomm_desktop.services.team_server", "microcomm_desktop.ui.main_window", "alembic"):
        importlib.import_module(name)  # the data layer, the window and the migrations: what a start imports
    for optional in ("numpy", "pyqtgraph"):
        try:
            importlib.import_module(optional)
        except ImportError:
            pass
    modules = [m for m in list(sys.modules.values()) if isinstance(getattr(m, "__name__", None), str)]
    plain = [m for m in modules if is_plain(m.__name__)]
    assert {m.__name__.partition(".")[0] for m in plain} >= {"sqlalchemy", "sqlmodel", "pydantic", "json"}
    assert [m.__name__ for m in modules if patched(m) != original(m)] == []
    assert [m.__name__ for m in plain if original(m)] == []  # nothing listed as plain mentions PySide6
    ours = sys.modules["microcomm_desktop.ui.main_window"]
    assert patched(ours) and original(ours)  # this package still goes through PySide6's scan


def test_a_plain_module_imported_after_qt_is_not_read() -> None:
    """In a fresh interpreter: ``colorsys`` (standard library, not imported by Qt) imported after Qt is read by
    PySide6's scan (its file lands in ``linecache``) unless the shortcut is in place."""
    code = (
        "import sys, linecache, PySide6.QtCore\n"
        "from microcomm_desktop.ui.import_scan import skip_source_scan_of_plain_modules\n"
        "if sys.argv[1] == 'skip': assert skip_source_scan_of_plain_modules()\n"
        "import colorsys\n"
        "print(colorsys.__file__ in linecache.cache)\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")

    def read(mode: str) -> str:
        done = subprocess.run(
            [sys.executable, "-c", code, mode], env=env, capture_output=True, text=True, timeout=120, check=True
        )
        return done.stdout.strip()

    assert read("scan") == "True"  # PySide6 alone reads it: the test can fail
    assert read("skip") == "False"


def test_only_packages_without_qt_are_listed() -> None:
    assert not {"PySide6", "shiboken6", "shibokensupport", "pyqtgraph", "microcomm_desktop"} & PLAIN_PACKAGES
    assert is_plain("sqlalchemy.orm.session") and is_plain("asyncio.events")
    assert not is_plain("microcomm_desktop.ui.main_window") and not is_plain("PySide6.QtWidgets")
