"""The freelancer's rate card, quotes built from it, and quote export (Markdown and PDF).

A quote is saved as a deal in draft/offered state whose lines are the priced lines, so a quote that the brand
accepts simply moves along the deals pipeline instead of being typed in again.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from sqlmodel import col
from sqlmodel import select as sm_select

from microcomm_desktop.domain import formatting
from microcomm_desktop.domain.deals import (
    AddonKind,
    Quote,
    QuoteAddon,
    QuoteDeliverable,
    RateLine,
    build_quote,
    expected_brand_figures,
    format_money,
    round_money,
)
from microcomm_desktop.domain.metrics import ErDefinition
from microcomm_desktop.i18n import QT_TRANSLATE_NOOP, TranslatedLabels, active_language, translate
from microcomm_desktop.services import safe_files
from microcomm_desktop.services.deals import (
    TEXT_GROUPS,
    DealData,
    LineData,
    load_deal,
    save_deal,
    term_group_label,
    term_label,
)
from microcomm_desktop.store.db import session_scope
from microcomm_desktop.store.models import Post, RateCardItem, Workspace
from microcomm_desktop.store.models.base import table_of
from microcomm_desktop.store.sqlfuncs import float_total

RATE_KINDS: tuple[str, ...] = ("base", "addon", "bundle")
PRICINGS: tuple[str, ...] = ("fixed", "percent_of_fee", "per_unit")
PRICING_LABELS = {"fixed": "fixed amount", "percent_of_fee": "% of fee", "per_unit": "per unit"}


_PRICING_LABEL_NAMES = TranslatedLabels(
    "services.quotes",
    {
        "fixed": QT_TRANSLATE_NOOP("services.quotes", "fixed amount"),
        "percent_of_fee": QT_TRANSLATE_NOOP("services.quotes", "% of fee"),
        "per_unit": QT_TRANSLATE_NOOP("services.quotes", "per unit"),
    },
)


def pricing_label(pricing: str) -> str:
    """A stored pricing key as shown in the reader's language (``PRICING_LABELS`` is the English)."""
    return _PRICING_LABEL_NAMES.get(pricing, PRICING_LABELS.get(pricing, pricing))


#: Starting rates offered on an empty rate card — labelled as examples, to be replaced by the user's own.
EXAMPLE_RATES: list[tuple[str, str, str, str, str]] = [
    ("base", "Short video", "fixed", "500", "per video"),
    ("base", "Carousel", "fixed", "350", "per post"),
    ("base", "Story set", "fixed", "200", "per set of 3"),
    ("addon", "Paid usage rights", "percent_of_fee", "20", "per 30 days"),
    ("addon", "Whitelisting", "fixed", "300", "per 30 days"),
    ("addon", "Exclusivity", "fixed", "250", "per category-month"),
    ("addon", "Rush (under 7 days)", "percent_of_fee", "25", "once"),
    ("addon", "Raw footage", "fixed", "150", "once"),
    ("bundle", "4-week series", "percent_of_fee", "10", "discount"),
]


class QuoteError(ValueError):
    """Bad rate card or quote input, worded for the user."""


@dataclass(frozen=True)
class RateItem:
    id: int
    kind: str
    name: str
    pricing: str
    amount: Decimal
    unit: str
    position: int


# -------------------- rate card


def _item(r: RateCardItem) -> RateItem:
    return RateItem(r.id or 0, r.kind, r.name, r.pricing, r.amount, r.unit, r.position)


def list_rate_card(engine: Engine, workspace_id: int) -> list[RateItem]:
    with session_scope(engine) as s:
        rows = s.exec(
            sm_select(RateCardItem)
            .where(RateCardItem.workspace_id == workspace_id)
            .order_by(col(RateCardItem.position), col(RateCardItem.id))
        ).all()
        return [_item(r) for r in rows]


