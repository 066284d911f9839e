"""Week notes, "what to do now" advice, and the weekly / 30-day report (HTML, PDF via ``pdf.write_pdf``, CSV, JSON).

The GUI and ``microcomm report`` build reports from these same functions, so a report a creator sends to a
brand shows exactly the numbers on the Dashboard. Charts arrive as PNG bytes rendered by the caller (Qt is not
imported here) and are embedded as base64, so the HTML file is self-contained.
"""

from __future__ import annotations

import base64
import csv
import html
import io
import json
from dataclasses import dataclass, field, fields
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlmodel import select as model_select

from microcomm_desktop.domain import deals, metrics, validation
from microcomm_desktop.i18n import QT_TRANSLATE_NOOP, TranslatedLabels, active_language, translate
from microcomm_desktop.services import engager_insights
from microcomm_desktop.services import figures_text as ft
from microcomm_desktop.services import sla as sla_svc
from microcomm_desktop.services.scorecard import (
    Benchmarks,
    Label,
    WeekFigures,
    benchmarks,
    figures_for_periods,
    week_start_of,
    weekly_scorecard,
    workspace_week_start,
)
from microcomm_desktop.services.workspaces import WorkspaceRow, workspace_row
from microcomm_desktop.store.db import session_scope
from microcomm_desktop.store.models import WeekNote, Workspace
from microcomm_desktop.store.models.base import table_of

ReportKind = Literal["weekly", "30day"]

# The JSON/CSV columns of ``microcomm report`` (issue #4), in order.
EXPORT_COLUMNS = [
    "week_start",
    "week_end",
    "posts",
    "community_posts",
    "reach_posts",
    "reach",
    "impressions",
    "engagements",
    "replies",
    "saves",
    "shares",
    "er",
    "saves_per_1k",
    "replies_per_1k",
    "engaged_people",
    "returning_engagers",
    "returning_share",
    "deep_threads",
    "health_score",
    "dm_threads",
    "dm_messages_per_thread",
    "dm_answered_share",
    "reach_standin_posts",  # posts whose views/impressions stood in for a missing reach (services.reach)
    "reach_standin",
]


# -------------------------------------------------------------------------------- week notes

NOTE_INT_FIELDS = ("live_attendance", "conversions", "email_signups", "demo_requests", "repeat_purchases")
NOTE_MONEY_FIELDS = ("revenue", "spend")
NOTE_TEXT_FIELDS = ("top_questions", "objections", "member_words")
NOTE_FIELDS = NOTE_INT_FIELDS + ("dm_reply_rate_pct",) + NOTE_MONEY_FIELDS + NOTE_TEXT_FIELDS


@dataclass
class WeekNoteData:
    """The editable figures of one week; ``None`` = not entered (shown blank, never as 0)."""

    week_start: date
    live_attendance: int | None = None
    dm_reply_rate_pct: float | None = None
    conversions: int | None = None
    revenue: Decimal | None = None
    spend: Decimal | None = None
    email_signups: int | None = None
    demo_requests: int | None = None
    repeat_purchases: int | None = None
    top_questions: str = ""
    objections: str = ""
    member_words: str = ""

    @property
    def cpa(self) -> Decimal | None:
        return deals.cpa(self.spend, self.conversions)

    def as_text(self) -> dict[str, str]:
        """Field → text as the form shows it (blank for unknown)."""
        out: dict[str, str] = {}
        for name in NOTE_FIELDS:
            v = getattr(self, name)
            out[name] = "" if v is None else (f"{v:f}" if isinstance(v, Decimal) else str(v))
        return out


def get_week_note(engine: Engine, workspace_id: int, week_start: date) -> WeekNoteData:
    with session_scope(engine) as s:
        note = s.exec(
            model_select(WeekNote).where(WeekNote.workspace_id == workspace_id, WeekNote.week_start == week_start)
        ).first()
    if note is None:
        return WeekNoteData(week_start)
    return WeekNoteData(week_start, **{f: getattr(note, f) for f in NOTE_FIELDS})


