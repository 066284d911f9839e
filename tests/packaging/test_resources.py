"""Asset lookup in source / installed / frozen layouts, the generated icons, and the Linux integration files.

These are fast (no PyInstaller run); the frozen bundle itself is exercised in test_bundle.py.
"""

from __future__ import annotations

import configparser
import importlib.util
import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from microcomm_desktop import resources
from microcomm_desktop.resources import ICON_SIZES, app_icon_paths, resource_dirs, resource_path

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# ---- lookup ---------------------------------------------------------------------------------------------------


def test_source_checkout_finds_the_icons() -> None:
    svg = resource_path("icons/microcomm.svg")
    assert svg == ICONS / "microcomm.svg"
    assert resource_path("icons/microcomm-256.png") == ICONS / "microcomm-256.png"


def test_missing_and_unsafe_names_give_none() -> None:
    assert resource_path("icons/nope.svg") is None
    assert resource_path("../pyproject.toml") is None
    assert resource_path("icons/../../pyproject.toml") is None
    assert resource_path(str(ICONS / "microcomm.svg")) is None  # absolute
    assert resource_path("") is None
    assert resource_path("icons") is None  # a folder is not an asset


def test_frozen_meipass_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bundled = tmp_path / "resources" / "icons"
    bundled.mkdir(parents=True)
    (bundled / "microcomm.svg").write_text("<svg/>")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert resources.is_frozen()
    assert resource_dirs()[0] == tmp_path / "resources"
    assert resource_path("icons/microcomm.svg") == bundled / "microcomm.svg"
    # Anything the bundle lacks still falls back (e.g. a PNG size) rather than failing.
    assert resource_path("icons/microcomm-16.png") == ICONS / "microcomm-16.png"


def test_not_frozen_by_default() -> None:
    assert not resources.is_frozen()


def test_environment_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "icons").mkdir()
    (tmp_path / "icons" / "microcomm.svg").write_text("<svg/>")
    monkeypatch.setenv(resources.ENV_RESOURCES, str(tmp_path))
    assert resource_path("icons/microcomm.svg") == tmp_path / "icons" / "microcomm.svg"


def test_installed_layout_share_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    share = tmp_path / "share" / "microcomm-desktop" / "resources" / "icons"
    share.mkdir(parents=True)
    (share / "only-installed.png").write_bytes(b"x")
    monkeypatch.setattr(sys, "prefix", str(tmp_path))
    assert resource_path("icons/only-installed.png") == share / "only-installed.png"


def test_app_icon_paths_svg_first_then_every_size() -> None:
    paths = app_icon_paths()
    assert paths[0].name == "microcomm.svg"
    assert [p.name for p in paths[1:]] == [f"microcomm-{s}.png" for s in ICON_SIZES]


# ---- the icons ------------------------------------------------------------------------------------------------


