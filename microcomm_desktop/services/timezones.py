"""Instants ↔ local calendar positions of a workspace (the only place time zones are converted)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def to_utc(local: datetime, tz_name: str) -> datetime:
    """A naive wall-clock time in the workspace's zone (or an aware one) as aware UTC."""
    if local.tzinfo is None:
        local = local.replace(tzinfo=zone(tz_name))
    return local.astimezone(UTC)


def local_parts(instant: datetime, tz_name: str) -> tuple[date, int]:
    """(local calendar date, minutes after local midnight) of an instant."""
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=UTC)
    loc = instant.astimezone(zone(tz_name))
    return loc.date(), loc.hour * 60 + loc.minute


def local_noon_utc(day: date, tz_name: str) -> datetime:
    return to_utc(datetime.combine(day, time(12, 0)), tz_name)
