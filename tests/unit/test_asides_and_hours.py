"""A request with an aside at its edge, what is left of a date or a wrapper at a title's ends,
hours said in more ways (in the date reader, so quick add reads them too), facts said with
their date, and the words of Scots, Shetland, Ulster, Australian and Vietnamese speakers. Each
shape has its look-alikes that must read as before (many found by a review of the round).

The clock is injected: Thursday 26 November 2026, 11:00 in Berlin.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from todo.domain.assistant.intent_clauses import without_edges
from todo.domain.assistant.intent_message import read_intent
from todo.domain.assistant.intent_references import ByContext, ByWords
from todo.domain.assistant.intent_titles import unwrapped_title
from todo.domain.assistant.intents import (
    Act,
    Add,
    Intent,
    ListTasks,
    MoreOfTheSame,
    Relative,
    RemindAbout,
    Unknown,
    Update,
)
from todo.domain.language.quick_add import parse_quick_add
from todo.domain.language.when import find_when
from todo.domain.priority import Priority

NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)  # Thursday; 11:00 in Berlin
BERLIN = ZoneInfo("Europe/Berlin")


def read(message: str) -> Intent:
    return read_intent(message, now=NOW, tz=BERLIN)


def at(day: int, hour: int, minute: int = 0, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=BERLIN)


def test_the_spans_without_edges_come_longest_first_keeping_the_start() -> None:
    spans = without_edges("delete it, my brother is taking him")
    assert spans == [
        ("delete it", (), ("my brother is taking him",)),
        ("my brother is taking him", ("delete it",), ()),
    ]
    assert without_edges("no commas here") == []
    assert without_edges("a, b, c, d, e") == []  # more parts than are read apart


def test_a_request_with_an_aside_after_it_is_the_request() -> None:
    moved = read("move the bowl photos to Sunday at 10, better light")
    assert isinstance(moved, Update)
    assert moved.ref == ByWords("bowl photos")
    assert moved.changes.due == at(29, 10)
    raised = read("kiln element: bump it up, I've got a firing booked")
    assert isinstance(raised, Relative)
    assert (raised.ref, raised.levels) == (ByWords("kiln element"), 1)
    made = read("and make it high priority, gura mie")
    assert isinstance(made, Update)
    assert (made.ref, made.changes.priority) == (ByContext(), Priority.HIGH)


def test_a_fact_said_before_an_aside_is_the_fact() -> None:
    done = read("Boat's booked for the 4th, gura mie")
    assert isinstance(done, Act)
    assert (done.verb, done.ref) == ("complete", ByWords("Boat's"))


@pytest.mark.parametrize(
    ("message", "title"),
    [
        ("add buy socks for women, men", "Buy socks for women, men"),
        ("add eggs, bread, duck", "Eggs, bread, duck"),
        ("add paint the fence on Saturday, two coats", "Paint the fence, two coats"),
        ("add water the plants tomorrow, front and back", "Water the plants, front and back"),
    ],
)
def test_a_title_asked_for_keeps_what_follows_its_commas(message: str, title: str) -> None:
    added = read(message)
    assert isinstance(added, Add)
    assert added.fields.title == title


@pytest.mark.parametrize(
    "message",
    [
        "the penguin pool was cleaned in May, needs doing again",  # to be done again
        "God bless, and thank you for all your help today.",  # thanks, not "and … too"
        "Renewed my passport last month, no changes needed, just saying thanks!",
    ],
)
def test_an_aside_that_takes_back_or_thanks_leaves_nothing_done(message: str) -> None:
    reading = read(message)
    assert not (isinstance(reading, Act) and reading.verb == "complete")
    assert not isinstance(reading, Add | MoreOfTheSame)


def test_a_task_named_with_a_date_after_a_vague_request_is_the_task() -> None:
    added = read("Can you add something for me? Walk Rex at 6pm.")
    assert isinstance(added, Add)
    assert added.fields.title == "Walk Rex"


def test_a_delete_is_never_read_from_a_part() -> None:
    assert not (
        isinstance(reading := read("ejja, delete it, my brother is taking him"), Act)
        and reading.verb == "delete"
    )


def test_it_without_the_topic_said_before_it_is_not_read() -> None:
    reading = read("slides - done")
    assert isinstance(reading, Act)
    assert reading.ref == ByWords("slides")


@pytest.mark.parametrize(
    ("message", "title"),
    [
        ("Please add pay phone bill every month on 20", "Pay phone bill"),
        ("Please make a task call Maman every Friday at 7 in evening", "Call Maman"),
        ("add test the fire alarm every Wednesday at 8 sharp", "Test the fire alarm"),
        ("ah need to mind to pay the paper bill", "Pay the paper bill"),
        (
            "Add a task very important: I must to call the insurance tomorrow morning",
            "Call the insurance",
        ),
        (
            "need a task for collecting subs off the parents at training tuesday 6pm",
            "Collect subs off the parents at training",
        ),
        ("add book room 101", "Book room 101"),
        ("add a to-do to Stop Now", "Stop Now"),
    ],
)
def test_what_is_left_at_a_titles_ends_is_taken_off(message: str, title: str) -> None:
    added = read(message)
    assert isinstance(added, Add)
    assert added.fields.title == title


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Sunday evening 8", at(29, 20)),
        ("Monday morning, 8ish", at(30, 8)),
        ("saturday 2ish", at(28, 14)),
        ("at 8ish tomorrow", at(27, 8)),
        ("Sunday 4 in afternoon", at(29, 16)),
        ("Saturday 7 in de morning", at(28, 7)),
        ("tomorrow at 18h", at(27, 18)),
        ("on the 30 at 10 o'clock", at(30, 10)),
    ],
)
def test_hours_said_in_more_ways(text: str, when: datetime) -> None:
    found = find_when(text, now=NOW, tz=BERLIN)
    assert [said.value for said in found] == [when]


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("friday evening 8 people", at(27, 18)),  # a count of people, not an hour
        ("12h shifts all week", None),  # a length of time, not an hour
        ("on the 3 chapters", None),  # a count of chapters
        ("read pages on the 30", date(2026, 11, 30)),
    ],
)
def test_numbers_that_are_no_hour(text: str, when: object) -> None:
    found = find_when(text, now=NOW, tz=BERLIN)
    assert [said.value for said in found] == ([] if when is None else [when])


@pytest.mark.parametrize("title", ["Write to Mr Please", "Meet Dr Now", "Ring Sharp Ltd"])
def test_a_name_in_capitals_at_a_titles_end_stays(title: str) -> None:
    assert unwrapped_title(title) == title


def test_quick_add_reads_the_hours_too() -> None:
    parsed = parse_quick_add("call the vet Sunday evening 8", now=NOW, tz=BERLIN)
    assert (parsed.title, parsed.due) == ("call the vet", at(29, 20))
    parsed = parse_quick_add("pick up the bike saturday 2ish", now=NOW, tz=BERLIN)
    assert (parsed.title, parsed.due) == ("pick up the bike", at(28, 14))


def test_nothing_understood_stays_so() -> None:
    assert isinstance(read("gura mie, b'y"), Unknown)


@pytest.mark.parametrize(
    ("message", "words"),
    [
        ("Jess's mock test is booked for the 3rd", "Jess's mock test"),
        ("the jabs are booked for the 9th", "jabs"),
        ("The termbase is up to date now.", "termbase"),
    ],
)
def test_a_fact_names_its_task_without_the_verb_that_says_it(message: str, words: str) -> None:
    done = read(message)
    assert isinstance(done, Act)
    assert (done.verb, done.ref) == ("complete", ByWords(words))


@pytest.mark.parametrize(
    "message",
    [
        "mum is back from hospital",
        "the pain is back",
        "the printer is broken since Monday",
        "the passport is expired since May",
        "Boat's booked for the 4th, fingers crossed",
        "Boat's booked for the 4th, maybe",
        "Gym's closed on the 4th, annoying",
        "the vet's fully booked on the 4th, typical",
        "kiln element: bump it up, not yet though",
    ],
)
def test_a_state_or_a_hedged_fact_is_no_task_done(message: str) -> None:
    reading = read(message)
    assert not (isinstance(reading, Act) and reading.verb == "complete")
    assert not isinstance(reading, Relative)


@pytest.mark.parametrize(
    ("message", "title"),
    [
        ("add Celebrate Jo's 40th", "Celebrate Jo's 40th"),
        ("add keep the knives sharp", "Keep the knives sharp"),
        ("add set the heating on 20", "Set the heating on 20"),
        ("need a task for packing list", "A task for packing list"),
        ("need a task for washing machine repair", "A task for washing machine repair"),
    ],
)
def test_a_titles_own_last_words_stay(message: str, title: str) -> None:
    added = read(message)
    assert isinstance(added, Add)
    assert added.fields.title == title


@pytest.mark.parametrize(
    "text", ["book a table for the 4", "wait for the 12 at the stop", "catch the bus till the 9"]
)
def test_a_number_after_for_or_till_is_no_day(text: str) -> None:
    assert find_when(text, now=NOW, tz=BERLIN) == ()


@pytest.mark.parametrize(
    ("message", "level"),
    [
        ("Can ye add 'pay the council tax' for Friday, it's pure urgent so it is", Priority.URGENT),
        ("Put down to take the ewes to be scanned on the 3rd, it's wile important", Priority.HIGH),
        ("add restring the bass tomorrow, heaps important", Priority.HIGH),
    ],
)
def test_very_in_the_words_of_a_voice(message: str, level: Priority) -> None:
    added = read(message)
    assert isinstance(added, Add)
    assert added.fields.priority == level


@pytest.mark.parametrize(
    ("message", "title"),
    [
        ("Mind me tae finish da peerie Fair Isle hat by Sunday", "Finish the peerie Fair Isle hat"),
        ("add task call Mẹ every Sunday evening ạ", "Call Mẹ"),
        ("Please help me remember to call cousin Linh tomorrow evening ạ", "Call cousin Linh"),
    ],
)
def test_scots_shetland_and_vietnamese_words(message: str, title: str) -> None:
    reading = read(message)
    assert isinstance(reading, Add | RemindAbout)
    assert reading.fields.title == title


def test_a_scots_question_about_tomorrow() -> None:
    asked = read("Whit's on da morn?")
    assert isinstance(asked, ListTasks)
    assert asked.query.due_after == date(2026, 11, 27)


def test_some_before_a_word_that_is_no_level_stays() -> None:
    added = read("add some milk")
    assert isinstance(added, Add)
    assert added.fields.title == "Some milk"
    assert added.fields.priority is None
