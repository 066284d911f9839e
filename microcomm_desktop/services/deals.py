"""Saved deals (a small CRM): create, edit, delete, restore, list with live figures.

Shared by the Deals tab and the CLI. Every write is one transaction, so a deal and its deliverables and post
links are saved together or not at all. A deal is passed around as a plain ``DealData`` snapshot: the same
shape serves the form, the undo stack (restore exactly what was there) and the tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Integer, func, select
from sqlalchemy.engine import Engine
from sqlmodel import Session, col
from sqlmodel import select as sm_select

from microcomm_desktop.domain import formatting
from microcomm_desktop.domain.deals import DealFigures, deal_figures
from microcomm_desktop.domain.limits import count_out_of_range, money_out_of_range
from microcomm_desktop.i18n import QT_TRANSLATE_NOOP, TranslatedLabels, active_language, translate
from microcomm_desktop.services.conflicts import EditConflict as EditConflict
from microcomm_desktop.services.conflicts import as_text, check_version
from microcomm_desktop.store.db import session_scope
from microcomm_desktop.store.models import Creator, Deal, DealLine, DealLinePost, DisclosureCheck, Post, Workspace
from microcomm_desktop.store.models.base import table_of, utcnow

DEAL_STATUSES: tuple[str, ...] = ("draft", "offered", "signed", "live", "done", "lost")
LINE_KINDS: tuple[str, ...] = ("deliverable", "addon", "discount")

#: Free-text columns of a deal, grouped the way docs/domain.md §5 lists a brief's components (form pages use it).
TEXT_GROUPS: dict[str, list[tuple[str, str]]] = {
    "Usage rights": [
        ("usage_channels", "Channels"),
        ("usage_duration", "Duration"),
        ("usage_region", "Region"),
        ("usage_edits_allowed", "Edits allowed"),
    ],
    "Whitelisting": [
        ("whitelist_access", "Access method"),
        ("whitelist_duration", "Ad duration"),
        ("whitelist_approvals", "Approvals"),
    ],
    "Exclusivity": [
        ("exclusivity_competitors", "Competitor list"),
        ("exclusivity_timeframe", "Timeframe"),
        ("exclusivity_platforms", "Platforms"),
    ],
    "Measurement": [
        ("measurement_utms", "UTMs"),
        ("measurement_codes", "Codes"),
        ("measurement_cadence", "Reporting cadence"),
    ],
}
TEXT_FIELDS: tuple[str, ...] = (
    "brand",
    "creator_name",
    "title",
    "disclosure_line",
    "notes",
    *(name for group in TEXT_GROUPS.values() for name, _ in group),
)
MONEY_FIELDS: tuple[str, ...] = ("creator_fee", "media_spend")
OPTIONAL_MONEY_FIELDS: tuple[str, ...] = ("whitelist_test_budget", "actual_revenue")
COUNT_FIELDS: tuple[str, ...] = ("actual_impressions", "actual_views", "actual_conversions")
DATE_FIELDS: tuple[str, ...] = ("start_date", "end_date", "valid_until")
ALL_FIELDS: tuple[str, ...] = (
    *TEXT_FIELDS,
    *MONEY_FIELDS,
    *OPTIONAL_MONEY_FIELDS,
    *COUNT_FIELDS,
    *DATE_FIELDS,
    "status",
    "creator_id",
)


_STATUS_LABEL_NAMES = TranslatedLabels(
    "services.deals",
    {
        "draft": QT_TRANSLATE_NOOP("services.deals", "draft"),
        "offered": QT_TRANSLATE_NOOP("services.deals", "offered"),
        "signed": QT_TRANSLATE_NOOP("services.deals", "signed"),
        "live": QT_TRANSLATE_NOOP("services.deals", "live"),
        "done": QT_TRANSLATE_NOOP("services.deals", "done"),
        "lost": QT_TRANSLATE_NOOP("services.deals", "lost"),
    },
)


def status_label(status: str) -> str:
    """The name a stored status is shown by (the stored value stays the English key)."""
    return _STATUS_LABEL_NAMES.get(status, status)


_TERM_GROUP_LABEL_NAMES = TranslatedLabels(
    "services.deals",
    {
        "Usage rights": QT_TRANSLATE_NOOP("services.deals", "Usage rights"),
        "Whitelisting": QT_TRANSLATE_NOOP("services.deals", "Whitelisting"),
        "Exclusivity": QT_TRANSLATE_NOOP("services.deals", "Exclusivity"),
        "Measurement": QT_TRANSLATE_NOOP("services.deals", "Measurement"),
    },
)


def term_group_label(group: str) -> str:
    """A ``TEXT_GROUPS`` heading as shown (the key stays English: forms and documents look groups up by it)."""
    return _TERM_GROUP_LABEL_NAMES.get(group, group)


def term_label(name: str) -> str:
    """A ``TEXT_GROUPS`` field's label as shown, by field name."""
    names = {
        "usage_channels": translate("services.deals", "Channels"),
        "usage_duration": translate("services.deals", "Duration"),
        "usage_region": translate("services.deals", "Region"),
        "usage_edits_allowed": translate("services.deals", "Edits allowed"),
        "whitelist_access": translate("services.deals", "Access method"),
        "whitelist_duration": translate("services.deals", "Ad duration"),
        "whitelist_approvals": translate("services.deals", "Approvals"),
        "exclusivity_competitors": translate("services.deals", "Competitor list"),
        "exclusivity_timeframe": translate("services.deals", "Timeframe"),
        "exclusivity_platforms": translate("services.deals", "Platforms"),
        "measurement_utms": translate("services.deals", "UTMs"),
        "measurement_codes": translate("services.deals", "Codes"),
        "measurement_cadence": translate("services.deals", "Reporting cadence"),
    }
    if name in names:
        return names[name]
    return next((label for group in TEXT_GROUPS.values() for n, label in group if n == name), name)


