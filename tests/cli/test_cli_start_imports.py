"""``microcomm --version`` / ``--help`` must not import the data layer (issue 20, item 3): they print text only,
and importing SQLAlchemy, SQLModel, numpy or Qt for them costs half a second on every call."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HEAVY = (
    "sqlalchemy",
    "sqlmodel",
    "numpy",
    "PySide6",
    "microcomm_desktop.store.db",
    "microcomm_desktop.services.context",
)

PROBE = """
import sys
from microcomm_desktop.__main__ import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
heavy = [m for m in {heavy!r} if m in sys.modules]
sys.stderr.write("HEAVY=" + ",".join(heavy) + "\\n")
"""


@pytest.mark.parametrize(
    "argv",
    [["--version"], ["--help"], ["import", "--help"], ["export", "--help"], ["calc", "--help"], ["sprint", "--help"]],
)
def test_help_and_version_import_no_data_layer(argv: list[str]) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run(
        [sys.executable, "-c", PROBE.format(heavy=HEAVY), *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert proc.stdout.strip(), proc.stderr
    heavy_line = [ln for ln in proc.stderr.splitlines() if ln.startswith("HEAVY=")]
    assert heavy_line == ["HEAVY="], proc.stderr


def test_import_posts_help_still_names_the_presets() -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run(
        [sys.executable, "-m", "microcomm_desktop", "import", "posts", "--help"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0
    assert "Presets:" in proc.stdout and "generic" in proc.stdout
