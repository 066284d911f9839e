"""How long the GUI thread could not answer: the longest gap between ticks of a 5 ms timer.

Shared by ``run.py`` (the Posts tab on the large workspace) and ``bench_tabs_interactive.py`` (10x data): a
window that takes seconds to fill must keep answering (< 100 ms between events), and this is how it is read.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QTimer


class StallMeter:
    """``start`` it, let the event loop run, read ``longest`` (ms); ``restart`` counts from now on."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.clock.start()
        self.longest = 0
        self._last = 0
        self._timer = QTimer()
        self._timer.setInterval(5)
        self._timer.timeout.connect(self.tick)

    def tick(self) -> None:
        now = self.clock.elapsed()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def start(self) -> None:
        self.restart()
        self._timer.start()

    def restart(self) -> None:
        self._last = self.clock.elapsed()
        self.longest = 0

    def stop(self) -> int:
        """The last gap counted too; returns ``longest``."""
        self.tick()
        self._timer.stop()
        return self.longest
