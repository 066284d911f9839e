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

    def dispose(self) -> None:
        self.engine.dispose()


def open_context(data_dir: str | Path | None = None, paths: AppPaths | None = None) -> AppContext:
    """Open (creating if needed) the database of a data directory and migrate it to the current schema.

    Raises ``DatabaseDamaged`` or ``DatabaseTooNew`` with a user-facing message; in both cases the file on
    disk is left exactly as it was.
    """
    paths = (paths or resolve_paths(data_dir)).ensure()
    check_integrity(paths.db_path)
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
    return AppContext(paths=paths, engine=engine, migration_backup=backup)
