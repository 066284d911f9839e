"""Creator evaluation from the brand side (docs/domain.md §5): proof of conversation beats reach.

The rubric is pure so the list, the creator page, the one-pager and the tests all agree on one verdict.
It answers two questions a brand team asks before paying a creator:

* **Can they start a conversation?** — at least three screenshots of posts where the creator asked a question
  and the audience answered with specifics; and the creator can name what their audience struggles with
  *this week* (the answer is stored with its date, so an old answer stops counting).
* **How well does it usually go?** — the creator's measured figures when known (replies per 1k reach, ER,
  returning share). Unknown figures never block a pass (many creators cannot export them), but they add to
  the score, so two passing creators still sort by how much they have proven.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from microcomm_desktop.domain.deals import cpa, cpm, cpv, roas
from microcomm_desktop.domain.metrics import BENCHMARKS
from microcomm_desktop.i18n import QT_TRANSLATE_NOOP, TranslatedLabels, active_language, translate

__all__ = [
    "EVIDENCE_KINDS",
    "PLATFORMS",
    "REQUIRED_PROOF_SCREENSHOTS",
    "STATUSES",
    "STRUGGLE_MAX_AGE_DAYS",
    "DealOutcome",
    "DealSummary",
    "RubricInput",
    "RubricResult",
    "creator_status_label",
    "evaluate",
    "evidence_kind_label",
    "format_handles",
    "parse_figure",
    "parse_handles",
    "rubric_label",
    "summarise_deals",
    "validate_creator",
    "validate_evidence",
]

STATUSES: tuple[str, ...] = ("prospect", "contacted", "active", "paused", "declined")

EVIDENCE_KINDS: dict[str, str] = {
    "comment_thread": "Comment thread",
    "story_replies": "Story replies",
    "live_attendance": "Live attendance",
    "series_performance": "Recurring series performance",
    "other": "Other",
}


_CREATOR_STATUS_LABEL_NAMES = TranslatedLabels(
    "domain.creators",
    {
        "prospect": QT_TRANSLATE_NOOP("domain.creators", "prospect"),
        "contacted": QT_TRANSLATE_NOOP("domain.creators", "contacted"),
        "active": QT_TRANSLATE_NOOP("domain.creators", "active"),
        "paused": QT_TRANSLATE_NOOP("domain.creators", "paused"),
        "declined": QT_TRANSLATE_NOOP("domain.creators", "declined"),
    },
)


def creator_status_label(status: str) -> str:
    """A stored status key ("prospect") as the user reads it; the key itself stays English in the database."""
    return _CREATOR_STATUS_LABEL_NAMES.get(status, status)


_EVIDENCE_KIND_LABEL_NAMES = TranslatedLabels(
    "domain.creators",
    {
        "comment_thread": QT_TRANSLATE_NOOP("domain.creators", "Comment thread"),
        "story_replies": QT_TRANSLATE_NOOP("domain.creators", "Story replies"),
        "live_attendance": QT_TRANSLATE_NOOP("domain.creators", "Live attendance"),
        "series_performance": QT_TRANSLATE_NOOP("domain.creators", "Recurring series performance"),
        "other": QT_TRANSLATE_NOOP("domain.creators", "Other"),
    },
)


def evidence_kind_label(kind: str) -> str:
    """An evidence kind key as the user reads it (``EVIDENCE_KINDS`` holds the English names)."""
    return _EVIDENCE_KIND_LABEL_NAMES.get(kind, kind)


def rubric_label(passed: bool) -> str:
    """The verdict as shown ("Pass"/"Incomplete"); ``RubricResult.label`` stays English for CSV and sorting."""
    return translate("domain.creators", "Pass") if passed else translate("domain.creators", "Incomplete")


_FIGURE_LABEL_NAMES = TranslatedLabels(
    "domain.creators",
    {
        "replies_per_1k": QT_TRANSLATE_NOOP("domain.creators", "replies per 1k reach"),
        "er_pct": QT_TRANSLATE_NOOP("domain.creators", "engagement rate"),
        "returning_share_pct": QT_TRANSLATE_NOOP("domain.creators", "returning share"),
    },
)


def _figure_label(key: str) -> str:
    return _FIGURE_LABEL_NAMES.get(key, FIGURE_LABELS.get(key, key))


def _count(n: int | float) -> str:
    """A number inside a sentence: "10,000,000,000" in English as before, the language's grouping elsewhere."""
    lang = active_language()
    if lang == "en":
        return f"{n:,}" if isinstance(n, int) else f"{n:g}"
    from microcomm_desktop.domain.formatting import format_decimal, format_integer

    if isinstance(n, int) or float(n).is_integer():
        return format_integer(int(n), lang)
    return format_decimal(n, 2, lang).rstrip("0").rstrip(",.")


