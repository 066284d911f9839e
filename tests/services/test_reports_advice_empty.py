"""An empty week is not a good week: "What to do now" says there is nothing to judge yet."""

from __future__ import annotations

from datetime import date

from microcomm_desktop.services import reports
from microcomm_desktop.services.scorecard import weekly_scorecard


def test_empty_workspace_gets_nothing_to_judge(app_ctx, workspace, today: date) -> None:  # type: ignore[no-untyped-def]
    figs = weekly_scorecard(app_ctx.engine, workspace.id, until=today, weeks=4)
    advice = reports.what_to_do_now(app_ctx.engine, workspace.id, figs)
    assert [a.kind for a in advice] == ["info"]
    assert "Nothing to judge yet" in advice[0].title
