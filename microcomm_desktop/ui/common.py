"""Small helpers every tab and dialog uses."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


def shortcut(keys: QKeySequence | QKeySequence.StandardKey | str, parent: QWidget, fn: Callable[[], Any]) -> QShortcut:
    """A shortcut bound to ``parent`` (and its children) calling ``fn``."""
    sc = QShortcut(QKeySequence(keys), parent)
    sc.activated.connect(fn)
    return sc
