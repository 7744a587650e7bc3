"""The event work of one process: the relay, the consumers and the reminder scheduler.

``todo serve`` runs the relay (so its own changes go out at once) and, with the memory broker,
everything else too: one process is then a complete system. ``todo worker`` runs the relay, the
consumers and the scheduler against a real broker; any number of API processes and workers can
run side by side. A broker that is down at start-up does not stop the process: writes keep
landing in the outbox, the connection is retried, and the relay catches up when it is back.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any

from todo.adapters.bus import BrokerUnavailable, Bus, Handler
from todo.adapters.unit_of_work import UnitOfWork
from todo.services.consumers import CONSUMERS, Consumer, consume
from todo.services.housekeeping import run_housekeeping
from todo.services.relay import MAX_BACKOFF_SECONDS, run_relay
from todo.services.reminders import run_scheduler

log = logging.getLogger("todo.events")


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
    #: Whether the bus is connected (``/readyz`` reports it).
    connected: bool = False
    _tasks: list[asyncio.Task[None]] = field(default_factory=list)
    _connect_error: str | None = None

    def subscribe_consumers(self) -> None:
        """Take part in every consumer group (before :meth:`start`)."""
        for consumer in CONSUMERS:
            self.bus.subscribe(consumer.topic, self._handler(consumer), group=consumer.name)

    async def start(self, *, relay: bool = True, scheduler: bool = False) -> None:
        """Connect the bus (retrying in the background while the broker is down) and start the
        relay and, with ``scheduler``, the reminder scheduler."""
        if relay:  # events sent before the first worker starts must wait for its groups
            for consumer in CONSUMERS:
                self.bus.expect(consumer.topic, consumer.name)
        self._spawn(self._connect(then_relay=relay), "bus")
        if scheduler:
            self._spawn(run_scheduler(self.uow, interval=self.reminder_interval), "scheduler")
            self._spawn(run_housekeeping(self.uow), "housekeeping")
        await asyncio.sleep(0)

    async def stop(self) -> None:
        """Stop the background tasks and disconnect the bus."""
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks.clear()
        if self.connected:
            await self.bus.stop()
            self.connected = False

    async def check(self) -> str | None:
        """Return ``None`` when the broker is connected and answers, else what is wrong."""
        if not self.connected:  # the connection is being retried: say why it failed
            return self._connect_error or "the broker is not connected yet"
        return await self.bus.check()

    def _handler(self, consumer: Consumer) -> Handler:
        async def handle(event: dict[str, Any]) -> None:
            await consume(self.uow, consumer, event, attempts=self.consumer_attempts)

        return handle

    async def _connect(self, *, then_relay: bool) -> None:
        pause = 0.5
        while True:
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
            self.connected = True
            break
        if then_relay:
            self._spawn(
                run_relay(
                    self.uow,
                    self.bus,
                    batch=self.relay_batch,
                    interval=self.relay_interval,
                    wake=self.events_written,
                ),
                "relay",
            )

    def _spawn(self, work: Coroutine[Any, Any, None], name: str) -> None:
        task = asyncio.create_task(work, name=f"todo-{name}")
        task.add_done_callback(_report_end)
        self._tasks.append(task)


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
