"""One sentence for every storage problem a user can meet — never a driver's text, an SQL dump or a traceback.

Shared by the CLI's last-resort handler and the GUI's error reporter, so both say the same thing about a full
disk, a lock held by another import, a read-only folder or a damaged file.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from microcomm_desktop.i18n import translate
from microcomm_desktop.store.db import (
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseUnavailable,
    ValueOutOfRange,
    disk_full_message,
    is_disk_full,
)
from microcomm_desktop.store.migrate import DatabaseTooNew


def user_message(exc: BaseException, path: Path | None = None) -> str | None:
    """The sentence for a storage problem, or ``None`` when ``exc`` is not one (a bug: report it as such).

    Driver texts ("sqlite3.OperationalError: database is locked [SQL: INSERT ...]") never reach the user:
    they neither say what happened to the data nor what to do.
    """
    if isinstance(exc, (DatabaseDamaged, DatabaseUnavailable, DatabaseBusy, DatabaseTooNew, ValueOutOfRange)):
        return str(exc)
    orig = getattr(exc, "orig", None) or exc
    where = path or Path(os.getcwd())
    if is_disk_full(exc):
        return disk_full_message(where)
    if isinstance(orig, sqlite3.Error) or isinstance(exc, DBAPIError):
        text = str(orig).lower()
        if "locked" in text or "busy" in text:
            return translate(
                "services.problems",
                "Another MicroComm window or command is writing to this data right now; nothing was changed. Try "
                "again when it has finished.",
            )
        if "readonly" in text or "read-only" in text:
            return translate(
                "services.problems",
                "The data is open read-only (the folder or drive cannot be written): nothing was changed.",
            )
        if "malformed" in text or "not a database" in text or "corrupt" in text:
            return translate(
                "services.problems",
                "The data file is damaged; nothing was changed. Use File › Restore from backup… (or `microcomm backup "
                "restore`) to go back to a backup.",
            )
        if "unique" in text or "constraint" in text or "integrity" in text:
            return translate(
                "services.problems",
                "The change conflicts with data written at the same moment by another window or command; nothing was "
                "changed. Try again.",
            )
        if "unable to open" in text:
            if path:
                return translate(
                    "services.problems", "MicroComm cannot open its data file {path}: check the folder and the disk."
                ).format(path=path)
            return translate("services.problems", "MicroComm cannot open its data file: check the folder and the disk.")
        return translate(
            "services.problems",
            "The data file could not be read or written; nothing was changed. Check the disk and try again.",
        )
    if isinstance(orig, OSError):
        from microcomm_desktop.paths import os_reason

        if orig.filename:
            return translate("services.problems", "Could not use {name}: {reason}.").format(
                name=orig.filename, reason=os_reason(orig)
            )
        return translate("services.problems", "Could not use: {reason}.").format(reason=os_reason(orig))
    return None
