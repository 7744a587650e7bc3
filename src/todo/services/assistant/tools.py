"""The task tools for AI assistants: one definition each, used by the MCP server and the chat.

Every tool is an async function whose first argument is a :class:`ToolSession` (the unit-of-work
factory and the caller) and whose other arguments are keyword-only and described for a model to
read. Tools return Pydantic models, so that MCP clients get structured output. The caller always
comes from the credential: a ``user_id`` argument is accepted for the public contract and must
be the caller's own id.

References to a task are by ``task_id``, or by ``task`` (words of its title): when the words
match several tasks, the tool changes nothing and returns the candidates to choose from. The
project tools are in :mod:`todo.services.assistant.project_tools`; ``TOOLS`` lists them all.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Annotated, Any, Final, Literal

from pydantic import BaseModel, Field

from todo.domain.priority import Priority
from todo.domain.recurrence import MAX_RULE_LENGTH
from todo.domain.scopes import Scope
from todo.domain.task_query import DueWindow, TaskQuery, TaskStatus
from todo.domain.tasks import TITLE_MAX, TaskCreate, TaskPublic, TaskUpdate
from todo.domain.text import PlainText
from todo.errors import Invalid
from todo.services import tasks
from todo.services.assistant.project_tools import (
    AssigneeArg,
    ParentArg,
    ProjectRef,
    add_comment,
    add_project,
    assignee_id_of,
    list_projects,
    project_id_of,
    share_project,
)
from todo.services.assistant.tool_views import (
    LIST_LIMIT,
    TagList,
    TaskIdArg,
    TaskList,
    TaskResult,
    TaskView,
    TaskWords,
    ToolSession,
    UserId,
    check_user,
    find_task,
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

TEXT_MAX = 1000


StatusArg = Annotated[
    Literal["all", "pending", "completed"],
    Field(description="Which tasks: all, pending (not done) or completed."),
]
Title = Annotated[PlainText, Field(description="What to do.", max_length=TITLE_MAX)]
Description = Annotated[PlainText | None, Field(description="More detail.", max_length=TEXT_MAX)]
PriorityArg = Annotated[Priority | None, Field(description="none, low, medium, high or urgent.")]
TagsArg = Annotated[list[PlainText] | None, Field(description="Tags, without '#'.", max_length=20)]
#: What ``update_task`` can empty, and the task field each name is.
Clearable = Literal["due", "reminder", "recurrence", "description", "tags", "parent", "assignee"]
_CLEARED: Final = {
    "due": "due_at",
    "reminder": "remind_at",
    "recurrence": "recurrence",
    "description": "description",
    "tags": "tags",
    "parent": "parent_id",
    "assignee": "assignee_id",
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
    project: Annotated[
        ProjectRef | None,
        Field(
            description="The project to add it to, by name or id; by default your Inbox (or "
            "the parent's project for a subtask)."
        ),
    ] = None,
    parent_id: ParentArg = None,
    assignee: AssigneeArg = None,
    user_id: UserId = None,
) -> TaskResult:
    """Add a task. Example: title "Buy groceries", due "tomorrow 5pm", project "Home"."""
    check_user(session, user_id)
    fields: dict[str, Any] = {"title": title, "description": description, "tags": tags or []}
    fields |= {"due_at": due, "remind_at": reminder, "recurrence": recurrence}
    if priority is not None:
        fields["priority"] = priority
    if project is not None:
        fields["project_id"] = await project_id_of(session, project)
    fields |= {"parent_id": parent_id, "assignee_id": assignee_id_of(session, assignee)}
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
    project: Annotated[
        ProjectRef | None, Field(description="Only the tasks of this project, by name or id.")
    ] = None,
    assignee: Annotated[
        PlainText | None,
        Field(description="Only tasks assigned to 'me', or to this user id.", max_length=64),
    ] = None,
    user_id: UserId = None,
) -> TaskList:
    """List your tasks: all, pending or completed; optionally by project, priority, tag,
    assignee or due window."""
    check_user(session, user_id)
    project_id = await project_id_of(session, project) if project is not None else None
    query = TaskQuery(
        status=TaskStatus(status),
        priorities=(priority,) if priority else (),
        tags=(tag.removeprefix("#"),) if tag else (),
        due=DueWindow(due) if due else None,
        due_after=due_after,
        due_before=due_before,
        limit=LIST_LIMIT,
        project_id=project_id,
        assignee=assignee,
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
    check_user(session, user_id)
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
    check_user(session, user_id)
    found = await find_task(session, task_id, task)
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
    project: Annotated[
        ProjectRef | None,
        Field(description="Move it (and its subtasks) to this project, by name or id."),
    ] = None,
    parent_id: Annotated[
        int | None, Field(description="Make it a subtask of the task with this id.", ge=1)
    ] = None,
    assignee: AssigneeArg = None,
    clear: Annotated[
        list[Clearable] | None,
        Field(
            description="Fields to empty: 'due', 'reminder', 'recurrence' (it stops repeating), "
            "'description', 'tags', 'parent' (it becomes a top-level task), 'assignee' (it is "
            "unassigned). Leaving a field out never clears it.",
            max_length=7,
        ),
    ] = None,
    user_id: UserId = None,
) -> TaskResult:
    """Change a task; only the fields you give change, and those named in ``clear`` are emptied
    (nothing is cleared by leaving it out). ``project`` moves it to another project."""
    check_user(session, user_id)
    given = {
        "title": title,
        "description": description,
        "priority": priority,
        "tags": tags,
        "due_at": due,
        "remind_at": reminder,
        "recurrence": recurrence,
        "parent_id": parent_id,
        "assignee_id": assignee_id_of(session, assignee),
    }
    changes: dict[str, Any] = {name: value for name, value in given.items() if value is not None}
    for name in dict.fromkeys(clear or ()):
        field = _CLEARED[name]
        if field in changes:
            raise Invalid(f"Either give a new {name} or clear it, not both.", field=name)
        changes[field] = [] if field == "tags" else None
    if not changes and project is None:
        raise Invalid(
            "Say what to change: a title, description, priority, tags, a date, the "
            "project, the parent or the assignee."
        )
    if project is not None:
        changes["project_id"] = await project_id_of(session, project)
    found = await find_task(session, task_id, task)
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
    check_user(session, user_id)
    return TagList(tags=await list_tag_summaries(session.uow(), actor=session.actor))


@dataclass(frozen=True)
class ToolSpec:
    """One tool: its function and how it behaves, for every door that offers tools."""

    function: Callable[..., Awaitable[BaseModel]]
    read_only: bool
    destructive: bool = False
    idempotent: bool = False
    #: The scope a credential needs for it, when not ``tasks:read`` (reading tools) or
    #: ``tasks:write`` (the others).
    needs: Scope | None = None

    @property
    def name(self) -> str:
        """The tool's name."""
        return self.function.__name__

    @property
    def scope(self) -> Scope:
        """The scope a credential needs to call the tool."""
        if self.needs is not None:
            return self.needs
        return Scope.TASKS_READ if self.read_only else Scope.TASKS_WRITE


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
    ToolSpec(list_projects, read_only=True, idempotent=True),
    ToolSpec(add_project, read_only=False, needs=Scope.PROJECTS_WRITE),
    ToolSpec(share_project, read_only=False, needs=Scope.PROJECTS_WRITE),
    ToolSpec(add_comment, read_only=False),
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
    check_user(session, user_id)
    found = await find_task(session, task_id, words, deleted=status == "restored")
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
