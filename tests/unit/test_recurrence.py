"""Recurrence rules are normalised, and rules that would misbehave are refused."""

from __future__ import annotations

import pytest

from todo.domain.recurrence import normalize_rrule
from todo.errors import Invalid


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("daily", "FREQ=DAILY"),
        ("Weekly", "FREQ=WEEKLY"),
        ("monthly", "FREQ=MONTHLY"),
        ("yearly", "FREQ=YEARLY"),
        ("rrule:freq=weekly;byday=mo", "FREQ=WEEKLY;BYDAY=MO"),
        ("INTERVAL=2;FREQ=WEEKLY", "FREQ=WEEKLY;INTERVAL=2"),
        ("FREQ=MONTHLY;BYMONTHDAY=-1", "FREQ=MONTHLY;BYMONTHDAY=-1"),
        ("  FREQ=DAILY;COUNT=3  ", "FREQ=DAILY;COUNT=3"),
    ],
)
def test_rules_are_normalised(text: str, rule: str) -> None:
    assert normalize_rrule(text) == rule


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", "empty"),
        ("FREQ=SOMETIMES", "not a valid"),
        ("BYDAY=MO", "FREQ is missing"),
        ("FREQ=DAILY;INTERVAL=0", "from 1 to 1000"),
        ("FREQ=DAILY;INTERVAL=-1", "from 1 to 1000"),
        ("FREQ=DAILY;COUNT=0", "from 1 to 1000"),
        ("FREQ=DAILY;COUNT=999999999", "from 1 to 1000"),
        ("FREQ=DAILY;COUNT=²", "from 1 to 1000"),
        ("FREQ=SECONDLY", "daily at most"),
        ("FREQ=MINUTELY;INTERVAL=5", "daily at most"),
        ("FREQ=HOURLY", "daily at most"),
        ("FREQ=WEEKLY;FREQ=DAILY", "twice"),
        ("FREQ=DAILY\nRRULE:FREQ=WEEKLY", "not a valid"),
        ("FREQ=DAILY;DTSTART=20260101T000000Z", "may not set DTSTART"),
        ("FREQ=DAILY;" + "BYHOUR=1;" * 100, "longer than"),
        ("every blue moon", "not a valid"),
    ],
)
def test_bad_rules_are_refused(text: str, words: str) -> None:
    with pytest.raises(Invalid, match=words) as caught:
        normalize_rrule(text)
    assert caught.value.problems[0].field == "recurrence"


HOURS = ",".join(str(hour) for hour in range(24))
MINUTES = ",".join(str(minute) for minute in range(60))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # Several times a day: each of these once cost minutes of CPU for one completion.
        (f"FREQ=DAILY;BYHOUR={HOURS};BYMINUTE={MINUTES};BYSECOND={MINUTES}", "BYHOUR may have"),
        ("FREQ=DAILY;BYHOUR=1,2,3,4,5,6,7,8,9,10,11,12,13;BYMINUTE=0,30", "BYHOUR may have one"),
        ("FREQ=WEEKLY;BYHOUR=9,17", "at most once a day, so BYHOUR may have one value, not 2"),
        ("FREQ=DAILY;BYMINUTE=0,30", "BYMINUTE may have one value, not 2"),
        ("FREQ=MONTHLY;BYSECOND=0,1", "BYSECOND may have one value, not 2"),
        # Rules that can never occur.
        ("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", "never occurs: no month in BYMONTH=2 has a day 30"),
        ("FREQ=YEARLY;BYMONTH=4,6,9,11;BYMONTHDAY=31", "never occurs"),
        ("FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=-30", "never occurs"),
        ("FREQ=MONTHLY;BYDAY=6MO", "never occurs: a month has at most 5"),
        ("FREQ=YEARLY;BYDAY=54FR", "never occurs: a year has at most 53"),
        ("FREQ=YEARLY;BYMONTH=3;BYDAY=-6SU", "a month has at most 5"),
        ("FREQ=WEEKLY;BYDAY=MO,TH;BYSETPOS=3", "BYSETPOS picks from 2 days a week"),
        ("FREQ=DAILY;BYMONTH=13", "BYMONTH in a recurrence rule takes values from 1 to 12"),
        ("FREQ=MONTHLY;BYMONTHDAY=0", "from 1 to 31, or -31 to -1"),
        ("FREQ=YEARLY;BYYEARDAY=367", "from 1 to 366"),
        ("FREQ=YEARLY;BYWEEKNO=54", "from 1 to 53"),
        # Parts RFC 5545 does not allow with the frequency, and one it does not define.
        ("FREQ=DAILY;BYYEARDAY=100", "BYYEARDAY cannot be used with FREQ=DAILY"),
        ("FREQ=MONTHLY;BYWEEKNO=10", "BYWEEKNO cannot be used with FREQ=MONTHLY"),
        ("FREQ=WEEKLY;BYMONTHDAY=1", "BYMONTHDAY cannot be used with FREQ=WEEKLY"),
        ("FREQ=WEEKLY;BYDAY=1MO", "numbered BYDAY such as 1MO needs FREQ=MONTHLY or YEARLY"),
        ("FREQ=DAILY;BYSETPOS=2", "BYSETPOS cannot be used with FREQ=DAILY"),
        ("FREQ=MONTHLY;BYSETPOS=1", "BYSETPOS needs another part"),
        ("FREQ=YEARLY;BYEASTER=0", "BYEASTER"),
        ("FREQ=MONTHLY;BYDAY=MO(+1)", "not a list of weekdays"),
        ("FREQ=YEARLY;BYDAY=100MO", "not a list of weekdays"),
    ],
)
def test_rules_that_fire_too_often_or_never_are_refused(text: str, words: str) -> None:
    with pytest.raises(Invalid, match=words) as caught:
        normalize_rrule(text)
    assert caught.value.problems[0].field == "recurrence"
    assert caught.value.message.count(".") == 1  # one sentence
    assert caught.value.message.endswith(".")


@pytest.mark.parametrize(
    "text",
    [
        "FREQ=DAILY;BYHOUR=9;BYMINUTE=30;BYSECOND=0",  # a fixed time of day, as calendars write it
        "FREQ=DAILY;BYHOUR=9,9",  # the same hour twice is still once a day
        "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29",
        "FREQ=MONTHLY;BYMONTH=2,4;BYMONTHDAY=30",  # April has one
        "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",  # the last weekday of the month
        "FREQ=MONTHLY;BYDAY=-1FR,+01MO",
        "FREQ=YEARLY;BYDAY=53MO",
        "FREQ=YEARLY;BYWEEKNO=1;BYDAY=MO",
        "FREQ=WEEKLY;BYDAY=MO,WE,FR;BYSETPOS=3",
        "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR",
    ],
)
def test_rules_that_fire_at_most_once_a_day_are_accepted(text: str) -> None:
    assert normalize_rrule(text) == text