def _note_field_label(name: str) -> str:
    """A week-note field's name inside an error sentence ("Live attendance: …"), in the reader's language."""
    labels = {
        "live_attendance": translate("services.reports", "Live attendance"),
        "conversions": translate("services.reports", "Conversions"),
        "email_signups": translate("services.reports", "Email signups"),
        "demo_requests": translate("services.reports", "Demo requests"),
        "repeat_purchases": translate("services.reports", "Repeat purchases"),
        "revenue": translate("services.reports", "Revenue"),
        "spend": translate("services.reports", "Spend"),
    }
    return labels.get(name, name.replace("_", " ").capitalize())


def parse_week_note(week_start: date, texts: dict[str, str]) -> tuple[WeekNoteData | None, dict[str, str]]:
    """Validate what the user typed; returns (data, {}) or (None, {field: message}) — nothing is guessed."""
    errors: dict[str, str] = {}
    values: dict[str, Any] = {}
    for name in NOTE_INT_FIELDS:
        raw = texts.get(name, "").strip()
        if not raw:
            values[name] = None
            continue
        msg = validation.non_negative_int(raw, _note_field_label(name))
        if msg:
            errors[name] = msg
        else:
            values[name] = validation.parse_int_loose(raw)
    raw = texts.get("dm_reply_rate_pct", "").strip().rstrip("%").strip()
    values["dm_reply_rate_pct"] = None
    if raw:
        try:
            pct = float(raw)
            if not 0 <= pct <= 100:
                raise ValueError
            values["dm_reply_rate_pct"] = pct
        except ValueError:
            errors["dm_reply_rate_pct"] = translate(
                "services.reports", "DM reply rate: {value} is not a percent between 0 and 100."
            ).format(value=repr(raw))
    for name in NOTE_MONEY_FIELDS:
        raw = texts.get(name, "").strip()
        values[name] = None
        if raw:
            try:
                values[name] = deals.parse_money(raw)
            except ValueError as exc:
                errors[name] = f"{_note_field_label(name)}: {exc}"
    for name in NOTE_TEXT_FIELDS:
        values[name] = texts.get(name, "").strip()
    if errors:
        return None, errors
    return WeekNoteData(week_start, **values), {}


def save_week_note(engine: Engine, workspace_id: int, data: WeekNoteData) -> None:
    """Insert or update the week's note in one transaction."""
    with session_scope(engine) as s:
        note = s.exec(
            model_select(WeekNote).where(WeekNote.workspace_id == workspace_id, WeekNote.week_start == data.week_start)
        ).first()
        if note is None:
            note = WeekNote(workspace_id=workspace_id, week_start=data.week_start)
        for f in NOTE_FIELDS:
            setattr(note, f, getattr(data, f))
        s.add(note)


def week_notes(engine: Engine, workspace_id: int, start: date, end: date) -> list[WeekNoteData]:
    """Notes of weeks starting in [start, end], oldest first."""
    t = table_of(WeekNote)
    with engine.connect() as conn:
        rows = conn.execute(
            select(t)
            .where(t.c.workspace_id == workspace_id, t.c.week_start >= start, t.c.week_start <= end)
            .order_by(t.c.week_start)
        ).all()
    return [WeekNoteData(r.week_start, **{f: getattr(r, f) for f in NOTE_FIELDS}) for r in rows]


# -------------------------------------------------------------------------------- advice


def _sentence(text: str) -> str:
    """An advice fragment ("add rituals, …") as a sentence: capital first letter, full stop."""
    return text[:1].upper() + text[1:] + "."


@dataclass(frozen=True)
class Advice:
    """One line of "What to do now": a metric below its band (its action per docs/domain.md §4) or a §7 warning."""

    kind: Literal["metric", "warning", "ok", "info"]
    title: str
    text: str


METRIC_TITLES = {
    "er": "Engagement rate",
    "saves_per_1k": "Saves per 1,000 reach",
    "replies_per_1k": "Replies per 1,000 reach",
    "returning_share": "Returning engagers (30 days)",
}


_METRIC_TITLE_NAMES = TranslatedLabels(
    "domain.metrics",
    {
        "er": QT_TRANSLATE_NOOP("domain.metrics", "Engagement rate"),
        "saves_per_1k": QT_TRANSLATE_NOOP("domain.metrics", "Saves per 1,000 reach"),
        "replies_per_1k": QT_TRANSLATE_NOOP("domain.metrics", "Replies per 1,000 reach"),
        "returning_share": QT_TRANSLATE_NOOP("domain.metrics", "Returning engagers (30 days)"),
    },
)


