"""Reminders: a scheduler finds the ones that have come due and fires each exactly once.

Firing a reminder records, in one transaction, that it fired (the task remembers the
``remind_at`` it fired for, so moving the reminder arms it again) and a ``todo.reminder.due``
event for the ``reminders`` topic; the notifications consumer turns that into a notification the
user sees live. On PostgreSQL several schedulers may run: each claims due reminders with
``FOR UPDATE SKIP LOCKED``, so no reminder fires twice.

Under Dapr the timer may be Dapr's instead (``TODO_REMINDER_TRIGGER=dapr-jobs``): the Jobs API
fires the job ``{prefix}-reminders`` on one worker at a time, and that worker fires what is due.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from zoneinfo import ZoneInfo

from todo.adapters.bus.protocol import Bus, JobTrigger
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


#: The most batches one job firing fires (each of up to 100 reminders).
ROUND_BATCHES = 50


async def fire_reminders_round(
    uow: Callable[[], UnitOfWork], *, stop: asyncio.Event | None = None
) -> int:
    """Fire what is due now, batch after batch (at most :data:`ROUND_BATCHES`), until nothing
    is due or ``stop`` is set; return how many fired. One firing of the Dapr job."""
    fired = 0
    for _ in range(ROUND_BATCHES):
        if stop is not None and stop.is_set():
            break
        batch = await fire_due_reminders(uow())
        fired += batch
        if batch == 0:
            break
    return fired


def reminders_by_job(
    bus: Bus, uow: Callable[[], UnitOfWork], *, interval: float, stop: asyncio.Event
) -> bool:
    """Have ``bus``'s job trigger (Dapr's Jobs API) fire the due reminders every ``interval``
    seconds instead of a timer in this process; tell whether it can (else the caller runs
    :func:`run_scheduler`)."""
    if not isinstance(bus, JobTrigger):
        log.warning("this broker cannot trigger jobs; reminders use the built-in scheduler")
        return False

    async def fire() -> None:
        await fire_reminders_round(uow, stop=stop)

    bus.every("reminders", interval, fire)
    return True
