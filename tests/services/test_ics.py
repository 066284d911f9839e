"""ICS: export → parse with icalendar → the same rituals; import report for non-weekly events."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from icalendar import Calendar

from microcomm_desktop.services import rituals as svc
from microcomm_desktop.services.ics import export_ics, import_ics, ritual_signature
from microcomm_desktop.services.workspaces import create_workspace

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def test_round_trip(app_ctx, workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    e, ws = app_ctx.engine, workspace.id
    svc.add_ritual(
        e,
        ws,
        name="Tuesday teardown",
        weekdays="1",
        time_of_day="18:30",
        duration_minutes=45,
        active_from=date(2026, 9, 3),
        home="IG comments",
        recap_habit="Recap Wednesday",
    )
    svc.add_ritual(
        e,
        ws,
        name="Mon+Thu check-in",
        weekdays="0,3",
        time_of_day="07:15",
        duration_minutes=20,
        active_from=date(2026, 10, 1),
        active_to=date(2026, 12, 17),
    )
    rid3 = svc.add_ritual(e, ws, name="Late", weekdays="6", time_of_day="23:30", active_from=date(2026, 3, 1))
    svc.set_occurrence(e, rid3, date(2026, 11, 22), status="skipped")
    path = tmp_path / "c.ics"
    assert export_ics(e, ws, path, NOW) == 3
    cal = Calendar.from_ical(path.read_bytes())
    events = {str(ev["summary"]): ev for ev in cal.walk("VEVENT")}
    assert events["Tuesday teardown"]["rrule"]["FREQ"] == ["WEEKLY"]
    assert events["Tuesday teardown"]["rrule"]["BYDAY"] == ["TU"]
    assert events["Tuesday teardown"]["dtstart"].params["TZID"] == "Europe/Berlin"
    until = events["Mon+Thu check-in"]["rrule"]["UNTIL"][0]
    assert until.tzinfo is not None and until.utcoffset().total_seconds() == 0  # UTC, as RFC 5545 wants
    assert "EXDATE" in events["Late"]
    assert cal.walk("VTIMEZONE")

    other = create_workspace(e, "Other", timezone="Europe/Berlin")
    report = import_ics(e, other.id, path)
    assert len(report.created) == 3 and report.skipped == []
    orig = sorted(ritual_signature(r) for r in svc.list_rituals(e, ws))
    back = sorted(ritual_signature(r) for r in svc.list_rituals(e, other.id))
    assert back == orig
    # importing again creates nothing new
    again = import_ics(e, other.id, path)
    assert again.created == [] and len(again.skipped) == 3


def test_import_reports_what_it_skips(app_ctx, workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:test",
            "BEGIN:VEVENT",
            "UID:a",
            "SUMMARY:Monthly live",
            "DTSTART:20261101T180000Z",
            "RRULE:FREQ=MONTHLY",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:b",
            "SUMMARY:Launch",
            "DTSTART:20261201T180000Z",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:c",
            "SUMMARY:Night owl",
            "DTSTART:20261103T233000Z",
            "DURATION:PT30M",
            "RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=4",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    )
    p = tmp_path / "in.ics"
    p.write_text(text)
    report = import_ics(app_ctx.engine, workspace.id, p)
    assert report.created == ["Night owl"]
    assert {s for s, _ in report.skipped} == {"Monthly live", "Launch"}
    r = svc.list_rituals(app_ctx.engine, workspace.id)[0]
    # 23:30 UTC Tuesday is 00:30 Wednesday in Berlin: the weekday moves with the zone
    assert (r.weekdays, r.time_of_day, r.duration_minutes) == ("2", "00:30", 30)
    assert r.active_from == date(2026, 11, 4) and r.active_to == date(2026, 11, 25)


def test_import_rejects_junk(app_ctx, workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import pytest

    p = tmp_path / "junk.ics"
    p.write_bytes(b"\x00\x01 not a calendar")
    with pytest.raises(ValueError, match="not a readable calendar"):
        import_ics(app_ctx.engine, workspace.id, p)
