"""A hand-built workspace for the insights tests (shared by the service, CLI and UI tests)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy.engine import Engine

from microcomm_desktop.services.rollups import rebuild_engager_days
from microcomm_desktop.services.timezones import local_parts, to_utc
from microcomm_desktop.store.db import session_scope
from microcomm_desktop.store.models import (
    Engager,
    Interaction,
    Post,
    PostTheme,
    Prompt,
    Ritual,
    RitualOccurrence,
    Theme,
)


@dataclass
class Built:
    posts: dict[str, int]
    themes: dict[str, int]
    engagers: dict[str, int]


def build(engine: Engine, wid: int, today: date, tz: str = "Europe/Berlin") -> Built:
    d0 = today - timedelta(days=10)
    with session_scope(engine) as s:
        rit = Ritual(workspace_id=wid, name="Tuesday teardown", weekdays="1", active_from=d0)
        s.add(rit)
        s.flush()
        pr_proof = Prompt(workspace_id=wid, ritual_id=rit.id, text="Send a clip", rung="proof")
        pr_con = Prompt(workspace_id=wid, ritual_id=rit.id, text="What hurts? Pick one", rung="constraints")
        s.add_all([pr_proof, pr_con])
        s.flush()
        occ1 = RitualOccurrence(ritual_id=rit.id or 0, local_date=d0, status="run")
        occ2 = RitualOccurrence(
            ritual_id=rit.id or 0, local_date=d0 + timedelta(days=7), status="run", prompt_id=pr_con.id
        )
        s.add_all([occ1, occ2])
        s.flush()
        themes = {n: Theme(workspace_id=wid, name=n) for n in ("hip mobility", "gear")}
        s.add_all(themes.values())
        s.flush()

        def post(key: str, day: date, hour: int, reach: int, comments: int, saves: int, **kw: object) -> Post:
            published = to_utc(datetime.combine(day, time(hour, 0)), tz)
            ld, lm = local_parts(published, tz)
            p = Post(
                workspace_id=wid,
                platform="instagram",
                platform_post_id=key,
                published_at=published,
                local_date=ld,
                local_minute=lm,
                reach=reach,
                impressions=reach * 2,
                comments=comments,
                saves=saves,
                likes=0,
                shares=0,
                title=f"post {key}",
                **kw,
            )  # type: ignore[arg-type]
            s.add(p)
            return p

        posts = {
            "p1": post(
                "p1", d0, 18, 1000, 10, 20, format="carousel", ritual_occurrence_id=occ1.id, prompt_id=pr_proof.id
            ),
            "p2": post("p2", d0 + timedelta(days=7), 18, 500, 10, 5, format="carousel", ritual_occurrence_id=occ2.id),
            "p3": post("p3", d0 + timedelta(days=2), 7, 500, 30, 5, format="short video"),
            "p4": post("p4", d0 + timedelta(days=3), 19, 1000, 5, 10, format=""),
            "p5": post("p5", d0 + timedelta(days=4), 12, 3000, 3, 3, format="carousel", label="reach"),
        }
        s.flush()
        links = [
            ("p1", "hip mobility"),
            ("p2", "hip mobility"),
            ("p3", "hip mobility"),
            ("p3", "gear"),
            ("p4", "gear"),
            ("p5", "hip mobility"),
        ]
        for pk, tn in links:
            s.add(PostTheme(post_id=posts[pk].id or 0, theme_id=themes[tn].id or 0))
        engagers = {h: Engager(workspace_id=wid, handle=h) for h in ("e1", "e2", "e3", "e4")}
        s.add_all(engagers.values())
        s.flush()

        def inter(h: str, pk: str, day: date) -> None:
            when = to_utc(datetime.combine(day, time(20, 0)), tz)
            s.add(
                Interaction(
                    workspace_id=wid,
                    engager_id=engagers[h].id or 0,
                    post_id=posts[pk].id,
                    kind="comment",
                    occurred_at=when,
                    local_date=day,
                )
            )

        inter("e1", "p1", d0)  # e1: two distinct days → returning
        inter("e1", "p4", d0 + timedelta(days=3))
        inter("e2", "p3", d0 + timedelta(days=2))  # e2: twice on one day → not returning
        inter("e2", "p3", d0 + timedelta(days=2))
        inter("e3", "p2", d0 + timedelta(days=7))  # e3: returning
        inter("e3", "p4", d0 + timedelta(days=4))
        inter("e4", "p5", d0 + timedelta(days=4))  # e4: returning, but only on the reach post
        inter("e4", "p5", d0 + timedelta(days=5))
        s.flush()
        rebuild_engager_days(s, wid)
        return Built(
            {k: v.id or 0 for k, v in posts.items()},
            {k: v.id or 0 for k, v in themes.items()},
            {k: v.id or 0 for k, v in engagers.items()},
        )
