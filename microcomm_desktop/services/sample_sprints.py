"""Sample-community rows for the sprints area (called by services.sample inside its transaction).

The core sample writes one sprint from the template with every past week ticked off. Real sprints are messier:
this adds what a team's board looks like after three weeks — one task slipped (overdue), tasks linked to what
they produced, and check-in notes on what worked and what to drop.
"""

from __future__ import annotations

import random
from datetime import date

from sqlmodel import Session, col, select

from microcomm_desktop.domain.sprints import sprint_weeks, week_of
from microcomm_desktop.store.models import Sprint, SprintTask, SprintWeek, Workspace

_LINKS = {
    "Write promise": (
        "document",
        "Documents/run-club/promise.md",
        "Runners / 20-minute mobility / videos + Sunday Q&A",
    ),
    "Draft prompts": ("prompt", "Tuesday teardown prompts", "10 prompts, 4 rungs of the ladder"),
    "Create onboarding": ("post", "https://www.instagram.com/p/sample00003/", "Pinned welcome post"),
    "Run two rituals": ("ritual", "Tuesday teardown", "Also Friday wins"),
    "Feature members": ("post", "https://www.instagram.com/p/sample00012/", "3 member wins in stories"),
    "Add templates": ("document", "Documents/run-club/mobility-checklist.pdf", "Checklist drop"),
}
_NOTES = {
    1: ("Stride teardowns got the most replies", "Broad 'do you like running?' prompt: no replies"),
    2: ("Friday wins: people reply to each other", "Gear polls bring reach, not conversation"),
    3: ("Checklist drop was saved 3x more than videos", "Long captions; keep recaps to 3 fixes"),
}


def extend_sample(session: Session, ws: Workspace, today: date, rng: random.Random) -> None:
    sprint = session.exec(select(Sprint).where(Sprint.workspace_id == ws.id).order_by(col(Sprint.id))).first()
    if sprint is None or sprint.id is None:
        return
    current = week_of(sprint.start_date, today) or 4
    for t in session.exec(select(SprintTask).where(SprintTask.sprint_id == sprint.id)).all():
        if t.title in _LINKS:
            kind, ref, note = _LINKS[t.title]
            t.link_kind, t.link_ref, t.notes = kind, ref, note
        if t.title == "Recruit 5 power members" and t.week_no < current:
            t.done = False  # slipped: 3 of 5 recruited, so it shows as overdue
            t.notes = "3 of 5 so far: Lea, Kai, Rio"
        session.add(t)
    for w in session.exec(select(SprintWeek).where(SprintWeek.sprint_id == sprint.id)).all():
        if w.week_no < current and w.week_no in _NOTES:
            w.notes_worked, w.notes_drop = _NOTES[w.week_no]
            session.add(w)
    last = sprint_weeks(sprint.start_date)[3][1]
    session.add(
        SprintTask(
            sprint_id=sprint.id,
            week_no=4,
            title="Draft month-2 ritual calendar",
            owner="Alex",
            due_date=last,
            notes="Export the ritual calendar (ICS) and pin it",
            position=100,
        )
    )
