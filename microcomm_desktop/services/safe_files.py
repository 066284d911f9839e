"""Every file the app writes for the user (CSV, PDF, Markdown, HTML, ICS, PNG/SVG) goes through here.

Why: a plain ``open(path, "w")`` reports success into a folder given as the target, leaves a truncated file
when the disk fills half-way, and replaces a good earlier export with half of a new one. Here the content is
written to a temporary file in the target's own folder, flushed and synced, checked (it exists and is not
empty), then renamed over the target in one step. Any failure removes the temporary file, leaves the target as
it was and raises ``WriteFailed`` — an ``OSError`` whose text is one sentence for the user.
"""

from __future__ import annotations

import csv
import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from microcomm_desktop.domain.csv_safety import guard_row
from microcomm_desktop.i18n import translate
from microcomm_desktop.paths import os_reason
from microcomm_desktop.store.db import free_mb

__all__ = ["WriteFailed", "atomic_path", "open_atomic", "write_bytes", "write_csv_rows", "write_text"]


class WriteFailed(OSError):
    """Writing a file failed; ``str()`` is the sentence for the user, ``strerror`` the short reason."""

    def __init__(self, path: Path, reason: str, code: int | None = None) -> None:
        super().__init__(code or errno.EIO, reason, str(path))
        self.path = path
        self.reason = reason

    def __str__(self) -> str:
        return translate("services.safe_files", "Could not write {path}: {reason}. Nothing was written there.").format(
            path=self.path, reason=self.reason
        )


def _reason(exc: OSError, target: Path) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return translate("services.safe_files", "the disk is full ({free} MB free)").format(free=free_mb(target.parent))
    return os_reason(exc)


def check_target(path: Path) -> Path:
    """Refuse what can never be a file target, before any work is done: a folder, a missing folder."""
    path = path.expanduser()
    if path.is_symlink() and path.resolve().is_file():  # replace the file the link points to, keep the link
        path = path.resolve()
    if path.is_dir():
        raise WriteFailed(
            path,
            translate("services.safe_files", "that is a folder; give a file name (for example one inside that folder)"),
            errno.EISDIR,
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WriteFailed(path, _reason(exc, path), exc.errno) from exc
    return path


def is_stream(path: Path) -> bool:
    """A target that exists but is no regular file: /dev/stdout, a pipe, a terminal, a device.

    Renaming over such a path would replace the device node (or the /dev/stdout link) with a plain file, so
    these are written in place; there is no earlier content to protect.
    """
    try:
        return path.exists() and not path.is_file() and not path.is_dir()
    except OSError:
        return False


@contextmanager
def _via_stream(path: Path, allow_empty: bool) -> Iterator[Path]:
    """Produce the content in a private temporary file, then copy it into the stream in one pass."""
    fd, tmp_name = tempfile.mkstemp(prefix="microcomm-", suffix=".partial")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        if not allow_empty and tmp.stat().st_size == 0:
            raise WriteFailed(path, translate("services.safe_files", "nothing was produced"))
        try:
            with tmp.open("rb") as src, open(path, "wb") as dst:  # noqa: PTH123 - a stream, not a file
                while chunk := src.read(1 << 20):
                    dst.write(chunk)
        except OSError as exc:
            raise WriteFailed(path, _reason(exc, path), exc.errno) from exc
    finally:
        tmp.unlink(missing_ok=True)


@contextmanager
def atomic_path(path: Path, allow_empty: bool = False) -> Iterator[Path]:
    """Yield a temporary path next to ``path`` for a writer that wants a file name (QPdfWriter, QImage.save);
    on success it is checked and renamed over ``path``; on failure it is removed."""
    path = check_target(path)
    if is_stream(path):
        with _via_stream(path, allow_empty) as tmp:
            yield tmp
        return
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
        os.close(fd)
    except OSError as exc:
        raise WriteFailed(path, _reason(exc, path), exc.errno) from exc
    tmp = Path(tmp_name)
    try:
        yield tmp
        if not tmp.exists() or (not allow_empty and tmp.stat().st_size == 0):
            raise WriteFailed(
                path,
                translate("services.safe_files", "nothing was produced (free space: {free} MB)").format(
                    free=free_mb(path.parent)
                ),
            )
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        mode = path.stat().st_mode & 0o777 if path.exists() else None
        os.replace(tmp, path)
        if mode is not None:
            os.chmod(path, mode)
    except WriteFailed:
        tmp.unlink(missing_ok=True)
        raise
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise WriteFailed(path, _reason(exc, path), exc.errno) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@contextmanager
def open_atomic(path: Path, mode: str = "w", **kwargs: Any) -> Iterator[IO[Any]]:
    """``open()`` for writing, all or nothing (see the module docstring)."""
    with atomic_path(path, allow_empty=True) as tmp:
        try:
            with open(tmp, mode, **kwargs) as fh:  # noqa: PTH123 - mode is the caller's
                yield fh
                fh.flush()
        except OSError as exc:
            raise WriteFailed(path, _reason(exc, path), exc.errno) from exc


def write_text(path: Path, text: str, encoding: str = "utf-8") -> Path:
    with open_atomic(path, "w", encoding=encoding) as fh:
        fh.write(text)
    return path


def write_bytes(path: Path, data: bytes) -> Path:
    with open_atomic(path, "wb") as fh:
        fh.write(data)
    return path


def write_csv_rows(path: Path, header: list[object], rows: Callable[[], Iterator[list[object]]] | Any) -> int:
    """A CSV with every text cell guarded against formula injection (domain.csv_safety); returns the rows."""
    n = 0
    with open_atomic(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(guard_row(list(header)))
        for row in rows() if callable(rows) else rows:
            w.writerow(guard_row(list(row)))
            n += 1
    return n
