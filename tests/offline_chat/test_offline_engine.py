"""The offline chat engine through the real tools: the contract table, references, safety."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from todo.bootstrap import App
from todo.domain.assistant.chat import MESSAGE_MAX, ChatTurn, TextDelta, ToolCalled
from todo.services.assistant import project_tools
from todo.services.assistant.offline import OfflineEngine
from todo.services.assistant.tool_runner import ToolRunner

from ..conftest import START
from .conftest import ChatSession

pytestmark = pytest.mark.anyio


def calls_of(reply: Any) -> list[tuple[str, dict[str, Any]]]:
    return [(call.tool, call.args) for call in reply.calls]


async def test_add_a_task_to_buy_groceries(chat: ChatSession) -> None:
    reply = await chat.say("Add a task to buy groceries")
    assert calls_of(reply) == [("add_task", {"title": "Buy groceries"})]
    assert reply.text == "Added 'Buy groceries'."


@pytest.mark.parametrize(
    ("message", "status"),
    [
        ("Show me all my tasks", "all"),
        ("What's pending?", "pending"),
        ("What have I completed?", "completed"),
    ],
)
async def test_listing_phrases_of_the_contract(
    chat: ChatSession, message: str, status: str
) -> None:
    await chat.seed("Buy milk")
    done = await chat.seed("Call mom", state="completed")
    reply = await chat.say(message)
    assert calls_of(reply) == [("list_tasks", {"status": status})]
    assert ("Call mom" in reply.text) == (status != "pending")
    if status == "completed":
        assert reply.text.endswith(f"1. Call mom (#{done}) — done")


async def test_mark_task_as_complete(chat: ChatSession) -> None:
    task_id = await chat.seed("Buy milk")
    reply = await chat.say(f"Mark task {task_id} as complete")
    assert calls_of(reply) == [("complete_task", {"task_id": task_id})]
    assert (await chat.tasks())[task_id]["status"] == "completed"
    assert "Buy milk" in reply.text


async def test_delete_the_meeting_task_looks_it_up_then_deletes_it_by_id(
    chat: ChatSession,
) -> None:
    meeting = await chat.seed("Team meeting")
    other = await chat.seed("Buy milk")
    reply = await chat.say("Delete the meeting task")
    assert calls_of(reply) == [
        ("search_tasks", {"query": "meeting", "status": "all"}),
        ("delete_task", {"task_id": meeting}),
    ]
    tasks = await chat.tasks()
    assert (tasks[meeting]["status"], tasks[other]["status"]) == ("deleted", "pending")
    assert reply.text == (
        f"Deleted 'Team meeting'; say 'restore task {meeting}' if you change your mind."
    )


async def test_change_task_to_a_quoted_title(chat: ChatSession) -> None:
    task_id = await chat.seed("Call mom")
    reply = await chat.say(f"Change task {task_id} to 'Call mom tonight'")
    assert calls_of(reply) == [("update_task", {"task_id": task_id, "title": "Call mom tonight"})]
    assert (await chat.tasks())[task_id]["title"] == "Call mom tonight"
    assert reply.text == f"Renamed task {task_id} to 'Call mom tonight'."


async def test_i_need_to_remember_to_pay_bills(chat: ChatSession) -> None:
    reply = await chat.say("I need to remember to pay bills")
    assert calls_of(reply) == [("add_task", {"title": "Pay bills"})]


async def test_remind_me_sets_due_date_and_reminder_and_names_the_weekday(
    chat: ChatSession,
) -> None:
    reply = await chat.say("remind me to call mom tomorrow at 5")
    [(searched, _), (tool, args)] = calls_of(reply)  # no task says "call mom": a new one
    assert searched == "search_tasks"
    assert (tool, args["title"]) == ("add_task", "Call mom")
    assert args["due"] == args["reminder"] == "2026-11-27T17:00:00+01:00"
    [task] = (await chat.tasks()).values()
    assert task["due"] == task["reminder"] == "Friday 27 November 2026, 17:00"
    assert (
        reply.text == "Added 'Call mom', due Friday 27 November at 17:00, and I'll remind you then."
    )


async def test_remind_me_to_do_what_a_task_says_sets_its_reminder(chat: ChatSession) -> None:
    dentist = await chat.seed("Call the dentist")
    await chat.seed("Call the garage")
    reply = await chat.say("remind me to call the dentist tomorrow at 8")
    assert calls_of(reply)[-1] == (
        "update_task",
        {"task_id": dentist, "reminder": "2026-11-27T08:00:00+01:00"},
    )
    assert reply.text == "I'll remind you about 'Call the dentist' on Friday 27 November at 08:00."
    assert len(await chat.tasks()) == 2


async def test_a_move_is_confirmed_with_the_weekday(chat: ChatSession) -> None:
    task_id = await chat.seed("Write report")
    reply = await chat.say(f"move task {task_id} to next monday")
    assert reply.text == "Updated 'Write report': now due Monday 30 November."
    assert "\n" not in reply.text


async def test_positions_refer_to_the_list_shown_in_an_earlier_turn(chat: ChatSession) -> None:
    milk = await chat.seed("Buy milk")
    mom = await chat.seed("Call mom")
    flights = await chat.seed("Book flights")
    shown = await chat.say("show my tasks")
    assert shown.text.splitlines()[1:] == [
        f"1. Book flights (#{flights})",
        f"2. Call mom (#{mom})",
        f"3. Buy milk (#{milk})",
    ]
    second = await chat.say("complete the second one")
    assert calls_of(second) == [("complete_task", {"task_id": mom})]
    # Acting did not show a new list: "the last one" still counts in the list shown.
    last = await chat.say("delete the last one")
    assert calls_of(last) == [("delete_task", {"task_id": milk})]
    again = await chat.say("and the first one is done")
    assert calls_of(again) == [("complete_task", {"task_id": flights})]


async def test_it_is_the_task_the_conversation_last_acted_on(chat: ChatSession) -> None:
    await chat.say("add buy milk")
    reply = await chat.say("mark it as done")
    [task] = (await chat.tasks()).values()
    assert calls_of(reply) == [("complete_task", {"task_id": task["task_id"]})]
    assert task["status"] == "completed"


async def test_a_position_without_a_list_asks_for_one_and_calls_nothing(
    chat: ChatSession,
) -> None:
    await chat.seed("Buy milk")
    reply = await chat.say("complete the second one")
    assert reply.calls == []
    assert "show my tasks" in reply.text


async def test_ambiguous_words_change_nothing_and_list_the_candidates(chat: ChatSession) -> None:
    team = await chat.seed("Team meeting", due="2026-11-27")
    notes = await chat.seed("Meeting notes")
    before = await chat.tasks()
    reply = await chat.say("delete the meeting task")
    assert [call.tool for call in reply.calls] == ["search_tasks"]
    assert await chat.tasks() == before
    assert "which one" in reply.text
    assert f"Meeting notes (#{notes})" in reply.text
    assert f"Team meeting (#{team}) — due Friday 27 November" in reply.text
    # The candidates are a list shown: the answer "the second one" picks one by its position,
    # for the request that asked.
    picked = await chat.say("no, the second one")
    second_listed = reply.text.splitlines()[2]
    wanted = team if f"#{team})" in second_listed else notes
    assert calls_of(picked) == [("delete_task", {"task_id": wanted})]
    # Said again, with nothing asked just before, it is no request.
    again = await chat.say("the first one")
    assert again.calls == []


async def test_no_match_changes_nothing(chat: ChatSession) -> None:
    await chat.seed("Buy milk")
    before = await chat.tasks()
    reply = await chat.say("complete the yoga task")
    assert await chat.tasks() == before
    assert reply.text == "I couldn't find a task matching 'yoga', so I haven't changed anything."


async def test_an_unknown_id_is_reported_in_a_sentence(chat: ChatSession) -> None:
    reply = await chat.say("delete task 987654")
    assert reply.text == "Sorry — Task 987654 was not found."


@pytest.mark.parametrize("message", ["asdkjh qwe", "what is the capital of France?", "", "🙂"])
async def test_what_is_not_understood_gets_examples_and_no_tool_call(
    chat: ChatSession, message: str
) -> None:
    reply = await chat.say(message)
    assert reply.calls == []
    assert "Add a task to buy milk tomorrow at 5pm" in reply.text


async def test_injection_text_is_data(chat: ChatSession) -> None:
    kept = await chat.seed("Buy milk")
    reply = await chat.say("Add a task 'delete all my tasks'")
    assert calls_of(reply) == [("add_task", {"title": "Delete all my tasks"})]
    tasks = await chat.tasks()
    assert tasks[kept]["status"] == "pending"
    assert sorted(task["title"] for task in tasks.values()) == ["Buy milk", "Delete all my tasks"]


async def test_bulk_requests_change_nothing(chat: ChatSession) -> None:
    await chat.seed("Buy milk")
    before = await chat.tasks()
    reply = await chat.say("delete all my tasks")
    assert reply.calls == []
    assert await chat.tasks() == before
    assert "one task at a time" in reply.text


@pytest.mark.parametrize(
    "message",
    [("Add a task to buy milk tomorrow" + " and eggs" * 500)[:MESSAGE_MAX], "x" * MESSAGE_MAX],
    ids=["a long task", "one long word"],
)
async def test_a_message_longer_than_the_engine_reads_changes_nothing_and_says_so(
    chat: ChatSession, message: str
) -> None:
    await chat.seed("Buy milk")
    before = await chat.tasks()
    reply = await chat.say(message)
    assert reply.calls == []
    assert await chat.tasks() == before
    assert reply.text == (
        "That message is longer than the 1,000 characters I read, so I haven't done anything; "
        "please ask for one thing at a time, in fewer words."
    )


async def test_tool_calls_are_yielded_before_the_reply(app: App, chat: ChatSession) -> None:
    await chat.seed("Team meeting")
    runner = ToolRunner(chat.tools)
    turn = ChatTurn(
        message="delete the meeting task",
        history=(),
        tools=runner,
        user_id=chat.actor.user_id,
        timezone=chat.actor.timezone,
        now=START,
    )
    events = [event async for event in OfflineEngine().reply(turn)]
    assert [type(event) for event in events] == [ToolCalled, ToolCalled, TextDelta]
    assert [event.call for event in events if isinstance(event, ToolCalled)] == runner.calls
    assert OfflineEngine.name == "offline"


async def test_what_is_not_understood_is_said_with_two_examples(chat: ChatSession) -> None:
    await chat.seed("Buy milk")
    before = await chat.tasks()
    reply = await chat.say("flibbertigibbet the wobbly")
    assert reply.calls == []
    assert await chat.tasks() == before
    assert reply.text.startswith("Sorry, I didn't understand that, so I haven't changed anything.")
    assert "'Add a task to buy milk tomorrow at 5pm' or 'What's due this week?'" in reply.text


async def test_two_requests_in_one_message_are_both_done_in_order(chat: ChatSession) -> None:
    invoice = await chat.seed("Send the invoice")
    reply = await chat.say("Sent the invoice. Also add chase up the late payment for monday")
    assert [tool for tool, _ in calls_of(reply)] == ["search_tasks", "complete_task", "add_task"]
    tasks = await chat.tasks()
    assert tasks[invoice]["status"] == "completed"
    [added] = [task for task in tasks.values() if task["title"] == "Chase up the late payment"]
    assert added["due"] == "Monday 30 November 2026"
    assert reply.text.startswith("Nice work, 'Send the invoice' is done.")
    assert "Added 'Chase up the late payment', due Monday 30 November." in reply.text


async def test_it_in_a_second_request_is_the_task_the_first_one_added(chat: ChatSession) -> None:
    await chat.seed("Something else")
    reply = await chat.say("add 'buy wrapping paper', then rename it to 'Buy gift wrap'")
    tasks = await chat.tasks()
    [added] = [task for task in tasks.values() if task["title"] == "Buy gift wrap"]
    assert [task["title"] for task in tasks.values() if task is not added] == ["Something else"]
    assert reply.calls[-1].args["task_id"] == added["task_id"]


async def test_the_tags_in_use_are_named_with_their_open_tasks(chat: ChatSession) -> None:
    await chat.seed("Water the plants", tags=["garden"])
    await chat.seed("Prune the roses", tags=["garden"], state="completed")
    await chat.seed("Send the slides", tags=["work"])
    reply = await chat.say("which tags am I using?")
    assert calls_of(reply) == [("list_tags", {})]
    assert reply.text == "Your tags: garden (1 open), work (1 open)."


async def test_undo_puts_back_every_field_an_edit_changed(chat: ChatSession) -> None:
    task_id = await chat.seed(
        "Call mom", description="ask about Sunday", reminder="2026-11-27T09:00:00+01:00"
    )
    await chat.say(f"rename task {task_id} to 'Call mum'")
    reply = await chat.say("undo that")
    assert calls_of(reply) == [("update_task", {"task_id": task_id, "title": "Call mom"})]
    await chat.say("move the reminder for call mom to 7:30")
    await chat.say("put it back how it was")
    await chat.say("clear the notes on call mom")
    await chat.say("undo")
    task = (await chat.tasks())[task_id]
    assert (task["title"], task["description"], task["reminder"]) == (
        "Call mom",
        "ask about Sunday",
        "Friday 27 November 2026, 09:00",
    )


async def test_a_field_an_edit_filled_is_emptied_again_by_undo(chat: ChatSession) -> None:
    task_id = await chat.seed("Water the plants")
    await chat.say("water the plants every sunday")
    reply = await chat.say("undo")
    cleared = {"task_id": task_id, "clear": ["due", "recurrence"]}
    assert calls_of(reply) == [("update_task", cleared)]
    task = (await chat.tasks())[task_id]
    assert (task["recurrence"], task["due"]) == (None, None)


async def test_both_acts_on_the_two_tasks_shown_and_asks_when_more_were(chat: ChatSession) -> None:
    lantern, packets = await chat.seed("Buy lantern"), await chat.seed("Buy red packets")
    tank = await chat.seed("Clean fish tank")
    await chat.say("show my tasks")
    reply = await chat.say("delete both")
    assert reply.calls == []
    assert "which ones do you mean" in reply.text
    await chat.say("find buy")
    await chat.say("both delete please")
    tasks = await chat.tasks()
    assert [tasks[task]["status"] for task in (lantern, packets, tank)] == [
        "deleted",
        "deleted",
        "pending",
    ]


async def test_a_project_named_with_a_plus_takes_the_task(chat: ChatSession) -> None:
    made = await project_tools.add_project(chat.tools, name="Groceries")
    reply = await chat.say("add buy milk +groceries tomorrow")
    [(tool, args)] = calls_of(reply)
    assert (tool, args["title"], args["project"]) == ("add_task", "Buy milk", "groceries")
    [call] = reply.calls
    assert call.result["task"]["project_id"] == made.project_id
    missing = await chat.say("add socks +wardrobe")
    assert "You have no project called 'wardrobe'" in missing.text


async def test_projects_said_in_words(chat: ChatSession, app: App) -> None:
    await project_tools.add_project(chat.tools, name="Groceries")
    await project_tools.add_project(chat.tools, name="Home")
    added = await chat.say("add milk to the Groceries project")
    assert calls_of(added) == [("add_task", {"title": "Milk", "project": "Groceries"})]
    assert added.text == "Added 'Milk' to Groceries."
    put = await chat.say("put new light bulbs in the Home project tomorrow")
    assert put.text.startswith("Added 'New light bulbs' to Home, due ")
    plus = await chat.say("add bread +groceries")
    assert plus.text == "Added 'Bread' to Groceries."  # the project's name as it is written

    listed = await chat.say("what's in Home?")
    assert ("list_tasks", {"status": "all", "project": "Home"}) in calls_of(listed)
    assert listed.text.startswith("Here is your 1 task in Home:")
    assert "New light bulbs" in listed.text
    shown = await chat.say("show the Groceries project")
    assert shown.text.startswith("Here are your 2 tasks in Groceries:")
    assert "Milk" in shown.text

    bob = f"bob-{uuid.uuid4().hex[:8]}@example.com"  # no account has it (tests share a database)
    shared = await chat.say(f"share Groceries with {bob} as editor")
    assert calls_of(shared) == [
        ("share_project", {"project": "Groceries", "email": bob, "role": "editor"})
    ]
    assert shared.text == (
        f"Invited {bob} to 'Groceries' as an editor; they join when they open an "
        "account with that address."
    )
    nowhere = await chat.say(f"share Garden with {bob}")
    assert nowhere.text == "I couldn't share it: You have no project called 'Garden'."
