"""GUI start-up: paths, data, palette, main window; ``--demo`` and ``--smoke`` modes."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import shutil
import sqlite3
import sys
import tempfile
import threading
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    QSettings,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from microcomm_desktop import APP_NAME, APP_ORG, __version__
from microcomm_desktop.ui.import_scan import skip_source_scan_of_plain_modules

skip_source_scan_of_plain_modules()  # first thing after Qt: ~80 ms of the start (see ui/import_scan.py)

if TYPE_CHECKING:
    from microcomm_desktop.paths import AppPaths
    from microcomm_desktop.services.context import AppContext
    from microcomm_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def _message_box(title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(None, title, text)


class _BackgroundResult(QObject):
    """Lives in the GUI thread; the worker thread emits through it (a queued connection)."""

    problem = Signal(str)


def _start_background_checks(window: QWidget, ctx: AppContext, keep: int, full_check: bool, backup: bool) -> None:
    """The slow start-up duties, off the UI thread: the quick integrity check owed since the open (a write made
    before it finishes waits for it), the full check (when the last close was clean) and the daily backup. A
    problem is shown as a dialog, never a crash."""
    from microcomm_desktop.services.backups import daily_backup
    from microcomm_desktop.store.db import DatabaseDamaged, DatabaseUnavailable, check_integrity, pending_check

    app = QCoreApplication.instance()
    result = _BackgroundResult(app if app is not None else window)  # outlives a window rebuilt in another language
    pending = pending_check(ctx.engine)  # the quick check moved behind the first paint (a write waits for it)

    def show(message: str) -> None:
        from PySide6.QtWidgets import QMessageBox
        from shiboken6 import isValid

        QMessageBox.warning(window if isValid(window) else None, APP_NAME, message)

    result.problem.connect(show)

    def work() -> None:
        if pending is not None:
            try:
                pending.run()
            except DatabaseDamaged as exc:
                result.problem.emit(
                    QCoreApplication.translate(
                        "app",
                        "{problem}\n\nYour data may be damaged; nothing will be saved to it. Use File › Restore "
                        "from backup… to go back to a backup; the current file is kept.",
                    ).format(problem=exc)
                )
                return
            except DatabaseUnavailable as exc:
                result.problem.emit(str(exc))
                return
        if full_check:
            try:
                check_integrity(ctx.paths.db_path, full=True)
            except DatabaseDamaged as exc:
                result.problem.emit(
                    QCoreApplication.translate(
                        "app",
                        "{problem}\n\nYour data may be damaged. Use File › Restore from backup… to go back to a "
                        "backup; the current file is kept.",
                    ).format(problem=exc)
                )
                return
            except DatabaseUnavailable as exc:  # locked or unreadable just now: say so, check again next start
                result.problem.emit(str(exc))
                return
        try:  # values an older version accepted beyond the limits: say which, once, at start
            from microcomm_desktop.services.value_audit import out_of_range_message

            if too_large := out_of_range_message(ctx.engine):
                result.problem.emit(too_large)
        except Exception as exc:  # a read problem here is reported by the tabs themselves
            log.warning("value audit failed: %s", exc)
        if backup:
            try:
                daily_backup(ctx, keep)
            except Exception as exc:  # a full disk must not stop the app; say it
                log.warning("daily backup failed: %s", exc)
                result.problem.emit(
                    QCoreApplication.translate("app", "The daily backup could not be written: {reason}").format(
                        reason=exc
                    )
                )

    threading.Thread(target=work, name="microcomm-startup-checks", daemon=True).start()


def _damage_behind(ctx: AppContext, exc: Exception) -> str | None:
    """The damage sentence when ``exc`` came from a damaged file whose quick check was still owed, else None."""
    import sqlite3

    from microcomm_desktop.store.db import DatabaseDamaged, pending_check

    if isinstance(exc, DatabaseDamaged):
        return str(exc)
    pending = pending_check(ctx.engine)
    if pending is None or not isinstance(getattr(exc, "orig", exc), sqlite3.DatabaseError):
        return None
    try:
        pending.run()
    except DatabaseDamaged as damaged:
        return str(damaged)
    except Exception:  # noqa: BLE001 - not damage after all: the original error is the one to report
        return None
    return None


def _report_unexpected_errors(paths: AppPaths, window_ref: list[QMainWindow], quiet: bool) -> None:
    """A bug in a handler becomes a log entry and one plain dialog instead of a click that silently does
    nothing (see ui.errors). ``quiet`` (--smoke) never opens a dialog: nobody is there to close it."""
    from PySide6.QtWidgets import QMessageBox

    from microcomm_desktop.ui.errors import ErrorReporter, GuiNotifier, setup_logging

    def dialog(text: str) -> None:
        if quiet:
            sys.stderr.write(f"microcomm: {text}\n")
        else:
            QMessageBox.warning(window_ref[0] if window_ref else None, APP_NAME, text)

    def status(text: str) -> None:
        if window_ref and not quiet:
            window_ref[0].statusBar().showMessage(text, 8000)
        else:
            sys.stderr.write(f"microcomm: {text}\n")

    notifier = GuiNotifier(dialog, status)  # lives as long as the hook that holds its bound methods
    ErrorReporter(setup_logging(paths), notifier.dialog, notifier.status).install()


def _ask_running_window_to_show(paths: AppPaths) -> bool:
    try:
        from microcomm_desktop.ui.single_instance import ask_running_window_to_show
    except ImportError:  # a trimmed Qt without QtNetwork
        return False
    return ask_running_window_to_show(paths)


def _install_language(app: QCoreApplication, config_dir: Path, settings: QSettings | None = None) -> str:
    """The language the user chose in View › Language (QSettings ``ui/language``), else the system's
    (``ui.i18n.FOLLOW_SYSTEM_BY_DEFAULT``); ``MICROCOMM_LANGUAGE=de|es|pt_BR`` overrides both. English still
    needs its catalog for plural forms ("1 day" / "2 days"). Returns the language installed."""
    from microcomm_desktop.ui import i18n as ui_i18n

    if settings is None:
        choice = os.environ.get(ui_i18n.ENV_OVERRIDE, "") or None
        choice = choice or (None if ui_i18n.FOLLOW_SYSTEM_BY_DEFAULT else "en")
    else:
        choice = ui_i18n.chosen_language(settings)
    try:
        return ui_i18n.install(app, choice, config_dir / "translations")
    except OSError:  # a catalog that cannot be built never stops the app; English source text remains
        return "en"


# What the start imports after the shell is painted: SQLAlchemy, SQLModel and the table classes come with these.
_DATA_LAYER = (
    "microcomm_desktop.services.team_server",
    "microcomm_desktop.store.migrate",
    "microcomm_desktop.services.context",
    "microcomm_desktop.services.settings",
)

_HEADLESS_NOISE = "This plugin does not support propagateSizeHints()"


def _first_window(paths: AppPaths, settings: QSettings, today: date | None) -> MainWindow | None:
    """The real window built from rows read with the DB-API (``services.file_reads``): the workspaces and the
    Promise page, before the data layer is imported; ``MainWindow.attach`` connects it once that is in. None
    when the file needs the usual open (new, damaged, read-only, low on space, to be upgraded) or the window
    cannot be built this way: the shell is shown instead and nothing is lost but time."""
    from microcomm_desktop.services.file_reads import open_file_reader
    from microcomm_desktop.ui.context import first_window_context
    from microcomm_desktop.ui.events import EventBus
    from microcomm_desktop.ui.main_window import MainWindow

    try:
        reads = open_file_reader(paths, window_open=True)  # this process owns the clean-close marker now
    except Exception:  # damage, a locked or foreign file: the usual open says what is wrong, in a sentence
        return None
    if reads is None:
        return None
    try:
        return MainWindow(first_window_context(reads, EventBus(), settings), today=today)
    except sqlite3.DatabaseError:  # a damaged page: the usual open finds it and says so, the file untouched
        reads.close()
        return None
    except Exception:  # a bug: logged, and the usual start still works
        log.exception("the first window could not be built from the file's rows; starting the usual way")
        reads.close()
        return None


def _quiet_headless_plugin(app: QCoreApplication) -> None:
    """The offscreen plugin (``--smoke``, tests, CI) warns on every top-level window it shows; the start-up shell
    is shown before a failed open, so that warning would come before the one sentence saying what is wrong.
    Only that exact message, only on the headless plugins; every other Qt message goes to stderr as before."""
    if not isinstance(app, QGuiApplication) or app.platformName() not in ("offscreen", "minimal"):
        return
    previous: list[object] = []

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if message == _HEADLESS_NOISE:
            return
        if previous and callable(previous[0]):
            previous[0](kind, context, message)
        else:
            sys.stderr.write(f"{message}\n")

    previous.append(qInstallMessageHandler(handler))


def run_gui(args: argparse.Namespace, today: date | None = None) -> int:
    """Open the window. The order matters for a trustworthy start: take the one-instance lock before touching
    the database (a second start must neither migrate nor check a file another window is using); after a crash
    run the full integrity check behind a progress window before anything writes; only then open, migrate
    (with a backup first) and build the window."""
    if args.smoke:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from microcomm_desktop.paths import DataFolderError, os_reason, resolve_paths
    from microcomm_desktop.resources import app_icon_paths
    from microcomm_desktop.services.clean_close import closed_cleanly
    from microcomm_desktop.services.instance_lock import AlreadyRunning, InstanceLock
    from microcomm_desktop.ui.palette import apply_palette, follow_system
    from microcomm_desktop.ui.startup import (
        StartupCancelled,
        StartupShell,
        run_while_painting,
        run_with_progress,
        settings_at,
        show_painted,
    )

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ORG)
    app.setApplicationVersion(__version__)
    icon_files = app_icon_paths()
    icon = QIcon()
    for p in icon_files:
        if p.suffix != ".svg":  # the SVG loads Qt's SVG icon engine (~6 ms): added once the window is painted
            icon.addFile(str(p))
    if not icon.isNull():
        app.setWindowIcon(icon)
    app.setDesktopFileName("microcomm")
    _quiet_headless_plugin(app)

    demo_dir: str | None = None
    data_dir = getattr(args, "data_dir", None)
    if args.demo:
        demo_dir = tempfile.mkdtemp(prefix="microcomm-demo-")
        data_dir = demo_dir
    try:
        paths = resolve_paths(data_dir).ensure()
    except DataFolderError as exc:
        sys.stderr.write(f"microcomm: {exc}\n")
        if not args.smoke:
            _message_box(APP_NAME, str(exc))
        return 3
    window_ref: list[QMainWindow] = []
    _report_unexpected_errors(paths, window_ref, quiet=args.smoke)
    settings = settings_at(paths)
    apply_palette(app, str(settings.value("ui/theme", "system")))
    follow_system(app)
    _install_language(app, paths.config_dir, settings)

    try:
        lock = InstanceLock(paths.lock_file).acquire()
    except AlreadyRunning as exc:
        if _ask_running_window_to_show(paths):
            sys.stderr.write(
                "microcomm: this data is already open in another MicroComm window; it was brought to the front.\n"
            )
        else:
            sys.stderr.write(f"microcomm: {exc}\n")
            if not args.smoke:
                _message_box(APP_NAME, str(exc))
        return 4
    except OSError as exc:  # the lock file cannot be created (a read-only or foreign folder)
        message = QCoreApplication.translate("app", "MicroComm cannot use its lock file {path}: {reason}.").format(
            path=paths.lock_file, reason=os_reason(exc)
        )
        sys.stderr.write(f"microcomm: {message}\n")
        if not args.smoke:
            _message_box(APP_NAME, message)
        return 3

    # The first paint comes before the data layer is imported (SQLAlchemy, SQLModel and the table classes: about
    # four times a bare Qt window's start by itself). After a clean close of the local file — the usual start —
    # it is the real window, built from rows read with the DB-API (``_first_window``); it attaches to the data
    # layer once that is in. Otherwise (after a crash, on a team server, before an upgrade, the demo) it is the
    # window's shell (tabs, menus, "Loading…"; nothing that writes), replaced by the real window once built. An
    # error below closes either before saying what went wrong.
    from microcomm_desktop.services.file_reads import SETTING_URL, team_server_chosen

    clean_close: bool | None = None  # read (and consumed) here only on the way to the first window
    window: MainWindow | None = None
    shell: StartupShell | None = None
    if not args.demo and not team_server_chosen(getattr(args, "database", None), str(settings.value(SETTING_URL, ""))):
        clean_close = closed_cleanly(paths)
        if clean_close:
            window = _first_window(paths, settings, today)
    if window is not None:
        show_painted(window)
        painted = not args.smoke or not window.grab().isNull()
    else:
        shell = StartupShell(settings)
        shell.paint_now()
        painted = not args.smoke or not shell.grab().isNull()
    if args.smoke:
        print("smoke: painted" if painted else "smoke: painting failed", flush=True)
        if window is not None:
            print("smoke: ready" if painted else "smoke: painting failed", flush=True)

    def release_first() -> None:
        """The start failed after the first paint: take what is on screen away (nothing was written)."""
        if shell is not None:
            shell.release()
        elif window is not None:
            window.abandon()

    # The data layer loads in a thread while this one only runs the event loop, so the window is repainted when
    # uncovered and answers the window manager meanwhile; nothing else imports until it is in. The user's keys and
    # clicks on a first window wait (queued, in order) until it has attached.
    run_while_painting(lambda: [importlib.import_module(m) for m in _DATA_LAYER], hold_input=window is not None)

    from microcomm_desktop.services.team_server import chosen_url
    from microcomm_desktop.store.backup import list_backups
    from microcomm_desktop.store.db import (
        BadDatabaseUrl,
        DatabaseDamaged,
        DatabaseUnavailable,
        DiskFull,
        check_integrity,
        unavailable_message,
    )
    from microcomm_desktop.store.migrate import DatabaseTooNew

    saved_url = str(settings.value(SETTING_URL, "") or "") if not args.demo else ""
    team_url = chosen_url(getattr(args, "database", None), saved_url or None)
    try:
        verified = False
        if team_url:  # a team database: the server checks its own files; no local integrity check
            from microcomm_desktop.services.context import open_context as _open

            try:
                ctx = _open(paths=paths, database_url=team_url)
            except (DatabaseUnavailable, BadDatabaseUrl) as exc:
                if getattr(args, "database", None) or os.environ.get("MICROCOMM_DATABASE_URL"):
                    raise
                # Only the saved choice failed (the server is down, the laptop offline): open the local data and
                # say so, rather than locking the user out of the app.
                sys.stderr.write(f"microcomm: {exc}\n")
                if not args.smoke:
                    _message_box(
                        APP_NAME,
                        QCoreApplication.translate(
                            "app", "{problem}\n\nMicroComm opens your local data instead."
                        ).format(problem=exc),
                    )
                team_url = None
        if (
            not team_url
            and not (closed_cleanly(paths) if clean_close is None else clean_close)
            and paths.db_path.exists()
        ):
            try:
                run_with_progress(
                    lambda: check_integrity(paths.db_path, full=True),
                    QCoreApplication.translate(
                        "app", "MicroComm did not close normally last time.\nChecking your data before opening it…"
                    ),
                    APP_NAME,
                )
                verified = True
            except DiskFull:  # not damage: open_context opens the data read-only if it can be read safely
                pass
        if not team_url:
            from microcomm_desktop.services.context import open_context

            ctx = open_context(paths=paths, full_check=False, verified=verified, defer_quick_check=True)
    except StartupCancelled:
        release_first()
        lock.release()
        return 0
    except (DatabaseUnavailable, OSError, BadDatabaseUrl) as exc:  # permissions, a full disk, a bad team URL
        release_first()
        lock.release()
        known = isinstance(exc, (DatabaseUnavailable, BadDatabaseUrl))
        message = str(exc) if known else unavailable_message(paths.db_path, exc)
        sys.stderr.write(f"microcomm: {message}\n")
        if not args.smoke:
            _message_box(APP_NAME, message)
        return 3
    except (DatabaseDamaged, DatabaseTooNew) as exc:
        release_first()
        lock.release()
        backups = list_backups(paths.backup_dir)
        hint = (
            QCoreApplication.translate(
                "app",
                "\n\nThe newest backup is {backup}. Close MicroComm, move the damaged file aside and copy the "
                "backup in its place (File › Restore from backup does this once the app opens).",
            ).format(backup=backups[0])
            if backups
            else ""
        )
        sys.stderr.write(f"microcomm: {exc}\n")
        if not args.smoke:
            _message_box(
                APP_NAME,
                QCoreApplication.translate("app", "{problem}{hint}\n\nThe file was left untouched.").format(
                    problem=exc, hint=hint
                ),
            )
        return 3

    from microcomm_desktop.services.settings import get_setting
    from microcomm_desktop.ui.context import UiContext
    from microcomm_desktop.ui.events import EventBus
    from microcomm_desktop.ui.main_window import MainWindow

    keep = int(get_setting(ctx.engine, "backup.keep"))
    try:
        if window is None:
            window = MainWindow(UiContext(app=ctx, bus=EventBus(), settings=settings), today=today)
        else:
            window.attach(ctx)
    except Exception as exc:
        # The quick check now runs behind the first paint: a damaged page the first tab reads surfaces here.
        # Run the owed check now, so damage is refused as it was at open (a sentence, exit 3), never a traceback.
        damage = _damage_behind(ctx, exc)
        release_first()
        if damage is None:
            raise
        ctx.engine.dispose()
        lock.release()
        sys.stderr.write(f"microcomm: {damage}\n")
        if not args.smoke:
            _message_box(
                APP_NAME,
                QCoreApplication.translate(
                    "app", "{problem}\n\nThe file was left untouched. Use a backup from {folder}."
                ).format(problem=damage, folder=paths.backup_dir),
            )
        return 3
    window_ref.append(window)

    def dress(win: MainWindow) -> None:
        """What this start adds to a window (also to one rebuilt in another language, View › Language)."""
        if args.demo:
            win.setWindowTitle(
                win.windowTitle() + QCoreApplication.translate("app", " (demo — changes are thrown away)")
            )
        if ctx.read_only:  # a full disk or a read-only drive: the app runs, says so, and saves nothing
            read_only_label = QLabel(ctx.read_only)
            read_only_label.setObjectName("readOnlyNotice")
            read_only_label.setStyleSheet("color: #b9770e")
            win.statusBar().addWidget(read_only_label)
        win.replaced.connect(replaced)

    def replaced(new: MainWindow) -> None:
        window_ref[:] = [new]
        dress(new)

    if args.demo:
        window.create_sample()
    dress(window)
    if shell is not None:
        show_painted(window)
        shell.release()  # after the real window is painted, so the swap shows no gap
    if ctx.read_only:
        sys.stderr.write(f"microcomm: {ctx.read_only}\n")
    activation: list[QObject] = []

    def add_svg_icon() -> None:  # after the first paint: the crisp SVG for odd sizes (HiDPI title bars, docks)
        if any(p.suffix == ".svg" for p in icon_files):
            full_icon = QIcon()
            for p in icon_files:
                full_icon.addFile(str(p))
            app.setWindowIcon(full_icon)

    def listen_for_second_starts() -> None:  # after the first paint: QtNetwork is not needed to show the window
        try:
            from microcomm_desktop.ui.single_instance import ActivationServer, bring_to_front
        except ImportError as exc:  # a trimmed Qt without QtNetwork: a second start just says "already open"
            log.warning("second starts cannot bring this window forward: %s", exc)
            return
        server = ActivationServer(paths, app)  # outlives a window rebuilt in another language
        server.show_requested.connect(lambda: bring_to_front(window_ref[0]))
        if args.smoke:
            server.show_requested.connect(lambda: print("smoke: shown on request", flush=True))
            print("smoke: listening" if server.listening else "smoke: not listening", flush=True)
        activation.append(server)

    if not args.smoke:
        _start_background_checks(
            window, ctx, keep, full_check=not ctx.full_check_done, backup=not args.demo and not ctx.read_only
        )
    if args.smoke:
        window.tabs.setCurrentIndex(0)
        app.processEvents()  # show_painted has painted and flushed the window: no second repaint
        ok = painted and not window.grab().isNull()
        if shell is not None:  # a first window said "ready" when it was painted
            print("smoke: ready" if ok else "smoke: painting failed", flush=True)
        print("smoke: attached" if ok else "smoke: painting failed", flush=True)
        add_svg_icon()
        listen_for_second_starts()
        if os.environ.get("MICROCOMM_SMOKE_HOLD_MS"):  # tests: keep the window open to be asked for
            QTimer.singleShot(int(os.environ["MICROCOMM_SMOKE_HOLD_MS"]), app.quit)
            app.exec()
        window.close()
        ctx.dispose()
        lock.release()
        print(f"smoke: ok, data in {ctx.paths.data_dir}" if ok else "smoke: not ok")
        return 0 if ok else 1
    QTimer.singleShot(0, add_svg_icon)
    QTimer.singleShot(0, listen_for_second_starts)
    if os.environ.get("MICROCOMM_QUIT_AFTER_MS"):
        QTimer.singleShot(int(os.environ["MICROCOMM_QUIT_AFTER_MS"]), lambda: window_ref[0].close())
    code = app.exec()
    ctx.dispose()
    lock.release()
    if demo_dir:
        shutil.rmtree(demo_dir, ignore_errors=True)
    return int(code)