def _check_item(kind: str, name: str, pricing: str, amount: Decimal) -> None:
    if kind not in RATE_KINDS:
        raise QuoteError(translate("services.quotes", "Kind is one of: {kinds}.").format(kinds=", ".join(RATE_KINDS)))
    if pricing not in PRICINGS:
        raise QuoteError(
            translate("services.quotes", "Pricing is one of: {pricings}.").format(pricings=", ".join(PRICINGS))
        )
    if not name.strip():
        raise QuoteError(translate("services.quotes", "Give the rate a name."))
    if len(name) > 120:
        raise QuoteError(translate("services.quotes", "Keep the name under 120 characters."))
    if not amount.is_finite() or amount < 0:
        raise QuoteError(translate("services.quotes", "A rate cannot be negative."))
    if pricing == "percent_of_fee" and amount > 100 and kind == "bundle":
        raise QuoteError(translate("services.quotes", "A bundle discount is at most 100 %."))
    if kind == "base" and pricing != "fixed":
        raise QuoteError(translate("services.quotes", "A base rate is a fixed price per deliverable."))


def add_rate_item(
    engine: Engine,
    workspace_id: int,
    kind: str,
    name: str,
    pricing: str,
    amount: Decimal,
    unit: str = "",
    item_id: int | None = None,
    position: int | None = None,
) -> int:
    """Add a rate; ``item_id``/``position`` re-create a deleted one in place (Undo)."""
    _check_item(kind, name, pricing, amount)
    with session_scope(engine) as s:
        if position is None:
            current = s.execute(
                select(func.max(table_of(RateCardItem).c.position)).where(
                    table_of(RateCardItem).c.workspace_id == workspace_id
                )
            ).scalar()
            position = 0 if current is None else int(current) + 1
        row = RateCardItem(
            workspace_id=workspace_id,
            kind=kind,
            name=name.strip(),
            pricing=pricing,
            amount=amount,
            unit=unit.strip(),
            position=position,
        )
        if item_id is not None:
            row.id = item_id
        s.add(row)
        s.flush()
        return row.id or 0


def update_rate_item(engine: Engine, item_id: int, **changes: Any) -> dict[str, Any]:
    """Change some fields of a rate; returns their previous values (Undo puts them back)."""
    with session_scope(engine) as s:
        row = s.get(RateCardItem, item_id)
        if row is None:
            raise QuoteError(translate("services.quotes", "That rate no longer exists."))
        before = {k: getattr(row, k) for k in changes}
        merged = {k: getattr(row, k) for k in ("kind", "name", "pricing", "amount")} | changes
        _check_item(merged["kind"], merged["name"], merged["pricing"], merged["amount"])
        for k, v in changes.items():
            if k not in ("kind", "name", "pricing", "amount", "unit"):
                raise QuoteError(translate("services.quotes", "Unknown rate field {field}.").format(field=repr(k)))
            setattr(row, k, v.strip() if isinstance(v, str) else v)
        s.add(row)
        return before


def delete_rate_item(engine: Engine, item_id: int) -> RateItem:
    with session_scope(engine) as s:
        row = s.get(RateCardItem, item_id)
        if row is None:
            raise QuoteError(translate("services.quotes", "That rate no longer exists."))
        item = _item(row)
        s.delete(row)
        return item


def add_example_rates(engine: Engine, workspace_id: int) -> int:
    """Fill an empty rate card with example rates the user then edits; returns how many were added."""
    if list_rate_card(engine, workspace_id):
        return 0
    with session_scope(engine) as s:
        for pos, (kind, name, pricing, amount, unit) in enumerate(EXAMPLE_RATES):
            s.add(
                RateCardItem(
                    workspace_id=workspace_id,
                    kind=kind,
                    name=name,
                    pricing=pricing,
                    amount=Decimal(amount),
                    unit=unit,
                    position=pos,
                )
            )
    return len(EXAMPLE_RATES)


# -------------------- measured averages


@dataclass(frozen=True)
class PostAverages:
    """The workspace's own recent performance: what a brand should expect per post."""

    posts: int
    avg_reach: float
    avg_impressions: float
    er_pct: float | None
    definition: ErDefinition
    since: date
    until: date


