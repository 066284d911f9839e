"""Who carries the community: power-member candidates, fading regulars and concentration warnings (§7).

Everything reads the small per-person-per-day ``EngagerDay`` table and aggregates in SQL, so the lists stay
instant even with a million raw interactions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import and_, func, select
from sqlalchemy.engine import Engine

from microcomm_desktop.domain import metrics
from microcomm_desktop.store.models import Engager, EngagerDay
from microcomm_desktop.store.models.base import table_of
from microcomm_desktop.store.sqlfuncs import days_before

CONCENTRATION_TOP_N = 5
CONCENTRATION_LIMIT_PCT = 50.0
FADING_SILENT_DAYS = 14


@dataclass(frozen=True)
class EngagerRow:
    """One person in the top-engagers or fading-regulars list."""

    engager_id: int
    handle: str
    platform: str
    active_days: int  # distinct days engaged in the window
    interactions: int
    last_seen: date | None
    power_member: bool


def top_engagers(engine: Engine, workspace_id: int, until: date, days: int = 30, limit: int = 15) -> list[EngagerRow]:
    """Power-member candidates: most distinct engagement days in the ``days`` ending ``until``."""
    d = table_of(EngagerDay)
    e = table_of(Engager)
    lo = until - timedelta(days=days - 1)
    active = func.count().label("active")
    q = (
        select(
            e.c.id, e.c.handle, e.c.platform, active, func.sum(d.c.count), func.max(d.c.local_date), e.c.power_member
        )
        .select_from(d.join(e, e.c.id == d.c.engager_id))
        .where(d.c.workspace_id == workspace_id, d.c.local_date >= lo, d.c.local_date <= until)
        .group_by(e.c.id)
        .order_by(active.desc(), func.sum(d.c.count).desc(), e.c.handle)
        .limit(limit)
    )
    with engine.connect() as conn:
        return [EngagerRow(int(r[0]), r[1], r[2], int(r[3]), int(r[4]), r[5], bool(r[6])) for r in conn.execute(q)]


def fading_regulars(
    engine: Engine, workspace_id: int, until: date, silent_days: int = FADING_SILENT_DAYS, limit: int = 15
) -> list[EngagerRow]:
    """People who were returning engagers when they last showed up and have now been silent ``silent_days``+.

    "Returning before" = at least two distinct days in the 30 days ending on their last day; we look back
    90 days so long-gone people do not crowd the list of those still worth a personal nudge.
    """
    d = table_of(EngagerDay)
    e = table_of(Engager)
    last = (
        select(d.c.engager_id, func.max(d.c.local_date).label("last"))
        .where(d.c.workspace_id == workspace_id, d.c.local_date <= until)
        .group_by(d.c.engager_id)
        .subquery()
    )
    cutoff = until - timedelta(days=silent_days)
    oldest = until - timedelta(days=90)
    d2 = d.alias("d2")
    q = (
        select(
            e.c.id,
            e.c.handle,
            e.c.platform,
            func.count().label("active"),
            func.sum(d2.c.count),
            last.c.last,
            e.c.power_member,
        )
        .select_from(
            last.join(e, e.c.id == last.c.engager_id).join(
                d2,
                and_(
                    d2.c.engager_id == last.c.engager_id,
                    d2.c.local_date <= last.c.last,
                    d2.c.local_date > days_before(last.c.last, 30),
                ),
            )
        )
        .where(last.c.last <= cutoff, last.c.last > oldest)
        .group_by(e.c.id, last.c.last)
        .having(func.count() >= 2)
        .order_by(func.count().desc(), last.c.last.desc(), e.c.handle)
        .limit(limit)
    )
    with engine.connect() as conn:
        return [
            EngagerRow(int(r[0]), r[1], r[2], int(r[3]), int(r[4]), _as_date(r[5]), bool(r[6])) for r in conn.execute(q)
        ]


def _as_date(v: object) -> date | None:
    if v is None or isinstance(v, date):
        return v
    return date.fromisoformat(str(v)[:10])


def interaction_concentration(
    engine: Engine, workspace_id: int, until: date, days: int = 30, top_n: int = CONCENTRATION_TOP_N
) -> tuple[float | None, list[str]]:
    """Percent of interactions in the window made by the ``top_n`` most active people, and their handles."""
    d = table_of(EngagerDay)
    e = table_of(Engager)
    lo = until - timedelta(days=days - 1)
    total = func.sum(d.c.count).label("n")
    q = (
        select(e.c.handle, total)
        .select_from(d.join(e, e.c.id == d.c.engager_id))
        .where(d.c.workspace_id == workspace_id, d.c.local_date >= lo, d.c.local_date <= until)
        .group_by(e.c.id)
        .order_by(total.desc())
    )
    with engine.connect() as conn:
        rows = conn.execute(q).all()
    counts = [int(r[1]) for r in rows]
    return metrics.concentration(counts, top_n), [r[0] for r in rows[:top_n]]