PLATFORMS: tuple[str, ...] = (
    "instagram",
    "tiktok",
    "youtube",
    "threads",
    "x",
    "linkedin",
    "facebook",
    "twitch",
    "discord",
    "newsletter",
    "podcast",
    "other",
)

REQUIRED_PROOF_SCREENSHOTS = 3
# "What does your audience struggle with *this week*": an answer older than a week no longer proves the
# creator is listening now.
STRUGGLE_MAX_AGE_DAYS = 7

# Score weights (sum 100): proof screenshots are the core of the docs/domain.md §5 rule, the struggle answer the second
# test, measured figures the supporting evidence.
PROOF_POINTS = 40.0
STRUGGLE_POINTS = 20.0
STALE_STRUGGLE_POINTS = 10.0
FIGURES_POINTS = 40.0

# Band tops from the benchmarks (docs/domain.md §4): a figure at or above the top of its band earns its full share.
DEFAULT_TOPS = {
    "replies_per_1k": BENCHMARKS["replies_per_1k"].high,
    "er_pct": BENCHMARKS["er"].high,
    "returning_share_pct": BENCHMARKS["returning_share"].high,
}

FIGURE_LABELS = {
    "replies_per_1k": "replies per 1k reach",
    "er_pct": "engagement rate",
    "returning_share_pct": "returning share",
}


# -------------------- rubric


@dataclass(frozen=True, slots=True)
class RubricInput:
    """What the rubric looks at; counts come from the evidence table, figures from typed or imported data."""

    proof_screenshots: int
    proof_without_image: int = 0
    struggle_answer: str = ""
    struggle_date: date | None = None
    replies_per_1k: float | None = None
    er_pct: float | None = None
    returning_share_pct: float | None = None


@dataclass(frozen=True, slots=True)
class RubricResult:
    """Pass/incomplete with the blocking gaps (``missing``) and non-blocking ones (``hints``); score 0–100."""

    passed: bool
    missing: tuple[str, ...]
    hints: tuple[str, ...]
    score: float
    proof_points: float
    struggle_points: float
    figures_points: float

    @property
    def label(self) -> str:
        return "Pass" if self.passed else "Incomplete"

    def summary(self) -> str:
        """One line for a table cell or a tooltip, in the user's language."""
        if self.passed:
            if not self.hints:
                return translate("domain.creators", "Pass")
            return translate("domain.creators", "Pass — could add: {hints}").format(hints="; ".join(self.hints))
        return translate("domain.creators", "Incomplete — {missing}").format(missing="; ".join(self.missing))


def evaluate(
    inp: RubricInput,
    today: date,
    max_age_days: int = STRUGGLE_MAX_AGE_DAYS,
    tops: dict[str, float] | None = None,
) -> RubricResult:
    """Apply the proof-of-conversation rubric.

    Pass = at least three question-proof screenshots and a struggle answer dated within ``max_age_days``.
    The score adds partial credit (one screenshot is a third of the proof points, a stale answer half the
    struggle points) so an "incomplete" creator who is nearly there sorts above one with nothing.
    """
    tops = {**DEFAULT_TOPS, **(tops or {})}
    missing: list[str] = []
    hints: list[str] = []

    shots = max(0, inp.proof_screenshots)
    proof_points = PROOF_POINTS * min(shots, REQUIRED_PROOF_SCREENSHOTS) / REQUIRED_PROOF_SCREENSHOTS
    if shots < REQUIRED_PROOF_SCREENSHOTS:
        need = REQUIRED_PROOF_SCREENSHOTS - shots
        text = translate(
            "domain.creators", "%n more screenshot(s) of a question the audience answered with specifics", None, need
        )
        if inp.proof_without_image:
            k = inp.proof_without_image
            extra = translate("domain.creators", "{missing} (%n proof entry(ies) without a screenshot yet)", None, k)
            text = extra.format(missing=text)
        missing.append(text)

    answer = inp.struggle_answer.strip()
    if not answer:
        struggle_points = 0.0
        missing.append(
            translate("domain.creators", "their answer to 'what does your audience struggle with this week?'")
        )
    elif inp.struggle_date is None:
        struggle_points = STALE_STRUGGLE_POINTS
        missing.append(translate("domain.creators", "the date of their 'struggles this week' answer"))
    else:
        age = (today - inp.struggle_date).days
        if age < 0:
            struggle_points = 0.0
            missing.append(
                translate(
                    "domain.creators",
                    "a 'struggles this week' answer dated today or earlier (the date is in the future)",
                )
            )
        elif age > max_age_days:
            struggle_points = STALE_STRUGGLE_POINTS
            missing.append(
                translate(
                    "domain.creators", "a fresh 'struggles this week' answer (the last one is %n day(s) old)", None, age
                )
            )
        else:
            struggle_points = STRUGGLE_POINTS

    share = FIGURES_POINTS / len(DEFAULT_TOPS)
    figures_points = 0.0
    for key in DEFAULT_TOPS:
        value = getattr(inp, key)
        if value is None:
            hints.append(translate("domain.creators", "{figure} (unknown)").format(figure=_figure_label(key)))
            continue
        top = tops[key]
        if top > 0 and value > 0:
            figures_points += share * min(value / top, 1.0)

    score = round(proof_points + struggle_points + figures_points, 1)
    return RubricResult(
        passed=not missing,
        missing=tuple(missing),
        hints=tuple(hints),
        score=score,
        proof_points=round(proof_points, 1),
        struggle_points=struggle_points,
        figures_points=round(figures_points, 1),
    )


