"""A message read in parts: its sentences and clauses, misspelt request words, and what each
part asks — pure rules, no database."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from todo.domain.assistant.intent_clauses import MAX_PARTS, clauses, sentences
from todo.domain.assistant.intent_fields import TaskFields
from todo.domain.assistant.intent_message import read_intent
from todo.domain.assistant.intent_references import ByContext, ById, ByWords
from todo.domain.assistant.intents import (
    Act,
    Add,
    Intent,
    ListTags,
    ListTasks,
    NotDone,
    Relative,
    Several,
    Unknown,
    Update,
)
from todo.domain.assistant.spelling import correct_spelling
from todo.domain.priority import Priority

NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)  # Thursday; 11:00 in Berlin
BERLIN = ZoneInfo("Europe/Berlin")


def read(message: str) -> Intent:
    return read_intent(message, now=NOW, tz=BERLIN)


# --------------------------------------------------------------------------- parts


def test_sentences_end_at_marks_and_spaced_dashes_but_not_after_titles_like_mr() -> None:
    assert sentences("Sent the invoice. Also add chase up Mr. Okafor — thanks!") == [
        "Sent the invoice.",
        "add chase up Mr. Okafor",
        "thanks!",
    ]


def test_quotations_are_never_split() -> None:
    said = "add 'Call Dr. Weber, then the bank' and tag it work"
    assert sentences(said) == [said]
    assert clauses(said) == ["add 'Call Dr. Weber, then the bank'", "tag it work"]


def test_a_note_after_a_comma_stays_with_its_task() -> None:
    assert clauses("make a to-do called renew the lease, note: check the clause") == [
        "make a to-do called renew the lease, note: check the clause"
    ]


def test_openers_are_dropped_and_parts_are_bounded() -> None:
    assert clauses("anyway, add milk") == ["add milk"]
    assert len(clauses(", ".join(["x"] * 50))) == MAX_PARTS


# --------------------------------------------------------------------------- spelling


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("shwo me evrything", "show me everything"),
        ("complate the report", "complete the report"),
        ("priorrity high", "priority high"),
        ("Schedlue a call", "Schedule a call"),
        ("anything on wendesday", "anything on wednesday"),
    ],
)
def test_a_request_word_one_slip_away_is_corrected(typed: str, meant: str) -> None:
    assert correct_spelling(typed) == meant


@pytest.mark.parametrize(
    "typed",
    [
        "buy bred",
        "the ending of the book",
        "renew the lease",
        "thank mum",
        "form",
        "the dune",
        "add sending the invoice",
        "write the headline",
        "I'd rather not be reminded",
        "spending review",
    ],
)
def test_other_words_are_left_as_they_are(typed: str) -> None:
    assert correct_spelling(typed) == typed


# --------------------------------------------------------------------------- requests


def test_two_requests_in_two_sentences_are_both_read() -> None:
    found = read("Sent the invoice. Also add chase up the late payment for monday")
    assert isinstance(found, Several)
    done, added = found.intents
    assert done == Act("complete", ByWords("invoice"), ("send",), stated=True)
    assert isinstance(added, Add)
    assert added.fields.title == "Chase up the late payment"
    assert added.fields.due == date(2026, 11, 30)


def test_a_second_clause_about_it_is_a_second_request() -> None:
    found = read("make the history essay due a day later and make it high priority")
    assert found == Several(
        (
            Relative(ByWords("history essay"), days=1),
            Update(ByContext(), TaskFields(priority=Priority.HIGH)),
        )
    )


def test_a_request_buried_in_chatter_is_found() -> None:
    found = read(
        "ugh what a day, the kids were sick. anyway, add get the car checked at the garage "
        "for monday please, and honestly I could use a holiday"
    )
    assert isinstance(found, Add)
    assert found.fields.title == "Get the car checked at the garage"
    assert found.fields.due == date(2026, 11, 30)


def test_a_title_and_its_note_are_one_request() -> None:
    found = read("make a to-do called Plan Dad's birthday, note: he wants a quiet one")
    assert isinstance(found, Add)
    assert found.fields.title == "Plan Dad's birthday"
    assert found.fields.description == "he wants a quiet one"


def test_a_delete_is_never_taken_from_a_part_of_a_message_not_understood() -> None:
    assert isinstance(read("'; DROP TABLE tasks; --"), Unknown)


def test_it_is_the_task_an_earlier_clause_named() -> None:
    assert read("I didn't actually finish the essay, can you reopen it?") == Act(
        "reopen", ByWords("essay")
    )
    assert read("task 5 isn't actually finished, can you reopen it") == Act("reopen", ById(5))


def test_a_statement_said_again_of_it_is_not_done_twice() -> None:
    found = read("make it low priority, it's not that important")
    assert isinstance(found, Update)
    assert found.changes.priority is Priority.LOW


def test_facts_said_in_more_ways_name_their_task() -> None:
    for said, words in [
        ("groceries taken care of", "groceries"),
        ("finally got the passport renewed", "passport"),
        ("Have cleaned the oven, finally!", "oven"),
        ("I returned the parcel at the post office", "parcel"),
        ("the boiler was serviced last week", "boiler"),
    ]:
        found = read(said)
        assert isinstance(found, Act), said
        assert (found.verb, found.ref) == ("complete", ByWords(words)), said
    assert read("I didn't finish the essay") == NotDone(ByWords("essay"))


@pytest.mark.parametrize(
    ("said", "after", "before"),
    [
        ("what's due in december", date(2026, 12, 1), date(2027, 1, 1)),
        ("what's coming up in january", date(2027, 1, 1), date(2027, 2, 1)),
        ("anything due in the next two weeks?", date(2026, 11, 26), date(2026, 12, 11)),
        ("what's left for this week?", date(2026, 11, 26), date(2026, 11, 30)),
        ("what's due after christmas", date(2026, 12, 26), None),
    ],
)
def test_windows_said_as_months_weeks_and_holidays(
    said: str, after: date, before: date | None
) -> None:
    found = read(said)
    assert isinstance(found, ListTasks)
    assert (found.query.due_after, found.query.due_before) == (after, before)


def test_this_week_alone_is_the_next_seven_days_as_in_the_console() -> None:
    found = read("what's due this week?")
    assert isinstance(found, ListTasks)
    assert found.query.due == "week"


def test_tags_in_use_are_asked_for() -> None:
    assert read("which tags am I using?") == ListTags()
    assert read("show my tags") == ListTags()