def metric_title(key: str) -> str:
    """A judged metric's name for the reader (``METRIC_TITLES`` keeps the English names the code keys on)."""
    return _METRIC_TITLE_NAMES.get(key, METRIC_TITLES.get(key, key))


def what_to_do_now(engine: Engine, workspace_id: int, figures: list[WeekFigures]) -> list[Advice]:
    """Advice for the newest week of ``figures`` (oldest first): below-band metrics first, then warnings."""
    if not figures:
        return []
    latest = figures[-1]
    bench = benchmarks(engine, workspace_id)
    out: list[Advice] = []
    for key in METRIC_TITLES:
        value = getattr(latest, key)
        band = bench.bands[key]
        if metrics.band_position(value, band) == "below":
            unit = "%" if key in ("er", "returning_share") else ""
            out.append(
                Advice(
                    "metric",
                    translate("services.reports", "{metric} is {value} (band {low}–{high}{unit})").format(
                        metric=metric_title(key),
                        value=ft.rate(value, 1, unit),
                        low=ft.band_edge(band.low),
                        high=ft.band_edge(band.high),
                        unit=unit,
                    ),
                    _sentence(ft.band_action(band.action)),
                )
            )
    end = latest.week_end
    share, handles = engager_insights.interaction_concentration(engine, workspace_id, end)
    if share is not None and share > engager_insights.CONCENTRATION_LIMIT_PCT:
        out.append(
            Advice(
                "warning",
                translate(
                    "services.reports", "The same few people do all the talking ({share} of interactions from 5 people)"
                ).format(share=ft.rate(share, 0, "%")),
                translate(
                    "services.reports",
                    "{handles} carry the conversation. Invite newcomers by name, ask questions anyone can answer, "
                    "feature a new member this week.",
                ).format(handles=", ".join(handles)),
            )
        )
    sla = sla_svc.sla_summary(engine, workspace_id, latest.week_start, latest.week_end)
    if sla.considered and sla.missed:
        considered, first_n = sla.considered, sla.first_n
        out.append(
            Advice(
                "warning",
                translate(
                    "services.reports",
                    "Response SLA: {missed} of %n first comment(s) missed the {minutes}-minute reply window "
                    "({share} answered in time)",
                    None,
                    considered,
                ).format(missed=ft.integer(sla.missed), minutes=sla.minutes, share=ft.rate(sla.hit_rate, 0, "%")),
                translate(
                    "services.reports",
                    "Reply within {minutes} minutes to the first %n comment(s) on key posts; block the time after "
                    "posting.",
                    None,
                    first_n,
                ).format(minutes=sla.minutes),
            )
        )
    if latest.reach_posts > latest.community_posts:
        out.append(
            Advice(
                "warning",
                translate("services.reports", "Reach posts crowd out community posts ({reach} vs {community})").format(
                    reach=ft.integer(latest.reach_posts), community=ft.integer(latest.community_posts)
                ),
                translate(
                    "services.reports",
                    "Announcements instead of questions: turn one reach post into a question with a number, a "
                    "screenshot, a choice or a constraint.",
                ),
            )
        )
    judged = [getattr(latest, key) for key in METRIC_TITLES if getattr(latest, key) is not None]
    if not out and not judged:
        out.append(
            Advice(
                "info",
                translate("services.reports", "Nothing to judge yet for {start} – {end}").format(
                    start=ft.day_month(latest.week_start), end=ft.day_month(latest.week_end)
                ),
                translate(
                    "services.reports",
                    "Log or import this week's posts and interactions (Posts tab); the advice appears once there "
                    "is reach and engagement to measure.",
                ),
            )
        )
    elif not out:
        out.append(
            Advice(
                "ok",
                translate("services.reports", "Every judged metric is in or above its band"),
                translate("services.reports", "Keep the rituals; raise one bar."),
            )
        )
    return out


# -------------------------------------------------------------------------------- export (CSV / JSON)


def export_rows(figures: list[WeekFigures]) -> list[dict[str, Any]]:
    rows = []
    for f in figures:
        d = f.as_dict()
        rows.append({k: d[k] for k in EXPORT_COLUMNS})
    return rows


