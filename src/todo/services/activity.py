"""The activity log of each task: written by a consumer of the task events, read by its owner."""

from __future__ import annotations

from todo.adapters.unit_of_work import UnitOfWork
from todo.domain.activity import ActivityPage, ActivityPublic, TaskActivity
from todo.domain.actor import Actor
from todo.domain.cursor import encode_cursor, read_moment_cursor
from todo.domain.events import ReminderDue, TaskEvent, TaskUpdated
from todo.domain.scopes import Scope
from todo.errors import NotFound

#: What the log says each event type did.
ACTIONS = {
    "todo.task.created": "created",
    "todo.task.updated": "updated",
    "todo.task.completed": "completed",
    "todo.task.reopened": "reopened",
    "todo.task.deleted": "deleted",
    "todo.task.restored": "restored",
    "todo.reminder.due": "reminded",
}
#: The fields whose new value an entry keeps (what a person reading the story wants to see).
_DETAILED = ("title", "due_at", "priority", "tags", "remind_at", "recurrence", "completed")


async def record_activity(uow: UnitOfWork, event: TaskEvent) -> None:
    """Append the entry of one task event to its task's log (a consumer step; the caller
    commits, and marks the event processed in the same transaction)."""
    wanted = event.changes if isinstance(event, TaskUpdated) else ("title",)
    details = {name: event.task.get(name) for name in wanted if name in _DETAILED}
    if isinstance(event, ReminderDue):
        details = {"title": event.title, "remind_at": event.task.get("remind_at")}
    uow.activity.add(
        TaskActivity(
            task_id=event.task_id,
            user_id=event.owner,
            event_id=event.event_id,
            type=event.type.value,
            actor=event.actor[:64],
            changes=list(event.changes),
            details=details,
            occurred_at=event.time or uow.clock.now(),
        )
    )


async def list_activity(
    uow: UnitOfWork, *, actor: Actor, task_id: int, limit: int = 100, cursor: str | None = None
) -> ActivityPage:
    """Return a page of the story of a task of the actor's projects (deleted ones too), in the
    order things happened.

    The log is written as events are processed, so a change made a moment ago may take a
    moment to appear.
    """
    actor.require(Scope.TASKS_READ)
    after = read_moment_cursor(cursor, "activity") if cursor is not None else None
    async with uow.reading():
        found = await uow.tasks.get_as_member(actor.user_id, task_id)
        if found is None or (actor.own_tasks_only and found[0].user_id != actor.user_id):
            raise NotFound(f"There is no task {task_id}.")
        # The story is kept with the task's creator, whoever of its project's members asks.
        creator = found[0].user_id
        rows = await uow.activity.of_task(creator, task_id, after=after, limit=limit + 1)
        items = [_public(row) for row in rows[:limit]]
    last = items[-1] if len(rows) > limit and items else None
    return ActivityPage(
        items=items,
        next_cursor=encode_cursor("activity", last.occurred_at, last.id) if last else None,
    )


def _public(row: TaskActivity) -> ActivityPublic:
    return ActivityPublic(
        id=row.id or 0,
        task_id=row.task_id,
        action=ACTIONS.get(row.type, row.type),
        actor=row.actor,
        changes=row.changes,
        details=row.details,
        occurred_at=row.occurred_at,
    )
