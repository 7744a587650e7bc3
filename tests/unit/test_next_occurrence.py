"""The next occurrence of a recurring task: local wall-clock time, RFC 5545 rules, DST."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrulestr
from hypothesis import given
from hypothesis import strategies as st

from todo.domain.recurrence import next_occurrence, next_reminder, normalize_rrule
from todo.errors import Invalid

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


def berlin(*parts: int) -> datetime:
    """Return a Berlin wall-clock time as a UTC instant."""
    return datetime(*parts, tzinfo=BERLIN).astimezone(UTC)


def test_weekly_nine_oclock_stays_nine_oclock_across_spring_forward() -> None:
    # Sunday 21 March 2027 09:00 CET (UTC+1); the clocks go forward on 28 March.
    nxt = next_occurrence("FREQ=WEEKLY", due=berlin(2027, 3, 21, 9), tz=BERLIN)
    assert nxt == datetime(2027, 3, 28, 7, 0, tzinfo=UTC)
    assert isinstance(nxt, datetime)
    assert nxt.astimezone(BERLIN).hour == 9


def test_weekly_nine_oclock_stays_nine_oclock_across_fall_back() -> None:
    nxt = next_occurrence("FREQ=WEEKLY", due=berlin(2027, 10, 24, 9), tz=BERLIN)
    assert nxt == datetime(2027, 10, 31, 8, 0, tzinfo=UTC)


def test_the_result_is_in_utc() -> None:
    due = datetime(2027, 1, 4, 9, tzinfo=BERLIN)  # any aware datetime is accepted
    nxt = next_occurrence("FREQ=DAILY", due=due, tz=BERLIN)
    assert nxt == berlin(2027, 1, 5, 9)
    assert isinstance(nxt, datetime)
    assert nxt.tzinfo is UTC


@pytest.mark.parametrize(
    ("due", "expected"),
    [
        (berlin(2027, 3, 27, 8, 15), berlin(2027, 3, 28, 8, 15)),
        (berlin(2027, 3, 28, 8, 15), berlin(2027, 3, 29, 8, 15)),
        (berlin(2027, 10, 30, 18), berlin(2027, 10, 31, 18)),
    ],
)
def test_daily_keeps_the_local_time_across_dst(due: datetime, expected: datetime) -> None:
    assert next_occurrence("FREQ=DAILY", due=due, tz=BERLIN) == expected


def test_a_time_in_the_spring_forward_gap_moves_forward_by_the_gap() -> None:
    # 02:30 does not exist on 28 March 2027 in Berlin: RFC 5545 reads it with the offset before
    # the gap, which is 03:30 summer time.
    nxt = next_occurrence("FREQ=DAILY", due=berlin(2027, 3, 27, 2, 30), tz=BERLIN)
    assert nxt == datetime(2027, 3, 28, 1, 30, tzinfo=UTC)
    assert nxt.astimezone(BERLIN).strftime("%H:%M %Z") == "03:30 CEST"


def test_an_ambiguous_time_at_fall_back_is_the_first_of_the_two() -> None:
    nxt = next_occurrence("FREQ=DAILY", due=berlin(2027, 10, 30, 2, 30), tz=BERLIN)
    assert nxt == datetime(2027, 10, 31, 0, 30, tzinfo=UTC)
    assert nxt.astimezone(BERLIN).strftime("%H:%M %Z") == "02:30 CEST"


def test_the_day_after_an_ambiguous_time_is_at_the_same_local_time() -> None:
    second = datetime(2027, 10, 31, 1, 30, tzinfo=UTC)  # 02:30 CET, the second one
    assert next_occurrence("FREQ=DAILY", due=second, tz=BERLIN) == berlin(2027, 11, 1, 2, 30)


@pytest.mark.parametrize(
    ("due", "expected"),
    [
        (date(2027, 1, 31), date(2027, 3, 31)),
        (date(2027, 3, 31), date(2027, 5, 31)),
        (date(2027, 5, 31), date(2027, 7, 31)),
        (date(2027, 8, 31), date(2027, 10, 31)),
    ],
)
def test_monthly_from_the_31st_skips_months_without_one(due: date, expected: date) -> None:
    assert next_occurrence("FREQ=MONTHLY", due=due, tz=BERLIN) == expected


def test_monthly_from_the_31st_keeps_the_time() -> None:
    nxt = next_occurrence("FREQ=MONTHLY", due=berlin(2027, 1, 31, 9), tz=BERLIN)
    assert nxt == berlin(2027, 3, 31, 9)


@pytest.mark.parametrize(
    ("due", "expected"),
    [
        (date(2027, 1, 31), date(2027, 2, 28)),
        (date(2027, 2, 28), date(2027, 3, 31)),
        (date(2027, 4, 30), date(2027, 5, 31)),
        (date(2028, 1, 31), date(2028, 2, 29)),
    ],
)
def test_last_day_of_the_month(due: date, expected: date) -> None:
    assert next_occurrence("FREQ=MONTHLY;BYMONTHDAY=-1", due=due, tz=BERLIN) == expected


def test_yearly_on_february_29_comes_back_in_leap_years() -> None:
    assert next_occurrence("FREQ=YEARLY", due=date(2028, 2, 29), tz=BERLIN) == date(2032, 2, 29)


def test_until_ends_the_series() -> None:
    rule = "FREQ=DAILY;UNTIL=20270103"
    assert next_occurrence(rule, due=date(2027, 1, 2), tz=BERLIN) == date(2027, 1, 3)
    assert next_occurrence(rule, due=date(2027, 1, 3), tz=BERLIN) is None


def test_a_date_until_includes_that_whole_day_for_timed_tasks() -> None:
    rule = "FREQ=DAILY;UNTIL=20270103"
    assert next_occurrence(rule, due=berlin(2027, 1, 2, 18), tz=BERLIN) == berlin(2027, 1, 3, 18)


def test_a_utc_until_is_read_in_utc() -> None:
    # 08:00 UTC is 09:00 in Berlin: the 09:00 occurrence of 3 January is the last one.
    rule = normalize_rrule("FREQ=DAILY;UNTIL=20270103T080000Z")
    assert next_occurrence(rule, due=berlin(2027, 1, 2, 9), tz=BERLIN) == berlin(2027, 1, 3, 9)
    assert next_occurrence(rule, due=berlin(2027, 1, 3, 9), tz=BERLIN) is None
    assert next_occurrence(rule, due=berlin(2027, 1, 2, 9, 1), tz=BERLIN) is None


def test_count_counts_from_the_first_occurrence() -> None:
    rule = "FREQ=WEEKLY;COUNT=3"
    first = date(2027, 1, 4)
    assert next_occurrence(rule, due=first, tz=BERLIN) == date(2027, 1, 11)
    assert next_occurrence(rule, due=date(2027, 1, 11), tz=BERLIN, first=first) == date(2027, 1, 18)
    assert next_occurrence(rule, due=date(2027, 1, 18), tz=BERLIN, first=first) is None


def test_count_includes_a_first_occurrence_off_the_rule() -> None:
    # A Wednesday start of "Mondays, 2 times": the Wednesday and one Monday (RFC 5545).
    rule = "FREQ=WEEKLY;BYDAY=MO;COUNT=2"
    wednesday = date(2027, 1, 6)
    assert next_occurrence(rule, due=wednesday, tz=BERLIN) == date(2027, 1, 11)
    assert next_occurrence(rule, due=date(2027, 1, 11), tz=BERLIN, first=wednesday) is None


def test_count_uses_up_skipped_occurrences() -> None:
    rule = "FREQ=DAILY;COUNT=5"
    late = berlin(2027, 1, 3, 12)  # Monday's done on Wednesday: Tuesday and Wednesday are gone
    assert next_occurrence(rule, due=date(2027, 1, 1), tz=BERLIN, after=late) == date(2027, 1, 4)
    later = berlin(2027, 1, 9, 12)
    assert next_occurrence(rule, due=date(2027, 1, 1), tz=BERLIN, after=later) is None


def test_byday_list() -> None:
    rule = "FREQ=WEEKLY;BYDAY=MO,TH"
    monday, thursday = berlin(2027, 1, 4, 9), berlin(2027, 1, 7, 9)
    assert next_occurrence(rule, due=monday, tz=BERLIN) == thursday
    assert next_occurrence(rule, due=thursday, tz=BERLIN) == berlin(2027, 1, 11, 9)


def test_byday_from_a_day_off_the_rule() -> None:
    wednesday = date(2027, 1, 6)
    assert next_occurrence("FREQ=WEEKLY;BYDAY=MO,TH", due=wednesday, tz=BERLIN) == date(2027, 1, 7)


def test_interval() -> None:
    assert next_occurrence("FREQ=WEEKLY;INTERVAL=2", due=date(2027, 1, 4), tz=BERLIN) == date(
        2027, 1, 18
    )
    rule = "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH"
    assert next_occurrence(rule, due=date(2027, 1, 7), tz=BERLIN) == date(2027, 1, 18)


def test_an_all_day_task_gives_a_date() -> None:
    nxt = next_occurrence("FREQ=DAILY", due=date(2027, 3, 27), tz=BERLIN)
    assert nxt == date(2027, 3, 28)
    assert not isinstance(nxt, datetime)


def test_without_a_due_date_the_series_starts_on_the_day_of_completion() -> None:
    done = berlin(2027, 1, 6, 23, 30)  # Wednesday late evening in Berlin (22:30 UTC)
    assert next_occurrence("FREQ=DAILY", due=None, tz=BERLIN, after=done) == date(2027, 1, 7)
    assert next_occurrence("FREQ=WEEKLY;BYDAY=MO", due=None, tz=BERLIN, after=done) == date(
        2027, 1, 11
    )


def test_without_a_due_date_the_completion_moment_is_needed() -> None:
    with pytest.raises(ValueError, match="completed"):
        next_occurrence("FREQ=DAILY", due=None, tz=BERLIN)


def test_a_daily_task_done_three_days_late_comes_back_once_tomorrow() -> None:
    done = berlin(2027, 1, 4, 10)
    assert next_occurrence("FREQ=DAILY", due=date(2027, 1, 1), tz=BERLIN, after=done) == date(
        2027, 1, 5
    )


def test_a_timed_task_done_late_comes_back_at_its_next_future_time() -> None:
    due = berlin(2027, 1, 1, 9)
    assert next_occurrence("FREQ=DAILY", due=due, tz=BERLIN, after=berlin(2027, 1, 4, 8)) == (
        berlin(2027, 1, 4, 9)
    )
    assert next_occurrence("FREQ=DAILY", due=due, tz=BERLIN, after=berlin(2027, 1, 4, 10)) == (
        berlin(2027, 1, 5, 9)
    )


def test_a_task_done_early_moves_on_from_its_due_date() -> None:
    due = berlin(2027, 1, 11, 9)
    assert next_occurrence("FREQ=WEEKLY", due=due, tz=BERLIN, after=berlin(2027, 1, 8)) == (
        berlin(2027, 1, 18, 9)
    )


def test_a_late_weekly_task_stays_on_its_weekday_and_phase() -> None:
    rule = "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO"
    done = berlin(2027, 1, 20, 12)  # due Mon 4 Jan; Mon 18 Jan is past
    assert next_occurrence(rule, due=date(2027, 1, 4), tz=BERLIN, after=done) == date(2027, 2, 1)


def test_the_reminder_keeps_its_distance_in_wall_clock_time() -> None:
    # The evening before at 20:00, across the spring-forward night.
    reminder = next_reminder(
        due=berlin(2027, 3, 21, 9),
        remind_at=berlin(2027, 3, 20, 20),
        next_due=berlin(2027, 3, 28, 9),
        tz=BERLIN,
    )
    assert reminder == berlin(2027, 3, 27, 20)


def test_the_reminder_of_an_all_day_task() -> None:
    reminder = next_reminder(
        due=date(2027, 1, 4), remind_at=berlin(2027, 1, 4, 8), next_due=date(2027, 1, 11), tz=BERLIN
    )
    assert reminder == berlin(2027, 1, 11, 8)


def test_without_a_due_date_the_reminder_keeps_its_time_of_day() -> None:
    reminder = next_reminder(
        due=None, remind_at=berlin(2027, 1, 4, 8), next_due=date(2027, 1, 7), tz=BERLIN
    )
    assert reminder == berlin(2027, 1, 7, 8)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("FREQ=DAILY;COUNT=2;UNTIL=20270101", "not both"),
        ("FREQ=DAILY;UNTIL=2027", "not a valid"),
    ],
)
def test_rules_that_cannot_end_are_refused(text: str, words: str) -> None:
    with pytest.raises(Invalid, match=words):
        normalize_rrule(text)


RULES = [
    "FREQ=DAILY",
    "FREQ=DAILY;INTERVAL=3",
    "FREQ=WEEKLY",
    "FREQ=WEEKLY;BYDAY=MO,TH",
    "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,SA",
    "FREQ=MONTHLY",
    "FREQ=MONTHLY;BYMONTHDAY=-1",
    "FREQ=MONTHLY;BYDAY=1FR",
    "FREQ=YEARLY",
]
ZONES = [BERLIN, NEW_YORK, ZoneInfo("Australia/Lord_Howe"), ZoneInfo("UTC")]


@given(
    rule=st.sampled_from(RULES),
    tz=st.sampled_from(ZONES),
    due=st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2035, 12, 31)),
    late=st.one_of(st.none(), st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=90))),
)
def test_the_next_timed_occurrence_is_the_first_one_the_rule_allows(
    rule: str, tz: ZoneInfo, due: datetime, late: timedelta | None
) -> None:
    due_at = due.replace(tzinfo=tz).astimezone(UTC)
    after = None if late is None else due_at + late
    nxt = next_occurrence(rule, due=due_at, tz=tz, after=after)
    assert isinstance(nxt, datetime)
    assert nxt > due_at
    if after is not None:
        assert nxt > after
    # Its wall-clock time is one the rule produces from the due date (or, in a gap, the one the
    # clocks skipped), and no occurrence in between was left out.
    series = rrulestr(rule, dtstart=due_at.astimezone(tz).replace(tzinfo=None))
    wall = nxt.astimezone(tz).replace(tzinfo=None)
    candidate = series.after(wall - timedelta(hours=3), inc=True)
    assert candidate is not None
    assert candidate.replace(tzinfo=tz).astimezone(UTC) == nxt
    earlier = series.before(candidate)
    if earlier is not None and earlier > due_at.astimezone(tz).replace(tzinfo=None):
        assert earlier.replace(tzinfo=tz).astimezone(UTC) <= max(due_at, after or due_at)


@given(
    rule=st.sampled_from(RULES),
    due=st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31)),
    late=st.integers(min_value=0, max_value=60),
)
def test_the_next_all_day_occurrence_is_a_date_the_rule_allows(
    rule: str, due: date, late: int
) -> None:
    after = datetime.combine(due + timedelta(days=late), datetime.min.time(), tzinfo=BERLIN)
    nxt = next_occurrence(rule, due=due, tz=BERLIN, after=after)
    assert isinstance(nxt, date)
    assert not isinstance(nxt, datetime)
    assert nxt > due + timedelta(days=late)
    series = rrulestr(rule, dtstart=datetime.combine(due, datetime.min.time()))
    first = series.after(datetime.combine(due + timedelta(days=late), datetime.min.time()))
    assert first is not None
    assert first.date() == nxt
