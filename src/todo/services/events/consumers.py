"""The event consumers: one handler table, run the same way by every process and every test.

Each :class:`Consumer` takes the events of one topic as a group (several workers share its
work) and applies one *step* to each, inside its own unit of work. The step's effect and the
record that the event was processed commit together, so an event delivered twice has its
effect once. A step that fails is tried again a few times; then the event is parked as a dead
letter, with its error, for an admin to see, and the stream moves on. Only when even that cannot
be written — the database is down — does :func:`consume` raise, so that the broker delivers the
event again later.
"""

from __future__ import annotations

import asyncio
import logging
import traceback
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from todo.adapters.unit_of_work import UnitOfWork
from todo.domain.consumer_log import DeadLetter
from todo.domain.events import REMINDERS_TOPIC, TASK_EVENTS_TOPIC, EventType
from todo.errors import Busy, Unavailable
from todo.services.activity import record_activity
from todo.services.notifications import notify_reminder
from todo.services.recurrence import create_next_occurrence, withdraw_next_occurrence

log = logging.getLogger("todo.consumers")

#: A consumer's work on one event, inside an open unit of work that the caller commits.
Step = Callable[[UnitOfWork, dict[str, Any]], Awaitable[None]]

#: The longest pause between two tries of one event.
MAX_PAUSE_SECONDS = 5.0
#: Errors that mean the database cannot be reached or is too busy for now, rather than that the
#: event is bad: the event is handed back to the bus to be tried again later, never parked.
_UNREACHABLE = (Unavailable, Busy)

_TASK_TYPES = frozenset(kind.value for kind in EventType if kind.value.startswith("todo.task."))


@dataclass(frozen=True)
class Consumer:
    """A named step over the events of ``topic`` whose type is one of ``types``."""

    name: str
    topic: str
    step: Step
    types: frozenset[str] = field(default=_TASK_TYPES)


#: Every consumer; the worker subscribes each as a group named after it.
CONSUMERS: tuple[Consumer, ...] = (
    Consumer(
        "recurrence",
        TASK_EVENTS_TOPIC,
        create_next_occurrence,
        frozenset({EventType.TASK_COMPLETED.value}),
    ),
    Consumer(
        "recurrence-undo",
        TASK_EVENTS_TOPIC,
        withdraw_next_occurrence,
        frozenset({EventType.TASK_REOPENED.value}),
    ),
    Consumer("activity", TASK_EVENTS_TOPIC, record_activity),
    Consumer(
        "reminder-activity",
        REMINDERS_TOPIC,
        record_activity,
        frozenset({EventType.REMINDER_DUE.value}),
    ),
    Consumer(
        "notifications",
        REMINDERS_TOPIC,
        notify_reminder,
        frozenset({EventType.REMINDER_DUE.value}),
    ),
)


async def consume(
    uow: Callable[[], UnitOfWork],
    consumer: Consumer,
    event: dict[str, Any],
    *,
    attempts: int,
    pause: float = 0.05,
) -> bool:
    """Apply ``consumer`` to ``event`` once; return whether it was applied (``False`` for an
    event it skips, one already processed, or one it parked as a dead letter)."""
    event_id = str(event.get("id", ""))
    if event.get("type") not in consumer.types or not event_id:
        return False
    error: BaseException | None = None
    for attempt in range(1, attempts + 1):
        try:
            return await _apply(uow(), consumer, event, event_id)
        except _UNREACHABLE:
            raise  # not the event's fault: the broker delivers it again later
        except Exception as exc:  # a failing step: try again, then park it
            error = exc
            if attempt < attempts:
                await asyncio.sleep(min(MAX_PAUSE_SECONDS, pause * 2 ** min(attempt - 1, 20)))
    assert error is not None
    await _park(uow(), consumer, event, event_id, error, attempts)
    return False


async def _apply(uow: UnitOfWork, consumer: Consumer, event: dict[str, Any], event_id: str) -> bool:
    async with uow:
        if await uow.consumer_log.processed(consumer.name, event_id):
            return False
        await consumer.step(uow, event)
        uow.consumer_log.mark_processed(consumer.name, event_id, at=uow.clock.now())
        await uow.commit()
    return True


async def _park(
    uow: UnitOfWork,
    consumer: Consumer,
    event: dict[str, Any],
    event_id: str,
    error: BaseException,
    attempts: int,
) -> None:
    summary = "".join(traceback.format_exception_only(error)).strip()
    log.error(
        "an event became a dead letter",
        extra={"consumer": consumer.name, "event_id": event_id, "error": summary[:200]},
    )
    async with uow:
        now = uow.clock.now()
        uow.consumer_log.park(
            DeadLetter(
                consumer=consumer.name,
                event_id=event_id[:36],
                topic=consumer.topic,
                event=event,
                error=summary[:4000],
                attempts=attempts,
                created_at=now,
            )
        )
        # Processed, as far as the stream is concerned: a redelivery must not park it again.
        uow.consumer_log.mark_processed(consumer.name, event_id, at=now)
        await uow.commit()
