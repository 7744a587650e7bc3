"""Dates of a task as the offline engine moves them: a due date or reminder shifted, a time
alone keeping its day, a day alone keeping its time, in the user's time zone."""

from __future__ import annotations

from contextlib import suppress
from datetime import date, datetime, time, timedelta
from typing import Any

from todo.domain.assistant.intents import Relative

View = dict[str, Any]


def keeping(new: date | datetime, due_at: str | None, tz: Any) -> date | datetime:
    """Return ``new`` with what it leaves unsaid taken from the task's due date: a time alone
    keeps the task's day, a day alone keeps the task's time."""
    if not due_at:
        return new
    old: date | datetime = (
        datetime.fromisoformat(due_at).astimezone(tz)
        if "T" in due_at
        else date.fromisoformat(due_at)
    )
    if isinstance(new, datetime):  # a time alone
        day = old.date() if isinstance(old, datetime) else old
        return datetime.combine(day, new.timetz()) if new.tzinfo else new
    if isinstance(old, datetime):  # a day alone
        return datetime.combine(new, old.timetz())
    return new


def spoken_moment(spoken: object, tz: Any) -> datetime | None:
    """Return a moment as the tools speak it ("Saturday 28 November 2026, 08:00") in ``tz``."""
    if not isinstance(spoken, str) or ", " not in spoken:
        return None
    try:
        return datetime.strptime(spoken, "%A %d %B %Y, %H:%M").replace(tzinfo=tz)
    except ValueError:
        return None


def day_of(task: View) -> str | None:
    """Return the ISO date a task's reminder keeps when only its time changes: the day of its
    reminder (from its spoken form), else of its due date."""
    spoken = task.get("reminder")
    if isinstance(spoken, str):
        with suppress(ValueError):
            return datetime.strptime(spoken.partition(", ")[0], "%A %d %B %Y").date().isoformat()
    due_at = task.get("due_at")
    return due_at[:10] if isinstance(due_at, str) else None


def as_moment(due_at: str | None, tz: Any) -> datetime | None:
    """Return a due date as a moment in ``tz``; a day alone counts from 09:00."""
    if not due_at:
        return None
    if "T" in due_at:
        return datetime.fromisoformat(due_at).astimezone(tz)
    return datetime.combine(date.fromisoformat(due_at), time(9), tzinfo=tz)


def moved(due_at: str | None, intent: Relative, now: datetime, tz: Any) -> str:
    """Return a due date moved as ``intent`` says, from the task's own (from today without)."""
    if due_at:
        start: date | datetime = (
            datetime.fromisoformat(due_at) if "T" in due_at else date.fromisoformat(due_at)
        )
    else:
        start = now.astimezone(tz).date()
    if isinstance(start, datetime):
        start = start.astimezone(tz)
    if intent.minutes:
        start = as_moment(due_at, tz) or datetime.combine(start, time(9), tzinfo=tz)
    moved = start + timedelta(days=intent.days, minutes=intent.minutes)
    if intent.months:
        month = moved.month - 1 + intent.months
        year, month = moved.year + month // 12, month % 12 + 1
        moved = moved.replace(year=year, month=month, day=min(moved.day, days_in(year, month)))
    return moved.isoformat()


def days_in(year: int, month: int) -> int:
    following = date(year + month // 12, month % 12 + 1, 1)
    return (following - timedelta(days=1)).day
