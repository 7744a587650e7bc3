"""What a change the learned reader found sets, read from the message."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from todo.domain.assistant.reading_fields import (
    days_moved,
    done_by_own_verb,
    fields_for,
    level_set,
)
from todo.domain.priority import Priority

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 26, 10, 0, tzinfo=BERLIN)  # a Thursday


def test_a_new_day_is_read_from_the_message() -> None:
    fields = fields_for("due", "TDS return has to be shifted to 7th December", now=NOW, tz=BERLIN)
    assert fields is not None
    assert fields.due == date(2026, 12, 7)


def test_a_change_the_message_says_nothing_of_is_none() -> None:
    assert fields_for("due", "the dentist is earlier than I said", now=NOW, tz=BERLIN) is None
    assert fields_for("repeat", "make the yoga repeat", now=NOW, tz=BERLIN) is None
    assert fields_for("describe", "the dentist task", now=NOW, tz=BERLIN) is None
    assert fields_for("rename", "the dentist task is wrong", now=NOW, tz=BERLIN) is None


def test_clearing_names_the_field() -> None:
    fields = fields_for("unremind", "rotate api keys: reminder off", now=NOW, tz=BERLIN)
    assert fields is not None
    assert fields.clear == ("reminder",)


@pytest.mark.parametrize(
    ("message", "level"),
    [
        (
            "so the quarterly report... maybe not urgent after all, let's say medium",
            Priority.MEDIUM,
        ),
        ("clean my room needs to be top prio now", Priority.URGENT),
        ("remove the priority from the ink, it's not important", Priority.NONE),
    ],
)
def test_the_last_level_said_is_the_one_meant(message: str, level: Priority) -> None:
    fields = fields_for("priority", message, now=NOW, tz=BERLIN)
    assert fields is not None
    assert fields.priority == level


@pytest.mark.parametrize(
    ("message", "note"),
    [
        ("pick up emma add note gate code 4471", "gate code 4471"),
        ("deploy v2.3 desc: needs the db migration first", "needs the db migration first"),
        (
            "for the party, jot down in the details that Tom is allergic to nuts? I'll forget",
            "Tom is allergic to nuts",
        ),
        (
            "Add to the description of the hiring plan: need sign-off from HR",
            "need sign-off from HR",
        ),
    ],
)
def test_a_note_is_what_follows_its_word(message: str, note: str) -> None:
    fields = fields_for("describe", message, now=NOW, tz=BERLIN)
    assert fields is not None
    assert fields.description == note


@pytest.mark.parametrize(
    ("message", "title"),
    [
        ("rename 'fix bug' -> 'fix timezone bug in reminders'", "Fix timezone bug in reminders"),
        ("the task call the electrician must be call the plumber", "Call the plumber"),
        ("fix the typo in byu milk, should be buy milk", "Buy milk"),
    ],
)
def test_a_new_name_is_the_last_quotation_or_what_follows_should_be(
    message: str, title: str
) -> None:
    fields = fields_for("rename", message, now=NOW, tz=BERLIN)
    assert fields is not None
    assert fields.title == title


@pytest.mark.parametrize(
    ("message", "days"),
    [
        ("GST return: prepone by 2 days please", -2),
        ("deploy v2.3: push +2d", 2),
        ("the recital is one week earlier", -7),
        ("push the dentist 3 days", 3),
        ("move the dentist to friday", None),
    ],
)
def test_days_moved_are_read_with_their_direction(message: str, days: int | None) -> None:
    assert days_moved(message) == days


@pytest.mark.parametrize(
    ("message", "level"),
    [
        ("bump the invoice up to urgent", Priority.URGENT),
        ("Board dinner: priority urgent", Priority.URGENT),
        ("make the essay high prio", Priority.HIGH),
        ("make the slides less urgent", None),
        ("bump it up a level", None),
    ],
)
def test_a_level_set_by_name_is_told_from_a_step(message: str, level: Priority | None) -> None:
    assert level_set(message) == level


def test_a_level_said_negated_is_not_the_one_meant() -> None:
    fields = fields_for("priority", "it isn't urgent anymore, make it low", now=NOW, tz=BERLIN)
    assert fields is not None
    assert fields.priority == Priority.LOW
    assert fields_for("priority", "it isn't urgent anymore", now=NOW, tz=BERLIN) is None


def test_an_amount_is_a_number_or_a_word_of_its_own() -> None:
    assert days_moved("dentist moved, bad news") is None  # not "a d" in "bad"
    assert days_moved("1234 days") is None
    assert days_moved("push it back 2 days") == 2  # back is later


def test_a_rename_takes_the_last_marker_as_a_whole_word() -> None:
    fields = fields_for("rename", "reading list should be Book club list", now=NOW, tz=BERLIN)
    assert fields is not None
    assert fields.title == "Book club list"


@pytest.mark.parametrize(
    ("message", "title"),
    [
        ("Henderson wedding is culled: 3,412 down to 640", "Cull the Henderson wedding"),
        ("SD cards backed up to the NAS and the cloud", "Back up the SD cards"),
        ("Mealworms are ordered, 5kg arriving on Tuesday", "Order mealworms"),
        ("the shelves got tidied at last", "Tidy the shelves"),
        ("ah pay de T&TEC bill already", "Pay the T&TEC bill"),
        ("de barrel collect from the wharf yesterday", "Collect the barrel from the wharf"),
        ("I've proofread the Bosch manual", "Proofread the Bosch manual"),
        ("koi stencil redrawn, looks sick", "Redraw the koi stencil"),
        ("tacho got calibrated at the garage", "Get the tacho calibrated"),
    ],
)
def test_a_tasks_own_verb_in_the_past_says_it_is_done(message: str, title: str) -> None:
    assert done_by_own_verb(message, title)


@pytest.mark.parametrize(
    ("message", "title"),
    [
        ("order mealworms, we ordered too few last week", "Order mealworms"),
        ("the penguin pool was cleaned in May, needs doing again", "Clean the penguin pool"),
        ("please pay the bill, it was due yesterday", "Pay the bill"),
        ("The BTO appointment shift to next Friday already", "BTO appointment"),
        ("Stop repeating the buy 4D one lah, I quit already", "Buy 4D"),
        ("moved the car to friday", "Move the car"),
        ("the mealworms arrive on tuesday", "Order mealworms"),
    ],
)
def test_a_verb_asked_for_or_about_a_change_says_nothing_is_done(message: str, title: str) -> None:
    assert not done_by_own_verb(message, title)
