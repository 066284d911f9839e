"""The readiness checklist: what must exist before inviting anyone (docs/domain.md §2–§3).

Each item says what is missing in words, so the checklist doubles as a to-do list.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from microcomm_desktop.domain.prompts import MIN_PROMPTS_PER_RITUAL

__all__ = ["ReadinessInput", "ChecklistItem", "readiness_checklist"]


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
    empty = [n for n, v in (("who", r.who), ("outcome", r.outcome), ("format", r.format_text)) if not v.strip()]
    items.append(
        ChecklistItem("promise", "Promise complete", not empty, f"Fill the promise slot(s): {', '.join(empty)}.")
    )
    if r.primary_homes == 1:
        items.append(ChecklistItem("home", "One primary home", True))
    elif r.primary_homes == 0:
        items.append(ChecklistItem("home", "One primary home", False, "Pick where the community lives."))
    else:
        items.append(
            ChecklistItem("home", "One primary home", False, f"{r.primary_homes} primary homes: keep one in month one.")
        )
    items.append(
        ChecklistItem(
            "formats",
            "Three recurring formats",
            r.formats >= 3,
            f"{r.formats} of 3 formats: add {3 - r.formats} more." if r.formats < 3 else "",
        )
    )
    onb_missing = [
        n
        for n, v in (
            ("rules", r.onboarding_rules),
            ("what to post", r.onboarding_what_to_post),
            ("how to get help", r.onboarding_help),
        )
        if not v.strip()
    ]
    items.append(
        ChecklistItem(
            "onboarding", "Onboarding written", not onb_missing, f"Write the welcome post's {', '.join(onb_missing)}."
        )
    )
    n_rit = len(r.scheduled_rituals)
    items.append(
        ChecklistItem(
            "rituals",
            "Two rituals scheduled",
            n_rit >= 2,
            f"{n_rit} ritual(s) scheduled: two weekly rituals is the start (e.g. Tuesday teardown, Friday wins).",
        )
    )
    short = {n: c for n, c in r.prompts_per_ritual.items() if c < MIN_PROMPTS_PER_RITUAL}
    prompts_ok = bool(r.prompts_per_ritual) and not short
    if not r.prompts_per_ritual:
        p_msg = "Schedule rituals, then write five prompts for each."
    else:
        p_msg = "; ".join(f"{n}: {c} of {MIN_PROMPTS_PER_RITUAL}" for n, c in short.items())
    items.append(ChecklistItem("prompts", "Five prompts per ritual", prompts_ok, p_msg))
    items.append(
        ChecklistItem(
            "disclosure",
            "Disclosure line set",
            bool(r.disclosure_line.strip()),
            "Add the line you use to disclose paid or gifted endorsements (e.g. “#ad — paid by …”).",
        )
    )
    sla_ok = bool(r.sla_minutes and r.sla_minutes > 0 and r.sla_first_n and r.sla_first_n > 0)
    items.append(
        ChecklistItem("sla", "Response SLA set", sla_ok, "Set the reply window and how many first comments count.")
    )
    return [i if not i.ok else ChecklistItem(i.key, i.label, True, "") for i in items]
