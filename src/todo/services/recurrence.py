"""Recurring tasks: when an occurrence is completed, the next one is created — once; when
the completion is undone, that next occurrence is taken back.

The ``recurrence`` consumer runs :func:`create_next_occurrence` for every ``todo.task.completed``
event and ``recurrence-undo`` runs :func:`withdraw_next_occurrence` for every
``todo.task.reopened``, each inside the unit of work that also records the event as processed.
"""

from __future__ import annotations

import logging
import uuid
from datetime import UTC, date, datetime
from functools import partial

import anyio
import anyio.to_thread
from anyio.lowlevel import RunVar

from todo.adapters.unit_of_work import UnitOfWork
from todo.domain.actor import Actor
from todo.domain.due import due_instant
from todo.domain.events import (
    EventType,
    TaskCompleted,
    TaskEvent,
    TaskReopened,
)
from todo.domain.recurrence import find_next_occurrence, next_reminder, normalize_rrule
from todo.domain.tasks import Task, TaskCreate
from todo.domain.timezones import zone_or_utc
from todo.errors import Forbidden, Invalid, NotFound
from todo.services import tasks
from todo.services.notifications import notify_series_ended
from todo.services.task_changes import record_change

#: Who the next occurrence's ``todo.task.created`` event names as its author.
RECURRENCE_ACTOR = "recurrence"
#: How many searches for a next occurrence may run at once. They run in threads of their own, so
#: however many repeating tasks are completed together, the threads that other work (such as
#: checking passwords) borrows from anyio's default pool stay free.
SEARCH_THREADS = 2
#: The limiter of those threads, one per event loop (as anyio keeps its default one).
_search_threads: RunVar[anyio.CapacityLimiter] = RunVar("recurrence_search_threads")

log = logging.getLogger("todo.recurrence")


async def create_next_occurrence(uow: UnitOfWork, event: TaskCompleted) -> None:
    """Create the next occurrence of a completed recurring task, in the caller's open unit of
    work (the caller commits).

    The new task copies the title, description, priority, tags and rule, joins the same series
    and is due at the rule's next occurrence after both the old due date and the moment of
    completion (see :func:`todo.domain.recurrence.next_occurrence`); a reminder keeps its
    distance before the due date (or is left out if that falls outside 1900–2199). Nothing is
    created for other events, tasks without a rule, a completion that was undone before the
    event arrived, a series that has ended (its next date would fall after 2199; or — logged as a
    warning, and told to the user as a ``series-ended`` notification — its rule was stored before
    such rules were refused, or the bounded search gave up),
    or a series that has already moved on (a live occurrence due later exists): the same
    completion delivered twice, or completed, reopened and completed again, gives one next
    occurrence.
    """
    task = await _repeating_task_of(uow, event)
    if task is None:
        return
    user_id, task_id = task.user_id, task.id
    assert task_id is not None
    user = await uow.users.get(user_id)
    if user is None or not task.completed or not task.recurrence:
        return
    try:
        normalize_rrule(task.recurrence)
    except Invalid as exc:
        log.warning(
            "the rule of a repeating task is no longer accepted; its series ends",
            extra={"task_id": task_id, "user_id": user_id, "reason": exc.message},
        )
        await notify_series_ended(
            uow,
            user_id=user_id,
            task_id=task_id,
            title=task.title,
            why=f"Its repeat rule is no longer accepted: {exc.message}",
            event_id=event.event_id,
        )
        return
    owner = Actor(user_id=user.id, timezone=zone_or_utc(user.timezone), role=user.role)
    completed_at = task.completed_at or uow.clock.now()
    due = _due(task)
    series_id = task.series_id or await _start_series(uow, task)
    first = (
        await uow.tasks.first_of_series(user_id, series_id) if "COUNT=" in task.recurrence else None
    )
    # The search is bounded, but CPU work all the same: keep it off the event loop.
    found = await anyio.to_thread.run_sync(
        partial(
            find_next_occurrence,
            task.recurrence,
            due=due,
            tz=owner.timezone,
            after=completed_at,
            first=_due(first) if first is not None else None,
        ),
        limiter=_search_limiter(),
    )
    if found.gave_up:
        log.warning(
            "the next occurrence of a repeating task was not found within the search budget; "
            "its series ends",
            extra={"task_id": task_id, "user_id": user_id, "recurrence": task.recurrence},
        )
        await notify_series_ended(
            uow,
            user_id=user_id,
            task_id=task_id,
            title=task.title,
            why="Its next date could not be found in reasonable time (the rule matches too "
            "rarely or too often).",
            event_id=event.event_id,
        )
    next_due = found.due
    if next_due is None:
        return
    base = due if due is not None else completed_at.astimezone(owner.timezone).date()
    if await uow.tasks.next_in_series(user_id, series_id, due_instant(base)) is not None:
        return
    remind_at = (
        next_reminder(due=due, remind_at=task.remind_at, next_due=next_due, tz=owner.timezone)
        if task.remind_at is not None
        else None
    )
    names = await uow.tags.names_of([task_id])
    occurrence = TaskCreate(
        title=task.title,
        description=task.description,
        priority=task.priority,
        tags=names.get(task_id, []),
        due_at=next_due,
        remind_at=remind_at,
        recurrence=task.recurrence,
        project_id=task.project_id,
        parent_id=task.parent_id,
        assignee_id=task.assignee_id,
    )
    try:
        await tasks.insert(
            uow, actor=owner, data=occurrence, series_id=series_id, by=RECURRENCE_ACTOR
        )
    except Invalid:  # its parent is gone, or its assignee left the project: without them
        alone = occurrence.model_copy(update={"parent_id": None, "assignee_id": None})
        await tasks.insert(uow, actor=owner, data=alone, series_id=series_id, by=RECURRENCE_ACTOR)
    except (NotFound, Forbidden):
        # Its creator may no longer add tasks to its project: the series ends there (what
        # the project holds never moves to somebody's own list).
        await notify_series_ended(
            uow,
            user_id=user_id,
            task_id=task_id,
            title=task.title,
            why="You can no longer add tasks to its project.",
            event_id=event.event_id,
        )