def post_averages(engine: Engine, workspace_id: int, today: date, days: int = 90) -> PostAverages:
    """Average reach/impressions and the pooled ER (Σ engagements / Σ denominator) over the last ``days``.

    The pooled ER matches the averages: avg reach × pooled ER = average engagements per post, so the
    expected cost per engagement does not drift from what the posts actually got. One aggregate query.
    """
    p = table_of(Post)
    since = today - timedelta(days=days - 1)
    engagements = func.coalesce(p.c.engagements, p.c.likes + p.c.comments + p.c.shares + p.c.saves)
    with session_scope(engine) as s:
        ws = s.get(Workspace, workspace_id)
        definition: ErDefinition = "impressions" if ws is not None and ws.er_definition == "impressions" else "reach"
        n, reach, impressions, eng = s.execute(
            select(
                func.count(p.c.id),
                # total() (a float, never an "integer overflow" error) on files holding values beyond the limits
                float_total(p.c.reach),
                float_total(p.c.impressions),
                float_total(engagements),
            ).where(p.c.workspace_id == workspace_id, p.c.local_date >= since, p.c.local_date <= today)
        ).one()
    n = int(n)
    denominator = int(reach) if definition == "reach" else int(impressions)
    return PostAverages(
        posts=n,
        avg_reach=int(reach) / n if n else 0.0,
        avg_impressions=int(impressions) / n if n else 0.0,
        er_pct=int(eng) / denominator * 100 if denominator else None,
        definition=definition,
        since=since,
        until=today,
    )


# -------------------- quotes


@dataclass
class DeliverableChoice:
    format: str
    quantity: int
    unit_price: Decimal
    timing: str = ""
    call_to_action: str = ""


@dataclass
class AddonChoice:
    name: str
    pricing: str  # fixed | percent_of_fee | per_unit (from the rate card)
    value: Decimal
    units: int = 1


@dataclass
class QuoteRequest:
    """What the user picked in the quote builder; the rate card supplies defaults, the user may override."""

    deliverables: list[DeliverableChoice] = field(default_factory=list)
    addons: list[AddonChoice] = field(default_factory=list)
    bundle_name: str = ""
    bundle_pricing: str = "percent_of_fee"  # percent_of_fee = discount %, fixed = package price
    bundle_value: Decimal | None = None


def _addon_kind(pricing: str) -> AddonKind:
    # A fixed rate "per 30 days" or "per category-month" is bought in units, so it is priced per unit.
    if pricing == "percent_of_fee":
        return "percent_of_fee"
    return "per_unit"


def price_quote(request: QuoteRequest, symbol: str = "$", code: str = "USD") -> Quote:
    """Deliverables × rates + add-ons − bundle, every line itemised (domain ``build_quote``).

    A package-price bundle becomes the discount that brings the deliverables subtotal down to the package
    price; a package above the subtotal gives no discount rather than a surcharge.
    """
    deliverables = [QuoteDeliverable(d.format, d.quantity, d.unit_price) for d in request.deliverables if d.quantity]
    addons = [QuoteAddon(a.name, _addon_kind(a.pricing), a.value, Decimal(a.units)) for a in request.addons if a.units]
    value = request.bundle_value
    if value is None or request.bundle_pricing == "percent_of_fee":
        quote = build_quote(deliverables, addons, value, symbol=symbol, code=code)
        if value and request.bundle_name and quote.discount:
            lines = list(quote.lines)
            last = lines[-1]
            lines[-1] = RateLine(f"{request.bundle_name}: {last.description.lower()}", last.amount, last.kind)
            quote = Quote(tuple(lines), quote.subtotal, quote.addons_total, quote.discount, quote.total)
        return quote
    if value < 0:
        raise ValueError(translate("services.quotes", "The package price cannot be negative."))
    quote = build_quote(deliverables, addons, None, symbol=symbol, code=code)
    package = round_money(value)
    if package >= quote.subtotal:
        return quote
    discount = package - quote.subtotal
    name = request.bundle_name or "Series bundle"
    label = f"{name}: package price {format_money(package, symbol, code)} for the deliverables"
    return Quote(
        (*quote.lines, RateLine(label, discount, "discount")),
        quote.subtotal,
        quote.addons_total,
        discount,
        quote.total + discount,
    )


@dataclass
class QuoteTerms:
    """The words that go around the numbers on a quote document."""

    brand: str = ""
    creator_name: str = ""
    title: str = ""
    valid_until: date | None = None
    disclosure_line: str = ""
    texts: dict[str, str] = field(default_factory=dict)  # Deal text columns (usage_*, exclusivity_*, ...)


