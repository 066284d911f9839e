"""Issue #16 item 10: disclosure spot-checks of the posts linked to deals — persisted, undoable in the GUI,
in the CLI, and summarised in the Deals tab, the deal report and the sprint report."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from microcomm_desktop.cli import parse, run_command
from microcomm_desktop.services import deals as deal_svc
from microcomm_desktop.services import sprints as sprint_svc
from microcomm_desktop.services.context import open_context
from microcomm_desktop.services.deals import DealError, DisclosureSummary

TODAY = date(2026, 11, 25)


def _done_deal(engine, ws_id: int) -> int:  # type: ignore[no-untyped-def]
    """The sample's finished deal: three linked posts, two checked (line present), one not checked."""
    (row,) = [r for r in deal_svc.list_deals(engine, ws_id) if r.status == "done"]
    return row.id


def test_sample_checklist_and_summary(app_ctx, sample_workspace) -> None:  # type: ignore[no-untyped-def]
    deal_id = _done_deal(app_ctx.engine, sample_workspace.id)
    items = deal_svc.disclosure_checklist(app_ctx.engine, deal_id)
    assert len(items) == 3
    assert [it.present for it in items] == [True, True, None]
    assert all(it.checked_on is not None for it in items[:2]) and items[2].checked_on is None
    d = deal_svc.deal_row(app_ctx.engine, deal_id).disclosure
    assert d == DisclosureSummary(linked=3, checked=2, carried=2) and d.share == 100.0 and d.not_checked == 1


def test_set_check_persists_and_changes_the_share(data_dir: Path, app_ctx, sample_workspace) -> None:  # type: ignore[no-untyped-def]
    engine = app_ctx.engine
    deal_id = _done_deal(engine, sample_workspace.id)
    third = deal_svc.disclosure_checklist(engine, deal_id)[2].post_id
    assert deal_svc.set_disclosure_check(engine, deal_id, third, False, date(2026, 11, 20)) == (None, None)
    app_ctx.dispose()
    ctx = open_context(data_dir)  # a restart
    try:
        items = deal_svc.disclosure_checklist(ctx.engine, deal_id)
        assert (items[2].present, items[2].checked_on) == (False, date(2026, 11, 20))
        d = deal_svc.deal_row(ctx.engine, deal_id).disclosure
        assert d is not None and (d.checked, d.carried) == (3, 2) and d.share == pytest.approx(66.67)
        # Clearing returns the previous value (what Undo needs) and removes the check.
        assert deal_svc.set_disclosure_check(ctx.engine, deal_id, third, None, None) == (False, date(2026, 11, 20))
        assert deal_svc.disclosure_checklist(ctx.engine, deal_id)[2].present is None
    finally:
        ctx.dispose()


def test_refuses_unlinked_post_and_undated_check_without_writing(app_ctx, sample_workspace) -> None:  # type: ignore[no-untyped-def]
    engine = app_ctx.engine
    deal_id = _done_deal(engine, sample_workspace.id)
    items = deal_svc.disclosure_checklist(engine, deal_id)
    linked = {it.post_id for it in items}
    other = next(p.id for p in deal_svc.list_linkable_posts(engine, sample_workspace.id) if p.id not in linked)
    with pytest.raises(DealError, match="not linked"):
        # One good change and one bad: nothing is written (one transaction).
        deal_svc.set_disclosure_checks(engine, deal_id, {items[2].post_id: (True, TODAY), other: (True, TODAY)})
    assert deal_svc.disclosure_checklist(engine, deal_id)[2].present is None
    with pytest.raises(DealError, match="when"):
        deal_svc.set_disclosure_check(engine, deal_id, items[2].post_id, True, None)


def test_delete_and_undo_keeps_the_checks(app_ctx, sample_workspace) -> None:  # type: ignore[no-untyped-def]
    engine = app_ctx.engine
    deal_id = _done_deal(engine, sample_workspace.id)
    before = deal_svc.disclosure_checklist(engine, deal_id)
    snapshot = deal_svc.delete_deal(engine, deal_id)
    deal_svc.save_deal(engine, snapshot)
    assert deal_svc.disclosure_checklist(engine, deal_id) == before
    # An edit through the form (no checks in its data) leaves them alone.
    data = deal_svc.load_deal(engine, deal_id)
    data.checks = None
    data.fields["notes"] = "edited"
    deal_svc.save_deal(engine, data)
    assert deal_svc.disclosure_checklist(engine, deal_id) == before


def test_workspace_summary_by_period_counts_each_post_once(app_ctx, sample_workspace) -> None:  # type: ignore[no-untyped-def]
    engine = app_ctx.engine
    deal_id = _done_deal(engine, sample_workspace.id)
    items = deal_svc.disclosure_checklist(engine, deal_id)
    assert deal_svc.disclosure_summary(engine, sample_workspace.id) == DisclosureSummary(3, 2, 2)
    first = items[0].local_date
    assert deal_svc.disclosure_summary(engine, sample_workspace.id, first, first) == DisclosureSummary(1, 1, 1)
    assert deal_svc.disclosure_summary(engine, sample_workspace.id, TODAY, TODAY) == DisclosureSummary(0, 0, 0)


# -------------------- GUI


@pytest.fixture(autouse=True)
def c_locale():  # type: ignore[no-untyped-def]
    old = QLocale()
    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(old)


