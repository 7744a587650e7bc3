"""The task tools for AI assistants: one definition each, used by the MCP server and the chat.

Every tool is an async function whose first argument is a :class:`ToolSession` (the unit-of-work
factory and the caller) and whose other arguments are keyword-only and described for a model to
read. Tools return Pydantic models, so that MCP clients get structured output. The caller always
comes from the credential: a ``user_id`` argument is accepted for the public contract and must
be the caller's own id.

References to a task are by ``task_id``, or by ``task`` (words of its title): when the words
match several tasks, the tool changes nothing and returns the candidates to choose from.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Annotated, Any, Final, Literal

from pydantic import BaseModel, Field

from todo.domain.priority import Priority
from todo.domain.recurrence import MAX_RULE_LENGTH
from todo.domain.task_query import DueWindow, TaskQuery, TaskStatus
from todo.domain.tasks import TITLE_MAX, TaskCreate, TaskPublic, TaskUpdate
from todo.domain.text import PlainText
from todo.errors import Forbidden, Invalid, NotFound
from todo.services import tasks
from todo.services.assistant.tool_views import (
    TagList,
    TaskList,
    TaskResult,
    TaskView,
    ToolSession,
    spoken_date,
    view,
)
from todo.services.tags import list_tags as list_tag_summaries
from todo.services.task_list import list_tasks as list_task_page
from todo.services.validation import parse_input

__all__ = [
    "TOOLS",
    "TagList",
    "TaskList",
    "TaskResult",
    "TaskView",
    "ToolSession",
    "ToolSpec",
    "spoken_date",
    "view",
]

#: The most tasks a listing tool returns.
LIST_LIMIT = 100
TEXT_MAX = 1000


UserId = Annotated[
    PlainText | None,
    Field(description="Your own user id; optional, and it must be yours if given."),
]
TaskIdArg = Annotated[int | None, Field(description="The task's id.", ge=1)]
TaskWords = Annotated[
    PlainText | None,
    Field(
        description="Words of the task's title when you do not know its id.",
        max_length=200,
    ),
]
StatusArg = Annotated[
    Literal["all", "pending", "completed"],
    Field(description="Which tasks: all, pending (not done) or completed."),
]
Title = Annotated[PlainText, Field(description="What to do.", max_length=TITLE_MAX)]
Description = Annotated[PlainText | None, Field(description="More detail.", max_length=TEXT_MAX)]
PriorityArg = Annotated[Priority | None, Field(description="none, low, medium, high or urgent.")]
TagsArg = Annotated[list[PlainText] | None, Field(description="Tags, without '#'.", max_length=20)]
#: What ``update_task`` can empty, and the task field each name is.
Clearable = Literal["due", "reminder", "recurrence", "description", "tags"]
_CLEARED: Final = {
    "due": "due_at",
    "reminder": "remind_at",
    "recurrence": "recurrence",
    "description": "description",
    "tags": "tags",
}
WhenArg = Annotated[
    PlainText | None,
    Field(description="A date or time: ISO-8601 or words such as 'tomorrow 5pm'.", max_length=100),
]
RecurrenceArg = Annotated[
    PlainText | None,
    Field(
        description="daily, weekly, monthly, yearly or an RRULE such as 'FREQ=WEEKLY;BYDAY=MO'.",
        max_length=MAX_RULE_LENGTH,
    ),
]


async def add_task(
    session: ToolSession,
    *,
    title: Title,
    description: Description = None,
    priority: PriorityArg = None,
    tags: TagsArg = None,
    due: WhenArg = None,
    reminder: WhenArg = None,
    recurrence: RecurrenceArg = None,
    user_id: UserId = None,
) -> TaskResult:
    """Add a task. Example: title "Buy groceries", due "tomorrow 5pm"."""
    _check_user(session, user_id)
    fields: dict[str, Any] = {"title": title, "description": description, "tags": tags or []}
    fields |= {"due_at": due, "remind_at": reminder, "recurrence": recurrence}
    if priority is not None:
        fields["priority"] = priority
    data = parse_input(TaskCreate, fields)
    task = await tasks.create(session.uow(), actor=session.actor, data=data)
    return _result(session, task, "created", f"Added '{task.title}'{_due_words(session, task)}.")


async def list_tasks(
    session: ToolSession,
    *,
    status: StatusArg = "all",
    priority: Annotated[Priority | None, Field(description="Only tasks of this priority.")] = None,
    tag: Annotated[
        PlainText | None,
        Field(description="Only tasks with this tag (without '#').", max_length=50),
    ] = None,
    due: Annotated[
        Literal["today", "week", "overdue"] | None,
        Field(description="Only tasks due today, in the coming seven days, or overdue."),
    ] = None,
    due_after: Annotated[
        PlainText | None,
        Field(
            description="Only tasks due on or after this day or moment (ISO 8601, or words "
            "such as 'saturday').",
            max_length=100,
        ),
    ] = None,
    due_before: Annotated[
        PlainText | None,
        Field(
            description="Only tasks due before this day or moment (ISO 8601, or words such "
            "as 'next monday'); with due_after, a window such as a weekend.",
            max_length=100,
        ),
    ] = None,
    user_id: UserId = None,
) -> TaskList:
    """List your tasks: all, pending or completed; optionally by priority, tag or due window."""
    _check_user(session, user_id)
    query = TaskQuery(
        status=TaskStatus(status),
        priorities=(priority,) if priority else (),
        tags=(tag.removeprefix("#"),) if tag else (),
        due=DueWindow(due) if due else None,
        due_after=due_after,
        due_before=due_before,
        limit=LIST_LIMIT,
    )
    page = (await list_task_page(session.uow(), actor=session.actor, query=query)).page()
    views = [view(session, task) for task in page.items]
    return TaskList(count=len(views), tasks=views, more=page.next_cursor is not None)


async def search_tasks(
    session: ToolSession,
    *,
    query: Annotated[
        PlainText, Field(description="Words to find in titles and descriptions.", max_length=200)
    ],
    status: StatusArg = "all",
    user_id: UserId = None,
) -> TaskList:
    """Find tasks by words of their title or description. Example: query "dentist"."""
    _check_user(session, user_id)
    wanted = TaskQuery(status=TaskStatus(status), text=query, limit=LIST_LIMIT)
    page = (await list_task_page(session.uow(), actor=session.actor, query=wanted)).page()
    views = [view(session, task) for task in page.items]
    return TaskList(count=len(views), tasks=views, more=page.next_cursor is not None)


async def get_task(
    session: ToolSession,
    *,
    task_id: TaskIdArg = None,
    task: TaskWords = None,
    user_id: UserId = None,
) -> TaskResult:
    """Show one task, by id or by words of its title."""
    _check_user(session, user_id)
    found = await _find(session, task_id, task)
    if isinstance(found, TaskResult):
        return found
    return _result(session, found, "found", f"'{found.title}'{_due_words(session, found)}.")


async def complete_task(
    session: ToolSession,
    *,
    task_id: TaskIdArg = None,
    task: TaskWords = None,
    user_id: UserId = None,
) -> TaskResult:
    """Mark a task as done, by id or by words of its title."""
    return await _act(session, user_id, task_id, task, tasks.complete, "completed", "Done")


async def reopen_task(
    session: ToolSession,
    *,
    task_id: TaskIdArg = None,
    task: TaskWords = None,
    user_id: UserId = None,
) -> TaskResult:
    """Mark a done task as pending again, by id or by words of its title."""
    return await _act(session, user_id, task_id, task, tasks.reopen, "reopened", "Reopened")


async def delete_task(
    session: ToolSession,
    *,
    task_id: TaskIdArg = None,
    task: TaskWords = None,
    user_id: UserId = None,
) -> TaskResult:
    """Delete a task (it can be restored later), by id or by words of its title."""
    return await _act(session, user_id, task_id, task, tasks.delete, "deleted", "Deleted")


async def restore_task(
    session: ToolSession,
    *,
    task_id: TaskIdArg = None,
    task: TaskWords = None,
    user_id: UserId = None,
) -> TaskResult:
    """Bring back a deleted task, by id or by words of its title."""
    return await _act(session, user_id, task_id, task, tasks.restore, "restored", "Restored")


async def update_task(
    session: ToolSession,
    *,
    task_id: TaskIdArg = None,
    task: TaskWords = None,
    title: Annotated[
        PlainText | None, Field(description="A new title.", max_length=TITLE_MAX)
    ] = None,
    description: Description = None,
    priority: PriorityArg = None,
    tags: Annotated[
        list[PlainText] | None, Field(description="Replaces the tags.", max_length=20)
    ] = None,
    due: WhenArg = None,
    reminder: WhenArg = None,
    recurrence: RecurrenceArg = None,
    clear: Annotated[
        list[Clearable] | None,
        Field(
            description="Fields to empty: 'due', 'reminder', 'recurrence' (it stops repeating), "
            "'description', 'tags'. Leaving a field out never clears it.",
            max_length=5,
        ),
    ] = None,
    user_id: UserId = None,
) -> TaskResult:
    """Change a task; only the fields you give change, and those named in ``clear`` are emptied
    (nothing is cleared by leaving it out)."""
    _check_user(session, user_id)
    given = {
        "title": title,
        "description": description,
        "priority": priority,
        "tags": tags,
        "due_at": due,
        "remind_at": reminder,
        "recurrence": recurrence,
    }
    changes: dict[str, Any] = {name: value for name, value in given.items() if value is not None}
    for name in dict.fromkeys(clear or ()):
        field = _CLEARED[name]
        if field in changes:
            raise Invalid(f"Either give a new {name} or clear it, not both.", field=name)
        changes[field] = [] if field == "tags" else None
    if not changes:
        raise Invalid("Say what to change: a title, description, priority, tags or a date.")
    found = await _find(session, task_id, task)
    if isinstance(found, TaskResult):
        return found
    update = parse_input(TaskUpdate, changes)
    changed = await tasks.update(
        session.uow(), actor=session.actor, task_id=found.id, changes=update
    )
    if changed.version == found.version:
        return _result(session, changed, "unchanged", f"'{changed.title}' already says that.")
    updated = _result(
        session, changed, "updated", f"Updated '{changed.title}'{_due_words(session, changed)}."
    )
    return updated.model_copy(update={"before": view(session, found)})


async def list_tags(session: ToolSession, *, user_id: UserId = None) -> TagList:
    """List your tags with how many open and how many tasks in all carry each."""
    _check_user(session, user_id)
    return TagList(tags=await list_tag_summaries(session.uow(), actor=session.actor))


@dataclass(frozen=True)
class ToolSpec:
    """One tool: its function and how it behaves, for every door that offers tools."""

    function: Callable[..., Awaitable[BaseModel]]
    read_only: bool
    destructive: bool = False
    idempotent: bool = False

    @property
    def name(self) -> str:
        """The tool's name."""
        return self.function.__name__