async def withdraw_next_occurrence(uow: UnitOfWork, event: TaskReopened) -> None:
    """Take back the next occurrence a completion created, when that completion is undone.

    On a ``todo.task.reopened`` event of a recurring task that is still open, the series' next
    occurrence is deleted (it can be restored) if no one has touched it since it was created;
    one that was edited, completed or deleted is left alone. The caller commits.
    """
    task = await _repeating_task_of(uow, event)
    if task is None or task.completed or task.series_id is None or task.id is None:
        return
    if task.due_at is not None:
        following = await uow.tasks.next_in_series(task.user_id, task.series_id, task.due_at)
    else:  # no due date: the next occurrence is the one made after this task
        following = await uow.tasks.made_after_in_series(task.user_id, task.series_id, task.id)
    if following is None or following.version != 1 or following.completed:
        return
    now = uow.clock.now()
    following.deleted_at = now
    deleted = [(EventType.TASK_DELETED, ())]
    await record_change(uow, following, deleted, at=now, actor=RECURRENCE_ACTOR)


async def _repeating_task_of(uow: UnitOfWork, event: TaskEvent) -> Task | None:
    """Return the task (locked) ``event`` is about when it was a repeating one, else ``None``."""
    if event.recurrence is None:
        return None
    return await uow.tasks.get(event.owner, event.task_id, for_update=True)


def _search_limiter() -> anyio.CapacityLimiter:
    """Return this event loop's limiter of the threads that search for next occurrences."""
    try:
        return _search_threads.get()
    except LookupError:
        limiter = anyio.CapacityLimiter(SEARCH_THREADS)
        _search_threads.set(limiter)
        return limiter


def _due(task: Task) -> date | datetime | None:
    """Return the task's due date as callers see it: a date when all-day, else a UTC moment."""
    if task.due_at is None:
        return None
    return task.due_at.astimezone(UTC).date() if task.all_day else task.due_at


async def _start_series(uow: UnitOfWork, task: Task) -> str:
    """Give a recurring task that has no series one (a new id), so its occurrences link up."""
    series_id = task.series_id = str(uuid.uuid4())
    await record_change(uow, task)
    return series_id
