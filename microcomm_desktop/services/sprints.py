"""Sprint tracker use cases (docs/domain.md §6), shared by the Sprint tab and ``microcomm sprint``.

Every write is one transaction. The weekly check-in figures come from the Dashboard's scorecard service
(``services.scorecard.figures_for_periods``) so the verdict can never disagree with the numbers the Dashboard
shows; this module only decides which weeks count and hands the series to ``domain.sprints.decide``.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Protocol

from sqlalchemy import delete, func, update
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from microcomm_desktop.domain.sprints import (
    NARROW_TASKS,
    SPRINT_TEMPLATE,
    VERDICT_LABELS,
    DecisionResult,
    decide,
    ended_weeks,
    is_overdue,
    next_sprint_start,
    progress,
    sprint_end,
    sprint_weeks,
    week_of,
)
from microcomm_desktop.i18n import active_language, translate
from microcomm_desktop.services.conflicts import EditConflict as EditConflict
from microcomm_desktop.services.conflicts import as_text, check_version
from microcomm_desktop.services.scorecard import Label, figures_for_periods
from microcomm_desktop.store.db import session_scope
from microcomm_desktop.store.models import Sprint, SprintTask, SprintWeek
from microcomm_desktop.store.models.base import table_of

LINK_KINDS: dict[str, str] = {
    "": "(nothing yet)",
    "post": "Post",
    "ritual": "Ritual",
    "prompt": "Prompt set",
    "document": "Document",
}
MAX_TITLE = 200
MAX_NAME = 120
MAX_OWNER = 80
FIGURES_LABEL: Label = "community"  # the verdict judges community posts (docs/domain.md §4: judge a post by its job)


class SprintError(ValueError):
    """A user-facing problem (bad input, a row that no longer exists); the message is shown as is."""


def link_kind_label(key: str) -> str:
    """What a task produced (a stored ``link_kind`` key) as people read it, in the active language."""
    labels = {
        "": translate("services.sprints", "(nothing yet)"),
        "post": translate("services.sprints", "Post"),
        "ritual": translate("services.sprints", "Ritual"),
        "prompt": translate("services.sprints", "Prompt set"),
        "document": translate("services.sprints", "Document"),
    }
    return labels.get(key, key)


def narrow_task_texts() -> list[tuple[int, str]]:
    """``NARROW_TASKS`` as shown in a dialog, in the active language (the tasks a plan stores stay as they are)."""
    texts = [
        translate("services.sprints", "Narrow the topic: pick the one theme with the most replies per 1,000 reach"),
        translate("services.sprints", "Drop one format: keep the two that earned the most replies"),
        translate(
            "services.sprints",
            "Rewrite prompts for the narrowed topic (ask for a number, screenshot, choice or constraint)",
        ),
        translate("services.sprints", "Compare returning engagers and replies per 1,000 reach with last month"),
    ]
    return [(week, text) for (week, _english), text in zip(NARROW_TASKS, texts, strict=True)]


def verdict_label(verdict: str) -> str:
    """The verdict's short name (``VERDICT_LABELS``) in the active language."""
    labels = {
        "continue": translate("services.sprints", "Continue"),
        "narrow": translate("services.sprints", "Narrow"),
        "not_enough_data": translate("services.sprints", "Not enough data"),
    }
    return labels.get(verdict) or VERDICT_LABELS.get(verdict, verdict)  # type: ignore[call-overload]


# ----- read models -------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class SprintInfo:
    id: int
    workspace_id: int
    name: str
    start_date: date
    owners: str
    notes: str
    previous_id: int | None

    @property
    def end_date(self) -> date:
        return sprint_end(self.start_date)


@dataclass(frozen=True, slots=True)
class TaskInfo:
    id: int
    sprint_id: int
    week_no: int
    title: str
    done: bool
    owner: str
    due_date: date | None
    notes: str
    link_kind: str
    link_ref: str
    position: int
    carried_from_id: int | None
    overdue: bool = False
    version: int = 0  # as loaded: edits from the board save against it (team editing, optimistic locking)
    updated_by: str = ""

    def fields(self) -> dict[str, Any]:
        """The editable fields, for undo snapshots."""
        return {
            "title": self.title,
            "owner": self.owner,
            "due_date": self.due_date,
            "notes": self.notes,
            "link_kind": self.link_kind,
            "link_ref": self.link_ref,
            "week_no": self.week_no,
        }


@dataclass(frozen=True, slots=True)
class WeekInfo:
    week_no: int
    first: date
    last: date
    goal: str
    deliverable: str
    notes_worked: str
    notes_drop: str
    tasks: tuple[TaskInfo, ...]
    is_current: bool
    ended: bool

    @property
    def done(self) -> int:
        return sum(1 for t in self.tasks if t.done)

    @property
    def total(self) -> int:
        return len(self.tasks)

    @property
    def progress(self) -> float | None:
        return progress(self.done, self.total)


@dataclass(frozen=True, slots=True)
class Board:
    sprint: SprintInfo
    weeks: tuple[WeekInfo, ...]
    today: date

    @property
    def done(self) -> int:
        return sum(w.done for w in self.weeks)

    @property
    def total(self) -> int:
        return sum(w.total for w in self.weeks)

    @property
    def progress(self) -> float | None:
        return progress(self.done, self.total)

    @property
    def current_week(self) -> int | None:
        return week_of(self.sprint.start_date, self.today)

    @property
    def overdue(self) -> int:
        return sum(1 for w in self.weeks for t in w.tasks if t.overdue)

    def task(self, task_id: int) -> TaskInfo | None:
        for w in self.weeks:
            for t in w.tasks:
                if t.id == task_id:
                    return t
        return None