@dataclass
class QuoteDocument:
    """Everything a quote export shows; built from the builder or from a saved deal."""

    terms: QuoteTerms
    lines: list[RateLine]
    total: Decimal
    deliverables: list[DeliverableChoice]
    averages: PostAverages
    expected_cpm: Decimal | None
    expected_cpe: Decimal | None
    symbol: str = "$"
    code: str = "USD"
    issued: date | None = None
    #: Each line as the reader reads it (``line_labels``); empty = the stored descriptions.
    labels: list[str] = field(default_factory=list)

    def money(self, x: Decimal | None) -> str:
        return format_money(x, self.symbol, self.code)

    def label(self, index: int) -> str:
        """Line ``index`` in the reader's language; the stored (English) description when none was made."""
        return self.labels[index] if len(self.labels) == len(self.lines) else self.lines[index].description


def _number(x: Decimal, lang: str) -> str:
    exponent = x.normalize().as_tuple().exponent
    places = max(0, -exponent) if isinstance(exponent, int) else 0
    return formatting.format_decimal(x, places, lang)


def line_labels(request: QuoteRequest, quote: Quote, code: str) -> list[str]:
    """The quote's lines described in the reader's language with its money and numbers.

    Why beside the descriptions and not instead: ``RateLine.description`` is what a saved deal stores, so it
    stays English; these words are only shown (preview, Markdown, PDF). Built from the same request in the same
    order as ``price_quote``; when the two ever disagree the stored descriptions are shown instead."""
    lines = list(quote.lines)
    lang = active_language()
    if lang == "en" or not (len(code) == 3 and code.isalpha()):
        return [ln.description for ln in lines]

    def money(x: Decimal) -> str:
        return formatting.format_money(x, code.upper(), lang)

    def percent(x: Decimal) -> str:
        exponent = x.normalize().as_tuple().exponent
        places = max(0, -exponent) if isinstance(exponent, int) else 0
        return formatting.format_percent(x / 100, places, lang)

    labels: list[str] = []
    kinds: list[str] = []
    for d in (d for d in request.deliverables if d.quantity):
        labels.append(
            translate("services.quotes", "{quantity} × {format} @ {price}").format(
                quantity=formatting.format_integer(d.quantity, lang), format=d.format, price=money(d.unit_price)
            )
        )
        kinds.append("deliverable")
    for a in (a for a in request.addons if a.units):
        units = _number(Decimal(a.units), lang)
        kind = _addon_kind(a.pricing)
        if kind == "percent_of_fee":
            text = translate("services.quotes", "{name} ({percent} × {units})").format(
                name=a.name, percent=percent(a.value), units=units
            )
        elif kind == "per_unit":
            text = translate("services.quotes", "{name} ({units} × {price})").format(
                name=a.name, units=units, price=money(a.value)
            )
        else:
            text = a.name
        labels.append(text)
        kinds.append("addon")
    if quote.discount:
        value = request.bundle_value or Decimal(0)
        if request.bundle_pricing == "percent_of_fee" or request.bundle_value is None:
            if request.bundle_name:
                text = translate("services.quotes", "{name}: bundle discount ({percent})").format(
                    name=request.bundle_name, percent=percent(value)
                )
            else:
                text = translate("services.quotes", "Bundle discount ({percent})").format(percent=percent(value))
        else:
            text = translate("services.quotes", "{name}: package price {price} for the deliverables").format(
                name=request.bundle_name or translate("services.quotes", "Series bundle"),
                price=money(round_money(value)),
            )
        labels.append(text)
        kinds.append("discount")
    if kinds != [ln.kind for ln in lines]:
        return [ln.description for ln in lines]
    return labels


def expected_figures(total: Decimal, averages: PostAverages, deliverable_count: int) -> tuple[Decimal | None, ...]:
    """Expected CPM and cost per engagement for the brand; n/a without posts or deliverables."""
    if averages.posts == 0 or deliverable_count == 0 or averages.er_pct is None:
        if averages.posts == 0 or deliverable_count == 0:
            return (None, None)
        cpm_only, _ = expected_brand_figures(
            total, averages.avg_reach, averages.avg_impressions, 0.0, deliverable_count
        )
        return (cpm_only, None)
    return expected_brand_figures(
        total, averages.avg_reach, averages.avg_impressions, averages.er_pct, deliverable_count, averages.definition
    )


