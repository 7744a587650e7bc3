"""Reminders: a scheduler finds the ones that have come due and fires each exactly once.

Firing a reminder records, in one transaction, that it fired (the task remembers the
``remind_at`` it fired for, so moving the reminder arms it again) and a ``todo.reminder.due``
event for the ``reminders`` topic; the notifications consumer turns that into a notification the
user sees live. On PostgreSQL several schedulers may run: each claims due reminders with
``FOR UPDATE SKIP LOCKED``, so no reminder fires twice.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from zoneinfo import ZoneInfo

from todo.adapters.unit_of_work import UnitOfWork
from todo.domain.due import spoken_date
from todo.domain.events import REMINDERS_TOPIC, DomainEvent, EventType
from todo.domain.tasks import TaskPublic
from todo.domain.timezones import zone_or_utc
from todo.services.events.stopping import pause_unless

log = logging.getLogger("todo.reminders")


async def fire_due_reminders(uow: UnitOfWork, *, limit: int = 100) -> int:
    """Fire the reminders that are due now (up to ``limit``); return how many fired."""
    async with uow:
        now = uow.clock.now()
        due = await uow.reminders.claim(now=now, limit=limit)
        if not due:
            return 0
        names = await uow.tags.names_of([task.id for task in due if task.id is not None])
        zones: dict[str, ZoneInfo] = {}
        for task in due:
            task.reminder_fired_for = task.remind_at
            uow.tasks.save(task)
            if task.user_id not in zones:
                owner = await uow.users.get(task.user_id)
                zones[task.user_id] = zone_or_utc(owner.timezone if owner else None)
            public = TaskPublic.of(task, names.get(task.id or 0, []))
            uow.emit(_reminder_event(public, zones[task.user_id]))
        await uow.commit()
    return len(due)


def _reminder_event(task: TaskPublic, zone: ZoneInfo) -> DomainEvent:
    data = {
        "user_id": task.user_id,
        "actor": "reminders",
        "task": task.model_dump(mode="json"),
        "due": spoken_date(task.due_at, zone),
    }
    return DomainEvent(
        type=EventType.REMINDER_DUE,
        subject=f"tasks/{task.id}",
        user_id=task.user_id,
        data=data,
        topic=REMINDERS_TOPIC,
    )


async def run_scheduler(
    uow: Callable[[], UnitOfWork], *, interval: float, stop: asyncio.Event | None = None
) -> None:
    """Fire due reminders every ``interval`` seconds until cancelled or ``stop`` is set (then
    the loop ends after the batch it is firing: each batch is one transaction)."""
    stop = stop or asyncio.Event()
    while not stop.is_set():
        try:
            while await fire_due_reminders(uow()) > 0 and not stop.is_set():
                pass  # more may be due
        except Exception:  # the database is unreachable, or a bug: keep the scheduler alive
            log.exception("the reminder scheduler failed; trying again")
        await pause_unless(stop, interval)
