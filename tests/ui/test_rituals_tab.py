"""Rituals tab with qtbot: add ritual, mark an occurrence run, undo/redo, models pass qtmodeltester."""

from __future__ import annotations

from datetime import date

from microcomm_desktop.services import rituals as svc
from microcomm_desktop.ui.tabs.rituals.page import RitualsTab


def _tab(qtbot, ui_ctx, ws_id: int, today: date) -> RitualsTab:  # type: ignore[no-untyped-def]
    ui_ctx.today = today
    tab = RitualsTab(ui_ctx)
    qtbot.addWidget(tab)
    tab.set_workspace(ws_id)
    return tab


def test_add_ritual_mark_run_and_undo(qtbot, ui_ctx, workspace, today, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, ui_ctx, workspace.id, today)
    assert tab.empty_label.isVisibleTo(tab)
    with qtbot.waitSignal(ui_ctx.bus.data_changed):
        rid = tab.add_ritual_values(
            {"name": "Tuesday teardown", "weekdays": "1", "time_of_day": "18:30", "active_from": date(2026, 11, 1)}
        )
    assert rid is not None and tab.ritual_model.rowCount() == 1
    qtmodeltester.check(tab.ritual_model)
    qtmodeltester.check(tab.calendar.model)
    tab.calendar.select(date(2026, 11, 24))
    assert tab.selected_item() is not None and tab.selected_item().title == "Tuesday teardown"
    assert tab.mark_selected("run")
    assert svc.calendar(ui_ctx.engine, workspace.id, date(2026, 11, 24), date(2026, 11, 24))[0].status == "run"
    assert "✓ 18:30 Tuesday teardown" in tab.calendar.model.data(tab.calendar.model.index_of(date(2026, 11, 24)))
    tab.undo_stack.undo()
    assert svc.calendar(ui_ctx.engine, workspace.id, date(2026, 11, 24), date(2026, 11, 24))[0].status == "planned"
    tab.undo_stack.redo()
    assert svc.calendar(ui_ctx.engine, workspace.id, date(2026, 11, 24), date(2026, 11, 24))[0].status == "run"
    tab.undo_stack.undo()
    tab.undo_stack.undo()  # the ritual itself
    assert svc.list_rituals(ui_ctx.engine, workspace.id) == []
    assert tab.ritual_model.rowCount() == 0


def test_future_occurrence_cannot_be_marked_run(qtbot, ui_ctx, workspace, today) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, ui_ctx, workspace.id, today)
    tab.add_suggestions()
    assert {r.name for r in svc.list_rituals(ui_ctx.engine, workspace.id)} == {"Tuesday teardown", "Friday wins"}
    tab.calendar.select(date(2026, 11, 27))
    assert not tab.mark_selected("run")
    assert "future" in tab.occ_error.text()
    tab.undo_stack.undo()  # one macro undoes both suggestions
    assert svc.list_rituals(ui_ctx.engine, workspace.id) == []


def test_sample_tab_shows_streaks_sla_and_edits_occurrence(
    qtbot, ui_ctx, sample_workspace, today, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, ui_ctx, sample_workspace.id, today)
    assert tab.ritual_model.rowCount() == 2
    assert tab.sla_week_model.rowCount() >= 10
    assert tab.sla_miss_model.rowCount() > 0
    assert "%" in tab.sla_summary.text()
    for m in (tab.sla_week_model, tab.sla_miss_model):
        qtmodeltester.check(m)
    tab.calendar.set_mode("week")
    assert tab.calendar.model.rowCount() == 1
    tab.calendar.select(date(2026, 11, 24))
    tab.occ_recap.setPlainText("Three fixes: cadence, arm swing, hips")
    tab.occ_posts.item(0).setCheckState(tab.occ_posts.item(0).checkState().__class__.Checked)
    assert tab.save_occurrence()
    st = svc.occurrence_state(ui_ctx.engine, tab.selected_item().ritual_id, date(2026, 11, 24))
    assert st.recap.startswith("Three fixes") and st.post_ids
    tab.undo_stack.undo()
    st2 = svc.occurrence_state(ui_ctx.engine, st.ritual_id, date(2026, 11, 24))
    assert not st2.recap.startswith("Three fixes")


