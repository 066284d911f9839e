"""Creator roster use cases, shared by the Creators tab and scripts: creators, evidence, deals, one-pager.

Every write is one transaction. Deletes return a snapshot and ``restore_*`` puts it back with the same ids,
which is what the tab's undo stack needs (an undone delete must bring back the evidence and the deal links,
not a look-alike). Verdicts come from ``domain.creators`` so the list, the page and the export agree.
"""

from __future__ import annotations

import base64
import html
import shutil
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import case, func, select, update
from sqlalchemy.engine import Engine

from microcomm_desktop.domain import formatting
from microcomm_desktop.domain.creators import (
    EVIDENCE_KINDS,
    STATUSES,
    DealOutcome,
    DealSummary,
    RubricInput,
    RubricResult,
    creator_status_label,
    evaluate,
    evidence_kind_label,
    rubric_label,
    summarise_deals,
    validate_creator,
    validate_evidence,
)
from microcomm_desktop.domain.deals import DealFigures, deal_figures, format_money
from microcomm_desktop.i18n import active_language, translate
from microcomm_desktop.services import figures_text, safe_files
from microcomm_desktop.services.deals import live_results, status_label
from microcomm_desktop.services.images import StoredImage, resolve_image, store_image_file
from microcomm_desktop.store.db import session_scope
from microcomm_desktop.store.models import (
    Creator,
    CreatorEvidence,
    CreatorHandle,
    Deal,
    EngagerDay,
    Post,
    Workspace,
)
from microcomm_desktop.store.models.base import table_of

__all__ = [
    "CreatorDetail",
    "CreatorError",
    "CreatorInput",
    "CreatorRow",
    "CreatorSnapshot",
    "DealRow",
    "EvidenceInput",
    "EvidenceRow",
    "MeasuredFigures",
    "add_evidence",
    "create_creator",
    "creator_detail",
    "delete_creator",
    "delete_evidence",
    "export_one_pager",
    "get_creator",
    "link_deal",
    "linkable_deals",
    "list_creators",
    "measured_figures",
    "one_pager_html",
    "one_pager_markdown",
    "restore_creator",
    "restore_evidence",
    "update_creator",
    "update_evidence",
]

FIGURE_WINDOW_DAYS = 30


