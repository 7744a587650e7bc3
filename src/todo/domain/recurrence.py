"""Recurrence rules: RFC 5545 RRULE text, validated and normalised, and the next occurrence.

Occurrences are computed in the owner's local wall-clock time, so a weekly 09:00 task stays at
09:00 across daylight-saving changes; RFC 5545 decides what a local time means when the clocks
jump (see :func:`next_occurrence`).

A task repeats at most once a day, and a rule that can never occur as written (30 February) is
refused. The next occurrence is searched from the completion rather than from the first due date
(see :func:`find_next_occurrence`), so its cost stays small however old the due date is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from itertools import islice
from zoneinfo import ZoneInfo

from todo.domain.due import in_range
from todo.domain.series import (
    dateutil_rule,
    last_moment,
    never_occurs,
    numbers,
    occurrences,
    rule_parts,
)
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
#: The values of the numeric parts (RFC 5545 §3.3.10): lowest, highest, and whether a negative
#: value (counting from the end of the month, year or set) is allowed.
_RANGES = {
    "BYMONTH": (1, 12, False),
    "BYMONTHDAY": (1, 31, True),
    "BYYEARDAY": (1, 366, True),
    "BYWEEKNO": (1, 53, True),
    "BYSETPOS": (1, 366, True),
    "BYHOUR": (0, 23, False),
    "BYMINUTE": (0, 59, False),
    "BYSECOND": (0, 59, False),
}
#: The parts that set the time of day: one value each, so a rule fires at most once a day.
_TIME_PARTS = ("BYHOUR", "BYMINUTE", "BYSECOND")
#: The parts RFC 5545 does not allow with some frequencies, and those frequencies.
_NOT_WITH = {
    "BYWEEKNO": {"DAILY", "WEEKLY", "MONTHLY"},
    "BYYEARDAY": {"DAILY", "WEEKLY", "MONTHLY"},
    "BYMONTHDAY": {"WEEKLY"},
}
_BYDAY = re.compile(r"([+-]?[0-9]{1,2})?(MO|TU|WE|TH|FR|SA|SU)")
#: The most candidate occurrences one search looks at. Without ``COUNT`` the search starts in the
#: rule's period (day, week, month or year) that holds the day before the completion, and a rule
#: that fires at most once a day has at most 366 occurrences in a period; with ``COUNT`` it looks
#: at no more than ``COUNT``, which is at most 1000. So only a rule stored before such rules were
#: refused can use them all.
MAX_STEPS = 1000


@dataclass(frozen=True)
class NextOccurrence:
    """What the search for the next occurrence of a series found."""

    #: The next occurrence, or ``None`` when the series has ended.
    due: date | datetime | None
    #: The search looked at :data:`MAX_STEPS` candidates without finding the next occurrence
    #: (a rule stored before it was refused, such as several times a day): the series ends.
    gave_up: bool = False


def normalize_rrule(text: str) -> str:
    """Return ``text`` as canonical RRULE text, or raise :class:`Invalid`.

    Accepts the shorthands ``daily``, ``weekly``, ``monthly`` and ``yearly`` and full rules with
    or without the ``RRULE:`` prefix: ``normalize_rrule("rrule:freq=weekly;byday=mo")`` returns
    ``"FREQ=WEEKLY;BYDAY=MO"``. A task repeats at most once a day (``BYHOUR``, ``BYMINUTE`` and
    ``BYSECOND`` take one value each), and a rule that can never occur, such as February 30th,
    is refused.
    """
    rule = text.strip()
    if not rule:
        raise _invalid("The recurrence rule is empty.")
    if len(rule) > MAX_RULE_LENGTH:
        raise _invalid(f"The recurrence rule is longer than {MAX_RULE_LENGTH} characters.")
    shorthand = _SHORTHANDS.get(rule.lower())
    if shorthand is not None:
        return shorthand
    if rule.upper().startswith("RRULE:"):
        rule = rule[len("RRULE:") :]
    if _WHITESPACE.search(rule.strip()):
        raise _invalid(f"'{text}' is not a valid recurrence rule.")
    parts: dict[str, str] = {}
    for part in rule.strip().split(";"):
        name, sep, value = part.partition("=")
        name, value = name.strip().upper(), value.strip().upper()
        if not sep or not name or not value:
            raise _invalid(f"'{text}' is not a valid recurrence rule.")
        if name in _FORBIDDEN_PARTS:
            raise _invalid(
                f"A recurrence rule may not set {name}; the task's due date starts the series."
            )
        if name in parts:
            raise _invalid(f"The recurrence rule sets {name} twice.")
        if name in _POSITIVE_PARTS and not (
            value.isascii() and value.isdigit() and 1 <= int(value) <= MAX_REPEATS
        ):
            raise _invalid(
                f"{name} in a recurrence rule must be a whole number from 1 to {MAX_REPEATS}."
            )
        parts[name] = value
    if "FREQ" not in parts:
        raise _invalid(f"'{text}' is not a valid recurrence rule: FREQ is missing.")
    if parts["FREQ"] in _TOO_OFTEN:
        raise _invalid(
            "A task can repeat daily at most often (FREQ=DAILY, WEEKLY, MONTHLY or YEARLY)."
        )
    if "COUNT" in parts and "UNTIL" in parts:
        raise _invalid("A recurrence rule may end with COUNT or with UNTIL, not both.")
    canonical = ";".join(
        [f"FREQ={parts.pop('FREQ')}", *(f"{name}={value}" for name, value in parts.items())]
    )
    try:
        # First the checks that cost nothing: dateutil builds every time of day a rule names.
        _check_meaning(rule_parts(canonical))
        dateutil_rule(rule_parts(canonical), start=datetime(2000, 1, 1))
        if "UNTIL" in parts:
            last_moment(parts["UNTIL"], ZoneInfo("UTC"), all_day=False)
    except (ValueError, TypeError, KeyError, IndexError) as exc:
        raise _invalid(f"'{text}' is not a valid recurrence rule.") from exc
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
    * The series also ends where due dates end (31 December 2199), and when no date can match
      the rule (``FREQ=YEARLY;BYMONTH=2`` from 30 January). See :func:`find_next_occurrence`
      for what the search costs.
    """
    return find_next_occurrence(rule, due=due, tz=tz, after=after, first=first).due


