"""Notifications: created when a reminder comes due, a repeating task stops repeating, a task is
assigned to you, somebody comments on a task you made or are assigned, or you are added to a
project; pushed live, listed and marked read."""

from __future__ import annotations

import uuid

from todo.adapters.unit_of_work import UnitOfWork
from todo.domain.actor import Actor
from todo.domain.cursor import encode_cursor, read_id_cursor
from todo.domain.events import (
    TASK_UPDATES_TOPIC,
    CommentCreated,
    DomainEvent,
    EventType,
    MemberEvent,
    ReceivedEvent,
    ReminderDue,
    TaskCreated,
    TaskEvent,
)
from todo.domain.notifications import (
    NOTIFICATION_KINDS,
    NOTIFICATION_TEXT_MAX,
    Notification,
    NotificationKind,
    NotificationPage,
    NotificationPublic,
)
from todo.domain.scopes import Scope
from todo.errors import NotFound


async def notify_reminder(uow: UnitOfWork, event: ReminderDue) -> None:
    """Create the notification of a reminder that came due, and send it to the user's open
    clients (a consumer step; the caller commits) — unless the user has left the task's
    project meanwhile."""
    if await uow.tasks.get_as_member(event.owner, event.task_id) is None:
        return
    await _notify(
        uow,
        Notification(
            user_id=event.owner,
            kind="reminder",
            task_id=event.task_id,
            title=f"Reminder: {event.title}"[:NOTIFICATION_TEXT_MAX],
            body=(f"Due {event.due}" if event.due else "")[:NOTIFICATION_TEXT_MAX],
            event_id=event.event_id,
            created_at=uow.clock.now(),
        ),
    )


async def notify_series_ended(
    uow: UnitOfWork, *, user_id: str, task_id: int, title: str, why: str, event_id: str
) -> None:
    """Tell the user that the repeating task ``task_id`` made no next occurrence because of
    ``why``, and how to go on (a consumer step; the caller commits). ``event_id`` is the
    completion's: it is told once."""
    await _notify(
        uow,
        Notification(
            user_id=user_id,
            kind="series-ended",
            task_id=task_id,
            title=f"Stopped repeating: {title}"[:NOTIFICATION_TEXT_MAX],
            body=f"{why} Give the task a new repeat rule to go on."[:NOTIFICATION_TEXT_MAX],
            event_id=event_id,
            created_at=uow.clock.now(),
        ),
    )


async def notify_collaboration(uow: UnitOfWork, event: ReceivedEvent) -> None:
    """Tell the people a change by somebody else concerns (a consumer step; the caller
    commits): the member a task was assigned to; the creator and the assignee of a task
    somebody commented on; a user added to a project (or whose invitation their new account
    took up). Nobody is told of what they did themselves, nor of a project they have left."""
    if isinstance(event, TaskEvent):
        assignee = event.task.get("assignee_id")
        newly = isinstance(event, TaskCreated) or "assignee_id" in event.changes
        project = event.task.get("project_id")
        if (
            isinstance(assignee, str)
            and newly
            and assignee != event.actor
            and isinstance(project, int)
            and assignee in await uow.tasks.audience(project)
        ):
            await _tell(uow, event, assignee, "assigned", f"Assigned to you: {event.title}", "")
    elif isinstance(event, CommentCreated):
        task = await uow.tasks.get_any(event.task_id)
        if task is None:
            return
        members = set(await uow.tasks.audience(task.project_id))
        for user_id in dict.fromkeys((task.user_id, task.assignee_id)):
            if user_id is not None and user_id != event.actor and user_id in members:
                title = f"Comment on {task.title}"
                await _tell(uow, event, user_id, "comment", title, event.text, task_id=task.id)
    elif isinstance(event, MemberEvent):
        claimed = "user_id" in event.changes  # their new account took an invitation up
        joined = event.type is EventType.MEMBER_ADDED or claimed
        member = event.member_id
        if member is None or not joined or (member == event.actor and not claimed):
            return
        found = await uow.projects.membership(member, event.project_id)
        if found is not None:
            title = f"You were added to {found[0].name}"
            await _tell(uow, event, member, "invited", title, f"as {event.role}")


async def _tell(
    uow: UnitOfWork,
    event: ReceivedEvent,
    user_id: str,
    kind: NotificationKind,
    title: str,
    body: str,
    *,
    task_id: int | None = None,
) -> None:
    """Store and send one notification of ``event`` to ``user_id`` (once: its id is made of
    the event's and the user's)."""
    if task_id is None and isinstance(event, TaskEvent):
        task_id = event.task_id
    await _notify(
        uow,
        Notification(
            user_id=user_id,
            kind=kind,
            task_id=task_id,
            title=title[:NOTIFICATION_TEXT_MAX],
            body=body[:NOTIFICATION_TEXT_MAX],
            event_id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"{event.event_id}/{user_id}")),
            created_at=uow.clock.now(),
        ),
    )


async def _notify(uow: UnitOfWork, notification: Notification) -> None:
    """Store ``notification`` and send it to the user's open clients."""
    await uow.notifications.add(notification)
    public = _public(notification)
    uow.emit(
        DomainEvent(
            type=EventType.NOTIFICATION_CREATED,
            subject=f"notifications/{public.id}",
            user_id=notification.user_id,
            data={"user_id": notification.user_id, "notification": public.model_dump(mode="json")},
            topic=TASK_UPDATES_TOPIC,
        )
    )


async def list_notifications(
    uow: UnitOfWork,
    *,
    actor: Actor,
    unread_only: bool = False,
    limit: int = 50,
    cursor: str | None = None,
) -> NotificationPage:
    """Return a page of the actor's notifications, newest first, and how many are unread."""
    actor.require(Scope.TASKS_READ)
    before = read_id_cursor(cursor, "notifications") if cursor is not None else None
    async with uow.reading():
        rows = await uow.notifications.page(
            actor.user_id, unread_only=unread_only, before=before, limit=limit + 1
        )
        unread = await uow.notifications.count_unread(actor.user_id)
        items = [_public(row) for row in rows[:limit]]
    more = len(rows) > limit
    return NotificationPage(
        items=items,
        unread=unread,
        next_cursor=encode_cursor("notifications", items[-1].id) if more and items else None,
    )


async def mark_read(uow: UnitOfWork, *, actor: Actor, notification_id: int) -> NotificationPublic:
    """Mark one of the actor's notifications read (reading it again changes nothing)."""
    actor.require(Scope.TASKS_WRITE)
    async with uow:
        found = await uow.notifications.get(actor.user_id, notification_id)
        if found is None:
            raise NotFound(f"There is no notification {notification_id}.")
        if found.read_at is None:
            found.read_at = uow.clock.now()
            uow.notifications.save(found)
            await uow.commit()
        return _public(found)


async def mark_all_read(uow: UnitOfWork, *, actor: Actor) -> int:
    """Mark every unread notification of the actor read; return how many there were."""
    actor.require(Scope.TASKS_WRITE)
    async with uow:
        marked = await uow.notifications.mark_all_read(actor.user_id, at=uow.clock.now())
        await uow.commit()
    return marked


def _public(row: Notification) -> NotificationPublic:
    kind: NotificationKind = NOTIFICATION_KINDS.get(row.kind, "reminder")
    return NotificationPublic(
        id=row.id or 0,
        kind=kind,
        task_id=row.task_id,
        title=row.title,
        body=row.body,
        created_at=row.created_at,
        read_at=row.read_at,
    )