# -------------------- deals per creator


@dataclass(frozen=True, slots=True)
class DealOutcome:
    """The money and results of one deal (``None`` = not reported yet, which is not the same as zero)."""

    fees: Decimal
    media: Decimal
    impressions: int | None = None
    views: int | None = None
    conversions: int | None = None
    revenue: Decimal | None = None


@dataclass(frozen=True, slots=True)
class DealSummary:
    """Blended figures over all of a creator's deals.

    Each unit cost divides the cost of the deals that *report* that result by the sum of their results, so a
    draft without impressions does not inflate the CPM of the deals that ran.
    """

    deals: int
    total_cost: Decimal
    impressions: int
    conversions: int
    cpm: Decimal | None
    cpv: Decimal | None
    cpa: Decimal | None
    roas: Decimal | None
    cpm_cost: Decimal
    cpa_cost: Decimal


def summarise_deals(outcomes: Iterable[DealOutcome]) -> DealSummary:
    """Aggregate blended (fees + media) unit costs over deals, exact Decimal money (rounded only on display)."""
    items = list(outcomes)
    zero = Decimal(0)
    total = sum((o.fees + o.media for o in items), zero)
    imp_cost = sum((o.fees + o.media for o in items if o.impressions is not None), zero)
    imps = sum(o.impressions for o in items if o.impressions is not None)
    view_cost = sum((o.fees + o.media for o in items if o.views is not None), zero)
    views = sum(o.views for o in items if o.views is not None)
    conv_cost = sum((o.fees + o.media for o in items if o.conversions is not None), zero)
    convs = sum(o.conversions for o in items if o.conversions is not None)
    rev_cost = sum((o.fees + o.media for o in items if o.revenue is not None), zero)
    revenue = sum((o.revenue for o in items if o.revenue is not None), zero)
    has_revenue = any(o.revenue is not None for o in items)
    return DealSummary(
        deals=len(items),
        total_cost=total,
        impressions=imps,
        conversions=convs,
        cpm=cpm(imp_cost, imps),
        cpv=cpv(view_cost, views),
        cpa=cpa(conv_cost, convs),
        roas=roas(revenue, rev_cost) if has_revenue else None,
        cpm_cost=imp_cost,
        cpa_cost=conv_cost,
    )


# -------------------- input parsing and validation

_HANDLE_LINE = re.compile(r"^\s*([A-Za-z][\w .-]*?)\s*[:\s]\s*(@?\S.*?)\s*$")


