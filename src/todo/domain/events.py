"""Domain events: what happened, recorded in the outbox in the same transaction as the change."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, ClassVar


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
    PROJECT_CREATED = "todo.project.created"
    PROJECT_UPDATED = "todo.project.updated"
    PROJECT_DELETED = "todo.project.deleted"
    PROJECT_RESTORED = "todo.project.restored"
    MEMBER_ADDED = "todo.member.added"
    MEMBER_UPDATED = "todo.member.updated"
    MEMBER_REMOVED = "todo.member.removed"
    COMMENT_CREATED = "todo.comment.created"
    COMMENT_UPDATED = "todo.comment.updated"
    COMMENT_DELETED = "todo.comment.deleted"


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
    audience: list[str] | None = None,
) -> DomainEvent:
    """Return the event of a change to ``task`` (its public JSON form).

    ``actor`` says who made the change: a user id, or a part of the product such as
    ``"recurrence"``; by default the task's owner. ``audience`` lists the users who see the
    task (the members of its project), to whom live updates of it go.
    """
    data: dict[str, Any] = {
        "user_id": task["user_id"],
        "actor": actor or task["user_id"],
        "task": task,
    }
    if changes:
        data["changes"] = list(changes)
    if audience:
        data["audience"] = audience
    return DomainEvent(
        type=event_type,
        subject=f"tasks/{task['id']}",
        user_id=task["user_id"],
        data=data,
        changes=changes,
    )


def comment_event(
    event_type: EventType,
    comment: dict[str, Any],
    *,
    owner: str,
    project_id: int,
    audience: list[str],
) -> DomainEvent:
    """Return the event of a change to ``comment`` (its public JSON form) under a task of
    ``owner``'s (the task's creator) in the project ``project_id``, whose members are
    ``audience``. Its author made it: ``data.actor``."""
    data: dict[str, Any] = {
        "user_id": owner,
        "actor": comment["author_id"],
        "project_id": project_id,
        "task_id": comment["task_id"],
        "comment": comment,
        "audience": audience,
    }
    return DomainEvent(
        type=event_type, subject=f"comments/{comment['id']}", user_id=owner, data=data
    )


def project_event(
    event_type: EventType,
    project_id: int,
    *,
    owner: str,
    actor: str,
    project: dict[str, Any] | None = None,
    member: dict[str, Any] | None = None,
    changes: tuple[str, ...] = (),
    audience: list[str] | None = None,
) -> DomainEvent:
    """Return the event of a change to the project ``project_id`` or to one of its members.

    ``owner`` is the project's owner (after the change), ``actor`` who made it; ``project`` and
    ``member`` are what changed in their public JSON form (without the caller's role), and
    ``changes`` names the fields that changed, ``audience`` the users it is for (its members,
    and a member who has just left). Every event of a project has the subject
    ``projects/{id}``, so that its events keep their order.
    """
    data: dict[str, Any] = {"user_id": owner, "actor": actor, "project_id": project_id}
    if project is not None:
        data["project"] = project
    if member is not None:
        data["member"] = member
    if changes:
        data["changes"] = list(changes)
    if audience:
        data["audience"] = audience
    return DomainEvent(
        type=event_type,
        subject=f"projects/{project_id}",
        user_id=owner,
        data=data,
        changes=changes,
    )


# --- Events as consumers receive them ---------------------------------------------------------
# The wire form is the CloudEvents JSON above; a consumer reads it once, with parse_event, into
# one of the classes below, and works with typed fields from then on.


@dataclass(frozen=True)
class ReceivedEvent:
    """An event as a consumer receives it: its id, when it happened, whose it is
    (``owner``: the task's creator, the project's owner) and who made it happen."""

    type: ClassVar[EventType]

    event_id: str
    time: datetime | None
    owner: str
    actor: str


@dataclass(frozen=True)
class TaskEvent(ReceivedEvent):
    """Something that happened to a task, as a consumer receives it.

    ``task`` is the task as it was after the change, in its public JSON form exactly as it
    travelled (what the activity log keeps of it); ``task_id``, ``owner`` and the other typed
    fields are read from it once.
    """

    task_id: int
    title: str
    recurrence: str | None
    task: Mapping[str, Any]
    changes: tuple[str, ...] = ()


@dataclass(frozen=True)
class TaskCreated(TaskEvent):
    """A task was added (by its owner, or by the recurrence worker as a next occurrence)."""

    type = EventType.TASK_CREATED


@dataclass(frozen=True)
class TaskUpdated(TaskEvent):
    """Fields of a task changed; ``changes`` names them."""

    type = EventType.TASK_UPDATED


@dataclass(frozen=True)
class TaskCompleted(TaskEvent):
    """A task was completed."""

    type = EventType.TASK_COMPLETED


@dataclass(frozen=True)
class TaskReopened(TaskEvent):
    """A completed task was opened again."""

    type = EventType.TASK_REOPENED


@dataclass(frozen=True)
class TaskDeleted(TaskEvent):
    """A task was deleted (it can be restored)."""

    type = EventType.TASK_DELETED


@dataclass(frozen=True)
class TaskRestored(TaskEvent):
    """A deleted task was brought back."""

    type = EventType.TASK_RESTORED


@dataclass(frozen=True)
class ReminderDue(TaskEvent):
    """The reminder of a task came due; ``due`` is the due date in words, in the owner's time
    zone (``None`` for a task without one)."""

    type = EventType.REMINDER_DUE

    due: str | None = None


@dataclass(frozen=True)
class CommentCreated(ReceivedEvent):
    """A member wrote a comment (``actor``: its author) under the task ``task_id`` of
    ``owner``'s in the project ``project_id``."""

    type = EventType.COMMENT_CREATED

    project_id: int
    task_id: int
    comment_id: int
    text: str


@dataclass(frozen=True)
class MemberEvent(ReceivedEvent):
    """A member of the project ``project_id`` (of ``owner``'s) as it is after the change:
    ``member_id`` is their user id (``None`` for an invitation still waiting)."""

    project_id: int
    member_id: str | None
    role: str
    changes: tuple[str, ...] = ()


@dataclass(frozen=True)
class MemberAdded(MemberEvent):
    """Somebody became a member of a project, or was invited to it."""

    type = EventType.MEMBER_ADDED


@dataclass(frozen=True)
class MemberUpdated(MemberEvent):
    """A member's role changed, or an account took an invitation up (``changes`` says which)."""

    type = EventType.MEMBER_UPDATED


#: Every event a consumer can receive, by its CloudEvents type.
RECEIVED: dict[str, type[ReceivedEvent]] = {
    kind.type.value: kind
    for kind in (
        TaskCreated,
        TaskUpdated,
        TaskCompleted,
        TaskReopened,
        TaskDeleted,
        TaskRestored,
        ReminderDue,
        CommentCreated,
        MemberAdded,
        MemberUpdated,
    )
}
#: The events of a task's life (not its reminders).
TASK_LIFE: tuple[type[TaskEvent], ...] = (
    TaskCreated,
    TaskUpdated,
    TaskCompleted,
    TaskReopened,
    TaskDeleted,
    TaskRestored,
)


class MalformedEvent(ValueError):
    """An event of a type consumers take does not carry what its type promises."""


def parse_event(cloud_event: Mapping[str, Any]) -> ReceivedEvent | None:
    """Read a CloudEvent (the JSON form, as the bus delivers it) into its class; ``None`` for a
    type no consumer takes.

    Raises :class:`MalformedEvent` for an event of a known type that lacks an ``id`` or what
    its type is about (a task with an integer ``id``, a ``user_id`` and a ``title``; a comment;
    a member): a consumer parks it as a dead letter.
    """
    kind = RECEIVED.get(str(cloud_event.get("type")))
    if kind is None:
        return None
    event_id = cloud_event.get("id")
    data = cloud_event.get("data")
    data = data if isinstance(data, dict) else {}
    if not issubclass(kind, TaskEvent):
        return _parse_collaboration(kind, cloud_event, data)
    task = data.get("task")
    if not isinstance(event_id, str) or not event_id or not isinstance(task, dict):
        raise MalformedEvent(f"A {kind.type.value} event needs an id and the task it is about.")
    task_id, owner, title = task.get("id"), task.get("user_id"), task.get("title")
    if not isinstance(task_id, int) or not isinstance(owner, str) or not isinstance(title, str):
        raise MalformedEvent(
            f"The task of a {kind.type.value} event needs an integer id, a user_id and a title."
        )
    recurrence = task.get("recurrence")
    changes = data.get("changes") or []
    fields: dict[str, Any] = {
        "event_id": event_id,
        "time": _moment(cloud_event.get("time")),
        "owner": str(data.get("user_id") or owner),
        "actor": str(data.get("actor") or data.get("user_id") or owner),
        "task_id": task_id,
        "title": title,
        "recurrence": recurrence if isinstance(recurrence, str) and recurrence else None,
        "task": task,
        "changes": tuple(str(name) for name in changes) if isinstance(changes, list) else (),
    }
    if kind is ReminderDue:
        due = data.get("due")
        fields["due"] = due if isinstance(due, str) and due else None
    return kind(**fields)


def _parse_collaboration(
    kind: type[ReceivedEvent], cloud_event: Mapping[str, Any], data: dict[str, Any]
) -> ReceivedEvent:
    """Read a comment's or a member's event (see :func:`parse_event`)."""
    event_id, owner, project_id = cloud_event.get("id"), data.get("user_id"), data.get("project_id")
    about = data.get("comment" if kind is CommentCreated else "member")
    if (
        not isinstance(event_id, str)
        or not event_id
        or not isinstance(owner, str)
        or not isinstance(project_id, int)
        or not isinstance(about, dict)
    ):
        raise MalformedEvent(
            f"A {kind.type.value} event needs an id, a user_id, a project_id and what it is about."
        )
    common: dict[str, Any] = {
        "event_id": event_id,
        "time": _moment(cloud_event.get("time")),
        "owner": owner,
        "actor": str(data.get("actor") or owner),
        "project_id": project_id,
    }
    if kind is CommentCreated:
        task_id, comment_id, text = about.get("task_id"), about.get("id"), about.get("text")
        if not isinstance(task_id, int) or not isinstance(comment_id, int):
            raise MalformedEvent("The comment of a todo.comment.created event needs its ids.")
        return CommentCreated(
            **common, task_id=task_id, comment_id=comment_id, text=str(text or "")
        )
    member_id, changes = about.get("user_id"), data.get("changes") or []
    member_kind = MemberAdded if kind is MemberAdded else MemberUpdated
    return member_kind(
        **common,
        member_id=member_id if isinstance(member_id, str) else None,
        role=str(about.get("role") or ""),
        changes=tuple(str(name) for name in changes) if isinstance(changes, list) else (),
    )


def _moment(value: object) -> datetime | None:
    """Read a CloudEvents ``time`` (RFC 3339); ``None`` when it is missing or unreadable."""
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
