"""Readiness checklist: each item and what it says is missing."""

from __future__ import annotations

from microcomm_desktop.domain.readiness import ReadinessInput, readiness_checklist


def complete() -> ReadinessInput:
    return ReadinessInput(
        who="runners",
        outcome="weekly 20-minute routines",
        format_text="short videos",
        primary_homes=1,
        formats=3,
        onboarding_rules="Be kind",
        onboarding_what_to_post="Your mileage",
        onboarding_help="DM me",
        scheduled_rituals=["Tuesday teardown", "Friday wins"],
        prompts_per_ritual={"Tuesday teardown": 5, "Friday wins": 6},
        disclosure_line="#ad",
        sla_minutes=60,
        sla_first_n=10,
    )


def test_complete_is_all_ok() -> None:
    items = readiness_checklist(complete())
    assert [i.key for i in items] == [
        "promise",
        "home",
        "formats",
        "onboarding",
        "rituals",
        "prompts",
        "disclosure",
        "sla",
    ]
    assert all(i.ok and i.missing == "" for i in items)


def test_missing_items_explain_themselves() -> None:
    r = complete()
    r.outcome = ""
    r.primary_homes = 2
    r.formats = 2
    r.onboarding_help = ""
    r.scheduled_rituals = ["Tuesday teardown"]
    r.prompts_per_ritual = {"Tuesday teardown": 3}
    r.disclosure_line = " "
    r.sla_minutes = 0
    items = {i.key: i for i in readiness_checklist(r)}
    assert not any(i.ok for i in items.values())
    assert "outcome" in items["promise"].missing
    assert "2 primary homes" in items["home"].missing
    assert "add 1 more" in items["formats"].missing
    assert "how to get help" in items["onboarding"].missing
    assert "Tuesday teardown: 3 of 5" in items["prompts"].missing
