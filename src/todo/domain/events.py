"""Domain events: what happened, recorded in the outbox in the same transaction as the change."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class EventType(StrEnum):
    """The CloudEvents ``type`` of every event the product emits."""

    TASK_CREATED = "todo.task.created"
    TASK_UPDATED = "todo.task.updated"
    TASK_COMPLETED = "todo.task.completed"
    TASK_REOPENED = "todo.task.reopened"
    TASK_DELETED = "todo.task.deleted"
    TASK_RESTORED = "todo.task.restored"


#: The topic that carries the lifecycle of tasks.
TASK_EVENTS_TOPIC = "task-events"


@dataclass(frozen=True)
class DomainEvent:
    """One fact about one subject, e.g. ``todo.task.completed`` of ``tasks/42``."""

    type: EventType
    subject: str
    user_id: str
    data: dict[str, Any]
    topic: str = TASK_EVENTS_TOPIC
    changes: tuple[str, ...] = field(default=())


def task_event(
    event_type: EventType, task: dict[str, Any], *, changes: tuple[str, ...] = ()
) -> DomainEvent:
    """Return the event of a change to ``task`` (its public JSON form)."""
    data: dict[str, Any] = {"user_id": task["user_id"], "task": task}
    if changes:
        data["changes"] = list(changes)
    return DomainEvent(
        type=event_type,
        subject=f"tasks/{task['id']}",
        user_id=task["user_id"],
        data=data,
        changes=changes,
    )
