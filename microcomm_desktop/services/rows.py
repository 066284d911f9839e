"""Copying ORM rows into plain dataclasses at the service boundary.

The UI and the CLI never hold an ORM object: one that outlives its session can lazy-load or expire behind the
caller's back, and holding it would tie ui/ and commands/ to the store's types (docs/ARCHITECTURE.md). Every
service that hands a stored row out copies its columns into a frozen dataclass declared next to the service.
"""

from __future__ import annotations

from dataclasses import asdict, fields, is_dataclass
from typing import Any, TypeVar

T = TypeVar("T")


def plain(cls: type[T], obj: object) -> T:
    """The dataclass ``cls`` filled from the same-named attributes of ``obj`` (an ORM row)."""
    assert is_dataclass(cls)
    return cls(**{f.name: getattr(obj, f.name) for f in fields(cls)})


def values(row: object, *, without: tuple[str, ...] = ("id",)) -> dict[str, Any]:
    """A plain row's values as keyword arguments for re-creating the stored row (undo of a delete)."""
    assert is_dataclass(row) and not isinstance(row, type)
    return {k: v for k, v in asdict(row).items() if k not in without}