def to_json(
    workspace: WorkspaceRow,
    figures: list[WeekFigures],
    label: Label = "all",
    sla: list[sla_svc.SlaSummary] | None = None,
) -> str:
    """The scorecard as JSON; ``sla`` (one summary per week of ``figures``) adds the response SLA per week."""
    payload: dict[str, Any] = {
        "workspace": workspace.name,
        "er_definition": "impressions" if workspace.er_definition == "impressions" else "reach",
        "label": label,
        "weeks": export_rows(figures),
    }
    if sla is not None:
        payload["response_sla"] = {
            "minutes": sla[0].minutes if sla else None,
            "first_n": sla[0].first_n if sla else None,
            "weeks": [
                {
                    "week_start": f.week_start.isoformat(),
                    "replied": s.replied,
                    "considered": s.considered,
                    "hit_rate": s.hit_rate,
                    "posts": s.posts,
                    "posts_with_misses": s.posts_with_misses,
                }
                for f, s in zip(figures, sla, strict=True)
            ],
        }
    return json.dumps(payload, indent=2)


def to_csv(figures: list[WeekFigures]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=EXPORT_COLUMNS, lineterminator="\n")
    w.writeheader()
    for row in export_rows(figures):
        w.writerow({k: "" if v is None else v for k, v in row.items()})
    return buf.getvalue()


# -------------------------------------------------------------------------------- report


@dataclass
class ReportData:
    """Everything one report shows, computed once and rendered to HTML/PDF."""

    kind: ReportKind
    workspace: WorkspaceRow
    until: date
    label: Label
    weeks: list[WeekFigures]  # oldest first
    period: WeekFigures  # the whole reported period (last week, or the 30 days)
    notes: list[WeekNoteData]  # the week notes of every week that overlaps the period
    advice: list[Advice]
    bench: Benchmarks
    sla: sla_svc.SlaSummary | None = None  # the response SLA of the period's posts
    charts: dict[str, bytes] = field(default_factory=dict)  # name -> PNG

    @property
    def title(self) -> str:
        span = f"{ft.day_month(self.period.week_start)} – {ft.day_month_year(self.period.week_end)}"
        if self.kind == "weekly":
            return translate("services.reports", "Weekly report: {workspace}, {span}").format(
                workspace=self.workspace.name, span=span
            )
        return translate("services.reports", "30-day report: {workspace}, {span}").format(
            workspace=self.workspace.name, span=span
        )


REPORT_WEEKS = 8  # the weekly report's trend: enough for the charts, short enough for one page
PERIOD_DAYS = 30


def thirty_day_rows(engine: Engine, workspace_id: int, until: date, label: Label = "all") -> list[WeekFigures]:
    """The 30 days ending ``until`` cut at the workspace's week boundaries, oldest first.

    The first and last rows are partial weeks, so the rows cover exactly the period the report names: their
    days add up to 30 and no row reaches outside it.
    """
    first_weekday = workspace_week_start(engine, workspace_id)
    start = until - timedelta(days=PERIOD_DAYS - 1)
    periods: list[tuple[date, date]] = []
    day = start
    while day <= until:
        end = min(week_start_of(day, first_weekday) + timedelta(days=6), until)
        periods.append((day, end))
        day = end + timedelta(days=1)
    return figures_for_periods(engine, workspace_id, periods, label)


def build_report(
    engine: Engine, workspace_id: int, kind: ReportKind, until: date, label: Label = "all", weeks: int = REPORT_WEEKS
) -> ReportData:
    """The weekly report (the week holding ``until`` plus ``weeks`` - 1 weeks of trend) or the 30-day report
    (the 30 days ending ``until``: rows, charts, notes, SLA and advice all inside that period)."""
    with session_scope(engine) as s:
        stored = s.get(Workspace, workspace_id)
        if stored is None:
            raise ValueError("That workspace no longer exists.")
        ws = workspace_row(stored)
    if kind == "weekly":
        figures = weekly_scorecard(engine, workspace_id, until=until, weeks=weeks, label=label)
        period = figures[-1]
        judged = figures
    else:
        figures = thirty_day_rows(engine, workspace_id, until, label)
        (period,) = figures_for_periods(engine, workspace_id, [(until - timedelta(days=PERIOD_DAYS - 1), until)], label)
        judged = [period]
    notes = week_notes(engine, workspace_id, period.week_start - timedelta(days=6), period.week_end)
    return ReportData(
        kind=kind,
        workspace=ws,
        until=until,
        label=label,
        weeks=figures,
        period=period,
        notes=notes,
        advice=what_to_do_now(engine, workspace_id, judged),
        bench=benchmarks(engine, workspace_id),
        sla=sla_svc.sla_summary(engine, workspace_id, period.week_start, period.week_end),
    )


