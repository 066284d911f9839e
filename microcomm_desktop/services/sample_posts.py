"""Sample-community rows for the posts area (called by services.sample inside its transaction).

The core sample already writes 90 days of Instagram posts, engagers and threaded interactions; this adds what
a real log also has: a few notes, a TikTok cross-post and a YouTube video (so the platform filter and
per-platform presets have something to show), and power members' notes.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from sqlalchemy import insert, select, update
from sqlmodel import Session

from microcomm_desktop.services.timezones import local_parts, to_utc
from microcomm_desktop.store.models import Engager, Post, Workspace
from microcomm_desktop.store.models.base import table_of, utcnow


def extend_sample(session: Session, ws: Workspace, today: date, rng: random.Random) -> None:
    assert ws.id is not None
    p = table_of(Post)
    e = table_of(Engager)
    ids = [int(i) for (i,) in session.execute(select(p.c.id).where(p.c.workspace_id == ws.id).order_by(p.c.id))]
    notes = [
        "Best hook this month: a question with two options",
        "Replied to all first 10 comments within 40 min",
        "Low saves: turn this into a checklist next time",
    ]
    for pid, note in zip(ids[-12::4], notes, strict=False):
        session.execute(update(p).where(p.c.id == pid).values(notes=note))
    rows = []
    for n, (platform, fmt, title, days_ago, reach, views) in enumerate(
        [
            ("tiktok", "short video", "Hip opener in 60 seconds", 9, 4200, 58300),
            ("youtube", "video", "The 20-minute mobility routine (full follow-along)", 16, 3100, 15000),
            ("tiktok", "short video", "Pick A or B: which taper week?", 3, 2600, 12400),
        ]
    ):
        instant = to_utc(datetime.combine(today - timedelta(days=days_ago), time(19, 0)), ws.timezone)
        ld, lm = local_parts(instant, ws.timezone)
        rows.append(
            {
                "workspace_id": ws.id,
                "platform": platform,
                "platform_post_id": f"sample-x{n + 1}",
                "link": "",
                "published_at": instant,
                "local_date": ld,
                "local_minute": lm,
                "format": fmt,
                "label": "reach",
                "title": title,
                "reach": reach,
                "impressions": int(reach * 1.6),
                "views": views,
                "likes": int(reach * 0.07),
                "comments": int(reach * 0.006),
                "shares": int(reach * 0.012),
                "saves": int(reach * 0.015),
                "dm_replies": 0,
                "engagements": None,
                "conversions": None,
                "notes": "Cross-post of the Instagram version",
                "created_at": utcnow(),
                "updated_at": utcnow(),
            }
        )
    session.execute(insert(p), rows)
    power = session.execute(
        select(e.c.id).where(e.c.workspace_id == ws.id, e.c.power_member.is_(True)).order_by(e.c.id).limit(3)
    ).all()
    for (eid,), note in zip(
        power, ["Answers form questions", "Runs Friday wins thread", "Shares stride clips"], strict=False
    ):
        session.execute(update(e).where(e.c.id == eid).values(notes=note))
