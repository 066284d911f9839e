"""Privacy: creator screenshots copied into the data directory are user-only, like the database and backups."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from microcomm_desktop.services.images import store_image_bytes, store_image_file
from microcomm_desktop.services.sample_creators import fake_screenshot

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")


def _mode(p: Path) -> int:
    return stat.S_IMODE(p.stat().st_mode)


def test_copied_screenshot_and_its_folders_are_user_only(app_ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    old = os.umask(0o022)  # a typical desktop umask: without care, new folders would be 0755
    try:
        src = tmp_path / "shot.png"
        src.write_bytes(fake_screenshot(3, (10, 120, 200)))
        src.chmod(0o644)
        data = app_ctx.paths.data_dir
        stored = store_image_file(data, 7, src)
        stored2 = store_image_bytes(data, 8, fake_screenshot(4, (200, 10, 10)), "pasted.png")
    finally:
        os.umask(old)
    for s in (stored, stored2):
        f = data / s.rel_path
        assert _mode(f) == 0o600, s.rel_path
        d = f.parent
        while d != data:
            assert _mode(d) == 0o700, d
            d = d.parent
    assert _mode(app_ctx.paths.attachments_dir) == 0o700
    # The data folder existed before (the fixture made it, like --data-dir on a shared folder): it keeps its
    # owner's permissions (issue 17.9); the database file itself is private.
    assert _mode(app_ctx.paths.db_path) == 0o600
