"""Notifications: created when a reminder comes due or a repeating task stops repeating, pushed
live, listed and marked read."""

from __future__ import annotations

from todo.adapters.unit_of_work import UnitOfWork
from todo.domain.actor import Actor
from todo.domain.cursor import encode_cursor, read_id_cursor
from todo.domain.events import TASK_UPDATES_TOPIC, DomainEvent, EventType, ReminderDue
from todo.domain.notifications import (
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
    clients (a consumer step; the caller commits)."""
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
    kind: NotificationKind = "series-ended" if row.kind == "series-ended" else "reminder"
    return NotificationPublic(
        id=row.id or 0,
        kind=kind,
        task_id=row.task_id,
        title=row.title,
        body=row.body,
        created_at=row.created_at,
        read_at=row.read_at,
    )
