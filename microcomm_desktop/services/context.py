"""Opening the app's data: paths, integrity check, engine, migrations — the same for GUI, CLI and tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import Engine

from microcomm_desktop.paths import AppPaths, resolve_paths
from microcomm_desktop.store import migrate
from microcomm_desktop.store.db import check_integrity, make_engine, sqlite_url


@dataclass
class AppContext:
    """Everything a use case needs to reach the data; built once per process and passed down."""

    paths: AppPaths
    engine: Engine
    migration_backup: Path | None = None
    extras: dict[str, object] = field(default_factory=dict)

    full_check_done: bool = True

    def dispose(self) -> None:
        """Close every connection and record a clean shutdown (lets the next start skip the slow full check)."""
        self.engine.dispose()
        _write_clean_marker(self.paths)


CLEAN_MARKER = "clean-shutdown"


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


def _write_clean_marker(paths: AppPaths) -> None:
    try:
        (paths.data_dir / CLEAN_MARKER).write_text(_db_signature(paths), encoding="utf-8")
    except OSError:  # a read-only folder: the next start simply runs the full check
        pass


def _closed_cleanly(paths: AppPaths) -> bool:
    marker = paths.data_dir / CLEAN_MARKER
    try:
        ok = marker.read_text(encoding="utf-8") == _db_signature(paths)
        marker.unlink()  # from now on the file is "open": a crash leaves no marker behind
        return ok
    except OSError:
        return False


def open_context(
    data_dir: str | Path | None = None, paths: AppPaths | None = None, full_check: bool | None = None
) -> AppContext:
    """Open (creating if needed) the database of a data directory and migrate it to the current schema.

    The full ``PRAGMA integrity_check`` (seconds on a large file) runs when the last session did not close
    cleanly or ``full_check`` is True; otherwise a quick structural check runs and ``full_check_done`` is False
    so the GUI can run the full check in the background. Raises ``DatabaseDamaged`` or ``DatabaseTooNew`` with
    a user-facing message; in both cases the file on disk is left exactly as it was.
    """
    paths = (paths or resolve_paths(data_dir)).ensure()
    clean = _closed_cleanly(paths)
    full = full_check if full_check is not None else not clean
    check_integrity(paths.db_path, full=full)
    engine = make_engine(sqlite_url(paths.db_path))
    try:
        backup = migrate.upgrade(engine, paths.db_path, paths.backup_dir)
    except Exception:
        engine.dispose()
        raise
    try:
        paths.db_path.chmod(0o600)
    except OSError:  # pragma: no cover
        pass
    return AppContext(paths=paths, engine=engine, migration_backup=backup, full_check_done=full)
