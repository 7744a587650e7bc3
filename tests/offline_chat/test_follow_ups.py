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
        ("Check the budget its payday", "", "Check the budget"),
        ("Tidy the garage rn its a mess", "", "Tidy the garage"),
        ("Write to Its Ltd", "", "Write to Its Ltd"),
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
    await chat.say("The plumber, I have called him already")
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


async def test_asked_whether_it_was_done_shows_the_task_and_its_state(chat: ChatSession) -> None:
    await chat.seed("Order printer paper", state="completed")
    await chat.seed("Call the landlord")
    reply = await chat.say("did I order the printer paper or not?")
    assert calls_of(reply) == ["search_tasks"]
    assert "Order printer paper" in reply.text
    assert "landlord" not in reply.text


async def test_a_note_said_with_the_task_and_a_colon_describes_that_task(
    chat: ChatSession,
) -> None:
    task_id = await chat.seed("Prepare the board pack")
    reply = await chat.say(
        "Please add the following note to the board pack task: two slides missing"
    )
    assert calls_of(reply)[-1] == "update_task"
    tasks = await chat.tasks()
    assert len(tasks) == 1
    assert tasks[task_id]["description"] == "two slides missing"


async def test_a_day_suggested_as_a_question_moves_the_task_just_added(chat: ChatSession) -> None:
    await chat.say("add call the tiler on the 7th of december")
    await chat.say("The 9th perhaps?")
    (task,) = (await chat.tasks()).values()
    assert task["due"] == "Wednesday 9 December 2026"


async def test_advance_by_a_day_moves_the_due_date_earlier(chat: ChatSession) -> None:
    task_id = await chat.seed("Service the boiler", due="2026-12-02")
    await chat.say("Advance the boiler service of one day")
    assert (await chat.tasks())[task_id]["due"] == "Tuesday 1 December 2026"


async def test_a_time_written_with_points_is_read(chat: ChatSession) -> None:
    await chat.say("add call the vet tomorrow at 6 p.m.")
    (task,) = (await chat.tasks()).values()
    assert task["title"] == "Call the vet"
    assert task["due"] == "Friday 27 November 2026, 18:00"


async def test_a_message_that_asks_for_no_change_changes_nothing(chat: ChatSession) -> None:
    await chat.seed("Renew the passport")
    before = await chat.tasks()
    reply = await chat.say("Renewed my passport last month, no changes needed, just saying thanks!")
    assert calls_of(reply) == []
    assert await chat.tasks() == before


@pytest.mark.parametrize(
    "message",
    [
        "Delete the reminder, the one for the bank",
        "Remove the reminder on the bank. I'll remember.",
    ],
)
async def test_deleting_a_reminder_keeps_the_task(chat: ChatSession, message: str) -> None:
    task_id = await chat.seed("Call the bank", reminder="2026-11-27T09:00:00+01:00")
    await chat.say(message)
    task = (await chat.tasks())[task_id]
    assert task["status"] == "pending"
    assert task["reminder"] in (None, "")


async def test_a_wrong_day_then_the_right_one_moves_the_task_just_added(
    chat: ChatSession,
) -> None:
    await chat.say("add return the ladder tomorrow")
    await chat.say("Not tomorrow, on Monday")
    (task,) = (await chat.tasks()).values()
    assert task["due"] == "Monday 30 November 2026"


async def test_places_in_a_list_said_in_other_words(chat: ChatSession) -> None:
    first = await chat.seed("Pay rent")
    second = await chat.seed("Return the drill")
    third = await chat.seed("Plan the trip")
    await chat.say("show my tasks")  # the latest first: Plan the trip, Return the drill, Pay rent
    await chat.say("Tick off number two.")
    await chat.say("show my tasks")
    await chat.say("Third task delete please")
    tasks = await chat.tasks()
    assert tasks[second]["status"] == "completed"
    assert tasks[first]["status"] == "deleted"
    assert tasks[third]["status"] == "pending"


async def test_a_fact_about_another_task_of_the_same_verb_completes_nothing(
    chat: ChatSession,
) -> None:
    dentist = await chat.seed("Call the dentist")
    email = await chat.seed("Email Sarah")
    before = await chat.tasks()
    for message in ("Called the plumber", "I emailed Bob", "Called the plumber and emailed Bob"):
        await chat.say(message)
    after = await chat.tasks()
    assert after[dentist] == before[dentist]
    assert after[email] == before[email]


