"""ICS import/export on synthetic files in the real shapes of Google Calendar, Outlook/Exchange and Apple
Calendar exports (made-up people and events): UNTIL compared as an instant, RDATE kept, cross-zone DST weeks,
EXDATE → skipped occurrences, one-off events, multi-line notes, several VCALENDARs, Windows zone names, and the
full export → import round trip."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from icalendar import Calendar

from microcomm_desktop.services import rituals as svc
from microcomm_desktop.services.ics import export_ics, import_ics, plan_import, ritual_signature, undo_import
from microcomm_desktop.services.workspaces import create_workspace

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
TODAY = date(2026, 11, 25)
FIX = Path(__file__).resolve().parents[1] / "fixtures" / "ics"


def _cal(*lines: str) -> bytes:
    """A calendar file as calendar apps write it: CRLF line ends."""
    return "\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN", *lines, "END:VCALENDAR", ""]).encode()


def _event(*lines: str, uid: str = "u1") -> list[str]:
    return ["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20261101T000000Z", *lines, "END:VEVENT"]


def _fixture(name: str) -> bytes:
    return (FIX / name).read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def _import(app_ctx, ws_id: int, data: bytes, tmp_path: Path, name: str = "in.ics"):  # type: ignore[no-untyped-def]
    p = tmp_path / name
    p.write_bytes(data)
    return import_ics(app_ctx.engine, ws_id, p, today=TODAY)


def _statuses(app_ctx, ws_id: int, start: date, end: date) -> dict[tuple[str, date], str]:  # type: ignore[no-untyped-def]
    return {
        (i.title, i.local_date): i.status for i in svc.calendar(app_ctx.engine, ws_id, start, end) if i.kind == "ritual"
    }


# ---------------------------------------------------------------- UNTIL as an instant


def test_utc_until_with_local_dtstart_has_no_extra_final_occurrence() -> None:
    # 18:30 in Berlin on 15 Dec is 17:30Z: an UNTIL of 17:00Z ends the series the week before
    data = _cal(
        *_event(
            "SUMMARY:Teardown",
            "DTSTART;TZID=Europe/Berlin:20261103T183000",
            "RRULE:FREQ=WEEKLY;UNTIL=20261215T170000Z;BYDAY=TU",
        )
    )
    plan = plan_import(data, "Europe/Berlin", TODAY)
    assert plan.rituals[0].values["active_to"] == date(2026, 12, 8)
    # an UNTIL exactly at the last start keeps it (UNTIL is inclusive)
    exact = data.replace(b"20261215T170000Z", b"20261215T173000Z")
    assert plan_import(exact, "Europe/Berlin", TODAY).rituals[0].values["active_to"] == date(2026, 12, 15)


def test_date_only_until_is_the_start_of_that_day() -> None:
    data = _cal(
        *_event(
            "SUMMARY:Check-in",
            "DTSTART;TZID=Europe/Berlin:20261102T071500",
            "RRULE:FREQ=WEEKLY;UNTIL=20261214;BYDAY=MO,TH",
        )
    )
    values = plan_import(data, "Europe/Berlin", TODAY).rituals[0].values
    # 14 Dec 07:15 is after 14 Dec 00:00: the last start is Thursday 10 Dec
    assert (values["weekdays"], values["active_from"], values["active_to"]) == (
        "0,3",
        date(2026, 11, 2),
        date(2026, 12, 10),
    )


def test_until_of_a_series_in_another_zone_is_compared_as_an_instant() -> None:
    # New York 12:00 on Wed 16 Dec is 17:00Z; UNTIL 16:59Z stops before it, even read from Berlin
    data = _cal(
        *_event(
            "SUMMARY:US hours",
            "DTSTART;TZID=America/New_York:20261104T120000",
            "RRULE:FREQ=WEEKLY;UNTIL=20261216T165900Z;BYDAY=WE",
        )
    )
    values = plan_import(data, "Europe/Berlin", TODAY).rituals[0].values
    assert values["active_to"] == date(2026, 12, 9) and values["time_of_day"] == "18:00"


# ---------------------------------------------------------------- RDATE, EXDATE, one-off events


def test_rdate_dates_are_kept_even_after_until(app_ctx, workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = _cal(
        *_event(
            "SUMMARY:Check-in",
            "DTSTART;TZID=Europe/Berlin:20261102T071500",
            "DTEND;TZID=Europe/Berlin:20261102T073500",
            "RRULE:FREQ=WEEKLY;UNTIL=20261210T061500Z;BYDAY=MO,TH",
            "RDATE;TZID=Europe/Berlin:20261223T071500,20261105T071500",  # 5 Nov is already one of its dates
        )
    )
    report = _import(app_ctx, workspace.id, data, tmp_path)
    r = svc.list_rituals(app_ctx.engine, workspace.id)[0]
    assert r.active_to == date(2026, 12, 10)
    events = svc.list_events(app_ctx.engine, workspace.id)
    assert [(e.title, e.local_date, e.time_of_day, e.duration_minutes) for e in events] == [
        ("Check-in", date(2026, 12, 23), "07:15", 20)
    ]
    assert any(row.outcome == "event" and "RDATE" in row.detail for row in report.rows)


def test_exdates_and_cancelled_instances_become_skipped_occurrences(app_ctx, workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    report = _import(app_ctx, workspace.id, _fixture("google_weekly.ics"), tmp_path)
    st = _statuses(app_ctx, workspace.id, date(2026, 11, 1), date(2026, 12, 31))
    assert st == {
        ("Tuesday teardown", date(2026, 11, 3)): "planned",
        ("Tuesday teardown", date(2026, 11, 10)): "planned",
        ("Tuesday teardown", date(2026, 11, 17)): "skipped",  # EXDATE;TZID
        ("Tuesday teardown", date(2026, 11, 24)): "skipped",  # RECURRENCE-ID with STATUS:CANCELLED
        ("Tuesday teardown", date(2026, 12, 1)): "skipped",  # moved to 20:00: a skip plus a one-off event
        ("Tuesday teardown", date(2026, 12, 8)): "planned",  # UNTIL 17:00Z on 15 Dec: no 15 Dec
    }
    assert report.skips_marked == 3
    events = {e.title: e for e in svc.list_events(app_ctx.engine, workspace.id)}
    assert (events["Tuesday teardown (late)"].local_date, events["Tuesday teardown (late)"].time_of_day) == (
        date(2026, 12, 1),
        "20:00",
    )
    assert events["Tuesday teardown (late)"].notes == "Moved for the holiday market."


def test_exdate_in_utc_and_one_not_in_the_series(app_ctx, workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = _cal(
        *_event(
            "SUMMARY:Wins",
            "DTSTART;TZID=Europe/Berlin:20261106T170000",
            "RRULE:FREQ=WEEKLY;BYDAY=FR;COUNT=6",
            "EXDATE:20261113T160000Z",  # 17:00 Berlin
            "EXDATE:20261114T160000Z",  # a Saturday: not one of its dates
        )
    )
    report = _import(app_ctx, workspace.id, data, tmp_path)
    st = _statuses(app_ctx, workspace.id, date(2026, 11, 1), date(2026, 12, 31))
    assert [d for (_, d), s in st.items() if s == "skipped"] == [date(2026, 11, 13)]
    assert max(d for _, d in st) == date(2026, 12, 11)  # COUNT=6
    assert any("2026-11-14" in row.detail and row.outcome == "warning" for row in report.rows)


def test_one_off_events_become_calendar_events_with_notes(app_ctx, workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    report = _import(app_ctx, workspace.id, _fixture("google_weekly.ics"), tmp_path)
    events = {e.title: e for e in svc.list_events(app_ctx.engine, workspace.id)}
    live = events["Guest live"]
    assert (live.local_date, live.time_of_day, live.duration_minutes) == (date(2026, 12, 5), "16:00", 90)
    assert live.notes == "Guest: a made-up coach.\nQuestions in the comments."
    day = events["Challenge launch day"]
    assert (day.local_date, day.time_of_day) == (date(2026, 12, 12), "")  # all day
    items = svc.calendar(app_ctx.engine, workspace.id, date(2026, 12, 5), date(2026, 12, 5))
    assert [(i.kind, i.title) for i in items] == [("event", "Guest live")]
    assert report.skipped == []


def test_multi_line_description_survives(app_ctx, workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _import(app_ctx, workspace.id, _fixture("google_weekly.ics"), tmp_path)
    r = svc.list_rituals(app_ctx.engine, workspace.id)[0]
    # escaped \n and \, plus a folded line
    assert r.notes == "Bring one profile to review.\nRubric: hook, proof, ask.\n\nRecap on Wednesday."
    assert r.home == "IG Live"


# ---------------------------------------------------------------- zones


def test_cross_zone_dst_weeks_are_named(app_ctx, workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = _cal(
        *_event(
            "SUMMARY:US office hours",
            "DTSTART;TZID=America/New_York:20270106T120000",
            "DURATION:PT1H",
            "RRULE:FREQ=WEEKLY;BYDAY=WE;UNTIL=20271231T000000Z",
        )
    )
    report = _import(app_ctx, workspace.id, data, tmp_path)
    r = svc.list_rituals(app_ctx.engine, workspace.id)[0]
    assert (r.weekdays, r.time_of_day) == ("2", "18:00")  # 12:00 New York is 18:00 Berlin most weeks
    warn = [row.detail for row in report.rows if row.outcome == "warning"]
    assert len(warn) == 1
    # US clocks change 14 Mar and 7 Nov 2027, Berlin's 28 Mar and 31 Oct: those weeks it is 17:00 here
    assert "3 of its dates between 2027-01-06 and 2027-12-29 " in warn[0]
    for d in ("2027-03-17 at 17:00", "2027-03-24 at 17:00", "2027-11-03 at 17:00"):
        assert d in warn[0]
    assert "America/New_York" in warn[0] and "keeps 18:00" in warn[0]


def test_same_zone_series_has_no_dst_warning() -> None:
    data = _cal(*_event("SUMMARY:Teardown", "DTSTART;TZID=Europe/Berlin:20260303T183000", "RRULE:FREQ=WEEKLY;COUNT=20"))
    plan = plan_import(data, "Europe/Berlin", TODAY)
    assert plan.rituals[0].values["time_of_day"] == "18:30" and not plan.rows


def test_windows_zone_names_and_vtimezone(app_ctx, workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    report = _import(app_ctx, workspace.id, _fixture("outlook_windows_zones.ics"), tmp_path)
    rit = {r.name: r for r in svc.list_rituals(app_ctx.engine, workspace.id)}
    wins = rit["Friday wins"]
    assert (wins.weekdays, wins.time_of_day, wins.duration_minutes) == ("4", "17:00", 30)
    assert (wins.active_from, wins.active_to) == (date(2026, 11, 6), date(2027, 2, 26))
    assert wins.notes == "Weekly wins thread.\nPost one number from your week."
    assert wins.home == "Discord #wins"
    st = _statuses(app_ctx, workspace.id, date(2026, 12, 1), date(2027, 1, 31))
    assert st[("Friday wins", date(2026, 12, 25))] == "skipped" and st[("Friday wins", date(2027, 1, 1))] == "skipped"
    assert (rit["US office hours"].weekdays, rit["US office hours"].time_of_day) == ("2", "18:00")
    ev = svc.list_events(app_ctx.engine, workspace.id)[0]
    # "Pacific Standard Time" with no VTIMEZONE: 09:00 in Los Angeles is 18:00 in Berlin
    assert (ev.title, ev.local_date, ev.time_of_day) == ("West coast Q&A", date(2026, 12, 9), "18:00")
    assert any(row.outcome == "warning" and "Eastern Standard Time" in row.detail for row in report.rows)


def test_unknown_zone_is_read_as_the_calendar_zone_and_said() -> None:
    data = _cal(
        "X-WR-TIMEZONE:America/Chicago",
        *_event("SUMMARY:Mystery", "DTSTART;TZID=Customized Time Zone:20261209T090000"),
        *_event("SUMMARY:Floating", "DTSTART:20261210T090000", uid="u2"),
    )
    plan = plan_import(data, "Europe/Berlin", TODAY)
    assert [(e.title, e.local_date, e.time_of_day) for e in plan.events] == [
        ("Mystery", date(2026, 12, 9), "16:00"),
        ("Floating", date(2026, 12, 10), "16:00"),
    ]
    assert any("Customized Time Zone" in r.detail and "America/Chicago" in r.detail for r in plan.rows)


# ---------------------------------------------------------------- files


def test_several_vcalendars_in_one_file(app_ctx, workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    report = _import(app_ctx, workspace.id, _fixture("apple_two_calendars.ics"), tmp_path)
    assert report.plan is not None and report.plan.calendars == 2
    r = svc.list_rituals(app_ctx.engine, workspace.id)[0]
    assert r.notes == "Three lines:\n1. What did you do?\n2. What is next?\n3. What is in the way?"
    titles = sorted((e.title, e.local_date) for e in svc.list_events(app_ctx.engine, workspace.id))
    assert titles == [("Morning check-in", date(2026, 12, 23)), ("Recap day", date(2026, 12, 18))]


def test_unreadable_files_are_refused_with_a_sentence(app_ctx, workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for data, words in [
        (b"PK\x03\x04rest of a zip", "ZIP archive"),
        (b"", "empty"),
        (b"\x00\x01 not a calendar", "not a readable calendar"),
        (b"Date,Views\n2026-11-01,3\n", "no BEGIN:VCALENDAR"),
    ]:
        with pytest.raises(ValueError, match=words):
            _import(app_ctx, workspace.id, data, tmp_path)
    assert svc.list_rituals(app_ctx.engine, workspace.id) == []


def test_non_weekly_events_are_reported_row_by_row(app_ctx, workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = _cal(
        *_event("SUMMARY:Monthly live", "DTSTART:20261101T180000Z", "RRULE:FREQ=MONTHLY", uid="a"),
        *_event("SUMMARY:Launch", "DTSTART:20261201T180000Z", uid="b"),
        *_event(
            "SUMMARY:Night owl",
            "DTSTART:20261103T233000Z",
            "DURATION:PT30M",
            "RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=4",
            uid="c",
        ),
        *_event("SUMMARY:Biweekly", "DTSTART:20261103T180000Z", "RRULE:FREQ=WEEKLY;INTERVAL=2", uid="d"),
    )
    report = _import(app_ctx, workspace.id, data, tmp_path)
    assert report.created == ["Night owl"]
    assert {s for s, _ in report.skipped} == {"Monthly live", "Biweekly"}
    lines = report.lines()
    assert lines[0].startswith("Created 1 ritual(s), 1 one-off event(s)")
    assert any(line.startswith("#1 “Monthly live”: not imported — repeats monthly") for line in lines)
    assert any(line.startswith("#2 “Launch”: event — one-off event on 2026-12-01 19:00") for line in lines)
    r = svc.list_rituals(app_ctx.engine, workspace.id)[0]
    # 23:30 UTC Tuesday is 00:30 Wednesday in Berlin: the weekday moves with the zone
    assert (r.weekdays, r.time_of_day, r.duration_minutes) == ("2", "00:30", 30)
    assert r.active_from == date(2026, 11, 4) and r.active_to == date(2026, 11, 25)


def test_dry_run_writes_nothing_and_undo_removes_everything(app_ctx, workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    p = tmp_path / "g.ics"
    p.write_bytes(_fixture("google_weekly.ics"))
    dry = import_ics(app_ctx.engine, workspace.id, p, today=TODAY, dry_run=True)
    assert dry.created == ["Tuesday teardown"] and dry.skips_marked == 3
    assert dry.lines()[0].startswith("Would create 1 ritual(s), 3 one-off event(s)")
    assert svc.list_rituals(app_ctx.engine, workspace.id) == [] and svc.list_events(app_ctx.engine, workspace.id) == []
    real = import_ics(app_ctx.engine, workspace.id, p, today=TODAY)
    assert [line.replace("Created", "Would create", 1) for line in real.lines()] == dry.lines()
    again = import_ics(app_ctx.engine, workspace.id, p, today=TODAY)
    assert again.created == [] and again.event_ids == [] and len(again.skipped) == 4
    undo_import(app_ctx.engine, real)
    assert svc.list_rituals(app_ctx.engine, workspace.id) == [] and svc.list_events(app_ctx.engine, workspace.id) == []


# ---------------------------------------------------------------- round trip


def test_round_trip_gives_back_rituals_skips_events_and_notes(app_ctx, workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    e, ws = app_ctx.engine, workspace.id
    svc.add_ritual(
        e,
        ws,
        name="Tuesday teardown",
        weekdays="1",
        time_of_day="18:30",
        duration_minutes=45,
        active_from=date(2026, 9, 3),  # a Thursday: the first occurrence is 8 Sep
        home="IG comments",
        format_text="teardown series",
        recap_habit="Recap Wednesday; three fixes, named",
        notes="Rubric:\n- hook\n- proof, then ask\n\nBe kind.  ",
    )
    rid2 = svc.add_ritual(
        e,
        ws,
        name="Mon+Thu check-in",
        weekdays="0,3",
        time_of_day="07:15",
        duration_minutes=20,
        active_from=date(2026, 10, 1),
        active_to=date(2026, 12, 20),  # a Sunday: the last occurrence is 17 Dec
    )
    rid3 = svc.add_ritual(e, ws, name="Late", weekdays="6", time_of_day="23:30", active_from=date(2026, 3, 1))
    svc.set_occurrence(e, rid3, date(2026, 11, 22), status="skipped")
    svc.set_occurrence(e, rid3, date(2026, 3, 29), status="skipped")  # the night clocks go forward
    svc.set_occurrence(e, rid2, date(2026, 10, 5), status="skipped")
    svc.set_occurrence(e, rid2, date(2026, 10, 8), status="run")
    ev1 = svc.add_event(e, ws, "Guest live", date(2026, 12, 5), "16:00", 90)
    svc.add_event(e, ws, "Launch day", date(2026, 12, 12))
    from microcomm_desktop.store.db import session_scope
    from microcomm_desktop.store.models import CalendarEvent

    with session_scope(e) as s:
        row = s.get(CalendarEvent, ev1)
        assert row is not None
        row.notes = "Guest: a made-up coach.\nQuestions; in the comments, please."
        s.add(row)

    path = tmp_path / "c.ics"
    assert export_ics(e, ws, path, NOW) == 5
    cal = Calendar.from_ical(path.read_bytes())
    events = {str(ev["summary"]): ev for ev in cal.walk("VEVENT")}
    assert events["Tuesday teardown"]["dtstart"].params["TZID"] == "Europe/Berlin"
    until = events["Mon+Thu check-in"]["rrule"]["UNTIL"][0]
    assert until.tzinfo is not None and until.utcoffset().total_seconds() == 0  # UTC, as RFC 5545 wants
    assert cal.walk("VTIMEZONE")

    other = create_workspace(e, "Other", timezone="Europe/Berlin")
    report = import_ics(e, other.id, path, today=TODAY)
    assert len(report.created) == 3 and report.skipped == [] and report.warnings == 0
    assert sorted(ritual_signature(r) for r in svc.list_rituals(e, other.id)) == sorted(
        ritual_signature(r) for r in svc.list_rituals(e, ws)
    )

    def skips(ws_id: int) -> list[tuple[str, date]]:
        return sorted(
            (i.title, i.local_date)
            for i in svc.calendar(e, ws_id, date(2026, 1, 1), date(2027, 12, 31))
            if i.status == "skipped"
        )

    assert skips(other.id) == skips(ws) and len(skips(ws)) == 3

    def evs(ws_id: int) -> list[tuple[str, date, str, int, str]]:
        return sorted(
            (x.title, x.local_date, x.time_of_day, x.duration_minutes if x.time_of_day else 0, x.notes)
            for x in svc.list_events(e, ws_id)
        )

    assert evs(other.id) == evs(ws)
    # importing again creates nothing new
    again = import_ics(e, other.id, path, today=TODAY)
    assert again.created == [] and again.event_ids == [] and len(again.skipped) == 5


# ---------------------------------------------------------------- shapes seen in the wild


def test_outlook_display_name_zones_without_vtimezone() -> None:
    data = _cal(
        *_event(
            "SUMMARY:East coast hour",
            'DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20261202T120000',
            'DTEND;TZID="(UTC-05:00) Eastern Time (US & Canada)":20261202T130000',
        ),
        *_event(
            "SUMMARY:Sydney breakfast",
            'DTSTART;TZID="(GMT+10:00) Canberra, Melbourne, Sydney":20261203T080000',
            uid="u2",
        ),
        *_event(
            "SUMMARY:Berlin evening",
            'DTSTART;TZID="Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna":20261204T190000',
            uid="u3",
        ),
    )
    plan = plan_import(data, "Europe/Berlin", TODAY)
    assert [(e.title, e.local_date, e.time_of_day, e.duration_minutes) for e in plan.events] == [
        ("East coast hour", date(2026, 12, 2), "18:00", 60),
        ("Sydney breakfast", date(2026, 12, 2), "22:00", 60),  # 08:00 AEDT (UTC+11) on the 3rd
        ("Berlin evening", date(2026, 12, 4), "19:00", 60),
    ]
    assert [r.outcome for r in plan.rows] == ["warning"] * 3 and "America/New_York" in plan.rows[0].detail


def test_newest_copy_of_an_event_wins_and_overrides_off_the_series_are_events() -> None:
    data = _cal(
        *_event(
            "SUMMARY:Standup v2",
            "SEQUENCE:2",
            "DTSTART:20261207T100000Z",
            "RRULE:FREQ=DAILY;COUNT=5;BYDAY=MO,TU,WE,TH,FR",
            uid="s",
        ),
        *_event("SUMMARY:Standup v0", "SEQUENCE:0", "DTSTART:20261207T090000Z", "RRULE:FREQ=DAILY;COUNT=5", uid="s"),
        *_event(
            "SUMMARY:Moved standup",
            "SEQUENCE:3",
            "RECURRENCE-ID:20261208T100000Z",
            "DTSTART:20261208T140000Z",
            uid="s",
        ),
        *_event(
            "SUMMARY:Stray change",
            "RECURRENCE-ID:20261209T090000Z",  # 09:00Z is not a time of the series
            "DTSTART:20261209T090000Z",
            uid="s",
        ),
    )
    plan = plan_import(data, "Europe/Berlin", TODAY)
    assert [p.values["name"] for p in plan.rituals] == ["Standup v2"]
    assert plan.rituals[0].values["time_of_day"] == "11:00" and plan.rituals[0].skips == [date(2026, 12, 8)]
    assert [(e.title, e.local_date, e.time_of_day) for e in plan.events] == [
        ("Moved standup", date(2026, 12, 8), "15:00"),
        ("Stray change", date(2026, 12, 9), "10:00"),
    ]
    assert any(r.item == "Standup v0" and "older copy of event #1" in r.detail for r in plan.rows)


def test_malformed_vtimezone_falls_back_to_zone_names() -> None:
    data = _cal(
        "BEGIN:VTIMEZONE",
        "TZID:Africa/Abidjan",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0000",
        "TZOFFSETTO:+0000",
        "DTSTART:20240101T000000",
        "END:STANDARD",
        "TZID:America/Los_Angeles",
        "END:VTIMEZONE",
        *_event("SUMMARY:School day", "DTSTART;TZID=America/Los_Angeles:20261209T090000"),
    )
    plan = plan_import(data, "Europe/Berlin", TODAY)
    assert [(e.title, e.time_of_day) for e in plan.events] == [("School day", "18:00")]
    assert "VTIMEZONE" in plan.rows[0].detail


def test_a_calendar_of_to_dos_says_so() -> None:
    data = _cal("BEGIN:VTODO", "UID:t", "SUMMARY:Write recap", "END:VTODO")
    plan = plan_import(data, "Europe/Berlin", TODAY)
    assert plan.rows[0].detail == "the calendar holds no events (1 to-do item(s) are not calendar events)"


def test_dates_of_a_series_left_unchanged_are_not_added(app_ctx, workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    svc.add_ritual(
        app_ctx.engine, workspace.id, name="Tuesday teardown", weekdays="1", time_of_day="18:30",
        active_from=date(2026, 9, 1),
    )  # fmt: skip
    report = _import(app_ctx, workspace.id, _fixture("google_weekly.ics"), tmp_path)
    assert report.created == [] and report.skips_marked == 0
    assert sorted(e.title for e in svc.list_events(app_ctx.engine, workspace.id)) == [
        "Challenge launch day",
        "Guest live",
    ]
    assert ("Tuesday teardown (late)", "a date of “Tuesday teardown”, which was not imported") in report.skipped


def test_sample_workspace_round_trip(app_ctx, sample_workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    e = app_ctx.engine
    path = tmp_path / "sample.ics"
    export_ics(e, sample_workspace.id, path, NOW)
    fresh = create_workspace(e, "Fresh", timezone=sample_workspace.timezone)
    report = import_ics(e, fresh.id, path, today=TODAY)
    assert report.skipped == [] and report.warnings == 0
    assert sorted(ritual_signature(r) for r in svc.list_rituals(e, fresh.id)) == sorted(
        ritual_signature(r) for r in svc.list_rituals(e, sample_workspace.id)
    )

    def outline(ws_id: int) -> list[tuple[str, str, date, str, str]]:
        items = svc.calendar(e, ws_id, date(2026, 1, 1), date(2027, 6, 30))
        return sorted((i.kind, i.title, i.local_date, i.time_of_day, i.status if i.status == "skipped" else "")
                      for i in items)  # fmt: skip

    assert outline(fresh.id) == outline(sample_workspace.id)
    assert any(x[4] == "skipped" for x in outline(fresh.id)) and any(x[0] == "event" for x in outline(fresh.id))


def test_dtstart_off_its_weekdays_is_kept_and_counted() -> None:
    # DTSTART on a Monday, rule on Wednesdays, COUNT=3: Monday + two Wednesdays (RFC 5545 counts DTSTART)
    data = _cal(
        *_event(
            "SUMMARY:Kickoff then weekly",
            "DTSTART;TZID=Europe/Berlin:20261130T180000",
            "RRULE:FREQ=WEEKLY;BYDAY=WE;COUNT=3",
        )
    )
    plan = plan_import(data, "Europe/Berlin", TODAY)
    values = plan.rituals[0].values
    assert (values["weekdays"], values["active_from"], values["active_to"]) == (
        "2",
        date(2026, 12, 2),
        date(2026, 12, 9),
    )
    assert [(e.local_date, e.time_of_day) for e in plan.events] == [(date(2026, 11, 30), "18:00")]


def test_encodings_outlook_writes_are_read() -> None:
    lines = _event("SUMMARY:Café live – Q&A", "DTSTART;TZID=Europe/Berlin:20261209T190000")
    text = "\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:x", *lines, "END:VCALENDAR", ""])
    for data in (text.encode("cp1252"), text.encode("utf-16"), b"\xef\xbb\xbf" + text.encode("utf-8")):
        plan = plan_import(data, "Europe/Berlin", TODAY)
        assert [(e.title, e.time_of_day) for e in plan.events] == [("Café live – Q&A", "19:00")]


def test_export_names_a_ritual_with_nothing_to_publish(app_ctx, workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.services.ics import export_ics_report

    svc.add_ritual(
        app_ctx.engine, workspace.id, name="Never", weekdays="1", time_of_day="18:00",
        active_from=date(2026, 11, 30), active_to=date(2026, 11, 30),
    )  # fmt: skip
    n, left_out = export_ics_report(app_ctx.engine, workspace.id, tmp_path / "c.ics", NOW)
    assert n == 0 and left_out == ["“Never” is not in the file: there is no Tue between 2026-11-30 and 2026-11-30"]
    with pytest.raises(ValueError, match="Could not write"):
        export_ics_report(app_ctx.engine, workspace.id, tmp_path, NOW)  # a folder is no file target
