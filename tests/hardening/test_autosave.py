"""Autosave: closing the window (or switching workspace) never loses an edit in progress.

Each test edits through a tab inside a real MainWindow, closes the window, opens a new one on the same data
directory and checks the value is there: saved when the form was valid, restored as a draft (with a note and
the field error) when it was not.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt

from microcomm_desktop.services import creators as creators_svc
from microcomm_desktop.services import posts as posts_svc
from microcomm_desktop.services import promise as promise_svc
from microcomm_desktop.services import rituals as rituals_svc
from microcomm_desktop.services.context import AppContext
from microcomm_desktop.services.drafts import load_draft
from microcomm_desktop.services.workspaces import create_workspace
from microcomm_desktop.ui.context import UiContext, make_settings
from microcomm_desktop.ui.events import ChangeArea, EventBus
from microcomm_desktop.ui.main_window import MainWindow


def _window(qtbot, app_ctx: AppContext, today: date) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(UiContext(app=app_ctx, bus=EventBus(), settings=make_settings(app_ctx)), today=today)
    qtbot.addWidget(win)
    return win


def _page(win: MainWindow, title: str) -> Any:
    page = win.tab_page(title)
    assert page is not None
    return page


# ---------------------------------------------------------------- Promise tab


def test_promise_forms_are_saved_on_close(qtbot, app_ctx, workspace, today) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, app_ctx, today)
    tab = _page(win, "Promise")
    tab.who_edit.setText("new runners over 40")
    tab.outcome_edit.setText("a weekly 20-minute mobility routine")
    tab.format_edit.setText("short videos")
    tab.topic_edit.setText("mobility for masters runners")
    tab.onb_rules.setPlainText("Be kind.\nNo spam.")
    tab.disclosure_edit.setText("#ad — paid partnership")
    tab.fmt_name.setText("Office hours")
    tab.fmt_desc.setText("Sunday Q and A")
    tab.prompt_text.setText("What was your last 10-minute workout?")
    tab.home_label.setText("Instagram comments")
    win.close()

    e = app_ctx.engine
    cur = promise_svc.current_promise(e, workspace.id)
    assert cur is not None and (cur.who, cur.format_text) == ("new runners over 40", "short videos")
    prof = promise_svc.get_profile(e, workspace.id)
    assert (prof.topic, prof.onboarding_rules, prof.disclosure_line) == (
        "mobility for masters runners",
        "Be kind.\nNo spam.",
        "#ad — paid partnership",
    )
    assert [f.name for f in promise_svc.list_formats(e, workspace.id)] == ["Office hours"]
    assert [p.text for p in promise_svc.list_prompts(e, workspace.id, today)] == [
        "What was your last 10-minute workout?"
    ]
    assert [h.label for h in promise_svc.list_homes(e, workspace.id)] == ["Instagram comments"]
    assert load_draft(e, "draft.promise", workspace.id) is None

    again = _window(qtbot, app_ctx, today)
    tab2 = _page(again, "Promise")
    assert tab2.who_edit.text() == "new runners over 40"
    assert tab2.topic_edit.text() == "mobility for masters runners"
    assert tab2.draft_note.isHidden()
    # Closing again with nothing typed adds no new versions or rows.
    again.close()
    assert len(promise_svc.promise_history(e, workspace.id)) == 1
    assert len(promise_svc.list_formats(e, workspace.id)) == 1
    assert len(promise_svc.list_prompts(e, workspace.id, today)) == 1


def test_promise_autosave_is_undoable(qtbot, app_ctx, workspace, today) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, app_ctx, today)
    tab = _page(win, "Promise")
    tab.topic_edit.setText("budget travel in Japan")
    tab.flush_pending()
    assert promise_svc.get_profile(app_ctx.engine, workspace.id).topic == "budget travel in Japan"
    tab.undo_stack.undo()
    assert promise_svc.get_profile(app_ctx.engine, workspace.id).topic == ""


def test_incomplete_promise_becomes_a_draft_and_comes_back(qtbot, app_ctx, workspace, today) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, app_ctx, today)
    tab = _page(win, "Promise")
    tab.who_edit.setText("indie skincare fans")
    tab.fmt_desc.setText("a format without a name")  # the service rejects it: "Give the format a name."
    win.close()

    e = app_ctx.engine
    assert promise_svc.current_promise(e, workspace.id) is None  # nothing half-written became current
    assert promise_svc.list_formats(e, workspace.id) == []
    draft = load_draft(e, "draft.promise", workspace.id)
    assert draft is not None and set(draft.fields) == {"promise", "format"}
    assert "outcome" in draft.errors["promise"] and "name" in draft.errors["format"]

    again = _window(qtbot, app_ctx, today)
    tab2 = _page(again, "Promise")
    assert tab2.who_edit.text() == "indie skincare fans"
    assert tab2.fmt_desc.text() == "a format without a name"
    assert not tab2.draft_note.isHidden()
    assert tab2.draft_note.text().startswith("Restored an unsaved draft from ")
    assert "fill outcome, format" in tab2.promise_status.text()
    assert tab2.fmt_error.text() == "Give the format a name."
    assert load_draft(e, "draft.promise", workspace.id) is None  # now in the form, not stored twice
    # Finishing the promise and closing saves it and leaves no draft behind.
    tab2.outcome_edit.setText("ingredient breakdowns every week")
    tab2.format_edit.setText("carousels")
    tab2.fmt_name.setText("Teardown series")
    again.close()
    cur = promise_svc.current_promise(e, workspace.id)
    assert cur is not None and cur.who == "indie skincare fans"
    assert [f.description for f in promise_svc.list_formats(e, workspace.id)] == ["a format without a name"]
    assert load_draft(e, "draft.promise", workspace.id) is None


def test_refresh_from_another_tab_keeps_typed_text(qtbot, app_ctx, workspace, today) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, app_ctx, today)
    tab = _page(win, "Promise")
    tab.who_edit.setText("trail runners")
    tab.onb_help.setPlainText("DM me")
    tab._add_format("Weekly challenge", "d", "weekly")  # a write: the tab reloads everything
    win.ctx.bus.changed(ChangeArea.RITUALS, workspace.id)
    assert tab.who_edit.text() == "trail runners"
    assert tab.onb_help.toPlainText() == "DM me"


def test_switching_workspace_flushes_the_promise_tab(qtbot, app_ctx, workspace, today) -> None:  # type: ignore[no-untyped-def]
    other = create_workspace(app_ctx.engine, "Other")
    win = _window(qtbot, app_ctx, today)
    win.ws_combo.setCurrentIndex(win.ws_combo.findData(workspace.id))
    tab = _page(win, "Promise")
    tab.topic_edit.setText("budget travel in Japan")
    win.ws_combo.setCurrentIndex(win.ws_combo.findData(other.id))
    assert promise_svc.get_profile(app_ctx.engine, workspace.id).topic == "budget travel in Japan"
    assert tab.topic_edit.text() == ""  # the other workspace's (empty) topic


def test_damaged_draft_is_ignored(qtbot, app_ctx, workspace, today) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.services.settings import set_setting

    set_setting(app_ctx.engine, "draft.promise", {"fields": {"promise": "junk", "nope": {}}}, workspace.id)
    win = _window(qtbot, app_ctx, today)
    tab = _page(win, "Promise")
    assert tab.draft_note.isHidden() and tab.who_edit.text() == ""


# ---------------------------------------------------------------- Creators tab


@pytest.fixture
def creator_id(app_ctx, workspace, today) -> int:  # type: ignore[no-untyped-def]
    return creators_svc.create_creator(
        app_ctx.engine, workspace.id, creators_svc.CreatorInput(name="Ana Runs", niche="running"), today
    )


def test_valid_creator_profile_is_saved_on_close(qtbot, app_ctx, workspace, creator_id, today) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, app_ctx, today)
    tab = _page(win, "Creators")
    assert tab.current_id == creator_id
    tab.niche.setText("trail running")
    tab.audience.setText("8,200")
    assert tab.dirty
    win.close()
    d = creators_svc.creator_detail(app_ctx.engine, creator_id, today)
    assert (d.data.niche, d.data.audience_size) == ("trail running", 8200)
    assert load_draft(app_ctx.engine, "draft.creator", workspace.id) is None
    again = _window(qtbot, app_ctx, today)
    tab2 = _page(again, "Creators")
    assert tab2.niche.text() == "trail running" and not tab2.dirty and tab2.draft_note.isHidden()


def test_invalid_creator_profile_is_kept_as_draft(qtbot, app_ctx, workspace, creator_id, today) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, app_ctx, today)
    tab = _page(win, "Creators")
    tab.niche.setText("ultra running")
    tab.audience.setText("lots")
    win.close()
    d = creators_svc.creator_detail(app_ctx.engine, creator_id, today)
    assert d.data.niche == "running"  # nothing written from an invalid form
    draft = load_draft(app_ctx.engine, "draft.creator", workspace.id)
    assert draft is not None and draft.fields["audience"] == "lots" and "audience_size" in draft.errors

    again = _window(qtbot, app_ctx, today)
    tab2 = _page(again, "Creators")
    assert tab2.current_id == creator_id
    assert (tab2.niche.text(), tab2.audience.text()) == ("ultra running", "lots")
    assert tab2.dirty and tab2.save_btn.isEnabled()
    assert not tab2.errors["audience_size"].isHidden() and tab2.errors["audience_size"].text()
    assert tab2.draft_note.text().startswith("Restored an unsaved draft from ")
    # Fix it and Save: the draft note goes away and the value is stored.
    tab2.audience.setText("8200")
    assert tab2.save()
    assert tab2.draft_note.isHidden()
    assert creators_svc.creator_detail(app_ctx.engine, creator_id, today).data.audience_size == 8200


def test_creator_draft_for_a_deleted_creator_says_so(qtbot, app_ctx, workspace, creator_id, today) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, app_ctx, today)
    tab = _page(win, "Creators")
    tab.audience.setText("lots")
    win.close()
    creators_svc.delete_creator(app_ctx.engine, creator_id)
    again = _window(qtbot, app_ctx, today)
    tab2 = _page(again, "Creators")
    assert "deleted" in tab2.draft_note.text() and "Ana Runs" in tab2.draft_note.text()


# ---------------------------------------------------------------- other tabs: save on edit / through dialogs


def test_rituals_edit_survives_close(qtbot, app_ctx, workspace, today) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, app_ctx, today)
    tab = _page(win, "Rituals")
    rid = tab.add_ritual_values(
        {"name": "Tuesday teardown", "weekdays": "1", "time_of_day": "18:30", "active_from": date(2026, 11, 1)}
    )
    assert rid is not None
    win.close()
    again = _window(qtbot, app_ctx, today)
    tab2 = _page(again, "Rituals")
    assert [r.name for r in rituals_svc.list_rituals(app_ctx.engine, workspace.id)] == ["Tuesday teardown"]
    assert tab2.ritual_model.rowCount() == 1


def test_rituals_typed_sla_handle_survives_close(qtbot, app_ctx, workspace, today) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, app_ctx, today)
    tab = _page(win, "Rituals")
    tab.sla_minutes.setValue(45)
    win.close()
    assert promise_svc.get_profile(app_ctx.engine, workspace.id).sla_minutes == 45


def test_sprint_note_survives_close(qtbot, app_ctx, sample_workspace, today) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, app_ctx, today)
    tab = _page(win, "Sprint")
    assert tab.sprint_id is not None
    tab.edit_note(1, "notes_worked", "Carousels with a question worked")
    win.close()
    again = _window(qtbot, app_ctx, today)
    tab2 = _page(again, "Sprint")
    assert tab2.board_data is not None
    assert tab2.board_data.weeks[0].notes_worked == "Carousels with a question worked"


def test_posts_inline_edit_survives_close(qtbot, app_ctx, sample_workspace, today) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.ui.models.post_table_model import COL

    win = _window(qtbot, app_ctx, today)
    tab = _page(win, "Posts")
    proxy = tab.table.proxy
    idx = proxy.index(0, COL["saves"])
    pid = tab.model.post_id(tab.filter_proxy.mapToSource(proxy.mapToSource(idx)).row())
    assert proxy.setData(idx, "4321", Qt.ItemDataRole.EditRole)
    win.close()
    _window(qtbot, app_ctx, today)
    assert posts_svc.post_form_values(app_ctx.engine, pid)["saves"] == "4321"


def test_deals_save_survives_close(qtbot, app_ctx, sample_workspace, today) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from microcomm_desktop.services import deals as deal_service

    win = _window(qtbot, app_ctx, today)
    tab = _page(win, "Deals")
    deal_id = tab.deals.model.rows[0].id
    before = deal_service.load_deal(app_ctx.engine, deal_id)
    after = replace(before, fields={**before.fields, "notes": "Renewal agreed in the call"})
    tab.deals.push_save(before, after)
    win.close()
    _window(qtbot, app_ctx, today)
    assert deal_service.load_deal(app_ctx.engine, deal_id).get("notes") == "Renewal agreed in the call"


def test_dashboard_week_notes_saved_or_kept_as_draft_on_close(qtbot, app_ctx, sample_workspace, today) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.services import drafts
    from microcomm_desktop.services import reports as reports_svc

    win = _window(qtbot, app_ctx, today)
    tab = _page(win, "Dashboard")
    qtbot.waitUntil(lambda: tab.selected_week() is not None, timeout=10000)
    week = tab.selected_week()
    tab.note_edits["top_questions"].setPlainText("How do I keep going in winter?")
    win.close()
    assert reports_svc.get_week_note(app_ctx.engine, sample_workspace.id, week).as_text()["top_questions"] == (
        "How do I keep going in winter?"
    )
    # An invalid figure cannot be saved: it is kept as a draft and comes back.
    win2 = _window(qtbot, app_ctx, today)
    tab2 = _page(win2, "Dashboard")
    qtbot.waitUntil(lambda: tab2.selected_week() is not None, timeout=10000)
    bad_field = next(n for n, ed in tab2.note_edits.items() if not hasattr(ed, "toPlainText"))
    tab2.note_edits[bad_field].setText("-12 apples")
    win2.close()
    draft = drafts.load_draft(app_ctx.engine, "draft.week_notes", sample_workspace.id)
    assert draft is not None and draft.fields[bad_field] == "-12 apples" and bad_field in draft.errors
    win3 = _window(qtbot, app_ctx, today)
    tab3 = _page(win3, "Dashboard")
    qtbot.waitUntil(lambda: tab3.note_edits[bad_field].text() == "-12 apples", timeout=10000)
