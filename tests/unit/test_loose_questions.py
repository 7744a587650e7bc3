"""Requests read by their shape, whatever words of a voice stand around them: a question naming
one window of days, a reminder some time before a task, a task named before a comma and then
changed, a level said of a task as it is now, a done said with an irregular participle.

The clock is injected: Thursday 26 November 2026, 11:00 in Berlin.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from todo.domain.assistant.intent_message import read_intent
from todo.domain.assistant.intent_questions import loose_question
from todo.domain.assistant.intent_references import ByWords
from todo.domain.assistant.intents import (
    Add,
    Intent,
    ListTasks,
    Relative,
    RemindBefore,
    Unknown,
    Update,
)
from todo.domain.priority import Priority

NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)  # Thursday; 11:00 in Berlin
BERLIN = ZoneInfo("Europe/Berlin")


def read(message: str) -> Intent:
    return read_intent(message, now=NOW, tz=BERLIN)


@pytest.mark.parametrize(
    ("text", "question", "plainly"),
    [
        ("owt for today pal", True, "what's due today"),
        ("diary for tomorrow", True, "what's due tomorrow"),
        ("today what I have to do", True, "what's due today"),
        ("next week schedule please tell me", False, "what's due next week"),
        ("what have i got saturday hun", False, "what's due saturday"),
        ("Ugh what am I behind on", True, "what's overdue"),
        ("what I didn't finish yet", True, "what's pending"),
        ("Please show me all what I have", False, "show all my tasks"),
    ],
)
def test_a_loose_question_is_said_plainly(text: str, question: bool, plainly: str) -> None:
    assert loose_question(text, question=question) == plainly


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("call mom tomorrow", True),  # a task's verb: asked about, never listed
        ("would you mind nudging me about the boiler on monday", True),
        ("move it to friday", True),
        ("lovely weather today", False),  # no question, no word that asks
        ("what about saturday or sunday or monday", True),  # more windows than one
    ],
)
def test_a_message_that_asks_a_change_or_nothing_is_no_loose_question(
    text: str, question: bool
) -> None:
    assert loose_question(text, question=question) is None


@pytest.mark.parametrize(
    ("message", "after"),
    [
        ("owt for today pal?", None),
        ("diary for tomorrow?", date(2026, 11, 27)),
        ("Run me through next week please", date(2026, 11, 30)),
        ("and monday's list?", date(2026, 11, 30)),
    ],
)
def test_a_loose_question_lists_its_days(message: str, after: date | None) -> None:
    intent = read(message)
    assert isinstance(intent, ListTasks), intent
    assert intent.query.due_after == after


def test_a_question_that_names_no_days_and_asks_nothing_is_not_understood() -> None:
    assert isinstance(read("why is the sky blue?"), Unknown)


@pytest.mark.parametrize(
    ("message", "words", "minutes"),
    [
        ("remind me 1hr before marco's consult", "marco's consult", 60),
        ("ping me half an hour before the match fees thing", "match fees", 30),
        ("Please remind me an hour beforehand about checking hive 3.", "checking hive 3", 60),
        ("please alarm me 10 minutes before mom call", "mom call", 10),
    ],
)
def test_a_reminder_some_time_before_a_task_is_set_on_that_task(
    message: str, words: str, minutes: int
) -> None:
    intent = read(message)
    assert isinstance(intent, RemindBefore), intent
    assert (intent.ref, intent.minutes) == (ByWords(words), minutes)


@pytest.mark.parametrize(
    ("message", "words", "due"),
    [
        ("visa documents, please change date to 2 December", "visa documents", date(2026, 12, 2)),
    ],
)
def test_a_date_changed_after_a_task_named_before_a_comma_is_its_date(
    message: str, words: str, due: date
) -> None:
    intent = read(message)
    assert isinstance(intent, Update), intent
    assert (intent.ref, intent.changes.due) == (ByWords(words), due)


@pytest.mark.parametrize(
    ("message", "words", "days"),
    [
        ("pitch booking can come forward a day", "pitch booking", -1),
        ("the report can go back two days", "report", 2),
    ],
)
def test_a_task_that_can_come_or_go_by_days_moves(message: str, words: str, days: int) -> None:
    intent = read(message)
    assert isinstance(intent, Relative), intent
    assert (intent.ref, intent.days) == (ByWords(words), days)


@pytest.mark.parametrize(
    ("message", "words", "level"),
    [
        ("corner flags are proper urgent now, ref moaned", "corner flags", Priority.URGENT),
        ("the report is getting important", "report", Priority.HIGH),
        ("The pads are getting urgent now, can you bump them up", "pads", Priority.URGENT),
    ],
)
def test_a_level_said_of_a_task_as_it_is_now_is_its_priority(
    message: str, words: str, level: Priority
) -> None:
    intent = read(message)
    assert isinstance(intent, Update), intent
    assert (intent.ref, intent.changes.priority) == (ByWords(words), level)


def test_a_level_said_in_a_new_task_is_that_task_s_priority() -> None:
    intent = read("i want add task for buy present to my sister, it is very important")
    assert isinstance(intent, Add), intent
    assert intent.fields.priority == Priority.HIGH


def test_their_priority_raised_is_the_priority_of_the_task_named_before() -> None:
    intent = read("The mouse guards have become rather pressing — raise their priority, please.")
    assert isinstance(intent, Relative), intent
    assert (intent.ref, intent.levels) == (ByWords("mouse guards"), 1)


def test_untag_takes_the_tag_off() -> None:
    intent = read("untag followup from the police press office chase")
    assert isinstance(intent, Update), intent
    assert intent.remove_tags == ("followup",)


@pytest.mark.parametrize(
    ("message", "names"),
    [
        ("Please make the VIP bus tickets Sunday instead of Saturday", "the VIP bus tickets"),
        ("make the bed tomorrow", None),  # one word names no task to move: a new task
        ("set the table at 7pm", None),
    ],
)
def test_make_a_named_thing_a_day_names_the_task_it_may_move(
    message: str, names: str | None
) -> None:
    intent = read(message)
    assert isinstance(intent, Add), intent
    assert intent.names == names


@pytest.mark.parametrize(
    ("message", "first", "last"),
    [
        ("wha going on between now and Tuesday?", date(2026, 11, 26), date(2026, 12, 1)),
        ("whats on between mon and wed", date(2026, 11, 30), date(2026, 12, 2)),
        (
            "What's due between Christmas Eve and New Year's Day?",
            date(2026, 12, 24),
            date(2027, 1, 1),
        ),
        ("what have i got between christmas and new year", date(2026, 12, 25), date(2027, 1, 1)),
    ],
)
def test_a_span_of_days_asked_loosely_lists_those_days(
    message: str, first: date, last: date
) -> None:
    read_as = read(message)
    assert isinstance(read_as, ListTasks)
    assert (read_as.query.due_after, read_as.query.due_before) == (first, last + timedelta(days=1))


def test_a_list_asked_for_with_one_day_named_is_that_days() -> None:
    read_as = read("Is there anything I must hand in on Friday?")
    assert isinstance(read_as, ListTasks)
    assert read_as.query.due_after == date(2026, 11, 27)


@pytest.mark.parametrize("message", ["What did I finish?", "show all my tasks", "what's pending"])
def test_a_list_that_names_no_day_stays_as_asked(message: str) -> None:
    read_as = read(message)
    assert isinstance(read_as, ListTasks)
    assert read_as.query.due_after is None


@pytest.mark.parametrize(
    ("message", "words", "rule"),
    [
        (
            "the shampoo order used to be monthly but make it every 2 weeks now",
            "shampoo order",
            "FREQ=WEEKLY;INTERVAL=2",
        ),
        (
            "change pan practice from every Tuesday to Tuesday and Thursday",
            "pan practice",
            "FREQ=WEEKLY;BYDAY=TU,TH",
        ),
        (
            "Call Auntie Esi, let it repeat every Sunday please, she complains when I forget",
            "Call Auntie Esi",
            "FREQ=WEEKLY;BYDAY=SU",
        ),
    ],
)
def test_the_new_repeat_is_the_one_said_last(message: str, words: str, rule: str) -> None:
    read_as = read(message)
    assert isinstance(read_as, Update)
    assert (read_as.ref, read_as.changes.recurrence) == (ByWords(words), rule)


def test_a_task_said_by_its_words_first_stops_repeating() -> None:
    read_as = read("ring mr doyle, stop it repeating, hes sold the golf")
    assert isinstance(read_as, Update)
    assert (read_as.ref, read_as.changes.clear) == (ByWords("ring mr doyle"), ("recurrence",))


@pytest.mark.parametrize(
    "message", ["it used to be fun, but now I hate the gym", "ok, make it urgent"]
)
def test_words_before_that_name_no_task_leave_it_to_the_conversation(message: str) -> None:
    read_as = read(message)
    assert not (isinstance(read_as, Update) and isinstance(read_as.ref, ByWords))


def test_a_span_that_starts_on_todays_weekday_starts_today() -> None:
    monday = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)
    read_as = read_intent("whats on between mon and wed", now=monday, tz=BERLIN)
    assert isinstance(read_as, ListTasks)
    assert (read_as.query.due_after, read_as.query.due_before) == (
        date(2026, 12, 7),
        date(2026, 12, 10),
    )
