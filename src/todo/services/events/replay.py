"""Replaying the outbox: send again the events a broker lost.

The relay marks each event sent once the broker has accepted it, and housekeeping keeps sent
events for a while (a day by default, ``TODO_OUTBOX_RETENTION_HOURS``). A broker that loses
what it held — Redis restarted without persistence, a NATS stream on memory storage, a queue
that was deleted — loses the events no consumer had processed yet. :func:`replay` marks the
events sent in a time range unsent again, and the relay of any running ``todo serve`` or
``todo worker`` publishes them once more, each task's replayed events in order (after any later
event of the task that had already arrived). Consumers are idempotent by event id, so an event
that had arrived changes nothing the second time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from todo.adapters.outbox_repository import SentEvent
from todo.adapters.unit_of_work import UnitOfWork
from todo.errors import Invalid
from todo.services.events.consumers import CONSUMERS

#: Events looked at, and marked, per transaction.
CHUNK = 1000


@dataclass(frozen=True)
class ReplayResult:
    """What a replay found: the events sent in the range, and those marked to be sent again."""

    since: datetime
    until: datetime
    sent: int
    again: int


@dataclass(frozen=True)
class OutboxStatus:
    """The outbox at a glance: what waits to be sent, and what a replay can still send again."""

    unsent: int
    oldest_unsent: datetime | None
    sent: int
    oldest_sent: datetime | None


async def replay(
    uow: Callable[[], UnitOfWork],
    *,
    since: datetime,
    until: datetime | None = None,
    everything: bool = False,
    dry_run: bool = False,
) -> ReplayResult:
    """Mark the events sent from ``since`` up to ``until`` (default: now) to be sent again.

    By default only the events some consumer has not processed yet (those a broker lost, and
    those still on their way); with ``everything``, every one, so that live clients and any
    other subscriber get them again too. With ``dry_run`` nothing changes: the result says
    what would be sent. Raises :class:`Invalid` when ``since`` is not before ``until``.
    """
    first = uow()
    until = until or first.clock.now()
    if since >= until:
        raise Invalid("The start of the range must be before its end.", field="since")
    sent = again = 0
    after = 0
    while True:
        unit = uow()
        async with unit:
            rows = await unit.outbox.sent_between(since, until, after_id=after, limit=CHUNK)
            if not rows:
                break
            after = rows[-1].id
            sent += len(rows)
            if everything:
                chosen = [row.id for row in rows]
            else:
                done = await unit.outbox.processed([row.event_id for row in rows])
                chosen = [row.id for row in rows if _missed(row, done)]
            again += len(chosen)
            if chosen and not dry_run:
                await unit.outbox.send_again(chosen)
                await unit.commit()
    return ReplayResult(since=since, until=until, sent=sent, again=again)


async def outbox_status(uow: UnitOfWork) -> OutboxStatus:
    """Count the events waiting to be sent and the sent ones a replay can send again."""
    async with uow.reading():
        counts = await uow.outbox.counts()
    return OutboxStatus(
        unsent=counts.unsent,
        oldest_unsent=counts.oldest_unsent,
        sent=counts.sent,
        oldest_sent=counts.oldest_sent,
    )


def _missed(event: SentEvent, done: set[tuple[str, str]]) -> bool:
    """Tell whether a consumer that takes ``event`` has not recorded it as processed."""
    return any(
        consumer.topic == event.topic
        and consumer.takes_type(event.type)
        and (consumer.name, event.event_id) not in done
        for consumer in CONSUMERS
    )
