"""The community brief (docs/domain.md §3): promise, topic, home, formats, onboarding, rituals with schedule,
prompts, response SLA and disclosure line — one document a collaborator can work from.

Built once as plain data, then rendered as Markdown (paste anywhere) or HTML → PDF (``pdf.write_pdf``), so both
formats always say the same thing. A missing disclosure line is called out in the brief itself.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy.engine import Engine

from microcomm_desktop.domain.promise import HOME_KINDS, build_sentence
from microcomm_desktop.domain.prompts import RUNGS
from microcomm_desktop.i18n import active_language, translate
from microcomm_desktop.services import figures_text as ft
from microcomm_desktop.services import promise as promise_svc
from microcomm_desktop.services import safe_files
from microcomm_desktop.services.rituals import list_rituals, schedule_text
from microcomm_desktop.store.db import session_scope
from microcomm_desktop.store.models import Workspace

MISSING_DISCLOSURE = "MISSING — add the line you use to disclose paid or gifted endorsements."


def _missing_disclosure() -> str:
    """``MISSING_DISCLOSURE`` in the reader's language (the brief is read by people; the constant stays English)."""
    return translate("services.brief", "MISSING — add the line you use to disclose paid or gifted endorsements.")


@dataclass
class Brief:
    workspace: str
    today: date
    promise: str
    topic: str
    homes: list[str]
    formats: list[tuple[str, str, str]]
    onboarding: list[tuple[str, str]]
    rituals: list[tuple[str, str, str, str, str]]  # name, schedule, format, home, recap
    prompts: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # ritual → [(rung, text)]
    sla: str = ""
    disclosure: str = ""


def build_brief(engine: Engine, ws_id: int, today: date) -> Brief:
    with session_scope(engine) as s:
        ws = s.get(Workspace, ws_id)
        name = ws.name if ws else ""
    p = promise_svc.current_promise(engine, ws_id)
    prof = promise_svc.get_profile(engine, ws_id)
    rituals = list_rituals(engine, ws_id)
    prompts: dict[str, list[tuple[str, str]]] = {}
    for row in promise_svc.list_prompts(engine, ws_id, today):
        prompts.setdefault(row.ritual_name or translate("services.brief", "Unassigned"), []).append(
            (row.rung, row.text)
        )
    first_n = prof.sla_first_n
    return Brief(
        workspace=name,
        today=today,
        promise=build_sentence(p.who, p.outcome, p.format_text) if p else build_sentence("", "", ""),
        topic=prof.topic,
        homes=[
            HOME_KINDS.get(h.kind, h.kind)
            + (f" — {h.label}" if h.label else "")
            + ("" if h.is_primary else translate("services.brief", " (secondary)"))
            for h in promise_svc.list_homes(engine, ws_id)
        ],
        formats=[(f.name, f.description, f.cadence) for f in promise_svc.list_formats(engine, ws_id)],
        onboarding=[
            (translate("services.brief", "Rules"), prof.onboarding_rules),
            (translate("services.brief", "What to post"), prof.onboarding_what_to_post),
            (translate("services.brief", "How to get help"), prof.onboarding_help),
        ],
        rituals=[(r.name, schedule_text(r), r.format_text, r.home, r.recap_habit) for r in rituals],
        prompts=prompts,
        sla=translate(
            "services.brief", "Reply within {minutes} minutes to the first %n comment(s) on key posts.", None, first_n
        ).format(minutes=prof.sla_minutes),
        disclosure=prof.disclosure_line.strip(),
    )


def _as_of(b: Brief) -> str:
    day = b.today.isoformat() if active_language() == "en" else ft.day_month_year(b.today)
    return translate("services.brief", "As of {day}").format(day=day)


