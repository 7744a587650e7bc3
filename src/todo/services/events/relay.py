"""The relay: sends the events the outbox holds to the broker, and never loses one.

Every change commits its events to the outbox in the same transaction (see
:class:`~todo.adapters.unit_of_work.UnitOfWork`). The relay reads the unsent ones, oldest first
(each task's events in commit order, also with several relays), publishes each as a CloudEvent
to its topic — task events also to ``task-updates``, the topic clients sync
from — and marks them sent in the same transaction that claimed them. When the broker refuses,
the events stay unsent and are tried again after a growing pause; an event is never dropped.
Delivery is at least once: a crash between publishing and marking sends it again, and the
consumers are idempotent.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from todo.adapters.bus.protocol import Bus, Outgoing
from todo.adapters.tracing import (
    AttributeValue,
    Tracing,
    carrier_of,
    message_attributes,
    spans,
)
from todo.adapters.unit_of_work import UnitOfWork
from todo.domain.events import TASK_EVENTS_TOPIC, TASK_UPDATES_TOPIC
from todo.errors import BrokerUnavailable
from todo.services.events.stopping import pause_unless, wait_for_either

log = logging.getLogger("todo.relay")

#: The longest pause between two tries while the broker is down.
MAX_BACKOFF_SECONDS = 30.0


@dataclass(frozen=True)
class RelayRound:
    """What one round did: events sent, and events the broker refused (still unsent)."""

    sent: int
    failed: int
    error: str | None = None


async def relay_once(uow: UnitOfWork, bus: Bus, *, batch: int) -> RelayRound:
    """Publish up to ``batch`` unsent events, oldest first, and mark them sent; when the broker
    refuses them they stay unsent, with one more attempt and the reason recorded."""
    async with uow:
        rows = await uow.outbox.claim(batch)
        if not rows:
            return RelayRound(sent=0, failed=0)
        outgoing: list[Outgoing] = []
        for row in rows:
            event = row.cloud_event()
            outgoing.append((row.topic, row.subject, event))
            if row.topic == TASK_EVENTS_TOPIC:  # clients sync from task-updates
                outgoing.append((TASK_UPDATES_TOPIC, row.subject, event))
        ids = [row.id for row in rows if row.id is not None]
        try:
            if uow.tracing.on:
                await publish_traced(uow.tracing, bus, outgoing)
            else:
                await bus.publish_many(outgoing)
        except BrokerUnavailable as error:
            await uow.outbox.mark_failed(ids, error=error.message)
            await uow.commit()
            return RelayRound(sent=0, failed=len(ids), error=error.message)
        await uow.outbox.mark_published(ids, at=uow.clock.now())
        await uow.commit()
    return RelayRound(sent=len(ids), failed=0)


async def publish_traced(tracing: Tracing, bus: Bus, outgoing: list[Outgoing]) -> None:
    """Publish ``outgoing`` inside one producer span per event and topic, ``publish <topic>``,
    each a child of the trace context its outbox row kept (a new trace when it kept none); the
    event carries its span's ``traceparent``, so each consumer continues from that hop."""
    openings = [
        (f"publish {topic}", carrier_of(event), _sent_attributes(bus, topic, event))
        for topic, _, event in outgoing
    ]
    with spans(tracing, openings, kind="producer") as opened:
        await bus.publish_many(
            [
                (topic, key, {**event, **carrier})
                for (topic, key, event), (_, carrier) in zip(outgoing, opened, strict=True)
            ]
        )


def _sent_attributes(bus: Bus, topic: str, event: dict[str, Any]) -> dict[str, AttributeValue]:
    attributes = message_attributes(event, system=bus.kind, topic=topic)
    attributes["messaging.operation.type"] = "send"
    return attributes


async def run_relay(
    uow: Callable[[], UnitOfWork],
    bus: Bus,
    *,
    batch: int,
    interval: float,
    wake: asyncio.Event,
    stop: asyncio.Event | None = None,
) -> None:
    """Relay events until cancelled or ``stop`` is set: at once when ``wake`` is set (a change
    in this process wrote events), else every ``interval`` seconds; pausing longer while the
    broker is down. ``stop`` ends the loop between two rounds, never inside one.

    After a failed round the next one sends half as many events as were refused (a broker too
    slow for a whole batch still makes progress), and the size grows back after each round
    that sends some. A round that finds nothing to send (another relay holds the events)
    changes neither the size nor the pause: else two relays on a slow broker would each fail
    their whole batch, find nothing while the other tries, and start again from a whole batch,
    for ever.
    """
    failures = 0
    size = batch
    stop = stop or asyncio.Event()
    while not stop.is_set():
        wake.clear()
        try:
            done = await relay_once(uow(), bus, batch=size)
        except Exception:  # the database is unreachable, or a bug: keep the relay alive
            log.exception("the relay could not read the outbox")
            done = RelayRound(sent=0, failed=0, error="database")
        if done.failed or done.error:
            failures += 1
            size = max(1, min(size, done.failed or size) // 2)  # half of what was refused
            pause = min(MAX_BACKOFF_SECONDS, interval * 2 ** min(failures, 20))
            if failures in (1, 5) or failures % 20 == 0:
                log.warning(
                    "the relay could not publish; events stay in the outbox",
                    extra={"failures": failures, "retry_in_seconds": round(pause, 2)},
                )
            await pause_unless(stop, pause)
            continue
        if not done.sent:
            await wait_for_either(wake, stop, interval)
            continue
        if failures:
            log.info("the relay is publishing again", extra={"after_failures": failures})
        failures = 0
        size = min(batch, size * 2)  # and on at once: more may be waiting