def parse_handles(text: str) -> tuple[list[tuple[str, str]], list[str]]:
    """Read "platform handle" lines ("instagram @lenatrails", "tiktok: lena.runs") → pairs and errors.

    A bare handle without a platform is refused with an example, rather than guessed as Instagram.
    """
    pairs: list[tuple[str, str]] = []
    errors: list[str] = []
    seen: set[str] = set()
    for n, raw in enumerate(text.replace(",", "\n").splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        m = _HANDLE_LINE.match(line)
        if not m or " " in m.group(2).strip():
            errors.append(
                translate(
                    "domain.creators",
                    "Handle line {n} ({line}): write the platform then the handle, e.g. 'instagram @name'.",
                ).format(n=n, line=repr(line))
            )
            continue
        platform = m.group(1).strip().lower()
        handle = m.group(2).strip()
        if platform not in PLATFORMS:
            errors.append(
                translate(
                    "domain.creators", "Handle line {n}: unknown platform {platform}; use one of {platforms}."
                ).format(n=n, platform=repr(platform), platforms=", ".join(PLATFORMS))
            )
            continue
        if len(handle) > 120:
            errors.append(
                translate("domain.creators", "Handle line {n}: the handle is longer than 120 characters.").format(n=n)
            )
            continue
        if platform in seen:
            errors.append(
                translate(
                    "domain.creators", "Handle line {n}: {platform} is listed twice; keep one handle per platform."
                ).format(n=n, platform=platform)
            )
            continue
        seen.add(platform)
        pairs.append((platform, handle if handle.startswith("@") else "@" + handle))
    return pairs, errors


def format_handles(pairs: Sequence[tuple[str, str]], sep: str = "\n") -> str:
    """The inverse of ``parse_handles`` (and its one-line form with ``sep=' · '``)."""
    return sep.join(f"{p} {h}" for p, h in pairs)


def parse_figure(text: str, label: str, upper: float | None = None) -> tuple[float | None, str | None]:
    """An optional measured figure: blank = unknown; "5.1", "5,1" and "5.1%" are read; range-checked."""
    raw = text.strip().rstrip("%").strip().replace(",", ".")
    if not raw:
        return None, None
    try:
        value = float(raw)
    except ValueError:
        return None, translate("domain.creators", "{label}: {text} is not a number (for example 12.5).").format(
            label=label, text=repr(text.strip())
        )
    if value != value or value in (float("inf"), float("-inf")):
        return None, translate("domain.creators", "{label}: {text} is not a number.").format(
            label=label, text=repr(text.strip())
        )
    if value < 0:
        return None, translate("domain.creators", "{label} cannot be negative.").format(label=label)
    if upper is not None and value > upper:
        return None, translate("domain.creators", "{label} cannot be above {upper}.").format(
            label=label, upper=_count(upper)
        )
    return value, None


MAX_AUDIENCE = 10_000_000_000  # more people than exist; also keeps the value inside SQLite's 64-bit integers


def validate_creator(
    name: str,
    audience_text: str,
    struggle_answer: str,
    struggle_date: date | None,
    today: date,
) -> dict[str, str]:
    """Field → message for the creator form; empty when the creator can be saved."""
    errors: dict[str, str] = {}
    if not name.strip():
        errors["name"] = translate("domain.creators", "A creator needs a name.")
    elif len(name.strip()) > 120:
        errors["name"] = translate("domain.creators", "Keep the name under 120 characters.")
    audience = audience_text.strip().replace(",", "").replace(" ", "")
    if audience:
        # isdecimal, not isdigit: "²" is a digit to Python yet int() refuses it (the form crashed on Save).
        if not audience.isdecimal():
            errors["audience_size"] = translate(
                "domain.creators", "Audience size is a whole number of people, for example 8200."
            )
        elif int(audience) > MAX_AUDIENCE:
            errors["audience_size"] = translate(
                "domain.creators", "Audience size cannot be above {max} people."
            ).format(max=_count(MAX_AUDIENCE))
    if struggle_date is not None and struggle_date > today:
        errors["struggle_date"] = translate("domain.creators", "The answer cannot be dated in the future.")
    if struggle_date is not None and not struggle_answer.strip():
        errors["struggle_answer"] = translate("domain.creators", "Type their answer, or clear the date.")
    return errors


def validate_evidence(kind: str, evidence_date: date | None, link: str, today: date) -> dict[str, str]:
    """Field → message for an evidence entry; a link must be a web address so it can be opened later."""
    errors: dict[str, str] = {}
    if kind not in EVIDENCE_KINDS:
        errors["kind"] = translate("domain.creators", "Unknown kind {kind}.").format(kind=repr(kind))
    if evidence_date is not None and evidence_date > today:
        errors["evidence_date"] = translate("domain.creators", "The evidence cannot be dated in the future.")
    link = link.strip()
    if link and not re.match(r"^https?://\S+\.\S+$", link):
        errors["link"] = translate("domain.creators", "The link must be a web address starting with https://")
    return errors