def test_deals_tab_checks_undo_redo(qtbot, qtmodeltester, ui_ctx, sample_workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.ui.dialogs.deal_posts import DisclosureChecksDialog
    from microcomm_desktop.ui.tabs.deals.page import DealsTab

    ui_ctx.workspace = sample_workspace
    ui_ctx.today = TODAY
    tab = DealsTab(ui_ctx)
    qtbot.addWidget(tab)
    tab.set_workspace(sample_workspace.id)
    page = tab.deals
    deal_id = _done_deal(ui_ctx.engine, sample_workspace.id)
    page.select_id(deal_id)
    qtmodeltester.check(page.model)
    assert "2 of 2" in page.detail.text() and "1 not checked" in page.detail.text()
    items = deal_svc.disclosure_checklist(ui_ctx.engine, deal_id)
    third = items[2].post_id
    # The dialog: only changed answers come back, dated today.
    dlg = DisclosureChecksDialog(items, "#ad", TODAY)
    qtbot.addWidget(dlg)
    assert dlg.changes() == {}
    dlg.set_choice(2, False)
    assert dlg.changes() == {third: (False, TODAY)}
    assert "2 of 3 checked" in dlg.summary.text()

    with qtbot.waitSignal(ui_ctx.bus.data_changed):
        assert page.check_disclosures({third: False})
    assert deal_svc.disclosure_checklist(ui_ctx.engine, deal_id)[2].present is False
    assert "2 of 3" in page.detail.text() and "67%" in page.detail.text()
    from microcomm_desktop.ui.models.deal_table_model import COL_DISCLOSURE

    model = page.model
    (row,) = [i for i, r in enumerate(model.rows) if r.id == deal_id]
    assert model.data(model.index(row, COL_DISCLOSURE)) == "2/3 (67%)"
    tab.undo_stack.undo()
    assert deal_svc.disclosure_checklist(ui_ctx.engine, deal_id)[2].present is None
    assert "2 of 2" in page.detail.text()
    tab.undo_stack.redo()
    assert deal_svc.disclosure_checklist(ui_ctx.engine, deal_id)[2].present is False
    # Unchanged answers push nothing.
    count = tab.undo_stack.count()
    assert not page.check_disclosures({third: False})
    assert tab.undo_stack.count() == count
    # The deal report from the tab carries the checklist.
    out = page.export_report(tmp_path / "deal.md")
    assert out is not None
    md = out.read_text(encoding="utf-8")
    assert "2 of 3 checked sponsored post(s) carried the disclosure line (67%)" in md and "NO — missing" in md


# -------------------- CLI and reports


def _cli(data_dir: Path, *args: str) -> int:
    return run_command(parse(["--data-dir", str(data_dir), "deal", *args]))


def test_cli_checks_check_report(capsys, data_dir: Path, app_ctx, sample_workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    deal_id = _done_deal(app_ctx.engine, sample_workspace.id)
    w = ["--workspace", sample_workspace.name, "--deal", str(deal_id)]
    assert _cli(data_dir, "checks", *w, "--json") == 0
    payload = json.loads(capsys.readouterr().out)
    assert [p["present"] for p in payload["posts"]] == [True, True, None]
    assert payload["summary"] == {"linked_posts": 3, "checked": 2, "carried": 2, "share_pct": 100.0}
    third = payload["posts"][2]["post_id"]
    assert _cli(data_dir, "check", *w, "--post", str(third), "--present", "no", "--on", "2026-11-20") == 0
    assert "2 of 3 checked" in capsys.readouterr().out
    assert _cli(data_dir, "check", *w, "--post", "999999", "--present", "yes") == 2
    assert "not linked" in capsys.readouterr().err
    assert _cli(data_dir, "list", "--workspace", sample_workspace.name, "--json") == 0
    rows = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows[deal_id]["disclosure"]["share_pct"] == pytest.approx(66.67)
    pdf = tmp_path / "deal.pdf"
    assert _cli(data_dir, "report", *w, "--out", str(pdf), "--today", "2026-11-25") == 0
    assert pdf.stat().st_size > 2000
    assert _cli(data_dir, "report", *w, "--out", str(tmp_path / "deal.txt")) == 2


def test_sprint_report_carries_the_share(app_ctx, sample_workspace) -> None:  # type: ignore[no-untyped-def]
    engine = app_ctx.engine
    (sprint,) = sprint_svc.list_sprints(engine, sample_workspace.id)
    data = sprint_svc.report_data(engine, sprint.id, TODAY)
    # The sample's sponsored posts are older than its sprint.
    assert "No sponsored posts" in sprint_svc.report_markdown(data)
    # Link two of the sprint's posts to the live deal and spot-check them: one carried the line, one did not.
    (live,) = [r for r in deal_svc.list_deals(engine, sample_workspace.id) if r.status == "live"]
    in_sprint = [
        p.id
        for p in deal_svc.list_linkable_posts(engine, sample_workspace.id)
        if sprint.start_date <= p.local_date <= min(sprint.end_date, TODAY)
    ][:2]
    deal = deal_svc.load_deal(engine, live.id)
    deal.lines[0].post_ids = in_sprint
    deal_svc.save_deal(engine, deal)
    deal_svc.set_disclosure_checks(engine, live.id, {in_sprint[0]: (True, TODAY), in_sprint[1]: (False, TODAY)})
    data = sprint_svc.report_data(engine, sprint.id, TODAY)
    md = sprint_svc.report_markdown(data)
    assert "Sponsored posts published during the sprint: 2" in md
    assert "1 of 2 checked sponsored post(s) carried the disclosure line (50%)" in md
    assert "1 of 2 checked sponsored post(s) carried the disclosure line (50%)" in sprint_svc.report_html(data)
