"""Follow-ups with words around them, facts whose words no search finds, and wrapped titles:
the offline engine through the real tools."""

from __future__ import annotations

from typing import Any

import pytest

from todo.domain.assistant.intent_followups import without_filler
from todo.domain.assistant.intent_titles import unwrapped_title

from .conftest import ChatSession

pytestmark = pytest.mark.anyio


def calls_of(reply: Any) -> list[str]:
    return [call.tool for call in reply.calls]


@pytest.mark.parametrize(
    ("message", "value"),
    [
        ("Oh, I meant Sunday, sorry", "Sunday"),
        ("hmm make it p1 then", "p1"),
        ("⚡ high that one pls", "high"),
        ("ok weekly instead", "weekly"),
        ("no no, the report", "the report"),
        ("thanks!", ""),
    ],
)
def test_filler_is_taken_off_a_short_message(message: str, value: str) -> None:
    assert without_filler(message) == value


def test_a_long_message_keeps_no_value() -> None:
    assert without_filler("sorry " + "call the office about the printer " * 3) == ""


@pytest.mark.parametrize(
    ("title", "message", "expected"),
    [
        ("A to-do called water the plants", "", "Water the plants"),
        ("The following task: renew the lease", "", "Renew the lease"),
        ("New chore: hoover the stairs", "", "Hoover the stairs"),
        ("Repeating task to back up the laptop", "", "Back up the laptop"),
        ("Order toner task", "", "Order toner"),
        ("Entitled Draft the minutes with a due date of", "", "Draft the minutes"),
        ("Help me put fix the gate", "help me put 'fix the gate' on friday", "Fix the gate"),
        # A quoted name inside a title stays, and a task that is about a task keeps its word.
        ("Read The Hobbit", "add read 'The Hobbit'", "Read The Hobbit"),
        ("Finish the task", "", "Finish the task"),
        ("Task force meeting", "", "Task force meeting"),
    ],
)
def test_a_title_loses_the_words_that_wrap_it(title: str, message: str, expected: str) -> None:
    assert unwrapped_title(title, message) == expected


async def test_a_date_said_with_words_around_it_moves_the_task_just_added(
    chat: ChatSession,
) -> None:
    await chat.say("add water the ferns friday")
    reply = await chat.say("Hmm, actually Sunday would suit me better")
    assert calls_of(reply) == ["get_task", "update_task"]
    (task,) = (await chat.tasks()).values()
    assert task["due"] == "Sunday 29 November 2026"


async def test_a_level_and_a_repeat_with_words_around_them_change_the_task_just_added(
    chat: ChatSession,
) -> None:
    await chat.say("add stretch")
    await chat.say("🔥 p1 that one")
    await chat.say("every weekday pls")
    (task,) = (await chat.tasks()).values()
    assert task["priority"] == "urgent"
    assert task["recurrence"] == "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"


async def test_a_value_with_nothing_before_it_changes_nothing(chat: ChatSession) -> None:
    await chat.seed("Stretch")
    reply = await chat.say("daily please")
    assert calls_of(reply) == []
    (task,) = (await chat.tasks()).values()
    assert task["recurrence"] is None


async def test_undo_with_words_around_it(chat: ChatSession) -> None:
    task_id = await chat.seed("Send the invoice")
    await chat.say(f"complete task {task_id}")
    reply = await chat.say("oops, revert that change please")
    assert (await chat.tasks())[task_id]["status"] == "pending"
    assert reply.text == "'Send the invoice' is open again."


async def test_mark_them_all_done_completes_each_task_of_the_list_shown(
    chat: ChatSession,
) -> None:
    first = await chat.seed("Pay rent", due="2026-11-20")
    second = await chat.seed("Return the drill", due="2026-11-24")
    other = await chat.seed("Plan the trip")
    await chat.say("what's overdue?")
    await chat.say("tick them all off")
    tasks = await chat.tasks()
    assert [tasks[first]["status"], tasks[second]["status"]] == ["completed", "completed"]
    assert tasks[other]["status"] == "pending"


async def test_mark_them_all_done_without_a_list_changes_nothing(chat: ChatSession) -> None:
    task_id = await chat.seed("Pay rent")
    reply = await chat.say("mark them all done")
    assert "haven't changed anything" in reply.text
    assert (await chat.tasks())[task_id]["status"] == "pending"


async def test_a_fact_whose_words_no_search_finds_completes_the_task_it_names(
    chat: ChatSession,
) -> None:
    plumber = await chat.seed("Call the plumber")
    other = await chat.seed("Call the bank")
    await chat.say("The plumber, I have rung him already")
    tasks = await chat.tasks()
    assert tasks[plumber]["status"] == "completed"
    assert tasks[other]["status"] == "pending"


async def test_a_delete_whose_words_no_search_finds_is_asked_not_done(
    chat: ChatSession,
) -> None:
    task_id = await chat.seed("Renew the gym membership")
    reply = await chat.say("delete the gym membershp renewal")
    assert reply.text.startswith("Do you want me to delete 'Renew the gym membership'?")
    assert (await chat.tasks())[task_id]["status"] == "pending"


async def test_an_aside_after_a_fact_does_not_negate_it(chat: ChatSession) -> None:
    task_id = await chat.seed("Clean the gutters")
    await chat.say("I cleaned the gutters. Not that anyone will notice.")
    assert (await chat.tasks())[task_id]["status"] == "completed"
