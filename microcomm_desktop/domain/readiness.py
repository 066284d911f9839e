"""The readiness checklist: what must exist before inviting anyone (docs/domain.md §2–§3).

Each item says what is missing in words, so the checklist doubles as a to-do list.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from microcomm_desktop.domain.prompts import MIN_PROMPTS_PER_RITUAL
from microcomm_desktop.i18n import active_language, translate

__all__ = ["ChecklistItem", "ReadinessInput", "RitualPlan", "readiness_checklist", "readiness_input"]


@dataclass
class ReadinessInput:
    who: str = ""
    outcome: str = ""
    format_text: str = ""
    primary_homes: int = 0
    formats: int = 0
    onboarding_rules: str = ""
    onboarding_what_to_post: str = ""
    onboarding_help: str = ""
    scheduled_rituals: list[str] = field(default_factory=list)  # names of active rituals with weekdays
    prompts_per_ritual: dict[str, int] = field(default_factory=dict)  # ritual name -> prompt count
    disclosure_line: str = ""
    sla_minutes: int | None = None
    sla_first_n: int | None = None


@dataclass(frozen=True)
class ChecklistItem:
    key: str
    label: str
    ok: bool
    missing: str = ""


def readiness_checklist(r: ReadinessInput) -> list[ChecklistItem]:
    items: list[ChecklistItem] = []
    slot_names = {
        "who": translate("domain.readiness", "who"),
        "outcome": translate("domain.readiness", "outcome"),
        "format": translate("domain.readiness", "format"),
    }
    empty = [
        slot_names[n] for n, v in (("who", r.who), ("outcome", r.outcome), ("format", r.format_text)) if not v.strip()
    ]
    items.append(
        ChecklistItem(
            "promise",
            translate("domain.readiness", "Promise complete"),
            not empty,
            translate("domain.readiness", "Fill the promise slot(s): {slots}.").format(slots=", ".join(empty)),
        )
    )
    home = translate("domain.readiness", "One primary home")
    if r.primary_homes == 1:
        items.append(ChecklistItem("home", home, True))
    elif r.primary_homes == 0:
        items.append(
            ChecklistItem("home", home, False, translate("domain.readiness", "Pick where the community lives."))
        )
    else:
        homes = r.primary_homes
        items.append(
            ChecklistItem(
                "home",
                home,
                False,
                translate("domain.readiness", "%n primary homes: keep one in month one.", None, homes),
            )
        )
    items.append(
        ChecklistItem(
            "formats",
            translate("domain.readiness", "Three recurring formats"),
            r.formats >= 3,
            translate("domain.readiness", "{count} of 3 formats: add {missing} more.").format(
                count=r.formats, missing=3 - r.formats
            )
            if r.formats < 3
            else "",
        )
    )
    onb_missing = [
        n
        for n, v in (
            (translate("domain.readiness", "rules"), r.onboarding_rules),
            (translate("domain.readiness", "what to post"), r.onboarding_what_to_post),
            (translate("domain.readiness", "how to get help"), r.onboarding_help),
        )
        if not v.strip()
    ]
    items.append(
        ChecklistItem(
            "onboarding",
            translate("domain.readiness", "Onboarding written"),
            not onb_missing,
            translate("domain.readiness", "Write the welcome post's {parts}.").format(parts=", ".join(onb_missing)),
        )
    )
    n_rit = len(r.scheduled_rituals)
    if active_language() == "en":  # the English code path of before, byte for byte ("1 ritual(s)")
        rituals_missing = (
            f"{n_rit} ritual(s) scheduled: two weekly rituals is the start (e.g. Tuesday teardown, Friday wins)."
        )
    else:
        rituals_missing = translate(
            "domain.readiness",
            "%n ritual(s) scheduled: two weekly rituals is the start (e.g. Tuesday teardown, Friday wins).",
            None,
            n_rit,
        )
    items.append(
        ChecklistItem("rituals", translate("domain.readiness", "Two rituals scheduled"), n_rit >= 2, rituals_missing)
    )
    short = {n: c for n, c in r.prompts_per_ritual.items() if c < MIN_PROMPTS_PER_RITUAL}
    prompts_ok = bool(r.prompts_per_ritual) and not short
    if not r.prompts_per_ritual:
        p_msg = translate("domain.readiness", "Schedule rituals, then write five prompts for each.")
    else:
        p_msg = "; ".join(
            translate("domain.readiness", "{ritual}: {count} of {needed}").format(
                ritual=n, count=c, needed=MIN_PROMPTS_PER_RITUAL
            )
            for n, c in short.items()
        )
    items.append(ChecklistItem("prompts", translate("domain.readiness", "Five prompts per ritual"), prompts_ok, p_msg))
    items.append(
        ChecklistItem(
            "disclosure",
            translate("domain.readiness", "Disclosure line set"),
            bool(r.disclosure_line.strip()),
            translate(
                "domain.readiness",
                "Add the line you use to disclose paid or gifted endorsements (e.g. “#ad — paid by …”).",
            ),
        )
    )
    sla_ok = bool(r.sla_minutes and r.sla_minutes > 0 and r.sla_first_n and r.sla_first_n > 0)
    items.append(
        ChecklistItem(
            "sla",
            translate("domain.readiness", "Response SLA set"),
            sla_ok,
            translate("domain.readiness", "Set the reply window and how many first comments count."),
        )
    )
    return [i if not i.ok else ChecklistItem(i.key, i.label, True, "") for i in items]


@dataclass(frozen=True)
class RitualPlan:
    """What the checklist needs of a ritual: its name, its weekdays ("1,4") and the last day it runs."""

    name: str
    weekdays: str
    active_to: date | None


def readiness_input(
    promise: tuple[str, str, str] | None,
    profile: Mapping[str, object] | None,
    primary_homes: int,
    formats: int,
    rituals: Sequence[RitualPlan],
    prompts_by_ritual: Mapping[str, int],
    today: date,
) -> ReadinessInput:
    """The checklist's input from stored rows: the current promise's (who, outcome, format), the profile's
    columns (None when none is stored: the defaults, and the reply window counts as set at 60 min / 10), the
    number of primary homes and formats, the rituals and the prompts per ritual name. One rule for both reads
    of it (the ORM one in ``services.promise`` and the DB-API one the first window is painted from)."""
    prof = profile or {}
    scheduled = [r for r in rituals if r.weekdays.strip() and (r.active_to is None or r.active_to >= today)]
    who, outcome, format_text = promise or ("", "", "")
    return ReadinessInput(
        who=who,
        outcome=outcome,
        format_text=format_text,
        primary_homes=primary_homes,
        formats=formats,
        onboarding_rules=str(prof.get("onboarding_rules", "")),
        onboarding_what_to_post=str(prof.get("onboarding_what_to_post", "")),
        onboarding_help=str(prof.get("onboarding_help", "")),
        scheduled_rituals=[r.name for r in scheduled],
        prompts_per_ritual={r.name: prompts_by_ritual.get(r.name, 0) for r in scheduled},
        disclosure_line=str(prof.get("disclosure_line", "")),
        sla_minutes=int(str(prof["sla_minutes"])) if profile is not None else 60,
        sla_first_n=int(str(prof["sla_first_n"])) if profile is not None else 10,
    )
