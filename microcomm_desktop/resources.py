"""Asset lookup that works from a source checkout, an installed package and a frozen bundle.

Why one module: icons and other assets live in the top-level ``resources/`` folder of the repository, but
the app runs from three different layouts and each puts that folder somewhere else:

* **frozen** (PyInstaller): the spec copies ``resources/`` to ``<sys._MEIPASS>/resources`` (one-folder:
  ``_internal/resources``; one-file: the temporary extraction folder; macOS ``.app``: ``Contents/Frameworks``
  which links to ``Contents/Resources``);
* **source checkout / editable install**: ``<repo>/resources`` next to the package folder;
* **installed wheel**: ``<package>/resources`` if the build copies assets into the package, or
  ``<prefix>/share/microcomm-desktop/resources`` if they are shipped as data files.

``MICROCOMM_RESOURCES`` overrides all of them (handy for testing an asset change without rebuilding).
Lookups never raise: a missing icon degrades to Qt's default rather than stopping the app.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_RESOURCES = "MICROCOMM_RESOURCES"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
_PKG = Path(__file__).resolve().parent


def is_frozen() -> bool:
    """True inside a PyInstaller bundle (``sys.frozen`` is set by the bootloader)."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def resource_dirs() -> list[Path]:
    """Candidate folders holding the assets, most specific first (the first that has a file wins)."""
    dirs: list[Path] = []
    override = os.environ.get(ENV_RESOURCES)
    if override:
        dirs.append(Path(override).expanduser())
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        dirs.append(Path(meipass) / "resources")
    dirs.append(_PKG / "resources")
    dirs.append(_PKG.parent / "resources")
    dirs.append(Path(sys.prefix) / "share" / "microcomm-desktop" / "resources")
    return dirs


def resource_path(name: str) -> Path | None:
    """Path of a bundled asset such as ``icons/microcomm.svg``, or None when it is missing.

    ``name`` is always written with forward slashes; absolute paths and ``..`` are refused so a setting
    or a caller's typo can never point the lookup outside the asset folders.
    """
    rel = Path(*name.split("/"))
    if rel.is_absolute() or ".." in rel.parts or not rel.parts:
        return None
    for d in resource_dirs():
        p = d / rel
        if p.is_file():
            return p
    return None


def app_icon_paths() -> list[Path]:
    """Every app icon file found: the SVG (scales crisply) first, then the PNG sizes.

    A QIcon built from all of them lets Qt pick the sharpest image for the title bar, taskbar and dock.
    """
    names = ["icons/microcomm.svg", *(f"icons/microcomm-{s}.png" for s in ICON_SIZES)]
    return [p for p in (resource_path(n) for n in names) if p is not None]