#: Every tool, in the order assistants are shown them.
TOOLS: tuple[ToolSpec, ...] = (
    ToolSpec(add_task, read_only=False),
    ToolSpec(list_tasks, read_only=True, idempotent=True),
    ToolSpec(complete_task, read_only=False, idempotent=True),
    ToolSpec(delete_task, read_only=False, destructive=True, idempotent=True),
    ToolSpec(update_task, read_only=False, idempotent=True),
    ToolSpec(get_task, read_only=True, idempotent=True),
    ToolSpec(search_tasks, read_only=True, idempotent=True),
    ToolSpec(reopen_task, read_only=False, idempotent=True),
    ToolSpec(restore_task, read_only=False, idempotent=True),
    ToolSpec(list_tags, read_only=True, idempotent=True),
)


def _check_user(session: ToolSession, user_id: str | None) -> None:
    if user_id is not None and user_id != session.actor.user_id:
        raise Forbidden("The user_id is not yours; tools act only for the signed-in user.")


async def _find(
    session: ToolSession, task_id: int | None, words: str | None, *, deleted: bool = False
) -> TaskPublic | TaskResult:
    """Return the task meant, or a result listing the candidates when the words are ambiguous.

    Words are looked up among the live tasks, or among the deleted ones with ``deleted``.
    """
    if task_id is not None:
        return await tasks.get(session.uow(), actor=session.actor, task_id=task_id)
    if not words or not words.strip():
        raise Invalid("Say which task: give its task_id, or words of its title as task.")
    query = TaskQuery(text=words, limit=LIST_LIMIT, deleted=deleted)
    listing = await list_task_page(session.uow(), actor=session.actor, query=query)
    matches = listing.page().items
    exact = [found for found in matches if found.title.casefold() == words.strip().casefold()]
    if len(exact) == 1:
        return exact[0]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise NotFound(f"No task matches '{words.strip()}'.")
    return TaskResult(
        task_id=None,
        status="ambiguous",
        title=None,
        candidates=[view(session, found) for found in matches[:10]],
        message=f"{len(matches)} tasks match '{words.strip()}'; say which one by its task_id.",
    )


async def _act(
    session: ToolSession,
    user_id: str | None,
    task_id: int | None,
    words: str | None,
    verb: Callable[..., Awaitable[TaskPublic]],
    status: Literal["completed", "reopened", "deleted", "restored"],
    done: str,
) -> TaskResult:
    _check_user(session, user_id)
    found = await _find(session, task_id, words, deleted=status == "restored")
    if isinstance(found, TaskResult):
        return found
    changed = await verb(session.uow(), actor=session.actor, task_id=found.id)
    if changed.version == found.version:
        return _result(session, changed, "unchanged", f"'{changed.title}' was already {status}.")
    return _result(session, changed, status, f"{done}: '{changed.title}'.")


def _result(
    session: ToolSession,
    task: TaskPublic,
    status: Literal[
        "created", "found", "completed", "reopened", "deleted", "restored", "updated", "unchanged"
    ],
    message: str,
) -> TaskResult:
    return TaskResult(
        task_id=task.id, status=status, title=task.title, task=view(session, task), message=message
    )


def _due_words(session: ToolSession, task: TaskPublic) -> str:
    spoken = spoken_date(task.due_at, session)
    return f", due {spoken}" if spoken else ""
