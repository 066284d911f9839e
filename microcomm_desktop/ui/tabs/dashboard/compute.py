"""One Dashboard recomputation: everything the tab shows, from services only (runs in the worker thread)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from microcomm_desktop.services import cohorts as cohort_service
from microcomm_desktop.services import engager_insights, reports
from microcomm_desktop.services.cohorts import Cohort
from microcomm_desktop.services.engager_insights import EngagerRow
from microcomm_desktop.services.reports import Advice
from microcomm_desktop.services.scorecard import Benchmarks, Label, WeekFigures, benchmarks, weekly_scorecard
from microcomm_desktop.services.value_audit import REPORT_TABLES, StoredValuesOutOfRange, out_of_range_message


@dataclass
class DashboardData:
    """One finished recomputation, handed from the worker to the UI thread."""

    generation: int
    figures: list[WeekFigures]
    bench: Benchmarks
    advice: list[Advice]
    cohorts: list[Cohort]
    top: list[EngagerRow]
    fading: list[EngagerRow]


def compute(
    engine: Any, ws_id: int, until: date, weeks: int | None, since: date | None, label: Label, gen: int
) -> DashboardData:
    """Everything the tab shows, from services only (runs in the worker thread)."""
    if problem := out_of_range_message(engine, ws_id, REPORT_TABLES):  # totals over them would be wrong
        raise StoredValuesOutOfRange(problem)
    figures = weekly_scorecard(engine, ws_id, until=until, weeks=weeks, since=since, label=label)
    return DashboardData(
        generation=gen,
        figures=figures,
        bench=benchmarks(engine, ws_id),
        advice=reports.what_to_do_now(engine, ws_id, figures),
        cohorts=cohort_service.cohorts(engine, ws_id, until, weeks=12),
        top=engager_insights.top_engagers(engine, ws_id, until),
        fading=engager_insights.fading_regulars(engine, ws_id, until),
    )


_COLOURS = {"metric": "#c0392b", "warning": "#b9770e", "ok": "#1e8449", "info": "#5d6d7e"}


def advice_html(advice: list[Advice]) -> str:
    """The advice panel's rich text, one paragraph per advice coloured by its kind ("" when there is none)."""
    return "".join(
        f"<p><b style='color:{_COLOURS[a.kind]}'>{'⚠ ' if a.kind == 'warning' else ''}{a.title}</b><br>{a.text}</p>"
        for a in advice
    )
