"""Service modules the window reaches only when the user acts, imported on that first use.

The first window is built from rows read with the DB-API (``services.file_reads``) before SQLAlchemy, SQLModel
and the table classes are imported — that import is about four times a bare Qt window's start by itself. The
modules the first window is built from must therefore not import the data layer when they are imported; the
services they call on a click or a save (which import it) are reached through ``LazyModule``. Every such click
comes after the data layer is in: the start queues user input until then (``ui.startup.run_while_painting``).

mypy sees the real module: each use is written as

    if TYPE_CHECKING:
        from microcomm_desktop.services import promise as svc
    else:
        svc = LazyModule("microcomm_desktop.services.promise")

``tests/ui/test_first_window.py`` imports the first window's modules in a fresh interpreter and fails if the
data layer comes with them.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any


class LazyModule:
    """Stands for a module until an attribute is read, then imports it (``importlib``: thread-safe, once)."""

    __slots__ = ("_module", "_name")

    def __init__(self, name: str) -> None:
        self._name = name
        self._module: ModuleType | None = None

    def __getattr__(self, attr: str) -> Any:
        module = self._module
        if module is None:
            module = self._module = importlib.import_module(self._name)
        return getattr(module, attr)

    def __repr__(self) -> str:
        return f"<LazyModule {self._name} ({'imported' if self._module is not None else 'not imported yet'})>"
