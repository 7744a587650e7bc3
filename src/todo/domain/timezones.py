"""IANA time zones, checked."""

from __future__ import annotations

from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from todo.errors import Invalid


def zone(name: str) -> ZoneInfo:
    """Return the IANA time zone called ``name``, or raise :class:`Invalid`."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError) as exc:
        raise Invalid(f"'{name[:64]}' is not a known time zone.", field="timezone") from exc


def zone_or_utc(name: str | None) -> ZoneInfo:
    """Return the IANA time zone called ``name``, or UTC when there is none or it is unknown
    (for work done on a user's behalf, which must not fail over a stale zone name)."""
    try:
        return zone(name or "UTC")
    except Invalid:
        return ZoneInfo("UTC")


@cache
def _known() -> frozenset[str]:
    return frozenset(available_timezones() - {"localtime", "Factory"})


def check_timezone(name: str) -> str:
    """Return ``name`` when it is an IANA time zone such as ``Europe/Berlin``, or raise
    :class:`Invalid` (host-dependent names such as ``localtime`` are refused)."""
    if name not in _known():
        raise Invalid(f"'{name[:64]}' is not a known time zone.", field="timezone")
    return name
