"""The event work of one process: the relay, the consumers and the reminder scheduler.

``todo serve`` runs the relay (so its own changes go out at once) and, with the memory broker,
everything else too: one process is then a complete system. ``todo worker`` runs the relay, the
consumers and the scheduler against a real broker; any number of API processes and workers can
run side by side. A broker that is down at start-up does not stop the process: writes keep
landing in the outbox, the connection is retried, and the relay catches up when it is back.

Every process checks its broker in the background (:meth:`EventRuntime.health` reports the last
check, which ``/readyz`` shows): a subscription that stopped reading — a broker restarted empty
has lost the consumer groups — is started again, its streams and groups made anew.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from todo.adapters.bus.protocol import Bus, Handler, ManyHandler
from todo.adapters.tracing import (
    NO_TRACING,
    Tracing,
    carrier_of,
    received_attributes,
    spans,
)
from todo.adapters.unit_of_work import UnitOfWork
from todo.errors import BrokerUnavailable
from todo.services.events.consumers import CONSUMERS, Consumer, consume, consume_many
from todo.services.events.housekeeping import KEEP_PROCESSED, KEEP_SENT, run_housekeeping
from todo.services.events.relay import MAX_BACKOFF_SECONDS, run_relay
from todo.services.events.reminders import reminders_by_job, run_scheduler

log = logging.getLogger("todo.events")

#: How often the broker is checked and stopped subscriptions are set going again (seconds).
HEALTH_INTERVAL = 5.0
#: The longest one check may take (seconds): the bus bounds its own calls well below this.
CHECK_BOUND = 10.0
#: How long the background tasks may take to end once cancelled (seconds), per attempt.
STOP_WAIT = 5.0


@dataclass
class EventRuntime:
    """The background tasks of one process, over one bus."""

    uow: Callable[[], UnitOfWork]
    bus: Bus
    events_written: asyncio.Event
    relay_batch: int = 500
    relay_interval: float = 0.05
    reminder_interval: float = 1.0
    consumer_attempts: int = 5
    #: How long sent events stay in the outbox (to replay them) and consumers' records stay.
    keep_sent: timedelta = KEEP_SENT
    keep_processed: timedelta = KEEP_PROCESSED
    #: How often the broker is checked in the background (``/readyz`` reports the last check).
    health_interval: float = HEALTH_INTERVAL
    #: Fire reminders when the bus's job trigger (Dapr's Jobs API) says, not on a timer here.
    reminder_job: bool = False
    #: Whether the bus is connected and its subscriptions started.
    connected: bool = False
    _tasks: list[asyncio.Task[None]] = field(default_factory=list)
    #: Those of ``_tasks`` that work in rounds (the relay, the scheduler, housekeeping).
    _rounds: list[asyncio.Task[None]] = field(default_factory=list)
    _connect_error: str | None = None
    _broker_problem: str | None = None
    _checked_at: float = field(default_factory=time.monotonic)
    _healthy: bool = True
    _closing: bool = False
    #: Set when a stop begins: the relay, the scheduler and housekeeping end their round.
    _draining: asyncio.Event = field(default_factory=asyncio.Event)
    #: Events this process's consumers handled, by ``(consumer, outcome)``; the outcome is
    #: ``applied``, ``skipped`` (not for it, already done, or parked as a dead letter) or
    #: ``failed`` (delivered again later: the database or the broker could not be reached).
    handled: Counter[tuple[str, str]] = field(default_factory=Counter)
    #: The spans of this process: each consumer's handling of each event is one, ``process
    #: <topic>``, in the trace of the event's ``traceparent``.
    tracing: Tracing = NO_TRACING

    def subscribe_consumers(self) -> None:
        """Take part in every consumer group (before :meth:`start`)."""
        for consumer in CONSUMERS:
            self.bus.subscribe(
                consumer.topic,
                self._handler(consumer),
                group=consumer.name,
                many=self._many_handler(consumer),
            )

    async def start(self, *, relay: bool = True, scheduler: bool = False) -> None:
        """Connect the bus (retrying in the background while the broker is down), watch it, and
        start the relay and, with ``scheduler``, the reminder scheduler and housekeeping.

        The relay does not wait for the subscriptions to start (on Kafka a group takes seconds
        to form): it connects to publish by itself, and backs off while the broker is down.
        """
        self._closing = False
        self._draining = asyncio.Event()
        if relay:  # events sent before the first worker starts must wait for its groups
            for consumer in CONSUMERS:
                self.bus.expect(consumer.topic, consumer.name)
        self._spawn(self._connect(), "bus")
        self._spawn(self._watch(), "health")
        if relay:
            self._spawn(
                run_relay(
                    self.uow,
                    self.bus,
                    batch=self.relay_batch,
                    interval=self.relay_interval,
                    wake=self.events_written,
                    stop=self._draining,
                ),
                "relay",
                rounds=True,
            )
        if scheduler and not (
            self.reminder_job
            and reminders_by_job(
                self.bus, self.uow, interval=self.reminder_interval, stop=self._draining
            )
        ):
            self._spawn(
                run_scheduler(self.uow, interval=self.reminder_interval, stop=self._draining),
                "scheduler",
                rounds=True,
            )
        if scheduler:
            self._spawn(
                run_housekeeping(
                    self.uow,
                    keep_sent=self.keep_sent,
                    keep_processed=self.keep_processed,
                    stop=self._draining,
                ),
                "housekeeping",
                rounds=True,
            )
        await asyncio.sleep(0)

    async def stop(self, grace: float = 0.0) -> None:
        """Stop the background tasks and disconnect the bus.

        With ``grace`` (seconds), the relay, the scheduler and housekeeping first finish the
        round they are in — a batch of events published and marked sent, a batch of reminders
        fired — for at most that long; what is cut short after it rolls back and is done again
        by the next process (an event is sent at least once; consumers skip what they did).
        Stopping the bus lets its running handlers finish.
        """
        self._closing = True
        self._draining.set()
        rounds = [task for task in self._rounds if not task.done()]
        self._rounds.clear()
        if grace > 0 and rounds:
            _, late = await asyncio.wait(rounds, timeout=grace)
            if late:
                log.warning(
                    "the shutdown grace period ended inside a round; it is rolled back",
                    extra={"rounds": sorted(task.get_name() for task in late)},
                )
        pending = set(self._tasks)
        self._tasks.clear()
        for _ in range(3):  # a library may swallow one cancellation: cancel again
            for task in pending:
                task.cancel()
            if not pending:
                break
            _, pending = await asyncio.wait(pending, timeout=STOP_WAIT)
        if pending:
            log.error("background tasks did not stop", extra={"tasks": len(pending)})
        await self.bus.stop()
        self.connected = False

    def health(self) -> dict[str, str]:
        """Say how the broker and this process's subscriptions are, ``"ok"`` or one sentence
        each, from the last background check: never waits, never connects."""
        if not self.connected:  # the connection is being (re)tried: say why
            broker = self._connect_error or "the broker is not connected yet"
            return {"broker": broker, "consumers": "waiting for the broker"}
        age = time.monotonic() - self._checked_at
        if age > 3 * self.health_interval + CHECK_BOUND:
            broker = f"the broker has not been checked for {age:.0f} seconds"
        else:
            broker = self._broker_problem or "ok"
        stalled = self.bus.stalled()
        consumers = "not reading: " + ", ".join(stalled) if stalled else "ok"
        return {"broker": broker, "consumers": consumers}

    async def watch_once(self) -> None:
        """Check the broker once, and set going again the subscriptions that stopped reading
        (a Redis restarted empty has lost the consumer groups: they are made again)."""
        if self.connected:
            try:
                async with asyncio.timeout(CHECK_BOUND):
                    self._broker_problem = await self.bus.check()
            except TimeoutError:
                self._broker_problem = "the broker did not answer in time"
            self._checked_at = time.monotonic()
            stalled = self.bus.stalled()
            if stalled and not self._closing:
                log.warning(
                    "subscriptions stopped reading; starting them again",
                    extra={"subscriptions": stalled},
                )
                self.connected = False
                self._connect_error = "restarting the subscriptions that stopped reading"
                await self.bus.stop()
                self._spawn(self._connect(), "bus")
        self._report_change()

    def _report_change(self) -> None:
        """Log when the process turns unhealthy, and when it is healthy again."""
        health = self.health()
        healthy = all(value == "ok" for value in health.values())
        if healthy != self._healthy:
            if healthy:
                log.info("the broker and every subscription are well again")
            else:
                log.warning("the event pipeline is not well", extra=health)
            self._healthy = healthy

    def _handler(self, consumer: Consumer) -> Handler:
        async def handle(event: dict[str, Any]) -> None:
            await self._handle(consumer, [event], many=False)

        return handle

    def _many_handler(self, consumer: Consumer) -> ManyHandler:
        async def handle_many(events: list[dict[str, Any]]) -> None:
            await self._handle(consumer, events, many=True)

        return handle_many

    async def _handle(
        self, consumer: Consumer, events: list[dict[str, Any]], *, many: bool
    ) -> None:
        """Hand ``events`` to ``consumer`` — when tracing, inside one consumer span per event,
        each a child of its event's ``traceparent`` (a new trace when it has none, or a
        malformed one) — and count the outcomes."""
        if not self.tracing.on:
            await self._apply(consumer, events, many=many)
            return
        openings = [
            (
                f"process {consumer.topic}",
                carrier_of(event),
                received_attributes(
                    event, system=self.bus.kind, topic=consumer.topic, group=consumer.name
                ),
            )
            for event in events
        ]
        with spans(self.tracing, openings, kind="consumer") as opened:
            outcomes = await self._apply(consumer, events, many=many)
            for (span, _), applied in zip(opened, outcomes, strict=True):
                span.set_attribute("todo.consumer.outcome", "applied" if applied else "skipped")

    async def _apply(
        self, consumer: Consumer, events: list[dict[str, Any]], *, many: bool
    ) -> list[bool]:
        """Apply ``consumer`` to ``events``, count the outcomes, and return them (whether each
        was applied)."""
        try:
            if many:
                outcomes = await consume_many(
                    self.uow, consumer, events, attempts=self.consumer_attempts
                )
            else:
                outcomes = [
                    await consume(self.uow, consumer, events[0], attempts=self.consumer_attempts)
                ]
        except Exception:
            self.handled[consumer.name, "failed"] += len(events)
            raise
        for applied in outcomes:
            self.handled[consumer.name, "applied" if applied else "skipped"] += 1
        return outcomes

    async def _connect(self) -> None:
        pause = 0.5
        while not self._closing:
            try:
                await self.bus.start()
            except BrokerUnavailable as error:
                self._connect_error = error.message.rstrip(".") + "; retrying"
                log.warning(
                    "the broker cannot be reached; events wait in the outbox",
                    extra={"reason": error.message, "retry_in_seconds": pause},
                )
                await asyncio.sleep(pause)
                pause = min(MAX_BACKOFF_SECONDS, pause * 2)
                continue
            break
        if self._closing:
            return
        self._broker_problem = None
        self._checked_at = time.monotonic()
        self.connected = True
        self._report_change()

    async def _watch(self) -> None:
        while not self._closing:
            await asyncio.sleep(self.health_interval)
            try:
                await self.watch_once()
            except Exception:  # a bug must not stop the checks
                log.exception("the broker check failed")

    def _spawn(self, work: Coroutine[Any, Any, None], name: str, *, rounds: bool = False) -> None:
        """Run ``work`` in the background; with ``rounds``, it works in rounds that a graceful
        :meth:`stop` lets finish (it ends between two rounds once ``_draining`` is set)."""
        if self._closing:
            work.close()
            return
        self._tasks[:] = [task for task in self._tasks if not task.done()]
        task = asyncio.create_task(work, name=f"todo-{name}")
        task.add_done_callback(_report_end)
        self._tasks.append(task)
        if rounds:
            self._rounds.append(task)


def _report_end(task: asyncio.Task[None]) -> None:
    """Log a background task that ended by itself (they run until cancelled)."""
    if task.cancelled():
        return
    error = task.exception()
    if error is not None:
        log.error("a background task stopped", extra={"task": task.get_name()}, exc_info=error)


async def process_here(
    uow: Callable[[], UnitOfWork], committed: list[str], *, attempts: int, rounds: int = 5
) -> int:
    """Run the consumers, in this process, on the events whose ids are in ``committed`` and on
    the events they cause in turn (which the caller's app adds to the same list), for up to
    ``rounds`` generations; return how many steps were applied.

    For the console on the in-process broker, where no server may be running: completing a
    repeating task with ``todo done`` still brings its next occurrence. The events stay unsent
    in the outbox, so a server's relay still publishes them to its live clients later, and its
    consumers find them processed and skip them.
    """
    applied = 0
    done = 0
    for _ in range(rounds):
        batch, done = committed[done:], len(committed)
        if not batch:
            break
        reading = uow()
        async with reading.reading():
            rows = await reading.outbox.by_event_ids(batch)
            events = [(row.topic, row.cloud_event()) for row in rows]
        for topic, event in events:
            for consumer in CONSUMERS:
                if consumer.topic == topic and await consume(
                    uow, consumer, event, attempts=attempts
                ):
                    applied += 1
    return applied
