"""Screenshot files: sniff, size-check and copy them into the data directory under a content-hash name.

Why copy: the issue's promise is "nothing is lost if the original file is later deleted" — the user drops a
file from Downloads, then cleans Downloads. Why a content hash: dropping the same screenshot twice stores it
once, two different files with the same name never collide, and a copy is never half-written under its
final name (we write a temporary file and rename it).

This module never imports Qt (services are shared with the CLI): format and pixel size are read from the
file's first bytes. The UI still decodes the image with ``QImageReader`` in a worker before storing it, which
catches files whose header is fine but whose data is not.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import struct
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from microcomm_desktop.i18n import translate
from microcomm_desktop.services import figures_text as ft

__all__ = [
    "FORMATS",
    "MAX_BYTES",
    "MAX_PIXELS",
    "ImageInfo",
    "ImageRejected",
    "StoredImage",
    "check_image_bytes",
    "check_image_file",
    "resolve_image",
    "sniff",
    "store_image_bytes",
    "store_image_file",
]

MAX_BYTES = 40 * 1024 * 1024  # a phone screenshot is 0.2–5 MB; 40 MB leaves room for 4K PNGs
MAX_PIXELS = 100_000_000  # 10,000 × 10,000: above this a decode needs gigabytes of memory
FORMATS = {"png": "PNG", "jpeg": "JPEG", "webp": "WebP", "gif": "GIF", "bmp": "BMP"}
EXTENSIONS = {"png": ".png", "jpeg": ".jpg", "webp": ".webp", "gif": ".gif", "bmp": ".bmp"}
_HEAD = 64 * 1024  # JPEG size markers can sit after a large EXIF block


class ImageRejected(ValueError):
    """A file that cannot be used as a screenshot; the message is shown to the user as is."""


@dataclass(frozen=True, slots=True)
class ImageInfo:
    format: str  # key of FORMATS
    width: int | None
    height: int | None
    size_bytes: int


@dataclass(frozen=True, slots=True)
class StoredImage:
    rel_path: str  # relative to the data directory, with forward slashes (portable across OSes)
    name: str  # the original file name, for display
    info: ImageInfo


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    i = 2
    n = len(data)
    while i + 4 <= n:
        if data[i] != 0xFF:
            i += 1
            continue
        marker = data[i + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7 or marker == 0xFF:
            i += 1 if marker == 0xFF else 2
            continue
        if i + 4 > n:
            return None
        length = struct.unpack(">H", data[i + 2 : i + 4])[0]
        # SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            if i + 9 > n:
                return None
            h, w = struct.unpack(">HH", data[i + 5 : i + 9])
            return w, h
        i += 2 + length
    return None


def _webp_size(data: bytes) -> tuple[int, int] | None:
    chunk = data[12:16]
    if chunk == b"VP8 " and len(data) >= 30:
        w, h = struct.unpack("<HH", data[26:30])
        return w & 0x3FFF, h & 0x3FFF
    if chunk == b"VP8L" and len(data) >= 25:
        b = data[21:25]
        w = 1 + (((b[1] & 0x3F) << 8) | b[0])
        h = 1 + (((b[3] & 0x0F) << 10) | (b[2] << 2) | ((b[1] & 0xC0) >> 6))
        return w, h
    if chunk == b"VP8X" and len(data) >= 30:
        w = 1 + int.from_bytes(data[24:27], "little")
        h = 1 + int.from_bytes(data[27:30], "little")
        return w, h
    return None


def sniff(head: bytes) -> tuple[str, int | None, int | None] | None:
    """(format, width, height) from a file's first bytes, or ``None`` when it is not an image we accept.

    The extension is ignored on purpose: a ".png" that is really a JPEG is fine, a ".png" that is a PDF is not.
    """
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        if len(head) >= 24 and head[12:16] == b"IHDR":
            w, h = struct.unpack(">II", head[16:24])
            return "png", w, h
        return "png", None, None
    if head.startswith(b"\xff\xd8\xff"):
        size = _jpeg_size(head)
        return ("jpeg", *size) if size else ("jpeg", None, None)
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        size = _webp_size(head)
        return ("webp", *size) if size else ("webp", None, None)
    if head[:6] in (b"GIF87a", b"GIF89a") and len(head) >= 10:
        w, h = struct.unpack("<HH", head[6:10])
        return "gif", w, h
    if head[:2] == b"BM" and len(head) >= 26:
        w, h = struct.unpack("<ii", head[18:26])
        return "bmp", abs(w), abs(h)
    return None


def _check(head: bytes, size: int, label: str) -> ImageInfo:
    if size == 0:
        raise ImageRejected(translate("services.images", "{file} is empty (0 bytes).").format(file=label))
    if size > MAX_BYTES:
        raise ImageRejected(
            translate(
                "services.images",
                "{file} is {size} MB; screenshots up to {limit} MB are accepted. Save it as JPEG or crop it, then add it again.",  # noqa: E501
            ).format(file=label, size=ft.decimal_text(size / 1024 / 1024, 1), limit=MAX_BYTES // 1024 // 1024)
        )
    found = sniff(head)
    if found is None:
        raise ImageRejected(
            translate(
                "services.images",
                "{file} is not an image this app can read. Use a PNG, JPEG, WebP, GIF or BMP screenshot.",
            ).format(file=label)
        )
    fmt, w, h = found
    if w is not None and h is not None:
        if w == 0 or h == 0:
            raise ImageRejected(
                translate(
                    "services.images", "{file} says it is {width} × {height} pixels: the file is damaged."
                ).format(file=label, width=w, height=h)
            )
        if w * h > MAX_PIXELS:
            raise ImageRejected(
                translate(
                    "services.images",
                    "{file} is {width} × {height} pixels — too large to show safely (limit {limit} megapixels). Crop or scale it down, then add it again.",  # noqa: E501
                ).format(file=label, width=ft.integer(w), height=ft.integer(h), limit=MAX_PIXELS // 1_000_000)
            )
    return ImageInfo(fmt, w, h, size)


def check_image_file(path: Path) -> ImageInfo:
    """Validate a file the user picked; raises ``ImageRejected`` with a message naming the file."""
    label = f"'{path.name}'"
    try:
        if not path.is_file():
            raise ImageRejected(
                translate("services.images", "{file} is not a file (it may have been moved or deleted).").format(
                    file=label
                )
            )
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(_HEAD)
    except OSError as exc:
        raise ImageRejected(
            translate("services.images", "{file} cannot be read: {reason}.").format(
                file=label, reason=exc.strerror or exc
            )
        ) from exc
    return _check(head, size, label)


def check_image_bytes(data: bytes, name: str = "the image") -> ImageInfo:
    return _check(data[:_HEAD], len(data), f"'{name}'")


def _target(data_dir: Path, workspace_id: int, digest: str, fmt: str) -> tuple[Path, str]:
    rel = f"attachments/{workspace_id}/creators/{digest}{EXTENSIONS[fmt]}"
    return data_dir / rel, rel


def _private_dirs(data_dir: Path, final: Path) -> None:
    """Create ``final``'s folders user-only (0700), like the data directory itself.

    Screenshots of other people's posts and DMs are private; a folder created with the default umask (often
    0755) would let other local users list and read them, even though the data directory above is 0700.
    """
    data_dir.mkdir(parents=True, exist_ok=True)  # normally there already (0700, see paths.ensure)
    missing: list[Path] = []
    d = final.parent
    while not d.exists() and d != data_dir and d != d.parent:
        missing.append(d)
        d = d.parent
    for folder in reversed(missing):
        folder.mkdir(mode=0o700, exist_ok=True)
        try:
            folder.chmod(0o700)  # mkdir's mode is masked by the umask; chmod is not
        except OSError:  # pragma: no cover - a file system without permissions (FAT); the app still works
            pass


def _atomic_write_from(src_copy: Callable[[BinaryIO], object], final: Path, data_dir: Path | None = None) -> None:
    if data_dir is not None:
        _private_dirs(data_dir, final)
    final.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".incoming-", dir=final.parent)  # mkstemp creates the file 0600
    try:
        with os.fdopen(fd, "wb") as out:
            src_copy(out)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o600)  # explicit: the copy is private whatever mkstemp's platform default is
        os.replace(tmp, final)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def store_image_file(data_dir: Path, workspace_id: int, src: Path) -> StoredImage:
    """Check and copy ``src`` into the workspace's attachments; returns the path to store on the evidence."""
    info = check_image_file(src)
    h = hashlib.sha256()
    try:
        with src.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
        final, rel = _target(data_dir, workspace_id, h.hexdigest(), info.format)
        if not final.exists():

            def copy(out: BinaryIO) -> None:
                with src.open("rb") as fh2:
                    shutil.copyfileobj(fh2, out, 1 << 20)

            _atomic_write_from(copy, final, data_dir)
    except OSError as exc:
        raise ImageRejected(
            translate("services.images", "{file} could not be copied into the data folder: {reason}.").format(
                file=f"'{src.name}'", reason=exc.strerror or exc
            )
        ) from exc
    return StoredImage(rel, src.name, info)


def store_image_bytes(data_dir: Path, workspace_id: int, data: bytes, name: str) -> StoredImage:
    """Same as ``store_image_file`` for bytes in memory (the sample community, a pasted image)."""
    info = check_image_bytes(data, name)
    final, rel = _target(data_dir, workspace_id, hashlib.sha256(data).hexdigest(), info.format)
    if not final.exists():
        try:
            _atomic_write_from(lambda out: out.write(data), final, data_dir)
        except OSError as exc:
            raise ImageRejected(
                translate("services.images", "{file} could not be saved in the data folder: {reason}.").format(
                    file=f"'{name}'", reason=exc.strerror or exc
                )
            ) from exc
    return StoredImage(rel, name, info)


def resolve_image(data_dir: Path, rel_path: str) -> Path | None:
    """Absolute path of a stored image, or ``None`` when empty or pointing outside the data directory."""
    if not rel_path:
        return None
    root = data_dir.resolve()
    path = (root / rel_path).resolve()
    if root not in path.parents:
        return None
    return path