@dataclass(frozen=True, slots=True)
class WeekDraft:
    """A week as the New-sprint dialog edits it, before anything is written."""

    week_no: int
    goal: str
    deliverable: str
    tasks: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CheckinRow:
    """One sprint week of the check-in: measured figures (``None`` = n/a or not measured yet) and notes."""

    week_no: int
    first: date
    last: date
    ended: bool
    returning_engagers: int | None
    engaged_people: int | None
    returning_share: float | None
    replies_per_1k: float | None
    notes_worked: str
    notes_drop: str


@dataclass(frozen=True, slots=True)
class SprintVerdict:
    result: DecisionResult
    weeks_used: tuple[int, ...]
    rows: tuple[CheckinRow, ...]
    figures_error: str | None = None

    @property
    def label(self) -> str:
        return verdict_label(self.result.verdict)


@dataclass(slots=True)
class TaskSnapshot:
    """Everything needed to put a deleted task back exactly (undo of delete)."""

    id: int
    sprint_id: int
    values: dict[str, Any] = field(default_factory=dict)


# ----- figures from the Dashboard --------------------------------------------------------------------------
class WeekFiguresLike(Protocol):
    week_start: date
    week_end: date
    returning_engagers: int | None
    engaged_people: int | None
    returning_share: float | None
    replies_per_1k: float | None


FiguresFn = Callable[[Engine, int, Sequence[tuple[date, date]]], Sequence[Any]]


def dashboard_figures(engine: Engine, workspace_id: int, periods: Sequence[tuple[date, date]]) -> Sequence[Any]:
    """The Dashboard's weekly figures for community posts; the one source of truth for the verdict."""
    return figures_for_periods(engine, workspace_id, periods, label=FIGURES_LABEL)


# ----- helpers -----------------------------------------------------------------------------------------------
def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def _sprint_info(sp: Sprint) -> SprintInfo:
    assert sp.id is not None
    return SprintInfo(sp.id, sp.workspace_id, sp.name, sp.start_date, sp.owners, sp.notes, sp.previous_id)


def _task_info(t: SprintTask, today: date | None = None) -> TaskInfo:
    assert t.id is not None
    return TaskInfo(
        id=t.id,
        sprint_id=t.sprint_id,
        week_no=t.week_no,
        title=t.title,
        done=bool(t.done),
        owner=t.owner,
        due_date=t.due_date,
        notes=t.notes,
        link_kind=t.link_kind,
        link_ref=t.link_ref,
        position=t.position,
        carried_from_id=t.carried_from_id,
        overdue=is_overdue(t.due_date, bool(t.done), today) if today is not None else False,
        version=int(t.version or 0),
        updated_by=t.updated_by or "",
    )


TASK_LABELS: dict[str, str] = {
    "title": "Title",
    "owner": "Owner",
    "due_date": "Due date",
    "notes": "Notes",
    "link_kind": "Link kind",
    "link_ref": "Link",
    "week_no": "Week",
    "done": "Done",
}


def task_form_text(task: TaskInfo) -> dict[str, str]:
    """A task as the conflict dialog shows it (field → text), with its ``version`` and ``updated_by``."""
    out = {k: as_text(v) for k, v in task.fields().items()}
    out["done"] = as_text(task.done)
    out["version"] = str(task.version)
    out["updated_by"] = task.updated_by
    return out


def _check_task(s: Session, task_id: int, expected_version: int | None) -> None:
    """Refuse a task write made from an older version (``EditConflict`` with the task as stored now)."""
    check_version(
        s,
        table_of(SprintTask),
        task_id,
        expected_version,
        "task",
        lambda: task_form_text(_task_info(_get_task(s, task_id))),
    )


def _get_sprint(s: Session, sprint_id: int) -> Sprint:
    sp = s.get(Sprint, sprint_id)
    if sp is None:
        raise SprintError(translate("services.sprints", "That sprint no longer exists."))
    return sp


def _get_task(s: Session, task_id: int) -> SprintTask:
    t = s.get(SprintTask, task_id)
    if t is None:
        raise SprintError(translate("services.sprints", "That task no longer exists (it may have been deleted)."))
    return t


def validate_name(name: str) -> str:
    cleaned = _clean(name)
    if not cleaned:
        raise SprintError(
            translate("services.sprints", "Give the sprint a name, e.g. “Month 2: narrow to hip mobility”.")
        )
    if len(cleaned) > MAX_NAME:
        raise SprintError(
            translate("services.sprints", "Keep the sprint name under {limit} characters (it has {length}).").format(
                limit=MAX_NAME, length=len(cleaned)
            )
        )
    return cleaned


def validate_task_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """Check and normalise task fields; raises ``SprintError`` naming the field, so the UI can show it there."""
    out = dict(fields)
    if "title" in out:
        title = _clean(out["title"])
        if not title:
            raise SprintError(
                translate("services.sprints", "Title: a task needs a short title, e.g. “Draft 10 prompts”.")
            )
        if len(title) > MAX_TITLE:
            raise SprintError(
                translate("services.sprints", "Title: keep it under {limit} characters (it has {length}).").format(
                    limit=MAX_TITLE, length=len(title)
                )
            )
        out["title"] = title
    if "owner" in out:
        owner = _clean(out["owner"])
        if len(owner) > MAX_OWNER:
            raise SprintError(
                translate("services.sprints", "Owner: keep it under {limit} characters.").format(limit=MAX_OWNER)
            )
        out["owner"] = owner
    if "week_no" in out and out["week_no"] not in (1, 2, 3, 4):
        raise SprintError(translate("services.sprints", "Week: a sprint has weeks 1 to 4."))
    if "due_date" in out and out["due_date"] is not None and not isinstance(out["due_date"], date):
        raise SprintError(translate("services.sprints", "Due date: not a date."))
    if "link_kind" in out:
        if out["link_kind"] not in LINK_KINDS:
            raise SprintError(translate("services.sprints", "Link: pick post, ritual, prompt set or document."))
        out["link_ref"] = (out.get("link_ref") or "").strip()
        if out["link_kind"] and not out["link_ref"]:
            raise SprintError(
                translate(
                    "services.sprints",
                    "Link: say what the task produced (a post link, ritual name, prompt set or file path).",
                )
            )
        if not out["link_kind"] and out["link_ref"]:
            raise SprintError(translate("services.sprints", "Link: pick what kind of thing the link points to."))
    if "notes" in out:
        out["notes"] = (out["notes"] or "").strip()
    return out


