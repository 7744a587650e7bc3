"""The search for a next occurrence has a small, fixed cost, whatever the rule and due date.

It starts near the completion instead of at the due date, looks at a bounded number of
candidates, and stops where due dates end (2199); a rule that never occurs again ends its series
at once instead of stepping through the calendar to the year 9999.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from itertools import islice
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrule, rruleset, rrulestr
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from todo.domain.recurrence import find_next_occurrence, next_occurrence, normalize_rrule
from todo.errors import Invalid

from ..conftest import START

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
#: The oldest due date a task may have.
OLDEST = datetime(1900, 1, 1, tzinfo=UTC)
#: Far more CPU time than any search needs, and far less than the old walk from the due date.
GENEROUS_SECONDS = 2.0


def cpu_seconds_of(search: Callable[[], None]) -> float:
    """Return the CPU time the call ``search()`` takes."""
    started = time.process_time()
    search()
    return time.process_time() - started


def berlin(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=BERLIN).astimezone(UTC)


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        # 1 January 1900 00:00 UTC is 01:00 in Berlin; START is Thursday 26 November 2026 11:00.
        ("FREQ=DAILY;BYHOUR=23;BYMINUTE=59;BYSECOND=59", berlin(2026, 11, 26, 23, 59, 59)),
        ("FREQ=DAILY", berlin(2026, 11, 27, 1)),
        ("FREQ=WEEKLY;BYDAY=SU;WKST=SU", berlin(2026, 11, 29, 1)),
        ("FREQ=MONTHLY;BYMONTHDAY=-1", berlin(2026, 11, 30, 1)),
        ("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", berlin(2026, 11, 30, 1)),
        ("FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31", berlin(2026, 12, 31, 1)),
        ("FREQ=YEARLY", berlin(2027, 1, 1, 1)),
    ],
)
def test_a_task_due_in_1900_finds_its_next_occurrence_in_a_few_steps(
    rule: str, expected: datetime
) -> None:
    assert normalize_rrule(rule) == rule
    found = find_next_occurrence(rule, due=OLDEST, tz=BERLIN, after=START, budget=3)
    assert found.due == expected
    assert not found.gave_up


def test_an_interval_keeps_its_phase_when_the_search_jumps_ahead() -> None:
    # Every 1000 days from 1 January 1900: the search jumps whole intervals, never a day off.
    rule = "FREQ=DAILY;INTERVAL=1000"
    found = find_next_occurrence(rule, due=OLDEST.date(), tz=UTC, after=START, budget=3)
    jumps = (START.date() - OLDEST.date()).days // 1000 + 1
    assert found.due == OLDEST.date() + timedelta(days=1000 * jumps)


@pytest.mark.parametrize(
    ("rule", "due"),
    [
        ("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", START),  # as stored before it was refused
        ("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", OLDEST),
        ("FREQ=MONTHLY;BYMONTH=2", datetime(2026, 1, 30, 9, tzinfo=UTC)),  # the 30th, implied
        ("FREQ=YEARLY;BYMONTH=2", date(1900, 1, 30)),
        ("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30;COUNT=5", OLDEST),
    ],
)
def test_a_rule_that_never_occurs_ends_its_series_at_once(rule: str, due: date | datetime) -> None:
    def search() -> None:
        assert next_occurrence(rule, due=due, tz=BERLIN, after=START) is None

    assert cpu_seconds_of(search) < GENEROUS_SECONDS


def test_a_rule_whose_interval_misses_every_date_it_allows_stops_within_the_range() -> None:
    # Every third day, on 29 February: from this phase no 29 February comes before 2200.
    rule = "FREQ=DAILY;INTERVAL=3;BYMONTH=2;BYMONTHDAY=29"
    assert normalize_rrule(rule) == rule

    def search() -> None:
        due = date(2026, 11, 28)
        assert next_occurrence(rule, due=due, tz=BERLIN, after=START) is None

    assert cpu_seconds_of(search) < GENEROUS_SECONDS


def test_a_rule_stored_before_several_times_a_day_was_refused_gives_up_within_the_budget() -> None:
    hours = ",".join(str(hour) for hour in range(24))
    minutes = ",".join(str(minute) for minute in range(60))
    rule = f"FREQ=DAILY;BYHOUR={hours};BYMINUTE={minutes};BYSECOND={minutes}"

    def search() -> None:
        found = find_next_occurrence(
            rule, due=datetime(1970, 1, 1, tzinfo=UTC), tz=UTC, after=START
        )
        assert found.gave_up
        assert found.due is None

    assert cpu_seconds_of(search) < GENEROUS_SECONDS


def test_when_the_budget_runs_out_the_series_ends_and_says_so() -> None:
    # Done on 26 November, twenty days late: twenty candidates are past.
    rule = "FREQ=DAILY;COUNT=100"
    late = find_next_occurrence(rule, due=date(2026, 11, 6), tz=UTC, after=START, budget=5)
    assert (late.due, late.gave_up) == (None, True)
    enough = find_next_occurrence(rule, due=date(2026, 11, 6), tz=UTC, after=START, budget=30)
    assert (enough.due, enough.gave_up) == (date(2026, 11, 27), False)


def test_count_walks_at_most_count_candidates_from_the_first_occurrence() -> None:
    rule = "FREQ=DAILY;COUNT=1000"  # the largest COUNT, from the oldest date: used up in 1902
    found = find_next_occurrence(rule, due=OLDEST, tz=UTC, after=START, budget=1000)
    assert (found.due, found.gave_up) == (None, False)


def test_the_series_ends_where_due_dates_end() -> None:
    assert next_occurrence("FREQ=YEARLY", due=date(2199, 6, 1), tz=BERLIN) is None
    assert next_occurrence("FREQ=DAILY", due=date(2199, 12, 30), tz=BERLIN) == date(2199, 12, 31)
    last_evening = datetime(2199, 12, 31, 22, tzinfo=UTC)
    assert next_occurrence("FREQ=DAILY", due=last_evening, tz=UTC) is None
    legacy = date(9999, 1, 1)  # a due date stored before due dates had a range
    assert next_occurrence("FREQ=DAILY", due=legacy, tz=UTC, after=START) is None


def test_a_due_date_at_the_edge_of_the_calendar_gives_up_instead_of_failing() -> None:
    # Midnight UTC on 1 January of year 1 is still year 0 in New York.
    edge = datetime(1, 1, 1, tzinfo=UTC)
    found = find_next_occurrence("FREQ=DAILY", due=edge, tz=NEW_YORK, after=START)
    assert (found.due, found.gave_up) == (None, True)


def test_a_due_date_stored_before_the_range_still_repeats_from_today() -> None:
    legacy = date(1, 1, 2)  # a Tuesday
    assert next_occurrence("FREQ=WEEKLY", due=legacy, tz=UTC, after=START) == date(2026, 12, 1)


# The search above starts near the completion; the plain reading of RFC 5545 walks the whole
# series from its first occurrence. The two must agree on every rule.
WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


@st.composite
def rules(draw: st.DrawFn) -> str:
    """Draw a rule a task may have: any frequency, interval, weekdays, days of the month,
    months, set positions and time of day, with or without COUNT."""
    freq = draw(st.sampled_from(["DAILY", "WEEKLY", "MONTHLY", "YEARLY"]))
    interval = draw(st.sampled_from([1, 1, 1, 2, 3, 5]))
    parts = [f"FREQ={freq}"] + ([f"INTERVAL={interval}"] if interval > 1 else [])
    days = draw(st.lists(st.sampled_from(WEEKDAYS), max_size=3, unique=True))
    numbered = freq in ("MONTHLY", "YEARLY") and draw(st.booleans())
    if numbered:
        parts.append("BYDAY=" + draw(st.sampled_from(["1MO", "-1FR", "2TU,4TU", "3SA"])))
    elif days:
        parts.append("BYDAY=" + ",".join(days))
    # Sparse parts only every period, so that the walk from the first occurrence stays short.
    if interval == 1 and freq != "WEEKLY" and not numbered and draw(st.booleans()):
        parts.append("BYMONTHDAY=" + draw(st.sampled_from(["1", "13", "28", "-1", "29,30"])))
    if interval == 1 and draw(st.booleans()):
        parts.append("BYMONTH=" + draw(st.sampled_from(["2", "1,7", "3,6,9,12"])))
    if freq == "MONTHLY" and len(days) > 1 and not numbered and draw(st.booleans()):
        parts.append("BYSETPOS=" + draw(st.sampled_from(["1", "-1"])))
    if freq == "WEEKLY" and draw(st.booleans()):
        parts.append("WKST=SU")
    if draw(st.booleans()):
        parts.append(f"BYHOUR={draw(st.integers(0, 23))}")
    if draw(st.booleans()):
        parts.append(f"COUNT={draw(st.integers(1, 60))}")
    return ";".join(parts)


def walked(rule: str, *, start: datetime, after: datetime) -> datetime | None:
    """Return the first occurrence after ``after`` (and ``start``) by walking from ``start``."""
    fields = dict(part.split("=") for part in rule.split(";"))
    count = fields.pop("COUNT", None)
    series = rruleset()
    recurrence = rrulestr(";".join(f"{k}={v}" for k, v in fields.items()), dtstart=start)
    assert isinstance(recurrence, rrule)
    series.rrule(recurrence)
    series.rdate(start)
    walk = islice(series, int(count)) if count is not None else iter(series)
    for moment in walk:
        if moment > max(start, after):
            return moment if moment.year < 2200 else None
    return None


def accepted(rule: str) -> bool:
    try:
        return normalize_rrule(rule) == rule
    except Invalid:
        return False


@settings(max_examples=200, deadline=None)
@given(
    rule=rules(),
    due=st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2040, 12, 28)),
    late=st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=3 * 366)),
)
def test_the_search_agrees_with_a_walk_from_the_first_occurrence(
    rule: str, due: datetime, late: timedelta
) -> None:
    assume(accepted(rule) and due.day <= 28)  # from the 29th on, monthly rules skip months
    due = due.replace(microsecond=0)
    expected = walked(rule, start=due, after=due + late)
    timed = next_occurrence(
        rule, due=due.replace(tzinfo=UTC), tz=UTC, after=(due + late).replace(tzinfo=UTC)
    )
    assert timed == (expected.replace(tzinfo=UTC) if expected is not None else None)
    midnight = datetime.combine(due.date(), datetime.min.time())
    done = datetime.combine((due + late).date(), datetime.min.time())
    expected_day = walked(rule, start=midnight, after=done + timedelta(hours=23, minutes=59))
    day = next_occurrence(rule, due=due.date(), tz=BERLIN, after=done.replace(tzinfo=BERLIN))
    assert day == (expected_day.date() if expected_day is not None else None)
