"""IANA time zones, checked."""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from todo.errors import Invalid


def zone(name: str) -> ZoneInfo:
    """Return the IANA time zone called ``name``, or raise :class:`Invalid`."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise Invalid(f"'{name}' is not a known time zone.", field="timezone") from exc


def check_timezone(name: str) -> str:
    """Return ``name`` when it is a known IANA time zone, or raise :class:`Invalid`."""
    zone(name)
    return name