def distinct_note_texts(notes: list[WeekNoteData], attr: str) -> list[tuple[str, list[date]]]:
    """Each distinct text of ``attr`` once (compared without case and surrounding space), newest week first,
    with the weeks that carried it."""
    seen: dict[str, tuple[str, list[date]]] = {}
    for n in sorted(notes, key=lambda n: n.week_start, reverse=True):
        text = " ".join(str(getattr(n, attr) or "").split())
        if text:
            seen.setdefault(text.casefold(), (text, []))[1].append(n.week_start)
    return list(seen.values())


def _fmt(v: float | int | None, decimals: int = 1, suffix: str = "") -> str:
    """A report figure in the reader's language (English exactly as before: "1,234", "12.5%", "n/a")."""
    if v is None:
        return ft.na()
    if isinstance(v, int):
        return ft.integer(v)
    return ft.rate(v, decimals, suffix)


def _sum_opt(values: list[Any]) -> Any:
    known = [v for v in values if v is not None]
    return sum(known) if known else None


def _weeks_tag(weeks: int) -> str:
    """ " (3 weeks)" after a note text repeated over several weeks; nothing for a single week."""
    if weeks <= 1:
        return ""
    return " <span class='muted'>" + translate("services.reports", "(%n weeks)", None, weeks) + "</span>"


