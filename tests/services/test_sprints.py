"""Sprint service: template creation, persistence, moves, carry-over, verdict from the scorecard, report."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from microcomm_desktop.domain.sprints import NARROW_TASKS, SPRINT_TEMPLATE
from microcomm_desktop.services import sprints as S
from microcomm_desktop.services.context import open_context
from microcomm_desktop.services.scorecard import figures_for_periods

START = date(2026, 11, 2)
TODAY = date(2026, 11, 25)


@dataclass
class FakeWeek:
    week_start: date
    week_end: date
    returning_engagers: int
    engaged_people: int
    returning_share: float | None
    replies_per_1k: float | None


def fake(shares: list[float | None], replies: list[float | None]):  # type: ignore[no-untyped-def]
    def fn(engine, ws_id, periods):  # type: ignore[no-untyped-def]
        return [FakeWeek(a, b, 10 * (i + 1), 50, shares[i], replies[i]) for i, (a, b) in enumerate(periods)]

    return fn


@pytest.fixture
def sprint(app_ctx, workspace):  # type: ignore[no-untyped-def]
    return S.create_sprint(app_ctx.engine, workspace.id, "Month 1", START, owners="Alex,  Sam")


def test_created_from_template(app_ctx, sprint) -> None:  # type: ignore[no-untyped-def]
    board = S.load_board(app_ctx.engine, sprint.id, TODAY)
    assert [w.goal.lower() for w in board.weeks] == [w.goal for w in SPRINT_TEMPLATE]
    assert [w.deliverable.lower() for w in board.weeks] == [w.deliverable for w in SPRINT_TEMPLATE]
    assert [tuple(t.title.lower() for t in w.tasks) for w in board.weeks] == [
        tuple(t.lower() for t in w.tasks) for w in SPRINT_TEMPLATE
    ]
    assert board.weeks[3].tasks[1].title == "Set KPIs"
    assert board.sprint.owners == "Alex, Sam"
    assert board.sprint.end_date == date(2026, 12, 1)
    # tasks are due on their week's last day, so week 1-3 open tasks are overdue on 25 Nov
    assert board.weeks[0].tasks[0].due_date == date(2026, 11, 8)
    assert board.overdue == 10
    assert board.current_week == 4
    assert board.weeks[3].is_current and not board.weeks[2].is_current
    assert board.progress == 0.0


def test_edited_template_and_copy(app_ctx, workspace, sprint) -> None:  # type: ignore[no-untyped-def]
    drafts = S.template_drafts()
    drafts[0] = S.WeekDraft(1, "Own goal", "Own deliverable", ("One", "  ", "Two"))
    sp = S.create_sprint(app_ctx.engine, workspace.id, "Custom", START, weeks=drafts)
    board = S.load_board(app_ctx.engine, sp.id, TODAY)
    assert board.weeks[0].goal == "Own goal"
    assert [t.title for t in board.weeks[0].tasks] == ["One", "Two"]
    copy = S.drafts_from_sprint(app_ctx.engine, sp.id)
    assert copy[0] == S.WeekDraft(1, "Own goal", "Own deliverable", ("One", "Two"))


def test_bad_input_is_rejected_with_a_message(app_ctx, workspace, sprint) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(S.SprintError, match="name"):
        S.create_sprint(app_ctx.engine, workspace.id, "   ", START)
    with pytest.raises(S.SprintError, match="Title"):
        S.add_task(app_ctx.engine, sprint.id, 1, "")
    with pytest.raises(S.SprintError, match="Week"):
        S.add_task(app_ctx.engine, sprint.id, 5, "x")
    with pytest.raises(S.SprintError, match="Link"):
        S.add_task(app_ctx.engine, sprint.id, 1, "x", link_kind="post", link_ref="")
    with pytest.raises(S.SprintError, match="no longer exists"):
        S.set_done(app_ctx.engine, 99999, True)
    assert len(S.list_sprints(app_ctx.engine, workspace.id)) == 1  # nothing half-written


def test_progress_and_persistence_across_restart(data_dir: Path, app_ctx, workspace, sprint) -> None:  # type: ignore[no-untyped-def]
    board = S.load_board(app_ctx.engine, sprint.id, TODAY)
    for t in board.weeks[0].tasks[:3]:
        S.set_done(app_ctx.engine, t.id, True)
    t = S.add_task(
        app_ctx.engine,
        sprint.id,
        2,
        "Record welcome video",
        owner="Sam",
        notes="1 min",
        link_kind="post",
        link_ref="https://example.com/p/1",
    )
    url = app_ctx.database_url
    app_ctx.dispose()
    ctx2 = open_context(data_dir, database_url=url)
    board = S.load_board(ctx2.engine, sprint.id, TODAY)
    assert board.weeks[0].done == 3 and board.weeks[0].total == 4
    assert board.weeks[0].progress == 75.0
    assert board.done == 3 and board.total == 14
    assert board.progress == pytest.approx(3 / 14 * 100)
    got = board.task(t.id)
    assert got is not None and got.link_ref == "https://example.com/p/1" and got.due_date == date(2026, 11, 15)
    ctx2.dispose()


def test_move_and_undo_positions(app_ctx, sprint) -> None:  # type: ignore[no-untyped-def]
    board = S.load_board(app_ctx.engine, sprint.id, TODAY)
    t = board.weeks[0].tasks[1]
    old = S.move_task(app_ctx.engine, t.id, 3, 0)
    assert old == (1, 1)
    board = S.load_board(app_ctx.engine, sprint.id, TODAY)
    assert board.weeks[2].tasks[0].id == t.id
    assert t.id not in [x.id for x in board.weeks[0].tasks]
    S.move_task(app_ctx.engine, t.id, *old)
    board = S.load_board(app_ctx.engine, sprint.id, TODAY)
    assert board.weeks[0].tasks[1].id == t.id


def test_delete_and_restore_keeps_id(app_ctx, sprint) -> None:  # type: ignore[no-untyped-def]
    board = S.load_board(app_ctx.engine, sprint.id, TODAY)
    t = board.weeks[1].tasks[0]
    S.set_done(app_ctx.engine, t.id, True)
    snap = S.delete_task(app_ctx.engine, t.id)
    assert S.load_board(app_ctx.engine, sprint.id, TODAY).task(t.id) is None
    assert S.restore_task(app_ctx.engine, snap) == t.id
    back = S.load_board(app_ctx.engine, sprint.id, TODAY).task(t.id)
    assert back is not None and back.done and back.title == t.title


def test_week_notes(app_ctx, sprint) -> None:  # type: ignore[no-untyped-def]
    old = S.update_week(app_ctx.engine, sprint.id, 2, notes_worked="Teardowns", notes_drop="Polls")
    assert old == {"notes_worked": "", "notes_drop": ""}
    rows, err = S.checkin(app_ctx.engine, sprint.id, TODAY, fake([1, 2, 3], [1, 2, 3]))
    assert err is None
    assert rows[1].notes_worked == "Teardowns" and rows[1].notes_drop == "Polls"


def test_verdict_uses_only_ended_weeks(app_ctx, sprint) -> None:  # type: ignore[no-untyped-def]
    seen: list[list[tuple[date, date]]] = []

    def fn(engine, ws_id, periods):  # type: ignore[no-untyped-def]
        seen.append(list(periods))
        return fake([20.0, 22.0, 25.0], [10.0, 11.0, 12.0])(engine, ws_id, periods)

    v = S.sprint_verdict(app_ctx.engine, sprint.id, TODAY, fn)
    assert seen == [
        [
            (date(2026, 11, 2), date(2026, 11, 8)),
            (date(2026, 11, 9), date(2026, 11, 15)),
            (date(2026, 11, 16), date(2026, 11, 22)),
        ]
    ]
    assert v.result.verdict == "continue"
    assert v.weeks_used == (1, 2, 3)
    assert v.rows[3].returning_share is None and not v.rows[3].ended
    assert "+2.0, +3.0" in "\n".join(S.verdict_numbers(v))
    assert (
        S.sprint_verdict(app_ctx.engine, sprint.id, TODAY, fake([20, 20, 25], [10, 11, 12])).result.verdict == "narrow"
    )
    early = S.sprint_verdict(app_ctx.engine, sprint.id, date(2026, 11, 20), fake([20, 22], [10, 11]))
    assert early.result.verdict == "not_enough_data"


def test_verdict_survives_a_failing_figures_source(app_ctx, sprint) -> None:  # type: ignore[no-untyped-def]
    def boom(engine, ws_id, periods):  # type: ignore[no-untyped-def]
        raise ValueError("disk on fire")

    v = S.sprint_verdict(app_ctx.engine, sprint.id, TODAY, boom)
    assert v.result.verdict == "not_enough_data"
    assert "disk on fire" in v.result.explanation


def test_verdict_matches_the_dashboard_figures(app_ctx, sample_workspace) -> None:  # type: ignore[no-untyped-def]
    sid = S.current_sprint_id(app_ctx.engine, sample_workspace.id, TODAY)
    assert sid is not None
    v = S.sprint_verdict(app_ctx.engine, sid, TODAY)
    board = S.load_board(app_ctx.engine, sid, TODAY)
    periods = [(w.first, w.last) for w in board.weeks if w.ended]
    dash = figures_for_periods(app_ctx.engine, sample_workspace.id, periods, label="community")
    assert [r.returning_share for r in v.rows if r.ended] == [f.returning_share for f in dash]
    assert [r.replies_per_1k for r in v.rows if r.ended] == [f.replies_per_1k for f in dash]
    assert [r.returning_engagers for r in v.rows if r.ended] == [f.returning_engagers for f in dash]
    assert v.result.verdict in ("continue", "narrow")


def test_plan_next_month_carries_picked_tasks(app_ctx, workspace, sprint) -> None:  # type: ignore[no-untyped-def]
    board = S.load_board(app_ctx.engine, sprint.id, TODAY)
    S.set_done(app_ctx.engine, board.weeks[0].tasks[0].id, True)
    open_tasks = S.unfinished_tasks(app_ctx.engine, sprint.id)
    assert len(open_tasks) == 12
    pick = [open_tasks[0].id, open_tasks[5].id, board.weeks[0].tasks[0].id]  # a done one is never carried
    new = S.plan_next_month(app_ctx.engine, sprint.id, pick, add_narrowing=True)
    assert new.start_date == date(2026, 12, 2)
    assert new.previous_id == sprint.id and new.name == "Month 2" and new.owners == "Alex, Sam"
    nb = S.load_board(app_ctx.engine, new.id, date(2026, 12, 2))
    carried = [t for t in nb.weeks[0].tasks if t.carried_from_id is not None]
    assert [t.carried_from_id for t in carried] == [open_tasks[0].id, open_tasks[5].id]
    assert all(t.due_date == date(2026, 12, 8) for t in carried)
    titles = [t.title for w in nb.weeks for t in w.tasks]
    for _wk, title in NARROW_TASKS:
        assert title in titles
    with pytest.raises(S.SprintError, match="already planned"):
        S.plan_next_month(app_ctx.engine, sprint.id, [])
    assert S.current_sprint_id(app_ctx.engine, workspace.id, date(2026, 12, 3)) == new.id
    assert S.current_sprint_id(app_ctx.engine, workspace.id, TODAY) == sprint.id


def test_report_markdown_and_pdf(qapp, app_ctx, sprint, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # ``qapp`` first: write_pdf would otherwise create a bare QGuiApplication that later GUI tests cannot use.
    S.update_week(app_ctx.engine, sprint.id, 1, notes_worked="Stride | teardowns")
    data = S.report_data(app_ctx.engine, sprint.id, TODAY, fake([20, 22, 25], [10, 11, 12]))
    md = S.report_markdown(data)
    assert md.startswith("# Sprint report: Month 1")
    assert "## Verdict" in md and "**Continue**" in md
    assert "| 1 | 10 | 20.0 % | 50 | 10.0 | Stride \\| teardowns |" in md
    assert "| 4 | not ended |" in md
    assert "## Next steps" in md and "Carry over: Write promise" in md
    html = S.report_html(data)
    from microcomm_desktop.pdf import write_pdf

    out = tmp_path / "r.pdf"
    pages = write_pdf(html, out)
    assert pages >= 1 and out.read_bytes().startswith(b"%PDF")


def test_delete_sprint(app_ctx, workspace, sprint) -> None:  # type: ignore[no-untyped-def]
    new = S.plan_next_month(app_ctx.engine, sprint.id, [t.id for t in S.unfinished_tasks(app_ctx.engine, sprint.id)])
    S.delete_sprint(app_ctx.engine, sprint.id)
    assert [s.id for s in S.list_sprints(app_ctx.engine, workspace.id)] == [new.id]
    assert S.load_board(app_ctx.engine, new.id, TODAY).total > 0