async def test_a_place_in_words_is_never_a_task_id(chat: ChatSession) -> None:
    first = await chat.seed("Pay rent")
    second = await chat.seed("Return the drill")
    before = await chat.tasks()
    await chat.say("delete number two")  # no list shown: nothing to count in
    assert await chat.tasks() == before
    assert {first, second} == set(before)


async def test_them_without_all_or_an_older_list_changes_nothing(chat: ChatSession) -> None:
    await chat.seed("Pay rent")
    await chat.seed("Return the drill")
    await chat.say("show my tasks")
    before = await chat.tasks()
    await chat.say("check them")
    await chat.say("complete them")
    await chat.say("add buy stamps")
    await chat.say("mark them all done")  # the list was two answers ago
    after = await chat.tasks()
    assert [after[task_id]["status"] for task_id in before] == ["pending", "pending"]


async def test_a_goodbye_with_a_day_in_it_moves_nothing(chat: ChatSession) -> None:
    await chat.say("add water the ferns friday")
    await chat.say("ok, till tomorrow then")
    (task,) = (await chat.tasks()).values()
    assert task["due"] == "Friday 27 November 2026"


@pytest.mark.parametrize(
    ("message", "title"),
    [
        ("add to my to-do: call mum", "Call mum"),
        ("add call the 0800 number tomorrow", "Call the 0800 number"),
        ("add 'Find out why it's broken'", "Find out why it's broken"),
        ("add extend the deadline", "Extend the deadline"),
    ],
)
async def test_titles_that_look_wrapped_are_kept(
    chat: ChatSession, message: str, title: str
) -> None:
    await chat.say(message)
    (task,) = (await chat.tasks()).values()
    assert task["title"] == title


async def test_a_reminder_to_do_what_another_task_begins_with_is_a_task_of_its_own(
    chat: ChatSession,
) -> None:
    will = await chat.seed(
        "Call mom about the will", due="2026-12-20", reminder="2026-12-20T09:00:00+01:00"
    )
    await chat.say("remind me to call mom later at 5pm")
    tasks = await chat.tasks()
    assert tasks[will]["reminder"] == "Sunday 20 December 2026, 09:00"
    (new,) = [task for task_id, task in tasks.items() if task_id != will]
    assert (new["title"], new["reminder"]) == ("Call mom", "Thursday 26 November 2026, 17:00")


async def test_the_middle_one_of_an_even_list_is_asked_about(chat: ChatSession) -> None:
    for title in ("Mark the tests", "Email parents", "Laminate labels", "Book the coach"):
        await chat.seed(title)
    await chat.say("show my tasks")
    reply = await chat.say("the middle one is done")
    assert "which one" in reply.text
    assert all(task["status"] == "pending" for task in (await chat.tasks()).values())


async def test_the_middle_one_of_three_is_the_second(chat: ChatSession) -> None:
    ids = [await chat.seed(title) for title in ("Mark the tests", "Email parents", "Laminate")]
    await chat.say("show my tasks")
    await chat.say("the middle one's sorted now")
    statuses = {task_id: task["status"] for task_id, task in (await chat.tasks()).items()}
    assert statuses == {ids[0]: "pending", ids[1]: "completed", ids[2]: "pending"}


async def test_one_for_someone_else_is_the_last_task_for_them(chat: ChatSession) -> None:
    await chat.say("add meal plan for Jess due sunday")
    await chat.say("and one for Tom too")
    titles = sorted(task["title"] for task in (await chat.tasks()).values())
    assert titles == ["Meal plan for Jess", "Meal plan for Tom"]


async def test_one_more_on_the_same_day_is_due_when_the_last_one_is(chat: ChatSession) -> None:
    await chat.say("Add call the fire officer tomorrow at 10")
    await chat.say("And email the venue manager too, same day")
    found = {task["title"]: task["due"] for task in (await chat.tasks()).values()}
    assert found == {
        "Call the fire officer": "Friday 27 November 2026, 10:00",
        "Email the venue manager": "Friday 27 November 2026, 10:00",
    }


