"""The importer's per-hour offset cache stores the same UTC time and local date as the zone conversion row by
row (``timezones.to_utc`` + ``local_parts``), through DST gaps, folds and half-hour zones (issue 20)."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

import pytest

from microcomm_desktop.services.importing import _LocalToUtc
from microcomm_desktop.services.timezones import local_parts, to_utc, zone

ZONES = [
    "Europe/Berlin",
    "America/New_York",
    "Australia/Lord_Howe",  # 30-minute DST shift
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Pacific/Apia",  # skipped a whole day in 2011
    "America/Sao_Paulo",  # DST changes at midnight (a missing local midnight)
    "Africa/Monrovia",  # a -0:44:30 offset until 1972
    "UTC",
]


def _expected(when: datetime, tz: str) -> tuple[str, str]:
    instant = to_utc(when, tz)
    return instant.replace(tzinfo=None).isoformat(" ", "microseconds"), local_parts(instant, tz)[0].isoformat()


@pytest.mark.parametrize("tz", ZONES)
def test_same_instant_and_local_date_as_the_zone_conversion(tz: str) -> None:
    rng = random.Random(tz)
    times: list[datetime] = []
    start = datetime(2011, 12, 28)
    times += [start + timedelta(minutes=7 * i, seconds=13) for i in range(1200)]  # Apia's missing day
    for year in (1972, 1995, 2019, 2026):  # every day of the year at a few hours, and around each transition
        day = datetime(year, 1, 1)
        for d in range(366):
            for h in (0, 1, 2, 3):
                times.append(day + timedelta(days=d, hours=h, minutes=rng.randrange(60), seconds=rng.randrange(60)))
    times += [datetime(1970, 1, 1) + timedelta(seconds=rng.randrange(60 * 366 * 86400)) for _ in range(3000)]
    times += [t.replace(microsecond=rng.randrange(1_000_000)) for t in times[:500]]
    times += [datetime(2026, 3, 29, 1, 59, 59, 999999), datetime(2026, 10, 25, 2, 30)]
    times.append(datetime(2026, 10, 25, 2, 30, fold=1))
    rng.shuffle(times)  # the cache fills in any order
    convert = _LocalToUtc(zone(tz))
    for when in times:
        assert convert(when) == _expected(when, tz), when
    # Aware times (an offset written in the file) are converted as written.
    aware = datetime(2026, 10, 25, 2, 30, tzinfo=timezone(timedelta(hours=5, minutes=45)))
    assert convert(aware) == _expected(aware, tz)


@pytest.mark.parametrize("tz", ZONES)
def test_the_text_path_stores_the_same_instant_and_local_date(tz: str) -> None:
    """``InteractionColumns.stage`` with this clock: every time it places from the cell's text alone is stored as
    the zone conversion stores it; the rest (DST hours, half-hour zones) comes back for the datetime path."""
    from datetime import date

    from microcomm_desktop.domain.imports import ConvertOptions
    from microcomm_desktop.domain.imports.columns import InteractionColumns
    from microcomm_desktop.domain.imports.presets import PRESETS

    rng = random.Random(tz + "text")
    times = [datetime(1970, 1, 1) + timedelta(seconds=rng.randrange(57 * 366 * 86400)) for _ in range(4000)]
    for year in (1972, 2019, 2026):  # the hours around every transition of those years
        for d in range(366):
            day = datetime(year, 1, 1) + timedelta(days=d)
            for h in (0, 1, 2, 3):
                times.append(day + timedelta(hours=h, minutes=rng.randrange(60), seconds=rng.randrange(60)))
    cells = [t.strftime(rng.choice(["%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M"])) for t in times]
    mapping: dict[str, int | None] = {"handle": 0, "kind": 1, "timestamp": 2, "post": 3}
    conv = InteractionColumns(mapping, PRESETS["interactions"], ConvertOptions(today=date(2026, 11, 25)))
    clock = _LocalToUtc(zone(tz))
    got = conv.stage([["@a", "like", c, "p1"] for c in cells], list(range(len(cells))), clock.hour_prefix)
    taken = 0
    for cell, res in zip(cells, got, strict=True):
        if type(res) is tuple:
            taken += 1
            assert (res[3], res[4]) == _expected(datetime.fromisoformat(cell), tz), cell
    # Offsets of a whole number of hours take the text path; +5:30 and +5:45 never do.
    assert (taken == 0) if tz in ("Asia/Kolkata", "Asia/Kathmandu") else (taken > len(cells) // 3), taken
