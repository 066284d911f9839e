"""Polls and Q and A are judged on their own (higher) ER band: declared once, read by settings, colouring,
insights and the help text."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from microcomm_desktop.domain import metrics
from microcomm_desktop.services.posts import ROW_FIELDS
from microcomm_desktop.services.scorecard import benchmarks
from microcomm_desktop.services.settings import DEFAULTS, set_setting
from microcomm_desktop.ui.dialogs.help import HELP_HTML
from microcomm_desktop.ui.models.post_table_model import COL, PostTableModel


@pytest.mark.parametrize(
    ("fmt", "poll"),
    [("Poll", True), ("Sunday Q and A", True), ("story quiz", True), ("Q&A live", True), ("AMA", True),
     ("carousel", False), ("short video", False), ("", False), (None, False), ("qatar travel", False)],
)  # fmt: skip
def test_poll_or_qa_from_format(fmt: str | None, poll: bool) -> None:
    assert metrics.is_poll_or_qa(fmt) is poll
    assert metrics.er_band_key(fmt) == ("er_poll_qa" if poll else "er")


def test_bands_declared_once() -> None:
    poll = metrics.BENCHMARKS["er_poll_qa"]
    assert poll.low > metrics.BENCHMARKS["er"].low and poll.high > metrics.BENCHMARKS["er"].high  # "higher"
    for key, band in metrics.BENCHMARKS.items():
        assert DEFAULTS[f"benchmark.{key}"] == [band.low, band.high]
        assert f"{band.low:g}{metrics.BAND_UNITS[key]} to {band.high:g}{metrics.BAND_UNITS[key]}" in HELP_HTML
        assert metrics.BAND_LABELS[key] in HELP_HTML


def _row(fmt: str, er_pct: float) -> tuple[object, ...]:
    r = dict.fromkeys(ROW_FIELDS)
    r.update(id=1, platform="instagram", label="community", format=fmt, reach=1000, impressions=0, views=0,
             likes=int(er_pct * 10), comments=0, shares=0, saves=0)  # fmt: skip
    return tuple(r[k] for k in ROW_FIELDS)


def test_post_table_colours_polls_on_their_band(qtbot, ui_ctx, workspace) -> None:  # type: ignore[no-untyped-def]
    set_setting(ui_ctx.engine, "benchmark.er_poll_qa", [6.0, 12.0], workspace.id)
    model = PostTableModel()
    model.colors = {"below": "red", "in": "green", "above": "blue"}  # type: ignore[dict-item]
    model.benchmarks = benchmarks(ui_ctx.engine, workspace.id).bands
    model.set_rows([_row("carousel", 5.0), _row("Poll", 5.0)])
    model.rows[1] = (2, *model.rows[1][1:])
    feed, poll = model.index(0, COL["er"]), model.index(1, COL["er"])
    assert model.data(feed, Qt.ItemDataRole.BackgroundRole) == "green"  # 5 % is inside 3–8
    assert model.data(poll, Qt.ItemDataRole.BackgroundRole) == "red"  # below the poll band 6–12
    assert "poll and Q and A band" in model.data(poll, Qt.ItemDataRole.ToolTipRole)
    assert "Benchmark 6–12%" in model.data(poll, Qt.ItemDataRole.ToolTipRole)


def test_insights_format_group_uses_poll_band(qtbot, app_ctx, sample_workspace, today: date) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.services import insights
    from microcomm_desktop.ui.models.insight_table_model import COL_ER, InsightTableModel

    since = date.fromordinal(today.toordinal() - 89)
    res = insights.insights_table(app_ctx.engine, sample_workspace.id, "format", since, today, "all", min_posts=1)
    model = InsightTableModel()
    model.set_result(res, benchmarks(app_ctx.engine, sample_workspace.id).bands)
    keys = [model.rows[i].key for i in range(model.rowCount())]
    qa = keys.index("Q and A")
    tip = model.data(model.index(qa, COL_ER), Qt.ItemDataRole.ToolTipRole)
    band = metrics.BENCHMARKS["er_poll_qa"]
    assert f"Benchmark {band.low:g}–{band.high:g}" in tip and "own, higher ER band" in tip
    other = keys.index("carousel")
    assert f"Benchmark {metrics.BENCHMARKS['er'].low:g}–" in model.data(
        model.index(other, COL_ER), Qt.ItemDataRole.ToolTipRole
    )
