"""Guard against a Qt binding that corrupts Python refcounts (PySide6 6.12.0 on Python 3.11 aborted the app
with "bool_dealloc" after a few thousand signal emissions — minutes of hovering over a chart)."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = r"""
import sys
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

app = QCoreApplication([])

class Emitter(QObject):
    fired = Signal(int)

e = Emitter()
seen = []
e.fired.connect(lambda v: seen.append(v))
for i in range(30000):
    e.fired.emit(i)
for _ in range(500):
    app.processEvents()
ticks = []
t = QTimer()
t.timeout.connect(lambda: ticks.append(1) if len(ticks) < 2000 else app.quit())
t.start(0)
app.exec()
print(len(seen), len(ticks))
"""


def test_many_signal_emissions_do_not_abort() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    r = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0, r.stderr[-500:]
    assert r.stdout.split() == ["30000", "2000"]
