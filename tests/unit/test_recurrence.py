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
