"""The in-process event bus (``memory://``, the default): no broker, nothing leaves the process.

Events travel only between the subscribers and publishers of the **same** :class:`MemoryBus`
object: two ``MemoryBus()`` instances never see each other's events, just as two processes
would not. A group therefore has one member here, and a broadcast reaches this bus only; the
composition root builds one bus per process and hands it to the relay, the worker and the API.

Each subscription has its own queue and its own task that hands events to the handler one at a
time, in publish order — or, to a subscriber that takes several at once, the events waiting
together, in one call. A handler that raises is called again with the same event after a short,
growing pause, until it returns or the bus stops. :meth:`MemoryBus.stop` still hands the queued
events to their handlers (once each, without retrying) before it returns.

Nothing outlives the process here, so "the broker holds the event" can only mean "the event is
handled": :meth:`MemoryBus.publish_many` returns once every **group** has handled every event of the
batch (the groups work side by side), and raises
:class:`~todo.errors.BrokerUnavailable` when the bus stopped first or the handlers
took longer than :data:`HANDLE_WAIT`. The relay marks events sent only then, so a process killed at
any moment loses no event: what was not handled is still unsent in the outbox and goes out again
when the process comes back (the consumers skip what they had already done). Broadcasts — live
updates for this process's clients — are queued without waiting.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import anyio
from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream

from todo.adapters.bus.protocol import Handler, ManyHandler, Outgoing
from todo.errors import BrokerUnavailable

log = logging.getLogger(__name__)

#: The first pause before a failed event is handed to its handler again (seconds).
FIRST_RETRY_DELAY = 0.05
#: The longest pause between two attempts (seconds).
MAX_RETRY_DELAY = 5.0
#: The most events handed to a subscriber's ``many`` at once.
MAX_BATCH = 100
#: How long a publish waits for the bus to start (seconds).
START_WAIT = 5.0
#: How long a publish waits for the groups to handle its events (seconds). A handler that keeps
#: failing holds its events that long; they are then sent again later (and skipped if done).
HANDLE_WAIT = 30.0


class _Batch:
    """The group deliveries of one published batch, and whether each was handled."""

    def __init__(self, deliveries: int) -> None:
        self._left = deliveries
        self.handled = True
        self.finished = asyncio.Event()
        if deliveries == 0:
            self.finished.set()

    def done(self, *, handled: bool) -> None:
        """Count one delivery as over: handled, or dropped because the bus stopped."""
        self.handled = self.handled and handled
        self._left -= 1
        if self._left == 0:
            self.finished.set()


#: An event queued for one subscription, and the batches waiting for it to be handled.
_Item = tuple[dict[str, Any], list[_Batch]]


@dataclass
class _Subscription:
    topic: str
    handler: Handler
    group: str | None
    many: ManyHandler | None = None
    _streams: tuple[MemoryObjectSendStream[_Item], MemoryObjectReceiveStream[_Item]] | None = field(
        default=None, init=False
    )
    #: The waiters of each event (by id) queued or being handled: the same event published
    #: again meanwhile (the relay sends again what it could not confirm) is not queued twice.
    _pending: dict[str, list[_Batch]] = field(default_factory=dict, init=False)

    def offer(self, event: dict[str, Any], waiter: _Batch | None) -> None:
        """Queue ``event`` — unless it is queued already — and have ``waiter`` told when it has
        been handled."""
        event_id = event.get("id")
        waiters = self._pending.get(event_id) if isinstance(event_id, str) else None
        if waiters is None:
            waiters = []
            if isinstance(event_id, str):
                self._pending[event_id] = waiters
            self.queue()[0].send_nowait((event, waiters))
        if waiter is not None:
            waiters.append(waiter)

    def finished(self, event: dict[str, Any], waiters: list[_Batch], *, handled: bool) -> None:
        """Tell the waiters of ``event`` whether it was handled; it may be queued again."""
        event_id = event.get("id")
        if isinstance(event_id, str) and self._pending.get(event_id) is waiters:
            del self._pending[event_id]
        for waiter in waiters:
            waiter.done(handled=handled)

    def queue(self) -> tuple[MemoryObjectSendStream[_Item], MemoryObjectReceiveStream[_Item]]:
        """The subscription's queue (a new one once the bus has stopped)."""
        if self._streams is None:
            self._streams = anyio.create_memory_object_stream[_Item](max_buffer_size=float("inf"))
        return self._streams

    def close(self) -> None:
        """Close the queue to new events; the delivery task empties it and ends."""
        if self._streams is not None:
            self._streams[0].close()
            self._streams = None