def render_html(data: ReportData) -> str:
    """One self-contained page (inline CSS, base64 charts) that QTextDocument and browsers both render."""
    e = html.escape
    ws = data.workspace
    p = data.period
    sym, code = ws.currency_symbol, ws.currency_code
    er_def = ft.er_denominator("impressions" if ws.er_definition == "impressions" else "reach")
    lang = active_language()
    label_name = {
        "all": translate("services.reports", "all"),
        "community": translate("services.reports", "community"),
        "reach": translate("services.reports", "reach"),
    }.get(data.label, data.label)
    parts: list[str] = [
        f"<html lang='{lang.replace('_', '-')}'><head><meta charset='utf-8'><title>" + e(data.title) + "</title>"
        if lang != "en"
        else "<html><head><meta charset='utf-8'><title>" + e(data.title) + "</title>",
        "<style>body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:8.5pt;color:#222}"
        "h1{font-size:13pt;margin:0 0 2px 0}h2{font-size:10pt;margin:8px 0 3px 0;color:#234}"
        "table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:1px 4px}"
        "th{background:#eef2f6;text-align:left}td.n{text-align:right}.muted{color:#666}</style></head><body>",
        f"<h1>{e(data.title)}</h1>",
        "<p class='muted'>"
        + translate(
            "services.reports",
            "Posts: {label} · ER by {denominator} · returning engagers = people engaging on 2+ different days in the "
            "30 days ending each week · generated offline by MicroComm Desktop",
        ).format(label=e(label_name), denominator=er_def)
        + "</p>",
    ]
    # Leading indicators
    notes = data.notes
    live = _sum_opt([n.live_attendance for n in notes])
    dm = [n.dm_reply_rate_pct for n in notes if n.dm_reply_rate_pct is not None]
    parts.append("<h2>" + translate("services.reports", "Leading indicators") + "</h2><table><tr>")
    heads = [
        translate("services.reports", "Returning engagers"),
        translate("services.reports", "Replies / 1k reach"),
        translate("services.reports", "Saves / 1k reach"),
        translate("services.reports", "ER"),
        translate("services.reports", "Health score"),
        translate("services.reports", "Live attendance"),
        translate("services.reports", "DM reply rate"),
        translate("services.reports", "Response SLA"),
        translate("services.reports", "DM back-and-forth (logged)"),
    ]
    parts.append("".join(f"<th>{h}</th>" for h in heads) + "</tr><tr>")
    sla = data.sla
    if sla is None or sla.considered == 0:
        sla_cell = ft.na()
    else:
        considered = sla.considered
        sla_cell = translate("services.reports", "{replied} of %n in {minutes} min ({share})", None, considered).format(
            replied=ft.integer(sla.replied), minutes=sla.minutes, share=ft.rate(sla.hit_rate, 0, "%")
        )
    threads = p.dm_threads
    cells = [
        translate("services.reports", "{returning} of {engaged} ({share})").format(
            returning=ft.integer(p.returning_engagers),
            engaged=ft.integer(p.engaged_people),
            share=_fmt(p.returning_share, 1, "%"),
        ),
        _fmt(p.replies_per_1k),
        _fmt(p.saves_per_1k),
        _fmt(p.er, 2, "%"),
        _fmt(p.health_score),
        _fmt(live),
        _fmt(sum(dm) / len(dm) if dm else None, 0, "%"),
        sla_cell,
        translate(
            "services.reports", "%n DM threads · {messages} msgs each · {answered} answered", None, threads
        ).format(messages=_fmt(p.dm_messages_per_thread), answered=_fmt(p.dm_answered_share, 0, "%")),
    ]
    parts.append("".join(f"<td class='n'>{e(c)}</td>" for c in cells) + "</tr></table>")
    standin = sorted({f.reach_standin for f in (p, *data.weeks) if f.reach_standin_posts})
    if standin:  # a ratio over views or impressions must never pass for one over reach
        parts.append(
            "<p class='muted'>"
            + translate(
                "services.reports",
                "Reach stand-in: posts without reach use {standin} as the denominator of ER, saves/1k and replies/1k "
                "(a workspace setting).",
            ).format(standin=e("; ".join(standin)))
            + "</p>"
        )
    # Charts side by side
    if data.charts:
        parts.append("<table style='border:none'><tr>")
        for name in ("returning", "replies"):
            png = data.charts.get(name)
            if png:
                b64 = base64.b64encode(png).decode("ascii")
                parts.append(
                    f"<td style='border:none'><img src='data:image/png;base64,{b64}' width='340' height='170'></td>"
                )
        parts.append("</tr></table>")
    # Scorecard: the 30-day report's rows are the period cut at week boundaries; the weekly one adds a trend.
    rows = len(data.weeks)
    if data.kind == "30day":
        head = translate(
            "services.reports",
            "Scorecard: the {days} days by week (%n row(s), first and last may be partial)",
            None,
            rows,
        ).format(days=PERIOD_DAYS)
    else:
        before = rows - 1
        head = translate("services.reports", "Scorecard: this week and the %n before it (trend)", None, before)
    parts.append(f"<h2>{e(head)}</h2><table><tr>")
    cols = [
        translate("services.reports", "Week") if data.kind == "weekly" else translate("services.reports", "Days"),
        translate("services.reports", "Posts (c/r)"),
        translate("services.reports", "Reach"),
        translate("services.reports", "ER (impressions)")
        if ws.er_definition == "impressions"
        else translate("services.reports", "ER (reach)"),
        translate("services.reports", "Saves/1k"),
        translate("services.reports", "Replies/1k"),
        translate("services.reports", "Returning"),
        translate("services.reports", "RE %"),
        translate("services.reports", "Engaged"),
        translate("services.reports", "Deep threads"),
        translate("services.reports", "Health"),
    ]
    parts.append("".join(f"<th>{c}</th>" for c in cols) + "</tr>")
    for f in reversed(data.weeks):
        row = [
            ft.day_month(f.week_start)
            if data.kind == "weekly"
            else f"{ft.day_month(f.week_start)} – {ft.day_month(f.week_end)}",
            f"{ft.integer(f.posts)} ({ft.integer(f.community_posts)}/{ft.integer(f.reach_posts)})",
            ft.integer(f.reach),
            _fmt(f.er, 2, "%"),
            _fmt(f.saves_per_1k),
            _fmt(f.replies_per_1k),
            ft.integer(f.returning_engagers),
            _fmt(f.returning_share, 1, "%"),
            ft.integer(f.engaged_people),
            ft.integer(f.deep_threads) if lang != "en" else str(f.deep_threads),
            _fmt(f.health_score),
        ]
        parts.append("<tr>" + "".join(f"<td class='n'>{e(c)}</td>" for c in row) + "</tr>")
    parts.append("</table>")
    # Business outcomes
    conv = _sum_opt([n.conversions for n in notes])
    rev = _sum_opt([n.revenue for n in notes])
    spend = _sum_opt([n.spend for n in notes])
    cpa = deals.cpa(spend, conv)
    parts.append("<h2>" + translate("services.reports", "Business outcomes") + "</h2><table><tr>")
    outs = [
        (translate("services.reports", "Conversions"), _fmt(conv)),
        (translate("services.reports", "Revenue"), ft.money(rev, sym, code) if rev is not None else ft.na()),
        (translate("services.reports", "Spend"), ft.money(spend, sym, code) if spend is not None else ft.na()),
        (translate("services.reports", "CPA"), ft.money(cpa, sym, code) if cpa is not None else ft.na()),
        (translate("services.reports", "Email sign-ups"), _fmt(_sum_opt([n.email_signups for n in notes]))),
        (translate("services.reports", "Demo requests"), _fmt(_sum_opt([n.demo_requests for n in notes]))),
        (translate("services.reports", "Repeat purchases"), _fmt(_sum_opt([n.repeat_purchases for n in notes]))),
    ]
    parts.append("".join(f"<th>{k}</th>" for k, _ in outs) + "</tr><tr>")
    parts.append("".join(f"<td class='n'>{e(v)}</td>" for _, v in outs) + "</tr></table>")
    if notes and data.kind == "30day":
        weeks_txt = ", ".join(ft.day_month(n.week_start) for n in notes)
        noted = len(notes)
        parts.append(
            "<p class='muted'>"
            + translate(
                "services.reports",
                "Business outcomes and member notes are entered per week: these come from the week notes of the %n "
                "week(s) starting {weeks} that overlap the period.",
                None,
                noted,
            ).format(weeks=e(weeks_txt))
            + "</p>"
        )
    # Qualitative: each distinct text once (a note carried over week to week is one finding, not four)
    parts.append("<h2>" + translate("services.reports", "What members say") + "</h2>")
    for attr, head_txt in (
        ("top_questions", translate("services.reports", "Top questions")),
        ("objections", translate("services.reports", "Objections")),
        ("member_words", translate("services.reports", "Words members use")),
    ):
        found = distinct_note_texts(notes, attr)
        items = [e(t) + _weeks_tag(len(ws_)) for t, ws_ in found]
        body = (
            " · ".join(items)
            if items
            else "<span class='muted'>" + translate("services.reports", "not entered") + "</span>"
        )
        parts.append(f"<p><b>{head_txt}:</b> {body}</p>")
    # Advice
    parts.append("<h2>" + translate("services.reports", "What to do now") + "</h2><ul style='margin-top:0'>")
    for a in data.advice[:6]:
        parts.append(f"<li><b>{e(a.title)}</b> — {e(a.text)}</li>")
    parts.append("</ul></body></html>")
    return "".join(parts)


