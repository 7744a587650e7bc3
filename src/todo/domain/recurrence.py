"""Recurrence rules: RFC 5545 RRULE text, validated and normalised, and the next occurrence.

Occurrences are computed in the owner's local wall-clock time, so a weekly 09:00 task stays at
09:00 across daylight-saving changes; RFC 5545 decides what a local time means when the clocks
jump (see :func:`next_occurrence`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, time, timedelta
from itertools import islice
from zoneinfo import ZoneInfo

from dateutil.rrule import rrule, rruleset, rrulestr

from todo.domain.due import in_range
from todo.errors import Invalid

#: A test of a candidate occurrence (naive local wall-clock time).
_Predicate = Callable[[datetime], bool]

_SHORTHANDS = {
    "daily": "FREQ=DAILY",
    "weekly": "FREQ=WEEKLY",
    "monthly": "FREQ=MONTHLY",
    "yearly": "FREQ=YEARLY",
    "annually": "FREQ=YEARLY",
}

#: Parts a stored rule may not carry: the series starts at the task's due date.
_FORBIDDEN_PARTS = {"DTSTART"}
#: Parts that must be a whole number of at least one (``INTERVAL=0`` would never advance).
_POSITIVE_PARTS = {"INTERVAL", "COUNT"}
_WHITESPACE = re.compile(r"\s")
#: Repeats finer than a day: not tasks, and costly to step through from an old due date.
_TOO_OFTEN = {"SECONDLY", "MINUTELY", "HOURLY"}
#: The largest ``INTERVAL`` and ``COUNT`` a rule may carry.
MAX_REPEATS = 1000
MAX_RULE_LENGTH = 500


def normalize_rrule(text: str) -> str:
    """Return ``text`` as canonical RRULE text, or raise :class:`Invalid`.

    Accepts the shorthands ``daily``, ``weekly``, ``monthly`` and ``yearly`` and full rules with
    or without the ``RRULE:`` prefix: ``normalize_rrule("rrule:freq=weekly;byday=mo")`` returns
    ``"FREQ=WEEKLY;BYDAY=MO"``.
    """
    rule = text.strip()
    if not rule:
        raise Invalid("The recurrence rule is empty.", field="recurrence")
    if len(rule) > MAX_RULE_LENGTH:
        raise Invalid(
            f"The recurrence rule is longer than {MAX_RULE_LENGTH} characters.",
            field="recurrence",
        )
    shorthand = _SHORTHANDS.get(rule.lower())
    if shorthand is not None:
        return shorthand
    if rule.upper().startswith("RRULE:"):
        rule = rule[len("RRULE:") :]
    if _WHITESPACE.search(rule.strip()):
        raise Invalid(f"'{text}' is not a valid recurrence rule.", field="recurrence")
    parts: dict[str, str] = {}
    for part in rule.strip().split(";"):
        name, sep, value = part.partition("=")
        name, value = name.strip().upper(), value.strip().upper()
        if not sep or not name or not value:
            raise Invalid(f"'{text}' is not a valid recurrence rule.", field="recurrence")
        if name in _FORBIDDEN_PARTS:
            raise Invalid(
                f"A recurrence rule may not set {name}; the task's due date starts the series.",
                field="recurrence",
            )
        if name in parts:
            raise Invalid(f"The recurrence rule sets {name} twice.", field="recurrence")
        if name in _POSITIVE_PARTS and not (
            value.isascii() and value.isdigit() and 1 <= int(value) <= MAX_REPEATS
        ):
            raise Invalid(
                f"{name} in a recurrence rule must be a whole number from 1 to {MAX_REPEATS}.",
                field="recurrence",
            )
        parts[name] = value
    if "FREQ" not in parts:
        raise Invalid(
            f"'{text}' is not a valid recurrence rule: FREQ is missing.", field="recurrence"
        )
    if parts["FREQ"] in _TOO_OFTEN:
        raise Invalid(
            "A task can repeat daily at most often (FREQ=DAILY, WEEKLY, MONTHLY or YEARLY).",
            field="recurrence",
        )
    if "COUNT" in parts and "UNTIL" in parts:
        raise Invalid(
            "A recurrence rule may end with COUNT or with UNTIL, not both.", field="recurrence"
        )
    canonical = ";".join(
        [f"FREQ={parts.pop('FREQ')}", *(f"{name}={value}" for name, value in parts.items())]
    )
    try:
        _occurrences(canonical, start=datetime(2000, 1, 1), tz=ZoneInfo("UTC"), all_day=False)
    except (ValueError, TypeError, KeyError, IndexError) as exc:
        raise Invalid(f"'{text}' is not a valid recurrence rule.", field="recurrence") from exc
    return canonical


def next_occurrence(
    rule: str,
    *,
    due: date | datetime | None,
    tz: ZoneInfo,
    after: datetime | None = None,
    first: date | datetime | None = None,
) -> date | datetime | None:
    """Return the occurrence of a recurring task that follows ``due``, or ``None`` when the
    series has ended.

    ``rule`` is normalised RRULE text and ``due`` the current occurrence: a ``date`` for an
    all-day task (the result is then a ``date`` too) or an aware datetime (the result is an
    aware datetime in UTC). The rule runs in the owner's wall-clock time in ``tz``, so weekly at
    09:00 in ``Europe/Berlin`` stays at 09:00 local across daylight-saving changes:
    ``next_occurrence("FREQ=WEEKLY", due=<Sun 21 Mar 2027 08:00 UTC>, tz=berlin)`` is Sunday
    28 March at 07:00 UTC (09:00 summer time).

    * The result is strictly after ``due``. With ``after`` (when the task was completed), past
      occurrences are skipped: a timed task comes back at its first occurrence after that
      moment, an all-day task on its first date after that day (in ``tz``) — a daily task done
      three days late comes back once, tomorrow (as Todoist does for "every" rules).
    * Without a due date the series starts on the local date of ``after``, and the next
      occurrence is an all-day date after it.
    * A local time that does not exist (02:30 when the clocks spring forward) moves forward by
      the length of the gap (03:30); one that happens twice (02:30 when they fall back) means
      the first of the two, in summer time — both as RFC 5545 §3.3.5 says.
    * ``UNTIL`` ends the series (a date ``UNTIL`` includes that whole local day; a ``Z`` time
      is read in UTC, a floating one in ``tz``). ``COUNT`` counts the occurrences from
      ``first``, the series' first occurrence (default: ``due``), which always counts as one
      (RFC 5545); skipped past occurrences count as used.
    * ``FREQ=MONTHLY`` from the 31st skips the months without one (``BYMONTHDAY=-1`` means the
      last day of every month) and ``FREQ=YEARLY`` from 29 February comes back in leap years.
    * The series also ends where due dates end (31 December 2199).
    """
    if due is None:
        if after is None:
            raise ValueError("a task without a due date needs the moment it was completed")
        due = after.astimezone(tz).date()
    all_day = not isinstance(due, datetime)
    base = _wall_clock(due, tz, all_day)
    start = min(base, _wall_clock(first, tz, all_day)) if first is not None else base
    occurrences = _occurrences(rule, start=start, tz=tz, all_day=all_day)
    count = _count(rule)
    passed = _is_past(base, due, after, tz, all_day)
    # Without COUNT, start near the threshold instead of walking from the series' start.
    if count is None:
        threshold = base
        if after is not None:
            threshold = max(base, after.astimezone(tz).replace(tzinfo=None) - timedelta(days=1))
        candidates: Iterator[datetime] = occurrences.xafter(threshold)
    else:
        candidates = islice(occurrences, count)
    for moment in candidates:
        if not passed(moment):
            found = moment.date() if all_day else _instant(moment, tz)
            return found if in_range(found) else None
    return None


def next_reminder(
    *, due: date | datetime | None, remind_at: datetime, next_due: date | datetime, tz: ZoneInfo
) -> datetime | None:
    """Return the reminder of the next occurrence, as far before ``next_due`` (in wall-clock
    time) as ``remind_at`` was before ``due``; in UTC. ``None`` when that falls outside the
    dates a reminder may have (1900–2199).

    A reminder 30 minutes before 09:00 stays at 08:30 local, a reminder the evening before stays
    the evening before. Without a due date the reminder keeps its local time of day on the new
    date: ``next_reminder(due=None, remind_at=<Mon 09:00>, next_due=<Tue>, tz=…)`` is Tue 09:00.
    """
    reminder = remind_at.astimezone(tz).replace(tzinfo=None)
    if due is None:
        base = datetime.combine(reminder.date(), time(0))
    else:
        base = _wall_clock(due, tz, not isinstance(due, datetime))
    target = _wall_clock(next_due, tz, not isinstance(next_due, datetime))
    try:
        moment = _instant(target - (base - reminder), tz)
    except (OverflowError, ValueError):
        return None
    return moment if in_range(moment) else None


def _wall_clock(value: date | datetime, tz: ZoneInfo, all_day: bool) -> datetime:
    """Return ``value`` as a naive local datetime in ``tz`` (midnight for a date or all-day)."""
    if isinstance(value, datetime):
        local = value.astimezone(tz).replace(tzinfo=None)
        return datetime.combine(local.date(), time(0)) if all_day else local
    return datetime.combine(value, time(0))


def _instant(wall_clock: datetime, tz: ZoneInfo) -> datetime:
    """Return the UTC instant of a local wall-clock time (``fold=0``: RFC 5545 §3.3.5)."""
    return wall_clock.replace(tzinfo=tz, fold=0).astimezone(UTC)


def _is_past(
    base: datetime,
    due: date | datetime,
    after: datetime | None,
    tz: ZoneInfo,
    all_day: bool,
) -> _Predicate:
    """Return the test of a candidate occurrence that is not the next one: not after ``due``,
    or (with ``after``) already over when the task was completed."""
    if all_day:
        last_day = base.date()
        if after is not None:
            last_day = max(last_day, after.astimezone(tz).date())
        return lambda moment: moment.date() <= last_day
    assert isinstance(due, datetime)
    last = due if after is None else max(due, after)
    return lambda moment: moment <= base or _instant(moment, tz) <= last


def _parts(rule: str) -> dict[str, str]:
    return dict(part.partition("=")[::2] for part in rule.split(";"))


def _count(rule: str) -> int | None:
    value = _parts(rule).get("COUNT")
    return None if value is None else int(value)


def _occurrences(rule: str, *, start: datetime, tz: ZoneInfo, all_day: bool) -> rruleset:
    """Return every occurrence of ``rule`` from ``start`` (naive local), ``start`` included as
    RFC 5545 wants even when the rule would not produce it; ``COUNT`` is left to the caller."""
    parts = _parts(rule)
    until = parts.pop("UNTIL", None)
    parts.pop("COUNT", None)
    recurrence = rrulestr(
        ";".join(f"{name}={value}" for name, value in parts.items()), dtstart=start
    )
    assert isinstance(recurrence, rrule)
    if until is not None:
        recurrence = recurrence.replace(until=_until(until, tz, all_day))
    occurrences = rruleset()
    occurrences.rrule(recurrence)
    occurrences.rdate(start)
    return occurrences


def _until(value: str, tz: ZoneInfo, all_day: bool) -> datetime:
    """Return the last local wall-clock moment an ``UNTIL`` value allows."""
    if len(value) == 8:
        return datetime.combine(datetime.strptime(value, "%Y%m%d").date(), time.max)
    if value.endswith("Z"):
        moment = datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        local = moment.astimezone(tz).replace(tzinfo=None)
    else:
        local = datetime.strptime(value, "%Y%m%dT%H%M%S")
    return datetime.combine(local.date(), time.max) if all_day else local
