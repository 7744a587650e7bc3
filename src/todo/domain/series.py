"""The dates of a repeating series: an RFC 5545 rule stepped through in local wall-clock time,
from its start or from any later period, within a fixed bound.

dateutil does the RFC 5545 work. Two things keep the walk short whatever the rule and the start:
the walk can begin in the period (day, week, month or year of the rule) that holds a given
moment, jumping whole earlier periods; and it ends in 2399 at the latest, so a rule that stops
occurring costs a few hundred years of steps instead of a walk to the year 9999.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import MAXYEAR, UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil.rrule import rrule, rrulestr

_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
#: The most days each month can have (February in a leap year).
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
#: The parts that pick days; a rule without any takes its day from its start.
_DAY_PARTS = ("BYWEEKNO", "BYYEARDAY", "BYMONTHDAY", "BYDAY", "BYEASTER")
#: dateutil steps through periods that hold no occurrence until the year 9999. The walk runs in
#: a copy of the calendar moved this many years ahead — 19 whole cycles of 400 years, which
#: repeat every date on the same weekday — so that end falls in 2399, after the last date a task
#: may be due.
_YEARS_AHEAD = 19 * 400


def rule_parts(rule: str) -> dict[str, str]:
    """Return the parts of normalised RRULE text: ``{"FREQ": "WEEKLY", "BYDAY": "MO"}``."""
    return dict(part.partition("=")[::2] for part in rule.split(";"))


def numbers(value: str | None) -> list[int]:
    """Return the distinct whole numbers of a part's comma-separated value, in order."""
    if not value:
        return []
    return sorted({int(piece) for piece in value.split(",")})


def never_occurs(parts: dict[str, str]) -> bool:
    """Tell whether no month the rule allows has a day of the month it asks for
    (``BYMONTH=2;BYMONTHDAY=30``)."""
    months = list(range(1, 13))
    if "BYMONTH" in parts:
        months = [month for month in numbers(parts["BYMONTH"]) if 1 <= month <= 12]
    if "BYMONTHDAY" not in parts:
        return not months
    days = numbers(parts["BYMONTHDAY"])
    return not any(1 <= abs(day) <= _MONTH_DAYS[month - 1] for month in months for day in days)


def occurrences(
    parts: dict[str, str], *, start: datetime, near: datetime | None, tz: ZoneInfo, all_day: bool
) -> Iterator[datetime]:
    """Yield the occurrences of the series of ``parts`` that starts at ``start``, as naive local
    wall-clock times in order, up to its ``UNTIL`` and at the latest in 2399 (``COUNT`` is left
    to the caller).

    Without ``near`` the walk begins at ``start``, which RFC 5545 counts as the first occurrence
    even when the rule would not produce it. With ``near`` it begins with the period of the
    series that holds ``near``: earlier periods are jumped over whole, keeping the interval's
    phase, and what the rule leaves implicit (the time of day, the weekday or the day of the
    month) still comes from ``start``.
    """
    pinned = _pinned(parts, start)
    until = pinned.pop("UNTIL", None)
    last = last_moment(until, tz, all_day) if until is not None else None
    begin = start if near is None else _period_start(pinned, start, near)
    if never_occurs(pinned) or begin.year > MAXYEAR - _YEARS_AHEAD:
        return
    if near is None:
        yield start
    try:
        for moved in dateutil_rule(pinned, start=_moved(begin, _YEARS_AHEAD)):
            moment = _moved(moved, -_YEARS_AHEAD)
            if last is not None and moment > last:
                return
            if near is not None or moment != start:
                yield moment
    except (OverflowError, ValueError):  # a weekly period that runs past the end of 9999
        return


def dateutil_rule(parts: dict[str, str], *, start: datetime) -> rrule:
    """Return dateutil's rule for ``parts`` (``COUNT`` and ``UNTIL`` left out) from ``start``;
    raise ``ValueError`` (or another error of dateutil's) when the parts are not a rule."""
    text = ";".join(
        f"{name}={value}" for name, value in parts.items() if name not in ("COUNT", "UNTIL")
    )
    recurrence = rrulestr(text, dtstart=start)
    assert isinstance(recurrence, rrule)
    return recurrence


def last_moment(until: str, tz: ZoneInfo, all_day: bool) -> datetime:
    """Return the last local wall-clock moment an ``UNTIL`` value allows (a date includes that
    whole day; a ``Z`` time is read in UTC, a floating one in ``tz``)."""
    if len(until) == 8:
        return datetime.combine(datetime.strptime(until, "%Y%m%d").date(), time.max)
    if until.endswith("Z"):
        moment = datetime.strptime(until, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        local = moment.astimezone(tz).replace(tzinfo=None)
    else:
        local = datetime.strptime(until, "%Y%m%dT%H%M%S")
    return datetime.combine(local.date(), time.max) if all_day else local


def _pinned(parts: dict[str, str], start: datetime) -> dict[str, str]:
    """Return ``parts`` with what a rule takes from its start when it does not say (RFC 5545
    §3.3.10): the time of day, and the weekday, day of the month, or date in the year."""
    pinned = dict(parts)
    if not any(name in parts for name in _DAY_PARTS):
        if parts["FREQ"] == "YEARLY":
            pinned.setdefault("BYMONTH", str(start.month))
            pinned["BYMONTHDAY"] = str(start.day)
        elif parts["FREQ"] == "MONTHLY":
            pinned["BYMONTHDAY"] = str(start.day)
        elif parts["FREQ"] == "WEEKLY":
            pinned["BYDAY"] = _WEEKDAYS[start.weekday()]
    pinned.setdefault("BYHOUR", str(start.hour))
    pinned.setdefault("BYMINUTE", str(start.minute))
    pinned.setdefault("BYSECOND", str(start.second))
    return pinned


def _period_start(parts: dict[str, str], start: datetime, near: datetime) -> datetime:
    """Return the start of the period of the series that holds ``near`` (``start`` itself when
    that is the first period): periods are every ``INTERVAL`` days, weeks (from ``WKST``),
    months or years, counted from the one that holds ``start``."""
    every = int(parts.get("INTERVAL", "1"))
    first, target = start.date(), near.date()
    match parts["FREQ"]:
        case "DAILY":
            day = first + timedelta(days=(target - first).days // every * every)
        case "WEEKLY":
            week_start = _WEEKDAYS.index(parts.get("WKST", "MO"))
            week = first - timedelta(days=(first.weekday() - week_start) % 7)
            day = week + timedelta(weeks=(target - week).days // (7 * every) * every)
        case "MONTHLY":
            months = (target.year - first.year) * 12 + target.month - first.month
            month = first.year * 12 + first.month - 1 + months // every * every
            day = date(month // 12, month % 12 + 1, 1)
        case _:
            day = date(first.year + (target.year - first.year) // every * every, 1, 1)
    begin = datetime.combine(day, time(0))
    return begin if begin > start else start


def _moved(moment: datetime, years: int) -> datetime:
    """Return the same date and time ``years`` (a multiple of 400) later or earlier."""
    return moment.replace(year=moment.year + years)
