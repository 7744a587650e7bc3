"""The learned second reading in the offline engine, through the real tools.

The rules read "dentist moved to thursday" as a new task; the learned reader, with the user's
task titles beside the message, reads it as the dentist's new day. These tests play such
messages and check what the tools did; the model itself is the one the product ships, and it
is the one its examples make (trained again here and compared byte for byte).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from todo.domain.assistant.reading_model import features, reading_of
from todo.services.assistant.reading import LEFT_OPEN, action_model
from todo.services.assistant.tool_runner import ToolRunner

from .conftest import ChatSession
from .train_reader import MODEL, TIMEZONE, model_json

pytestmark = pytest.mark.anyio


def test_the_shipped_model_is_the_one_its_examples_make() -> None:
    """Run ``python -m tests.offline_chat.train_reader`` after changing the examples."""
    assert Path(MODEL).read_text(encoding="utf-8") == model_json()


def test_the_shipped_model_reads_a_task_said_moved_as_a_new_due_date() -> None:
    now = datetime(2026, 11, 26, 10, 0, tzinfo=TIMEZONE)
    read = reading_of("the dentist is moved to friday", ["Dentist"], now=now, tz=TIMEZONE)
    assert read.tokens == ("the", "TASK", "is", "moved", "to", "DATE")
    assert action_model().predict(features(read))[0][0] == "due"


async def test_a_task_said_with_its_new_day_is_moved_not_added(chat: ChatSession) -> None:
    dentist = await chat.seed("Dentist for Max", due="2026-12-02T15:30:00+01:00")
    reply = await chat.say("dentist moved to thursday same time")
    tasks = await chat.tasks()
    assert list(tasks) == [dentist]
    assert tasks[dentist]["due"] == "Thursday 3 December 2026, 15:30"
    assert "Thursday 3 December" in reply.text
    assert reply.tools() == ["get_task", "update_task"]  # the look at the list is not a call


async def test_a_reminder_on_a_task_named_with_a_slip_is_set_not_added(chat: ChatSession) -> None:
    passport = await chat.seed("Renew passport")
    await chat.say("remidn me about the pasport renewal on monday morning")
    tasks = await chat.tasks()
    assert list(tasks) == [passport]
    assert tasks[passport]["reminder"] == "Monday 30 November 2026, 09:00"


async def test_a_delete_found_by_the_model_is_asked_and_nothing_changes(chat: ChatSession) -> None:
    council = await chat.seed("Write to the council")
    await chat.seed("Order new glasses")
    before = await chat.tasks()
    reply = await chat.say("the council letter is no longer needed, get rid of it")
    assert reply.calls == []
    assert "delete 'Write to the council'?" in reply.text
    assert await chat.tasks() == before
    await chat.say("delete write to the council")
    assert (await chat.tasks())[council]["status"] == "deleted"


async def test_a_fact_the_model_is_sure_changes_nothing_completes_nothing(
    chat: ChatSession,
) -> None:
    await chat.seed("Order new glasses")
    await chat.seed("Post the Christmas cards")
    before = await chat.tasks()
    reply = await chat.say("I have not yet managed to order the new glasses, I am afraid.")
    assert await chat.tasks() == before  # neither completed nor added again
    assert reply.text == LEFT_OPEN
    reply = await chat.say("I need to get round to ordering the new glasses")
    assert await chat.tasks() == before
    assert "'Order new glasses' is on your list already" in reply.text


async def test_an_edit_the_model_finds_nothing_in_is_asked_about(chat: ChatSession) -> None:
    await chat.seed("Fix flaky login test")
    await chat.seed("Update the changelog")
    before = await chat.tasks()
    reply = await chat.say("fix flaky login test: in progress")
    assert await chat.tasks() == before  # not renamed "In progress"
    assert "I'm not sure what you'd like changed about 'Fix flaky login test'" in reply.text


async def test_a_move_said_as_an_amount_moves_by_it(chat: ChatSession) -> None:
    gst = await chat.seed("Submit GST return", due="2026-12-04")
    await chat.say("GST return: prepone by 2 days please")
    assert (await chat.tasks())[gst]["due"] == "Wednesday 2 December 2026"


async def test_a_message_naming_no_task_is_left_to_the_rules(chat: ChatSession) -> None:
    await chat.seed("Buy milk")
    reply = await chat.say("add call the plumber tomorrow at 9")
    assert reply.tools() == ["add_task"]


async def test_looking_runs_only_read_only_tools_and_keeps_no_call(chat: ChatSession) -> None:
    runner = ToolRunner(chat.tools)
    milk = await chat.seed("Buy milk")
    await chat.seed("Bought bread", state="completed")
    assert await runner.open_titles() == [(milk, "Buy milk")]
    looked = await runner.look("list_tasks", {"status": "pending"})
    assert [task["title"] for task in looked.result["tasks"]] == ["Buy milk"]
    refused = await runner.look("delete_task", {"task_id": 1})
    assert refused.result == {"error": "'delete_task' is not read-only."}
    assert runner.calls == []


async def test_a_task_is_marked_done_only_when_the_message_says_so(chat: ChatSession) -> None:
    dentist = await chat.seed("Dentist appointment")
    await chat.seed("Wash the car")
    await chat.say("dentist tomorrow")  # a day: scheduled, never done
    asked = await chat.say("dentist moved, bad news")
    tasks = await chat.tasks()
    assert tasks[dentist]["status"] == "pending"
    assert all(call.tool != "complete_task" for call in asked.calls)


async def test_a_reminder_about_words_naming_no_task_clearly_adds_one(chat: ChatSession) -> None:
    car = await chat.seed("Wash the car")
    await chat.say("remind me about the car insurance tomorrow at 9")
    tasks = await chat.tasks()
    assert tasks[car]["reminder"] is None
    assert len(tasks) == 2


async def test_something_that_happened_to_a_thing_is_asked_about_not_done(
    chat: ChatSession,
) -> None:
    dahlias = await chat.seed("Cover the dahlias")
    await chat.seed("Lift the leeks")
    reply = await chat.say("the frost got my last dahlias, gutted")
    assert "complete_task" not in reply.tools()
    assert (await chat.tasks())[dahlias]["status"] == "pending"


async def test_a_tasks_own_verb_in_the_past_completes_it_and_no_other(chat: ChatSession) -> None:
    wedding = await chat.seed("Cull the Henderson wedding")
    cards = await chat.seed("Back up the SD cards")
    await chat.say("SD cards backed up to the NAS and the cloud")
    tasks = await chat.tasks()
    assert (tasks[wedding]["status"], tasks[cards]["status"]) == ("pending", "completed")


async def test_a_tasks_own_verb_asked_for_again_completes_nothing(chat: ChatSession) -> None:
    pool = await chat.seed("Clean the penguin pool")
    before = await chat.tasks()
    await chat.say("the penguin pool was cleaned in May, needs doing again")
    assert (await chat.tasks())[pool] == before[pool]


async def test_a_reminder_before_a_deadline_finds_the_one_task_its_words_name(
    chat: ChatSession,
) -> None:
    siemens = await chat.seed("Deliver the Siemens translation", due="2026-12-01T17:00:00+01:00")
    other = await chat.seed("Invoice the Bosch manual", due="2026-12-01T17:00:00+01:00")
    await chat.say("Please remind me two hours before the Siemens deadline.")
    tasks = await chat.tasks()
    assert set(tasks) == {siemens, other}
    assert tasks[siemens]["reminder"] == "Tuesday 1 December 2026, 15:00"
    assert tasks[other]["reminder"] is None


async def test_a_reminder_before_words_two_tasks_share_names_neither(chat: ChatSession) -> None:
    first = await chat.seed("Send the Siemens invoice", due="2026-12-01T17:00:00+01:00")
    second = await chat.seed("Deliver the Siemens translation", due="2026-12-02T17:00:00+01:00")
    before = await chat.tasks()
    await chat.say("remind me two hours before the Siemens deadline")
    assert await chat.tasks() == before
    assert {first, second} == set(before)


async def test_a_fact_in_the_tasks_own_verb_names_it_by_words_no_other_title_has(
    chat: ChatSession,
) -> None:
    tacho = await chat.seed("Get the tacho calibrated")
    wash = await chat.seed("Book the wagon wash")
    await chat.say("tacho got calibrated at the garage this morning")
    tasks = await chat.tasks()
    assert (tasks[tacho]["status"], tasks[wash]["status"]) == ("completed", "pending")


async def test_a_fact_whose_words_two_titles_share_completes_neither(chat: ChatSession) -> None:
    await chat.seed("Deliver the Henderson gallery")
    await chat.seed("Deliver the Okafor gallery")
    before = await chat.tasks()
    await chat.say("two of the galleries are delivered")
    assert await chat.tasks() == before


@pytest.mark.parametrize(
    ("title", "message"),
    [
        ("Water the plants", "do you know if the plants got watered"),
        ("Water the plants", "the plants get watered automatically now"),
        ("Collect the bins", "remind me to ask if the bins are collected"),
        ("Book flights to Rome", "when the flights to Rome are booked, tell Anna"),
        ("Order mealworms", "mealworms are ordered online usually"),
        ("Get the tacho calibrated", "last year the tacho got calibrated in March"),
    ],
)
async def test_a_tasks_own_verb_asked_supposed_or_habitual_completes_nothing(
    chat: ChatSession, title: str, message: str
) -> None:
    task = await chat.seed(title)
    await chat.say(message)
    assert (await chat.tasks())[task]["status"] == "pending"


async def test_forget_that_after_a_move_takes_the_move_back_and_deletes_nothing(
    chat: ChatSession,
) -> None:
    mum = await chat.seed("Call mum")
    await chat.say("move call mum to friday")
    await chat.say("no no, forget that, she called me")
    task = (await chat.tasks())[mum]
    assert (task["status"], task["due"]) == ("pending", None)


async def test_a_repeat_said_stands_against_a_reading_that_takes_it_away(
    chat: ChatSession,
) -> None:
    reports = await chat.seed(
        "Send show report to producers", due="2026-11-26", recurrence="FREQ=DAILY"
    )
    await chat.say("Show reports only go out on weekdays now, change the repeat on that one")
    assert (await chat.tasks())[reports]["recurrence"] in (
        "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
        "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR",
    )


async def test_words_that_name_two_tasks_as_well_ask_which(chat: ChatSession) -> None:
    await chat.seed("Send money to Mae")
    await chat.seed("Send money to Nong Ploy")
    before = await chat.tasks()
    reply = await chat.say("send money finish already")
    assert await chat.tasks() == before
    assert reply.text == (
        "Which one do you mean: 'Send money to Mae' or 'Send money to Nong Ploy'? "
        "Say it with more of its words and I'll do it."
    )


def test_the_words_that_name_a_task_may_name_another_too() -> None:
    now = datetime(2026, 11, 26, 10, 0, tzinfo=TIMEZONE)
    titles = ["Send money to Mae", "Send money to Nong Ploy"]
    assert reading_of("send money finish already", titles, now=now, tz=TIMEZONE).tied
    assert not reading_of("sent money to mae", titles, now=now, tz=TIMEZONE).tied


async def test_a_fact_said_unsure_is_asked_not_done(chat: ChatSession) -> None:
    await chat.seed("Order new sallies")
    await chat.seed("Send the Guild subs")
    before = await chat.tasks()
    await chat.say("I believe I might have sent the subs, though I can't be certain")
    assert await chat.tasks() == before


def test_a_title_said_whole_is_no_tie_with_a_longer_one() -> None:
    now = datetime(2026, 11, 26, 10, 0, tzinfo=TIMEZONE)
    titles = ["Dentist", "Dentist for kids"]
    assert not reading_of("dentist changed to friday", titles, now=now, tz=TIMEZONE).tied


async def test_a_task_said_whole_is_moved_beside_a_longer_one(chat: ChatSession) -> None:
    dentist = await chat.seed("Dentist", due="2026-12-02")
    await chat.seed("Dentist for kids")
    await chat.say("dentist changed to friday")
    tasks = await chat.tasks()
    assert tasks[dentist]["status"] == "pending"
    assert tasks[dentist]["due"] == "Friday 27 November 2026"


async def test_a_fact_said_whole_but_unsure_is_not_done(chat: ChatSession) -> None:
    essay = await chat.seed("Finish the essay")
    await chat.say("I think I finished the essay")
    assert (await chat.tasks())[essay]["status"] == "pending"


async def test_a_thing_half_done_so_far_is_not_done(chat: ChatSession) -> None:
    ballast = await chat.seed("Ballast the branch line")
    await chat.say("The branch line is only half ballasted so far.")
    assert (await chat.tasks())[ballast]["status"] == "pending"


async def test_a_half_marathon_run_is_done(chat: ChatSession) -> None:
    race = await chat.seed("Run the half marathon")
    await chat.say("ran the half marathon")
    assert (await chat.tasks())[race]["status"] == "completed"
