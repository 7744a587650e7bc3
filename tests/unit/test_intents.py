"""Reading chat messages as intents: pure rules, no database."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from todo.domain.assistant.intent_fields import TaskFields
from todo.domain.assistant.intent_lists import ListQuery
from todo.domain.assistant.intent_message import read_intent
from todo.domain.assistant.intent_references import (
    ByContext,
    ById,
    ByPosition,
    ByWords,
    Everything,
    hide_quoted,
    read_reference,
)
from todo.domain.assistant.intents import (
    READ_LIMIT,
    Act,
    Add,
    Help,
    Intent,
    ListTasks,
    RemindAbout,
    SmallTalk,
    TooLong,
    Unknown,
    Update,
    tidy,
)
from todo.domain.priority import Priority

NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)  # Thursday; 11:00 in Berlin
BERLIN = ZoneInfo("Europe/Berlin")


def read(message: str) -> Intent:
    return read_intent(message, now=NOW, tz=BERLIN)


def at(day: int, hour: int, minute: int = 0, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=BERLIN)


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("Add a task to buy groceries", Add(TaskFields(title="Buy groceries"))),
        ("Show me all my tasks", ListTasks(ListQuery(status="all"))),
        ("What's pending?", ListTasks(ListQuery(status="pending"))),
        ("Mark task 3 as complete", Act("complete", ById(3))),
        ("Delete the meeting task", Act("delete", ByWords("meeting"))),
        (
            "Change task 1 to 'Call mom tonight'",
            Update(ById(1), TaskFields(title="Call mom tonight")),
        ),
        ("I need to remember to pay bills", Add(TaskFields(title="Pay bills"))),
        ("What have I completed?", ListTasks(ListQuery(status="completed"))),
    ],
)
def test_the_contract_table(message: str, intent: Intent) -> None:
    assert read(message) == intent


def test_remind_me_sets_the_reminder_at_the_due_time() -> None:
    # Something to do: a new task, unless one says the very same (the engine looks first).
    assert read("remind me to call mom tomorrow at 5") == RemindAbout(
        TaskFields(title="Call mom", due=at(27, 17), reminder=at(27, 17)), new=True
    )


def test_a_reminder_about_something_names_a_task_with_the_time_on_either_side() -> None:
    expected = RemindAbout(TaskFields(title="The dentist", due=at(27, 8), reminder=at(27, 8)))
    assert read("ping me about the dentist tomorrow at 8") == expected
    assert read("remind me tomorrow at 8 about the dentist") == expected
    assert read("add a reminder to the dentist tomorrow at 8") == expected


@pytest.mark.parametrize(
    ("message", "fields"),
    [
        (
            "add buy milk tomorrow at 9am #shopping !high",
            TaskFields(title="Buy milk", due=at(27, 9), priority=Priority.HIGH, tags=("shopping",)),
        ),
        (
            "add water plants every monday",
            TaskFields(
                title="Water plants", due=date(2026, 11, 30), recurrence="FREQ=WEEKLY;BYDAY=MO"
            ),
        ),
        (
            "add an urgent task to call the bank",
            TaskFields(title="Call the bank", priority=Priority.URGENT),
        ),
        (
            "Add call the bank, it's urgent",
            TaskFields(title="Call the bank", priority=Priority.URGENT),
        ),
        (
            "add book flights high priority",
            TaskFields(title="Book flights", priority=Priority.HIGH),
        ),
        (
            "add call the bank, wicked important",
            TaskFields(title="Call the bank", priority=Priority.HIGH),
        ),
        (
            "add fix the boiler, canny urgent like",
            TaskFields(title="Fix the boiler", priority=Priority.URGENT),
        ),
        (
            "add pay the rates - heaps important, due 20 dec",
            TaskFields(title="Pay the rates", due=date(2026, 12, 20), priority=Priority.HIGH),
        ),
        (
            "add read the really important email",
            TaskFields(title="Read the really important email"),
        ),
        ("add buy milk, remind me at 4pm", TaskFields(title="Buy milk", reminder=at(26, 16))),
        ("Add a task 'delete all my tasks'", TaskFields(title="Delete all my tasks")),
        ("Add 'call mom tomorrow, urgent'", TaskFields(title="Call mom tomorrow, urgent")),
        ("add milk to my list", TaskFields(title="Milk")),
        ("add", TaskFields(title="")),
    ],
)
def test_new_tasks_are_read_with_the_quick_add_parser(message: str, fields: TaskFields) -> None:
    assert read(message) == Add(fields)


@pytest.mark.parametrize(
    ("phrase", "reference"),
    [
        ("task 3", ById(3)),
        ("#3", ById(3)),
        ("3", ById(3)),
        ("task number 12", ById(12)),
        ("the second one", ByPosition(2)),
        ("the 2nd task", ByPosition(2)),
        ("number 2", ByPosition(2, or_id=True)),
        ("the last one", ByPosition(-1)),
        ("the second to last one", ByPosition(-2)),
        ("it", ByContext()),
        ("that one", ByContext()),
        ("the meeting task", ByWords("meeting")),
        ("groceries", ByWords("groceries")),
        ("the task called 'Call the bank'", ByWords("Call bank")),
        ("all my tasks", Everything()),
        ("what", None),
        ("the", None),
    ],
)
def test_references(phrase: str, reference: object) -> None:
    assert read_reference(phrase) == reference


@pytest.mark.parametrize(
    ("message", "query"),
    [
        ("what's due today?", ListQuery(status="pending", due="today")),
        ("anything overdue?", ListQuery(status="pending", due="overdue")),
        ("show my high priority tasks", ListQuery(priority=Priority.HIGH)),
        ("show tasks tagged work", ListQuery(tag="work")),
        ("show my #home tasks", ListQuery(tag="home")),
        ("find tasks about the dentist", ListQuery(search="dentist")),
        ("Which tasks are not done yet?", ListQuery(status="pending")),
    ],
)
def test_lists_and_searches(message: str, query: ListQuery) -> None:
    assert read(message) == ListTasks(query)


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("move task 4 to friday", Update(ById(4), TaskFields(due=date(2026, 11, 27)))),
        ("make task 2 urgent", Update(ById(2), TaskFields(priority=Priority.URGENT))),
        ("set the priority of task 3 to low", Update(ById(3), TaskFields(priority=Priority.LOW))),
        ("change task 1 to tomorrow", Update(ById(1), TaskFields(due=date(2026, 11, 27)))),
        ("change task 1 to 'tomorrow'", Update(ById(1), TaskFields(title="Tomorrow"))),
        ("tag task 3 with work and home", Update(ById(3), TaskFields(), add_tags=("work", "home"))),
        ("remove the tag work from task 3", Update(ById(3), TaskFields(), remove_tags=("work",))),
        (
            "make task 3 repeat every monday",
            Update(ById(3), TaskFields(recurrence="FREQ=WEEKLY;BYDAY=MO")),
        ),
        (
            "rename the milk task to Buy oat milk",
            Update(ByWords("milk"), TaskFields(title="Buy oat milk")),
        ),
    ],
)
def test_edits(message: str, intent: Intent) -> None:
    assert read(message) == intent


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("complete the second one", Act("complete", ByPosition(2))),
        ("number 2 is done", Act("complete", ByPosition(2, or_id=True))),
        ("delete it", Act("delete", ByContext())),
        ("reopen task 5", Act("reopen", ById(5))),
        ("restore task 5", Act("restore", ById(5))),
        ("show task 5", Act("show", ById(5))),
        ("delete all my tasks", Act("delete", Everything())),
        ("hi", SmallTalk("greeting")),
        ("thanks!", SmallTalk("thanks")),
        ("help", Help()),
        ("?", Help()),
        ("asdkjh qwe", Unknown("asdkjh qwe")),
    ],
)
def test_actions_and_conversation(message: str, intent: Intent) -> None:
    assert read(message) == intent


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        (
            "add tags work and home to task 3",
            Update(ById(3), TaskFields(), add_tags=("work", "home")),
        ),
        (
            "add the tags work, home and errands to task 3",
            Update(ById(3), TaskFields(), add_tags=("work", "home", "errands")),
        ),
        (
            "add #work, and #home to it",
            Update(ByContext(), TaskFields(), add_tags=("work", "home")),
        ),
        (
            "add tags work, and home to task 3",
            Update(ById(3), TaskFields(), add_tags=("work", "home")),
        ),
        ("add tag android to task 3", Update(ById(3), TaskFields(), add_tags=("android",))),
        (
            "add tags rock and roll to task 3",
            Update(ById(3), TaskFields(), add_tags=("rock", "roll")),
        ),
        (
            "remove tags work and home from task 3",
            Update(ById(3), TaskFields(), remove_tags=("work", "home")),
        ),
        ("remove #a and #b from task 3", Update(ById(3), TaskFields(), remove_tags=("a", "b"))),
    ],
)
def test_lists_of_tags_where_and_is_a_separator_never_a_tag(message: str, intent: Intent) -> None:
    assert read(message) == intent


def test_a_message_longer_than_the_read_limit_is_not_read_at_all() -> None:
    message = "Add a task to buy milk" + " and eggs" * 110 + " tomorrow"
    assert len(message) > READ_LIMIT  # cut at the limit, it would lose its date
    assert read(message) == TooLong()
    assert read("x" * (READ_LIMIT + 1)) == TooLong()


def test_the_read_limit_counts_a_run_of_spaces_as_one() -> None:
    message = "Add a task to buy milk" + " " * 2000 + "tomorrow"
    assert read(message) == Add(TaskFields(title="Buy milk", due=date(2026, 11, 27)))
    longest = "add a task to " + "x" * (READ_LIMIT - len("add a task to "))
    assert read(longest) == Add(TaskFields(title="X" + "x" * (READ_LIMIT - 15)))


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        ("Add 'urgent' now", "Add " + "\0" * 8 + " now"),
        ("'a' and \"b\"", "\0\0\0 and \0\0\0"),
        ("Tom's 'big day' party", "Tom's " + "\0" * 9 + " party"),
        ("“curly” ‘ones’", "\0" * 7 + " " + "\0" * 6),
        ("it's 'half open", "it's 'half open"),
        ("'one\nline'", "'one\nline'"),
        ("''", "''"),
    ],
)
def test_quotations_are_hidden_from_the_rules(text: str, hidden: str) -> None:
    assert hide_quoted(text) == hidden


def test_politeness_is_trimmed() -> None:
    assert tidy("  Hey, could you please add walk the dog, thanks!! ") == "add walk the dog"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_text_is_read_without_raising(message: str) -> None:
    assert read(message) is not None


COMMAND_WORDS = [
    "add",
    "delete",
    "mark",
    "complete",
    "task",
    "the",
    "one",
    "second",
    "last",
    "it",
    "#3",
    "3",
    "to",
    "every",
    "monday",
    "tomorrow",
    "at",
    "5",
    "urgent",
    "high",
    "priority",
    "remind",
    "me",
    "show",
    "my",
    "tasks",
    ",",
    "!",
    "?",
    "due",
    "rename",
    "change",
    "tag",
    "with",
    "from",
    "#work",
    "'quoted'",
    '"',
    "'half",
    "name",
    "title",
    "notes",
    "reminder",
    "repeat",
    "off",
    "back",
    "how",
    "was",
    "week",
    "after",
    "and",
    "about",
    "half",
    "nine",
    "first",
    "of",
    "december",
    ":",
    "-",
    "instead",
    "make",
    "that",
    "i",
    "meant",
]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(COMMAND_WORDS),
        max_size=12,
    )
)
def test_any_mix_of_command_words_is_read_without_raising(words: list[str]) -> None:
    assert read(" ".join(words)) is not None


def test_change_the_name_with_no_task_named_is_the_task_in_hand() -> None:
    assert read("change the name to Email the landlord about the boiler") == Update(
        ByContext(), TaskFields(title="Email the landlord about the boiler")
    )
