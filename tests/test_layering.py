"""The layers stay visible (docs/ARCHITECTURE.md): domain imports neither Qt nor the store; store and services
import no Qt; the UI and the CLI reach the data only through services (no store import, types included, at any
level of a module) and services hand them plain rows, never ORM objects."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[1] / "microcomm_desktop"


def _imports(path: Path) -> set[str]:
    """Every module a file imports, function-level and TYPE_CHECKING imports included (``from pkg import sub``
    counts as ``pkg.sub`` too, so ``from microcomm_desktop import store`` is seen)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{a.name}" for a in node.names)
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
        ("commands", ("PySide6", "pyqtgraph", "microcomm_desktop.ui", "microcomm_desktop.store", "sqlmodel")),
        ("ui", ("microcomm_desktop.store", "sqlmodel", "alembic")),
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


def _orm_types_in(annotation: object) -> set[str]:
    """Names of the SQLModel table classes anywhere inside a type (``list[X]``, ``X | None``, tuples…)."""
    import typing

    from sqlmodel import SQLModel

    found: set[str] = set()
    if isinstance(annotation, type) and issubclass(annotation, SQLModel):
        found.add(annotation.__name__)
    for arg in typing.get_args(annotation):
        found |= _orm_types_in(arg)
    return found


def _service_modules() -> list[str]:
    return [
        f"microcomm_desktop.services.{p.stem}" for p in sorted((PKG / "services").glob("*.py")) if p.stem != "__init__"
    ]


def test_services_hand_out_plain_rows() -> None:
    """A public service function returns no ORM object and a public service dataclass holds none: an ORM row
    outside its session lazy-loads or expires behind the caller's back. Functions that take a ``Session`` are
    steps inside another service's transaction (the UI and CLI have no session to pass), so they may."""
    import dataclasses
    import importlib
    import inspect
    import typing

    from sqlmodel import Session, SQLModel

    offenders: list[str] = []
    checked = 0
    for name in _service_modules():
        mod = importlib.import_module(name)
        for attr, obj in vars(mod).items():
            if attr.startswith("_") or getattr(obj, "__module__", None) != name:
                continue
            if inspect.isfunction(obj):
                hints = typing.get_type_hints(obj, vars(mod) | {"AppContext": object})
                if any(h is Session for k, h in hints.items() if k != "return"):
                    continue
                checked += 1
                bad = _orm_types_in(hints.get("return"))
                if bad:
                    offenders.append(f"{name}.{attr}() returns {', '.join(sorted(bad))}")
            elif inspect.isclass(obj) and dataclasses.is_dataclass(obj) and not issubclass(obj, SQLModel):
                for f_name, hint in typing.get_type_hints(obj, vars(mod) | {"AppContext": object}).items():
                    bad = _orm_types_in(hint)
                    if bad:
                        offenders.append(f"{name}.{attr}.{f_name} holds {', '.join(sorted(bad))}")
    assert checked > 300, f"only {checked} service functions inspected: the walk is broken"
    assert not offenders, "\n".join(offenders)


def test_orm_check_sees_an_orm_return() -> None:
    """The walk above would pass vacuously if it could not recognise an ORM type inside a container."""
    from microcomm_desktop.store.models import Ritual, Workspace

    assert _orm_types_in(list[Ritual]) == {"Ritual"}
    assert _orm_types_in(tuple[Workspace, list[Ritual]] | None) == {"Ritual", "Workspace"}
    assert _orm_types_in(list[int]) == set()