def make_document(
    engine: Engine,
    workspace_id: int,
    request: QuoteRequest,
    terms: QuoteTerms,
    today: date,
) -> QuoteDocument:
    symbol, code = _currency(engine, workspace_id)
    quote = price_quote(request, symbol, code)
    averages = post_averages(engine, workspace_id, today)
    count = sum(d.quantity for d in request.deliverables)
    cpm_, cpe_ = expected_figures(quote.total, averages, count)
    return QuoteDocument(
        terms=terms,
        lines=list(quote.lines),
        total=quote.total,
        deliverables=[d for d in request.deliverables if d.quantity],
        averages=averages,
        expected_cpm=cpm_,
        expected_cpe=cpe_,
        symbol=symbol,
        code=code,
        issued=today,
        labels=line_labels(request, quote, code),
    )


def _currency(engine: Engine, workspace_id: int) -> tuple[str, str]:
    with session_scope(engine) as s:
        ws = s.get(Workspace, workspace_id)
        return (ws.currency_symbol, ws.currency_code) if ws is not None else ("$", "USD")


def document_from_deal(engine: Engine, deal_id: int, today: date) -> QuoteDocument:
    """A quote document for a saved deal: its priced lines, or one fee line when it has no priced lines."""
    data = load_deal(engine, deal_id)
    deliverables = [
        DeliverableChoice(ln.format or ln.description, ln.quantity, ln.unit_price, ln.timing, ln.call_to_action)
        for ln in data.lines
        if ln.kind == "deliverable"
    ]
    symbol, code = _currency(engine, data.workspace_id)
    lines: list[RateLine] = []
    for ln in data.lines:
        if ln.kind == "deliverable":
            amount = round_money(ln.unit_price * ln.quantity)
            price = format_money(ln.unit_price, symbol, code)
            lines.append(RateLine(f"{ln.quantity} × {ln.format or ln.description} @ {price}", amount, "deliverable"))
        else:
            lines.append(RateLine(ln.description or ln.format, round_money(ln.amount), ln.kind))  # type: ignore[arg-type]
    total = sum((ln.amount for ln in lines), Decimal(0))
    fee = data.get("creator_fee")
    if not lines or (total == 0 and fee):
        lines = [RateLine("Creator fee", round_money(fee), "deliverable")]
        total = round_money(fee)
    texts = {name: str(data.get(name)) for group in TEXT_GROUPS.values() for name, _ in group}
    terms = QuoteTerms(
        brand=data.get("brand"),
        creator_name=data.get("creator_name"),
        title=data.get("title"),
        valid_until=data.get("valid_until"),
        disclosure_line=data.get("disclosure_line"),
        texts=texts,
    )
    averages = post_averages(engine, data.workspace_id, today)
    cpm_, cpe_ = expected_figures(total, averages, sum(d.quantity for d in deliverables))
    return QuoteDocument(terms, lines, total, deliverables, averages, cpm_, cpe_, symbol, code, today)


def save_quote_as_deal(engine: Engine, workspace_id: int, doc: QuoteDocument, status: str = "offered") -> int:
    """Store a quote as a deal (fee = quote total) with its deliverables and priced lines."""
    lines: list[LineData] = [
        LineData(
            kind="deliverable",
            format=d.format,
            quantity=d.quantity,
            timing=d.timing,
            call_to_action=d.call_to_action,
            unit_price=d.unit_price,
            amount=round_money(d.unit_price * d.quantity),
        )
        for d in doc.deliverables
    ]
    for ln in doc.lines:
        if ln.kind != "deliverable":
            lines.append(LineData(kind=ln.kind, description=ln.description, quantity=1, amount=ln.amount))
    fields: dict[str, Any] = {
        "brand": doc.terms.brand,
        "creator_name": doc.terms.creator_name,
        "title": doc.terms.title or "Quote",
        "status": status,
        "valid_until": doc.terms.valid_until,
        "disclosure_line": doc.terms.disclosure_line,
        "creator_fee": doc.total,
        "media_spend": Decimal(0),
        **{k: v for k, v in doc.terms.texts.items() if v},
    }
    return save_deal(engine, DealData(workspace_id=workspace_id, fields=fields, lines=lines))


# -------------------- export


def _terms_rows(doc: QuoteDocument) -> list[tuple[str, list[tuple[str, str]]]]:
    rows: list[tuple[str, list[tuple[str, str]]]] = []
    for group, items in TEXT_GROUPS.items():
        filled = [(term_label(name), doc.terms.texts.get(name, "")) for name, _ in items if doc.terms.texts.get(name)]
        if filled:
            rows.append((term_group_label(group), filled))
    return rows


