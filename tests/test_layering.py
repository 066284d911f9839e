"""The three layers stay visible: domain imports neither Qt nor the store; store and services import no Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[1] / "microcomm_desktop"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def _files(sub: str) -> list[Path]:
    return sorted((PKG / sub).rglob("*.py"))


@pytest.mark.parametrize(
    ("sub", "forbidden"),
    [
        (
            "domain",
            (
                "PySide6",
                "pyqtgraph",
                "sqlmodel",
                "sqlalchemy",
                "alembic",
                "microcomm_desktop.store",
                "microcomm_desktop.services",
                "microcomm_desktop.ui",
            ),
        ),
        ("store", ("PySide6", "pyqtgraph", "microcomm_desktop.ui", "microcomm_desktop.services")),
        ("services", ("PySide6", "pyqtgraph", "microcomm_desktop.ui")),
        ("commands", ("PySide6", "pyqtgraph", "microcomm_desktop.ui")),
    ],
)
def test_layer_does_not_import(sub: str, forbidden: tuple[str, ...]) -> None:
    offenders = []
    for f in _files(sub):
        for name in _imports(f):
            if any(name == bad or name.startswith(bad + ".") for bad in forbidden):
                offenders.append(f"{f.relative_to(PKG)} imports {name}")
    assert not offenders, "\n".join(offenders)


def test_cli_does_not_import_qt() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from microcomm_desktop.cli import build_parser; build_parser(); "
        "import microcomm_desktop.services.sample; "
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