class CreatorError(ValueError):
    """Bad input or a missing row; ``fields`` maps form fields to messages so a form can show them in place."""

    def __init__(self, message: str, fields: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.fields = fields or {}


# -------------------- data passed in and out


@dataclass
class CreatorInput:
    """Everything the creator form edits (also what an edit's undo restores)."""

    name: str
    niche: str = ""
    audience_size: int | None = None
    status: str = "prospect"
    contact: str = ""
    notes: str = ""
    struggle_answer: str = ""
    struggle_date: date | None = None
    replies_per_1k: float | None = None
    er_pct: float | None = None
    returning_share_pct: float | None = None
    figures_workspace_id: int | None = None
    handles: list[tuple[str, str]] = field(default_factory=list)


_CREATOR_FIELDS = (
    "name",
    "niche",
    "audience_size",
    "status",
    "contact",
    "notes",
    "struggle_answer",
    "struggle_date",
    "replies_per_1k",
    "er_pct",
    "returning_share_pct",
    "figures_workspace_id",
)


@dataclass
class EvidenceInput:
    kind: str = "comment_thread"
    evidence_date: date | None = None
    link: str = ""
    note: str = ""
    question_proof: bool = False
    image_path: Path | None = None  # a file to copy in; ``None`` = no screenshot


@dataclass(frozen=True, slots=True)
class EvidenceRow:
    id: int
    creator_id: int
    kind: str
    evidence_date: date | None
    link: str
    note: str
    image_file: str
    image_name: str
    question_proof: bool

    @property
    def kind_label(self) -> str:
        return EVIDENCE_KINDS.get(self.kind, self.kind)


@dataclass(frozen=True, slots=True)
class CreatorRow:
    """One line of the roster, rubric included (the list sorts by ``rubric.score``)."""

    id: int
    name: str
    status: str
    niche: str
    audience_size: int | None
    handles: tuple[tuple[str, str], ...]
    contact: str
    evidence_count: int
    proof_screenshots: int
    deals_count: int
    rubric: RubricResult


@dataclass(frozen=True, slots=True)
class MeasuredFigures:
    """Figures computed from the creator's own export, imported into a workspace of theirs."""

    workspace_id: int
    workspace_name: str
    window_start: date
    window_end: date
    posts: int
    replies_per_1k: float | None
    er_pct: float | None
    returning_share_pct: float | None


@dataclass(frozen=True, slots=True)
class DealRow:
    id: int
    title: str
    brand: str
    status: str
    start_date: date | None
    fees: Decimal
    media: Decimal
    impressions: int | None
    views: int | None
    conversions: int | None
    revenue: Decimal | None
    figures: DealFigures

    @property
    def outcome(self) -> DealOutcome:
        return DealOutcome(self.fees, self.media, self.impressions, self.views, self.conversions, self.revenue)


@dataclass(frozen=True, slots=True)
class CreatorDetail:
    id: int
    workspace_id: int
    data: CreatorInput
    evidence: tuple[EvidenceRow, ...]
    deals: tuple[DealRow, ...]
    deal_summary: DealSummary
    measured: MeasuredFigures | None
    rubric: RubricResult
    currency_symbol: str
    currency_code: str
    figure_sources: dict[str, str]  # figure -> "measured" | "typed" | "unknown"


@dataclass(frozen=True, slots=True)
class CreatorSnapshot:
    """A deleted creator with everything hanging off it, for undo."""

    id: int
    workspace_id: int
    data: CreatorInput
    evidence: tuple[EvidenceRow, ...]
    deal_ids: tuple[int, ...]
    created_at: Any


# -------------------- validation


def _clean_input(engine: Engine, workspace_id: int, inp: CreatorInput, today: date) -> CreatorInput:
    errors = validate_creator(
        inp.name,
        "" if inp.audience_size is None else str(inp.audience_size),
        inp.struggle_answer,
        inp.struggle_date,
        today,
    )
    if inp.audience_size is not None and inp.audience_size < 0:
        errors["audience_size"] = translate("services.creators", "Audience size cannot be negative.")
    if inp.status not in STATUSES:
        errors["status"] = translate("services.creators", "Status must be one of {statuses}.").format(
            statuses=", ".join(creator_status_label(st) for st in STATUSES)
        )
    for key, upper in (("replies_per_1k", 1000.0), ("er_pct", 100.0), ("returning_share_pct", 100.0)):
        v = getattr(inp, key)
        if v is not None and not (0 <= v <= upper):
            errors[key] = translate("services.creators", "Must be between 0 and {upper}.").format(upper=f"{upper:g}")
    if inp.figures_workspace_id is not None:
        if inp.figures_workspace_id == workspace_id:
            errors["figures_workspace_id"] = translate(
                "services.creators", "Pick the workspace holding the creator's own export, not this one."
            )
        else:
            with session_scope(engine) as s:
                if s.get(Workspace, inp.figures_workspace_id) is None:
                    errors["figures_workspace_id"] = translate("services.creators", "That workspace no longer exists.")
    if errors:
        raise CreatorError("; ".join(errors.values()), errors)
    return replace(inp, name=" ".join(inp.name.split()), struggle_answer=inp.struggle_answer.strip())


# -------------------- creators


def _apply(c: Creator, inp: CreatorInput) -> None:
    for key in _CREATOR_FIELDS:
        setattr(c, key, getattr(inp, key))


def _set_handles(s: Any, creator_id: int, handles: list[tuple[str, str]]) -> None:
    h = table_of(CreatorHandle)
    s.execute(h.delete().where(h.c.creator_id == creator_id))
    for platform, handle in handles:
        s.add(CreatorHandle(creator_id=creator_id, platform=platform, handle=handle))


def create_creator(engine: Engine, workspace_id: int, inp: CreatorInput, today: date) -> int:
    inp = _clean_input(engine, workspace_id, inp, today)
    with session_scope(engine) as s:
        c = Creator(workspace_id=workspace_id, name=inp.name)
        _apply(c, inp)
        s.add(c)
        s.flush()
        assert c.id is not None
        _set_handles(s, c.id, inp.handles)
        return c.id


def _input_of(c: Creator, handles: list[tuple[str, str]]) -> CreatorInput:
    return CreatorInput(**{k: getattr(c, k) for k in _CREATOR_FIELDS}, handles=handles)


def _handles_of(s: Any, creator_id: int) -> list[tuple[str, str]]:
    h = table_of(CreatorHandle)
    rows = s.execute(select(h.c.platform, h.c.handle).where(h.c.creator_id == creator_id).order_by(h.c.id))
    return [(p, hd) for p, hd in rows]


def get_creator(engine: Engine, creator_id: int) -> CreatorInput:
    with session_scope(engine) as s:
        c = s.get(Creator, creator_id)
        if c is None:
            raise CreatorError(translate("services.creators", "This creator no longer exists."))
        return _input_of(c, _handles_of(s, creator_id))


def update_creator(engine: Engine, creator_id: int, inp: CreatorInput, today: date) -> CreatorInput:
    """Save the form; returns the previous values (what undo writes back)."""
    with session_scope(engine) as s:
        c = s.get(Creator, creator_id)
        if c is None:
            raise CreatorError(translate("services.creators", "This creator no longer exists."))
        ws_id = c.workspace_id
    inp = _clean_input(engine, ws_id, inp, today)
    with session_scope(engine) as s:
        c = s.get(Creator, creator_id)
        if c is None:
            raise CreatorError(translate("services.creators", "This creator no longer exists."))
        old = _input_of(c, _handles_of(s, creator_id))
        _apply(c, inp)
        s.add(c)
        _set_handles(s, creator_id, inp.handles)
        return old


def _evidence_row(e: CreatorEvidence) -> EvidenceRow:
    return EvidenceRow(
        e.id or 0,
        e.creator_id,
        e.kind,
        e.evidence_date,
        e.link,
        e.note,
        e.image_file,
        e.image_name,
        e.question_proof,
    )


def delete_creator(engine: Engine, creator_id: int) -> CreatorSnapshot:
    """Delete a creator with its handles and evidence (deals stay, unlinked); image files stay for undo."""
    with session_scope(engine) as s:
        c = s.get(Creator, creator_id)
        if c is None:
            raise CreatorError(translate("services.creators", "This creator no longer exists."))
        ev = s.execute(select(CreatorEvidence).where(CreatorEvidence.creator_id == creator_id)).scalars()  # type: ignore[arg-type]
        d = table_of(Deal)
        deal_ids = tuple(int(i) for (i,) in s.execute(select(d.c.id).where(d.c.creator_id == creator_id)))
        snap = CreatorSnapshot(
            creator_id,
            c.workspace_id,
            _input_of(c, _handles_of(s, creator_id)),
            tuple(_evidence_row(e) for e in ev),
            deal_ids,
            c.created_at,
        )
        s.execute(update(d).where(d.c.creator_id == creator_id).values(creator_id=None))
        s.delete(c)
        s.flush()
        return snap


def restore_creator(engine: Engine, snap: CreatorSnapshot) -> None:
    """Undo a delete: same id, handles, evidence and deal links."""
    with session_scope(engine) as s:
        c = Creator(id=snap.id, workspace_id=snap.workspace_id, name=snap.data.name, created_at=snap.created_at)
        _apply(c, snap.data)
        s.add(c)
        s.flush()
        _set_handles(s, snap.id, snap.data.handles)
        for e in snap.evidence:
            s.add(_evidence_model(e))
        if snap.deal_ids:
            d = table_of(Deal)
            s.execute(update(d).where(d.c.id.in_(snap.deal_ids)).values(creator_id=snap.id))


def _rubric_input(
    proof: int, without_image: int, data: CreatorInput, measured: MeasuredFigures | None
) -> tuple[RubricInput, dict[str, str]]:
    sources: dict[str, str] = {}
    values: dict[str, float | None] = {}
    for key in ("replies_per_1k", "er_pct", "returning_share_pct"):
        m = getattr(measured, key) if measured is not None else None
        typed = getattr(data, key)
        if m is not None:
            values[key], sources[key] = m, "measured"
        elif typed is not None:
            values[key], sources[key] = typed, "typed"
        else:
            values[key], sources[key] = None, "unknown"
    return (
        RubricInput(
            proof,
            without_image,
            data.struggle_answer,
            data.struggle_date,
            values["replies_per_1k"],
            values["er_pct"],
            values["returning_share_pct"],
        ),
        sources,
    )


def _evidence_counts(
    s: Any, creator_ids: list[int] | None, workspace_id: int | None
) -> dict[int, tuple[int, int, int]]:
    """creator id → (evidence entries, question-proof screenshots, question-proof entries without image)."""
    e = table_of(CreatorEvidence)
    c = table_of(Creator)
    has_image = e.c.image_file != ""
    q = select(
        e.c.creator_id,
        func.count(),
        func.sum(case(((e.c.question_proof.is_(True)) & has_image, 1), else_=0)),
        func.sum(case(((e.c.question_proof.is_(True)) & ~has_image, 1), else_=0)),
    ).group_by(e.c.creator_id)
    if creator_ids is not None:
        q = q.where(e.c.creator_id.in_(creator_ids))
    if workspace_id is not None:
        q = q.join(c, c.c.id == e.c.creator_id).where(c.c.workspace_id == workspace_id)
    return {int(cid): (int(n), int(p or 0), int(w or 0)) for cid, n, p, w in s.execute(q)}


def list_creators(engine: Engine, workspace_id: int, today: date) -> list[CreatorRow]:
    """The roster with counts and rubric, in a fixed number of queries whatever the roster size."""
    c = table_of(Creator)
    h = table_of(CreatorHandle)
    d = table_of(Deal)
    with session_scope(engine) as s:
        creators = list(s.execute(select(Creator).where(Creator.workspace_id == workspace_id)).scalars())  # type: ignore[arg-type]
        counts = _evidence_counts(s, None, workspace_id)
        handles: dict[int, list[tuple[str, str]]] = {}
        for cid, platform, handle in s.execute(
            select(h.c.creator_id, h.c.platform, h.c.handle)
            .join(c, c.c.id == h.c.creator_id)
            .where(c.c.workspace_id == workspace_id)
            .order_by(h.c.id)
        ):
            handles.setdefault(int(cid), []).append((platform, handle))
        deals = {
            int(cid): int(n)
            for cid, n in s.execute(
                select(d.c.creator_id, func.count())
                .where(d.c.workspace_id == workspace_id, d.c.creator_id.is_not(None))
                .group_by(d.c.creator_id)
            )
        }
    measured_cache: dict[int, MeasuredFigures | None] = {}
    rows: list[CreatorRow] = []
    for cr in creators:
        cid = cr.id or 0
        data = _input_of(cr, handles.get(cid, []))
        measured = None
        if cr.figures_workspace_id is not None:
            if cr.figures_workspace_id not in measured_cache:
                measured_cache[cr.figures_workspace_id] = measured_figures(engine, cr.figures_workspace_id, today)
            measured = measured_cache[cr.figures_workspace_id]
        n, proof, without = counts.get(cid, (0, 0, 0))
        rin, _ = _rubric_input(proof, without, data, measured)
        rows.append(
            CreatorRow(
                cid,
                cr.name,
                cr.status,
                cr.niche,
                cr.audience_size,
                tuple(data.handles),
                cr.contact,
                n,
                proof,
                deals.get(cid, 0),
                evaluate(rin, today),
            )
        )
    rows.sort(key=lambda r: (-r.rubric.score, r.name.lower()))
    return rows


# -------------------- measured figures from a workspace of the creator's


def measured_figures(
    engine: Engine, workspace_id: int, today: date, days: int = FIGURE_WINDOW_DAYS
) -> MeasuredFigures | None:
    """Replies per 1k reach, ER and returning share over the trailing window, aggregated in SQL.

    Uses the linked workspace's own ER definition, so the figure means what its owner sees in their app.
    """
    p = table_of(Post)
    ed = table_of(EngagerDay)
    start = today - timedelta(days=days - 1)
    with session_scope(engine) as s:
        ws = s.get(Workspace, workspace_id)
        if ws is None:
            return None
        eng_expr = func.coalesce(p.c.engagements, p.c.likes + p.c.comments + p.c.shares + p.c.saves)
        n, reach, imps, comments, engagements = s.execute(
            select(
                func.count(),
                func.sum(p.c.reach),
                func.sum(p.c.impressions),
                func.sum(p.c.comments),
                func.sum(eng_expr),
            ).where(p.c.workspace_id == workspace_id, p.c.local_date >= start, p.c.local_date <= today)
        ).one()
        per_person = (
            select(ed.c.engager_id, func.count().label("days"))
            .where(ed.c.workspace_id == workspace_id, ed.c.local_date >= start, ed.c.local_date <= today)
            .group_by(ed.c.engager_id)
            .subquery()
        )
        engaged, returning = s.execute(select(func.count(), func.sum(case((per_person.c.days >= 2, 1), else_=0)))).one()
        name = ws.name
        definition = ws.er_definition
    reach = int(reach or 0)
    denom = reach if definition == "reach" else int(imps or 0)
    return MeasuredFigures(
        workspace_id,
        name,
        start,
        today,
        int(n or 0),
        None if reach == 0 else int(comments or 0) / reach * 1000.0,
        None if denom == 0 else int(engagements or 0) / denom * 100.0,
        None if not engaged else int(returning or 0) / int(engaged) * 100.0,
    )


def other_workspaces(engine: Engine, workspace_id: int) -> list[tuple[int, str]]:
    """Workspaces that can hold a creator's own export (every one but the current)."""
    w = table_of(Workspace)
    with session_scope(engine) as s:
        return [
            (int(i), str(n))
            for i, n in s.execute(select(w.c.id, w.c.name).where(w.c.id != workspace_id).order_by(w.c.name))
        ]


# -------------------- evidence


def _evidence_model(e: EvidenceRow) -> CreatorEvidence:
    return CreatorEvidence(
        id=e.id,
        creator_id=e.creator_id,
        kind=e.kind,
        evidence_date=e.evidence_date,
        link=e.link,
        note=e.note,
        image_file=e.image_file,
        image_name=e.image_name,
        question_proof=e.question_proof,
    )


def list_evidence(engine: Engine, creator_id: int) -> list[EvidenceRow]:
    with session_scope(engine) as s:
        rows = s.execute(
            select(CreatorEvidence)
            .where(CreatorEvidence.creator_id == creator_id)  # type: ignore[arg-type]
            .order_by(CreatorEvidence.evidence_date.desc(), CreatorEvidence.id)  # type: ignore[union-attr, arg-type]
        ).scalars()
        return [_evidence_row(e) for e in rows]


def add_evidence(engine: Engine, data_dir: Path, creator_id: int, inp: EvidenceInput, today: date) -> EvidenceRow:
    """Copy the screenshot (if any) into the data folder, then insert the entry.

    The copy happens first: if it fails, nothing is written and the message says why; if the insert fails
    afterwards, the orphan file is harmless (content-named, reused by the next identical drop).
    """
    errors = validate_evidence(inp.kind, inp.evidence_date, inp.link, today)
    if errors:
        raise CreatorError("; ".join(errors.values()), errors)
    with session_scope(engine) as s:
        c = s.get(Creator, creator_id)
        if c is None:
            raise CreatorError(translate("services.creators", "This creator no longer exists."))
        ws_id = c.workspace_id
    stored: StoredImage | None = None
    if inp.image_path is not None:
        stored = store_image_file(data_dir, ws_id, inp.image_path)  # raises ImageRejected (a ValueError)
    with session_scope(engine) as s:
        e = CreatorEvidence(
            creator_id=creator_id,
            kind=inp.kind,
            evidence_date=inp.evidence_date,
            link=inp.link.strip(),
            note=inp.note.strip(),
            image_file=stored.rel_path if stored else "",
            image_name=stored.name if stored else "",
            question_proof=inp.question_proof,
        )
        s.add(e)
        s.flush()
        return _evidence_row(e)


_EVIDENCE_EDITABLE = ("kind", "evidence_date", "link", "note", "question_proof")


def update_evidence(engine: Engine, evidence_id: int, today: date, **changes: Any) -> dict[str, Any]:
    """Change some fields of an entry; returns their previous values (for undo)."""
    bad = set(changes) - set(_EVIDENCE_EDITABLE)
    if bad:
        raise CreatorError(
            translate("services.creators", "Cannot edit {fields} of an evidence entry.").format(
                fields=", ".join(sorted(bad))
            )
        )
    with session_scope(engine) as s:
        e = s.get(CreatorEvidence, evidence_id)
        if e is None:
            raise CreatorError(translate("services.creators", "This evidence entry no longer exists."))
        merged = {k: changes.get(k, getattr(e, k)) for k in _EVIDENCE_EDITABLE}
        errors = validate_evidence(merged["kind"], merged["evidence_date"], str(merged["link"]), today)
        errors = {k: v for k, v in errors.items() if k in changes}
        if errors:
            raise CreatorError("; ".join(errors.values()), errors)
        old = {k: getattr(e, k) for k in changes}
        for k, v in changes.items():
            setattr(e, k, v.strip() if isinstance(v, str) else v)
        s.add(e)
        return old


def delete_evidence(engine: Engine, evidence_id: int) -> EvidenceRow:
    """Remove an entry; its image file stays (another entry may share it, and undo needs it)."""
    with session_scope(engine) as s:
        e = s.get(CreatorEvidence, evidence_id)
        if e is None:
            raise CreatorError(translate("services.creators", "This evidence entry no longer exists."))
        row = _evidence_row(e)
        s.delete(e)
        return row


def restore_evidence(engine: Engine, row: EvidenceRow) -> None:
    with session_scope(engine) as s:
        s.add(_evidence_model(row))


# -------------------- deals


def _deal_rows(s: Any, creator_id: int) -> list[DealRow]:
    deals = list(
        s.execute(
            select(Deal).where(Deal.creator_id == creator_id).order_by(Deal.start_date, Deal.id)  # type: ignore[arg-type]
        ).scalars()
    )
    results = live_results(s, deals)
    out = []
    for d in deals:
        # The Deals tab's figures: a deal whose deliverables are linked to logged posts takes its results from
        # them (typed numbers would contradict it); otherwise the typed numbers, unknown staying unknown.
        r = results[d.id or 0]
        impressions, views = (r.impressions, r.views) if r.linked_posts else (d.actual_impressions, d.actual_views)
        conversions = r.conversions if r.conversions_from_posts else d.actual_conversions
        fig = deal_figures(
            d.creator_fee,
            d.media_spend,
            impressions or 0,
            views or 0,
            conversions or 0,
            d.actual_revenue,
        )
        out.append(
            DealRow(
                d.id or 0,
                d.title,
                d.brand,
                d.status,
                d.start_date,
                d.creator_fee,
                d.media_spend,
                impressions,
                views,
                conversions,
                d.actual_revenue,
                fig,
            )
        )
    return out


def linkable_deals(engine: Engine, workspace_id: int) -> list[tuple[int, str, int | None]]:
    """Deals of the workspace as (id, label, current creator id), for the "Link a deal" picker."""
    d = table_of(Deal)
    with session_scope(engine) as s:
        rows = s.execute(
            select(d.c.id, d.c.brand, d.c.title, d.c.creator_name, d.c.creator_id)
            .where(d.c.workspace_id == workspace_id)
            .order_by(d.c.id.desc())
        )
        return [
            (
                int(i),
                " — ".join(x for x in (brand, title, cname) if x)
                or translate("services.creators", "Deal {id}").format(id=i),
                cid,
            )
            for i, brand, title, cname, cid in rows
        ]


def link_deal(engine: Engine, deal_id: int, creator_id: int | None) -> int | None:
    """Point a deal at a creator (or none); returns the previous creator id for undo."""
    with session_scope(engine) as s:
        deal = s.get(Deal, deal_id)
        if deal is None:
            raise CreatorError(translate("services.creators", "This deal no longer exists."))
        if creator_id is not None:
            c = s.get(Creator, creator_id)
            if c is None or c.workspace_id != deal.workspace_id:
                raise CreatorError(
                    translate("services.creators", "The creator and the deal must be in the same workspace.")
                )
        old = deal.creator_id
        deal.creator_id = creator_id
        if creator_id is not None and not deal.creator_name and c is not None:
            deal.creator_name = c.name
        s.add(deal)
        return old


# -------------------- the creator page


def creator_detail(engine: Engine, creator_id: int, today: date) -> CreatorDetail:
    with session_scope(engine) as s:
        c = s.get(Creator, creator_id)
        if c is None:
            raise CreatorError(translate("services.creators", "This creator no longer exists."))
        data = _input_of(c, _handles_of(s, creator_id))
        ws = s.get(Workspace, c.workspace_id)
        symbol, code = (ws.currency_symbol, ws.currency_code) if ws else ("$", "USD")
        deals = _deal_rows(s, creator_id)
        counts = _evidence_counts(s, [creator_id], None).get(creator_id, (0, 0, 0))
        ws_id = c.workspace_id
    evidence = list_evidence(engine, creator_id)
    measured = measured_figures(engine, data.figures_workspace_id, today) if data.figures_workspace_id else None
    rin, sources = _rubric_input(counts[1], counts[2], data, measured)
    return CreatorDetail(
        creator_id,
        ws_id,
        data,
        tuple(evidence),
        tuple(deals),
        summarise_deals(d.outcome for d in deals),
        measured,
        evaluate(rin, today),
        symbol,
        code,
        sources,
    )


# -------------------- one-pager export


# The one-pager is a document for people: its words, numbers, money and dates follow the active language
# (English exactly as before); CSV exports elsewhere stay machine-readable.


def _money(detail: CreatorDetail, x: Decimal | None) -> str:
    lang = active_language()
    if lang == "en":
        return format_money(x, detail.currency_symbol, detail.currency_code)
    return figures_text.na() if x is None else formatting.format_money(x, detail.currency_code, lang)


def _day(d: date | None) -> str:
    if d is None:
        return translate("services.creators", "undated")
    lang = active_language()
    return d.isoformat() if lang == "en" else formatting.format_date(d, lang)


def _figure_lines(detail: CreatorDetail) -> list[tuple[str, str]]:
    d = detail.data
    m = detail.measured
    out = []
    for key, label, suffix in (
        ("replies_per_1k", translate("services.creators", "Replies per 1k reach"), ""),
        ("er_pct", translate("services.creators", "Engagement rate"), "%"),
        ("returning_share_pct", translate("services.creators", "Returning share (30 d)"), "%"),
    ):
        src = detail.figure_sources.get(key, "unknown")
        value = getattr(m, key) if src == "measured" and m is not None else getattr(d, key)
        shown = figures_text.rate(value if src != "unknown" else None, 1, suffix)
        if src == "measured" and m is not None:
            shown = translate("services.creators", "{value} (measured in '{workspace}')").format(
                value=shown, workspace=m.workspace_name
            )
        elif src == "typed":
            shown = translate("services.creators", "{value} (reported)").format(value=shown)
        out.append((label, shown))
    return out


def _deal_table(detail: CreatorDetail) -> tuple[list[str], list[list[str]]]:
    header = [
        translate("services.creators", "Deal"),
        translate("services.creators", "Status"),
        translate("services.creators", "Total cost"),
        translate("services.creators", "Impressions"),
        translate("services.creators", "Conversions"),
        translate("services.creators", "Blended CPM"),
        translate("services.creators", "Blended CPA"),
    ]
    rows = []
    for dl in detail.deals:
        rows.append(
            [
                " — ".join(x for x in (dl.brand, dl.title) if x)
                or translate("services.creators", "Deal {id}").format(id=dl.id),
                status_label(dl.status),  # the Deals tab's word for it
                _money(detail, dl.figures.blended.total),
                figures_text.na() if dl.impressions is None else figures_text.integer(dl.impressions),
                figures_text.na() if dl.conversions is None else figures_text.integer(dl.conversions),
                _money(detail, dl.figures.blended.cpm if dl.impressions else None),
                _money(detail, dl.figures.blended.cpa if dl.conversions else None),
            ]
        )
    s = detail.deal_summary
    rows.append(
        [
            translate("services.creators", "All deals ({count})").format(count=s.deals),
            "",
            _money(detail, s.total_cost),
            figures_text.integer(s.impressions),
            figures_text.integer(s.conversions),
            _money(detail, s.cpm),
            _money(detail, s.cpa),
        ]
    )
    return header, rows


def _mime(path: Path) -> str:
    return {".png": "image/png", ".jpg": "image/jpeg", ".webp": "image/webp", ".gif": "image/gif"}.get(
        path.suffix.lower(), "image/bmp"
    )


def one_pager_html(
    detail: CreatorDetail, data_dir: Path, today: date, thumbnails: dict[int, bytes] | None = None
) -> str:
    """The one-pager as HTML for ``write_pdf``: rubric, figures, evidence thumbnails, deal history.

    ``thumbnails`` are PNG bytes already downscaled by the UI (keeps the PDF small); without them the stored
    image is embedded and scaled by width, which is what the CLI path does.
    """
    e = html.escape
    d = detail.data
    r = detail.rubric
    verdict_colour = "#1e7b34" if r.passed else "#a15c00"
    parts = [
        "<html><body style='font-family: sans-serif; font-size: 10pt;'>",
        f"<h1 style='margin-bottom:2px'>{e(d.name)}</h1>",
        f"<p style='color:#555'>{e(d.niche or translate('services.creators', 'no niche set'))} · "
        + e(translate("services.creators", "status: {status}").format(status=creator_status_label(d.status)))
        + (
            " · "
            + e(translate("services.creators", "audience {count}").format(count=figures_text.integer(d.audience_size)))
            if d.audience_size is not None
            else ""
        )
        + (f" · {e(d.contact)}" if d.contact else "")
        + "</p>",
    ]
    if d.handles:
        parts.append("<p>" + " · ".join(f"{e(p)} <b>{e(h)}</b>" for p, h in d.handles) + "</p>")
    verdict = f"<span style='color:{verdict_colour}'>{e(rubric_label(r.passed))}</span>"
    parts.append(
        "<h2>"
        + translate("services.creators", "Proof of conversation: {verdict} (score {score} / 100)").format(
            verdict=verdict, score=figures_text.rate(r.score, 1)
        )
        + "</h2>"
    )
    if r.missing:
        missing = e(translate("services.creators", "Missing:"))
        parts.append(f"<p><b>{missing}</b></p><ul>" + "".join(f"<li>{e(m)}</li>" for m in r.missing) + "</ul>")
    struggle = (
        f"“{e(d.struggle_answer)}” ({e(_day(d.struggle_date))})"
        if d.struggle_answer
        else e(translate("services.creators", "not asked yet"))
    )
    asked = e(translate("services.creators", "What their audience struggles with this week:"))
    parts.append(f"<p><b>{asked}</b> {struggle}</p>")
    parts.append("<table cellpadding='3' border='0'>")
    for label, value in _figure_lines(detail):
        parts.append(f"<tr><td>{e(label)}</td><td><b>{e(value)}</b></td></tr>")
    parts.append("</table>")
    parts.append(
        "<h2>" + e(translate("services.creators", "Evidence ({count})").format(count=len(detail.evidence))) + "</h2>"
    )
    parts.append("<table cellpadding='4' border='0'>")
    for ev in detail.evidence:
        img = ""
        if ev.image_file:
            data: bytes | None = (thumbnails or {}).get(ev.id)
            mime = "image/png"
            if data is None:
                path = resolve_image(data_dir, ev.image_file)
                if path is not None and path.exists():
                    data = path.read_bytes()
                    mime = _mime(path)
            if data is not None:
                b64 = base64.b64encode(data).decode("ascii")
                img = f"<img src='data:{mime};base64,{b64}' width='120'>"
        answered = e(translate("services.creators", "question answered with specifics"))
        proof = f" · <b>{answered}</b>" if ev.question_proof else ""
        link = f"<br><a href='{e(ev.link)}'>{e(ev.link)}</a>" if ev.link else ""
        when = e(_day(ev.evidence_date))
        parts.append(
            f"<tr><td width='130'>{img}</td><td valign='top'><b>{e(evidence_kind_label(ev.kind))}</b>, {when}{proof}"
            f"<br>{e(ev.note)}{link}</td></tr>"
        )
    parts.append("</table>")
    header, rows = _deal_table(detail)
    parts.append(
        "<h2>" + e(translate("services.creators", "Deal history (blended = creator fees + paid media)")) + "</h2>"
    )
    if not detail.deals:
        parts.append("<p>" + e(translate("services.creators", "No deals linked yet.")) + "</p>")
    else:
        parts.append("<table cellpadding='3' border='1' cellspacing='0'><tr>")
        parts.extend(f"<th>{e(h)}</th>" for h in header)
        parts.append("</tr>")
        for i, row in enumerate(rows):
            style = " style='font-weight:bold'" if i == len(rows) - 1 else ""
            parts.append(f"<tr{style}>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
        parts.append("</table>")
    prepared = translate("services.creators", "Prepared {date} with MicroComm Desktop.").format(date=_day(today))
    parts.append(f"<p style='color:#777; font-size:8pt'>{e(prepared)}</p>")
    parts.append("</body></html>")
    return "".join(parts)


def one_pager_markdown(detail: CreatorDetail, today: date, image_links: dict[int, str] | None = None) -> str:
    """The one-pager as Markdown; ``image_links`` maps evidence id → relative image path next to the file."""
    d = detail.data
    r = detail.rubric
    lines = [f"# {d.name}", ""]
    meta = [
        d.niche or translate("services.creators", "no niche set"),
        translate("services.creators", "status: {status}").format(status=creator_status_label(d.status)),
    ]
    if d.audience_size is not None:
        meta.append(
            translate("services.creators", "audience {count}").format(count=figures_text.integer(d.audience_size))
        )
    if d.contact:
        meta.append(d.contact)
    lines += [" · ".join(meta), ""]
    if d.handles:
        lines += [" · ".join(f"{p} **{h}**" for p, h in d.handles), ""]
    proof_line = translate("services.creators", "Proof of conversation: {verdict} (score {score} / 100)")
    lines += ["## " + proof_line.format(verdict=rubric_label(r.passed), score=figures_text.rate(r.score, 1)), ""]
    if r.missing:
        lines += [translate("services.creators", "Missing:"), *[f"- {m}" for m in r.missing], ""]
    answer = (
        f"“{d.struggle_answer}” ({_day(d.struggle_date)})"
        if d.struggle_answer
        else translate("services.creators", "not asked yet")
    )
    asked = translate("services.creators", "What their audience struggles with this week:")
    lines += [f"**{asked}** {answer}", ""]
    lines += [f"- {label}: **{value}**" for label, value in _figure_lines(detail)]
    lines += ["", "## " + translate("services.creators", "Evidence ({count})").format(count=len(detail.evidence)), ""]
    for ev in detail.evidence:
        when = _day(ev.evidence_date)
        proof = " · " + translate("services.creators", "question answered with specifics") if ev.question_proof else ""
        lines.append(f"### {evidence_kind_label(ev.kind)}, {when}{proof}")
        if ev.note:
            lines.append(ev.note)
        if ev.link:
            lines.append(f"<{ev.link}>")
        link = (image_links or {}).get(ev.id)
        if link:
            lines.append(f"![{ev.image_name or 'screenshot'}]({link})")
        lines.append("")
    lines += ["## " + translate("services.creators", "Deal history (blended = creator fees + paid media)"), ""]
    if not detail.deals:
        lines += [translate("services.creators", "No deals linked yet."), ""]
    else:
        header, rows = _deal_table(detail)
        lines.append("| " + " | ".join(header) + " |")
        lines.append("|" + "---|" * len(header))
        for i, row in enumerate(rows):
            cells = [f"**{c}**" if i == len(rows) - 1 and c else c for c in row]
            lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
        lines.append("")
    lines.append(
        "_" + translate("services.creators", "Prepared {date} with MicroComm Desktop.").format(date=_day(today)) + "_"
    )
    return "\n".join(lines) + "\n"


def export_one_pager(
    engine: Engine,
    data_dir: Path,
    creator_id: int,
    path: Path,
    today: date,
    thumbnails: dict[int, bytes] | None = None,
) -> Path:
    """Write the one-pager as PDF (``.pdf``) or Markdown (anything else, ``.md`` added when missing).

    Markdown gets its images copied into a ``<name>_images`` folder beside it, so the file stays readable
    when moved with that folder and never points into the app's private data directory.
    """
    detail = creator_detail(engine, creator_id, today)
    if path.suffix.lower() == ".pdf":
        from microcomm_desktop.pdf import write_pdf

        title = translate("services.creators", "{name} — creator").format(name=detail.data.name)
        write_pdf(one_pager_html(detail, data_dir, today, thumbnails), path, title=title)
        return path
    if path.suffix.lower() != ".md":
        path = path.with_suffix(".md")
    links: dict[int, str] = {}
    folder = path.with_name(path.stem + "_images")
    for ev in detail.evidence:
        src = resolve_image(data_dir, ev.image_file)
        if src is None or not src.exists():
            continue
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"evidence-{ev.id}{src.suffix}"
        shutil.copyfile(src, target)
        links[ev.id] = f"{folder.name}/{target.name}"
    safe_files.write_text(path, one_pager_markdown(detail, today, links))
    return path