def find_next_occurrence(
    rule: str,
    *,
    due: date | datetime | None,
    tz: ZoneInfo,
    after: datetime | None = None,
    first: date | datetime | None = None,
    budget: int = MAX_STEPS,
) -> NextOccurrence:
    """Find the next occurrence as :func:`next_occurrence` does, looking at no more than
    ``budget`` candidate occurrences, and tell whether the search gave up.

    Without ``COUNT`` the search starts in the period of the rule (day, week, month or year,
    every ``INTERVAL`` of them from the due date) just before the completion, not at the due
    date: a daily task due in 1900 and done today looks at one or two candidates. With
    ``COUNT`` it walks from the series' first occurrence, at most ``COUNT`` (1000) candidates.
    """
    if due is None:
        if after is None:
            raise ValueError("a task without a due date needs the moment it was completed")
        due = after.astimezone(tz).date()
    all_day = not isinstance(due, datetime)
    parts = rule_parts(rule)
    if "BYEASTER" in parts:  # refused since; its dates do not repeat in 400-year cycles
        return NextOccurrence(None, gave_up=True)
    try:
        base = _wall_clock(due, tz, all_day)
        start = min(base, _wall_clock(first, tz, all_day)) if first is not None else base
    except OverflowError:  # a date stored before the range, at the edge of the calendar
        return NextOccurrence(None, gave_up=True)
    passed = _is_past(base, due, after, tz, all_day)
    count = parts.pop("COUNT", None)
    candidates: Iterable[datetime]
    if count is None:
        near = base
        if after is not None:
            near = max(base, after.astimezone(tz).replace(tzinfo=None) - timedelta(days=1))
        candidates = occurrences(parts, start=base, near=near, tz=tz, all_day=all_day)
    else:
        series = occurrences(parts, start=start, near=None, tz=tz, all_day=all_day)
        candidates = islice(series, int(count))
    for looked, moment in enumerate(candidates):
        if looked == budget:
            return NextOccurrence(None, gave_up=True)
        if not passed(moment):
            found = moment.date() if all_day else _instant(moment, tz)
            return NextOccurrence(found if in_range(found) else None)
    return NextOccurrence(None)


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


