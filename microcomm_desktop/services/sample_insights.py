"""Sample-community rows for the insights area (called by services.sample inside its transaction).

* Every post that carried a ritual gets the prompt it used (``Post.prompt_id``: the occurrence's prompt when
  one was recorded, else the ritual's prompts in ladder rotation), so the rung ranking shows a real ladder.
* About a fifth of the posts get a second theme, because real posts often carry two.
* Three weeks of the decision log, tied to the metric and week they rest on.

Uses its own seeded generator so adding this module does not shift the random data of other areas.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import insert, select, update
from sqlmodel import Session

from microcomm_desktop.services.decisions import format_metric
from microcomm_desktop.store.models import Decision, Post, PostTheme, Prompt, Ritual, RitualOccurrence, Theme, Workspace
from microcomm_desktop.store.models.base import table_of, utcnow
from microcomm_desktop.store.sqlfuncs import insert_ignore

SEED = 1010


def extend_sample(session: Session, ws: Workspace, today: date, rng: random.Random) -> None:
    own = random.Random(SEED)
    wid = ws.id or 0
    p, o, pr, r = table_of(Post), table_of(RitualOccurrence), table_of(Prompt), table_of(Ritual)

    prompts_by_ritual: dict[int, list[int]] = {}
    for pid, rid in session.execute(
        select(pr.c.id, pr.c.ritual_id)
        .select_from(pr.join(r, r.c.id == pr.c.ritual_id))
        .where(r.c.workspace_id == wid)
        .order_by(pr.c.ritual_id, pr.c.position)
    ):
        prompts_by_ritual.setdefault(int(rid), []).append(int(pid))
    carried = session.execute(
        select(p.c.id, o.c.ritual_id, o.c.prompt_id)
        .select_from(p.join(o, o.c.id == p.c.ritual_occurrence_id))
        .where(p.c.workspace_id == wid, p.c.prompt_id.is_(None))
        .order_by(p.c.local_date)
    ).all()
    turn: dict[int, int] = {}
    for post_id, ritual_id, occ_prompt in carried:
        choices = prompts_by_ritual.get(int(ritual_id), [])
        if occ_prompt is not None:
            chosen: int | None = int(occ_prompt)
        elif choices:
            k = turn.get(int(ritual_id), 0)
            chosen = choices[k % len(choices)]
            turn[int(ritual_id)] = k + 1
        else:
            chosen = None
        if chosen is not None:
            session.execute(update(p).where(p.c.id == post_id).values(prompt_id=chosen))

    t, pt = table_of(Theme), table_of(PostTheme)
    theme_ids = [int(i) for (i,) in session.execute(select(t.c.id).where(t.c.workspace_id == wid).order_by(t.c.id))]
    links = session.execute(
        select(pt.c.post_id, pt.c.theme_id)
        .select_from(pt.join(p, p.c.id == pt.c.post_id))
        .where(p.c.workspace_id == wid)
        .order_by(pt.c.post_id)
    ).all()
    extra = []
    for post_id, theme_id in links:
        if theme_ids and own.random() < 0.2:
            other = own.choice([i for i in theme_ids if i != theme_id] or theme_ids)
            extra.append({"post_id": int(post_id), "theme_id": other})
    if extra:
        session.execute(insert_ignore(session.get_bind().dialect.name, pt), extra)

    week = today - timedelta(days=(today.weekday() - ws.week_start) % 7)
    decisions = [
        (
            3,
            "Dropped the carousel format for gear posts: saves/1k fell 3 weeks in a row.",
            "saves_per_1k",
            "format: carousel",
        ),
        (
            2,
            "Moved Friday wins from 17:00 to 18:30: replies/1k are highest Tuesday and Thursday evenings.",
            "replies_per_1k",
            "best times: Fri 18–21",
        ),
        (
            1,
            "Two more race-prep posts next week: top of the shortlist on replies and saves.",
            "replies_per_1k",
            "theme: race prep",
        ),
    ]
    for weeks_ago, text, metric, subject in decisions:
        session.execute(
            insert(table_of(Decision)).values(
                workspace_id=wid,
                week_start=week - timedelta(days=7 * weeks_ago),
                text=text,
                metric=format_metric(metric, subject),
                created_at=utcnow(),
            )
        )
