"""Newcomer cohorts: people grouped by the week they first engaged, and how many come back in weeks +1…+4.

Answers "do newcomers come back?" — the question behind returning engagers, asked per arrival week. Computed
with numpy from ``EngagerDay`` (one row per person per day), never from raw interactions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
from sqlalchemy import func, select
from sqlalchemy.engine import Engine

from microcomm_desktop.services.scorecard import week_start_of, workspace_week_start
from microcomm_desktop.store.models import EngagerDay
from microcomm_desktop.store.models.base import table_of

FOLLOW_WEEKS = 4


@dataclass(frozen=True)
class Cohort:
    """``shares[k]`` is the percent of the cohort engaging in week +k+1; ``None`` if that week is not over."""

    week_start: date
    size: int
    retained: tuple[int | None, ...]
    shares: tuple[float | None, ...]


def cohorts(engine: Engine, workspace_id: int, until: date, weeks: int = 12) -> list[Cohort]:
    """The ``weeks`` most recent arrival weeks up to the week holding ``until``, oldest first.

    A person's first week is their first engagement ever (not just in the range), so a regular who was away
    is never counted as a newcomer. Weeks after ``until``'s week are unknown (``None``), not 0 %.
    """
    ws_start = workspace_week_start(engine, workspace_id)
    last_week = week_start_of(until, ws_start)
    first_week = last_week - timedelta(days=7 * (weeks - 1))
    d = table_of(EngagerDay)
    first = (
        select(d.c.engager_id, func.min(d.c.local_date).label("first"))
        .where(d.c.workspace_id == workspace_id, d.c.local_date <= until)
        .group_by(d.c.engager_id)
        .having(func.min(d.c.local_date) >= first_week)
        .subquery()
    )
    horizon = last_week + timedelta(days=7 * FOLLOW_WEEKS + 6)
    q = (
        select(d.c.engager_id, first.c.first, d.c.local_date)
        .select_from(d.join(first, first.c.engager_id == d.c.engager_id))
        .where(d.c.local_date <= min(horizon, until))
    )
    with engine.connect() as conn:
        rows = conn.execute(q).all()
    base = first_week.toordinal()
    if rows:
        person = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
        first_wk = np.fromiter(((r[1].toordinal() - base) // 7 for r in rows), dtype=np.int64, count=len(rows))
        day_wk = np.fromiter(((r[2].toordinal() - base) // 7 for r in rows), dtype=np.int64, count=len(rows))
    else:
        person = first_wk = day_wk = np.zeros(0, dtype=np.int64)
    offset = day_wk - first_wk
    # Distinct (person, offset) pairs, then count per (cohort, offset).
    keep = (offset >= 0) & (offset <= FOLLOW_WEEKS)
    pairs = np.unique(np.stack([person[keep], first_wk[keep], offset[keep]]), axis=1) if keep.any() else None
    table = np.zeros((weeks, FOLLOW_WEEKS + 1), dtype=np.int64)
    if pairs is not None:
        np.add.at(table, (pairs[1], pairs[2]), 1)
    current = (last_week.toordinal() - base) // 7  # index of the week holding `until`
    out: list[Cohort] = []
    for w in range(weeks):
        size = int(table[w, 0])
        retained: list[int | None] = []
        shares: list[float | None] = []
        for k in range(1, FOLLOW_WEEKS + 1):
            # A follow-up week counts once it has started; the week holding `until` is shown as it stands.
            if w + k > current:
                retained.append(None)
                shares.append(None)
            else:
                n = int(table[w, k])
                retained.append(n)
                shares.append(None if size == 0 else n / size * 100.0)
        out.append(Cohort(first_week + timedelta(days=7 * w), size, tuple(retained), tuple(shares)))
    return out
