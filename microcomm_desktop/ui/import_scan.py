"""Spare every start the source scan PySide6 runs on each module imported after it.

Importing ``PySide6.QtCore`` replaces ``builtins.__import__``: after every import, PySide6 decides whether the new
module may opt in to ``from __feature__ import snake_case, true_property`` by reading the module's whole source
file (``inspect.getsource``) and looking for the word "PySide6". The start imports ~400 modules after Qt
(SQLAlchemy, pydantic, SQLModel and the standard library's share of them), so reading and splitting their
sources cost ~80 ms of every start before the window is usable (measured in ``--smoke`` runs on the large
workspace: SQLAlchemy ~35 ms, the standard library ~23 ms, pydantic ~8 ms, this package ~7 ms).

For packages that never mention PySide6 the answer is known without reading: "does not use PySide". This
module answers that for the standard library and a fixed list of such packages, and leaves every other module
(this package, PySide6 itself, pyqtgraph, anything unknown) to PySide6's own scan — so each module gets exactly
the answer it got before (``tests/ui/test_import_scan.py`` compares them). The hook is PySide6's private
machinery: if a PySide6 release moves it, nothing is changed and the start is only as slow as before.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any

# Third-party packages the app imports that never mention PySide6 (so can never opt in to its features).
PLAIN_PACKAGES = frozenset(
    {
        "alembic",
        "annotated_types",
        "greenlet",
        "mako",
        "numpy",
        "platformdirs",
        "pydantic",
        "pydantic_core",
        "sqlalchemy",
        "sqlmodel",
        "typing_extensions",
        "typing_inspection",
    }
)
_MARK = "_microcomm_plain_modules_skipped"


def is_plain(name: str) -> bool:
    """True for a module of the standard library or of ``PLAIN_PACKAGES`` (by its top-level package)."""
    top = name.partition(".")[0]
    return top in PLAIN_PACKAGES or top in sys.stdlib_module_names


def skip_source_scan_of_plain_modules() -> bool:
    """Answer PySide6's per-import "does this module use PySide?" for plain modules without reading their
    source. Returns True when the shortcut is (now or already) in place, False when PySide6's internals are not
    where this version expects them (then nothing was changed)."""
    feature = sys.modules.get("shibokensupport.feature")
    scan: Any = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(scan):
        return False
    if getattr(scan, _MARK, False):
        return True

    def uses_pyside(module: ModuleType) -> bool:
        name = getattr(module, "__name__", None)
        if isinstance(name, str) and is_plain(name):
            return False
        return bool(scan(module))

    setattr(uses_pyside, _MARK, True)
    uses_pyside.original = scan  # type: ignore[attr-defined]  # tests compare the two answers
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True
