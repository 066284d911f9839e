"""Asset lookup that works from a source checkout, an installed package and a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path

_PKG = Path(__file__).resolve().parent


def resource_dirs() -> list[Path]:
    """Candidate folders holding ``resources/``, most specific first."""
    dirs: list[Path] = []
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        dirs.append(Path(meipass) / "resources")
    dirs.append(_PKG / "resources")
    dirs.append(_PKG.parent / "resources")
    return dirs


def resource_path(name: str) -> Path | None:
    """Path of a bundled asset, or None when it is missing (callers degrade gracefully)."""
    for d in resource_dirs():
        p = d / name
        if p.exists():
            return p
    return None
