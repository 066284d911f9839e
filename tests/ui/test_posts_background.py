"""Posts tab on a large log (issue 20, 10x data): the rows are read in the worker pool, never in the GUI thread,
behind a visible loading state; the table, the selection, edits and the workspace switch still behave."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QThreadPool

from microcomm_desktop.services import posts
from microcomm_desktop.ui.models.post_table_model import COL


@pytest.fixture
def gate(monkeypatch):  # type: ignore[no-untyped-def]
    """Every background read waits for the gate and records the thread it ran in."""
    opened = threading.Event()
    threads: list[threading.Thread] = []
    real = posts.load_post_table

    def held(engine, workspace_id):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        if threading.current_thread() is not threading.main_thread():
            assert opened.wait(10)
        return real(engine, workspace_id)

    monkeypatch.setattr(posts, "load_post_table", held)
    opened.threads = threads  # type: ignore[attr-defined]
    yield opened
    opened.set()
    assert QThreadPool.globalInstance().waitForDone(10_000)


def _settle() -> None:
    assert QThreadPool.globalInstance().waitForDone(10_000)
    QCoreApplication.processEvents()  # deliver what the workers queued


@pytest.fixture
def tab(posts_page):  # type: ignore[no-untyped-def]
    page = posts_page
    page.background_from = 1  # the sample workspace counts as a large log
    return page


def test_opening_reads_the_rows_in_the_worker_pool(qtbot, tab, gate, sample_workspace) -> None:  # type: ignore[no-untyped-def]
    tab.show()
    tab.set_workspace(sample_workspace.id)
    # Opened at once, with the loading state and no "No posts yet" hint while the rows are read.
    assert tab.is_loading() and tab.model.rowCount() == 0
    assert tab.count_label.text() == "Loading posts…"
    assert "No posts yet" not in tab.detail_title.text()
    gate.set()
    qtbot.waitUntil(lambda: not tab.is_loading(), timeout=10_000)
    assert gate.threads and all(t is not threading.main_thread() for t in gate.threads)
    expected = posts.load_post_rows(tab.ctx.engine, sample_workspace.id)
    assert tab.model.rows == expected and tab.model.rowCount() > 50
    assert tab.count_label.text() == f"{len(expected)} posts"
    assert tab.current_post_id() == expected[0][0]  # the newest post is selected and shown
    assert "Loading" not in tab.detail_title.text()


def test_reload_keeps_the_selected_post_and_a_write_during_a_read_reads_again(  # type: ignore[no-untyped-def]
    qtbot, tab, gate, sample_workspace
) -> None:
    gate.set()
    tab.set_workspace(sample_workspace.id)
    qtbot.waitUntil(lambda: not tab.is_loading(), timeout=10_000)
    pid = tab.model.post_id(5)
    tab.select_post(pid)
    gate.clear()
    tab.reload()  # another tab's change: the old rows stay usable while the new ones are read
    assert tab.is_loading() and tab.model.rowCount() > 50
    row = tab.model.row_of(pid)
    assert row is not None
    # An inline edit while the read runs: saved, shown, and read again (the running read began before it).
    assert tab.model.setData(tab.model.index(row, COL["saves"]), "777")
    first_reads = len(gate.threads)
    qtbot.waitUntil(lambda: len(gate.threads) > first_reads, timeout=10_000)
    gate.set()
    qtbot.waitUntil(lambda: not tab.is_loading(), timeout=10_000)
    assert tab.current_post_id() == pid
    stored = tab.model.rows[tab.model.row_of(pid)]
    assert stored[posts.ROW_FIELDS.index("saves")] == 777
    tab.undo_stack.undo()
    qtbot.waitUntil(lambda: not tab.is_loading(), timeout=10_000)
    assert tab.model.rows == posts.load_post_rows(tab.ctx.engine, sample_workspace.id)


def test_another_workspace_never_gets_the_old_rows(qtbot, tab, gate, sample_workspace, app_ctx) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.services.workspaces import create_workspace

    other = create_workspace(app_ctx.engine, "Empty one")
    tab.set_workspace(sample_workspace.id)
    assert tab.is_loading()
    tab.set_workspace(other.id)  # switched before the first read answered
    gate.set()
    qtbot.waitUntil(lambda: not tab.is_loading(), timeout=10_000)
    _settle()  # any queued result of the first read is delivered now (it must be dropped)
    assert tab.model.rowCount() == 0
    assert "No posts yet" in tab.detail_title.text()


def test_a_closed_tab_drops_the_read(qtbot, tab, gate, sample_workspace) -> None:  # type: ignore[no-untyped-def]
    tab.show()
    tab.set_workspace(sample_workspace.id)
    tab.close()
    assert not tab.is_loading()
    gate.set()
    _settle()
    assert tab.model.rowCount() == 0


# ----- the rows are handed to the views page by page (fetchMore), all of them where it matters -------------


@pytest.fixture
def paged(qtbot, ui_ctx, sample_workspace, monkeypatch):  # type: ignore[no-untyped-def]
    from microcomm_desktop.ui.models import post_table_model
    from microcomm_desktop.ui.tabs.posts.page import create_tab

    monkeypatch.setattr(post_table_model, "PAGE_ROWS", 10)
    ui_ctx.workspace = sample_workspace
    ui_ctx.today = date(2026, 11, 25)
    page = create_tab(ui_ctx)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    page.set_workspace(sample_workspace.id)
    return page


def test_pages_count_select_scroll_and_model_checks(qtbot, qtmodeltester, paged, sample_workspace) -> None:  # type: ignore[no-untyped-def]
    tab = paged
    every = posts.load_post_rows(tab.ctx.engine, sample_workspace.id)
    assert tab.model.rowCount() == 10 and tab.model.total() == len(every) > 50
    assert tab.count_label.text() == f"{len(every)} posts"  # every post counts, not the first page
    qtmodeltester.check(tab.model)
    far = every[45][0]
    tab.select_post(far)  # further down than the rows handed over: fetched, selected, shown
    assert tab.current_post_id() == far and tab.model.rowCount() >= 46
    shown = tab.model.rowCount()
    if tab.model.canFetchMore(tab.model.index(0, 0).parent()):
        tab.table.view.scrollToBottom()
        qtbot.waitUntil(lambda: tab.model.rowCount() > shown, timeout=5000)


def test_a_filter_and_a_sort_see_every_row(paged, sample_workspace) -> None:  # type: ignore[no-untyped-def]
    tab = paged
    every = posts.load_post_rows(tab.ctx.engine, sample_workspace.id)
    platform = every[-1][posts.ROW_FIELDS.index("platform")]
    tab.platform_filter.setCurrentIndex(tab.platform_filter.findData(platform))
    matching = [r for r in every if r[posts.ROW_FIELDS.index("platform")] == platform]
    assert tab.filter_proxy.rowCount() == len(matching)
    assert tab.count_label.text() == f"{len(matching)} of {len(every)} posts"
    tab.platform_filter.setCurrentIndex(0)
    # Sorting orders every post, not the page: the first row is the oldest of all.
    tab.model.set_rows(list(every))
    tab.model.sort(COL["when"])
    oldest = min(every, key=lambda r: (r[1], r[2] or 0))
    first = tab.table.proxy.index(0, 0)
    assert tab.model.post_id(tab.filter_proxy.mapToSource(tab.table.proxy.mapToSource(first)).row()) == oldest[0]


def test_csv_export_writes_every_row(paged, sample_workspace, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import csv

    from microcomm_desktop.ui.widgets.table import export_model_csv

    tab = paged
    every = posts.load_post_rows(tab.ctx.engine, sample_workspace.id)
    tab.model.set_rows(list(every))
    assert tab.model.rowCount() == 10
    out = tmp_path / "posts.csv"
    assert export_model_csv(tab.table.proxy, out) == len(every)
    with out.open(encoding="utf-8") as f:
        assert len(list(csv.reader(f))) == len(every) + 1


def test_ctrl_a_selects_every_post(qtbot, paged, sample_workspace) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt as QtKeys

    tab = paged
    every = posts.load_post_rows(tab.ctx.engine, sample_workspace.id)
    tab.model.set_rows(list(every))
    assert tab.model.rowCount() == 10
    tab.table.view.setFocus()
    qtbot.keyClick(tab.table.view, QtKeys.Key.Key_A, QtKeys.KeyboardModifier.ControlModifier)
    # Let go of Ctrl too: Qt keeps the last modifiers seen, and later tests' clicks would be Ctrl+clicks.
    qtbot.keyRelease(tab.table.view, QtKeys.Key.Key_Control)
    assert sorted(tab.selected_post_ids()) == sorted(r[0] for r in every)


def test_sorting_or_filtering_a_large_log_shows_the_wait_cursor(paged, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    tab = paged  # 10-row pages: the sample log counts as large
    seen: list[str] = []
    monkeypatch.setattr(QApplication, "setOverrideCursor", staticmethod(lambda c: seen.append("on")))
    monkeypatch.setattr(QApplication, "restoreOverrideCursor", staticmethod(lambda: seen.append("off")))
    tab.model.sort(COL["er"])
    assert seen == ["on", "off"]
    tab.filter_proxy.set_filters(label="community")
    assert seen == ["on", "off", "on", "off"]
