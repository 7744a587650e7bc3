"""Everyday phrasings of questions about days and of edits: each rule with sentences of its own.

The clock is injected: Thursday 26 November 2026, 11:00 in Berlin.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from todo.domain.assistant.intent_fields import read_fields
from todo.domain.assistant.intent_lists import ListQuery
from todo.domain.assistant.intent_message import read_intent
from todo.domain.assistant.intent_references import ByWords
from todo.domain.assistant.intents import Intent, ListTasks, Update
from todo.domain.priority import Priority

NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)  # Thursday; 11:00 in Berlin
BERLIN = ZoneInfo("Europe/Berlin")


def read(message: str) -> Intent:
    return read_intent(message, now=NOW, tz=BERLIN)


def listed(message: str) -> ListQuery:
    intent = read(message)
    assert isinstance(intent, ListTasks), intent
    return intent.query


def updated(message: str) -> Update:
    intent = read(message)
    assert isinstance(intent, Update), intent
    return intent


def named(update: Update) -> str:
    assert isinstance(update.ref, ByWords), update.ref
    return update.ref.words.lower()


# Questions about days.


@pytest.mark.parametrize(
    ("message", "first", "end"),
    [
        # asked for in so many words
        (
            "Could you send me a summary of what's due on Monday?",
            date(2026, 11, 30),
            date(2026, 12, 1),
        ),
        (
            "Please let me know what is outstanding for the 2nd of December",
            date(2026, 12, 2),
            date(2026, 12, 3),
        ),
        ("give me an overview of the tasks due this month", date(2026, 11, 26), date(2026, 12, 1)),
        # filler words of a question said about a day
        ("how's friday looking", date(2026, 11, 27), date(2026, 11, 28)),
        ("tuesday shaping up like what", date(2026, 12, 1), date(2026, 12, 2)),
        ("am i busy on saturday or nah", date(2026, 11, 28), date(2026, 11, 29)),
        ("any meetings on the 3rd of December?", date(2026, 12, 3), date(2026, 12, 4)),
    ],
)
def test_a_question_about_a_day_said_in_other_words_lists_that_day(
    message: str, first: date, end: date
) -> None:
    query = listed(message)
    assert (query.due_after, query.due_before) == (first, end)


def test_the_week_from_a_day_runs_seven_days_from_it() -> None:
    query = listed("what have I got in the week from the 9th of December")
    assert (query.due_after, query.due_before) == (date(2026, 12, 9), date(2026, 12, 16))


def test_the_week_of_a_day_is_still_its_calendar_week() -> None:
    query = listed("what's on in the week of the 9th of December")
    assert (query.due_after, query.due_before) == (date(2026, 12, 7), date(2026, 12, 14))


@pytest.mark.parametrize(
    ("message", "first", "end"),
    [
        ("anything in the first half of January?", date(2027, 1, 1), date(2027, 1, 16)),
        ("what's on in the second half of next month", date(2026, 12, 16), date(2027, 1, 1)),
        ("what do I have in the latter half of December", date(2026, 12, 16), date(2027, 1, 1)),
    ],
)
def test_half_of_a_month_is_its_first_fifteen_days_or_the_rest(
    message: str, first: date, end: date
) -> None:
    query = listed(message)
    assert (query.due_after, query.due_before) == (first, end)


@pytest.mark.parametrize(
    ("message", "end"),
    [
        ("what must be done by the end of next week?", date(2026, 12, 7)),
        ("anything due before the end of the week", date(2026, 11, 30)),
        ("what needs doing before next week", date(2026, 11, 30)),
        ("what is due until the end of next month", date(2027, 1, 1)),
    ],
)
def test_up_to_the_end_of_a_week_or_month_takes_everything_open_before_it(
    message: str, end: date
) -> None:
    query = listed(message)
    assert query.status == "pending"
    assert query.due_after is None
    assert query.due_before == end


# Lists.


@pytest.mark.parametrize(
    "message",
    ["can I take a quick look at my tasks", "let me have a peek at the whole list", "due today?"],
)
def test_a_look_asked_for_or_a_bare_due_question_is_a_list(message: str) -> None:
    assert isinstance(read(message), ListTasks)


@pytest.mark.parametrize(
    ("message", "words"),
    [
        ("is there something in my tasks about the plumber?", "plumber"),
        ("anything on the list to do with insurance", "insurance"),
        ("search for tasks with invoice in the title", "invoice"),
        ("find everything with boiler in it", "boiler"),
    ],
)
def test_a_search_keeps_the_words_looked_for_and_drops_where(message: str, words: str) -> None:
    assert listed(message).search == words


def test_a_tag_misspelt_with_one_g_is_still_a_tag() -> None:
    assert listed("show me everything taged garden").tag == "garden"


@pytest.mark.parametrize(
    "message", ["what did I get done today", "which tasks have I completed this week so far"]
)
def test_what_was_done_in_a_time_is_not_filtered_by_due_date(message: str) -> None:
    query = listed(message)
    assert query.status == "completed"
    assert query.due is None


# Priority edits.


@pytest.mark.parametrize(
    ("message", "task", "level"),
    [
        (
            "the quarterly report is more pressing than I thought, bump it up to urgent",
            "quarterly report",
            Priority.URGENT,
        ),
        ("water the plants is not a big deal make it low", "water plants", Priority.LOW),
        ("send the invoice, make it top priority", "send invoice", Priority.URGENT),
        ("no real rush on the garage clear-out, drop it to low", "garage clear", Priority.LOW),
        ("There's no hurry with the photo album", "photo album", Priority.LOW),
        ("pack lunch high", "pack lunch", Priority.HIGH),
        ("renew visa urgent", "renew visa", Priority.URGENT),
    ],
)
def test_a_priority_said_after_the_task_is_set_on_it(
    message: str, task: str, level: Priority
) -> None:
    update = updated(message)
    assert named(update).startswith(task)
    assert update.changes.priority is level


def test_a_level_and_a_day_after_the_task_both_change_it() -> None:
    update = updated("tax return set it high and push it to monday")
    assert named(update) == "tax return"
    assert update.changes.priority is Priority.HIGH
    assert update.changes.due == date(2026, 11, 30)


def test_a_statement_about_the_task_does_not_name_it() -> None:
    intent = read("the MOT can wait, knock it down to low")
    assert not (isinstance(intent, Update) and named(intent) != "mot")


def test_a_closing_mind_after_a_priority_leaves_the_title_alone() -> None:
    fields = read_fields("call the vet by friday, top priority mind", now=NOW, tz=BERLIN)
    assert fields.title == "Call the vet"
    assert fields.priority is Priority.URGENT


def test_mind_in_a_title_stays() -> None:
    fields = read_fields("read a book on the mind tomorrow", now=NOW, tz=BERLIN)
    assert fields.title is not None
    assert "mind" in fields.title


# Due dates and repeats changed.


@pytest.mark.parametrize(
    ("message", "task", "rule"),
    [
        (
            "the bin collection is every week, change it to every other week",
            "bin collection",
            "FREQ=WEEKLY;INTERVAL=2",
        ),
        (
            "choir practice isn't on mondays any more, it's on tuesdays now",
            "choir practice",
            "FREQ=WEEKLY;BYDAY=TU",
        ),
        ("Pilates is now on Fridays instead of Wednesdays", "pilates", "FREQ=WEEKLY;BYDAY=FR"),
        ("run weekends only", "run", "FREQ=WEEKLY;BYDAY=SA,SU"),
        (
            "the boiler check comes round every year, set it to repeat",
            "boiler check",
            "FREQ=YEARLY",
        ),
        ("switch the team report to weekly instead of monthly", "team report", "FREQ=WEEKLY"),
        ("change the rent payment to monthly", "rent payment", "FREQ=MONTHLY"),
    ],
)
def test_a_repeat_said_in_words_replaces_the_old_one(message: str, task: str, rule: str) -> None:
    update = updated(message)
    assert named(update) == task
    assert update.changes.recurrence is not None
    assert update.changes.recurrence.startswith(rule)


def test_a_changed_title_is_never_read_as_a_repeat() -> None:
    update = updated("change the title to weekly review")
    assert update.changes.recurrence is None
    assert update.changes.title == "Weekly review"


def test_a_day_said_after_a_statement_moves_the_task() -> None:
    update = updated("the haircut is on friday, move it to monday")
    assert named(update) == "haircut"
    assert update.changes.due == date(2026, 11, 30)
