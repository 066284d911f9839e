"""Sample-community rows for the promise and rituals areas (called by services.sample inside its transaction).

Adds what the core sample lacks so both tabs show realistic data: the creator's own handle with timed replies
(so the response SLA is *computed* for recent posts), a promise history, prompt uses, a chosen prompt and a
recap on recent occurrences, and a one-off event on the calendar.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import insert
from sqlmodel import Session, col, select

from microcomm_desktop.services.timezones import local_parts
from microcomm_desktop.store.models import (
    CalendarEvent,
    Engager,
    Interaction,
    OwnHandle,
    Post,
    Promise,
    Prompt,
    PromptUse,
    Ritual,
    RitualOccurrence,
    Workspace,
)

OWN_HANDLE = "mobility.runclub"


def extend_sample(session: Session, ws: Workspace, today: date, rng: random.Random) -> None:
    wid = ws.id
    assert wid is not None
    tz = ws.timezone
    # An earlier, vaguer promise: the history shows how it was tightened.
    session.add(
        Promise(
            workspace_id=wid,
            who="people",
            outcome="better running",
            format_text="videos",
            created_at=datetime.combine(today - timedelta(days=95), datetime.min.time(), tzinfo=UTC),
        )
    )
    # The creator's own account: its replies time the SLA and deepen threads, never count as an engager.
    session.add(OwnHandle(workspace_id=wid, platform="", handle=OWN_HANDLE))
    me = Engager(workspace_id=wid, platform="instagram", handle=OWN_HANDLE, first_seen=today - timedelta(days=89))
    session.add(me)
    session.flush()

    # Timed creator replies to the first comments of the last three weeks' posts: mostly fast, some late.
    cutoff = today - timedelta(days=20)
    posts = session.exec(select(Post).where(Post.workspace_id == wid, Post.local_date >= cutoff)).all()
    rows: list[dict[str, object]] = []
    for post in posts:
        comments = session.exec(
            select(Interaction)
            .where(Interaction.post_id == post.id, Interaction.kind == "comment")
            .order_by(col(Interaction.occurred_at), col(Interaction.id))
            .limit(10)
        ).all()
        slow_post = rng.random() < 0.3
        for c in comments:
            if rng.random() < 0.08:
                continue  # never answered
            late = slow_post and rng.random() < 0.5
            when = c.occurred_at + timedelta(minutes=rng.randint(61, 240) if late else rng.randint(2, 55))
            ld, _ = local_parts(when, tz)
            if ld > today:
                continue
            rows.append(
                {
                    "workspace_id": wid,
                    "engager_id": me.id,
                    "post_id": post.id,
                    "kind": "reply",
                    "occurred_at": when,
                    "local_date": ld,
                    "parent_id": c.id,
                    "text": "",
                }
            )
    if rows:
        session.execute(insert(Interaction), rows)
    _sample_dm_conversations(session, wid, tz, today, me.id or 0)

    # Prompt uses and occurrence details: the prompt used and a recap on the last few run occurrences.
    rituals = session.exec(select(Ritual).where(Ritual.workspace_id == wid)).all()
    for rit in rituals:
        prompts = session.exec(select(Prompt).where(Prompt.ritual_id == rit.id).order_by(col(Prompt.position))).all()
        occs = session.exec(
            select(RitualOccurrence)
            .where(RitualOccurrence.ritual_id == rit.id, RitualOccurrence.status == "run")
            .order_by(col(RitualOccurrence.local_date).desc())
            .limit(len(prompts))
        ).all()
        for occ, prompt in zip(occs, prompts, strict=False):
            occ.prompt_id = prompt.id
            occ.recap = f"{rit.name}: {rng.randint(8, 24)} replies; next week we try '{prompt.text[:40]}…'"
            session.add(occ)
            linked = session.exec(select(Post).where(Post.ritual_occurrence_id == occ.id)).first()
            session.add(
                PromptUse(prompt_id=prompt.id or 0, used_on=occ.local_date, post_id=linked.id if linked else None)
            )
    session.add(
        CalendarEvent(
            workspace_id=wid,
            title="Guest live: physio Q and A",
            local_date=today + timedelta(days=(3 - today.weekday()) % 7 + 7),
            time_of_day="19:00",
            duration_minutes=60,
            notes="Bring your knee and hip questions.",
        )
    )


def _sample_dm_conversations(session: Session, wid: int, tz: str, today: date, me: int) -> None:
    """DM back-and-forth: the creator answers most members' DMs, and some members write back.

    Its own random stream, so the rest of the sample (and the tests pinned on it) does not shift.
    """
    rng = random.Random(20261205)
    dms = session.exec(
        select(Interaction)
        .where(Interaction.workspace_id == wid, Interaction.kind == "dm", col(Interaction.parent_id).is_(None))
        .order_by(col(Interaction.id))
    ).all()
    for dm in dms:
        if dm.engager_id == me or rng.random() < 0.2:
            continue  # never answered
        when = dm.occurred_at + timedelta(minutes=rng.randint(15, 900))
        ld, _ = local_parts(when, tz)
        if ld > today:
            continue
        answer = Interaction(
            workspace_id=wid, engager_id=me, post_id=dm.post_id, kind="dm", occurred_at=when, local_date=ld,
            parent_id=dm.id, text="",
        )  # fmt: skip
        session.add(answer)
        session.flush()
        if rng.random() < 0.5:
            back = when + timedelta(minutes=rng.randint(5, 600))
            bld, _ = local_parts(back, tz)
            if bld <= today:
                session.add(
                    Interaction(
                        workspace_id=wid,
                        engager_id=dm.engager_id,
                        post_id=dm.post_id,
                        kind="dm",
                        occurred_at=back,
                        local_date=bld,
                        parent_id=answer.id,
                        text="",
                    )  # fmt: skip
                )
