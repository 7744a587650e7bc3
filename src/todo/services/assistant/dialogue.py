"""What the stored conversation says, read again on every turn (the engine keeps no state):
the list last shown, the task the conversation is about, the change just made, and the question
the previous answer asked."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

from todo.domain.assistant.chat import PastMessage, ToolCall
from todo.domain.assistant.intent_references import MIDDLE

View = dict[str, Any]

LISTING_TOOLS: Final = frozenset({"list_tasks", "search_tasks"})


#: The call that takes back each change.
OPPOSITES: Final = {
    "add_task": "delete_task",
    "complete_task": "reopen_task",
    "reopen_task": "complete_task",
    "delete_task": "restore_task",
    "restore_task": "delete_task",
}


CHANGES: Final = frozenset({*OPPOSITES, "update_task"})


def last_change(history: Sequence[PastMessage]) -> ToolCall | None:
    """Return the change the previous answer made (its last), if it made one."""
    if not history or history[-1].role != "assistant":
        return None
    changes = [call for call in history[-1].tool_calls if call.tool in CHANGES and not call.failed]
    return changes[-1] if changes else None


#: How the engine asks which task was meant (see :func:`~todo.domain.assistant.replies.ambiguity`).
WHICH_QUESTION: Final = "which one do you mean?"


#: How the engine asks for a reminder's time (see :meth:`_Conversation._set_reminder`).
WHEN_QUESTION: Final = "When should I remind you about '"


def asked_which(history: Sequence[PastMessage]) -> bool:
    """Tell whether the previous answer asked which of several tasks was meant."""
    return (
        bool(history)
        and history[-1].role == "assistant"
        and (WHICH_QUESTION in history[-1].content)
    )


def asked_when(history: Sequence[PastMessage]) -> int | None:
    """Return the task the previous answer asked a reminder time for, if it asked."""
    if not history or not history[-1].content.startswith(WHEN_QUESTION):
        return None
    title = history[-1].content.removeprefix(WHEN_QUESTION).split("'?", 1)[0]
    for call in reversed(history[-1].tool_calls):
        result = call.result if isinstance(call.result, dict) else {}
        tasks = [result["task"]] if isinstance(result.get("task"), dict) else result.get("tasks")
        for task in tasks or []:
            if isinstance(task, dict) and task.get("title") == title:
                return int(task["task_id"])
    return None


def last_listing(history: Sequence[PastMessage]) -> ToolCall | None:
    """Return the list the previous answer showed (its ``list_tasks`` call), if it showed one."""
    if not history or history[-1].role != "assistant" or not history[-1].tool_calls:
        return None
    last = history[-1].tool_calls[-1]
    return last if last.tool == "list_tasks" else None


def last_window(history: Sequence[PastMessage]) -> tuple[str, str] | None:
    """Return the first and the day after the last of the days the previous answer listed
    (ISO dates), if it listed some days."""
    if not listed_window(history):
        return None
    args = history[-1].tool_calls[-1].args
    after, before = args.get("due_after"), args.get("due_before")
    return (after, before) if isinstance(after, str) and isinstance(before, str) else None


def listed_window(history: Sequence[PastMessage]) -> bool:
    """Tell whether the previous answer listed the tasks of some days."""
    if not history or history[-1].role != "assistant" or not history[-1].tool_calls:
        return False
    last = history[-1].tool_calls[-1]
    return last.tool == "list_tasks" and bool({"due_after", "due_before"} & set(last.args))


def shown_list(history: Sequence[PastMessage]) -> list[View] | None:
    """Return the tasks of the last list shown: a list or search that ended an answer."""
    for message in reversed(history):
        if message.role != "assistant" or not message.tool_calls:
            continue
        last = message.tool_calls[-1]
        if last.tool in LISTING_TOOLS and isinstance(last.result, dict):
            tasks = last.result.get("tasks")
            if isinstance(tasks, list):
                return tasks
    return None


def by_position(history: Sequence[PastMessage], position: int) -> int | str:
    tasks = shown_list(history)
    if not tasks:
        return (
            "I haven't shown you a list to count in yet; ask me 'show my tasks' first, "
            "then say 'the second one'."
        )
    if position == MIDDLE:  # "the middle one": of three, the second; of four, not clear
        if len(tasks) % 2 == 0:
            return f"The last list I showed you has {len(tasks)} tasks; which one do you mean?"
        position = len(tasks) // 2 + 1
    index = position - 1 if position > 0 else len(tasks) + position
    if not 0 <= index < len(tasks):
        return f"The last list I showed you has {len(tasks)} task(s); which one do you mean?"
    return int(tasks[index]["task_id"])


def the_other(history: Sequence[PastMessage]) -> int | str:
    """Return, of the two tasks last offered (a "which one?" or a list of two, in the last
    few answers), the one the conversation did not act on."""
    acted = in_context(history)
    answers = [message for message in history if message.role == "assistant"][-_LOOK_BACK:]
    for message in reversed(answers):
        for made in reversed(message.tool_calls):
            result = made.result if isinstance(made.result, dict) else {}
            tasks = result.get("tasks") or result.get("candidates")
            if made.tool in LISTING_TOOLS and isinstance(tasks, list) and len(tasks) == 2:
                others = [int(task["task_id"]) for task in tasks if int(task["task_id"]) != acted]
                if len(others) == 1:
                    return others[0]
    return "I'm not sure which one you mean by the other one; say its number, for example 'task 3'."


#: How many answers back "the other one" looks for the two tasks offered.
_LOOK_BACK: Final = 3


def in_context(history: Sequence[PastMessage]) -> int | str:
    """Return the task the conversation last acted on or showed alone."""
    for message in reversed(history):
        if message.role != "assistant" or not message.tool_calls:
            continue
        for made in reversed(message.tool_calls):
            result = made.result if isinstance(made.result, dict) else {}
            task = result.get("task")
            if isinstance(task, dict) and "task_id" in task:
                return int(task["task_id"])
            tasks = result.get("tasks")
            if isinstance(tasks, list) and len(tasks) == 1:
                return int(tasks[0]["task_id"])
            if isinstance(tasks, list) or result.get("status") == "ambiguous":
                break
        break
    return "I'm not sure which task you mean; say its number, for example 'task 3'."