def _money(doc: QuoteDocument, x: Decimal | None) -> str:
    """English exactly as always (``doc.money``); other languages the CLDR way (``2.600,00 $``)."""
    lang = active_language()
    if lang == "en" or x is None or not (len(doc.code) == 3 and doc.code.isalpha()):
        return doc.money(x) if x is not None or lang == "en" else translate("services.quotes", "n/a")
    return formatting.format_money(x, doc.code.upper(), lang)


def _date(d: date) -> str:
    lang = active_language()
    return d.isoformat() if lang == "en" else formatting.format_date(d, lang)


def _expected_sentence(doc: QuoteDocument) -> str:
    a = doc.averages
    lang = active_language()
    if a.posts == 0:
        return translate(
            "services.quotes", "Expected CPM and cost per engagement: n/a (no posts logged in the last 90 days)."
        )
    if a.er_pct is None:
        er = translate("services.quotes", "n/a")
    else:
        er = f"{a.er_pct:.2f}%" if lang == "en" else formatting.format_percent(a.er_pct / 100, 2, lang)
    definition = (
        translate("services.quotes", "reach")
        if a.definition == "reach"
        else translate("services.quotes", "impressions")
    )
    posts = a.posts
    return translate(
        "services.quotes",
        "Expected CPM {cpm}, expected cost per engagement {cpe} — based on %n post(s) from {since} to {until} "
        "(average reach {reach}, average impressions {impressions}, ER {er} by {definition}).",
        None,
        posts,
    ).format(
        cpm=_money(doc, doc.expected_cpm),
        cpe=_money(doc, doc.expected_cpe),
        since=_date(a.since),
        until=_date(a.until),
        reach=f"{a.avg_reach:,.0f}" if lang == "en" else formatting.format_integer(round(a.avg_reach), lang),
        impressions=(
            f"{a.avg_impressions:,.0f}" if lang == "en" else formatting.format_integer(round(a.avg_impressions), lang)
        ),
        er=er,
        definition=definition,
    )


def _call_to_action(d: DeliverableChoice) -> str:
    if not d.call_to_action:
        return ""
    return translate("services.quotes", "call to action: {cta}").format(cta=d.call_to_action)


def render_markdown(doc: QuoteDocument) -> str:
    """The quote in the reader's language (headings, labels, money and dates); the user's own words as typed."""
    t = doc.terms
    title = t.title or translate("services.quotes", "Quote")
    not_set = translate("services.quotes", "not set")
    out = [f"# {title}" + (f" — {t.brand}" if t.brand else ""), ""]
    if t.creator_name:
        out.append(translate("services.quotes", "**Creator:** {name}").format(name=t.creator_name) + "  ")
    if doc.issued:
        out.append(translate("services.quotes", "**Issued:** {date}").format(date=_date(doc.issued)) + "  ")
    valid = _date(t.valid_until) if t.valid_until else not_set
    out.append(translate("services.quotes", "**Valid until:** {date}").format(date=valid) + "  ")
    out.append(translate("services.quotes", "**Currency:** {code}").format(code=doc.code))
    item, amount = translate("services.quotes", "Item"), translate("services.quotes", "Amount")
    out += ["", "## " + translate("services.quotes", "Line items"), "", f"| {item} | {amount} |", "|---|---:|"]
    for i, ln in enumerate(doc.lines):
        out.append(f"| {doc.label(i).replace('|', '/')} | {_money(doc, ln.amount)} |")
    total = translate("services.quotes", "Total")
    out.append(f"| **{total}** | **{_money(doc, doc.total)}** |")
    if any(d.timing or d.call_to_action for d in doc.deliverables):
        out += ["", "## " + translate("services.quotes", "Deliverables"), ""]
        for d in doc.deliverables:
            extra = "; ".join(x for x in (d.timing, _call_to_action(d)) if x)
            out.append(f"- {d.quantity} × {d.format}" + (f" — {extra}" if extra else ""))
    for group, items in _terms_rows(doc):
        out += ["", f"## {group}", ""]
        out += [f"- **{label}:** {value}" for label, value in items]
    disclosure = t.disclosure_line or translate(
        "services.quotes", "(no disclosure line set — add one before publishing)"
    )
    out += ["", "## " + translate("services.quotes", "Disclosure"), "", disclosure]
    out += ["", "## " + translate("services.quotes", "What the brand can expect"), "", _expected_sentence(doc), ""]
    return "\n".join(out)