# ----- sprints -----------------------------------------------------------------------------------------------
def list_sprints(engine: Engine, workspace_id: int) -> list[SprintInfo]:
    with session_scope(engine) as s:
        rows = s.exec(
            select(Sprint).where(Sprint.workspace_id == workspace_id).order_by(col(Sprint.start_date), col(Sprint.id))
        ).all()
        return [_sprint_info(r) for r in rows]


def get_sprint(engine: Engine, sprint_id: int) -> SprintInfo:
    with session_scope(engine) as s:
        return _sprint_info(_get_sprint(s, sprint_id))


def current_sprint_id(engine: Engine, workspace_id: int, today: date) -> int | None:
    """The sprint running today; else the latest one already started; else the next one planned."""
    sprints = list_sprints(engine, workspace_id)
    running = [sp for sp in sprints if sp.start_date <= today <= sp.end_date]
    if running:
        return running[-1].id
    past = [sp for sp in sprints if sp.start_date <= today]
    if past:
        return past[-1].id
    return sprints[0].id if sprints else None


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]  # not str.capitalize(): it would turn "KPIs" into "kpis"


def template_drafts() -> list[WeekDraft]:
    """The docs/domain.md §6 template with sentence-case text, ready for the user to edit, in the active language:
    it pre-fills the new-sprint form, and what the user keeps is their own text from then on."""
    own = _template_texts()

    def say(text: str) -> str:
        return own.get(_sentence(text), _sentence(text))

    return [WeekDraft(w.week, say(w.goal), say(w.deliverable), tuple(say(t) for t in w.tasks)) for w in SPRINT_TEMPLATE]


def _template_texts() -> dict[str, str]:
    """The template's sentences (as ``_sentence`` writes them) in the active language."""
    return {
        "Set foundations": translate("services.sprints", "Set foundations"),
        "Write promise": translate("services.sprints", "Write promise"),
        "Pick home": translate("services.sprints", "Pick home"),
        "Create onboarding": translate("services.sprints", "Create onboarding"),
        "Draft prompts": translate("services.sprints", "Draft prompts"),
        "Pinned welcome + 10 prompts + ritual schedule": translate(
            "services.sprints", "Pinned welcome + 10 prompts + ritual schedule"
        ),
        "Trigger participation": translate("services.sprints", "Trigger participation"),
        "Run two rituals": translate("services.sprints", "Run two rituals"),
        "Reply fast": translate("services.sprints", "Reply fast"),
        "Feature members": translate("services.sprints", "Feature members"),
        "2 recap posts + member highlights": translate("services.sprints", "2 recap posts + member highlights"),
        "Improve signal quality": translate("services.sprints", "Improve signal quality"),
        "Refine topics": translate("services.sprints", "Refine topics"),
        "Add templates": translate("services.sprints", "Add templates"),
        "Recruit 5 power members": translate("services.sprints", "Recruit 5 power members"),
        "Template drop + power member list": translate("services.sprints", "Template drop + power member list"),
        "Make it repeatable": translate("services.sprints", "Make it repeatable"),
        "Document playbook": translate("services.sprints", "Document playbook"),
        "Set KPIs": translate("services.sprints", "Set KPIs"),
        "Plan next month": translate("services.sprints", "Plan next month"),
        "30-day report + next-month calendar": translate("services.sprints", "30-day report + next-month calendar"),
    }


def drafts_from_sprint(engine: Engine, sprint_id: int) -> list[WeekDraft]:
    """A copy of an earlier sprint's weeks and task titles (state, owners and dates are not copied)."""
    board = load_board(engine, sprint_id, date.min)
    return [WeekDraft(w.week_no, w.goal, w.deliverable, tuple(t.title for t in w.tasks)) for w in board.weeks]


def _write_weeks(s: Session, sprint_id: int, start: date, weeks: Sequence[WeekDraft], owner: str = "") -> None:
    bounds = sprint_weeks(start)
    pos = 0
    for wd in sorted(weeks, key=lambda w: w.week_no):
        s.add(
            SprintWeek(
                sprint_id=sprint_id, week_no=wd.week_no, goal=_clean(wd.goal), deliverable=_clean(wd.deliverable)
            )
        )
        for title in wd.tasks:
            if not _clean(title):
                continue  # an empty line in the editor is not a task
            fields = validate_task_fields({"title": title})
            s.add(
                SprintTask(
                    sprint_id=sprint_id,
                    week_no=wd.week_no,
                    title=fields["title"],
                    owner=owner,
                    due_date=bounds[wd.week_no - 1][1],
                    position=pos,
                )
            )
            pos += 1


def create_sprint(
    engine: Engine,
    workspace_id: int,
    name: str,
    start: date,
    owners: str = "",
    weeks: Sequence[WeekDraft] | None = None,
    previous_id: int | None = None,
) -> SprintInfo:
    """Create a 30-day sprint with four weeks (from ``weeks`` or the template); tasks are due on their week's
    last day so "overdue" means something from the first day."""
    cleaned = validate_name(name)
    drafts = list(weeks) if weeks is not None else template_drafts()
    if sorted(w.week_no for w in drafts) != [1, 2, 3, 4]:
        raise SprintError(translate("services.sprints", "A sprint has exactly four weeks (1 to 4)."))
    with session_scope(engine) as s:
        sp = Sprint(
            workspace_id=workspace_id, name=cleaned, start_date=start, owners=_clean(owners), previous_id=previous_id
        )
        s.add(sp)
        s.flush()
        assert sp.id is not None
        _write_weeks(s, sp.id, start, drafts)
        return _sprint_info(sp)


