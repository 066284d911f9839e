"""One way to work in the background (Picard's ``run_task``, Anki's ``QueryOp``).

A ``JobRunner`` belongs to the widget that wants the results (its Qt parent). ``start(fn, on_done, on_failed)``
runs ``fn`` in a ``QThreadPool`` and calls back in the GUI thread:

- **generation**: every start (and ``cancel``/``supersede``) makes a new generation; a result of an older one is
  dropped, so the newest request wins and a cancelled job's result never lands;
- **deleted receiver**: the callbacks run from a slot of the runner, a child of the receiver; when the receiver
  is destroyed Qt disconnects it and the result goes nowhere (no call into a deleted widget);
- **failure**: an exception in ``fn`` becomes a sentence passed to ``on_failed`` (and is logged); a worker never
  dies silently and never raises into a thread.

Result delivery is the fragile part: the receiver (or the whole window) may be gone when the work ends. The
emitter belongs to the job, never to the receiver, so destroying the receiver cannot delete it mid-emit. Jobs
are kept in ``_LIVE`` until the GUI thread sees them finished, so an emitter is never deleted on the worker
thread. Only application teardown can still delete an emitter under a running job; ``_emit`` treats that as
"nobody is waiting any more".
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from microcomm_desktop.services.problems import user_message

log = logging.getLogger(__name__)


Progress = Callable[[int, int], None]  # done, total

# From this many posts in a workspace on, the tabs read or compute over its post log in the worker pool behind a
# busy state (the Posts tab's rows, the Rituals tab's response SLA): 200,000 posts take a second or more
# (benchmarks/RESULTS.md, issue 20); a smaller log (5,000 posts: ~30 ms) is done at once, so small workspaces
# never flash a loading state.
BACKGROUND_FROM_POSTS = 5_000


class _Relay(QObject):
    done = Signal(int, object)  # generation, result
    failed = Signal(int, str)  # generation, sentence
    progressed = Signal(int, int, int)  # generation, done, total


class _Job(QRunnable):
    def __init__(
        self, fn: Callable[[], Any] | None, gen: int, reporting: Callable[[Progress], Any] | None = None
    ) -> None:
        super().__init__()
        self.fn, self.reporting, self.gen = fn, reporting, gen
        self.relay = _Relay()  # created in the GUI thread, so its queued signals reach GUI-thread slots
        self.finished = False

    def run(self) -> None:
        try:
            if self.reporting is not None:
                result = self.reporting(lambda done, total: _emit(self.relay.progressed, self.gen, done, total))
            else:
                assert self.fn is not None
                result = self.fn()
        except Exception as exc:  # told to the receiver; a worker must never die silently
            log.warning("background job failed", exc_info=True)
            _emit(self.relay.failed, self.gen, user_message(exc) or str(exc))
        else:
            _emit(self.relay.done, self.gen, result)
        self.finished = True  # pruned from _LIVE by the GUI thread, never here (see the module docstring)


def _emit(signal: Any, *args: Any) -> None:
    try:
        signal.emit(*args)
    except RuntimeError:  # "Signal source has been deleted": the app is shutting down, no one to tell
        pass


_LIVE: set[_Job] = set()  # running jobs, and finished ones until the GUI thread prunes them


class JobRunner(QObject):
    """Background work for one receiver (its parent); see the module docstring."""

    def __init__(self, parent: QObject, pool: QThreadPool | None = None, latest_only: bool = True) -> None:
        super().__init__(parent)
        self.pool = pool if pool is not None else QThreadPool.globalInstance()
        self.latest_only = latest_only  # False: every job's result is wanted (thumbnails keyed by file)
        self.generation = 0
        self._callbacks: dict[int, tuple[Callable[[Any], None], Callable[[str], None] | None]] = {}
        self._progress_of: dict[int, Progress] = {}

    def start(
        self, fn: Callable[[], Any], on_done: Callable[[Any], None], on_failed: Callable[[str], None] | None = None
    ) -> int:
        """Run ``fn`` off the GUI thread; returns the job's generation."""
        return self._start(_Job(fn, self.supersede()), on_done, on_failed)

    def start_reporting(
        self,
        fn: Callable[[Progress], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[str], None] | None,
        on_progress: Progress,
    ) -> int:
        """Like ``start``, for work that reports progress: ``fn`` gets a ``progress(done, total)`` callable
        (safe to call from the worker thread); ``on_progress`` runs in the GUI thread for the current job."""
        gen = self.supersede()
        job = _Job(None, gen, fn)
        job.relay.progressed.connect(self._progress)
        self._progress_of[gen] = on_progress
        return self._start(job, on_done, on_failed)

    def _start(self, job: _Job, on_done: Callable[[Any], None], on_failed: Callable[[str], None] | None) -> int:
        gen = job.gen
        self._callbacks[gen] = (on_done, on_failed)
        job.relay.done.connect(self._deliver)
        job.relay.failed.connect(self._fail)
        _LIVE.difference_update([j for j in _LIVE if j.finished])
        _LIVE.add(job)
        self.pool.start(job)
        return gen

    def supersede(self) -> int:
        """A new generation without a job (a result computed at once, an emptied page): older results drop."""
        self.generation += 1
        if self.latest_only:
            self._callbacks.clear()
            self._progress_of.clear()
        return self.generation

    def cancel(self) -> None:
        """Stop waiting: a running job finishes in the background and its result is dropped."""
        self.supersede()
        self._callbacks.clear()
        self._progress_of.clear()

    def busy(self) -> bool:
        """A job whose result is still wanted has not answered yet."""
        return bool(self._callbacks)

    def wait(self, msecs: int = 5000) -> bool:
        """Block until the pool is idle (tests, closing); True when it is."""
        return self.pool.waitForDone(msecs)

    @Slot(int, int, int)
    def _progress(self, gen: int, done: int, total: int) -> None:
        on_progress = self._progress_of.get(gen)
        if on_progress is not None and gen in self._callbacks:
            on_progress(done, total)

    @Slot(int, object)
    def _deliver(self, gen: int, result: object) -> None:
        self._progress_of.pop(gen, None)
        callbacks = self._callbacks.pop(gen, None)
        if callbacks is not None:
            callbacks[0](result)

    @Slot(int, str)
    def _fail(self, gen: int, message: str) -> None:
        self._progress_of.pop(gen, None)
        callbacks = self._callbacks.pop(gen, None)
        if callbacks is not None and callbacks[1] is not None:
            callbacks[1](message)