async def test_a_thing_like_the_last_one_said_new_keeps_its_verb(chat: ChatSession) -> None:
    await chat.say("add order new capes")
    await chat.say("and new towels too")
    titles = sorted(task["title"] for task in (await chat.tasks()).values())
    assert titles == ["Order new capes", "Order new towels"]


async def test_make_a_task_a_day_moves_the_task_it_names(chat: ChatSession) -> None:
    await chat.seed("Buy tickets for the VIP bus", due="2026-11-28")
    reply = await chat.say("Please make the VIP bus tickets Sunday instead of Saturday")
    assert "add_task" not in reply.tools()
    (task,) = (await chat.tasks()).values()
    assert task["due"] == "Sunday 29 November 2026"


async def test_make_a_thing_a_day_with_no_task_of_it_adds_the_task(chat: ChatSession) -> None:
    await chat.seed("Dentist appointment")
    reply = await chat.say("make the bed tomorrow")
    assert reply.tools()[-1] == "add_task"
    titles = sorted(task["title"] for task in (await chat.tasks()).values())
    assert titles == ["Dentist appointment", "Make the bed"]


async def test_a_time_said_alone_for_a_named_task_keeps_its_day(chat: ChatSession) -> None:
    await chat.seed("Valuation at 3 Birch Road", due="2026-11-30T14:00:00+01:00")
    await chat.say("can we make the Birch Road valuation 4pm instead, same day")
    (task,) = (await chat.tasks()).values()
    assert task["due"] == "Monday 30 November 2026, 16:00"


async def test_a_loose_name_before_a_comma_deletes_nothing(chat: ChatSession) -> None:
    await chat.seed("Look at the boiler")
    reply = await chat.say("look, drop it")
    assert "delete_task" not in reply.tools()
    (task,) = (await chat.tasks()).values()
    assert task["status"] == "pending"


async def test_making_a_thing_a_day_never_moves_a_task_named_by_one_word(
    chat: ChatSession,
) -> None:
    await chat.seed("Buy a new bed frame", due="2026-12-05")
    await chat.say("make the bed tomorrow")
    found = {task["title"]: task["due"] for task in (await chat.tasks()).values()}
    assert found == {
        "Buy a new bed frame": "Saturday 5 December 2026",
        "Make the bed": "Friday 27 November 2026",
    }


async def test_a_delete_of_the_task_just_added_with_its_reason_after_it(chat: ChatSession) -> None:
    keep = await chat.seed("Service the mower")
    await chat.say("add mow the lawns saturday")
    await chat.say("nah scrap that, the lawnmower's munted")
    tasks = await chat.tasks()
    assert [task["status"] for task in tasks.values() if task["title"] == "Mow the lawns"] == [
        "deleted"
    ]
    assert tasks[keep]["status"] == "pending"
    reply = await chat.say("no no bring that back")
    assert "restore_task" in reply.tools()
    assert [task["status"] for task in (await chat.tasks()).values()] == ["pending", "pending"]


async def test_the_last_place_of_a_list_shown_deleted_with_words_after_it(
    chat: ChatSession,
) -> None:
    first = await chat.seed("Pay the committee instalment")
    await chat.seed("Book Ammi's checkup")
    await chat.say("show my tasks")
    await chat.say("the last one, delete it please")
    tasks = await chat.tasks()
    assert [task_id for task_id, task in tasks.items() if task["status"] == "deleted"] == [first]


async def test_a_take_back_with_the_day_meant_moves_the_task_and_deletes_nothing(
    chat: ChatSession,
) -> None:
    await chat.say("remind me to call mum tomorrow")
    reply = await chat.say("wait, scrap that, I meant saturday")
    assert "delete_task" not in reply.tools()
    tasks = list((await chat.tasks()).values())
    assert [(task["title"], task["status"], task["due"]) for task in tasks] == [
        ("Call mum", "pending", "Saturday 28 November 2026")
    ]


async def test_a_fact_asked_about_shows_the_task_and_leaves_it_open(chat: ChatSession) -> None:
    bill = await chat.seed("Pay the water bill")
    reply = await chat.say("water bill paid?")
    assert "complete_task" not in reply.tools()
    assert "Pay the water bill" in reply.text
    assert (await chat.tasks())[bill]["status"] == "pending"