def update_sprint(engine: Engine, sprint_id: int, **fields: Any) -> SprintInfo:
    with session_scope(engine) as s:
        sp = _get_sprint(s, sprint_id)
        if "name" in fields:
            sp.name = validate_name(str(fields["name"]))
        if "owners" in fields:
            sp.owners = _clean(fields["owners"])
        if "notes" in fields:
            sp.notes = str(fields["notes"] or "").strip()
        if "start_date" in fields:
            sp.start_date = fields["start_date"]
        s.add(sp)
        return _sprint_info(sp)


def delete_sprint(engine: Engine, sprint_id: int) -> None:
    """Delete a sprint with its weeks and tasks (Core deletes in one transaction; carried copies in a later
    sprint stay and simply lose their link)."""
    tasks, weeks, sprints = table_of(SprintTask), table_of(SprintWeek), table_of(Sprint)
    with session_scope(engine) as s:
        _get_sprint(s, sprint_id)
        own = select(tasks.c.id).where(tasks.c.sprint_id == sprint_id)
        s.execute(update(tasks).where(tasks.c.carried_from_id.in_(own)).values(carried_from_id=None))
        s.execute(update(sprints).where(sprints.c.previous_id == sprint_id).values(previous_id=None))
        s.execute(delete(tasks).where(tasks.c.sprint_id == sprint_id))
        s.execute(delete(weeks).where(weeks.c.sprint_id == sprint_id))
        s.execute(delete(sprints).where(sprints.c.id == sprint_id))


# ----- board -------------------------------------------------------------------------------------------------
def load_board(engine: Engine, sprint_id: int, today: date) -> Board:
    with session_scope(engine) as s:
        sp = _get_sprint(s, sprint_id)
        info = _sprint_info(sp)
        weeks = {w.week_no: w for w in s.exec(select(SprintWeek).where(SprintWeek.sprint_id == sprint_id)).all()}
        tasks = s.exec(
            select(SprintTask)
            .where(SprintTask.sprint_id == sprint_id)
            .order_by(col(SprintTask.week_no), col(SprintTask.position), col(SprintTask.id))
        ).all()
        current = week_of(info.start_date, today)
        ended = set(ended_weeks(info.start_date, today))
        out: list[WeekInfo] = []
        for no, (first, last) in enumerate(sprint_weeks(info.start_date), start=1):
            w = weeks.get(no)
            out.append(
                WeekInfo(
                    week_no=no,
                    first=first,
                    last=last,
                    goal=w.goal if w else "",
                    deliverable=w.deliverable if w else "",
                    notes_worked=w.notes_worked if w else "",
                    notes_drop=w.notes_drop if w else "",
                    tasks=tuple(_task_info(t, today) for t in tasks if t.week_no == no),
                    is_current=current == no,
                    ended=no in ended,
                )
            )
        return Board(info, tuple(out), today)


def update_week(engine: Engine, sprint_id: int, week_no: int, **fields: str) -> dict[str, str]:
    """Edit a week's goal, deliverable or check-in notes; returns the previous values (for undo)."""
    allowed = {"goal", "deliverable", "notes_worked", "notes_drop"}
    unknown = set(fields) - allowed
    if unknown:
        raise SprintError(f"Unknown week field(s): {', '.join(sorted(unknown))}")
    if week_no not in (1, 2, 3, 4):
        raise SprintError(translate("services.sprints", "Week: a sprint has weeks 1 to 4."))
    with session_scope(engine) as s:
        _get_sprint(s, sprint_id)
        w = s.exec(select(SprintWeek).where(SprintWeek.sprint_id == sprint_id, SprintWeek.week_no == week_no)).first()
        if w is None:
            w = SprintWeek(sprint_id=sprint_id, week_no=week_no)
        old = {k: str(getattr(w, k) or "") for k in fields}
        for k, v in fields.items():
            setattr(w, k, (v or "").strip())
        s.add(w)
        return old


def _next_position(s: Session, sprint_id: int) -> int:
    mx = s.exec(select(func.max(SprintTask.position)).where(SprintTask.sprint_id == sprint_id)).one()
    return int(mx or 0) + 1


def add_task(engine: Engine, sprint_id: int, week_no: int, title: str, **fields: Any) -> TaskInfo:
    values = validate_task_fields({"title": title, "week_no": week_no, **fields})
    with session_scope(engine) as s:
        sp = _get_sprint(s, sprint_id)
        if "due_date" not in values:
            values["due_date"] = sprint_weeks(sp.start_date)[week_no - 1][1]
        t = SprintTask(sprint_id=sprint_id, position=_next_position(s, sprint_id), **values)
        s.add(t)
        s.flush()
        return _task_info(t)


def update_task(engine: Engine, task_id: int, expected_version: int | None = None, **fields: Any) -> TaskInfo:
    """Edit task fields; returns the task as it was before (the undo command keeps it).

    ``expected_version`` (the version the edit was opened at) refuses the edit with ``EditConflict`` when
    another member saved the task since; undo and redo pass none and apply to whatever is stored."""
    values = validate_task_fields(fields)
    if "link_ref" in values and "link_kind" not in values:
        raise SprintError(translate("services.sprints", "Link: set the kind and the reference together."))
    with session_scope(engine) as s:
        _check_task(s, task_id, expected_version)
        t = _get_task(s, task_id)
        before = _task_info(t)
        for k, v in values.items():
            setattr(t, k, v)
        s.add(t)
        return before


def check_task_version(engine: Engine, task_id: int, expected_version: int | None) -> None:
    """Raise ``EditConflict`` now when the task changed since ``expected_version`` (reads only), so an edit
    made of two undoable steps (fields, then a move) can ask before it starts; each step still checks."""
    with session_scope(engine) as s:
        _check_task(s, task_id, expected_version)


