"""One running app per data directory.

An OS file lock (flock / msvcrt) rather than a "PID file exists" check: the OS releases it when the process dies,
so a crashed instance never leaves the data stuck as "open elsewhere".
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import IO

from microcomm_desktop.i18n import translate


class AlreadyRunning(Exception):
    """Another MicroComm holds this data directory; the message says which process."""


# Windows locks are mandatory: the locked byte sits far past the "pid N" text so other processes can read it.
_LOCK_OFFSET = 1 << 20


def _read_holder(fh: IO[str]) -> str:
    try:
        fh.seek(0)
        return fh.read(200).strip() or translate("services.instance_lock", "another process")
    except OSError:
        return translate("services.instance_lock", "another process")


class InstanceLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fh: IO[str] | None = None

    def acquire(self, wait_s: float = 0.3) -> InstanceLock:
        """Take the lock, or raise AlreadyRunning naming the holder. Waits briefly first: a command-line run
        probing the lock at the same moment (``holder_elsewhere``) must not look like another window."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fh = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held for the process lifetime
        deadline = time.monotonic() + wait_s
        while True:
            try:
                _lock(fh, shared=False)
                break
            except OSError as exc:
                if time.monotonic() < deadline:
                    time.sleep(0.05)
                    continue
                holder = _read_holder(fh)
                fh.close()
                raise AlreadyRunning(
                    translate(
                        "services.instance_lock",
                        "This data is already open in another MicroComm window ({holder}). Close that window first, or "
                        "start with --data-dir to use other data.",
                    ).format(holder=holder)
                ) from exc
        try:
            fh.seek(0)
            fh.truncate()
            fh.write(f"pid {os.getpid()}")
            fh.flush()
        except OSError:  # the note is a courtesy; the lock is what counts
            pass
        self._fh = fh
        return self

    def holder_elsewhere(self) -> str | None:
        """Who holds the lock when another process does (e.g. "pid 123"), else None; writes nothing and
        holds nothing afterwards. The CLI asks this: while a window has the data open, its clean-close marker
        is absent because it is running, not because it crashed, so the slow crash-recovery check would be
        wasted. A shared probe (POSIX), retried briefly, so two probes at once do not mistake each other for a
        window."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path, "a+", encoding="utf-8") as fh:
            for attempt in range(3):
                try:
                    _lock(fh, shared=True)
                except OSError:
                    if attempt < 2:
                        time.sleep(0.03)
                        continue
                    return _read_holder(fh)
                _unlock(fh)
                return None
        return None  # pragma: no cover - the loop always returns

    def release(self) -> None:
        if self._fh is not None:
            try:
                _unlock(self._fh)
            finally:
                try:
                    self._fh.close()
                except OSError:  # a full disk cannot take the buffered "pid" note; the lock is released anyway
                    pass
                self._fh = None


if os.name == "nt":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    def _lock(fh: IO[str], shared: bool) -> None:  # Windows has no shared byte locks; a short hold is fine
        fh.seek(_LOCK_OFFSET)
        msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]

    def _unlock(fh: IO[str]) -> None:
        fh.seek(_LOCK_OFFSET)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]

else:
    import fcntl

    def _lock(fh: IO[str], shared: bool) -> None:
        fcntl.flock(fh.fileno(), (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)

    def _unlock(fh: IO[str]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
