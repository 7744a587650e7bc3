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
from dataclasses import dataclass
from typing import Any, TypeGuard

from todo.adapters.unit_of_work import UnitOfWork
from todo.domain.consumer_log import DeadLetter
from todo.domain.events import (
    REMINDERS_TOPIC,
    TASK_EVENTS_TOPIC,
    TASK_LIFE,
    CommentCreated,
    MalformedEvent,
    MemberAdded,
    MemberUpdated,
    ReceivedEvent,
    ReminderDue,
    TaskCompleted,
    TaskCreated,
    TaskReopened,
    TaskUpdated,
    parse_event,
)
from todo.errors import Busy, Unavailable
from todo.services.activity import record_activity
from todo.services.notifications import notify_collaboration, notify_reminder
from todo.services.recurrence import create_next_occurrence, withdraw_next_occurrence

log = logging.getLogger("todo.consumers")

#: A consumer's work on one event, inside an open unit of work that the caller commits.
#: A consumer's step: it receives an instance of one of the consumer's ``kinds`` (typed by each
#: step as the kind it takes) in an open unit of work, which the caller commits.
Step = Callable[[UnitOfWork, Any], Awaitable[None]]

#: The longest pause between two tries of one event.
MAX_PAUSE_SECONDS = 5.0
#: Errors that mean the database cannot be reached or is too busy for now, rather than that the
#: event is bad: the event is handed back to the bus to be tried again later, never parked.
_UNREACHABLE = (Unavailable, Busy)


@dataclass(frozen=True)
class Consumer:
    """A named step over the events of ``topic`` that are one of ``kinds`` (each event is read
    once, with :func:`~todo.domain.events.parse_event`, before the step sees it)."""

    name: str
    topic: str
    step: Step
    kinds: tuple[type[ReceivedEvent], ...] = TASK_LIFE

    def takes(self, event: ReceivedEvent | None) -> TypeGuard[ReceivedEvent]:
        """Tell whether ``event`` is one this consumer's step works on."""
        return isinstance(event, self.kinds)

    def takes_type(self, event_type: str) -> bool:
        """Tell whether events of the CloudEvents type ``event_type`` are for this consumer."""
        return any(kind.type.value == event_type for kind in self.kinds)


#: Every consumer; the worker subscribes each as a group named after it.
CONSUMERS: tuple[Consumer, ...] = (
    Consumer("recurrence", TASK_EVENTS_TOPIC, create_next_occurrence, (TaskCompleted,)),
    Consumer("recurrence-undo", TASK_EVENTS_TOPIC, withdraw_next_occurrence, (TaskReopened,)),
    Consumer("activity", TASK_EVENTS_TOPIC, record_activity),
    Consumer("reminder-activity", REMINDERS_TOPIC, record_activity, (ReminderDue,)),
    Consumer("notifications", REMINDERS_TOPIC, notify_reminder, (ReminderDue,)),
    Consumer(
        "collaboration",
        TASK_EVENTS_TOPIC,
        notify_collaboration,
        (TaskCreated, TaskUpdated, CommentCreated, MemberAdded, MemberUpdated),
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
    try:
        received = parse_event(event)
    except MalformedEvent as malformed:
        if consumer.takes_type(str(event.get("type"))) and event_id:
            await _park(uow(), consumer, event, event_id, malformed, 1)
        return False
    if not consumer.takes(received):
        return False
    error: BaseException | None = None
    for attempt in range(1, attempts + 1):
        try:
            return await _apply(uow(), consumer, received)
        except _UNREACHABLE:
            raise  # not the event's fault: the broker delivers it again later
        except Exception as exc:  # a failing step: try again, then park it
            error = exc
            if attempt < attempts:
                await asyncio.sleep(min(MAX_PAUSE_SECONDS, pause * 2 ** min(attempt - 1, 20)))
    assert error is not None
    await _park(uow(), consumer, event, event_id, error, attempts)
    return False


async def consume_many(
    uow: Callable[[], UnitOfWork],
    consumer: Consumer,
    events: list[dict[str, Any]],
    *,
    attempts: int,
    pause: float = 0.05,
) -> list[bool]:
    """Apply ``consumer`` to ``events`` (in order) in **one** transaction — the step of each,
    and the record that each was processed — and tell for each whether it was applied.

    Under load the relay sends events in batches, and one transaction for a batch costs
    little more than one for an event. When a step fails (or an event is malformed) the batch
    is rolled back and each event goes through :func:`consume` on its own, with its retries
    and, at worst, its dead letter: one bad event never holds the others back.
    """

    async def one_by_one() -> list[bool]:
        return [await consume(uow, consumer, one, attempts=attempts, pause=pause) for one in events]

    received: list[ReceivedEvent | None] = []
    for event in events:
        try:
            parsed = parse_event(event)
        except MalformedEvent:
            return await one_by_one()
        received.append(parsed if consumer.takes(parsed) else None)
    wanted = [event for event in received if event is not None]
    if not wanted:
        return [False] * len(events)
    try:
        applied = await _apply_many(uow(), consumer, wanted)
    except _UNREACHABLE:
        raise  # not the events' fault: the broker delivers them again later
    except Exception:  # a failing step: each event on its own, with its retries
        log.info(
            "a batch of events failed; applying them one by one",
            extra={"consumer": consumer.name, "events": len(events)},
        )
        return await one_by_one()
    return [event is not None and event.event_id in applied for event in received]


async def _apply_many(uow: UnitOfWork, consumer: Consumer, events: list[ReceivedEvent]) -> set[str]:
    """Apply the step to each event not processed yet, in one transaction; return their ids."""
    async with uow:
        done = await uow.consumer_log.processed_among(
            consumer.name, [event.event_id for event in events]
        )
        applied: set[str] = set()
        for event in events:
            if event.event_id in done or event.event_id in applied:
                continue
            await consumer.step(uow, event)
            applied.add(event.event_id)
        now = uow.clock.now()
        for event_id in applied:
            uow.consumer_log.mark_processed(consumer.name, event_id, at=now)
        await uow.commit()
    return applied


async def _apply(uow: UnitOfWork, consumer: Consumer, event: ReceivedEvent) -> bool:
    async with uow:
        if await uow.consumer_log.processed(consumer.name, event.event_id):
            return False
        await consumer.step(uow, event)
        uow.consumer_log.mark_processed(consumer.name, event.event_id, at=uow.clock.now())
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
