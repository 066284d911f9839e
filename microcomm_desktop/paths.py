"""Where the app keeps its files.

One place resolves the per-user directories so tests, ``--data-dir`` and ``MICROCOMM_DATA_DIR`` can redirect
everything (database, backups, settings INI, attachments) without touching the user's real data.
"""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from microcomm_desktop import APP_NAME, APP_ORG
from microcomm_desktop.i18n import translate

ENV_DATA_DIR = "MICROCOMM_DATA_DIR"
DB_FILENAME = "microcomm.sqlite3"


class DataFolderError(Exception):
    """The data folder cannot be created or used; the message is shown to the user as is."""


def os_reason(exc: OSError) -> str:
    """A plain-words reason for the OS errors people actually hit with a data folder."""
    known = {
        errno.EEXIST: translate("paths", "a file with that name is in the way"),
        errno.ENOTDIR: translate("paths", "part of the path is a file, not a folder"),
        errno.EISDIR: translate("paths", "a folder is where the file should be"),
        errno.EACCES: translate("paths", "permission denied"),
        errno.EPERM: translate("paths", "permission denied"),
        errno.EROFS: translate("paths", "the drive is read-only"),
        errno.ENOSPC: translate("paths", "the disk is full"),
        errno.ENOENT: translate("paths", "a folder on the way does not exist and cannot be created"),
    }
    return known.get(exc.errno or 0, exc.strerror or str(exc))


@dataclass(frozen=True)
class AppPaths:
    """The directories of one running instance; built once at start-up and passed down."""

    data_dir: Path
    config_dir: Path

    @property
    def db_path(self) -> Path:
        return self.data_dir / DB_FILENAME

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def attachments_dir(self) -> Path:
        return self.data_dir / "attachments"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "ui-state.ini"

    @property
    def lock_file(self) -> Path:
        return self.data_dir / "microcomm.lock"

    def ensure(self) -> AppPaths:
        """Create the missing directories with user-only permissions (the data is private).

        Only folders created here get 0700: an existing folder (``--data-dir`` on a shared team folder) keeps
        the permissions its owner chose. On a read-only drive the existing data folder is enough: the data is
        then opened read-only (services.context) and the missing sub-folders are simply not there.
        """
        for d in (self.data_dir, self.config_dir, self.backup_dir, self.attachments_dir):
            if d.is_dir():
                continue
            try:
                d.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                if d != self.data_dir and self.data_dir.is_dir() and exc.errno in (errno.EROFS, errno.EACCES):
                    continue
                raise DataFolderError(
                    f"MicroComm cannot use {d} as a data folder: {os_reason(exc)}. Fix that, or start MicroComm "
                    "with --data-dir pointing at another folder."
                ) from exc
            try:
                d.chmod(0o700)
            except OSError:  # pragma: no cover - e.g. a read-only mount; the app still works
                pass
        return self


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """Pick the data directory: explicit argument, then the environment, then platformdirs.

    When the data directory is overridden, the UI-state INI lives inside it too, so a throw-away or test
    directory never writes into the user's real configuration.
    """
    chosen = data_dir or os.environ.get(ENV_DATA_DIR)
    if chosen:
        root = Path(chosen).expanduser().resolve()
        return AppPaths(data_dir=root, config_dir=root / "config")
    return AppPaths(
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, APP_ORG)),
        config_dir=Path(platformdirs.user_config_dir(APP_NAME, APP_ORG)),
    )
