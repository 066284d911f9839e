"""Helpers every CLI command uses: open the data, find the workspace, fail with one line."""

from __future__ import annotations

import argparse
import atexit
import os
import sys
from typing import TYPE_CHECKING, NoReturn

from microcomm_desktop.i18n import translate

if TYPE_CHECKING:  # the data layer is imported when a command opens the data, so --help and --version stay instant
    from microcomm_desktop.paths import AppPaths
    from microcomm_desktop.services.context import AppContext
    from microcomm_desktop.services.file_reads import FileReader
    from microcomm_desktop.services.file_reads import WorkspaceRow as ReadWorkspace
    from microcomm_desktop.services.workspaces import WorkspaceRow


class CliError(Exception):
    """A one-line message for stderr and a non-zero exit."""

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


def fail(message: str, code: int = 2) -> NoReturn:
    raise CliError(message, code)


def open_data(args: argparse.Namespace) -> AppContext:
    """Open the data for one command. Commands may run while a window has the same data open (SQLite
    serialises the writes); then the window owns the clean-close marker, so the command does a quick check
    instead of the seconds-long crash-recovery check and leaves the marker to the window. The quick check runs
    before the command's first write, never for a command that only reads (store.db.PendingCheck)."""
    from microcomm_desktop.paths import DataFolderError, resolve_paths
    from microcomm_desktop.services.context import (
        ENV_DATABASE_URL,
        DatabaseDamaged,
        DatabaseTooNew,
        DatabaseUnavailable,
        folder_writable,
        open_context,
        unavailable_message,
    )
    from microcomm_desktop.services.instance_lock import InstanceLock

    paths = resolve_paths(getattr(args, "data_dir", None))
    url = getattr(args, "database", None) or os.environ.get(ENV_DATABASE_URL, "")
    if url:
        return _open_server(paths, url)
    try:
        paths.ensure()
        # On a read-only drive there is no lock to probe (and no window can be writing); the data opens read-only.
        writable = folder_writable(paths.data_dir)
        window_open = writable and InstanceLock(paths.lock_file).holder_elsewhere() is not None
        ctx = open_context(paths=paths, full_check=False if window_open else None, defer_quick_check=True)
    except (DataFolderError, DatabaseDamaged, DatabaseTooNew, DatabaseUnavailable) as exc:
        fail(str(exc), 3)
    except OSError as exc:  # the lock file itself cannot be written
        fail(unavailable_message(paths.lock_file, exc), 3)
    ctx.records_clean_close = not window_open and not ctx.read_only
    if ctx.read_only:
        sys.stderr.write(f"microcomm: {ctx.read_only}\n")
    atexit.register(ctx.dispose)  # a clean close lets the next run skip the slow full integrity check
    return ctx


def open_reader(args: argparse.Namespace) -> FileReader | None:
    """For a command that only reads: the local file through the DB-API, without importing the ORM (~0.5 s),
    or None when the command must open the data the usual way (``open_data``): a team server, a read-only
    drive, a new file or one that needs an upgrade."""
    from microcomm_desktop.paths import DataFolderError, resolve_paths
    from microcomm_desktop.services.file_reads import (
        DatabaseDamaged,
        DatabaseTooNew,
        DatabaseUnavailable,
        DiskFull,
        folder_writable,
        open_file_reader,
        team_server_chosen,
        unavailable_message,
    )
    from microcomm_desktop.services.instance_lock import InstanceLock

    if team_server_chosen(getattr(args, "database", None), None):
        return None
    paths = resolve_paths(getattr(args, "data_dir", None))
    try:
        paths.ensure()
        if not folder_writable(paths.data_dir):
            return None  # a read-only drive: no lock to probe; the usual open reads it read-only and says so
        window_open = InstanceLock(paths.lock_file).holder_elsewhere() is not None
        reader = open_file_reader(paths, window_open)
    except DiskFull:
        return None  # the usual open opens the data read-only and says why
    except (DataFolderError, DatabaseDamaged, DatabaseTooNew, DatabaseUnavailable) as exc:
        fail(str(exc), 3)
    except PermissionError:
        return None  # the usual open explains the folder's permissions
    except OSError as exc:
        fail(unavailable_message(paths.lock_file, exc), 3)
    if reader is not None:
        atexit.register(reader.close)
    return reader


def reader_workspace(reader: FileReader, args: argparse.Namespace) -> ReadWorkspace:
    """``workspace_of`` for a reader: the same rule and the same sentences."""
    name = getattr(args, "workspace", None)
    if not name:
        existing = reader.workspaces()
        if len(existing) == 1:
            return existing[0]
        if not existing:
            fail(translate("cli", "There is no workspace yet. Create one: microcomm workspace create NAME"))
        names = ", ".join(repr(w.name) for w in existing)
        fail(
            translate("cli", "There are {n_existing} workspaces ({names}); name one with --workspace NAME.").format(
                n_existing=len(existing), names=names
            )
        )
    found = reader.workspace_named(name)
    if found is None:
        fail(translate("cli", "No workspace named {name}. See: microcomm workspace list").format(name=repr(name)))
    return found


def _open_server(paths: AppPaths, url: str) -> AppContext:
    """A team database: no instance lock (many members and windows share it by design), no file checks."""
    from microcomm_desktop.paths import DataFolderError
    from microcomm_desktop.services.context import (
        BadDatabaseUrl,
        DatabaseDamaged,
        DatabaseTooNew,
        DatabaseUnavailable,
        open_context,
    )

    try:
        ctx = open_context(paths=paths, database_url=url)
    except (DataFolderError, DatabaseDamaged, DatabaseTooNew, DatabaseUnavailable, BadDatabaseUrl) as exc:
        fail(str(exc), 3)
    atexit.register(ctx.dispose)
    return ctx


def workspace_of(ctx: AppContext, args: argparse.Namespace) -> WorkspaceRow:
    """The workspace named by ``--workspace``; with only one workspace the option may be left out (most
    people run one community), with several the command says which names exist."""
    from microcomm_desktop.services.workspaces import WorkspaceError, get_workspace

    name = getattr(args, "workspace", None)
    if not name:
        from microcomm_desktop.services.workspaces import list_workspaces

        existing = list_workspaces(ctx.engine)
        if len(existing) == 1:
            return existing[0]
        if not existing:
            fail(translate("cli", "There is no workspace yet. Create one: microcomm workspace create NAME"))
        names = ", ".join(repr(w.name) for w in existing)
        fail(
            translate("cli", "There are {n_existing} workspaces ({names}); name one with --workspace NAME.").format(
                n_existing=len(existing), names=names
            )
        )
    try:
        return get_workspace(ctx.engine, name)
    except WorkspaceError as exc:
        fail(str(exc))


def out(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
