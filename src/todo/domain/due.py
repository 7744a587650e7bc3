"""Due dates and reminders: from what a caller says to what is stored, and back.

A due date is either a moment (stored in UTC) or a whole day (``all_day``), stored as the UTC
midnight of that date so that it means the same day wherever the user is.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from todo.domain.task_query import DueBound
from todo.domain.when import parse_when
from todo.errors import Invalid

#: When a reminder given as a bare date fires, in the user's time zone.
REMINDER_DEFAULT_TIME = time(9, 0)

#: The sort key of a task without a due date: after every real date.
NO_DUE_DATE = datetime(9999, 12, 31, tzinfo=UTC)
_OUT_OF_RANGE = "The date is too far in the past or the future."


def resolve_when(value: str | date | datetime, *, now: datetime, tz: ZoneInfo) -> date | datetime:
    """Return a date (all-day) or an aware datetime for ISO text, natural language or a value.

    A naive datetime is read in ``tz``: ``resolve_when("tomorrow 9am", now=…, tz=…)``.
    """
    if isinstance(value, str):
        return parse_when(value, now=now, tz=tz)
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=tz)
    return value


def stored_due(value: date | datetime) -> tuple[datetime, bool]:
    """Return ``(due_at, all_day)`` as stored: an instant in UTC, or a date at UTC midnight."""
    try:
        if isinstance(value, datetime):
            return value.astimezone(UTC), False
        return datetime.combine(value, time(0), tzinfo=UTC), True
    except (OverflowError, ValueError) as exc:
        raise Invalid(_OUT_OF_RANGE, field="due_at") from exc


def due_sort_key(due_at: datetime | None, all_day: bool, tz: ZoneInfo) -> datetime:
    """Return the instant a task sorts by: its due moment, or the start of its all-day date in
    the user's time zone; tasks without a due date sort after every date."""
    if due_at is None:
        return NO_DUE_DATE
    if not all_day:
        return due_at
    try:
        return local_midnight(due_at.astimezone(UTC).date(), tz).astimezone(UTC)
    except (OverflowError, ValueError):
        return due_at


def reminder_instant(value: date | datetime, tz: ZoneInfo) -> datetime:
    """Return the UTC instant of a reminder; a bare date means 09:00 that day in ``tz``."""
    try:
        if isinstance(value, datetime):
            return value.astimezone(UTC)
        return datetime.combine(value, REMINDER_DEFAULT_TIME, tzinfo=tz).astimezone(UTC)
    except (OverflowError, ValueError) as exc:
        raise Invalid(_OUT_OF_RANGE, field="remind_at") from exc


def local_midnight(day: date, tz: ZoneInfo) -> datetime:
    """Return the start of ``day`` in ``tz``."""
    return datetime.combine(day, time(0), tzinfo=tz)


def due_bound(value: date | datetime, tz: ZoneInfo) -> DueBound:
    """Return the bound that compares timed and all-day tasks against ``value``.

    A date means the start of that day in ``tz``.
    """
    moment = local_midnight(value, tz) if not isinstance(value, datetime) else value
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=tz)
    try:
        wall_clock = moment.astimezone(tz).replace(tzinfo=None)
        return DueBound(instant=moment.astimezone(UTC), floating=wall_clock.replace(tzinfo=UTC))
    except (OverflowError, ValueError) as exc:
        raise Invalid(_OUT_OF_RANGE) from exc


def overdue_bound(now: datetime, tz: ZoneInfo) -> DueBound:
    """Return the bound before which a task is overdue: now, or today for all-day tasks."""
    today = now.astimezone(tz).date()
    return DueBound(
        instant=now.astimezone(UTC), floating=datetime.combine(today, time(0), tzinfo=UTC)
    )


def today_range(now: datetime, tz: ZoneInfo, days: int = 1) -> tuple[DueBound, DueBound]:
    """Return the bounds of ``days`` whole local days starting today."""
    today = now.astimezone(tz).date()
    return due_bound(today, tz), due_bound(today + timedelta(days=days), tz)


def spoken_date(value: datetime | date | None, tz: ZoneInfo) -> str | None:
    """Return a due date as people say it, with its weekday, in ``tz``:
    ``Friday 27 November 2026, 17:00``, or ``Friday 27 November 2026`` for an all-day date."""
    if value is None:
        return None
    if isinstance(value, datetime):
        local = value.astimezone(tz)
        return f"{local:%A} {local.day} {local:%B %Y}, {local:%H:%M}"
    return f"{value:%A} {value.day} {value:%B %Y}"
