"""The decision log: one content decision per week, tied to the metric and the week it rests on.

The playbook asks to "tie one content decision to the data every week"; storing the metric key and the
subject (e.g. ``saves_per_1k · format: carousel``) next to the text lets the weekly report and the sprint
check-in show *why* something changed. Uses the existing ``Decision`` table (store/models/reports.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Engine

from microcomm_desktop.i18n import QT_TRANSLATE_NOOP, TranslatedLabels, translate
from microcomm_desktop.store.db import session_scope
from microcomm_desktop.store.models import Decision, Workspace
from microcomm_desktop.store.models.base import table_of, utcnow

# metric key (stored) → label shown in the UI and the reports, read in the active language at lookup time
_METRIC_SOURCES: dict[str, str] = {
    "replies_per_1k": QT_TRANSLATE_NOOP("services.decisions", "Replies per 1k reach"),
    "saves_per_1k": QT_TRANSLATE_NOOP("services.decisions", "Saves per 1k reach"),
    "er": QT_TRANSLATE_NOOP("services.decisions", "Engagement rate"),
    "returning_reached": QT_TRANSLATE_NOOP("services.decisions", "Returning engagers reached"),
    "returning_share": QT_TRANSLATE_NOOP("services.decisions", "Returning share"),
    "posts": QT_TRANSLATE_NOOP("services.decisions", "Post count"),
    "other": QT_TRANSLATE_NOOP("services.decisions", "Other"),
}
METRICS: Mapping[str, str] = TranslatedLabels("services.decisions", _METRIC_SOURCES)
SEP = " · "
MAX_TEXT = 1000


class DecisionError(ValueError):
    """A user-facing problem with a decision (shown next to the field)."""


@dataclass(frozen=True)
class DecisionRow:
    id: int
    week_start: date
    text: str
    metric: str  # the key
    subject: str  # what the metric was measured on ("format: carousel"), may be empty

    @property
    def metric_label(self) -> str:
        # English, the value the decision log's table sorts and copies; the log translates it at display.
        label = _METRIC_SOURCES.get(self.metric, self.metric)
        return f"{label}{SEP}{self.subject}" if self.subject else label


def format_metric(metric: str, subject: str = "") -> str:
    subject = " ".join(subject.split())
    return f"{metric}{SEP}{subject}" if subject else metric


def parse_metric(stored: str) -> tuple[str, str]:
    key, _, subject = (stored or "").partition(SEP)
    return key.strip(), subject.strip()


def week_start_for(engine: Engine, workspace_id: int, day: date) -> date:
    """The first day of the workspace's week holding ``day`` (decisions are keyed by week)."""
    w = table_of(Workspace)
    with engine.connect() as conn:
        ws_start = conn.execute(select(w.c.week_start).where(w.c.id == workspace_id)).scalar()
    if ws_start is None:
        raise DecisionError(translate("services.decisions", "That workspace no longer exists."))
    return day - timedelta(days=(day.weekday() - int(ws_start)) % 7)


def validate(text: str, metric: str) -> str:
    cleaned = " ".join((text or "").split())
    if not cleaned:
        raise DecisionError(
            translate(
                "services.decisions",
                "Write the decision, e.g. “dropped the carousel format: saves/1k fell 3 weeks in a row”.",
            )
        )
    if len(cleaned) > MAX_TEXT:
        raise DecisionError(
            translate("services.decisions", "Keep the decision under {limit} characters (it has {length}).").format(
                limit=MAX_TEXT, length=len(cleaned)
            )
        )
    if metric not in METRICS:
        raise DecisionError(
            translate("services.decisions", "Pick the metric the decision rests on ({keys}).").format(
                keys=", ".join(METRICS)
            )
        )
    return cleaned


def _row(r: object) -> DecisionRow:
    key, subject = parse_metric(str(r.metric))  # type: ignore[attr-defined]
    return DecisionRow(int(r.id), r.week_start, str(r.text), key, subject)  # type: ignore[attr-defined]


def list_decisions(
    engine: Engine, workspace_id: int, since: date | None = None, until: date | None = None
) -> list[DecisionRow]:
    """Newest week first; ``since``/``until`` bound the week start (the weekly report asks for one week)."""
    d = table_of(Decision)
    q = select(d).where(d.c.workspace_id == workspace_id)
    if since is not None:
        q = q.where(d.c.week_start >= since)
    if until is not None:
        q = q.where(d.c.week_start <= until)
    with engine.connect() as conn:
        return [_row(r) for r in conn.execute(q.order_by(d.c.week_start.desc(), d.c.id.desc()))]


def decisions_for_week(engine: Engine, workspace_id: int, week_start: date) -> list[DecisionRow]:
    """For the weekly report and the sprint check-in."""
    return list_decisions(engine, workspace_id, week_start, week_start)


def add_decision(
    engine: Engine, workspace_id: int, week_start: date, text: str, metric: str, subject: str = ""
) -> DecisionRow:
    cleaned = validate(text, metric)
    with session_scope(engine) as s:
        res = s.execute(
            insert(table_of(Decision)).values(
                workspace_id=workspace_id,
                week_start=week_start,
                text=cleaned,
                metric=format_metric(metric, subject),
                created_at=utcnow(),
            )
        )
        new_id = int(res.inserted_primary_key[0])  # type: ignore[attr-defined]
    return DecisionRow(new_id, week_start, cleaned, metric, " ".join(subject.split()))


def update_decision(
    engine: Engine, decision_id: int, week_start: date, text: str, metric: str, subject: str = ""
) -> DecisionRow:
    """Returns the row as it was before, so the edit can be undone."""
    cleaned = validate(text, metric)
    d = table_of(Decision)
    with session_scope(engine) as s:
        old = s.execute(select(d).where(d.c.id == decision_id)).first()
        if old is None:
            raise DecisionError(translate("services.decisions", "That decision no longer exists."))
        s.execute(
            update(d)
            .where(d.c.id == decision_id)
            .values(week_start=week_start, text=cleaned, metric=format_metric(metric, subject))
        )
    return _row(old)


@dataclass(frozen=True)
class DeletedDecision:
    workspace_id: int
    row: DecisionRow


def delete_decision(engine: Engine, decision_id: int) -> DeletedDecision:
    d = table_of(Decision)
    with session_scope(engine) as s:
        old = s.execute(select(d).where(d.c.id == decision_id)).first()
        if old is None:
            raise DecisionError(translate("services.decisions", "That decision no longer exists."))
        s.execute(delete(d).where(d.c.id == decision_id))
    return DeletedDecision(int(old.workspace_id), _row(old))


def restore_decision(engine: Engine, snap: DeletedDecision) -> None:
    r = snap.row
    with session_scope(engine) as s:
        s.execute(
            insert(table_of(Decision)).values(
                id=r.id,
                workspace_id=snap.workspace_id,
                week_start=r.week_start,
                text=r.text,
                metric=format_metric(r.metric, r.subject),
                created_at=utcnow(),
            )
        )


def weeks_without_decision(engine: Engine, workspace_id: int, today: date, weeks: int = 4) -> list[date]:
    """Week starts among the last ``weeks`` (this week included) with no decision logged — the nudge."""
    this_week = week_start_for(engine, workspace_id, today)
    starts = [this_week - timedelta(days=7 * i) for i in range(weeks)]
    logged = {r.week_start for r in list_decisions(engine, workspace_id, starts[-1], this_week)}
    return [w for w in starts if w not in logged]
