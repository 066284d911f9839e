"""The data file itself, without SQLAlchemy: its errors, the integrity checks, disk-full and folder tests.

Kept apart from ``store.db`` (which imports SQLAlchemy, SQLModel and every table, ~0.5 s) so that a command that
only reads, and the window before its first paint, can check and open the file without that import.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path

from microcomm_desktop.i18n import translate

ENV_DATABASE_URL = "MICROCOMM_DATABASE_URL"  # a team server's URL for every start (the GUI's and the CLI's)


class DatabaseDamaged(Exception):
    """The file is not a usable database; the message is shown to the user as is."""


class DatabaseUnavailable(Exception):
    """The file could not be opened or written (permissions, a full disk, a folder in its place); the message
    is shown to the user as is. Unlike DatabaseDamaged, the data itself may be fine."""


class DiskFull(DatabaseUnavailable):
    """The disk holding the data is full: the data is fine, it just cannot be written (or opened for writing)."""


def readonly_uri(path: Path) -> str:
    """A read-only SQLite URI that survives any file name: ``file:{path}`` would cut the path at ``#`` or ``?``
    and silently open (and create) a different, empty database."""
    return path.resolve().as_uri() + "?mode=ro"


def unavailable_message(path: Path, exc: BaseException) -> str:
    """One sentence for a file that cannot be opened, whatever layer raised (OS, sqlite3, SQLAlchemy)."""
    from microcomm_desktop.paths import os_reason

    orig = getattr(exc, "orig", None) or exc  # SQLAlchemy wraps the driver's error
    reason = os_reason(orig) if isinstance(orig, OSError) else str(orig)
    in_the_way = isinstance(orig, OSError) and orig.errno in (errno.EISDIR, errno.ENOTDIR, errno.EEXIST)
    if in_the_way:
        return translate(
            "store.files", "MicroComm cannot open its data file {path}: {reason}. Nothing was changed."
        ).format(path=path, reason=reason)
    return translate(
        "store.files",
        "MicroComm cannot open its data file {path}: {reason}. Nothing was changed. Check the folder's permissions "
        "and free disk space.",
    ).format(path=path, reason=reason)


def check_header(path: Path) -> bool:
    """The instant part of the check (no page read): refuse an empty or non-SQLite file; False when absent."""
    if not path.exists():
        return False
    if path.stat().st_size == 0:
        raise DatabaseDamaged(translate("store.files", "The data file {path} is empty (0 bytes).").format(path=path))
    with path.open("rb") as fh:
        header = fh.read(16)
    if header != b"SQLite format 3\x00":
        raise DatabaseDamaged(
            translate("store.files", "The data file {path} is not a MicroComm database (it is not SQLite).").format(
                path=path
            )
        )
    return True


def check_integrity(path: Path, full: bool = True) -> None:
    """Refuse a damaged file before anything writes to it (we never overwrite a damaged database).

    ``full=False`` runs ``PRAGMA quick_check`` (every page read, no index cross-check — a fraction of the full
    check's time); it is used when the file was closed cleanly last time (see services.context), with the full
    ``PRAGMA integrity_check`` then run in the background by the GUI and at least weekly by the CLI.
    """
    if not check_header(path):
        return
    try:
        con = sqlite3.connect(readonly_uri(path), uri=True)
        try:
            # quick_check reads every page (damage inside a table is found before anything writes to it) but
            # skips the index cross-checks that make integrity_check take seconds on a large file.
            rows = con.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
        finally:
            con.close()
    except sqlite3.OperationalError as exc:
        # A full disk shows up as "disk I/O error" (SQLite cannot create its shared-memory file): that is not
        # damage, and calling it so would send the user to restore a backup over good data.
        if is_disk_full(exc) or (_low_space(path) and "i/o" in str(exc).lower()):
            raise DiskFull(disk_full_open_message(path)) from exc
        # Cannot open / locked / read-only: about the file's surroundings, not its content. Calling that
        # "damaged" would send the user to restore a backup over data that may be fine.
        if any(m in str(exc).lower() for m in ("unable to open", "locked", "readonly", "read-only", "busy")):
            raise DatabaseUnavailable(unavailable_message(path, exc)) from exc
        raise DatabaseDamaged(
            translate("store.files", "The data file {path} is damaged: {reason}.").format(path=path, reason=exc)
        ) from exc
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamaged(
            translate("store.files", "The data file {path} is damaged: {reason}.").format(path=path, reason=exc)
        ) from exc
    if [r[0] for r in rows] != ["ok"]:
        detail = "; ".join(str(r[0]) for r in rows[:3])
        raise DatabaseDamaged(
            translate("store.files", "The data file {path} is damaged: {reason}.").format(path=path, reason=detail)
        )


# ----- one sentence for every storage problem a user can meet (never a driver's text or SQL) ------------------


def free_mb(path: Path) -> int:
    """Free space on the drive holding ``path`` (its nearest existing parent), in whole MB."""
    p = path
    while not p.exists() and p != p.parent:
        p = p.parent
    try:
        return shutil.disk_usage(p).free // (1024 * 1024)
    except OSError:
        return 0


def is_disk_full(exc: BaseException) -> bool:
    orig = getattr(exc, "orig", None) or exc
    if isinstance(orig, OSError) and orig.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    return isinstance(orig, sqlite3.Error) and "disk is full" in str(orig).lower()


def disk_full_message(path: Path) -> str:
    return translate(
        "store.files",
        "The disk is full ({free} MB free): the change was not saved and your data is unchanged. Free some space, "
        "then try again.",
    ).format(free=free_mb(path))


def low_space(path: Path) -> bool:
    """Under 2 MB free next to the file: SQLite may fail to create its side files, and says "disk I/O error"."""
    return _low_space(path)


def _low_space(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent).free < 2 * 1024 * 1024
    except OSError:
        return False


def disk_full_open_message(path: Path) -> str:
    return translate(
        "store.files",
        "The disk is full ({free} MB free): MicroComm cannot write to {path}. Your data is not damaged. Free some "
        "space, then start MicroComm again.",
    ).format(free=free_mb(path), path=path)


def folder_writable(folder: Path) -> bool:
    return os.access(folder, os.W_OK) and not _on_read_only_mount(folder)


def _on_read_only_mount(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # pragma: no cover - no statvfs (Windows)
        return False
