"""Reminders and times of day said in everyday words: each rule with sentences of its own."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from todo.domain.assistant.intent_reminders import (
    read_remind_about,
    read_remind_before,
    read_reminder_change,
    read_reminder_topic,
)
from todo.domain.assistant.intents import Relative, RemindAbout, read_request
from todo.domain.language.quick_add import parse_quick_add
from todo.domain.language.when import find_when, parse_when

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)  # Thursday; 11:00 in Berlin
FRIDAY = date(2026, 11, 27)
SATURDAY = date(2026, 11, 28)
SUNDAY = date(2026, 11, 29)


def when(text: str) -> date | datetime:
    return parse_when(text, now=NOW, tz=BERLIN)


def moment(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=BERLIN)


# ------------------------------------------------------------------- the date/time reader


@pytest.mark.parametrize(
    ("said", "hour"),
    [
        ("at 5 tomorrow morning", 5),
        ("at 6:30 tomorrow morning", 6),
        ("tomorrow morning at 4", 4),
        ("friday morning at 6", 6),
        ("at 5 tomorrow evening", 17),
        ("at 3 tomorrow", 15),
    ],
)
def test_an_hour_said_with_morning_is_before_noon(said: str, hour: int) -> None:
    found = when(said)
    assert isinstance(found, datetime)
    assert found.hour == hour


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("saturday morning by 11", moment(SATURDAY, 11)),
        ("friday evening around 8", moment(FRIDAY, 20)),
        ("tomorrow about 2", moment(FRIDAY, 14)),
        ("sunday at around 9 in the morning", moment(SUNDAY, 9)),
    ],
)
def test_an_hour_after_around_or_by_follows_its_date(said: str, expected: datetime) -> None:
    assert when(said) == expected


def test_a_number_of_things_after_about_is_no_hour() -> None:
    found = find_when("go through tomorrow about 4 invoices", now=NOW, tz=BERLIN)
    assert [match.text for match in found] == ["tomorrow"]


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("saturday at 4 o'clock", moment(SATURDAY, 16)),
        ("tomorrow 9 o'clock", moment(FRIDAY, 9)),
        ("at eleven o'clock tomorrow", moment(FRIDAY, 11)),
    ],
)
def test_an_hour_with_o_clock_is_a_time(said: str, expected: datetime) -> None:
    assert when(said) == expected


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("the saturday at 5 of the afternoon", moment(SATURDAY, 17)),
        ("friday at 8 of the morning", moment(FRIDAY, 8)),
        ("the friday at 9 of the evening", moment(FRIDAY, 21)),
    ],
)
def test_the_weekday_and_an_hour_of_the_afternoon(said: str, expected: datetime) -> None:
    assert when(said) == expected


def test_next_tomorrow_is_the_day_after_tomorrow() -> None:
    assert when("next tomorrow") == SATURDAY
    assert when("next tomorrow at 10am") == moment(SATURDAY, 10)


def test_quick_add_reads_the_same_times() -> None:
    parsed = parse_quick_add("water the ferns saturday morning by 8", now=NOW, tz=BERLIN)
    assert parsed.title == "water the ferns"
    assert parsed.due == moment(SATURDAY, 8)
    parsed = parse_quick_add("bake bread at 5 tomorrow morning", now=NOW, tz=BERLIN)
    assert parsed.due == moment(FRIDAY, 5)


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        ("walk the dogs tomorrow 0630", 6),
        ("walk the dogs tomorrow at 1930", 19),
        ("walk the dogs tomorrow 2100 hours", 21),
        ("walk the dogs tomorrow lunchtime", 12),
    ],
)
def test_a_time_of_four_digits_is_read(text: str, hour: int) -> None:
    parsed = parse_quick_add(text, now=NOW, tz=BERLIN)
    assert parsed.title == "walk the dogs"
    assert isinstance(parsed.due, datetime)
    assert parsed.due.hour == hour


@pytest.mark.parametrize("text", ["order 1500 bricks", "file invoice 0042", "pay the 2026 taxes"])
def test_a_number_of_four_digits_alone_is_not_a_time(text: str) -> None:
    parsed = parse_quick_add(text, now=NOW, tz=BERLIN)
    assert parsed.due is None
    assert parsed.title == text


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("pay 1200 tomorrow", "pay 1200"),  # an amount before the day
        ("walk 1500 steps today", "walk 1500 steps"),
        ("meeting Sunday 2026", "meeting 2026"),  # a year
        ("transfer tomorrow 1500 to savings", "transfer 1500 to savings"),
        ("walk today 1000 steps", "walk 1000 steps"),
    ],
)
def test_an_amount_beside_a_day_is_not_a_time(text: str, title: str) -> None:
    parsed = parse_quick_add(text, now=NOW, tz=BERLIN)
    assert parsed.title == title
    assert not isinstance(parsed.due, datetime)


@pytest.mark.parametrize("said", ["6 p.m.", "6 p.m", "6p.m.", "6 pm", "6pm"])
def test_a_half_of_the_day_written_with_points_is_read(said: str) -> None:
    parsed = parse_quick_add(f"call the vet tomorrow at {said}", now=NOW, tz=BERLIN)
    assert parsed.title == "call the vet"
    assert parsed.due == moment(FRIDAY, 18)


# ------------------------------------------------------------------- asking for a reminder


def reminded(message: str) -> RemindAbout:
    found = read_request(message, NOW, BERLIN)
    assert isinstance(found, RemindAbout), found
    return found


@pytest.mark.parametrize(
    ("message", "title", "expected"),
    [
        ("nudge me about the gas meter for 4 today", "The gas meter", moment(NOW.date(), 16)),
        ("ping me about the invoices by 3 tomorrow", "The invoices", moment(FRIDAY, 15)),
        ("alert me about the parcel around 6 on saturday", "The parcel", moment(SATURDAY, 18)),
    ],
)
def test_an_hour_after_for_by_or_around_is_the_reminder_time(
    message: str, title: str, expected: datetime
) -> None:
    found = reminded(message)
    assert found.fields.title == title
    assert found.fields.reminder == expected


def test_an_hour_for_today_is_the_next_such_hour() -> None:
    found = reminded("set a reminder on the bins for 4 today")
    assert found.fields.reminder == moment(date(2026, 11, 26), 16)


@pytest.mark.parametrize(
    ("message", "title"),
    [
        ("make me remember the gas bill tomorrow at 8am", "The gas bill"),
        ("help me remember the vet on friday at 8am", "The vet"),
    ],
)
def test_make_me_remember_asks_for_a_reminder(message: str, title: str) -> None:
    found = reminded(message)
    assert found.fields.title == title
    assert found.fields.reminder == moment(FRIDAY, 8)


@pytest.mark.parametrize(
    ("message", "words"),
    [
        ("remind passport renewal 10am", "passport renewal 10am"),
        ("remind gym bag tomorrow", "gym bag tomorrow"),
    ],
)
def test_remind_and_a_task_with_a_time_is_a_reminder(message: str, words: str) -> None:
    found = read_remind_about(message)
    assert found is not None
    assert found.body == words
    assert not found.new


def test_remind_someone_else_is_not_read_as_a_bare_reminder() -> None:
    assert read_remind_about("remind him tomorrow") is None


def test_a_time_said_after_a_question_is_the_reminders() -> None:
    found = reminded(
        "can you remind me about the car wash? Saturday would suit, around 10 o'clock."
    )
    assert found.fields.title == "The car wash"
    assert found.fields.reminder == moment(SATURDAY, 10)


def test_a_question_without_a_time_after_it_is_left_as_it_was() -> None:
    found = read_remind_about("remind me about the car wash? thanks a lot")
    assert found is not None
    assert found.body == "the car wash? thanks a lot"


@pytest.mark.parametrize(
    ("message", "words", "at"),
    [
        ("I would like a reminder the evening before my flight", "my flight", time(18)),
        ("I'd love a quick reminder the night before I pay the rent", "pay the rent", time(20)),
        ("I should like a gentle reminder the day before the vet", "the vet", None),
    ],
)
def test_a_reminder_the_day_before_said_as_a_wish(
    message: str, words: str, at: time | None
) -> None:
    found = read_remind_before(message)
    assert found is not None
    assert (found.words, found.minutes, found.at) == (words, 1440, at)


@pytest.mark.parametrize(
    ("message", "words", "minutes", "at"),
    [
        ("remind me the morning of", "it", 0, time(9)),
        ("remind me about the slides the day before they're due", "the slides", 1440, None),
        ("ping me about the tyres two days before they are due", "the tyres", 2880, None),
    ],
)
def test_a_reminder_counted_from_a_task_said_before_or_after(
    message: str, words: str, minutes: int, at: time | None
) -> None:
    found = read_remind_before(message)
    assert found is not None
    assert (found.words, found.minutes, found.at) == (words, minutes, at)


# ------------------------------------------------------------------- changing a reminder


@pytest.mark.parametrize(
    ("message", "when"),
    [
        ("move the tax reminder to like 5pm", "at 5pm"),
        ("push my bins reminder to around 7 tonight", "at 7 tonight"),
        ("change the dentist reminder to 8 tomorrow", "at 8 tomorrow"),
    ],
)
def test_the_new_time_of_a_reminder_said_loosely(message: str, when: str) -> None:
    found = read_reminder_change(message)
    assert found is not None
    assert found.when == when


def test_a_new_hour_alone_keeps_the_reminders_day() -> None:
    found = reminded("move the tax reminder to like 5pm")
    assert found.fields.time_only
    assert found.fields.reminder is not None


@pytest.mark.parametrize(
    ("message", "rewritten"),
    [
        (
            "the bins reminder at 7 is too late, could you move it to 6 tomorrow?",
            "move the reminder for bins to 6 tomorrow",
        ),
        (
            "The reminder for the car tax, set it two days before please",
            "set the reminder for the car tax two days earlier",
        ),
        (
            "that gym reminder is way too early, give me two more hours",
            "make the reminder for gym two hours later",
        ),
        (
            "long week. the passport reminder, push it a day after",
            "push the reminder for passport a day later",
        ),
    ],
)
def test_a_reminder_named_first_and_then_called_it(message: str, rewritten: str) -> None:
    assert read_reminder_topic(message) == rewritten


@pytest.mark.parametrize(
    "message",
    ["the bins reminder is fine", "add milk, put it on friday", "the reminder, push it to 6"],
)
def test_no_reminder_named_first_is_no_rewrite(message: str) -> None:
    assert read_reminder_topic(message) is None


def test_the_rewritten_requests_are_read_as_reminder_changes() -> None:
    later = read_request("make the reminder for gym two hours later", NOW, BERLIN)
    assert isinstance(later, Relative)
    assert (later.minutes, later.reminder) == (120, True)
    earlier = read_request("set the reminder for the car tax two days earlier", NOW, BERLIN)
    assert isinstance(earlier, Relative)
    assert (earlier.days, earlier.reminder) == (-2, True)
    moved = reminded("move the reminder for bins to 6 tomorrow")
    assert moved.fields.reminder == moment(FRIDAY, 18)