def set_done(engine: Engine, task_id: int, done: bool, expected_version: int | None = None) -> bool:
    """Tick or untick a task; returns the previous state (``expected_version``: as for ``update_task``)."""
    with session_scope(engine) as s:
        _check_task(s, task_id, expected_version)
        t = _get_task(s, task_id)
        before = bool(t.done)
        t.done = bool(done)
        s.add(t)
        return before


def move_task(
    engine: Engine, task_id: int, week_no: int, index: int | None = None, expected_version: int | None = None
) -> tuple[int, int]:
    """Move a task to ``week_no`` at ``index`` (end when ``None``); returns its previous (week, index) for undo.

    Positions of the destination week are renumbered so the order the user sees is the order stored. Only the
    moved task's version is bumped (and checked against ``expected_version``): renumbering the others is not an
    edit of theirs, so it must not make another member's open edit of them look stale.
    """
    if week_no not in (1, 2, 3, 4):
        raise SprintError(translate("services.sprints", "Week: a sprint has weeks 1 to 4."))
    with session_scope(engine) as s:
        _check_task(s, task_id, expected_version)
        t = _get_task(s, task_id)
        siblings = list(
            s.exec(
                select(SprintTask)
                .where(SprintTask.sprint_id == t.sprint_id)
                .order_by(col(SprintTask.week_no), col(SprintTask.position), col(SprintTask.id))
            ).all()
        )
        old_week = t.week_no
        old_index = [x.id for x in siblings if x.week_no == old_week].index(t.id)
        dest = [x for x in siblings if x.week_no == week_no and x.id != t.id]
        idx = len(dest) if index is None else max(0, min(index, len(dest)))
        dest.insert(idx, t)
        order = [x for x in siblings if x.week_no < week_no and x.id != t.id]
        order += dest
        order += [x for x in siblings if x.week_no > week_no and x.id != t.id]
        tt = table_of(SprintTask)
        new_position = t.position
        for pos, x in enumerate(order):
            if x.id == t.id:
                new_position = pos
            elif x.position != pos:
                s.execute(
                    update(tt)
                    .where(tt.c.id == x.id)
                    .values(position=pos, version=tt.c.version, updated_by=tt.c.updated_by)
                )
        # The moved task last and in one UPDATE (an earlier change would be autoflushed: two version bumps).
        t.week_no, t.position = week_no, new_position
        s.add(t)
        return old_week, old_index


def delete_task(engine: Engine, task_id: int) -> TaskSnapshot:
    with session_scope(engine) as s:
        t = _get_task(s, task_id)
        snap = TaskSnapshot(
            id=task_id,
            sprint_id=t.sprint_id,
            values={k: getattr(t, k) for k in SprintTask.model_fields if k not in ("id", "sprint_id")},
        )
        for child in s.exec(select(SprintTask).where(SprintTask.carried_from_id == task_id)).all():
            child.carried_from_id = None
            s.add(child)
        s.delete(t)
        return snap


def restore_task(engine: Engine, snap: TaskSnapshot) -> int:
    """Put a deleted task back with its old id when that id is still free (so earlier undo steps still apply)."""
    with session_scope(engine) as s:
        _get_sprint(s, snap.sprint_id)
        values = dict(snap.values)
        if values.get("carried_from_id") is not None and s.get(SprintTask, values["carried_from_id"]) is None:
            values["carried_from_id"] = None
        task_id: int | None = snap.id if s.get(SprintTask, snap.id) is None else None
        t = SprintTask(id=task_id, sprint_id=snap.sprint_id, **values)
        s.add(t)
        s.flush()
        assert t.id is not None
        return t.id


# ----- check-in and verdict ----------------------------------------------------------------------------------
def checkin(
    engine: Engine, sprint_id: int, today: date, figures: FiguresFn | None = None
) -> tuple[list[CheckinRow], str | None]:
    """Per-week figures from the Dashboard for weeks that have ended, plus the notes; and an error text when
    the figures could not be computed (the rows then carry notes only)."""
    board = load_board(engine, sprint_id, today)
    done_weeks = [w for w in board.weeks if w.ended]
    measured: dict[int, Any] = {}
    error: str | None = None
    if done_weeks:
        try:
            got = (figures or dashboard_figures)(
                engine, board.sprint.workspace_id, [(w.first, w.last) for w in done_weeks]
            )
            measured = {w.week_no: f for w, f in zip(done_weeks, got, strict=False)}
        except Exception as exc:  # a figure that cannot be computed must not hide the board
            error = f"Weekly figures could not be computed: {exc}"
    rows: list[CheckinRow] = []
    for w in board.weeks:
        f = measured.get(w.week_no)
        rows.append(
            CheckinRow(
                week_no=w.week_no,
                first=w.first,
                last=w.last,
                ended=w.ended,
                returning_engagers=getattr(f, "returning_engagers", None),
                engaged_people=getattr(f, "engaged_people", None),
                returning_share=_float_or_none(getattr(f, "returning_share", None)),
                replies_per_1k=_float_or_none(getattr(f, "replies_per_1k", None)),
                notes_worked=w.notes_worked,
                notes_drop=w.notes_drop,
            )
        )
    return rows, error


def _float_or_none(v: Any) -> float | None:
    return None if v is None else float(v)


def sprint_verdict(engine: Engine, sprint_id: int, today: date, figures: FiguresFn | None = None) -> SprintVerdict:
    """The decision rule over the weeks that have ended (returning share in percent and replies per 1,000).

    Returning *share* rather than count is judged, so a month that simply reached more people does not pass
    for a month where more of them came back; the count is shown beside it.
    """
    rows, error = checkin(engine, sprint_id, today, figures)
    ended = [r for r in rows if r.ended]
    result = decide([r.returning_share for r in ended], [r.replies_per_1k for r in ended])
    if error and result.verdict == "not_enough_data":
        result = DecisionResult(
            "not_enough_data",
            error,
            result.returning_used,
            result.replies_used,
            result.returning_deltas,
            result.replies_deltas,
        )
    return SprintVerdict(result, tuple(r.week_no for r in ended[-3:]), tuple(rows), error)