def render_html(doc: QuoteDocument) -> str:
    """HTML for the PDF writer (Qt's rich-text subset: simple tables, no CSS layout), in the reader's language."""
    e = html.escape
    currency = translate("services.quotes", "Currency:")
    line_items = translate("services.quotes", "Line items")
    item = translate("services.quotes", "Item")
    amount = translate("services.quotes", "Amount")
    total = translate("services.quotes", "Total")
    deliverables = translate("services.quotes", "Deliverables")
    disclosure_head = translate("services.quotes", "Disclosure")
    expect = translate("services.quotes", "What the brand can expect")
    t = doc.terms
    title = t.title or translate("services.quotes", "Quote")
    parts = [
        "<html><body style='font-family: sans-serif; font-size: 10pt'>",
        f"<h1>{e(title)}{(' — ' + e(t.brand)) if t.brand else ''}</h1>",
        "<p>",
    ]

    def field(label: str, value: str) -> None:
        parts.append(f"<b>{e(label)}</b> {e(value)}<br/>")

    if t.creator_name:
        field(translate("services.quotes", "Creator:"), t.creator_name)
    if doc.issued:
        field(translate("services.quotes", "Issued:"), _date(doc.issued))
    valid = _date(t.valid_until) if t.valid_until else translate("services.quotes", "not set")
    field(translate("services.quotes", "Valid until:"), valid)
    parts.append(f"<b>{e(currency)}</b> {e(doc.code)}</p>")
    parts.append(f"<h2>{e(line_items)}</h2><table width='100%' border='1' cellspacing='0' cellpadding='4'>")
    parts.append(f"<tr><th align='left'>{e(item)}</th><th align='right'>{e(amount)}</th></tr>")
    for i, ln in enumerate(doc.lines):
        parts.append(f"<tr><td>{e(doc.label(i))}</td><td align='right'>{e(_money(doc, ln.amount))}</td></tr>")
    parts.append(
        f"<tr><td><b>{e(total)}</b></td><td align='right'><b>{e(_money(doc, doc.total))}</b></td></tr></table>"
    )
    if any(d.timing or d.call_to_action for d in doc.deliverables):
        parts.append(f"<h2>{e(deliverables)}</h2><ul>")
        for d in doc.deliverables:
            bits = [x for x in (d.timing, _call_to_action(d)) if x]
            parts.append(f"<li>{d.quantity} × {e(d.format)}{(' — ' + e('; '.join(bits))) if bits else ''}</li>")
        parts.append("</ul>")
    for group, items in _terms_rows(doc):
        parts.append(f"<h2>{e(group)}</h2><ul>")
        parts += [f"<li><b>{e(label)}:</b> {e(value)}</li>" for label, value in items]
        parts.append("</ul>")
    disclosure = t.disclosure_line or translate(
        "services.quotes", "(no disclosure line set — add one before publishing)"
    )
    parts.append(f"<h2>{e(disclosure_head)}</h2><p>{e(disclosure)}</p>")
    parts.append(f"<h2>{e(expect)}</h2><p>{e(_expected_sentence(doc))}</p>")
    parts.append("</body></html>")
    return "".join(parts)


def export_quote(doc: QuoteDocument, path: Path) -> Path:
    """Write ``.md`` or ``.pdf`` by the file's suffix (anything else is refused with a message)."""
    suffix = path.suffix.lower()
    if suffix in (".md", ".markdown"):
        safe_files.write_text(path, render_markdown(doc))
    elif suffix == ".pdf":
        from microcomm_desktop.pdf import write_pdf

        name = doc.terms.brand or doc.terms.title or "MicroComm"
        write_pdf(render_html(doc), path, title=translate("services.quotes", "Quote — {name}").format(name=name))
    else:
        if suffix:
            raise QuoteError(translate("services.quotes", "Export as .md or .pdf, not {suffix}.").format(suffix=suffix))
        raise QuoteError(translate("services.quotes", "Export as .md or .pdf, not a file without extension."))
    return path
