"""Crash-time drafts on the Promise and Creators tabs: ``snapshot_drafts`` keeps what is typed but unsaved.

A crash (SIGKILL, power cut) runs no ``flush_pending``; these tests snapshot, then build a fresh tab on the same
data without flushing, as the next start would, and expect the typed text back with the usual draft note,
while nothing was saved through the services.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlmodel import select

from microcomm_desktop.services import creators as creators_svc
from microcomm_desktop.services import drafts as drafts_service
from microcomm_desktop.services import promise as promise_svc
from microcomm_desktop.services.drafts import load_draft, save_draft
from microcomm_desktop.store.db import session_scope
from microcomm_desktop.store.models import Setting
from microcomm_desktop.ui.tabs.creators import page as creators_module
from microcomm_desktop.ui.tabs.promise import page as promise_module


def _build(module: Any, qtbot, ui_ctx, ws: Any, today: date) -> Any:  # type: ignore[no-untyped-def]
    """A tab as the main window builds it at start: created, then told the workspace (restores drafts)."""
    ui_ctx.today = today
    ui_ctx.workspace = ws
    page = module.create_tab(ui_ctx)
    qtbot.addWidget(page)
    page.set_workspace(ws.id)
    return page


def _settings_rows(engine: Any) -> list[tuple[int, str, str]]:
    with session_scope(engine) as s:
        return sorted((r.workspace_id or 0, r.key, r.value) for r in s.exec(select(Setting)))


def _count_writes(monkeypatch: pytest.MonkeyPatch, module: Any) -> dict[str, int]:
    """Count the draft writes a tab module makes (while still performing them)."""
    calls = {"save": 0, "clear": 0}
    real_save, real_clear = drafts_service.save_draft, drafts_service.clear_draft

    def counted_save(*args: Any, **kwargs: Any) -> None:
        calls["save"] += 1
        real_save(*args, **kwargs)

    def counted_clear(*args: Any, **kwargs: Any) -> None:
        calls["clear"] += 1
        real_clear(*args, **kwargs)

    # the tab's own calls (by name, or through the services.drafts module) and those of services.drafts.sync_draft
    for where in (module, drafts_service) if hasattr(module, "save_draft") else (drafts_service,):
        monkeypatch.setattr(where, "save_draft", counted_save)
        monkeypatch.setattr(where, "clear_draft", counted_clear)
    return calls


# ---------------------------------------------------------------- Promise tab


def test_promise_typed_text_survives_a_crash(qtbot, ui_ctx, workspace, today) -> None:  # type: ignore[no-untyped-def]
    e = ui_ctx.engine
    page = _build(promise_module, qtbot, ui_ctx, workspace, today)
    page.who_edit.setText("new runners over 40")
    page.onb_post.setPlainText("Your first 10-minute routine, with a photo.")
    page.snapshot_drafts()
    # The snapshot saved nothing and left the form alone.
    assert promise_svc.promise_history(e, workspace.id) == []
    assert promise_svc.get_profile(e, workspace.id).onboarding_what_to_post == ""
    assert page.undo_stack.count() == 0
    assert page.who_edit.text() == "new runners over 40"
    draft = load_draft(e, promise_module.DRAFT_KEY, workspace.id)
    assert draft is not None and set(draft.fields) == {"promise", "profile"} and draft.errors == {}

    # Crash: no flush_pending; the next start builds the tab afresh on the same data.
    again = _build(promise_module, qtbot, ui_ctx, workspace, today)
    assert again.who_edit.text() == "new runners over 40"
    assert again.onb_post.toPlainText() == "Your first 10-minute routine, with a photo."
    assert not again.draft_note.isHidden()
    assert again.draft_note.text().startswith("Restored an unsaved draft from ")
    assert "promise builder" in again.draft_note.text()
    assert promise_svc.promise_history(e, workspace.id) == []  # nothing became a promise version
    assert promise_svc.get_profile(e, workspace.id).onboarding_what_to_post == ""


def test_promise_untouched_form_writes_nothing(qtbot, ui_ctx, sample_workspace, today, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    e = ui_ctx.engine
    page = _build(promise_module, qtbot, ui_ctx, sample_workspace, today)
    assert page.who_edit.text()  # the sample has a saved promise, topic, formats and prompts in the forms
    page.formats_list.setCurrentRow(0)  # selecting fills the forms with stored values: still nothing typed
    page.prompt_table.view.setCurrentIndex(page.prompt_table.proxy.mapFromSource(page.prompt_model.index(0, 1)))
    calls = _count_writes(monkeypatch, promise_module)
    before = _settings_rows(e)
    page.snapshot_drafts()
    assert load_draft(e, promise_module.DRAFT_KEY, sample_workspace.id) is None
    assert _settings_rows(e) == before and calls == {"save": 0, "clear": 0}

    # One typed field: only its part is stored, once; an unchanged form does not write it again.
    page.topic_edit.setText("mobility for masters runners")
    page.snapshot_drafts()
    draft = load_draft(e, promise_module.DRAFT_KEY, sample_workspace.id)
    assert draft is not None and set(draft.fields) == {"profile"}
    assert draft.fields["profile"]["topic"] == "mobility for masters runners"
    page.snapshot_drafts()
    page.snapshot_drafts()
    assert calls == {"save": 1, "clear": 0}
    # Typing the stored value back leaves nothing pending: the draft goes.
    page.topic_edit.setText(promise_svc.get_profile(e, sample_workspace.id).topic)
    page.snapshot_drafts()
    assert load_draft(e, promise_module.DRAFT_KEY, sample_workspace.id) is None
    assert calls == {"save": 1, "clear": 1}


def test_promise_draft_is_cleared_after_save(qtbot, ui_ctx, workspace, today) -> None:  # type: ignore[no-untyped-def]
    e = ui_ctx.engine
    page = _build(promise_module, qtbot, ui_ctx, workspace, today)
    page.who_edit.setText("indie skincare fans")
    page.outcome_edit.setText("ingredient breakdowns every week")
    page.format_edit.setText("carousels")
    page.snapshot_drafts()
    draft = load_draft(e, promise_module.DRAFT_KEY, workspace.id)
    assert draft is not None and draft.fields["promise"]["who"] == "indie skincare fans"
    page.save_promise_btn.click()
    assert promise_svc.current_promise(e, workspace.id) is not None
    page.snapshot_drafts()
    assert load_draft(e, promise_module.DRAFT_KEY, workspace.id) is None
    # A draft this tab did not write (another window's close, say) waits for its restore: not cleared.
    save_draft(e, promise_module.DRAFT_KEY, workspace.id, {"home": {"kind": "discord", "label": "x"}})
    page.snapshot_drafts()
    assert load_draft(e, promise_module.DRAFT_KEY, workspace.id) is not None


# ---------------------------------------------------------------- Creators tab


@pytest.fixture
def creator_id(app_ctx, workspace, today) -> int:  # type: ignore[no-untyped-def]
    return creators_svc.create_creator(
        app_ctx.engine, workspace.id, creators_svc.CreatorInput(name="Ana Runs", niche="running"), today
    )


def test_creator_profile_edit_survives_a_crash(qtbot, ui_ctx, workspace, creator_id, today) -> None:  # type: ignore[no-untyped-def]
    e = ui_ctx.engine
    page = _build(creators_module, qtbot, ui_ctx, workspace, today)
    assert page.current_id == creator_id
    page.name.setText("Ana Runs Trails")
    page.notes.setPlainText("Met at the trail meetup; wants a 3-post series.")
    assert page.dirty
    page.snapshot_drafts()
    assert page.dirty and page.undo_stack.count() == 0  # nothing saved, the form still unsaved
    assert creators_svc.creator_detail(e, creator_id, today).data.name == "Ana Runs"
    draft = load_draft(e, creators_module.DRAFT_KEY, workspace.id)
    assert draft is not None and draft.fields["creator_id"] == creator_id

    # Crash: no flush_pending; the next start builds the tab afresh.
    again = _build(creators_module, qtbot, ui_ctx, workspace, today)
    assert again.current_id == creator_id
    assert again.name.text() == "Ana Runs Trails"
    assert again.notes.toPlainText() == "Met at the trail meetup; wants a 3-post series."
    assert again.dirty and again.save_btn.isEnabled()
    assert not again.draft_note.isHidden()
    assert again.draft_note.text().startswith("Restored an unsaved draft from ")
    d = creators_svc.creator_detail(e, creator_id, today).data
    assert (d.name, d.notes) == ("Ana Runs", "")


def test_creator_snapshot_writes_only_changes_and_clears_after_save(  # type: ignore[no-untyped-def]
    qtbot, ui_ctx, workspace, creator_id, today, monkeypatch
) -> None:
    e = ui_ctx.engine
    page = _build(creators_module, qtbot, ui_ctx, workspace, today)
    calls = _count_writes(monkeypatch, creators_module)
    before = _settings_rows(e)
    page.snapshot_drafts()  # untouched form
    assert _settings_rows(e) == before and calls == {"save": 0, "clear": 0}
    page.audience.setText("lots")  # invalid: its field error (shown on a failed Save) goes along
    assert not page.save()
    page.snapshot_drafts()
    page.snapshot_drafts()
    draft = load_draft(e, creators_module.DRAFT_KEY, workspace.id)
    assert draft is not None and draft.fields["audience"] == "lots" and "audience_size" in draft.errors
    assert calls == {"save": 1, "clear": 0}
    page.audience.setText("8200")
    page.save_btn.click()
    assert creators_svc.creator_detail(e, creator_id, today).data.audience_size == 8200
    page.snapshot_drafts()
    assert load_draft(e, creators_module.DRAFT_KEY, workspace.id) is None
    assert calls == {"save": 1, "clear": 1}