# ----- plan next month ---------------------------------------------------------------------------------------
def unfinished_tasks(engine: Engine, sprint_id: int) -> list[TaskInfo]:
    board = load_board(engine, sprint_id, date.min)
    return [t for w in board.weeks for t in w.tasks if not t.done]


def plan_next_month(
    engine: Engine,
    sprint_id: int,
    carry_task_ids: Sequence[int],
    name: str | None = None,
    owners: str | None = None,
    add_narrowing: bool = False,
    weeks: Sequence[WeekDraft] | None = None,
) -> SprintInfo:
    """Create the next sprint starting the day after this one ends, carrying the picked unfinished tasks into
    its week 1 (they are late already) and, after a "narrow" verdict, the narrowing tasks."""
    prev = get_sprint(engine, sprint_id)
    start = next_sprint_start(prev.start_date)
    with session_scope(engine) as s:
        clash = s.exec(
            select(Sprint).where(Sprint.workspace_id == prev.workspace_id, Sprint.previous_id == sprint_id)
        ).first()
        if clash is not None:
            raise SprintError(
                translate("services.sprints", "The next month is already planned: “{name}” starts {day}.").format(
                    name=clash.name,
                    day=clash.start_date.isoformat() if active_language() != "en" else f"{clash.start_date:%d %b %Y}",
                )
            )
    drafts = list(weeks) if weeks is not None else template_drafts()
    if add_narrowing:
        extra: dict[int, list[str]] = {}
        for wk, title in NARROW_TASKS:
            extra.setdefault(wk, []).append(title)
        drafts = [
            WeekDraft(d.week_no, d.goal, d.deliverable, tuple(extra.get(d.week_no, [])) + d.tasks) for d in drafts
        ]
    new_name = name if name is not None else next_name(prev.name)
    new = create_sprint(
        engine,
        prev.workspace_id,
        new_name,
        start,
        owners if owners is not None else prev.owners,
        drafts,
        previous_id=sprint_id,
    )
    week1_end = sprint_weeks(start)[0][1]
    with session_scope(engine) as s:
        pos = _next_position(s, new.id)
        picked = set(carry_task_ids)
        for t in s.exec(
            select(SprintTask).where(SprintTask.sprint_id == sprint_id).order_by(col(SprintTask.position))
        ).all():
            if t.id not in picked or t.done:
                continue
            s.add(
                SprintTask(
                    sprint_id=new.id,
                    week_no=1,
                    title=t.title,
                    owner=t.owner,
                    due_date=week1_end,
                    notes=t.notes,
                    link_kind=t.link_kind,
                    link_ref=t.link_ref,
                    position=pos,
                    carried_from_id=t.id,
                )
            )
            pos += 1
    return new


def next_name(name: str) -> str:
    """ "Month 1: foundations" → "Month 2"; anything else → "<name> (next month)"."""
    import re

    m = re.match(r"\s*month\s+(\d+)", name, re.IGNORECASE)
    if m:
        return f"Month {int(m.group(1)) + 1}"
    return f"{name} (next month)"[:MAX_NAME]


# ----- report ------------------------------------------------------------------------------------------------
def fmt(v: float | int | None, decimals: int = 1, suffix: str = "") -> str:
    """Figures as shown everywhere in the tab: a missing or undefined value is "n/a", never 0. English as always;
    other languages group and separate digits their way (12.345,6 in German)."""
    if v is None:
        return translate("services.sprints", "n/a")
    lang = active_language()
    if lang != "en":
        from microcomm_desktop.domain.formatting import format_decimal, format_integer

        return (format_integer(v, lang) if isinstance(v, int) else format_decimal(v, decimals, lang)) + suffix
    if isinstance(v, int):
        return f"{v:,}{suffix}"
    return f"{v:,.{decimals}f}{suffix}"


def fmt_delta(v: float) -> str:
    lang = active_language()
    if lang != "en":
        from microcomm_desktop.domain.formatting import format_decimal

        return ("-" if v < 0 else "+") + format_decimal(abs(v), 1, lang)
    return f"{v:+.1f}"


def verdict_numbers(v: SprintVerdict) -> list[str]:
    """The exact week-over-week numbers the verdict used, one line per metric."""
    r = v.result
    weeks = " → ".join(translate("services.sprints", "W{number}").format(number=n) for n in v.weeks_used) or translate(
        "services.sprints", "no ended weeks"
    )
    lines = [translate("services.sprints", "Weeks used: {weeks}").format(weeks=weeks)]

    def changes(deltas: tuple[float, ...]) -> str:
        if not deltas:
            return ""
        return " " + translate("services.sprints", "(changes {deltas})").format(
            deltas=(", " if active_language() == "en" else "; ").join(fmt_delta(d) for d in deltas)
        )

    lines.append(
        translate("services.sprints", "Returning share: {values}").format(
            values=" → ".join(fmt(x, suffix=" %") for x in r.returning_used)
        )
        + changes(r.returning_deltas)
    )
    lines.append(
        translate("services.sprints", "Replies per 1,000 reach: {values}").format(
            values=" → ".join(fmt(x) for x in r.replies_used)
        )
        + changes(r.replies_deltas)
    )
    return lines


def next_steps(v: SprintVerdict, open_tasks: Sequence[TaskInfo]) -> list[str]:
    steps: list[str] = []
    if v.result.verdict == "continue":
        steps.append(
            translate("services.sprints", "Run the same rituals for another month (Plan next month, template as is).")
        )
    elif v.result.verdict == "narrow":
        steps += [title for _wk, title in narrow_task_texts()]
    else:
        steps.append(
            translate(
                "services.sprints", "Keep logging posts and interactions every week; the rule needs three ended weeks."
            )
        )
    for t in open_tasks:
        if t.owner:
            carry = translate("services.sprints", "Carry over: {title} (week {number}, {owner})")
        else:
            carry = translate("services.sprints", "Carry over: {title} (week {number})")
        steps.append(carry.format(title=t.title, number=t.week_no, owner=t.owner))
    return steps


