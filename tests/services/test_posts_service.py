"""Post form validation, CRUD with exact restore (undo), quick interaction entry, engagers."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select

from microcomm_desktop.domain.imports.quick import parse_quick_entry
from microcomm_desktop.services import interactions, posts
from microcomm_desktop.store.models import EngagerDay
from microcomm_desktop.store.models.base import table_of

TODAY = date(2026, 11, 25)


def _form(**kw: str) -> dict[str, str]:
    base = {"when": "2026-11-20 18:30", "label": "community", "reach": "1,500", "impressions": "2000", "saves": "30"}
    base.update(kw)
    return base


def test_validation_messages() -> None:
    chk = posts.check_post_form(_form(when="", label="", reach="-3", saves="1.5", likes="1.2E+5"))
    assert chk.errors["when"].startswith("Date is required")
    assert "Label is required" in chk.errors["label"]
    assert chk.errors["reach"] == "Reach cannot be negative."
    assert "whole number" in chk.errors["saves"]
    assert "scientific" in chk.errors["likes"]
    ok = posts.check_post_form(_form(reach="3000"))
    assert ok.ok and "swapped" in ok.warnings["reach"]
    assert ok.values["when"] == datetime(2026, 11, 20, 18, 30) and ok.values["reach"] == 3000
    assert ok.values["views"] == 0 and ok.values["conversions"] is None
    partial = posts.check_post_form({"saves": "12"}, partial=True)
    assert partial.ok and partial.values == {"saves": 12}
    assert posts.check_post_form({"when": "Nov 3"}, partial=True).errors["when"].endswith("(e.g. 2026-11-24 18:30).")


def test_create_update_delete_restore(app_ctx, workspace) -> None:  # type: ignore[no-untyped-def]
    eng = app_ctx.engine
    pid = posts.create_post(eng, workspace.id, posts.check_post_form(_form(title="Hip opener")).values)
    rows = posts.load_post_rows(eng, workspace.id)
    assert len(rows) == 1 and rows[0][posts.ROW_FIELDS.index("local_date")] == "2026-11-20"
    before = posts.update_post(eng, pid, {"saves": 45, "when": datetime(2026, 11, 21, 9, 0)})
    assert before["saves"] == 30 and before["when"] == datetime(2026, 11, 20, 18, 30)
    assert posts.post_form_values(eng, pid)["when"] == "2026-11-21 09:00"
    posts.update_post(eng, pid, before)
    assert posts.post_form_values(eng, pid)["when"] == "2026-11-20 18:30"
    dup = posts.duplicate_post(eng, pid)
    assert posts.post_form_values(eng, dup)["title"] == "Hip opener (copy)"
    snapshot = posts.load_post_rows(eng, workspace.id)
    snap = posts.delete_posts(eng, [pid, dup])
    assert posts.load_post_rows(eng, workspace.id) == []
    posts.restore_posts(eng, snap)
    assert posts.load_post_rows(eng, workspace.id) == snapshot


def test_quick_entry_threads_and_keeps_rollup(app_ctx, workspace) -> None:  # type: ignore[no-untyped-def]
    eng = app_ctx.engine
    pid = posts.create_post(eng, workspace.id, posts.check_post_form(_form()).values)
    lines, bad = parse_quick_entry(
        "@ana comment\n@ben reply to @ana\n@ana reply to @ben\n@cy dm\n@dee like 21:15\n@eve reply to @zed"
    )
    assert not bad
    res = interactions.add_quick_interactions(eng, pid, lines)
    assert len(res.interaction_ids) == 6 and "zed" in res.notes[0]
    d = interactions.post_detail(eng, pid)
    assert d.depth.threads == 3 and d.depth.deep_threads == 1 and d.depth.messages == 5
    assert d.by_kind == {"comment": 1, "reply": 3, "dm": 1, "like": 1}
    assert "@ana" in interactions.known_handles(eng, workspace.id) or "ana" in interactions.known_handles(
        eng, workspace.id
    )
    day = table_of(EngagerDay)
    with eng.connect() as c:
        assert c.execute(select(func.sum(day.c.count))).scalar() == 6
    rows = interactions.delete_interactions(eng, res.interaction_ids)
    with eng.connect() as c:
        assert c.execute(select(func.count()).select_from(day)).scalar() == 0
    interactions.restore_interactions(eng, rows)
    assert interactions.post_detail(eng, pid).depth.deep_threads == 1


def test_engagers_returning_and_power_flag(app_ctx, sample_workspace) -> None:  # type: ignore[no-untyped-def]
    rows = interactions.load_engager_rows(app_ctx.engine, sample_workspace.id, TODAY)
    f = {k: i for i, k in enumerate(interactions.ENGAGER_FIELDS)}
    assert rows and any(r[f["active_days_30d"]] >= 2 for r in rows)
    eid = rows[0][0]
    before = interactions.update_engager(app_ctx.engine, eid, power_member=True, notes="runs the Friday thread")
    assert "power_member" in before
    again = interactions.load_engager_rows(app_ctx.engine, sample_workspace.id, TODAY)
    row = next(r for r in again if r[0] == eid)
    assert row[f["power_member"]] and row[f["notes"]] == "runs the Friday thread"