def _gone(deal_id: int) -> str:
    return translate("services.deals", "Deal {id} no longer exists.").format(id=deal_id)


def _export_suffix_error(suffix: str) -> str:
    if suffix:
        return translate("services.deals", "Export as .md or .pdf, not {suffix}.").format(suffix=suffix)
    return translate("services.deals", "Export as .md or .pdf, not a file without extension.")


class DealError(ValueError):
    """Bad deal input; ``errors`` maps a field name to the message shown next to that field."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(errors.values()))
        self.errors = errors


@dataclass
class LineData:
    """A deliverable (format, quantity, timing, call to action) or a priced quote line (add-on, discount)."""

    kind: str = "deliverable"
    format: str = ""
    description: str = ""
    quantity: int = 1
    timing: str = ""
    call_to_action: str = ""
    unit_price: Decimal = Decimal(0)
    amount: Decimal = Decimal(0)
    post_ids: list[int] = field(default_factory=list)


@dataclass
class DealData:
    """Everything a deal is, detached from the session: form contents, undo snapshots and CLI output."""

    workspace_id: int
    id: int | None = None
    fields: dict[str, Any] = field(default_factory=dict)
    lines: list[LineData] = field(default_factory=list)
    # Disclosure spot-checks, post id → (line present, checked on). ``None`` = leave the stored checks alone
    # (the deal form does not edit them); a dict (an undo snapshot) replaces them.
    checks: dict[int, tuple[bool, date]] | None = None
    # The stored row's version when loaded (team editing): the edit form saves against it, so a save from an
    # older version is refused with ``EditConflict``. Undo snapshots carry it too but never check it.
    version: int | None = None
    updated_by: str = ""

    def get(self, name: str) -> Any:
        if name in self.fields:
            return self.fields[name]
        return _DEFAULTS[name]


_DEFAULTS: dict[str, Any] = {
    **dict.fromkeys(TEXT_FIELDS, ""),
    **dict.fromkeys(MONEY_FIELDS, Decimal(0)),
    **dict.fromkeys(OPTIONAL_MONEY_FIELDS),
    **dict.fromkeys(COUNT_FIELDS),
    **dict.fromkeys(DATE_FIELDS),
    "status": "draft",
    "creator_id": None,
}


@dataclass(frozen=True)
class Results:
    """The numbers a deal is judged on, and where they came from (linked posts or typed in)."""

    impressions: int
    views: int
    conversions: int
    revenue: Decimal | None
    linked_posts: int
    conversions_from_posts: bool

    @property
    def source(self) -> str:
        return f"{self.linked_posts} linked posts" if self.linked_posts else "typed in"


@dataclass(frozen=True)
class DealRow:
    """One line of the deals list with its blended figures already computed."""

    id: int
    brand: str
    creator: str
    title: str
    status: str
    start_date: date | None
    end_date: date | None
    fees: Decimal
    media: Decimal
    results: Results
    figures: DealFigures
    disclosure: DisclosureSummary | None = None


@dataclass(frozen=True)
class DisclosureSummary:
    """Disclosure spot-checks over a set of sponsored posts (posts linked to a deal's deliverables)."""

    linked: int  # sponsored posts
    checked: int  # of them, spot-checked
    carried: int  # of the checked, those that carried the disclosure line

    @property
    def not_checked(self) -> int:
        return self.linked - self.checked

    @property
    def share(self) -> float | None:
        """Percent of checked sponsored posts that carried the line; None before any check."""
        return None if self.checked == 0 else round(100.0 * self.carried / self.checked, 2)

    def sentence(self) -> str:
        """The summary in the reader's language; English exactly as the reports have always written it."""
        lang = active_language()
        if lang != "en":
            return self._translated(lang)
        if self.linked == 0:
            return "no sponsored posts linked yet"
        if self.checked == 0:
            return f"none of {self.linked} sponsored post(s) spot-checked yet"
        return (
            f"{self.carried} of {self.checked} checked sponsored post(s) carried the disclosure line "
            f"({self.share:.0f}%); {self.not_checked} not checked"
        )

    def _translated(self, lang: str) -> str:
        linked, checked = self.linked, self.checked
        if linked == 0:
            return translate("services.deals", "no sponsored posts linked yet")
        if checked == 0:
            return translate("services.deals", "none of %n sponsored post(s) spot-checked yet", None, linked)
        share = formatting.format_percent((self.share or 0.0) / 100, 0, lang)
        return translate(
            "services.deals",
            "{carried} of %n checked sponsored post(s) carried the disclosure line ({share}); "
            "{not_checked} not checked",
            None,
            checked,
        ).format(carried=self.carried, share=share, not_checked=self.not_checked)


@dataclass(frozen=True)
class DisclosureItem:
    """One line of a deal's disclosure checklist: a linked post and what its spot-check found."""

    post_id: int
    local_date: date
    title: str
    present: bool | None  # None = not checked
    checked_on: date | None


@dataclass(frozen=True)
class PostRef:
    """A post offered for linking to a deliverable."""

    id: int
    local_date: date
    title: str
    format: str
    impressions: int
    views: int
    conversions: int | None


# -------------------- validation


def validate(data: DealData) -> dict[str, str]:
    """Check a deal before writing; returns field → message (empty when fine). Nothing is coerced silently."""
    errors: dict[str, str] = {}
    unknown = set(data.fields) - set(ALL_FIELDS)
    if unknown:
        errors["fields"] = translate("services.deals", "Unknown deal fields: {fields}.").format(
            fields=", ".join(sorted(unknown))
        )
    if not str(data.get("brand")).strip() and not str(data.get("title")).strip():
        errors["brand"] = translate("services.deals", "Name the brand (or give the deal a title).")
    if data.get("status") not in DEAL_STATUSES:
        errors["status"] = translate("services.deals", "Status is one of: {statuses}.").format(
            statuses=", ".join(DEAL_STATUSES)
        )
    for name in MONEY_FIELDS + OPTIONAL_MONEY_FIELDS:
        value = data.get(name)
        if value is None:
            if name in MONEY_FIELDS:
                errors[name] = translate("services.deals", "Enter an amount (0 if none).")
            continue
        if not isinstance(value, Decimal) or not value.is_finite():
            errors[name] = translate("services.deals", "Not an amount.")
        elif value < 0:
            errors[name] = translate("services.deals", "Amount cannot be negative.")
        elif problem := money_out_of_range(value, name.replace("_", " ").capitalize()):
            errors[name] = problem
    for name in COUNT_FIELDS:
        value = data.get(name)
        if value is not None and (not isinstance(value, int) or value < 0):
            errors[name] = translate("services.deals", "Enter a whole number, 0 or more.")
        elif value is not None and (problem := count_out_of_range(value, name.replace("_", " ").capitalize())):
            errors[name] = problem
    start, end = data.get("start_date"), data.get("end_date")
    if start is not None and end is not None and end < start:
        errors["end_date"] = translate("services.deals", "The end date is before the start date.")
    for i, line in enumerate(data.lines, start=1):
        if line.kind not in LINE_KINDS:
            errors[f"line{i}"] = translate("services.deals", "Line {i}: unknown kind {kind}.").format(
                i=i, kind=repr(line.kind)
            )
        elif line.quantity < 0:
            errors[f"line{i}"] = translate("services.deals", "Line {i}: quantity cannot be negative.").format(i=i)
        elif problem := count_out_of_range(
            line.quantity, translate("services.deals", "Quantity")
        ) or money_out_of_range(line.amount, translate("services.deals", "Amount")):
            errors[f"line{i}"] = translate("services.deals", "Line {i}: {problem}").format(i=i, problem=problem)
        elif problem := money_out_of_range(line.unit_price, translate("services.deals", "Price")):
            errors[f"line{i}"] = translate("services.deals", "Line {i}: {problem}").format(i=i, problem=problem)
        elif line.unit_price < 0:
            errors[f"line{i}"] = translate("services.deals", "Line {i}: price cannot be negative.").format(i=i)
        elif line.kind != "discount" and line.amount < 0:
            errors[f"line{i}"] = translate("services.deals", "Line {i}: only a discount line can be negative.").format(
                i=i
            )
        elif line.kind == "deliverable" and not (line.format.strip() or line.description.strip()):
            errors[f"line{i}"] = translate("services.deals", "Line {i}: name the deliverable's format.").format(i=i)
    return errors


# -------------------- reads


def _data_of(session: Session, deal: Deal) -> DealData:
    lines = list(session.exec(sm_select(DealLine).where(DealLine.deal_id == deal.id).order_by(col(DealLine.position))))
    links: dict[int, list[int]] = {}
    if lines:
        lp = table_of(DealLinePost)
        rows = session.execute(
            select(lp.c.deal_line_id, lp.c.post_id).where(lp.c.deal_line_id.in_([ln.id for ln in lines]))
        ).all()
        for line_id, post_id in rows:
            links.setdefault(int(line_id), []).append(int(post_id))
    checks = {
        int(c.post_id): (bool(c.present), c.checked_on)
        for c in session.exec(sm_select(DisclosureCheck).where(DisclosureCheck.deal_id == deal.id))
    }
    return DealData(
        workspace_id=deal.workspace_id,
        id=deal.id,
        checks=checks,
        version=deal.version,
        updated_by=deal.updated_by or "",
        fields={name: getattr(deal, name) for name in ALL_FIELDS},
        lines=[
            LineData(
                kind=ln.kind,
                format=ln.format,
                description=ln.description,
                quantity=ln.quantity,
                timing=ln.timing,
                call_to_action=ln.call_to_action,
                unit_price=ln.unit_price,
                amount=ln.amount,
                post_ids=sorted(links.get(ln.id or 0, [])),
            )
            for ln in lines
        ],
    )


def load_deal(engine: Engine, deal_id: int) -> DealData:
    with session_scope(engine) as s:
        return load_deal_in(s, deal_id)


def load_deal_in(s: Session, deal_id: int) -> DealData:
    deal = s.get(Deal, deal_id)
    if deal is None:
        raise DealError({"id": _gone(deal_id)})
    return _data_of(s, deal)


def _post_totals(session: Session, workspace_id: int) -> dict[int, tuple[int, int, int | None, int]]:
    """Per deal: summed impressions, views, conversions (None if no linked post has them) and post count.

    One grouped query for the whole workspace; a post linked to two deliverables of one deal counts once.
    """
    lp, ln, p, d = table_of(DealLinePost), table_of(DealLine), table_of(Post), table_of(Deal)
    distinct = (
        select(ln.c.deal_id.label("deal_id"), lp.c.post_id.label("post_id"))
        .join(lp, lp.c.deal_line_id == ln.c.id)
        .join(d, d.c.id == ln.c.deal_id)
        .where(d.c.workspace_id == workspace_id)
        .distinct()
        .subquery()
    )
    q = (
        select(
            distinct.c.deal_id,
            func.coalesce(func.sum(p.c.impressions), 0),
            func.coalesce(func.sum(p.c.views), 0),
            func.sum(p.c.conversions),
            func.count(p.c.id),
        )
        .join(p, p.c.id == distinct.c.post_id)
        .group_by(distinct.c.deal_id)
    )
    return {
        int(r[0]): (int(r[1]), int(r[2]), None if r[3] is None else int(r[3]), int(r[4]))
        for r in session.execute(q).all()
    }


def _results(deal: Deal, totals: tuple[int, int, int | None, int] | None) -> Results:
    if totals is None or totals[3] == 0:
        return Results(
            deal.actual_impressions or 0,
            deal.actual_views or 0,
            deal.actual_conversions or 0,
            deal.actual_revenue,
            0,
            False,
        )
    impressions, views, conversions, count = totals
    # Conversions are often not logged per post; then the typed total is the better figure.
    from_posts = conversions is not None
    return Results(
        impressions,
        views,
        conversions if conversions is not None else (deal.actual_conversions or 0),
        deal.actual_revenue,
        count,
        from_posts,
    )


def live_results(session: Session, deals: list[Deal]) -> dict[int, Results]:
    """Each deal's results as the Deals tab shows them (linked posts first, typed numbers otherwise), so other
    screens and exports (the creator one-pager) never show a deal with different figures."""
    by_ws: dict[int, dict[int, tuple[int, int, int | None, int]]] = {}
    out: dict[int, Results] = {}
    for deal in deals:
        if deal.workspace_id not in by_ws:
            by_ws[deal.workspace_id] = _post_totals(session, deal.workspace_id)
        out[deal.id or 0] = _results(deal, by_ws[deal.workspace_id].get(deal.id or 0))
    return out


def _row(deal: Deal, results: Results) -> DealRow:
    return DealRow(
        id=deal.id or 0,
        brand=deal.brand,
        creator=deal.creator_name,
        title=deal.title,
        status=deal.status,
        start_date=deal.start_date,
        end_date=deal.end_date,
        fees=deal.creator_fee,
        media=deal.media_spend,
        results=results,
        figures=deal_figures(
            deal.creator_fee,
            deal.media_spend,
            results.impressions,
            results.views,
            results.conversions,
            results.revenue,
        ),
    )


def list_deals(engine: Engine, workspace_id: int) -> list[DealRow]:
    """All deals of a workspace, newest first, with results from linked posts where there are any."""
    with session_scope(engine) as s:
        totals = _post_totals(s, workspace_id)
        checks = _disclosure_by_deal(s, workspace_id)
        deals = s.exec(
            sm_select(Deal).where(Deal.workspace_id == workspace_id).order_by(col(Deal.created_at).desc())
        ).all()
        return [
            replace(
                _row(deal, _results(deal, totals.get(deal.id or 0))),
                disclosure=checks.get(deal.id or 0, DisclosureSummary(0, 0, 0)),
            )
            for deal in deals
        ]


def deal_row(engine: Engine, deal_id: int) -> DealRow:
    with session_scope(engine) as s:
        deal = s.get(Deal, deal_id)
        if deal is None:
            raise DealError({"id": _gone(deal_id)})
        totals = _post_totals(s, deal.workspace_id)
        checks = _disclosure_by_deal(s, deal.workspace_id)
        return replace(
            _row(deal, _results(deal, totals.get(deal_id))), disclosure=checks.get(deal_id, DisclosureSummary(0, 0, 0))
        )


def preview_results(engine: Engine, data: DealData) -> Results:
    """Results as they would be after saving ``data`` (the form shows them live, before Save)."""
    post_ids = sorted({pid for line in data.lines if line.kind == "deliverable" for pid in line.post_ids})
    revenue = data.get("actual_revenue")
    if not post_ids:
        return Results(
            data.get("actual_impressions") or 0,
            data.get("actual_views") or 0,
            data.get("actual_conversions") or 0,
            revenue,
            0,
            False,
        )
    p = table_of(Post)
    with session_scope(engine) as s:
        r = s.execute(
            select(
                func.coalesce(func.sum(p.c.impressions), 0),
                func.coalesce(func.sum(p.c.views), 0),
                func.sum(p.c.conversions),
                func.count(p.c.id),
            ).where(p.c.id.in_(post_ids), p.c.workspace_id == data.workspace_id)
        ).one()
    conversions = None if r[2] is None else int(r[2])
    return Results(
        int(r[0]),
        int(r[1]),
        conversions if conversions is not None else (data.get("actual_conversions") or 0),
        revenue,
        int(r[3]),
        conversions is not None,
    )


def list_creators(engine: Engine, workspace_id: int) -> list[tuple[int, str]]:
    """(id, name) of the workspace's creators for the deal form's picker."""
    with session_scope(engine) as s:
        rows = s.exec(
            sm_select(Creator.id, Creator.name).where(Creator.workspace_id == workspace_id).order_by(Creator.name)
        ).all()
        return [(int(i or 0), str(n)) for i, n in rows]


def list_linkable_posts(engine: Engine, workspace_id: int, limit: int = 1000) -> list[PostRef]:
    """Most recent posts first; the limit keeps the picker quick on a log of many thousands of posts."""
    p = table_of(Post)
    with session_scope(engine) as s:
        rows = s.execute(
            select(p.c.id, p.c.local_date, p.c.title, p.c.format, p.c.impressions, p.c.views, p.c.conversions)
            .where(p.c.workspace_id == workspace_id)
            .order_by(p.c.local_date.desc(), p.c.id.desc())
            .limit(limit)
        ).all()
    return [PostRef(int(r[0]), r[1], str(r[2]), str(r[3]), int(r[4]), int(r[5]), r[6]) for r in rows]


def currency_of(engine: Engine, workspace_id: int) -> tuple[str, str]:
    """(symbol, code) of a workspace; USD/$ by default."""
    with session_scope(engine) as s:
        ws = s.get(Workspace, workspace_id)
        if ws is None:
            return "$", "USD"
        return ws.currency_symbol, ws.currency_code


# -------------------- writes


def deal_form_text(data: DealData) -> dict[str, str]:
    """A deal as the conflict dialog shows it: every field as text plus one line per quote line."""
    out = {name: as_text(data.get(name)) for name in ALL_FIELDS}
    for i, ln in enumerate(data.lines, 1):
        money = f" @ {ln.unit_price:f}" if ln.kind == "deliverable" else f" {ln.amount:f}"
        posts = f" (posts {', '.join(map(str, ln.post_ids))})" if ln.post_ids else ""
        out[f"line_{i:02d}"] = f"{ln.quantity} × {ln.format or ln.kind} {ln.description}".strip() + money + posts
    out["version"] = as_text(data.version)
    out["updated_by"] = data.updated_by
    return out


def deal_field_labels() -> dict[str, str]:
    """Field name → label as the deal form says it (for the conflict dialog), in the reader's language."""
    labels = {name: term_label(name) for group in TEXT_GROUPS.values() for name, _ in group}
    labels.update(
        brand=translate("services.deals", "Brand"),
        creator_name=translate("services.deals", "Creator name"),
        creator_id=translate("services.deals", "Creator (roster id)"),
        title=translate("services.deals", "Title"),
        disclosure_line=translate("services.deals", "Disclosure line"),
        creator_fee=translate("services.deals", "Creator fee"),
        media_spend=translate("services.deals", "Paid media"),
        whitelist_test_budget=translate("services.deals", "Whitelist test budget"),
        actual_revenue=translate("services.deals", "Revenue"),
        actual_impressions=translate("services.deals", "Impressions"),
        actual_views=translate("services.deals", "Views"),
        actual_conversions=translate("services.deals", "Conversions"),
        start_date=translate("services.deals", "Start date"),
        end_date=translate("services.deals", "End date"),
        valid_until=translate("services.deals", "Quote valid until"),
        status=translate("services.deals", "Status"),
        notes=translate("services.deals", "Notes"),
    )
    line = translate("services.deals", "Line {i}")
    labels.update({f"line_{i:02d}": line.format(i=i) for i in range(1, 100)})
    return labels


def save_deal(engine: Engine, data: DealData, expected_version: int | None = None) -> int:
    """Create or update a deal with its lines and post links in one transaction; returns the deal id.

    An ``id`` that no longer exists is re-created under the same id: that is how Undo of a delete restores a
    deal that other screens (Creators) still refer to. ``expected_version`` (the version the form was opened
    at) refuses the save with ``EditConflict`` when another member saved the deal since; undo passes none.
    """
    errors = validate(data)
    if errors:
        raise DealError(errors)
    with session_scope(engine) as s:
        post_ids = {pid for line in data.lines for pid in line.post_ids}
        if post_ids:
            p = table_of(Post)
            found = {
                int(r[0])
                for r in s.execute(
                    select(p.c.id).where(p.c.id.in_(post_ids), p.c.workspace_id == data.workspace_id)
                ).all()
            }
            missing = post_ids - found
            if missing:
                n_missing = len(missing)
                raise DealError(
                    {
                        "posts": translate(
                            "services.deals", "%n linked post(s) are not in this workspace's log.", None, n_missing
                        )
                    }
                )
        creator_id = data.get("creator_id")
        if creator_id is not None:
            creator = s.get(Creator, creator_id)
            if creator is None or creator.workspace_id != data.workspace_id:
                raise DealError({"creator_id": translate("services.deals", "That creator is not in this workspace.")})
        if data.id is not None:
            deal_id_ = data.id
            check_version(
                s,
                table_of(Deal),
                deal_id_,
                expected_version,
                "deal",
                lambda: deal_form_text(load_deal_in(s, deal_id_)),
            )
        deal = s.get(Deal, data.id) if data.id is not None else None
        if deal is None:
            deal = Deal(workspace_id=data.workspace_id)
            if data.id is not None:
                deal.id = data.id
        elif deal.workspace_id != data.workspace_id:
            raise DealError({"id": translate("services.deals", "That deal belongs to another workspace.")})
        for name in ALL_FIELDS:
            value = data.get(name)
            setattr(deal, name, value.strip() if isinstance(value, str) and name != "notes" else value)
        deal.updated_at = utcnow()
        s.add(deal)
        s.flush()
        deal_id = deal.id or 0
        s.execute(table_of(DealLine).delete().where(table_of(DealLine).c.deal_id == deal_id))
        for pos, line in enumerate(data.lines):
            row = DealLine(
                deal_id=deal_id,
                kind=line.kind,
                format=line.format.strip(),
                description=line.description.strip(),
                quantity=line.quantity,
                timing=line.timing.strip(),
                call_to_action=line.call_to_action.strip(),
                unit_price=line.unit_price,
                amount=line.amount,
                position=pos,
            )
            s.add(row)
            s.flush()
            for pid in sorted(set(line.post_ids)):
                s.add(DealLinePost(deal_line_id=row.id or 0, post_id=pid))
        if data.checks is not None:
            dc = table_of(DisclosureCheck)
            s.execute(dc.delete().where(dc.c.deal_id == deal_id))
            p = table_of(Post)
            alive = {
                int(r[0])
                for r in s.execute(
                    select(p.c.id).where(p.c.id.in_(list(data.checks)), p.c.workspace_id == data.workspace_id)
                ).all()
            }
            for pid, (present, on) in sorted(data.checks.items()):
                if pid in alive:  # a post deleted since the snapshot takes its check with it
                    s.add(DisclosureCheck(deal_id=deal_id, post_id=pid, present=present, checked_on=on))
        return deal_id


def delete_deal(engine: Engine, deal_id: int) -> DealData:
    """Delete a deal (its lines and links cascade); returns the snapshot so Undo can put it back."""
    with session_scope(engine) as s:
        deal = s.get(Deal, deal_id)
        if deal is None:
            raise DealError({"id": _gone(deal_id)})
        snapshot = _data_of(s, deal)
        s.execute(table_of(DealLine).delete().where(table_of(DealLine).c.deal_id == deal_id))
        s.delete(deal)
        return snapshot


def set_status(engine: Engine, deal_id: int, status: str, expected_version: int | None = None) -> DealData:
    """Move a deal along the pipeline; returns the previous snapshot (for Undo). ``expected_version`` refuses
    the move with ``EditConflict`` when the deal changed since the caller read it."""
    before = load_deal(engine, deal_id)
    after = replace(before, fields={**before.fields, "status": status})
    save_deal(engine, after, expected_version)
    return before


def line_amount(line: LineData) -> Decimal:
    """A deliverable's amount is quantity × unit price; priced lines carry their own amount."""
    return line.unit_price * line.quantity if line.kind == "deliverable" else line.amount


# -------------------- disclosure spot-checks


def _sponsored_pairs(workspace_id: int) -> Any:
    """(deal_id, post_id) of every post linked to a deal's deliverables, each pair once."""
    lp, ln, d = table_of(DealLinePost), table_of(DealLine), table_of(Deal)
    return (
        select(ln.c.deal_id.label("deal_id"), lp.c.post_id.label("post_id"))
        .join(lp, lp.c.deal_line_id == ln.c.id)
        .join(d, d.c.id == ln.c.deal_id)
        .where(d.c.workspace_id == workspace_id)
        .distinct()
        .subquery()
    )


def _disclosure_by_deal(session: Session, workspace_id: int) -> dict[int, DisclosureSummary]:
    """Per deal: linked posts, checked ones and those that carried the line. A check of a post that is no
    longer linked is kept (relinking brings it back) but not counted."""
    pairs = _sponsored_pairs(workspace_id)
    dc = table_of(DisclosureCheck)
    q = (
        select(
            pairs.c.deal_id,
            func.count(),
            func.count(dc.c.post_id),
            func.coalesce(func.sum(func.cast(dc.c.present, Integer)), 0),
        )
        .select_from(pairs)
        .join(dc, (dc.c.deal_id == pairs.c.deal_id) & (dc.c.post_id == pairs.c.post_id), isouter=True)
        .group_by(pairs.c.deal_id)
    )
    return {int(r[0]): DisclosureSummary(int(r[1]), int(r[2]), int(r[3])) for r in session.execute(q).all()}


def disclosure_checklist(engine: Engine, deal_id: int) -> list[DisclosureItem]:
    """The deal's linked posts, oldest first, each with its spot-check (or none yet)."""
    with session_scope(engine) as s:
        deal = s.get(Deal, deal_id)
        if deal is None:
            raise DealError({"id": _gone(deal_id)})
        pairs = _sponsored_pairs(deal.workspace_id)
        p, dc = table_of(Post), table_of(DisclosureCheck)
        rows = s.execute(
            select(p.c.id, p.c.local_date, p.c.title, dc.c.present, dc.c.checked_on)
            .select_from(pairs)
            .join(p, p.c.id == pairs.c.post_id)
            .join(dc, (dc.c.deal_id == pairs.c.deal_id) & (dc.c.post_id == pairs.c.post_id), isouter=True)
            .where(pairs.c.deal_id == deal_id)
            .order_by(p.c.local_date, p.c.id)
        ).all()
    return [DisclosureItem(int(r[0]), r[1], str(r[2]), None if r[3] is None else bool(r[3]), r[4]) for r in rows]


def set_disclosure_checks(
    engine: Engine, deal_id: int, changes: dict[int, tuple[bool | None, date | None]]
) -> dict[int, tuple[bool | None, date | None]]:
    """Record (or clear, with present ``None``) spot-checks of the deal's linked posts in one transaction;
    returns each post's previous (present, date) so Undo can put them back. Nothing is written when any change
    is refused: a post not linked to the deal, or a check without a date."""
    for post_id, (present, on) in changes.items():
        if present is not None and on is None:
            raise DealError(
                {
                    "checked_on": translate("services.deals", "Post {post}: say when it was checked.").format(
                        post=post_id
                    )
                }
            )
    with session_scope(engine) as s:
        deal = s.get(Deal, deal_id)
        if deal is None:
            raise DealError({"id": _gone(deal_id)})
        pairs = _sponsored_pairs(deal.workspace_id)
        linked = {int(r[0]) for r in s.execute(select(pairs.c.post_id).where(pairs.c.deal_id == deal_id)).all()}
        previous: dict[int, tuple[bool | None, date | None]] = {}
        for post_id, (present, on) in changes.items():
            row = s.get(DisclosureCheck, (deal_id, post_id))
            previous[post_id] = (None, None) if row is None else (bool(row.present), row.checked_on)
            if present is None:
                if row is not None:
                    s.delete(row)
                continue
            if post_id not in linked:
                raise DealError(
                    {
                        "post": translate(
                            "services.deals", "Post {post} is not linked to this deal's deliverables."
                        ).format(post=post_id)
                    }
                )
            assert on is not None
            if row is None:
                row = DisclosureCheck(deal_id=deal_id, post_id=post_id, present=present, checked_on=on)
            row.present, row.checked_on = present, on
            s.add(row)
        return previous


def set_disclosure_check(
    engine: Engine, deal_id: int, post_id: int, present: bool | None, checked_on: date | None
) -> tuple[bool | None, date | None]:
    """One post's spot-check (see ``set_disclosure_checks``); returns its previous (present, date)."""
    return set_disclosure_checks(engine, deal_id, {post_id: (present, checked_on)})[post_id]


def disclosure_summary(
    engine: Engine, workspace_id: int, start: date | None = None, end: date | None = None
) -> DisclosureSummary:
    """Spot-checks over the workspace's sponsored posts published ``start..end`` (all when open), each post once:
    checked when any of its deals checked it, carried when every check of it found the line."""
    pairs = _sponsored_pairs(workspace_id)
    p, dc = table_of(Post), table_of(DisclosureCheck)
    q = (
        select(
            pairs.c.post_id,
            func.count(dc.c.post_id),
            func.coalesce(func.min(func.cast(dc.c.present, Integer)), 0),
        )
        .select_from(pairs)
        .join(p, p.c.id == pairs.c.post_id)
        .join(dc, (dc.c.deal_id == pairs.c.deal_id) & (dc.c.post_id == pairs.c.post_id), isouter=True)
        .group_by(pairs.c.post_id)
    )
    if start is not None:
        q = q.where(p.c.local_date >= start)
    if end is not None:
        q = q.where(p.c.local_date <= end)
    with session_scope(engine) as s:
        rows = s.execute(q).all()
    checked = [r for r in rows if int(r[1]) > 0]
    return DisclosureSummary(len(rows), len(checked), sum(1 for r in checked if int(r[2]) == 1))


# -------------------- deal report (results + disclosure spot-checks, for the brand after a campaign)


@dataclass(frozen=True)
class DealReport:
    row: DealRow
    data: DealData
    checklist: list[DisclosureItem]
    symbol: str
    code: str
    generated: date

    @property
    def title(self) -> str:
        if active_language() == "en":
            name = self.row.brand or self.row.title or f"deal {self.row.id}"
            return f"Deal report: {name}"
        name = self.row.brand or self.row.title or translate("services.deals", "deal {id}").format(id=self.row.id)
        return translate("services.deals", "Deal report: {name}").format(name=name)


def deal_report(engine: Engine, deal_id: int, today: date) -> DealReport:
    row = deal_row(engine, deal_id)
    data = load_deal(engine, deal_id)
    symbol, code = currency_of(engine, data.workspace_id)
    return DealReport(row, data, disclosure_checklist(engine, deal_id), symbol, code, today)


def _report_date(d: date) -> str:
    lang = active_language()
    return f"{d:%d %b %Y}" if lang == "en" else formatting.format_date(d, lang)


def _report_lines(r: DealReport) -> tuple[list[tuple[str, str]], list[tuple[str, str, str, str, bool]], str]:
    """(figure rows, checklist rows (the last item: the line was missing), disclosure sentence) shared by the
    Markdown and HTML renderings; English exactly as before, other languages with their words and numbers."""
    from microcomm_desktop.domain.deals import format_money

    row, b = r.row, r.row.figures.blended
    lang = active_language()
    en = lang == "en"
    na = translate("services.deals", "n/a")

    def money(x: Decimal | None) -> str:
        if en or not (len(r.code) == 3 and r.code.isalpha()):
            return format_money(x, r.symbol, r.code)
        return na if x is None else formatting.format_money(x, r.code.upper(), lang)

    def count(n: int) -> str:
        return f"{n:,}" if en else formatting.format_integer(n, lang)

    dates = [_report_date(d) for d in (row.start_date, row.end_date) if d is not None]
    period = " – ".join(dates) or translate("services.deals", "not set")
    linked = row.results.linked_posts
    results = (
        row.results.source
        if en
        else (
            translate("services.deals", "%n linked post(s)", None, linked)
            if linked
            else translate("services.deals", "typed in")
        )
    )
    roas = row.figures.roas
    figures = [
        (translate("services.deals", "Status"), row.status if en else status_label(row.status)),
        (translate("services.deals", "Creator"), row.creator or "—"),
        (translate("services.deals", "Dates"), period),
        (
            translate("services.deals", "Total cost (fees + paid media)"),
            f"{money(b.total)} = {money(row.fees)} + {money(row.media)}",
        ),
        (translate("services.deals", "Results"), results),
        (translate("services.deals", "Impressions"), count(row.results.impressions)),
        (translate("services.deals", "Views"), count(row.results.views)),
        (translate("services.deals", "Conversions"), count(row.results.conversions)),
        (translate("services.deals", "Blended CPM"), money(b.cpm)),
        (translate("services.deals", "Blended CPV"), money(b.cpv)),
        (translate("services.deals", "Blended CPA"), money(b.cpa)),
        ("ROAS", na if roas is None else (f"{roas:.2f}" if en else formatting.format_decimal(roas, 2, lang))),
    ]
    checks = [
        (
            it.local_date.isoformat() if en else _report_date(it.local_date),
            it.title or translate("services.deals", "(untitled)"),
            translate("services.deals", "not checked")
            if it.present is None
            else (translate("services.deals", "yes") if it.present else translate("services.deals", "NO — missing")),
            (it.checked_on.isoformat() if en else _report_date(it.checked_on)) if it.checked_on else "",
            it.present is False,
        )
        for it in r.checklist
    ]
    d = row.disclosure or DisclosureSummary(0, 0, 0)
    return figures, checks, d.sentence()


def _report_texts() -> dict[str, str]:
    return {
        "figures": translate("services.deals", "Figures"),
        "figure": translate("services.deals", "Figure"),
        "value": translate("services.deals", "Value"),
        "spot_checks": translate("services.deals", "Disclosure spot-checks"),
        "line": translate("services.deals", "Disclosure line:"),
        "none": translate("services.deals", "(none written down)"),
        "post_date": translate("services.deals", "Post date"),
        "post": translate("services.deals", "Post"),
        "present": translate("services.deals", "Line present"),
        "checked_on": translate("services.deals", "Checked on"),
        "generated": translate("services.deals", "generated {date}"),
        "blended": translate(
            "services.deals",
            "Blended = (creator fees + paid media) / impressions × 1,000 (CPM), / views (CPV), / conversions (CPA).",
        ),
        "na": translate("services.deals", "n/a = nothing to divide by yet."),
    }


def deal_report_markdown(r: DealReport) -> str:
    figures, checks, sentence = _report_lines(r)
    t = _report_texts()
    line = str(r.data.get("disclosure_line")).strip()
    generated = t["generated"].format(date=_report_date(r.generated))
    out = [f"# {r.title}", "", f"{r.row.title} · {generated}", "", "## " + t["figures"], ""]
    out += [f"| {t['figure']} | {t['value']} |", "|---|---|"] + [f"| {k} | {v} |" for k, v in figures]
    out += ["", "## " + t["spot_checks"], "", f"{t['line']} {line or t['none']}", ""]
    out += [sentence[0].upper() + sentence[1:] + ".", ""]
    if checks:
        out += [f"| {t['post_date']} | {t['post']} | {t['present']} | {t['checked_on']} |", "|---|---|---|---|"]
        out += ["| " + " | ".join(c.replace("|", "\\|") for c in row[:4]) + " |" for row in checks]
    out += ["", t["blended"]]
    return "\n".join(out) + "\n"


def deal_report_html(r: DealReport) -> str:
    import html as html_mod

    e = html_mod.escape
    figures, checks, sentence = _report_lines(r)
    t = _report_texts()
    line = str(r.data.get("disclosure_line")).strip()
    css = (
        "body{font-family:'DejaVu Sans',sans-serif;font-size:9pt} h1{font-size:15pt} h2{font-size:11pt}"
        " table{border-collapse:collapse} td,th{border:1px solid #999;padding:2px 6px}"
        " th{background:#eee;text-align:left}"
        " .miss{color:#c0392b;font-weight:bold} .muted{color:#666}"
    )
    generated = t["generated"].format(date=_report_date(r.generated))
    parts = [f"<html><head><meta charset='utf-8'><style>{css}</style></head><body><h1>{e(r.title)}</h1>"]
    parts.append(f"<p class='muted'>{e(r.row.title)} · {e(generated)}</p><h2>{e(t['figures'])}</h2><table>")
    parts += [f"<tr><th>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in figures]
    parts.append(f"</table><h2>{e(t['spot_checks'])}</h2>")
    parts.append(f"<p>{e(t['line'])} <b>{e(line) if line else e(t['none'])}</b></p>")
    parts.append(f"<p>{e(sentence[0].upper() + sentence[1:])}.</p>")
    if checks:
        heads = "".join(f"<th>{e(t[k])}</th>" for k in ("post_date", "post", "present", "checked_on"))
        parts.append(f"<table><tr>{heads}</tr>")
        for c in checks:
            cls = " class='miss'" if c[4] else ""
            parts.append(f"<tr><td>{e(c[0])}</td><td>{e(c[1])}</td><td{cls}>{e(c[2])}</td><td>{e(c[3])}</td></tr>")
        parts.append("</table>")
    parts.append(f"<p class='muted'>{e(t['blended'])} {e(t['na'])}</p></body></html>")
    return "".join(parts)


def export_deal_report(engine: Engine, deal_id: int, path: Path, today: date) -> Path:
    """Write the deal report as ``.md`` or ``.pdf`` by suffix."""
    r = deal_report(engine, deal_id, today)
    suffix = path.suffix.lower()
    if suffix in (".md", ".markdown"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(deal_report_markdown(r), encoding="utf-8")
    elif suffix == ".pdf":
        from microcomm_desktop.pdf import write_pdf

        write_pdf(deal_report_html(r), path, title=r.title)
    else:
        raise DealError({"path": _export_suffix_error(suffix)})
    return path
