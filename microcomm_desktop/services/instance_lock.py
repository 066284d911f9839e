"""One running app per data directory.

An OS file lock (flock / msvcrt) rather than a "PID file exists" check: the OS releases it when the process dies,
so a crashed instance never leaves the data stuck as "open elsewhere".
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO


class AlreadyRunning(Exception):
    """Another MicroComm holds this data directory; the message says which process."""


class InstanceLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fh: IO[str] | None = None

    def acquire(self) -> InstanceLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fh = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held for the process lifetime
        try:
            _lock(fh)
        except OSError as exc:
            fh.seek(0)
            holder = fh.read().strip() or "another process"
            fh.close()
            raise AlreadyRunning(
                f"This data is already open in another MicroComm window ({holder}). "
                "Close that window first, or start with --data-dir to use other data."
            ) from exc
        fh.seek(0)
        fh.truncate()
        fh.write(f"pid {os.getpid()}")
        fh.flush()
        self._fh = fh
        return self

    def holder_elsewhere(self) -> str | None:
        """Who holds the lock when another process does (e.g. "pid 123"), else None; takes nothing, writes
        nothing. The CLI asks this: while a window has the data open, its clean-close marker is absent because
        it is running, not because it crashed, so the slow crash-recovery check would be wasted."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path, "a+", encoding="utf-8") as fh:
            try:
                _lock(fh)
            except OSError:
                fh.seek(0)
                return fh.read().strip() or "another process"
            _unlock(fh)
            return None

    def release(self) -> None:
        if self._fh is not None:
            try:
                _unlock(self._fh)
            finally:
                self._fh.close()
                self._fh = None


if os.name == "nt":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    def _lock(fh: IO[str]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]

    def _unlock(fh: IO[str]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]

else:
    import fcntl

    def _lock(fh: IO[str]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fh: IO[str]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