def to_markdown(b: Brief) -> str:
    not_set = "_" + translate("services.brief", "not set") + "_"
    out = [
        "# " + translate("services.brief", "Community brief — {workspace}").format(workspace=b.workspace),
        f"_{_as_of(b)}_",
        "",
        "## " + translate("services.brief", "Promise"),
        b.promise,
        "",
    ]
    out += [
        "## " + translate("services.brief", "Topic"),
        b.topic or not_set,
        "",
        "## " + translate("services.brief", "Primary home"),
    ]
    out += [f"- {h}" for h in b.homes] or [not_set]
    out += ["", "## " + translate("services.brief", "Recurring formats")]
    none_yet = "_" + translate("services.brief", "none yet") + "_"
    out += [f"- **{n}** ({c}): {d}" if c else f"- **{n}**: {d}" for n, d, c in b.formats] or [none_yet]
    out += ["", "## " + translate("services.brief", "Onboarding (pinned welcome post)")]
    not_written = "_" + translate("services.brief", "not written") + "_"
    for h, t in b.onboarding:
        out += [f"**{h}:** {t.strip() or not_written}", ""]
    out += ["## " + translate("services.brief", "Rituals")]
    for n, sched, fmt, home, recap in b.rituals:
        in_home = home and translate("services.brief", "in {home}").format(home=home)
        recap_text = recap and translate("services.brief", "recap: {recap}").format(recap=recap)
        extra = "; ".join(x for x in (fmt, in_home, recap_text) if x)
        out.append(f"- **{n}** — {sched}" + (f" — {extra}" if extra else ""))
    if not b.rituals:
        out.append("_" + translate("services.brief", "no rituals scheduled") + "_")
    out += ["", "## " + translate("services.brief", "Prompts")]
    for ritual, rows in b.prompts.items():
        out.append(f"### {ritual}")
        out += [f"{i}. [{rung}] {text}" for i, (rung, text) in enumerate(rows, 1)]
        out.append("")
    if not b.prompts:
        out += ["_" + translate("services.brief", "no prompts yet") + "_", ""]
    out += ["## " + translate("services.brief", "Response SLA"), b.sla, ""]
    out += ["## " + translate("services.brief", "Disclosure line"), b.disclosure or f"**{_missing_disclosure()}**", ""]
    return "\n".join(out)


def to_html(b: Brief) -> str:
    e = html.escape
    not_set = "<i>" + translate("services.brief", "not set") + "</i>"
    not_written = "<i>" + translate("services.brief", "not written") + "</i>"
    heads = (
        translate("services.brief", "Ritual"),
        translate("services.brief", "Schedule"),
        translate("services.brief", "Format"),
        translate("services.brief", "Home"),
        translate("services.brief", "Recap"),
    )
    title = translate("services.brief", "Community brief — {workspace}").format(workspace=e(b.workspace))
    parts = [
        "<html><body style='font-family: sans-serif; font-size: 10pt'>",
        f"<h1>{title}</h1><p><i>{_as_of(b)}</i></p>",
        "<h2>" + translate("services.brief", "Promise") + f"</h2><p><b>{e(b.promise)}</b></p>",
        "<h2>" + translate("services.brief", "Topic") + f"</h2><p>{e(b.topic) or not_set}</p>",
        "<h2>"
        + translate("services.brief", "Primary home")
        + "</h2><ul>"
        + "".join(f"<li>{e(h)}</li>" for h in b.homes)
        + "</ul>",
        "<h2>"
        + translate("services.brief", "Recurring formats")
        + "</h2><ul>"
        + "".join(f"<li><b>{e(n)}</b> ({e(c)}): {e(d)}</li>" for n, d, c in b.formats)
        + "</ul>",
        "<h2>"
        + translate("services.brief", "Onboarding (pinned welcome post)")
        + "</h2>"
        + "".join(f"<p><b>{e(h)}:</b> {e(t) or not_written}</p>" for h, t in b.onboarding),
        "<h2>"
        + translate("services.brief", "Rituals")
        + "</h2><table border='1' cellspacing='0' cellpadding='4'><tr>"
        + "".join(f"<th>{h}</th>" for h in heads)
        + "</tr>"
        + "".join("<tr>" + "".join(f"<td>{e(x)}</td>" for x in row) + "</tr>" for row in b.rituals)
        + "</table>",
        "<h2>" + translate("services.brief", "Prompts") + "</h2>",
    ]
    for ritual, rows in b.prompts.items():
        parts.append(f"<h3>{e(ritual)}</h3><ol>")
        parts += [f"<li>[{e(RUNGS.get(r, r).split(' —')[0])}] {e(t)}</li>" for r, t in rows]
        parts.append("</ol>")
    parts.append("<h2>" + translate("services.brief", "Response SLA") + f"</h2><p>{e(b.sla)}</p>")
    disc = e(b.disclosure) if b.disclosure else f"<b style='color:#b00'>{e(_missing_disclosure())}</b>"
    parts.append("<h2>" + translate("services.brief", "Disclosure line") + f"</h2><p>{disc}</p></body></html>")
    return "".join(parts)


def export_brief(engine: Engine, ws_id: int, path: Path, today: date) -> Path:
    """Write the brief as .md or .pdf (by suffix; anything else gets .md)."""
    b = build_brief(engine, ws_id, today)
    if path.suffix.lower() == ".pdf":
        from microcomm_desktop.pdf import write_pdf

        write_pdf(
            to_html(b),
            path,
            title=translate("services.brief", "Community brief — {workspace}").format(workspace=b.workspace),
        )
        return path
    if path.suffix.lower() != ".md":
        path = path.with_suffix(".md")
    safe_files.write_text(path, to_markdown(b))
    return path
