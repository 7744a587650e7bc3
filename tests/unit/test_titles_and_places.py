"""Titles without the talk around them, places in a list said as facts, reasons after a comma,
and a repeat said twice in one message — each rule with sentences of its own.

The clock is injected: Thursday 26 November 2026, 11:00 in Berlin.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from todo.domain.assistant.intent_message import read_intent
from todo.domain.assistant.intent_references import ByContext, ByPosition, ByWords
from todo.domain.assistant.intent_titles import unwrapped_title
from todo.domain.assistant.intents import Act, Add, Intent, RemindAbout, Several, Update
from todo.domain.language.quick_add import parse_quick_add
from todo.domain.priority import Priority

NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)  # Thursday; 11:00 in Berlin
BERLIN = ZoneInfo("Europe/Berlin")


def read(message: str) -> Intent:
    return read_intent(message, now=NOW, tz=BERLIN)


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        ("Back up the translation memories, I think", "Back up the translation memories"),
        (
            "Feed the bees fondant through winter, if you would",
            "Feed the bees fondant through winter",
        ),
        ("English speaking practice, please make repeat", "English speaking practice"),
        ("Call my mom in Busan, please register", "Call my mom in Busan"),
        ("Get the ute's warrant done, sweet as", "Get the ute's warrant done"),
        ("Submit visa extension paper ^^", "Submit visa extension paper"),
        ("I have to call my mom in Busan", "Call my mom in Busan"),
        # a comma inside a title stays when what follows it is the title's own
        ("Buy eggs, milk and bread", "Buy eggs, milk and bread"),
        ("Write to Mr Please", "Write to Mr Please"),
    ],
)
def test_talk_at_the_end_or_a_need_first_is_not_part_of_a_title(title: str, kept: str) -> None:
    assert unwrapped_title(title) == kept


def test_nothing_pressing_is_a_low_priority() -> None:
    intent = read("I must order a new smoker before the spring; nothing pressing.")
    assert isinstance(intent, Add), intent
    assert intent.fields.priority == Priority.LOW
    assert intent.fields.title == "Order a new smoker before the spring"


def test_a_task_asked_for_me_after_make_is_added() -> None:
    intent = read("please make for me task, submit visa extension paper until next friday ^^")
    assert isinstance(intent, Add), intent
    assert intent.fields.title == "Submit visa extension paper"


@pytest.mark.parametrize(
    ("message", "places"),
    [
        ("The first and the third are both done.", (1, 3)),
        ("first and last done", (1, -1)),
    ],
)
def test_places_said_done_complete_those_places(message: str, places: tuple[int, ...]) -> None:
    intent = read(message)
    assert isinstance(intent, Several), intent
    assert tuple(part.ref for part in intent.intents) == tuple(ByPosition(at) for at in places)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("message", "ref"),
    [
        ("I have done it", ByContext()),
        ("The last one, I have done it", ByPosition(-1)),
        ("number 3 is done n dusted", ByPosition(3, or_id=True)),
    ],
)
def test_done_said_of_it_or_of_a_place_completes_it(message: str, ref: object) -> None:
    intent = read(message)
    assert isinstance(intent, Act), intent
    assert (intent.verb, intent.ref) == ("complete", ref)


@pytest.mark.parametrize(
    ("message", "ref"),
    [
        ("get rid of the top one, someone else booked it", ByPosition(1)),
        ("delete the match fees one, treasurer's doing it now", ByWords("match fees")),
    ],
)
def test_a_reason_after_a_comma_is_not_the_task_s_name(message: str, ref: object) -> None:
    intent = read(message)
    assert isinstance(intent, Act), intent
    assert (intent.verb, intent.ref) == ("delete", ref)


def test_a_place_named_before_a_dash_is_the_task_a_change_is_for() -> None:
    intent = read("second one - push to monday")
    assert isinstance(intent, Update), intent
    assert intent.ref == ByPosition(2)
    assert str(intent.changes.due) == "2026-11-30"


@pytest.mark.parametrize(
    ("text", "title", "rule"),
    [
        (
            "Weekly vendor update calls every Wednesday at 9am",
            "vendor update calls",
            "FREQ=WEEKLY;BYDAY=WE",
        ),
        ("daily standup every weekday at 9", "standup", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"),
        ("water plants daily", "water plants", "FREQ=DAILY"),
    ],
)
def test_a_frequency_said_again_with_its_days_is_one_repeat(
    text: str, title: str, rule: str
) -> None:
    parsed = parse_quick_add(text, now=NOW, tz=BERLIN)
    assert (parsed.title, parsed.recurrence) == (title, rule)


@pytest.mark.parametrize(
    ("message", "title"),
    [
        ("put wash the cab every sunday morning", "Wash the cab"),
        ("every night at 10 pm, add plug in the block heater", "Plug in the block heater"),
        ("add ramp service every six months from jan 1st", "Ramp service"),
        ("put the bins out every tuesday", "Put the bins out"),
    ],
)
def test_the_words_that_put_a_task_on_the_list_leave_its_title(message: str, title: str) -> None:
    read_as = read(message)
    assert isinstance(read_as, Add | RemindAbout)
    assert read_as.fields.title == title


@pytest.mark.parametrize(
    ("title", "message", "kept"),
    [
        ("Add plug in the heater", "every night, add plug in the heater", "Plug in the heater"),
        ("Add bob on linkedin", "please remind me to add bob on linkedin", "Add bob on linkedin"),
        ("Add up the receipts", "every friday, add up the receipts", "Add up the receipts"),
    ],
)
def test_add_first_in_a_title_is_the_requests_word_only_when_nothing_asks_for_it(
    title: str, message: str, kept: str
) -> None:
    assert unwrapped_title(title, message) == kept


@pytest.mark.parametrize(
    ("message", "title"),
    [
        ("add write the beginning", "Write the beginning"),
        ("add find out where the leak is coming from", "Find out where the leak is coming from"),
        ("add put clean sheets on the bed", "Put clean sheets on the bed"),
        ("tomorrow at 9: add grandma to the family chat", "Add grandma to the family chat"),
    ],
)
def test_a_titles_own_first_and_last_words_stay(message: str, title: str) -> None:
    read_as = read(message)
    assert isinstance(read_as, Add)
    assert read_as.fields.title == title


@pytest.mark.parametrize(
    ("message", "title"),
    [
        ("put in water the christmas cactus every 10 days", "Water the christmas cactus"),
        ("can you put in get the car valeted on saturday", "Get the car valeted"),
        ("put doon 'get the flu jab booked' for next tuesday", "Get the flu jab booked"),
        ("jot doon for monday: phone the council", "Phone the council"),
        ("giz a task to sort the car insurance before mon", "Sort the car insurance"),
        ("stick on me list put the bins out every tuesday night", "Put the bins out"),
    ],
)
def test_a_wrapper_in_a_voices_words_leaves_the_title(message: str, title: str) -> None:
    read_as = read(message)
    assert isinstance(read_as, Add)
    assert read_as.fields.title == title
