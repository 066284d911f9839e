"""The exports' cached UTC → local conversion (``exporting._LocalTimes``) against zoneinfo itself.

The cache keeps each UTC minute's local minute and offset; these times sit on and around every kind of offset
change (DST both ways, 30-minute DST, a skipped day, an offset with seconds) so a wrongly cached minute would show.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from microcomm_desktop.services.exporting import _LocalTimes

ZONES = [
    "Europe/Berlin",
    "America/New_York",
    "Australia/Lord_Howe",  # DST of 30 minutes
    "Asia/Kolkata",  # +05:30
    "Asia/Kathmandu",  # +05:45
    "Pacific/Apia",  # skipped 30 Dec 2011
    "America/Sao_Paulo",
    "Africa/Monrovia",  # -0:44:30 until 1972: an offset with seconds
    "UTC",
]


def _times(zone: str) -> list[datetime]:
    """UTC instants around each offset change of the zone in 1960–2030, plus random ones."""
    tz = ZoneInfo(zone)
    rng = random.Random(zone)
    out: list[datetime] = []
    t = datetime(1960, 1, 1, tzinfo=UTC)
    step = timedelta(hours=6)
    prev = t.astimezone(tz).utcoffset()
    while t < datetime(2030, 1, 1, tzinfo=UTC):
        off = t.astimezone(tz).utcoffset()
        if off != prev:  # a change in (t - step, t]: every minute of the hours around it, and a few seconds
            for m in range(-8 * 60, 2 * 60):
                out.append(t + timedelta(minutes=m, seconds=rng.randrange(60)))
        prev = off
        t += step
    out += [datetime(1960, 1, 1, tzinfo=UTC) + timedelta(seconds=rng.randrange(70 * 365 * 86400)) for _ in range(3000)]
    rng.shuffle(out)
    return out


@pytest.mark.parametrize("zone", ZONES)
def test_cached_local_times_equal_zoneinfo(zone: str) -> None:
    tz = ZoneInfo(zone)
    local = _LocalTimes(tz)
    times = _times(zone)
    assert len(times) >= 3000
    for i, when in enumerate(times):
        micro = when.replace(microsecond=(i * 7919) % 1_000_000)
        for stored in (micro.strftime("%Y-%m-%d %H:%M:%S.%f"), micro.strftime("%Y-%m-%d %H:%M:%S")):
            expected = datetime.fromisoformat(stored).replace(tzinfo=UTC).astimezone(tz).isoformat(timespec="seconds")
            assert local(stored) == expected, (zone, stored)
    assert local.minutes  # the cache was used, not only the full conversion