def _invalid(message: str) -> Invalid:
    return Invalid(message, field="recurrence")


def _check_meaning(parts: dict[str, str]) -> None:
    """Refuse a well-formed rule that fires more than once a day, uses a part its frequency does
    not allow (RFC 5545 §3.3.10), or can never occur."""
    freq = parts["FREQ"]
    if "BYEASTER" in parts:
        raise _invalid("A recurrence rule may not use BYEASTER; it is not part of RFC 5545.")
    for name, (lowest, highest, signed) in _RANGES.items():
        values = numbers(parts.get(name))
        if any(not lowest <= (abs(value) if signed else value) <= highest for value in values):
            negative = f", or -{highest} to -1 counting from the end" if signed else ""
            raise _invalid(
                f"{name} in a recurrence rule takes values from {lowest} to {highest}{negative}."
            )
        if name in _TIME_PARTS and len(values) > 1:
            raise _invalid(
                f"A task repeats at most once a day, so {name} may have one value, "
                f"not {len(values)}."
            )
    for name, frequencies in _NOT_WITH.items():
        if name in parts and freq in frequencies:
            raise _invalid(f"{name} cannot be used with FREQ={freq} (RFC 5545).")
    days = [_BYDAY.fullmatch(day) for day in parts.get("BYDAY", "").split(",") if day]
    if any(day is None for day in days):
        raise _invalid(f"BYDAY={parts['BYDAY']} is not a list of weekdays such as MO,TH or 1MO.")
    ordinals = [int(day[1]) for day in days if day is not None and day[1] is not None]
    if ordinals and freq in ("DAILY", "WEEKLY"):
        raise _invalid(f"A numbered BYDAY such as 1MO needs FREQ=MONTHLY or YEARLY, not {freq}.")
    within, most = ("month", 5) if freq == "MONTHLY" or "BYMONTH" in parts else ("year", 53)
    if any(not 1 <= abs(ordinal) <= most for ordinal in ordinals):
        raise _invalid(
            f"The recurrence rule never occurs: a {within} has at most {most} of a weekday."
        )
    _check_setpos(parts, len({day[2] for day in days if day is not None}))
    if never_occurs(parts):
        raise _invalid(
            f"The recurrence rule never occurs: no month in BYMONTH={parts['BYMONTH']} has a "
            f"day {parts['BYMONTHDAY']}."
        )


def _check_setpos(parts: dict[str, str], weekdays: int) -> None:
    """Refuse a ``BYSETPOS`` that has nothing to pick from, or always picks beyond the end."""
    positions = numbers(parts.get("BYSETPOS"))
    if not positions:
        return
    if parts["FREQ"] == "DAILY":
        raise _invalid("BYSETPOS cannot be used with FREQ=DAILY: a day has one date to pick.")
    if not any(name.startswith("BY") and name != "BYSETPOS" for name in parts):
        raise _invalid("BYSETPOS needs another part, such as BYDAY, to pick from.")
    if parts["FREQ"] == "WEEKLY" and any(
        abs(position) > max(weekdays, 1) for position in positions
    ):
        raise _invalid(
            f"The recurrence rule never occurs: BYSETPOS picks from {max(weekdays, 1)} days a week."
        )


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
