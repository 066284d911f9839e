"""Deal maths from docs/domain.md §5.

Money is ``Decimal`` end to end: binary floats cannot represent cents exactly, and a quote or a CPA that is
off by a cent in front of a brand costs more trust than the code it saves. Rounding happens once, at display.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Context, Decimal, InvalidOperation
from typing import Literal

from microcomm_desktop.domain.limits import money_out_of_range
from microcomm_desktop.domain.metrics import ErDefinition
from microcomm_desktop.i18n import translate

__all__ = [
    "AddonKind",
    "Basis",
    "BasisFigures",
    "DealFigures",
    "Quote",
    "QuoteAddon",
    "QuoteDeliverable",
    "RateLine",
    "ReverseResult",
    "build_quote",
    "cpa",
    "cpm",
    "cpv",
    "deal_figures",
    "expected_brand_figures",
    "format_money",
    "max_fee_for_cpa",
    "max_fee_for_cpm",
    "money_display",
    "parse_money",
    "roas",
    "round_money",
]

CENT = Decimal("0.01")
THOUSAND = Decimal(1000)
HUNDRED = Decimal(100)
ZERO = Decimal(0)
NA = "n/a"

Count = int | Decimal


def _per(amount: Decimal | None, count: Count | None) -> Decimal | None:
    if amount is None or count is None or count == 0:
        return None
    return amount / Decimal(count)


def cpm(spend: Decimal | None, impressions: Count | None) -> Decimal | None:
    """Cost per 1,000 impressions; ``None`` ("n/a") when nothing was shown yet."""
    per = _per(spend, impressions)
    return None if per is None else per * THOUSAND


def cpv(spend: Decimal | None, views: Count | None) -> Decimal | None:
    """Cost per view; ``None`` when there are no views."""
    return _per(spend, views)


def cpa(spend: Decimal | None, conversions: Count | None) -> Decimal | None:
    """Cost per acquisition; ``None`` when nothing converted, rather than an infinite cost."""
    return _per(spend, conversions)


def roas(revenue: Decimal | None, spend: Decimal | None) -> Decimal | None:
    """Return on ad spend as a ratio (2.5 = $2.50 back per $1); ``None`` with no spend or unknown revenue."""
    if revenue is None or spend is None or spend == 0:
        return None
    return revenue / spend


Basis = Literal["fees", "media", "blended"]


@dataclass(frozen=True, slots=True)
class BasisFigures:
    """Unit costs for one cost basis, kept side by side so the UI can show why blended is the honest one."""

    basis: Basis
    total: Decimal
    cpm: Decimal | None
    cpv: Decimal | None
    cpa: Decimal | None


@dataclass(frozen=True, slots=True)
class DealFigures:
    """Fees-only, media-only and blended figures; docs/domain.md §5 says judge by blended (fees + media)."""

    fees: BasisFigures
    media: BasisFigures
    blended: BasisFigures
    roas: Decimal | None

    def basis(self, name: Basis) -> BasisFigures:
        return {"fees": self.fees, "media": self.media, "blended": self.blended}[name]


def _basis(name: Basis, total: Decimal, impressions: Count, views: Count, conversions: Count) -> BasisFigures:
    return BasisFigures(name, total, cpm(total, impressions), cpv(total, views), cpa(total, conversions))


def deal_figures(
    fees: Decimal,
    media: Decimal,
    impressions: Count,
    views: Count,
    conversions: Count,
    revenue: Decimal | None = None,
) -> DealFigures:
    """All unit costs of a deal; ROAS only on blended, since a fee-only ROAS flatters a boosted campaign."""
    blended_total = fees + media
    return DealFigures(
        fees=_basis("fees", fees, impressions, views, conversions),
        media=_basis("media", media, impressions, views, conversions),
        blended=_basis("blended", blended_total, impressions, views, conversions),
        roas=roas(revenue, blended_total),
    )


# -------------------- money display & input


def round_money(x: Decimal) -> Decimal:
    """Half-up to cents — the rule people use by hand, so our totals match their spreadsheets.

    The precision grows with the amount: the default 28 digits cannot hold a ratio of large inputs (a CPM of
    1e26) to the cent, and ``quantize`` would raise instead of showing the figure.
    """
    digits = max(28, x.adjusted() + 4) if x.is_finite() else 28
    return x.quantize(CENT, rounding=ROUND_HALF_UP, context=Context(prec=digits))


def money_display(x: Decimal | None) -> str:
    """Plain amount for tables and exports ("33.33", no symbol or separators); "n/a" when undefined."""
    if x is None:
        return NA
    return f"{round_money(x):f}"


def format_money(x: Decimal | None, symbol: str = "$", code: str = "USD") -> str:
    """Human money text ("$5,000.00"); falls back to the ISO code when the currency has no symbol."""
    if x is None:
        return NA
    rounded = round_money(x)
    sign = "-" if rounded < 0 else ""
    amount = f"{abs(rounded):,.2f}"
    if symbol:
        return f"{sign}{symbol}{amount}"
    return f"{sign}{amount} {code}".strip()


_MONEY_NOISE = re.compile(r"[\s$€£¥]|\b[A-Za-z]{3}\b")
_PLAIN_AMOUNT = re.compile(r"\d+(\.\d*)?|\.\d+")
_GROUPED_AMOUNT = re.compile(r"\d{1,3}(,\d{3})+(\.\d*)?")


def parse_money(text: str) -> Decimal:
    """Read what people actually type ("2,000", "$2000.50", " 2000 ") and refuse anything ambiguous.

    Negative amounts are rejected because every money field in a deal is a cost or a price; a refund belongs
    in its own field. Scientific notation and NaN/Infinity, which ``Decimal`` would happily accept, are
    rejected too.
    """
    raw = text.strip()
    if not raw:
        raise ValueError(translate("domain.deals", "Enter an amount, for example 2000 or 2,000.50."))
    if raw.startswith("-") or raw.startswith("(") or "-" in raw:
        raise ValueError(translate("domain.deals", "Amount cannot be negative: {amount}.").format(amount=repr(raw)))
    cleaned = _MONEY_NOISE.sub("", raw)
    if "," in cleaned:
        # Only thousands separators: "2.000,50" or "2,00" would otherwise parse silently to the wrong amount.
        if not _GROUPED_AMOUNT.fullmatch(cleaned):
            raise ValueError(
                translate(
                    "domain.deals", "{amount} is not an amount. Use a dot for cents, for example 2,000.50."
                ).format(amount=repr(raw))
            )
        cleaned = cleaned.replace(",", "")
    if not _PLAIN_AMOUNT.fullmatch(cleaned):
        raise ValueError(
            translate("domain.deals", "{amount} is not an amount. Use digits, for example 2000 or 2,000.50.").format(
                amount=repr(raw)
            )
        )
    try:
        value = Decimal(cleaned)
    except InvalidOperation as exc:  # pragma: no cover - the regex already guarantees a valid literal
        raise ValueError(translate("domain.deals", "{amount} is not an amount.").format(amount=repr(raw))) from exc
    if problem := money_out_of_range(value, f"{raw!r}"):  # 30 digits would pass the pattern, never a sum
        raise ValueError(problem)
    return value


# -------------------- reverse mode


@dataclass(frozen=True, slots=True)
class ReverseResult:
    """Highest creator fee that keeps the blended target; infeasible when media alone already exceeds it."""

    max_fee: Decimal | None
    feasible: bool


def _max_fee(budget: Decimal, media: Decimal) -> ReverseResult:
    fee = budget - media
    if fee < 0:
        # Paid media alone already breaks the target: no fee can fix it, so say so instead of a negative fee.
        return ReverseResult(ZERO, False)
    return ReverseResult(fee, True)


def max_fee_for_cpm(target_cpm: Decimal, media: Decimal, impressions: Count) -> ReverseResult:
    """Largest fee so that (fee + media) / impressions × 1000 ≤ target CPM."""
    if impressions == 0:
        return ReverseResult(None, False)
    return _max_fee(target_cpm * Decimal(impressions) / THOUSAND, media)


def max_fee_for_cpa(target_cpa: Decimal, media: Decimal, conversions: Count) -> ReverseResult:
    """Largest fee so that (fee + media) / conversions ≤ target CPA."""
    if conversions == 0:
        return ReverseResult(None, False)
    return _max_fee(target_cpa * Decimal(conversions), media)


# -------------------- quotes

AddonKind = Literal["percent_of_fee", "fixed", "per_unit"]
LineKind = Literal["deliverable", "addon", "discount"]


@dataclass(frozen=True, slots=True)
class QuoteDeliverable:
    format: str
    quantity: int
    unit_price: Decimal


@dataclass(frozen=True, slots=True)
class QuoteAddon:
    """Usage rights, whitelisting, exclusivity… priced the way creators usually price them.

    ``percent_of_fee``: value % of the deliverables subtotal per unit (e.g. +20 % per 30 days × 3 periods);
    ``fixed``: value once (units ignored); ``per_unit``: value × units.
    """

    name: str
    kind: AddonKind
    value: Decimal
    units: Decimal = Decimal(1)


@dataclass(frozen=True, slots=True)
class RateLine:
    description: str
    amount: Decimal
    kind: LineKind


@dataclass(frozen=True, slots=True)
class Quote:
    """A quote whose every line is in cents, so the lines visibly add up to the total on the PDF."""

    lines: tuple[RateLine, ...]
    subtotal: Decimal
    addons_total: Decimal
    discount: Decimal
    total: Decimal


def _fmt_number(x: Decimal) -> str:
    return f"{x.normalize():f}"


def build_quote(
    deliverables: Sequence[QuoteDeliverable],
    addons: Sequence[QuoteAddon],
    bundle_discount_pct: Decimal | None,
    *,
    symbol: str = "$",
    code: str = "USD",
) -> Quote:
    """Itemised quote: deliverables, add-ons, bundle discount (negative line), total.

    The bundle discount applies to the deliverables subtotal only — it rewards buying a series of posts, not
    usage rights or exclusivity. Percent add-ons are likewise computed on the undiscounted deliverables
    subtotal, so a discount never silently cheapens the rights. Each line is rounded to cents when built:
    a quote is a document, and its printed lines must sum to its printed total.
    """
    lines: list[RateLine] = []
    subtotal = ZERO
    for item in deliverables:
        if item.quantity < 0 or item.unit_price < 0:
            raise ValueError(
                translate("domain.deals", "Deliverable {name}: quantity and price cannot be negative.").format(
                    name=repr(item.format)
                )
            )
        amount = round_money(item.unit_price * item.quantity)
        subtotal += amount
        lines.append(
            RateLine(
                f"{item.quantity} × {item.format} @ {format_money(item.unit_price, symbol, code)}",
                amount,
                "deliverable",
            )
        )

    addons_total = ZERO
    for addon in addons:
        if addon.value < 0 or addon.units < 0:
            raise ValueError(
                translate("domain.deals", "Add-on {name}: value and units cannot be negative.").format(
                    name=repr(addon.name)
                )
            )
        if addon.kind == "percent_of_fee":
            amount = round_money(subtotal * addon.value / HUNDRED * addon.units)
            label = f"{addon.name} ({_fmt_number(addon.value)}% × {_fmt_number(addon.units)})"
        elif addon.kind == "fixed":
            amount = round_money(addon.value)
            label = addon.name
        elif addon.kind == "per_unit":
            amount = round_money(addon.value * addon.units)
            label = f"{addon.name} ({_fmt_number(addon.units)} × {format_money(addon.value, symbol, code)})"
        else:  # pragma: no cover - guarded by the Literal type
            raise ValueError(f"Unknown add-on kind: {addon.kind!r}")
        addons_total += amount
        lines.append(RateLine(label, amount, "addon"))

    discount = ZERO
    if bundle_discount_pct is not None and bundle_discount_pct != 0:
        if not ZERO <= bundle_discount_pct <= HUNDRED:
            raise ValueError(translate("domain.deals", "Bundle discount must be between 0 and 100 %."))
        discount = -round_money(subtotal * bundle_discount_pct / HUNDRED)
        lines.append(RateLine(f"Bundle discount ({_fmt_number(bundle_discount_pct)}%)", discount, "discount"))

    return Quote(
        lines=tuple(lines),
        subtotal=subtotal,
        addons_total=addons_total,
        discount=discount,
        total=subtotal + addons_total + discount,
    )


def expected_brand_figures(
    total_fee: Decimal,
    avg_reach: float | int,
    avg_impressions: float | int,
    avg_er_pct: float,
    deliverable_count: int,
    definition: ErDefinition = "reach",
) -> tuple[Decimal | None, Decimal | None]:
    """What the brand should expect to pay (CPM, cost per engagement) if the posts perform like recent ones.

    The ER is applied to the denominator it was measured on (the workspace setting), otherwise the expected
    engagements would be inflated or deflated by the reach/impressions ratio.
    """
    impressions = Decimal(str(avg_impressions)) * deliverable_count
    base = avg_reach if definition == "reach" else avg_impressions
    engagements = Decimal(str(base)) * Decimal(str(avg_er_pct)) / HUNDRED * deliverable_count
    return cpm(total_fee, impressions), _per(total_fee, engagements)