class MemoryBus:
    """An event bus inside this process: ``open_bus("memory://", member="api-1")``."""

    kind = "memory"

    def __init__(
        self,
        *,
        first_retry_delay: float = FIRST_RETRY_DELAY,
        max_retry_delay: float = MAX_RETRY_DELAY,
    ) -> None:
        self._subscriptions: list[_Subscription] = []
        self._first_retry_delay = first_retry_delay
        self._max_retry_delay = max_retry_delay
        self._tasks: list[asyncio.Task[None]] = []
        self._started = False
        self._running = asyncio.Event()
        self._stopping = asyncio.Event()

    def subscribe(
        self,
        topic: str,
        handler: Handler,
        *,
        group: str | None,
        many: ManyHandler | None = None,
    ) -> None:
        """Call ``handler`` with every event published to ``topic`` on this bus from now on;
        with ``many``, the events found waiting together (up to :data:`MAX_BATCH`) go to
        ``many`` at once instead."""
        if self._started:
            raise RuntimeError("Subscribe before the bus starts.")
        self._subscriptions.append(_Subscription(topic, handler, group, many))

    def expect(self, topic: str, group: str) -> None:
        """Nothing to do: in one process the members of a group subscribe before it starts."""

    async def start(self) -> None:
        """Start one delivery task per subscription."""
        if self._started:
            return
        self._started = True
        self._stopping = asyncio.Event()
        self._tasks = [
            asyncio.create_task(self._deliver(subscription), name=f"bus:{subscription.topic}")
            for subscription in self._subscriptions
        ]
        self._running.set()

    async def stop(self) -> None:
        """Hand the queued events to their handlers, then stop delivering."""
        if not self._started:
            return
        self._stopping.set()
        for subscription in self._subscriptions:
            subscription.close()
        tasks, self._tasks = self._tasks, []
        await asyncio.gather(*tasks, return_exceptions=True)  # a task that died has nothing left
        self._started = False
        self._running.clear()

    async def publish(self, topic: str, event: dict[str, Any], *, key: str) -> None:
        """Hand ``event`` to every subscription of ``topic``, as :meth:`publish_many` does."""
        await self.publish_many([(topic, key, event)])

    async def publish_many(self, events: Sequence[Outgoing]) -> None:
        """Queue each ``(topic, key, event)`` in order for every subscription of its topic, and
        return once every group has handled each of them (broadcasts are not waited for).

        Raises :class:`BrokerUnavailable` when a group should get them but the bus is not
        running, or stops before they were handled: they must be sent again. Events no group
        subscribed to are only queued for the broadcasts (there is nobody else to tell).
        """
        groups = sum(
            1
            for topic, _, _ in events
            for subscription in self._subscriptions
            if subscription.topic == topic and subscription.group is not None
        )
        if groups and not self._started:  # the relay may come first: let the bus start
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._running.wait(), START_WAIT)
        if groups and (not self._started or self._stopping.is_set()):
            raise BrokerUnavailable("The in-process bus is not running.")
        batch = _Batch(groups)
        for topic, _, event in events:
            for subscription in self._subscriptions:
                if subscription.topic == topic:
                    subscription.offer(event, batch if subscription.group is not None else None)
        try:
            await asyncio.wait_for(batch.finished.wait(), HANDLE_WAIT)
        except TimeoutError:
            raise BrokerUnavailable(
                f"The in-process handlers did not handle the events within {HANDLE_WAIT:g} s."
            ) from None
        if not batch.handled:
            raise BrokerUnavailable("The in-process bus stopped before its groups handled them.")

    async def check(self) -> str | None:
        """The in-process bus is always reachable."""
        return None

    def stalled(self) -> list[str]:
        """Name the subscriptions whose delivery task has ended while the bus runs."""
        if not self._started or self._stopping.is_set():
            return []
        return [
            f"{subscription.topic} ({subscription.group or 'this process'})"
            for subscription, task in zip(self._subscriptions, self._tasks, strict=False)
            if task.done()
        ]

    async def _deliver(self, subscription: _Subscription) -> None:
        async with subscription.queue()[1] as receive:
            async for first in receive:
                items = [first]
                if subscription.many is not None:
                    while len(items) < MAX_BATCH:
                        try:
                            items.append(receive.receive_nowait())
                        except (anyio.WouldBlock, anyio.EndOfStream):
                            break
                handled = False
                try:
                    handled = await self._handle(subscription, [event for event, _ in items])
                finally:
                    for event, waiters in items:
                        subscription.finished(event, waiters, handled=handled)

    async def _handle(self, subscription: _Subscription, events: list[dict[str, Any]]) -> bool:
        """Hand ``events`` to the handler (several at once to ``many``) until it returns
        (``True``) or the bus stops (``False``)."""
        delay = self._first_retry_delay
        while True:
            try:
                if len(events) > 1 and subscription.many is not None:
                    await subscription.many(events)
                else:
                    await subscription.handler(events[0])
            except Exception:
                log.exception(
                    "A %s handler failed on event %s; retrying in %.2f s.",
                    subscription.topic,
                    ", ".join(str(event.get("id")) for event in events),
                    delay,
                )
            else:
                return True
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), delay)
            if self._stopping.is_set():
                return False
            delay = min(delay * 2, self._max_retry_delay)
