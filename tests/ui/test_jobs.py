"""The one background-job helper: newest request wins, cancel drops, failures reach a callback, a destroyed
receiver is never called, progress arrives in the GUI thread."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread, QThreadPool

from microcomm_desktop.ui.jobs import _LIVE, JobRunner, Progress


class _Receiver(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.results: list[object] = []
        self.failures: list[str] = []
        self.threads: list[QThread] = []

    def done(self, result: object) -> None:
        self.threads.append(QThread.currentThread())
        self.results.append(result)

    def failed(self, message: str) -> None:
        self.failures.append(message)


def _settle(qtbot, runner: JobRunner) -> None:  # type: ignore[no-untyped-def]
    assert runner.wait(10_000)
    qtbot.waitUntil(lambda: all(j.finished for j in list(_LIVE)), timeout=10_000)
    QCoreApplication.processEvents()


def test_newest_request_wins_and_result_arrives_in_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    rec = _Receiver()
    runner = JobRunner(rec, QThreadPool(rec))
    gate = threading.Event()
    runner.start(lambda: (gate.wait(10), "old")[1], rec.done, rec.failed)
    runner.start(lambda: "new", rec.done, rec.failed)
    qtbot.waitUntil(lambda: rec.results == ["new"], timeout=10_000)
    gate.set()
    _settle(qtbot, runner)
    assert rec.results == ["new"]  # the older job finished later and was dropped
    assert rec.threads == [QCoreApplication.instance().thread()]  # type: ignore[union-attr]
    assert not runner.busy()


def test_cancel_drops_the_running_result(qtbot) -> None:  # type: ignore[no-untyped-def]
    rec = _Receiver()
    runner = JobRunner(rec, QThreadPool(rec))
    gate = threading.Event()
    runner.start(lambda: (gate.wait(10), 1)[1], rec.done, rec.failed)
    assert runner.busy()
    runner.cancel()
    assert not runner.busy()
    gate.set()
    _settle(qtbot, runner)
    assert rec.results == [] and rec.failures == []


def test_failure_goes_to_the_callback_as_a_sentence(qtbot) -> None:  # type: ignore[no-untyped-def]
    rec = _Receiver()
    runner = JobRunner(rec, QThreadPool(rec))

    def boom() -> None:
        raise ValueError("the file ends in the middle of a row")

    runner.start(boom, rec.done, rec.failed)
    qtbot.waitUntil(lambda: bool(rec.failures), timeout=10_000)
    assert rec.failures == ["the file ends in the middle of a row"] and rec.results == []


def test_every_result_when_not_latest_only(qtbot) -> None:  # type: ignore[no-untyped-def]
    rec = _Receiver()
    runner = JobRunner(rec, QThreadPool(rec), latest_only=False)
    for i in range(3):
        runner.start(lambda i=i: i, rec.done)
    qtbot.waitUntil(lambda: len(rec.results) == 3, timeout=10_000)
    assert sorted(rec.results) == [0, 1, 2]  # type: ignore[type-var]


def test_progress_reaches_the_receiver(qtbot) -> None:  # type: ignore[no-untyped-def]
    rec = _Receiver()
    runner = JobRunner(rec, QThreadPool(rec))
    seen: list[tuple[int, int]] = []

    def work(progress: Progress) -> str:
        for i in range(1, 4):
            progress(i, 3)
        return "ok"

    runner.start_reporting(work, rec.done, rec.failed, lambda d, t: seen.append((d, t)))
    qtbot.waitUntil(lambda: rec.results == ["ok"], timeout=10_000)
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_result_for_a_destroyed_receiver_goes_nowhere(qtbot, capfd) -> None:  # type: ignore[no-untyped-def]
    calls: list[object] = []
    rec = _Receiver()
    rec.done = calls.append  # type: ignore[method-assign]
    pool = QThreadPool()
    runner = JobRunner(rec, pool)
    gate = threading.Event()
    runner.start(lambda: (gate.wait(10), "late")[1], rec.done)
    alive = weakref.ref(rec)
    rec.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    del rec, runner
    gc.collect()
    assert alive() is None
    gate.set()
    assert pool.waitForDone(10_000)
    qtbot.waitUntil(lambda: all(j.finished for j in list(_LIVE)), timeout=10_000)
    QCoreApplication.processEvents()
    assert calls == []
    err = capfd.readouterr().err
    assert "Signal source has been deleted" not in err and "Error calling Python override" not in err
