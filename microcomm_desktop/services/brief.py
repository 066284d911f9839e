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
from microcomm_desktop.services import promise as promise_svc
from microcomm_desktop.services import safe_files
from microcomm_desktop.services.rituals import list_rituals, schedule_text
from microcomm_desktop.store.db import session_scope
from microcomm_desktop.store.models import Workspace

MISSING_DISCLOSURE = "MISSING — add the line you use to disclose paid or gifted endorsements."


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
        prompts.setdefault(row.ritual_name or "Unassigned", []).append((row.rung, row.text))
    return Brief(
        workspace=name,
        today=today,
        promise=build_sentence(p.who, p.outcome, p.format_text) if p else build_sentence("", "", ""),
        topic=prof.topic,
        homes=[
            HOME_KINDS.get(h.kind, h.kind)
            + (f" — {h.label}" if h.label else "")
            + ("" if h.is_primary else " (secondary)")
            for h in promise_svc.list_homes(engine, ws_id)
        ],
        formats=[(f.name, f.description, f.cadence) for f in promise_svc.list_formats(engine, ws_id)],
        onboarding=[
            ("Rules", prof.onboarding_rules),
            ("What to post", prof.onboarding_what_to_post),
            ("How to get help", prof.onboarding_help),
        ],
        rituals=[(r.name, schedule_text(r), r.format_text, r.home, r.recap_habit) for r in rituals],
        prompts=prompts,
        sla=f"Reply within {prof.sla_minutes} minutes to the first {prof.sla_first_n} comments on key posts.",
        disclosure=prof.disclosure_line.strip(),
    )


def to_markdown(b: Brief) -> str:
    out = [f"# Community brief — {b.workspace}", f"_As of {b.today.isoformat()}_", "", "## Promise", b.promise, ""]
    out += ["## Topic", b.topic or "_not set_", "", "## Primary home"]
    out += [f"- {h}" for h in b.homes] or ["_not set_"]
    out += ["", "## Recurring formats"]
    out += [f"- **{n}** ({c}): {d}" if c else f"- **{n}**: {d}" for n, d, c in b.formats] or ["_none yet_"]
    out += ["", "## Onboarding (pinned welcome post)"]
    for h, t in b.onboarding:
        out += [f"**{h}:** {t.strip() or '_not written_'}", ""]
    out += ["## Rituals"]
    for n, sched, fmt, home, recap in b.rituals:
        extra = "; ".join(x for x in (fmt, home and f"in {home}", recap and f"recap: {recap}") if x)
        out.append(f"- **{n}** — {sched}" + (f" — {extra}" if extra else ""))
    if not b.rituals:
        out.append("_no rituals scheduled_")
    out += ["", "## Prompts"]
    for ritual, rows in b.prompts.items():
        out.append(f"### {ritual}")
        out += [f"{i}. [{rung}] {text}" for i, (rung, text) in enumerate(rows, 1)]
        out.append("")
    if not b.prompts:
        out += ["_no prompts yet_", ""]
    out += ["## Response SLA", b.sla, "", "## Disclosure line", b.disclosure or f"**{MISSING_DISCLOSURE}**", ""]
    return "\n".join(out)


def to_html(b: Brief) -> str:
    e = html.escape
    parts = [
        "<html><body style='font-family: sans-serif; font-size: 10pt'>",
        f"<h1>Community brief — {e(b.workspace)}</h1><p><i>As of {b.today.isoformat()}</i></p>",
        f"<h2>Promise</h2><p><b>{e(b.promise)}</b></p>",
        f"<h2>Topic</h2><p>{e(b.topic) or '<i>not set</i>'}</p>",
        "<h2>Primary home</h2><ul>" + "".join(f"<li>{e(h)}</li>" for h in b.homes) + "</ul>",
        "<h2>Recurring formats</h2><ul>"
        + "".join(f"<li><b>{e(n)}</b> ({e(c)}): {e(d)}</li>" for n, d, c in b.formats)
        + "</ul>",
        "<h2>Onboarding (pinned welcome post)</h2>"
        + "".join(f"<p><b>{e(h)}:</b> {e(t) or '<i>not written</i>'}</p>" for h, t in b.onboarding),
        "<h2>Rituals</h2><table border='1' cellspacing='0' cellpadding='4'>"
        "<tr><th>Ritual</th><th>Schedule</th><th>Format</th><th>Home</th><th>Recap</th></tr>"
        + "".join("<tr>" + "".join(f"<td>{e(x)}</td>" for x in row) + "</tr>" for row in b.rituals)
        + "</table>",
        "<h2>Prompts</h2>",
    ]
    for ritual, rows in b.prompts.items():
        parts.append(f"<h3>{e(ritual)}</h3><ol>")
        parts += [f"<li>[{e(RUNGS.get(r, r).split(' —')[0])}] {e(t)}</li>" for r, t in rows]
        parts.append("</ol>")
    parts.append(f"<h2>Response SLA</h2><p>{e(b.sla)}</p>")
    disc = e(b.disclosure) if b.disclosure else f"<b style='color:#b00'>{e(MISSING_DISCLOSURE)}</b>"
    parts.append(f"<h2>Disclosure line</h2><p>{disc}</p></body></html>")
    return "".join(parts)


def export_brief(engine: Engine, ws_id: int, path: Path, today: date) -> Path:
    """Write the brief as .md or .pdf (by suffix; anything else gets .md)."""
    b = build_brief(engine, ws_id, today)
    if path.suffix.lower() == ".pdf":
        from microcomm_desktop.pdf import write_pdf

        write_pdf(to_html(b), path, title=f"Community brief — {b.workspace}")
        return path
    if path.suffix.lower() != ".md":
        path = path.with_suffix(".md")
    safe_files.write_text(path, to_markdown(b))
    return path
