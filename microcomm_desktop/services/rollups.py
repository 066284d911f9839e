"""Keep derived tables current after writes (the per-person-per-day rollup behind returning engagers)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, func, insert, select, update
from sqlmodel import Session

from microcomm_desktop.store.models import Engager, EngagerDay, Interaction
from microcomm_desktop.store.models.base import table_of


def rebuild_engager_days(session: Session, workspace_id: int, engager_ids: Iterable[int] | None = None) -> None:
    """Recompute EngagerDay (and first/last seen) for a workspace or for some of its engagers.

    Done in SQL inside the caller's transaction, so an import either lands together with its rollup or not
    at all.
    """
    day = table_of(EngagerDay)
    inter = table_of(Interaction)
    eng = table_of(Engager)
    ids = None if engager_ids is None else sorted(set(engager_ids))
    chunks: list[list[int] | None] = [None] if ids is None else [ids[i : i + 500] for i in range(0, len(ids), 500)]
    for chunk in chunks:
        cond_day = day.c.workspace_id == workspace_id
        cond_int = inter.c.workspace_id == workspace_id
        cond_eng = eng.c.workspace_id == workspace_id
        if chunk is not None:
            cond_day = cond_day & day.c.engager_id.in_(chunk)
            cond_int = cond_int & inter.c.engager_id.in_(chunk)
            cond_eng = cond_eng & eng.c.id.in_(chunk)
        session.execute(delete(day).where(cond_day))
        agg = (
            select(inter.c.engager_id, inter.c.local_date, inter.c.workspace_id, func.count().label("count"))
            .where(cond_int)
            .group_by(inter.c.engager_id, inter.c.local_date, inter.c.workspace_id)
        )
        session.execute(insert(day).from_select(["engager_id", "local_date", "workspace_id", "count"], agg))
        first = select(func.min(day.c.local_date)).where(day.c.engager_id == eng.c.id).scalar_subquery()
        last = select(func.max(day.c.local_date)).where(day.c.engager_id == eng.c.id).scalar_subquery()
        session.execute(update(eng).where(cond_eng).values(first_seen=first, last_seen=last))
