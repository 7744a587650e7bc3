"""The offline chat's words: confirmations, numbered lists, questions and small talk.

Tasks arrive as the assistant tools show them (``task_id``, ``title``, ``status``, ``due``
spoken with its weekday, ``priority``, ``tags``…). Dates keep their weekday and drop the year
when it is the current one: ``Friday 27 November at 17:00``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Final

from todo.domain.assistant.intent_lists import ListQuery
from todo.domain.assistant.intents import READ_LIMIT, Relative, Update

View = Mapping[str, Any]

EXAMPLES: Final = (
    "You can say things like: 'Add a task to buy groceries tomorrow at 5pm', "
    "'What's pending?', 'Show me all my tasks', 'Mark task 3 as complete', "
    "'Delete the meeting task', 'Change task 1 to \"Call mom tonight\"', "
    "'Move the report to Friday', or 'Complete the second one' after a list."
)
#: The answer to what was not understood: it says so, with two examples, and does nothing.
NOT_UNDERSTOOD: Final = (
    "Sorry, I didn't understand that, so I haven't changed anything. Try, for example, "
    "'Add a task to buy milk tomorrow at 5pm' or 'What's due this week?' (say 'help' for more)."
)
SMALL_TALK_REPLIES: Final = {
    "greeting": (
        "Hi! I can add, list, complete, change and delete your tasks; try 'What's pending?'."
    ),
    "thanks": "You're welcome! Anything else I can do for your tasks?",
    "wellbeing": "I'm doing well, thanks for asking; ready to help with your tasks.",
    "goodbye": "Bye! Your tasks will be right here when you come back.",
    "ack": "Great. Anything else I can do for your tasks?",
}
TOO_LONG: Final = (
    f"That message is longer than the {READ_LIMIT:,} characters I read, so I haven't done "
    "anything; please ask for one thing at a time, in fewer words."
)
_DAYS: Final = {
    "MO": "Monday",
    "TU": "Tuesday",
    "WE": "Wednesday",
    "TH": "Thursday",
    "FR": "Friday",
    "SA": "Saturday",
    "SU": "Sunday",
}
_UNITS: Final = {"DAILY": "day", "WEEKLY": "week", "MONTHLY": "month", "YEARLY": "year"}
_CLEARED_WORDS: Final = {
    "due": "no due date",
    "reminder": "no reminder",
    "recurrence": "no longer repeating",
    "description": "no description",
    "tags": "no tags",
}
_DUE_WORDS: Final = {"today": "due today", "week": "due this week", "overdue": "overdue"}


def short_date(spoken: str, year: int) -> str:
    """Return a spoken date without the current ``year``: ``Friday 27 November at 17:00``."""
    day, _, clock = spoken.partition(", ")
    if day.endswith(f" {year}"):
        day = day.removesuffix(f" {year}")
    return f"{day} at {clock}" if clock else day


def spoken_rule(rule: str) -> str:
    """Return a recurrence rule in words: ``FREQ=WEEKLY;BYDAY=MO`` is ``every Monday``."""
    parts = dict(part.partition("=")[::2] for part in rule.upper().split(";") if "=" in part)
    unit = _UNITS.get(parts.get("FREQ", ""), "time")
    interval = parts.get("INTERVAL", "1")
    days = [_DAYS[day] for day in parts.get("BYDAY", "").split(",") if day in _DAYS]
    if days and interval == "1":
        if len(days) == 5 and "Saturday" not in days and "Sunday" not in days:
            return "every weekday"
        return "every " + _joined(days)
    monthday = parts.get("BYMONTHDAY", "")
    if monthday == "-1" and unit == "month" and interval == "1":
        return "every month on its last day"
    if monthday.isdigit() and unit == "month" and interval == "1":
        return f"every month on the {_ordinal(int(monthday))}"
    every = "every other" if interval == "2" else f"every {interval}"
    plural = f"{every} {unit}s" if interval not in ("1", "2") else f"{every} {unit}"
    return f"every {unit}" if interval == "1" else plural + (f" on {_joined(days)}" if days else "")


def task_line(task: View, year: int, *, full: bool = False) -> str:
    """Return one task in a line: ``Buy milk (#7) — due Friday 27 November, high priority``."""
    details: list[str] = []
    if full:
        details.append(str(task.get("status", "pending")))
    elif task.get("status") in ("completed", "deleted"):
        details.append("done" if task["status"] == "completed" else "deleted")
    if task.get("due"):
        details.append("due " + short_date(task["due"], year))
    if task.get("priority") not in (None, "none"):
        details.append(f"{task['priority']} priority")
    if task.get("tags"):
        details.append(" ".join(f"#{name}" for name in task["tags"]))
    if full and task.get("recurrence"):
        details.append("repeats " + spoken_rule(task["recurrence"]))
    if full and task.get("reminder"):
        details.append("reminder " + short_date(task["reminder"], year))
    line = f"{task['title']} (#{task['task_id']})"
    if details:
        line += " — " + ", ".join(details)
    if full and task.get("description"):
        line += f". Notes: {task['description']}"
    return line


def numbered(tasks: Sequence[View], year: int) -> str:
    """Return tasks as a numbered list, one per line."""
    return "\n".join(f"{n}. {task_line(task, year)}" for n, task in enumerate(tasks, start=1))


def tag_listing(tags: list[View]) -> str:
    """Name the tags in use with how many open tasks carry each: ``Your tags: work (3 open)``."""
    if not tags:
        return "You have no tags yet; add one with a task, for example 'add call mom #family'."
    named = ", ".join(f"{tag['name']} ({tag['open']} open)" for tag in tags[:50])
    more = f" and {len(tags) - 50} more" if len(tags) > 50 else ""
    return f"Your tags: {named}{more}."


def listing(query: ListQuery, result: View, year: int) -> str:
    """Return the reply to a list or a search: a header and the numbered tasks."""
    tasks: Sequence[View] = result.get("tasks", [])
    if query.search:
        if not tasks:
            return f"No tasks match '{query.search}'."
        header = f"I found {_count(len(tasks))} matching '{query.search}':"
    else:
        kind = _kind(query)
        if not tasks:
            return _nothing(query, kind)
        header = f"Here {'is' if len(tasks) == 1 else 'are'} your {_count(len(tasks), kind)}"
        header += _tail(query) + ":"
    more = (
        "\n…and more; narrow it down with a tag, a priority or a date."
        if result.get("more")
        else ""
    )
    return f"{header}\n{numbered(tasks, year)}{more}"


def ambiguity(words: str, tasks: Sequence[View], year: int, *, by_position: bool = True) -> str:
    """Return the question asked when words fit several tasks; nothing was changed."""
    how = "say 'the second one' or its number, for example" if by_position else "say its number,"
    example = f"'task {tasks[0]['task_id']}'" if tasks else "'task 3'"
    return (
        f"{len(tasks)} tasks match '{words}', so I haven't changed anything; which one do you "
        f"mean?\n{numbered(tasks, year)}\nTo choose, {how} {example}."
    )


def confirmation(status: str, result: View, year: int, *, project: str | None = None) -> str:
    """Return the one sentence that confirms an added, completed, deleted… task; an added
    task names the ``project`` it went into, when the message named one."""
    task: View = result.get("task") or {}
    title = task.get("title") or result.get("title") or "the task"
    number = task.get("task_id") or result.get("task_id")
    if status == "created":
        into = f" to {project}" if project else ""
        return f"Added '{title}'{into}{_added_details(task, year)}."
    if status == "completed":
        return f"Nice work, '{title}' is done{_next_due(task, year, 'was due')}."
    if status == "reopened":
        return f"'{title}' is open again{_next_due(task, year, 'due')}."
    if status == "deleted":
        return f"Deleted '{title}'; say 'restore task {number}' if you change your mind."
    if status == "restored":
        return f"'{title}' is back on your list{_next_due(task, year, 'due')}."
    if status == "found":
        return task_line(task, year, full=True)
    return str(result.get("message") or f"'{title}' is unchanged.")


def edit_confirmation(intent: Update, result: View, year: int) -> str:
    """Return the sentence that confirms an edit, naming what changed."""
    task: View = result.get("task") or {}
    if result.get("status") != "updated":
        return str(result.get("message") or "Nothing needed to change.")
    changes = intent.changes
    parts: list[str] = []
    if changes.due is not None:
        due = task.get("due")
        parts.append(f"now due {short_date(due, year)}" if due else "no due date")
    if changes.priority is not None:
        parts.append(f"now {task.get('priority')} priority")
    if changes.tags or intent.add_tags or intent.remove_tags:
        tags = task.get("tags") or []
        parts.append("tagged " + " ".join(f"#{name}" for name in tags) if tags else "no tags")
    if changes.description is not None:
        parts.append("with the new description")
    if changes.recurrence is not None:
        parts.append("repeating " + spoken_rule(str(task.get("recurrence") or "")))
    parts += [_CLEARED_WORDS[name] for name in changes.clear if name in _CLEARED_WORDS]
    if changes.title is not None:
        head = f"Renamed task {task.get('task_id')} to '{task.get('title')}'"
        return head + (", " + ", ".join(parts) if parts else "") + "."
    return f"Updated '{task.get('title')}': " + ", ".join(parts or ["saved"]) + "."


def shift_confirmation(intent: Relative, result: View, year: int) -> str:
    """Return the sentence that confirms a relative edit: the new priority or due date."""
    task: View = result.get("task") or {}
    if result.get("status") != "updated":
        return str(result.get("message") or "Nothing needed to change.")
    if intent.levels:
        return f"Updated '{task.get('title')}': now {task.get('priority')} priority."
    due = task.get("due")
    return (
        f"Moved '{task.get('title')}': now due {short_date(due, year)}."
        if due
        else (f"Updated '{task.get('title')}'.")
    )


def reminder_confirmation(result: View, year: int) -> str:
    """Return the sentence that confirms a reminder set on a task."""
    task: View = result.get("task") or {}
    reminder = task.get("reminder")
    if not reminder:
        return f"'{task.get('title')}' has no reminder now."
    return f"I'll remind you about '{task.get('title')}' on {short_date(reminder, year)}."


def _added_details(task: View, year: int) -> str:
    details = ""
    if task.get("due"):
        details += ", due " + short_date(task["due"], year)
    if task.get("reminder"):
        if task["reminder"] == task.get("due"):
            details += ", and I'll remind you then"
        else:
            details += ", with a reminder on " + short_date(task["reminder"], year)
    if task.get("priority") not in (None, "none"):
        details += f", {task['priority']} priority"
    if task.get("tags"):
        details += ", tagged " + " ".join(f"#{name}" for name in task["tags"])
    if task.get("recurrence"):
        details += ", repeating " + spoken_rule(task["recurrence"])
    return details


def _next_due(task: View, year: int, word: str) -> str:
    return f" ({word} {short_date(task['due'], year)})" if task.get("due") else ""


def _kind(query: ListQuery) -> str:
    words: list[str] = [] if query.status == "all" else [query.status]
    if query.priority is not None:
        words.append(f"{query.priority} priority")
    return " ".join(words)


def _count(count: int, kind: str = "") -> str:
    noun = "task" if count == 1 else "tasks"
    return " ".join(part for part in (str(count), kind, noun) if part)


def _tail(query: ListQuery) -> str:
    tail = f" in {query.project}" if query.project else ""
    tail += f" tagged #{query.tag}" if query.tag else ""
    tail += f" due {query.window}" if query.window else ""
    return tail + (f" {_DUE_WORDS[query.due]}" if query.due else "")


def _nothing(query: ListQuery, kind: str) -> str:
    if query.due is not None or query.tag or query.window or query.project:
        return f"You have no {kind + ' ' if kind else ''}tasks{_tail(query)}."
    if query.status == "completed" and query.priority is None:
        return "You haven't completed any tasks yet."
    if not kind:
        return "You have no tasks yet; say 'Add a task to …' to make one."
    return f"You have no {kind} tasks."


def _ordinal(number: int) -> str:
    suffix = (
        "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix}"


def _joined(words: Sequence[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
