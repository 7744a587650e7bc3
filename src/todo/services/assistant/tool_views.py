"""What the assistant tools return: tasks as an assistant sees them, and the tools' results.

Dates carry their weekday in the caller's time zone, so a model can say "Friday" without
working it out. Shared by :mod:`todo.services.assistant.tools` (which re-exports these names).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, Field

from todo.adapters.unit_of_work import UnitOfWork
from todo.domain import due
from todo.domain.actor import Actor
from todo.domain.priority import Priority
from todo.domain.tags import TagSummary
from todo.domain.tasks import TaskPublic


@dataclass(frozen=True)
class ToolSession:
    """What a tool needs: a fresh unit of work per call, and who is calling."""

    uow: Callable[[], UnitOfWork]
    actor: Actor


class TaskView(BaseModel):
    """A task as an assistant sees it; dates carry the weekday in the user's time zone."""

    task_id: int
    title: str
    description: str | None
    status: Literal["pending", "completed", "deleted"]
    priority: Priority
    tags: list[str]
    due: str | None = Field(description="When it is due, e.g. 'Friday 27 November 2026, 09:00'.")
    due_at: str | None = Field(description="The due date as ISO-8601 (UTC, or a date).")
    reminder: str | None
    recurrence: str | None


class TaskResult(BaseModel):
    """What a change did: ``status`` is what happened, or ``ambiguous`` with ``candidates``."""

    task_id: int | None
    status: Literal[
        "created",
        "found",
        "completed",
        "reopened",
        "deleted",
        "restored",
        "updated",
        "unchanged",
        "ambiguous",
    ]
    title: str | None
    task: TaskView | None = None
    candidates: list[TaskView] = Field(default_factory=list)
    message: str


class TaskList(BaseModel):
    """Tasks found, and how many."""

    count: int
    tasks: list[TaskView]
    more: bool = Field(description="True when more tasks matched than are listed.")


class TagList(BaseModel):
    """The user's tags with how many tasks carry each."""

    tags: list[TagSummary]


def view(session: ToolSession, task: TaskPublic) -> TaskView:
    """Return the assistant's view of a task, dates in the caller's time zone."""
    status: Literal["pending", "completed", "deleted"] = (
        "deleted" if task.deleted_at else "completed" if task.completed else "pending"
    )
    return TaskView(
        task_id=task.id,
        title=task.title,
        description=task.description,
        status=status,
        priority=task.priority,
        tags=task.tags,
        due=spoken_date(task.due_at, session),
        due_at=task.due_at.isoformat().replace("+00:00", "Z") if task.due_at else None,
        reminder=spoken_date(task.remind_at, session),
        recurrence=task.recurrence,
    )


def spoken_date(value: datetime | date | None, session: ToolSession) -> str | None:
    """Return a date with its weekday, in the caller's time zone: 'Friday 27 November 2026'."""
    return due.spoken_date(value, session.actor.timezone)