def figure_field_names() -> list[str]:
    return [f.name for f in fields(WeekFigures)]


def report_page(
    engine: Engine, workspace_id: int, kind: ReportKind, until: date, label: Label = "all", weeks: int = REPORT_WEEKS
) -> tuple[ReportData, str]:
    """The report's figures (with their charts) and its self-contained HTML page: the one assembly the Dashboard's
    export and ``microcomm report`` share, so the two can never print different reports."""
    from microcomm_desktop.report_charts import report_charts

    data = build_report(engine, workspace_id, kind, until, label, weeks=weeks)
    data.charts = report_charts(data.weeks, {k: (b.low, b.high) for k, b in data.bench.bands.items()})
    return data, render_html(data)


def write_report(
    engine: Engine,
    workspace_id: int,
    kind: ReportKind,
    until: date,
    pdf_path: Path,
    label: Label = "all",
    weeks: int = REPORT_WEEKS,
    html_beside: bool = True,
) -> tuple[Path | None, int]:
    """Write the report as a PDF (and, with ``html_beside``, the same page as HTML next to it).
    Returns (the HTML file or None, the number of PDF pages)."""
    from microcomm_desktop.pdf import write_pdf
    from microcomm_desktop.services import safe_files

    data, page = report_page(engine, workspace_id, kind, until, label, weeks)
    html_path: Path | None = None
    if html_beside:
        html_path = pdf_path.with_suffix(".html")
        safe_files.write_text(html_path, page)
    return html_path, write_pdf(page, pdf_path, title=data.title)