def test_ics_import_and_undo(qtbot, ui_ctx, workspace, sample_workspace, today, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.services.ics import export_ics

    path = tmp_path / "c.ics"
    export_ics(ui_ctx.engine, sample_workspace.id, path)
    tab = _tab(qtbot, ui_ctx, workspace.id, today)
    report = tab.import_ics_path(path)
    assert len(report.created) == 2
    assert tab.ritual_model.rowCount() == 2
    tab.undo_stack.undo()
    assert tab.ritual_model.rowCount() == 0
    tab.undo_stack.redo()
    assert tab.ritual_model.rowCount() == 2


def test_sla_setting_rejects_nothing_silently(qtbot, ui_ctx, workspace, today) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, ui_ctx, workspace.id, today)
    tab.sla_minutes.setValue(30)
    tab.save_sla()
    from microcomm_desktop.services.promise import get_profile

    prof = get_profile(ui_ctx.engine, workspace.id)
    assert prof.sla_minutes == 30
    assert "none set" in tab.own_handles_note.text()  # the handles are a workspace setting, named here
    tab.undo_stack.undo()
    assert get_profile(ui_ctx.engine, workspace.id).sla_minutes == 60


def test_opening_reads_the_sla_once_and_shows_it(qtbot, ui_ctx, sample_workspace, today, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Issue 20: the SLA page read every post of the 12 weeks as an object, twice (861 ms at 10x data). Opening
    now reads the period once, and the weeks shown are the service's figures for those same rows."""
    from datetime import timedelta

    from microcomm_desktop.services import sla
    from microcomm_desktop.ui.tabs.rituals.sla import SLA_WEEKS

    calls: list[tuple[date, date]] = []
    real = sla.post_sla

    def counted(engine, ws_id, start, end):  # type: ignore[no-untyped-def]
        calls.append((start, end))
        return real(engine, ws_id, start, end)

    monkeypatch.setattr(sla, "post_sla", counted)
    tab = _tab(qtbot, ui_ctx, sample_workspace.id, today)
    start = today - timedelta(days=7 * SLA_WEEKS - 1)
    assert calls == [(start, today)]
    weeks = sla.weekly_hit_rates(ui_ctx.engine, sample_workspace.id, start, today)
    assert tab.sla.sla_week_model.rows == list(reversed(weeks)) and weeks
    misses = [p for p in reversed(real(ui_ctx.engine, sample_workspace.id, start, today)) if p.missed]
    assert tab.sla.sla_miss_model.rows == misses


def test_a_large_log_computes_the_sla_in_the_worker_pool(qtbot, ui_ctx, sample_workspace, today, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """On a large log (10x data, the creator's replies logged: ~0.75 s) the figures are computed off the GUI
    thread behind a busy bar; the page then shows the same figures as the direct computation."""
    import threading

    from microcomm_desktop.services import sla
    from microcomm_desktop.ui.tabs.rituals import sla as sla_page

    threads: list[threading.Thread] = []
    real = sla.post_sla

    def recorded(engine, ws_id, start, end):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return real(engine, ws_id, start, end)

    monkeypatch.setattr(sla, "post_sla", recorded)
    monkeypatch.setattr(sla_page, "BACKGROUND_FROM_POSTS", 1)
    ui_ctx.today = today
    tab = RitualsTab(ui_ctx)
    qtbot.addWidget(tab)
    tab.set_workspace(sample_workspace.id)
    assert tab.sla.is_busy() and tab.sla.sla_summary.text() == "Computing the response SLA…"
    qtbot.waitUntil(lambda: not tab.sla.is_busy(), timeout=10_000)
    assert threads and all(t is not threading.main_thread() for t in threads)
    start, end = sla_page.SLA_WEEKS, today
    from datetime import timedelta

    first = end - timedelta(days=7 * start - 1)
    weeks = sla.weekly_hit_rates(ui_ctx.engine, sample_workspace.id, first, end)
    assert tab.sla.sla_week_model.rows == list(reversed(weeks)) and weeks
    assert "got a reply within" in tab.sla.sla_summary.text()
