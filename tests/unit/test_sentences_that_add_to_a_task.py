"""A task said in one sentence and its tag, note or new repeat in the next, a lead before a
dash, a house number that is no time, and short units of a repeat — each rule with sentences
of its own.

The clock is injected: Thursday 26 November 2026, 11:00 in Berlin.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from todo.domain.assistant.intent_message import read_intent
from todo.domain.assistant.intent_references import ByWords
from todo.domain.assistant.intents import Add, Intent, Several, Unknown, Update
from todo.domain.language.quick_add import parse_quick_add
from todo.domain.language.when import find_when

NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)  # Thursday; 11:00 in Berlin
BERLIN = ZoneInfo("Europe/Berlin")


def read(message: str) -> Intent:
    return read_intent(message, now=NOW, tz=BERLIN)


@pytest.mark.parametrize(
    ("message", "title", "tags", "note"),
    [
        (
            "I want add task: study TOPIK chapter 5. tag is study",
            "Study TOPIK chapter 5",
            ("study",),
            None,
        ),
        ("add milk. tags: home and shop", "Milk", ("home", "shop"), None),
        (
            "add call the bank tomorrow. Note: ask about the mortgage",
            "Call the bank",
            (),
            "ask about the mortgage",
        ),
        (
            "new job for the list - pick up hi vis vest from the yard. note: the orange one",
            "Pick up hi vis vest from the yard",
            (),
            "the orange one",
        ),
    ],
)
def test_a_sentence_after_a_new_task_gives_it_its_tag_or_note(
    message: str, title: str, tags: tuple[str, ...], note: str | None
) -> None:
    intent = read(message)
    assert isinstance(intent, Add), intent
    assert (intent.fields.title, intent.fields.tags, intent.fields.description) == (
        title,
        tags,
        note,
    )


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        ("a viewing at 14 Ivy Lane with the Patels, Saturday 11am", 11),
        ("valuation at 3 Birch Road, Monday 2pm", 14),
        ("meet at 3 on friday", 15),
    ],
)
def test_a_house_number_before_a_street_is_no_time(text: str, hour: int) -> None:
    found = find_when(text, now=NOW, tz=BERLIN)
    assert [said.value.hour for said in found if isinstance(said.value, datetime)] == [hour]


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("call top 10 accts every 2 wks", "FREQ=WEEKLY;INTERVAL=2"),
        ("pay the rent every month in the 10th day", "FREQ=MONTHLY;BYMONTHDAY=10"),
    ],
)
def test_short_units_and_a_day_said_in_the_month_repeat(text: str, rule: str) -> None:
    assert parse_quick_add(text, now=NOW, tz=BERLIN).recurrence == rule


@pytest.mark.parametrize(
    ("message", "words", "rule"),
    [
        (
            "Mere's swimming moved to wednesdays, can u change it",
            "Mere's swimming",
            "FREQ=WEEKLY;BYDAY=WE",
        ),
        (
            "choir practice is now Wednesday and Saturday, please adjust",
            "choir practice",
            "FREQ=WEEKLY;BYDAY=WE,SA",
        ),
        (
            "Show reports only go out on weekdays now, change the repeat on that one",
            "Show reports",
            "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
        ),
    ],
)
def test_a_new_repeat_said_and_then_asked_for_changes_that_task(
    message: str, words: str, rule: str
) -> None:
    intent = read(message)
    assert isinstance(intent, Update), intent
    assert (intent.ref, intent.changes.recurrence) == (ByWords(words), rule)


def test_one_day_said_of_a_task_is_no_repeat() -> None:
    intent = read("the dentist is friday, can you change it")
    assert not (isinstance(intent, Update) and intent.changes.recurrence), intent
    assert isinstance(intent, Unknown), intent


@pytest.mark.parametrize(
    ("message", "title", "note", "level"),
    [
        (
            "I need to submit the formulary application by 4 Dec. Can you add that? "
            "Note: Dr Hale has the supporting evidence.",
            "Submit the formulary application",
            "Dr Hale has the supporting evidence",
            None,
        ),
        (
            "I think I need to book the string quartet... could you add that as urgent?",
            "Book the string quartet",
            None,
            "urgent",
        ),
    ],
)
def test_a_task_told_over_several_sentences_is_one_task(
    message: str, title: str, note: str | None, level: str | None
) -> None:
    intent = read(message)
    assert isinstance(intent, Add), intent
    assert (intent.fields.title, intent.fields.description) == (title, note)
    assert (intent.fields.priority.value if intent.fields.priority else None) == level


def test_two_adds_in_two_sentences_are_two_tasks() -> None:
    intent = read("add milk. add eggs")
    assert isinstance(intent, Several), intent
    assert [part.fields.title for part in intent.intents] == ["Milk", "Eggs"]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "message",
    [
        "Weather's looking grim for the approach into Bergen tomorrow",
        "Three ops done this morning, all went smoothly",
    ],
)
def test_what_happened_or_is_happening_adds_nothing(message: str) -> None:
    intent = read(message)
    assert not isinstance(intent, Add), intent


@pytest.mark.parametrize(
    ("message", "title", "due", "tags", "note"),
    [
        (
            "please add: email the retreat waitlist, wednesday 7pm, tag it retreat",
            "Email the retreat waitlist",
            datetime(2026, 12, 2, 19, 0, tzinfo=BERLIN),
            ("retreat",),
            None,
        ),
        (
            "Add a task: full groom for Biscuit, Wednesday 2 Dec at 9:30, note she's matted",
            "Full groom for Biscuit",
            datetime(2026, 12, 2, 9, 30, tzinfo=BERLIN),
            (),
            "she's matted",
        ),
        (
            "I am away from Monday so add: hand over the files to Bilal, Friday 4pm",
            "Hand over the files to Bilal",
            datetime(2026, 11, 27, 16, 0, tzinfo=BERLIN),
            (),
            None,
        ),
        (
            "add a to-do for next friday: submit expenses, tag work, high prio",
            "Submit expenses",
            date(2026, 12, 4),
            ("work",),
            None,
        ),
    ],
)
def test_a_task_told_in_parts_between_commas_is_one_task(
    message: str, title: str, due: date | datetime, tags: tuple[str, ...], note: str | None
) -> None:
    read_as = read(message)
    assert isinstance(read_as, Add)
    fields = read_as.fields
    assert (fields.title, fields.due, fields.tags, fields.description) == (title, due, tags, note)


@pytest.mark.parametrize("message", ["add milk, eggs, tag it shopping", "add: milk, bread"])
def test_things_listed_between_commas_are_not_one_task(message: str) -> None:
    read_as = read(message)
    assert not (isinstance(read_as, Add) and read_as.fields.title == "Milk")


@pytest.mark.parametrize(
    "message",
    ["delete this task: call mum, friday", "done with this task: pay the bill, today"],
)
def test_a_lead_that_asks_a_change_adds_nothing(message: str) -> None:
    assert not isinstance(read(message), Add)
