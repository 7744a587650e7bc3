"""Words of new voices and repeats said as spans: particles that end a clause (``la``, a kiss
``x``), a reader named first (``hun``), ``help me add``, ``put there that I should``, ``a task
of buying``, how one feels said beside ``today``, ``every end of month`` and ``Tuesday to
Saturday``, a level said as ``can drop down a level`` or of ``them``, a task named before a
comma and then changed as ``it``, ``-> p3`` — each rule with sentences of its own.

The clock is injected: Thursday 26 November 2026, 11:00 in Berlin.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from todo.domain.assistant.intent_clauses import clauses
from todo.domain.assistant.intent_message import read_intent
from todo.domain.assistant.intent_references import ByContext, ByWords
from todo.domain.assistant.intents import (
    Act,
    Add,
    Intent,
    JustWhen,
    MoreOfTheSame,
    Relative,
    SmallTalk,
    Unknown,
    Update,
)
from todo.domain.assistant.speech import cleaned
from todo.domain.language.quick_add import parse_quick_add
from todo.domain.priority import Priority

NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)  # Thursday; 11:00 in Berlin
BERLIN = ZoneInfo("Europe/Berlin")


def read(message: str) -> Intent:
    return read_intent(message, now=NOW, tz=BERLIN)


@pytest.mark.parametrize(
    ("message", "said"),
    [
        ("book the table on Sunday la, very urgent", "book the table on Sunday , very urgent"),
        ("buy egg tarts ar, sat 10am", "buy egg tarts , sat 10am"),
        ("ring Mrs Patel tomorrow x", "ring Mrs Patel tomorrow"),
        ("2nd one done xx", "2nd one done"),
        ("hun can you add milk", "can you add milk"),
    ],
)
def test_a_particle_or_a_kiss_that_ends_a_clause_is_not_a_word_of_it(
    message: str, said: str
) -> None:
    assert cleaned(message) == said


@pytest.mark.parametrize(
    "message",
    [
        "rename it to x",
        "buy La Roche cream",
        "add the plan x",
        "sign the po",
        "book a flight to LA",
    ],
)
def test_a_thing_named_like_a_particle_keeps_its_name(message: str) -> None:
    assert cleaned(message) == message


@pytest.mark.parametrize(
    ("message", "title"),
    [
        (
            "Please help me add a task to pay the fundi for the roof tomorrow",
            "Pay the fundi for the roof",
        ),
        ("could you help me jot down buy egg tarts, sat 10am", "Buy egg tarts"),
        (
            "Kindly put there that I should take the car for service on Saturday",
            "Take the car for service",
        ),
        ("write down that we need to order more cups", "Order more cups"),
        ("Put a task of buying gas cylinder", "Buy gas cylinder"),
    ],
)
def test_words_that_ask_for_help_with_a_task_are_not_its_title(message: str, title: str) -> None:
    intent = read(message)
    assert isinstance(intent, Add), intent
    assert intent.fields.title == title


def test_a_priority_said_with_very_is_the_priority_and_leaves_the_title() -> None:
    intent = read("Need to book dim sum table for 8 ppl on Sunday la, very urgent")
    assert isinstance(intent, Add), intent
    assert (intent.fields.title, intent.fields.priority) == (
        "Book dim sum table for 8 ppl",
        Priority.URGENT,
    )


@pytest.mark.parametrize(
    "message",
    [
        "haiya so tired today, work work work",
        "new PB on deadlift today, 180kg",
        "God bless, and thank you for all your help today.",
        "really stressed today",
    ],
)
def test_how_one_feels_or_thanks_said_with_today_adds_nothing(message: str) -> None:
    intent = read(message)
    assert isinstance(intent, Unknown | SmallTalk), intent


def test_a_task_said_with_today_is_still_added() -> None:
    intent = read("call the plumber today")
    assert isinstance(intent, Add), intent


def test_a_thing_said_done_is_still_read_beside_a_feeling() -> None:
    intent = read("the kitchen is painted")
    assert isinstance(intent, Act), intent
    assert intent.verb == "complete"


@pytest.mark.parametrize(
    ("message", "title", "same_when"),
    [
        ("and new towels too", "New towels", False),
        ("And email the venue manager too, same day", "Email the venue manager", True),
        ("and one for Tom too", "One for Tom", False),
    ],
)
def test_one_more_of_the_same_is_read_with_what_it_keeps(
    message: str, title: str, same_when: bool
) -> None:
    intent = read(message)
    assert isinstance(intent, MoreOfTheSame), intent
    assert (intent.fields.title, intent.same_when) == (title, same_when)


def test_a_level_in_todoist_numbers_said_on_that_sets_its_priority() -> None:
    intent = read("also p2 on that")
    assert isinstance(intent, Update), intent
    assert intent.changes.priority == Priority.HIGH


def test_a_time_said_as_it_is_not_another_is_the_time_kept() -> None:
    intent = read("Sorry, it is 5pm not 4")
    assert isinstance(intent, JustWhen), intent
    assert (intent.when.hour, intent.time_only) == (17, True)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "title", "rule"),
    [
        (
            "pay the house help every end of month",
            "pay the house help",
            "FREQ=MONTHLY;BYMONTHDAY=-1",
        ),
        ("pay rent every end of the month", "pay rent", "FREQ=MONTHLY;BYMONTHDAY=-1"),
        ("fight call Tuesday to Saturday at 7pm", "fight call", "FREQ=WEEKLY;BYDAY=TU,WE,TH,FR,SA"),
        ("standup every monday to friday", "standup", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"),
        ("night shifts friday to monday at 6pm", "night shifts", "FREQ=WEEKLY;BYDAY=MO,FR,SA,SU"),
    ],
)
def test_a_month_end_or_a_span_of_weekdays_repeats(text: str, title: str, rule: str) -> None:
    parsed = parse_quick_add(text, now=NOW, tz=BERLIN)
    assert (parsed.title, parsed.recurrence) == (title, rule)


@pytest.mark.parametrize(
    "text",
    ["conference monday to wednesday", "move the dentist from monday to wednesday at 9"],
)
def test_a_span_of_days_with_no_time_or_said_from_does_not_repeat(text: str) -> None:
    assert parse_quick_add(text, now=NOW, tz=BERLIN).recurrence is None


def test_the_end_of_the_month_said_once_is_a_date_not_a_repeat() -> None:
    intent = read("add the report by the end of the month")
    assert isinstance(intent, Add), intent
    assert (intent.fields.recurrence, str(intent.fields.due)) == (None, "2026-11-30")


def test_days_joined_by_and_stay_in_one_clause() -> None:
    assert clauses("make it tuesdays and thursdays") == ["make it tuesdays and thursdays"]
    assert clauses("add milk and call mom") == ["add milk", "call mom"]


def test_a_repeat_of_two_days_after_a_task_named_first_is_both_days() -> None:
    intent = read("the instagram post doesn't need to be daily, make it tuesdays and thursdays")
    assert isinstance(intent, Update), intent
    assert intent.changes.recurrence == "FREQ=WEEKLY;BYDAY=TU,TH"


@pytest.mark.parametrize(
    ("message", "words", "levels"),
    [
        ("The open day slides can drop down a level, the date has moved.", "open day slides", -1),
        ("the slides can go down a level", "slides", -1),
        ("the report can go up a level", "report", 1),
    ],
)
def test_a_level_said_of_a_task_or_of_them_after_it_moves_that_task(
    message: str, words: str, levels: int
) -> None:
    intent = read(message)
    assert isinstance(intent, Relative), intent
    assert isinstance(intent.ref, ByWords), intent.ref
    assert (intent.ref.words.casefold(), intent.levels) == (words, levels)


def test_them_alone_is_never_a_guess() -> None:
    intent = read("delete them")
    assert isinstance(intent, Act), intent
    assert intent.ref == ByWords("them")  # no task is named "them": asked, nothing deleted


@pytest.mark.parametrize(
    ("message", "words"),
    [
        ("elm road parcel, bring it forward a day", "elm road parcel"),
        ("the tyre check, push it back a week", "the tyre check"),
    ],
)
def test_a_task_named_before_a_comma_is_the_it_of_the_change_after_it(
    message: str, words: str
) -> None:
    intent = read(message)
    assert isinstance(intent, Relative), intent
    assert isinstance(intent.ref, ByWords), intent.ref
    assert intent.ref.words.casefold() == words.removeprefix("the ")


@pytest.mark.parametrize("message", ["yes, make it friday", "ugh, push it to monday"])
def test_a_word_before_a_comma_that_names_no_task_leaves_it_to_the_conversation(
    message: str,
) -> None:
    intent = read(message)
    assert isinstance(intent, Update), intent
    assert isinstance(intent.ref, ByContext), intent.ref


def test_a_todoist_level_after_an_arrow_is_the_priority() -> None:
    intent = read("KB article -> p3, it's not blocking anyone")
    assert isinstance(intent, Update), intent
    assert intent.changes.priority == Priority.MEDIUM
    assert intent.changes.title is None


@pytest.mark.parametrize(
    ("message", "words"),
    [
        ("delete the dentist reminder", "dentist"),
        ("scrap the autoclave reminder, dude", "autoclave"),
        ("remove the dentist's reminder", "dentist"),
        ("kill the gym alarm", "gym"),
    ],
)
def test_a_reminder_said_after_its_task_is_taken_off_and_the_task_stays(
    message: str, words: str
) -> None:
    intent = read(message)
    assert isinstance(intent, Update), intent
    assert intent.changes.clear == ("reminder",)
    assert intent.ref == ByWords(words)
