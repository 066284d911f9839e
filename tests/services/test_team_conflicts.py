"""Two members editing the same deal or sprint task (optimistic locking), on both engines.

Each test uses two engines on the same database, as two laptops would: both load, one saves, the other's save
from the older version is refused with ``EditConflict`` carrying what is stored now, and nothing of it is written.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from microcomm_desktop.services import conflicts, posts
from microcomm_desktop.services import deals as D
from microcomm_desktop.services import sprints as S
from microcomm_desktop.services.context import AppContext
from microcomm_desktop.store.db import make_engine

START = date(2026, 11, 2)
TODAY = date(2026, 11, 25)


@pytest.fixture
def bob(app_ctx: AppContext):  # type: ignore[no-untyped-def]
    """A second member: own engine, own connections, same database."""
    engine = make_engine(app_ctx.engine.url)
    yield engine
    engine.dispose()


def _deal(ws_id: int) -> D.DealData:
    return D.DealData(
        workspace_id=ws_id,
        fields={"brand": "TrailFlex Socks", "status": "draft", "creator_fee": Decimal("2000")},
        lines=[D.LineData(format="short video", quantity=4, unit_price=Decimal("500"), amount=Decimal("2000"))],
    )


def test_a_stale_deal_save_is_refused_with_both_versions(app_ctx: AppContext, workspace, bob) -> None:  # type: ignore[no-untyped-def]
    alice = app_ctx.engine
    deal_id = D.save_deal(alice, _deal(workspace.id))
    mine, theirs = D.load_deal(alice, deal_id), D.load_deal(bob, deal_id)
    assert mine.version == theirs.version == 1
    theirs.fields["creator_fee"] = Decimal("2500.50")
    D.save_deal(bob, theirs, expected_version=theirs.version)
    mine.fields["brand"] = "Mine"
    with pytest.raises(D.EditConflict) as caught:
        D.save_deal(alice, mine, expected_version=mine.version)
    c = caught.value
    assert isinstance(c, conflicts.EditConflict) and c.what == "deal" and c.row_id == deal_id
    assert c.version == 2 and c.theirs["creator_fee"] == "2500.50" and c.theirs["brand"] == "TrailFlex Socks"
    assert c.theirs["line_01"].startswith("4 × short video") and c.updated_by
    stored = D.load_deal(alice, deal_id)
    assert stored.get("brand") == "TrailFlex Socks" and stored.version == 2  # nothing of Alice's was written
    # "Keep mine": saved over the version she has now seen.
    D.save_deal(alice, mine, expected_version=c.version)
    now = D.load_deal(bob, deal_id)
    assert (now.get("brand"), now.get("creator_fee"), now.version) == ("Mine", Decimal("2000"), 3)
    # Undo re-applies a snapshot without a version: no spurious conflict, and it still bumps the version.
    D.save_deal(alice, stored)
    assert D.load_deal(bob, deal_id).version == 4
    # The pipeline move refuses a stale version too.
    with pytest.raises(D.EditConflict):
        D.set_status(bob, deal_id, "live", expected_version=3)
    assert D.load_deal(bob, deal_id).get("status") == "draft"
    D.set_status(bob, deal_id, "live", expected_version=4)
    assert D.load_deal(alice, deal_id).get("status") == "live"


@pytest.fixture
def sprint(app_ctx, workspace):  # type: ignore[no-untyped-def]
    return S.create_sprint(app_ctx.engine, workspace.id, "Month 1", START)


def test_a_stale_task_edit_tick_or_move_is_refused(app_ctx: AppContext, sprint, bob) -> None:  # type: ignore[no-untyped-def]
    alice = app_ctx.engine
    a_board = S.load_board(alice, sprint.id, TODAY)
    b_board = S.load_board(bob, sprint.id, TODAY)
    mine, theirs = a_board.weeks[0].tasks[0], b_board.weeks[0].tasks[0]
    assert mine.id == theirs.id and mine.version == theirs.version == 1
    S.update_task(bob, theirs.id, expected_version=theirs.version, title="Bob's title", owner="Bob")
    for stale in (
        lambda: S.update_task(alice, mine.id, expected_version=mine.version, title="Alice's title"),
        lambda: S.set_done(alice, mine.id, True, expected_version=mine.version),
        lambda: S.move_task(alice, mine.id, 3, None, expected_version=mine.version),
    ):
        with pytest.raises(S.EditConflict) as caught:
            stale()
        c = caught.value
        assert (c.what, c.row_id, c.version) == ("task", mine.id, 2)
        assert (c.theirs["title"], c.theirs["owner"], c.theirs["week_no"], c.theirs["done"]) == (
            "Bob's title",
            "Bob",
            "1",
            "no",
        )
    stored = S.load_board(bob, sprint.id, TODAY).weeks[0].tasks[0]
    assert (stored.id, stored.title, stored.done, stored.version) == (mine.id, "Bob's title", False, 2)
    # "Keep mine" with the version seen in the dialog goes through; undo (no version) never conflicts.
    before = S.update_task(alice, mine.id, expected_version=2, title="Alice's title")
    S.update_task(bob, mine.id, title=before.title)
    assert S.load_board(alice, sprint.id, TODAY).weeks[0].tasks[0].title == "Bob's title"
    assert S.set_done(alice, mine.id, True, expected_version=4) is False


def test_moving_a_task_does_not_make_its_neighbours_stale(app_ctx: AppContext, sprint, bob) -> None:  # type: ignore[no-untyped-def]
    board = S.load_board(app_ctx.engine, sprint.id, TODAY)
    first, second = board.weeks[0].tasks[0], board.weeks[0].tasks[1]
    third_week = board.weeks[2].tasks[0]
    S.move_task(bob, second.id, 3, 0, expected_version=second.version)  # renumbers week 1 and week 3
    after = {t.id: t for w in S.load_board(app_ctx.engine, sprint.id, TODAY).weeks for t in w.tasks}
    assert after[second.id].version == second.version + 1 and after[second.id].week_no == 3
    assert after[first.id].version == first.version and after[third_week.id].version == third_week.version
    assert after[third_week.id].position > after[second.id].position  # the order is still stored
    # So an edit of a neighbour opened before the move still saves.
    S.update_task(app_ctx.engine, third_week.id, expected_version=third_week.version, notes="still mine")


def test_post_rows_carry_their_version_for_cell_edits(app_ctx: AppContext, workspace, bob) -> None:  # type: ignore[no-untyped-def]
    form = {"when": "2026-11-20 18:30", "platform": "instagram", "format": "reel", "title": "Hip opener"}
    form.update({"reach": "1200", "impressions": "2000", "likes": "80", "comments": "12", "saves": "30"})
    pid = posts.create_post(app_ctx.engine, workspace.id, posts.check_post_form(form).values)
    v = posts.ROW_FIELDS.index("version")
    (row,) = posts.load_post_rows(app_ctx.engine, workspace.id)
    assert row[v] == 1 and row[posts.ROW_FIELDS.index("themes")] is None
    posts.edit_post(bob, pid, {"saves": 45}, expected_version=row[v])
    with pytest.raises(conflicts.EditConflict):  # the same class the dialog handles for every row kind
        posts.edit_post(app_ctx.engine, pid, {"likes": 81}, expected_version=row[v])
    assert posts.load_post_rows_by_id(app_ctx.engine, [pid])[0][v] == 2


def test_two_saves_at_the_same_moment_on_the_server(app_ctx: AppContext, engine_kind: str, sprint, bob) -> None:  # type: ignore[no-untyped-def]
    """Both members saved from version 1 at the same instant: Bob's check waits for Alice's transaction and then
    sees her version, so his save is refused instead of overwriting hers (a plain read would let both pass)."""
    if engine_kind != "postgresql":
        pytest.skip("PostgreSQL only: SQLite has one writer at a time, so the two saves cannot overlap")
    import threading
    import time

    from sqlalchemy import text, update
    from sqlalchemy.orm import Session

    from microcomm_desktop.store.models import SprintTask
    from microcomm_desktop.store.models.base import table_of

    t = S.load_board(app_ctx.engine, sprint.id, TODAY).weeks[0].tasks[0]
    tt = table_of(SprintTask)
    outcome: dict[str, object] = {}

    def bobs_save() -> None:
        try:
            S.update_task(bob, t.id, expected_version=t.version, title="Bob's title")
            outcome["result"] = "saved"
        except Exception as exc:  # handed to the main thread's assertions
            outcome["result"] = exc

    with Session(app_ctx.engine) as alice:  # Alice's save, in flight: checked and written, not yet committed
        conflicts.check_version(alice, tt, t.id, t.version, "task", dict)
        alice.execute(update(tt).where(tt.c.id == t.id).values(title="Alice's title"))
        worker = threading.Thread(target=bobs_save)
        worker.start()
        deadline = time.monotonic() + 30  # generous: a loaded CI machine may start the thread late
        waiting = 0
        q = "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()"
        with app_ctx.engine.connect() as watch:
            while not waiting and time.monotonic() < deadline and worker.is_alive():
                waiting = int(watch.execute(text(q)).scalar() or 0)
                watch.rollback()  # pg_stat_activity is a snapshot held for the transaction: take a fresh one
        # Bob's check is blocked on Alice's row (else say what his save did instead)
        assert waiting == 1 and worker.is_alive(), (waiting, outcome)
        alice.commit()
    worker.join(10)
    refused = outcome["result"]
    assert isinstance(refused, S.EditConflict), refused
    assert refused.version == t.version + 1 and refused.theirs["title"] == "Alice's title"
    assert S.load_board(bob, sprint.id, TODAY).task(t.id).title == "Alice's title"  # type: ignore[union-attr]