@dataclass(frozen=True, slots=True)
class ReportData:
    board: Board
    verdict: SprintVerdict
    generated: date
    disclosure: Any = None  # deals.DisclosureSummary of the sponsored posts published during the sprint


def report_data(engine: Engine, sprint_id: int, today: date, figures: FiguresFn | None = None) -> ReportData:
    from microcomm_desktop.services.deals import disclosure_summary

    board = load_board(engine, sprint_id, today)
    sp = board.sprint
    disclosure = disclosure_summary(engine, sp.workspace_id, sp.start_date, sp.end_date)
    return ReportData(board, sprint_verdict(engine, sprint_id, today, figures), today, disclosure)


def disclosure_line(data: ReportData) -> str:
    """The report's sentence on disclosure spot-checks of the sprint's sponsored posts."""
    d = data.disclosure
    if d is None or d.linked == 0:
        return translate(
            "services.sprints", "No sponsored posts (posts linked to a deal) were published during the sprint."
        )
    return translate(
        "services.sprints", "Sponsored posts published during the sprint: {count}. Disclosure spot-checks: {checks}."
    ).format(count=d.linked, checks=d.sentence())


def _report_words() -> dict[str, str]:
    """The report's headings and labels in the active language (the Markdown and the PDF say the same)."""
    return {
        "title": translate("services.sprints", "Sprint report: {name}"),
        "owners": translate("services.sprints", "Owners: {owners}"),
        "progress": translate("services.sprints", "Progress: {done}/{total} tasks ({percent})"),
        "generated": translate("services.sprints", "Generated {day}"),
        "goals": translate("services.sprints", "Goals and deliverables"),
        "week": translate("services.sprints", "Week"),
        "dates": translate("services.sprints", "Dates"),
        "goal": translate("services.sprints", "Goal"),
        "deliverable": translate("services.sprints", "Deliverable"),
        "done": translate("services.sprints", "Done"),
        "tasks": translate("services.sprints", "Tasks"),
        "done_tasks": translate("services.sprints", "Deliverables and tasks done"),
        "week_goal": translate("services.sprints", "Week {number}: {goal}"),
        "no_goal": translate("services.sprints", "(no goal)"),
        "no_tasks": translate("services.sprints", "(no tasks)"),
        "metrics": translate("services.sprints", "Metrics per week (community posts)"),
        "returning": translate("services.sprints", "Returning engagers"),
        "share": translate("services.sprints", "Returning share"),
        "engaged": translate("services.sprints", "Engaged people"),
        "replies": translate("services.sprints", "Replies per 1,000 reach"),
        "worked": translate("services.sprints", "What worked"),
        "drop": translate("services.sprints", "What to drop"),
        "not_ended": translate("services.sprints", "not ended"),
        "disclosure": translate("services.sprints", "Sponsored posts: disclosure"),
        "verdict": translate("services.sprints", "Verdict"),
        "verdict_of": translate("services.sprints", "Verdict: {verdict}"),
        "next": translate("services.sprints", "Next steps"),
    }


def _report_date(d: date, year: bool = True) -> str:
    """ "05 Jan 2027" in English as always; the language's month abbreviation (CLDR) elsewhere."""
    lang = active_language()
    if lang == "en":
        return d.strftime("%d %b %Y" if year else "%d %b")
    from babel.dates import format_date

    return str(format_date(d, "dd MMM yyyy" if year else "dd MMM", locale=lang))


def _report_head(data: ReportData, words: dict[str, str], esc: Any = str) -> str:
    b = data.board
    sp = b.sprint
    return (
        f"{_report_date(sp.start_date)} – {_report_date(sp.end_date)}"
        + (" · " + words["owners"].format(owners=esc(sp.owners)) if sp.owners else "")
        + " · "
        + words["progress"].format(done=b.done, total=b.total, percent=fmt(b.progress, 0, " %"))
    )


def _report_cells(r: CheckinRow, words: dict[str, str]) -> list[str]:
    if not r.ended:
        return [words["not_ended"]] * 4
    return [
        fmt(r.returning_engagers),
        fmt(r.returning_share, suffix=" %"),
        fmt(r.engaged_people),
        fmt(r.replies_per_1k),
    ]


