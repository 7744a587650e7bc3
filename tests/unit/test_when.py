"""Tests of date/time phrase parsing: ``parse_when`` and ``find_when``."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from todo.domain.language.when import Due, find_when, parse_when
from todo.domain.language.when_words import tokenize
from todo.errors import Invalid

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
NOW = datetime(2026, 11, 26, 10, 0, tzinfo=BERLIN)  # a Thursday


def at(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=BERLIN)


def when(text: str, *, now: datetime = NOW, tz: ZoneInfo = BERLIN) -> Due:
    return parse_when(text, now=now, tz=tz)


def assert_same(result: Due, expected: Due) -> None:
    assert type(result) is type(expected)
    assert result == expected
    if isinstance(result, datetime) and isinstance(expected, datetime):
        assert result.tzinfo is expected.tzinfo
        assert result.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("today", date(2026, 11, 26)),
        ("TODAY", date(2026, 11, 26)),
        ("tonight", at(2026, 11, 26, 20)),
        ("tomorrow", date(2026, 11, 27)),
        ("Tmrw", date(2026, 11, 27)),
        ("yesterday", date(2026, 11, 25)),
        ("  tomorrow  ", date(2026, 11, 27)),
    ],
)
def test_relative_day_words(text: str, expected: Due) -> None:
    assert_same(when(text), expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("monday", date(2026, 11, 30)),
        ("mon", date(2026, 11, 30)),
        ("Friday", date(2026, 11, 27)),
        ("fri", date(2026, 11, 27)),
        ("tues", date(2026, 12, 1)),
        ("wed", date(2026, 12, 2)),
        ("thursday", date(2026, 12, 3)),  # today never counts for a bare weekday
        ("thurs", date(2026, 12, 3)),
        ("sat", date(2026, 11, 28)),
        ("sunday", date(2026, 11, 29)),
        ("this thursday", date(2026, 11, 26)),
        ("this friday", date(2026, 11, 27)),
        ("next monday", date(2026, 11, 30)),
        ("next friday", date(2026, 12, 4)),  # the Friday of next week
        ("next thursday", date(2026, 12, 3)),
        ("next sun", date(2026, 12, 6)),
        ("next week", date(2026, 11, 30)),
        ("next month", date(2026, 12, 1)),
        ("next year", date(2027, 1, 1)),
    ],
)
def test_weekdays_and_next(text: str, expected: Due) -> None:
    assert_same(when(text), expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in 3 days", date(2026, 11, 29)),
        ("in 1 day", date(2026, 11, 27)),
        ("in a week", date(2026, 12, 3)),
        ("in 2 weeks", date(2026, 12, 10)),
        ("in two months", date(2027, 1, 26)),
        ("in 1 year", date(2027, 11, 26)),
        ("in 2 hours", at(2026, 11, 26, 12)),
        ("in an hour", at(2026, 11, 26, 11)),
        ("in 90 minutes", at(2026, 11, 26, 11, 30)),
        ("in 15 mins", at(2026, 11, 26, 10, 15)),
        ("in 3 days at 9am", at(2026, 11, 29, 9)),
    ],
)
def test_in_n_units(text: str, expected: Due) -> None:
    assert_same(when(text), expected)


def test_in_a_month_clamps_to_the_end_of_the_month() -> None:
    assert when("in a month", now=at(2027, 1, 31, 10)) == date(2027, 2, 28)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-12-01", date(2026, 12, 1)),
        ("2026/12/01", date(2026, 12, 1)),
        ("2026/1/5", date(2026, 1, 5)),
        ("2026-12-01T09:00", at(2026, 12, 1, 9)),
        ("2026-12-01t09:00:30", at(2026, 12, 1, 9) + timedelta(seconds=30)),
        ("2026-12-01T09:00+00:00", at(2026, 12, 1, 10)),
        ("2026-12-01T08:00Z", at(2026, 12, 1, 9)),
        ("2026-12-01 09:00", at(2026, 12, 1, 9)),
    ],
)
def test_iso_forms(text: str, expected: Due) -> None:
    assert_same(when(text), expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dec 1", date(2026, 12, 1)),
        ("1 Dec", date(2026, 12, 1)),
        ("December 1st", date(2026, 12, 1)),
        ("1st of December", date(2026, 12, 1)),
        ("3rd of jan", date(2027, 1, 3)),
        ("sept 22nd", date(2027, 9, 22)),
        ("May 5", date(2027, 5, 5)),
        ("5 may", date(2027, 5, 5)),
        ("nov 26", date(2026, 11, 26)),  # today is not past
        ("nov 25", date(2027, 11, 25)),  # yesterday is: next year
        ("feb 29", date(2028, 2, 29)),
        ("dec 1 2027", date(2027, 12, 1)),
        ("Dec 1, 2027", date(2027, 12, 1)),
        ("1 december 2025", date(2025, 12, 1)),
        ("friday dec 4", date(2026, 12, 4)),
        ("Fri, 4 Dec", date(2026, 12, 4)),
    ],
)
def test_written_dates(text: str, expected: Due) -> None:
    assert_same(when(text), expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("11am", at(2026, 11, 26, 11)),  # still ahead: today
        ("9am", at(2026, 11, 27, 9)),  # past: tomorrow
        ("10am", at(2026, 11, 27, 10)),  # exactly now counts as past
        ("9 am", at(2026, 11, 27, 9)),
        ("9:30pm", at(2026, 11, 26, 21, 30)),
        ("9:30 PM", at(2026, 11, 26, 21, 30)),
        ("17:30", at(2026, 11, 26, 17, 30)),
        ("09:15", at(2026, 11, 27, 9, 15)),
        ("noon", at(2026, 11, 26, 12)),
        ("midday", at(2026, 11, 26, 12)),
        ("midnight", at(2026, 11, 27, 0)),
        ("12am", at(2026, 11, 27, 0)),
        ("12pm", at(2026, 11, 26, 12)),
        ("at 9", at(2026, 11, 27, 9)),
        ("at 5", at(2026, 11, 26, 17)),  # 1 to 6 without am/pm: the afternoon
        ("at 7", at(2026, 11, 27, 7)),
        ("at 18", at(2026, 11, 26, 18)),
        ("at 9.30", at(2026, 11, 27, 9, 30)),
        ("9.30pm", at(2026, 11, 26, 21, 30)),
        ("at noon", at(2026, 11, 26, 12)),
    ],
)
def test_times_alone(text: str, expected: Due) -> None:
    assert_same(when(text), expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tomorrow 9am", at(2026, 11, 27, 9)),
        ("9am tomorrow", at(2026, 11, 27, 9)),
        ("tomorrow at 9", at(2026, 11, 27, 9)),
        ("today 9am", at(2026, 11, 26, 9)),  # an explicit day may be past
        ("friday at 17:30", at(2026, 11, 27, 17, 30)),
        ("friday, 5pm", at(2026, 11, 27, 17)),
        ("5pm on friday", at(2026, 11, 27, 17)),
        ("at 10:15 next monday", at(2026, 11, 30, 10, 15)),
        ("dec 1 noon", at(2026, 12, 1, 12)),
        ("December 1st at 8:00", at(2026, 12, 1, 8)),
        ("2026-12-01 at 9pm", at(2026, 12, 1, 21)),
        ("tonight at 9", at(2026, 11, 26, 21)),
        ("at 9:30 tonight", at(2026, 11, 26, 21, 30)),
        ("tomorrow morning", at(2026, 11, 27, 9)),
        ("tomorrow morning at 7:30", at(2026, 11, 27, 7, 30)),
        ("friday evening", at(2026, 11, 27, 18)),
        ("friday evening at 7", at(2026, 11, 27, 19)),
        ("tomorrow night", at(2026, 11, 27, 20)),
        ("this evening", at(2026, 11, 26, 18)),
        ("next week 9am", at(2026, 11, 30, 9)),
    ],
)
def test_combinations(text: str, expected: Due) -> None:
    assert_same(when(text), expected)


@pytest.mark.parametrize(
    "text",
    [
        "xyz",
        "march",
        "may",
        "12/1",
        "5",
        "2026",
        "at",
        "next",
        "in 3",
        "in 3 apples",
        "feb 30",
        "feb 29 2027",
        "2026-02-30",
        "2026-12-01T25:00",
        "25:00",
        "13pm",
        "0am",
        "3.50",
        "tomorrow xyz",
        "friday.",
        "friday's",
        "mon3",
        "in 99999 days",
        "in 9999 years",
    ],
)
def test_rejects_what_it_cannot_read(text: str) -> None:
    with pytest.raises(Invalid) as caught:
        when(text)
    assert str(caught.value) == f"Could not understand the date '{text}'."


@pytest.mark.parametrize("text", ["", "   ", "\n"])
def test_rejects_empty_text(text: str) -> None:
    with pytest.raises(Invalid, match="empty"):
        when(text)


def test_error_message_shortens_long_text() -> None:
    with pytest.raises(Invalid) as caught:
        when("x" * 500)
    assert len(str(caught.value)) < 100


def test_new_york() -> None:
    now = datetime(2026, 11, 26, 10, 0, tzinfo=NEW_YORK)
    tonight = when("tonight", now=now, tz=NEW_YORK)
    assert tonight == datetime(2026, 11, 26, 20, 0, tzinfo=NEW_YORK)
    assert isinstance(tonight, datetime)
    assert tonight.utcoffset() == timedelta(hours=-5)
    assert when("tomorrow 9am", now=now, tz=NEW_YORK) == datetime(2026, 11, 27, 14, tzinfo=UTC)


def test_now_in_another_zone_is_read_on_the_local_clock() -> None:
    now = datetime(2026, 11, 26, 23, 30, tzinfo=UTC)  # already the 27th in Berlin
    assert when("today", now=now) == date(2026, 11, 27)
    assert when("today", now=now, tz=NEW_YORK) == date(2026, 11, 26)


def test_a_naive_now_is_taken_to_be_in_the_zone() -> None:
    assert when("11am", now=datetime(2026, 11, 26, 10, 0)) == at(2026, 11, 26, 11)


def test_across_the_end_of_summer_time() -> None:
    now = at(2026, 10, 24, 10)  # Saturday, CEST; clocks go back on Sunday the 25th
    tomorrow = when("tomorrow 9am", now=now)
    assert isinstance(tomorrow, datetime)
    assert tomorrow.utcoffset() == timedelta(hours=1)
    assert tomorrow.astimezone(UTC) == datetime(2026, 10, 25, 8, tzinfo=UTC)
    # 24 real hours later the wall clock shows 09:00, not 10:00.
    assert when("in 24 hours", now=now) == datetime(2026, 10, 25, 8, tzinfo=UTC)
    assert when("in 1 day", now=now) == date(2026, 10, 25)


def test_a_time_in_the_spring_gap_keeps_its_wall_clock() -> None:
    now = datetime(2026, 3, 7, 12, tzinfo=NEW_YORK)
    result = when("tomorrow 2:30am", now=now, tz=NEW_YORK)
    assert isinstance(result, datetime)
    assert (result.hour, result.minute, result.fold, result.tzinfo) == (2, 30, 0, NEW_YORK)


def test_find_when_finds_phrases_and_their_spans() -> None:
    text = "Call mom tomorrow at 5pm, then on friday call Bob at 9:30"
    found = find_when(text, now=NOW, tz=BERLIN)
    assert [match.text for match in found] == ["tomorrow at 5pm", "friday", "at 9:30"]
    for match in found:
        assert text[match.start : match.end] == match.text
    assert found[0].value == at(2026, 11, 27, 17)
    assert [(m.has_date, m.clock is not None) for m in found] == [
        (True, True),
        (True, False),
        (False, True),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "May I call Bob",
        "Buy 2 apples",
        "March madness",
        "Buy sun cream",
        "We sat down",
        "Prepare Friday's party",
        "Buy milk 3.50",
        "Read John 3",
        "Room 101 in 5",
        "Mon3 and sundays",
    ],
)
def test_find_when_avoids_false_positives(text: str) -> None:
    assert find_when(text, now=NOW, tz=BERLIN) == ()


@pytest.mark.parametrize("text", ["Picnic on sun", "Finish by sat", "sun 10am", "next wed"])
def test_short_weekdays_need_context_in_free_text(text: str) -> None:
    assert len(find_when(text, now=NOW, tz=BERLIN)) == 1


def test_tokens_do_not_cross_hidden_text() -> None:
    found = find_when("tomorrow\x00\x009am", now=NOW, tz=BERLIN)
    assert [match.text for match in found] == ["tomorrow", "9am"]
    assert [token.text for token in tokenize("Friday at 9am, #x")] == ["Friday", "at", "9am"]


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2999, 12, 31)))
@settings(deadline=None)
def test_iso_and_written_dates_round_trip(day: date) -> None:
    assert when(day.isoformat()) == day
    assert when(day.strftime("%d %B %Y")) == day
    assert when(day.strftime("%b %d, %Y")) == day


VOCABULARY = [
    "today",
    "tonight",
    "tomorrow",
    "monday",
    "sun",
    "next",
    "this",
    "week",
    "in",
    "a",
    "2",
    "31",
    "days",
    "hours",
    "at",
    "on",
    "9am",
    "9:30",
    "12pm",
    "noon",
    "dec",
    "1st",
    "of",
    "may",
    "2026-12-01",
    "2026-12-01T09:00",
    "evening",
    ",",
]
phrases = st.lists(st.one_of(st.sampled_from(VOCABULARY), st.text(max_size=4)), max_size=10)


@given(st.one_of(st.text(), phrases.map(" ".join)))
@settings(deadline=None)
def test_parse_when_raises_only_invalid(text: str) -> None:
    try:
        result = when(text)
    except Invalid:
        return
    assert isinstance(result, date)
    if isinstance(result, datetime):
        assert result.tzinfo is BERLIN


@given(st.one_of(st.text(), phrases.map(" ".join)))
@settings(deadline=None)
def test_find_when_spans_are_ordered_and_inside_the_text(text: str) -> None:
    end = 0
    for match in find_when(text, now=NOW, tz=BERLIN):
        assert end <= match.start < match.end <= len(text)
        assert text[match.start : match.end] == match.text
        assert when(match.text) == match.value
        end = match.end


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at 8 in the evening", at(2026, 11, 26, 20)),
        ("in the evening at 8", at(2026, 11, 26, 20)),
        ("tomorrow at 7 in the morning", at(2026, 11, 27, 7)),
        ("friday at 10 at night", at(2026, 11, 27, 22)),
        ("thursday next week", date(2026, 12, 3)),
        ("thursday of next week at 5pm", at(2026, 12, 3, 17)),
    ],
)
def test_the_half_of_the_day_in_words_and_a_weekday_of_next_week(text: str, expected: Due) -> None:
    assert_same(when(text), expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12/12", date(2026, 12, 12)),
        ("25/12", date(2026, 12, 25)),
        ("12/25", date(2026, 12, 25)),
        ("13/1", date(2027, 1, 13)),
        ("the first of december", date(2026, 12, 1)),
        ("december third", date(2026, 12, 3)),
        ("the twenty fifth of december", date(2026, 12, 25)),
        ("the 14 of december", date(2026, 12, 14)),
        ("saturday week", date(2026, 12, 5)),
        ("thursday week", date(2026, 12, 3)),
        ("wednesday 2nd", date(2026, 12, 2)),
    ],
)
def test_dates_people_write_that_cannot_be_mixed_up(text: str, expected: Due) -> None:
    assert_same(when(text), expected)


@pytest.mark.parametrize(
    ("text", "hour", "minute"),
    [("at half nine", 9, 30), ("half six in the evening", 18, 30), ("12 noon", 12, 0)],
)
def test_times_said_the_british_way(text: str, hour: int, minute: int) -> None:
    said = when(text)
    assert isinstance(said, datetime)
    assert (said.hour, said.minute) == (hour, minute)
