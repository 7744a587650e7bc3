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
    REMINDER_DUE = "todo.reminder.due"
    NOTIFICATION_CREATED = "todo.notification.created"


#: The topic that carries the lifecycle of tasks (consumed by the workers).
TASK_EVENTS_TOPIC = "task-events"
#: The topic of reminders that have come due (consumed by the notifications worker).
REMINDERS_TOPIC = "reminders"
#: The topic clients sync from: every task change and every notification, delivered to every
#: API process (each holds the WebSocket connections of some users).
TASK_UPDATES_TOPIC = "task-updates"
#: Every topic, in the order brokers create them.
TOPICS = (TASK_EVENTS_TOPIC, REMINDERS_TOPIC, TASK_UPDATES_TOPIC)


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
    event_type: EventType,
    task: dict[str, Any],
    *,
    changes: tuple[str, ...] = (),
    actor: str | None = None,
) -> DomainEvent:
    """Return the event of a change to ``task`` (its public JSON form).

    ``actor`` says who made the change: a user id, or a part of the product such as
    ``"recurrence"``; by default the task's owner.
    """
    data: dict[str, Any] = {
        "user_id": task["user_id"],
        "actor": actor or task["user_id"],
        "task": task,
    }
    if changes:
        data["changes"] = list(changes)
    return DomainEvent(
        type=event_type,
        subject=f"tasks/{task['id']}",
        user_id=task["user_id"],
        data=data,
        changes=changes,
    )
