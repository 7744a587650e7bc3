"""Due dates and reminders: from what a caller says to what is stored, and back.

A due date is either a moment (stored in UTC) or a whole day (``all_day``), stored as the UTC
midnight of that date so that it means the same day wherever the user is.

Due dates and reminders lie between 1 January 1900 and 31 December 2199 (UTC). The range is fixed,
not relative to today, so the same input is accepted whenever it is sent; it holds a yearly
birthday that started in 1930 and any plan a person makes, and refuses dates such as 0001-01-02
(a typo, or a date a program made up) with a clear error instead of storing them.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from todo.domain.language.when import parse_when
from todo.domain.task_query import DueBound
from todo.domain.text import text_problem
from todo.errors import Invalid

#: When a reminder given as a bare date fires, in the user's time zone.
REMINDER_DEFAULT_TIME = time(9, 0)

#: The sort key of a task without a due date: after every real date.
NO_DUE_DATE = datetime(9999, 12, 31, tzinfo=UTC)
#: The first and the last day a task may be due or remind (UTC).
EARLIEST_DAY = date(1900, 1, 1)
LATEST_DAY = date(2199, 12, 31)
_EARLIEST = datetime.combine(EARLIEST_DAY, time(0), tzinfo=UTC)
_AFTER_LATEST = datetime.combine(LATEST_DAY + timedelta(days=1), time(0), tzinfo=UTC)
_OUT_OF_RANGE = "The date is too far in the past or the future."
_RANGE = "1 January 1900 and 31 December 2199"


def resolve_when(value: str | date | datetime, *, now: datetime, tz: ZoneInfo) -> date | datetime:
    """Return a date (all-day) or an aware datetime for ISO text, natural language or a value.

    A naive datetime is read in ``tz``: ``resolve_when("tomorrow 9am", now=…, tz=…)``.
    """
    if isinstance(value, str):
        problem = text_problem(value)
        if problem is not None:
            raise Invalid(f"The date {problem}.")
        return parse_when(value, now=now, tz=tz)
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=tz)
    return value


def stored_due(value: date | datetime) -> tuple[datetime, bool]:
    """Return ``(due_at, all_day)`` as stored: an instant in UTC, or a date at UTC midnight.

    Raise :class:`Invalid` for a date outside 1900–2199: ``stored_due(date(1970, 1, 1))`` is
    ``(1970-01-01T00:00Z, True)``, ``stored_due(date(1, 1, 2))`` is refused.
    """
    try:
        stored = due_instant(value)
    except (OverflowError, ValueError) as exc:
        raise Invalid(_OUT_OF_RANGE, field="due_at") from exc
    if not in_range(stored):
        raise Invalid(f"The due date must be between {_RANGE}.", field="due_at")
    return stored, not isinstance(value, datetime)


def due_instant(value: date | datetime) -> datetime:
    """Return the instant a due date is stored as (a date means its UTC midnight), whatever its
    year; :func:`stored_due` also checks the range."""
    if isinstance(value, datetime):
        return value.astimezone(UTC)
    return datetime.combine(value, time(0), tzinfo=UTC)


def in_range(value: date | datetime) -> bool:
    """Tell whether a due date or reminder (a date, or an aware instant) lies in 1900–2199."""
    if isinstance(value, datetime):
        return _EARLIEST <= value < _AFTER_LATEST
    return EARLIEST_DAY <= value <= LATEST_DAY


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
    """Return the UTC instant of a reminder; a bare date means 09:00 that day in ``tz``.

    Raise :class:`Invalid` for a reminder outside 1900–2199, as for a due date.
    """
    try:
        if isinstance(value, datetime):
            instant = value.astimezone(UTC)
        else:
            instant = datetime.combine(value, REMINDER_DEFAULT_TIME, tzinfo=tz).astimezone(UTC)
    except (OverflowError, ValueError) as exc:
        raise Invalid(_OUT_OF_RANGE, field="remind_at") from exc
    if not in_range(instant):
        raise Invalid(f"The reminder must be between {_RANGE}.", field="remind_at")
    return instant


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
