"""The clean-close marker: lets a start after a clean close skip the seconds-long full integrity check.

Kept apart from ``services.context`` (which imports SQLAlchemy) so the GUI can read it, and show a progress
window for the full check after a crash, before the data layer is even imported.
"""

from __future__ import annotations

import time

from microcomm_desktop.paths import AppPaths

CLEAN_MARKER = "clean-shutdown"
FULL_CHECK_STAMP = "last-full-check"
FULL_CHECK_EVERY_S = 7 * 24 * 3600
"""A clean close lets a start skip the full integrity check, but never for longer than this: damage that
appears while the file is closed (a failing disk) is found within a week even by the CLI, which has no
background check."""


def _db_signature(paths: AppPaths) -> str:
    """Size and modification time of the database and its WAL: any write after a clean close changes it."""
    parts = []
    for p in (paths.db_path, paths.db_path.with_name(paths.db_path.name + "-wal")):
        try:
            st = p.stat()
            parts.append(f"{st.st_size}:{st.st_mtime_ns}")
        except OSError:
            parts.append("-")
    return " ".join(parts)


def write_clean_marker(paths: AppPaths) -> None:
    try:
        (paths.data_dir / CLEAN_MARKER).write_text(_db_signature(paths), encoding="utf-8")
    except OSError:  # a read-only folder: the next start simply runs the full check
        pass


def closed_cleanly(paths: AppPaths) -> bool:
    marker = paths.data_dir / CLEAN_MARKER
    try:
        ok = marker.read_text(encoding="utf-8") == _db_signature(paths)
        marker.unlink()  # from now on the file is "open": a crash leaves no marker behind
        return ok
    except OSError:
        return False


def full_check_due(paths: AppPaths, now: float | None = None) -> bool:
    """True when the last full integrity check is older than a week (or never ran)."""
    try:
        last = float((paths.data_dir / FULL_CHECK_STAMP).read_text(encoding="utf-8").strip())
    except (OSError, ValueError):
        return paths.db_path.exists()
    return (now if now is not None else time.time()) - last > FULL_CHECK_EVERY_S


def record_full_check(paths: AppPaths, now: float | None = None) -> None:
    try:
        (paths.data_dir / FULL_CHECK_STAMP).write_text(
            f"{now if now is not None else time.time():.0f}", encoding="utf-8"
        )
    except OSError:  # a read-only folder: the next start checks again
        pass
