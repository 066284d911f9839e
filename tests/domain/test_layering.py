"""The domain core must stay importable without Qt or the database, so it can run in tests and workers."""

from __future__ import annotations

import ast
from pathlib import Path

import microcomm_desktop.domain as domain

FORBIDDEN = (
    "PySide6",
    "sqlmodel",
    "sqlalchemy",
    "alembic",
    "pyqtgraph",
    "microcomm_desktop.store",
    "microcomm_desktop.services",
    "microcomm_desktop.ui",
)


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_domain_imports_no_ui_or_persistence() -> None:
    package_dir = Path(domain.__file__).parent
    offenders = {
        f"{path.name}: {name}"
        for path in package_dir.rglob("*.py")
        for name in _imports(path)
        if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN)
    }
    assert not offenders
