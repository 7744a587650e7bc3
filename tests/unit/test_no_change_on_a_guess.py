"""Messages that look like the new shapes the reader knows but ask for no change: each is read
as nothing that deletes, completes or changes a task, and words of a title stay in it.

The clock is injected: Thursday 26 November 2026, 11:00 in Berlin.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from todo.domain.assistant.intent_message import read_intent
from todo.domain.assistant.intent_references import ByContext, ByPosition, ByWords
from todo.domain.assistant.intents import (
    Act,
    Add,
    Intent,
    JustRepeat,
    JustWhen,
    ListTasks,
    Relative,
    RemindAbout,
    RemindBefore,
    Undo,
    Update,
)
from todo.domain.assistant.speech import cleaned
from todo.domain.language.when import find_when

NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)  # Thursday; 11:00 in Berlin
BERLIN = ZoneInfo("Europe/Berlin")


def read(message: str) -> Intent:
    return read_intent(message, now=NOW, tz=BERLIN)


@pytest.mark.parametrize(
    "message",
    [
        "look, drop it",
        "the kids, drop it",
        "whatever, drop it",
        "my mum is urgent",
        "family is important",
        "health is really important",
        "prices could go up",
        "the temperature can go up",
        "the gym is closed on mondays and fridays, can you update it",
        "I work mondays and fridays now, can you sort it",
        "the dentist is friday, can you change it",
    ],
)
def test_a_statement_shaped_like_a_change_changes_nothing(message: str) -> None:
    intent = read(message)
    assert not isinstance(intent, Act | Update | Relative), intent


@pytest.mark.parametrize(
    "message",
    [
        "add solve for x",
        "add find x",
        "add post the photos on x",
        "add watch malcolm x",
        "add book flights to la",
        "add fix the ar",
        "babe ruth film tonight",
    ],
)
def test_a_word_that_looks_like_talk_stays_when_it_is_a_thing(message: str) -> None:
    assert cleaned(message) == message


@pytest.mark.parametrize(
    ("message", "title"),
    [
        ("write thank you cards tomorrow", "Write thank you cards"),
        ("send thanks card to gran friday", "Send thanks card to gran"),
        ("grateful dead tickets friday", "Grateful dead tickets"),
        ("mum's wedding friday", "Mum's wedding"),
        ("dad's leaving do on friday", "Dad's leaving do"),
        ("new passport", "Passport"),
        ("make the bed tomorrow", "Make the bed"),
    ],
)
def test_a_task_that_says_thanks_or_has_a_possessive_is_still_added(
    message: str, title: str
) -> None:
    intent = read(message)
    assert isinstance(intent, Add), intent
    assert intent.fields.title == title


def test_a_reminder_before_the_task_in_hand_is_on_that_task() -> None:
    intent = read("remind me an hour before the task")
    assert isinstance(intent, RemindBefore), intent
    assert (intent.ref, intent.minutes) == (ByContext(), 60)


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        ("add tennis at 6 on court 2", 18),
        ("leave at 5 drive to the airport", 17),
    ],
)
def test_an_hour_before_lower_case_words_is_still_a_time(text: str, hour: int) -> None:
    found = find_when(text, now=NOW, tz=BERLIN)
    assert [said.value.hour for said in found if isinstance(said.value, datetime)] == [hour]


@pytest.mark.parametrize(
    ("message", "words"),
    [
        ("for the barrel, gimme a shout two hours before", "barrel"),
        ("sneak peeks for the patels, remind me the morning of", "sneak peeks patels"),
        ("about the vet, remind me the evening before", "vet"),
    ],
)
def test_a_task_named_first_is_the_one_a_reminder_counts_from(message: str, words: str) -> None:
    read_as = read(message)
    assert isinstance(read_as, RemindBefore)
    assert read_as.ref == ByWords(words)


@pytest.mark.parametrize(
    "message", ["ok, remind me an hour before", "well, remind me the day before"]
)
def test_a_word_said_first_is_no_task_to_count_from(message: str) -> None:
    read_as = read(message)
    assert isinstance(read_as, RemindBefore)
    assert read_as.ref == ByContext()


def test_a_request_on_the_task_in_hand_keeps_its_reason_out() -> None:
    read_as = read("no no bring that back")
    assert isinstance(read_as, Act)
    assert (read_as.verb, read_as.ref) == ("restore", ByContext())


@pytest.mark.parametrize(
    "message",
    [
        "nah scrap that, the lawnmower's munted",
        "forget it, found a box out back",
        "no no, forget that, she called me",
    ],
)
def test_a_delete_said_with_its_reason_takes_back_what_was_just_done(message: str) -> None:
    assert isinstance(read(message), Undo)


def test_a_task_named_before_the_request_is_the_one_it_acts_on() -> None:
    read_as = read("I didn't finish the essay, can you reopen it?")
    assert isinstance(read_as, Act)
    assert (read_as.verb, read_as.ref) == ("reopen", ByWords("essay"))


@pytest.mark.parametrize(
    ("message", "verb", "position"),
    [
        ("the last one, delete it please", "delete", -1),
        ("the first one, mark it done", "complete", 1),
    ],
)
def test_a_place_in_the_list_said_first_is_what_is_acted_on(
    message: str, verb: str, position: int
) -> None:
    read_as = read(message)
    assert isinstance(read_as, Act)
    assert (read_as.verb, read_as.ref) == (verb, ByPosition(position))


def test_a_loose_name_said_first_still_deletes_nothing() -> None:
    read_as = read("the kids, delete it")
    assert not (isinstance(read_as, Act) and read_as.verb == "delete")


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("wait, scrap that, I meant saturday", JustWhen),
        ("no wait cancel that, I meant 3pm", JustWhen),
        ("undo, I meant friday", JustWhen),
        ("scrap that, make it urgent", Update),
        ("cancel that, every monday", JustRepeat),
    ],
)
def test_a_take_back_followed_by_what_was_meant_corrects_and_deletes_nothing(
    message: str, kind: type
) -> None:
    assert isinstance(read(message), kind)


@pytest.mark.parametrize("message", ["water bill paid?", "slides done?", "dentist sorted?"])
def test_a_fact_asked_shows_the_task_and_completes_nothing(message: str) -> None:
    read_as = read(message)
    assert isinstance(read_as, ListTasks), read_as
    assert read_as.query.status == "all"


@pytest.mark.parametrize(
    "message",
    [
        "make sure the plants are watered",
        "don't forget the bins are collected early",
        "get the car washed",
        "check the tyres are pumped",
    ],
)
def test_a_fact_asked_to_be_seen_to_completes_nothing(message: str) -> None:
    read_as = read(message)
    assert not (isinstance(read_as, Act) and read_as.verb == "complete"), read_as


def test_a_reminder_to_add_something_keeps_add_in_its_title() -> None:
    read_as = read("remind me to add bob on linkedin")
    assert isinstance(read_as, RemindAbout)
    assert read_as.fields.title == "Add bob on linkedin"


@pytest.mark.parametrize(
    ("message", "without"),
    [
        ("Can you delete the second one x", "Can you delete the second one"),
        ("And Saturday? x", "And Saturday?"),
        ("nah make it sunday pet", "nah make it sunday"),
        ("move the pop card one to next monday pet", "move the pop card one to next monday"),
        (
            "remind me to get the match tickets off Macca, sound",
            "remind me to get the match tickets off Macca,",
        ),
    ],
)
def test_a_word_a_voice_ends_on_is_read_as_nothing(message: str, without: str) -> None:
    assert read(message) == read(without)


@pytest.mark.parametrize(
    "message", ["add solve for x", "add feed the pet", "add buy a new cheers mug"]
)
def test_a_word_that_ends_a_title_stays_in_it(message: str) -> None:
    read_as = read(message)
    assert isinstance(read_as, Add)
    assert read_as.fields.title.lower() == message.removeprefix("add ")


@pytest.mark.parametrize(
    "message", ["checked the tyres", "remembered to pay the water bill", "got the car washed"]
)
def test_a_fact_in_the_past_of_a_see_to_it_verb_still_completes(message: str) -> None:
    read_as = read(message)
    assert isinstance(read_as, Act), read_as
    assert read_as.verb == "complete"


def test_a_level_word_inside_a_title_stays_in_it() -> None:
    read_as = read("add meet the important man")
    assert isinstance(read_as, Add)
    assert (read_as.fields.title, read_as.fields.priority) == ("Meet the important man", None)


def test_a_question_ending_on_a_voices_word_is_still_asked() -> None:
    assert isinstance(read("an' sunday like?"), ListTasks)