def test_png_sizes_are_what_their_names_say(qapp: object) -> None:
    from PySide6.QtGui import QImage

    for size in ICON_SIZES:
        img = QImage(str(ICONS / f"microcomm-{size}.png"))
        assert (img.width(), img.height()) == (size, size), size
        assert img.hasAlphaChannel()
        # The rounded tile leaves the corner transparent and paints the centre.
        assert img.pixelColor(0, 0).alpha() == 0
        assert img.pixelColor(size // 2, size // 2).alpha() == 255


def test_ico_container_holds_every_size(qapp: object) -> None:
    from PySide6.QtGui import QImageReader

    data = (ICONS / "microcomm.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        w, h, _c, _r, planes, bpp, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(data)
        sizes.append(w or 256)
    assert sizes == [16, 24, 32, 48, 64, 128, 256]
    reader = QImageReader(str(ICONS / "microcomm.ico"))
    assert reader.imageCount() == count


def test_icns_container_is_well_formed(qapp: object) -> None:
    from PySide6.QtGui import QImageReader

    data = (ICONS / "microcomm.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack_from(">I", data, 4)[0] == len(data)
    pos, kinds = 8, []
    while pos < len(data):
        kind, length = data[pos : pos + 4], struct.unpack_from(">I", data, pos + 4)[0]
        assert data[pos + 8 : pos + 16] == b"\x89PNG\r\n\x1a\n"
        kinds.append(kind)
        pos += length
    assert pos == len(data)
    assert {b"ic07", b"ic08", b"ic09", b"icp4", b"icp5"} <= set(kinds)
    reader = QImageReader(str(ICONS / "microcomm.icns"))
    reader.jumpToImage(reader.imageCount() - 1)
    assert reader.read().width() == 512


def test_make_icons_regenerates_the_same_set(tmp_path: Path, qapp: object) -> None:
    make_icons = _load("make_icons", ROOT / "packaging" / "make_icons.py")
    written = make_icons.make_icons(ICONS / "microcomm.svg", tmp_path)
    assert sorted(p.name for p in written) == sorted(
        [f"microcomm-{s}.png" for s in ICON_SIZES] + ["microcomm.ico", "microcomm.icns"]
    )
    # The committed PNGs are what the script makes (nobody edited a PNG by hand and forgot the SVG).
    # Compared as pixels, not bytes, so a different zlib build cannot fail the test.
    from PySide6.QtGui import QImage

    # Off-by-one channel values come from the CPU's SIMD rounding path in Qt's rasteriser (seen on CI machines
    # of one kind with different processors), so pixels may differ by 2 levels; a hand edit differs far more.
    for size in ICON_SIZES:
        name = f"microcomm-{size}.png"
        made, committed = QImage(str(tmp_path / name)), QImage(str(ICONS / name))
        assert made.size() == committed.size(), name
        worst = max(
            max(
                abs(a - b)
                for a, b in zip(made.pixelColor(x, y).getRgb(), committed.pixelColor(x, y).getRgb(), strict=True)
            )
            for y in range(made.height())
            for x in range(made.width())
        )
        assert worst <= 2, f"{name}: a pixel differs by {worst} levels"


# ---- spec and desktop integration ----------------------------------------------------------------------------


def test_spec_bundles_migrations_resources_and_every_submodule() -> None:
    spec = (ROOT / "packaging" / "microcomm.spec").read_text(encoding="utf-8")
    assert 'collect_submodules(\n    "microcomm_desktop"' in spec
    assert "script.py.mako" in spec and '"versions"' in spec
    assert '"resources"' in spec
    for excluded in ("tkinter", "PySide6.QtWebEngineCore", "PySide6.Qt3DCore", "PySide6.QtMultimedia", "pytest"):
        assert f'"{excluded}"' in spec
    assert "microcomm.ico" in spec and "microcomm.icns" in spec and "BUNDLE(" in spec


def test_desktop_file_is_valid() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(ROOT / "packaging" / "microcomm.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == "MicroComm"
    assert entry["Icon"] == "microcomm"
    assert entry["Exec"].split()[0] == "microcomm"
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(ROOT / "packaging" / "microcomm.desktop")], check=True)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX shell script")
def test_install_script_installs_and_uninstalls(tmp_path: Path) -> None:
    """Install a stand-in bundle into a temporary prefix: binary link, icons, .desktop with absolute Exec."""
    bundle = tmp_path / "MicroComm"
    (bundle / "_internal").mkdir(parents=True)
    exe = bundle / "microcomm"
    exe.write_text("#!/bin/sh\necho fake\n")
    exe.chmod(0o755)
    prefix = tmp_path / "prefix"
    script = ROOT / "packaging" / "install_linux.sh"
    env = dict(os.environ, PATH="/usr/bin:/bin")
    res = subprocess.run(
        ["sh", str(script), "--bundle", str(bundle), "--prefix", str(prefix)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert res.returncode == 0, res.stderr
    app_dir = prefix / "lib" / "microcomm"
    assert (prefix / "bin" / "microcomm").resolve() == (app_dir / "microcomm").resolve()
    assert (prefix / "share/icons/hicolor/scalable/apps/microcomm.svg").exists()
    assert (prefix / "share/icons/hicolor/256x256/apps/microcomm.png").exists()
    desktop = (prefix / "share/applications/microcomm.desktop").read_text()
    assert f"Exec={app_dir}/microcomm" in desktop
    out = subprocess.run([str(prefix / "bin" / "microcomm")], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "fake"

    res = subprocess.run(
        ["sh", str(script), "--uninstall", "--prefix", str(prefix)], capture_output=True, text=True, env=env
    )
    assert res.returncode == 0, res.stderr
    assert not app_dir.exists()
    assert not (prefix / "bin" / "microcomm").exists()
    assert not (prefix / "share/applications/microcomm.desktop").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX shell script")
def test_install_script_without_bundle_says_how_to_build(tmp_path: Path) -> None:
    res = subprocess.run(
        ["sh", str(ROOT / "packaging" / "install_linux.sh"), "--bundle", str(tmp_path / "missing")],
        capture_output=True,
        text=True,
    )
    assert res.returncode == 1
    assert "packaging/build.py" in res.stderr
