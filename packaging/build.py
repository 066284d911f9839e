"""Build the desktop bundle: ``python packaging/build.py`` → ``dist/MicroComm/`` (one folder).

Why a script around the spec: one command that (1) makes sure the icons derived from the SVG exist,
(2) builds the translations (``scripts/build_translations.py --release``: .ts -> .qm, which are build output
and not committed), (3) runs PyInstaller on ``packaging/microcomm.spec`` with the project root as working directory,
(4) checks the result — the frozen binary opens a throw-away data folder offscreen (``--smoke``) — and
(5) prints the bundle size, so a broken or bloated build is noticed by whoever built it, not by a user.

Options: ``--onefile`` (also build the single-file executable), ``--dist``/``--work`` (output folders),
``--no-clean`` (reuse PyInstaller's cache: ~2x faster rebuilds), ``--no-smoke``, ``--archive`` (zip/tar.gz
the folder for distribution). The same code is used by ``tests/packaging/test_bundle.py``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "microcomm.spec"
APP_NAME = "MicroComm"
ICONS = ROOT / "resources" / "icons"


def executable_name(onefile: bool = False) -> str:
    """File name of the frozen program, per platform (mirrors the spec)."""
    if sys.platform == "win32":
        return "microcomm-cli.exe" if not onefile else f"{APP_NAME}.exe"
    if sys.platform == "darwin":
        return APP_NAME
    return "microcomm-onefile" if onefile else "microcomm"


def bundle_executable(dist: Path, onefile: bool = False) -> Path:
    """Path of the console-capable frozen program inside ``dist`` (what the CLI and the smoke test run)."""
    if onefile:
        return dist / executable_name(onefile=True)
    return dist / APP_NAME / executable_name()


def dir_size(path: Path) -> int:
    """Bytes used by the files under ``path`` (symlinks not followed, so macOS links are not counted twice)."""
    if path.is_file():
        return path.stat().st_size
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def ensure_icons() -> None:
    """Render the raster icons from the SVG when any is missing (they are committed, so normally a no-op)."""
    needed = [ICONS / "microcomm.ico", ICONS / "microcomm.icns", ICONS / "microcomm-256.png"]
    if all(p.exists() for p in needed):
        return
    subprocess.run([sys.executable, str(ROOT / "packaging" / "make_icons.py")], check=True, cwd=ROOT)


def build_translations() -> None:
    """Compile the .ts catalogs into the .qm files the window loads, so the bundle ships every language."""
    script = ROOT / "scripts" / "build_translations.py"
    subprocess.run([sys.executable, str(script), "--release"], check=True, cwd=ROOT)


def build(
    dist: Path = ROOT / "dist",
    work: Path = ROOT / "build",
    *,
    onefile: bool = False,
    clean: bool = True,
    quiet: bool = False,
) -> Path:
    """Run PyInstaller and return the frozen executable. Raises CalledProcessError when the build fails."""
    ensure_icons()
    build_translations()
    env = dict(os.environ)
    env["MICROCOMM_ONEFILE"] = "1" if onefile else "0"
    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--distpath",
        str(dist),
        "--workpath",
        str(work / ("onefile" if onefile else "onedir")),
        "--log-level",
        "WARN" if quiet else "INFO",
    ]
    if clean:
        cmd.append("--clean")
    cmd.append(str(SPEC))
    subprocess.run(cmd, check=True, cwd=ROOT, env=env)
    exe = bundle_executable(dist, onefile=onefile)
    if not exe.exists():
        raise FileNotFoundError(f"PyInstaller finished but {exe} is missing")
    if not onefile and sys.platform.startswith("linux"):
        # Ship the desktop integration inside the folder, so an unpacked archive installs itself.
        for name in ("install_linux.sh", "microcomm.desktop"):
            shutil.copy2(ROOT / "packaging" / name, dist / APP_NAME / name)
    return exe


def smoke(exe: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run ``exe --smoke`` offscreen against a fresh temporary data folder; the caller checks returncode."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory(prefix="microcomm-smoke-") as tmp:
        return subprocess.run(
            [str(exe), "--smoke", "--data-dir", tmp],
            capture_output=True,
            text=True,
            timeout=timeout,
            env=env,
        )


def archive(dist: Path) -> Path:
    """Pack ``dist/MicroComm`` as a .zip (Windows/macOS) or .tar.gz (Linux) next to it, versioned."""
    sys.path.insert(0, str(ROOT))
    from microcomm_desktop import __version__

    plat = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
    base = dist / f"{APP_NAME}-{__version__}-{plat}"
    fmt = "gztar" if plat == "linux" else "zip"
    return Path(shutil.make_archive(str(base), fmt, root_dir=dist, base_dir=APP_NAME))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Build the MicroComm desktop bundle with PyInstaller.")
    ap.add_argument("--dist", type=Path, default=ROOT / "dist")
    ap.add_argument("--work", type=Path, default=ROOT / "build")
    ap.add_argument("--onefile", action="store_true", help="also build the single-file executable")
    ap.add_argument("--no-clean", action="store_true", help="reuse PyInstaller's cache")
    ap.add_argument("--no-smoke", action="store_true", help="skip running the frozen app once")
    ap.add_argument("--archive", action="store_true", help="zip / tar.gz the folder for distribution")
    args = ap.parse_args(argv)

    t0 = time.monotonic()
    try:
        exes = [build(args.dist, args.work, clean=not args.no_clean)]
        if args.onefile:
            exes.append(build(args.dist, args.work, onefile=True, clean=not args.no_clean))
    except (subprocess.CalledProcessError, FileNotFoundError) as exc:
        sys.stderr.write(f"build failed: {exc}\n")
        return 1
    print(f"built in {time.monotonic() - t0:.0f} s")
    folder = args.dist / APP_NAME
    print(f"{folder}: {dir_size(folder) / 1e6:.0f} MB")
    if args.onefile:
        print(f"{exes[1]}: {dir_size(exes[1]) / 1e6:.0f} MB")
    if not args.no_smoke:
        for exe in exes:
            res = smoke(exe)
            print(f"smoke {exe.name}: exit {res.returncode} {res.stdout.strip()}")
            if res.returncode != 0:
                sys.stderr.write(res.stderr)
                return 1
    if args.archive:
        print(f"archive: {archive(args.dist)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