def report_markdown(data: ReportData) -> str:
    b, v = data.board, data.verdict
    sp = b.sprint
    w_ = _report_words()
    out = ["# " + w_["title"].format(name=sp.name), ""]
    out.append(_report_head(data, w_) + " · " + w_["generated"].format(day=_report_date(data.generated)))
    out += [
        "",
        "## " + w_["goals"],
        "",
        f"| {w_['week']} | {w_['dates']} | {w_['goal']} | {w_['deliverable']} | {w_['done']} |",
        "|---|---|---|---|---|",
    ]
    for w in b.weeks:
        out.append(
            f"| {w.week_no} | {_report_date(w.first, False)} – {_report_date(w.last, False)} | {_md(w.goal)} | "
            f"{_md(w.deliverable)} | {w.done}/{w.total} |"
        )
    out += ["", "## " + w_["done_tasks"], ""]
    for w in b.weeks:
        out.append("**" + w_["week_goal"].format(number=w.week_no, goal=w.goal or w_["no_goal"]) + "**")
        out.append("")
        for t in w.tasks:
            link = f" — {link_kind_label(t.link_kind)}: {t.link_ref}" if t.link_kind else ""
            owner = f" ({t.owner})" if t.owner else ""
            out.append(f"- [{'x' if t.done else ' '}] {_md(t.title)}{owner}{_md(link)}")
        if not w.tasks:
            out.append("- " + w_["no_tasks"])
        out.append("")
    out += [
        "## " + w_["metrics"],
        "",
        f"| {w_['week']} | {w_['returning']} | {w_['share']} | {w_['engaged']} | {w_['replies']} "
        f"| {w_['worked']} | {w_['drop']} |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in v.rows:
        cells = _report_cells(r, w_)
        out.append(f"| {r.week_no} | " + " | ".join(cells) + f" | {_md(r.notes_worked)} | {_md(r.notes_drop)} |")
    out += ["", "## " + w_["disclosure"], "", disclosure_line(data)]
    out += ["", "## " + w_["verdict"], "", f"**{v.label}** — {v.result.explanation}", ""]
    out += [f"- {line}" for line in verdict_numbers(v)]
    open_tasks = [t for w in b.weeks for t in w.tasks if not t.done]
    out += ["", "## " + w_["next"], ""]
    out += [f"- {s}" for s in next_steps(v, open_tasks)]
    return "\n".join(out) + "\n"


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def report_html(data: ReportData) -> str:
    """The same content as the Markdown, as simple HTML for ``microcomm_desktop.pdf.write_pdf``."""
    b, v = data.board, data.verdict
    sp = b.sprint
    e = html.escape
    w_ = {k: e(text) for k, text in _report_words().items()}
    css = (
        "body{font-family:sans-serif;font-size:9pt} h1{font-size:15pt} h2{font-size:11pt;margin-top:10px}"
        " table{border-collapse:collapse} td,th{border:1px solid #999;padding:2px 5px} th{background:#eee}"
    )
    parts = [f"<html><head><style>{css}</style></head><body><h1>" + w_["title"].format(name=e(sp.name)) + "</h1>"]
    parts.append(
        "<p>" + _report_head(data, w_, e) + " · " + w_["generated"].format(day=_report_date(data.generated)) + "</p>"
    )
    parts.append(
        f"<h2>{w_['goals']}</h2><table width='100%'><tr><th>{w_['week']}</th><th>{w_['dates']}</th>"
        f"<th>{w_['goal']}</th>"
    )
    parts.append(f"<th>{w_['deliverable']}</th><th>{w_['done']}</th><th>{w_['tasks']}</th></tr>")
    for w in b.weeks:
        tasks = "<br>".join(("☑ " if t.done else "☐ ") + e(t.title) for t in w.tasks) or w_["no_tasks"]
        parts.append(
            f"<tr><td>{w.week_no}</td><td>{_report_date(w.first, False)} – {_report_date(w.last, False)}</td>"
            f"<td>{e(w.goal)}</td><td>{e(w.deliverable)}</td><td>{w.done}/{w.total}</td><td>{tasks}</td></tr>"
        )
    parts.append(f"</table><h2>{w_['metrics']}</h2><table width='100%'><tr><th>{w_['week']}</th>")
    parts.append(f"<th>{w_['returning']}</th><th>{w_['share']}</th><th>{w_['engaged']}</th>")
    parts.append(f"<th>{w_['replies']}</th><th>{w_['worked']}</th><th>{w_['drop']}</th></tr>")
    for r in v.rows:
        cells = _report_cells(r, w_)
        parts.append(
            f"<tr><td>{r.week_no}</td>"
            + "".join(f"<td>{c}</td>" for c in cells)
            + f"<td>{e(r.notes_worked)}</td><td>{e(r.notes_drop)}</td></tr>"
        )
    parts.append(f"</table><h2>{w_['disclosure']}</h2><p>{e(disclosure_line(data))}</p>")
    parts.append("<h2>" + w_["verdict_of"].format(verdict=e(v.label)) + f"</h2><p>{e(v.result.explanation)}</p><ul>")
    parts += [f"<li>{e(line)}</li>" for line in verdict_numbers(v)]
    open_tasks = [t for w in b.weeks for t in w.tasks if not t.done]
    parts.append(f"</ul><h2>{w_['next']}</h2><ul>")
    parts += [f"<li>{e(s)}</li>" for s in next_steps(v, open_tasks)]
    parts.append("</ul></body></html>")
    return "".join(parts)


def status_lines(engine: Engine, workspace_id: int, today: date, figures: FiguresFn | None = None) -> list[str]:
    """What ``microcomm sprint status`` prints: the current sprint's progress per week and its verdict."""
    sid = current_sprint_id(engine, workspace_id, today)
    if sid is None:
        return [
            "No sprint yet. Create one in the Sprint tab or with: microcomm sprint new --workspace NAME --name TEXT"
        ]
    data = report_data(engine, sid, today, figures)
    b, v = data.board, data.verdict
    sp = b.sprint
    cur = b.current_week
    lines = [
        f"Sprint: {sp.name} ({sp.start_date:%Y-%m-%d} – {sp.end_date:%Y-%m-%d})"
        + (f", week {cur} of 4" if cur else (", ended" if today > sp.end_date else ", not started")),
        f"Progress: {b.done}/{b.total} tasks done ({fmt(b.progress, 0, ' %')}), {b.overdue} overdue",
    ]
    for w in b.weeks:
        mark = " <- this week" if w.is_current else ""
        lines.append(
            f"  Week {w.week_no} {w.first:%d %b}–{w.last:%d %b}: {w.done}/{w.total} "
            f"({fmt(w.progress, 0, ' %')}) {w.goal}{mark}"
        )
    lines.append(f"Verdict: {v.label} — {v.result.explanation}")
    lines += [f"  {line}" for line in verdict_numbers(v)]
    return lines


def week_dates_label(first: date, last: date) -> str:
    return f"{first:%d %b} – {last:%d %b}"


def default_start(today: date) -> date:
    """New sprints start on the coming Monday unless today is Monday: weeks then line up with the Dashboard's."""
    return today + timedelta(days=(7 - today.weekday()) % 7)
