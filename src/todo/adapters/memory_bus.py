"""The in-process event bus (``memory://``, the default): no broker, nothing leaves the process.

Events travel only between the subscribers and publishers of the **same** :class:`MemoryBus`
object: two ``MemoryBus()`` instances never see each other's events, just as two processes
would not. A group therefore has one member here, and a broadcast reaches this bus only; the
composition root builds one bus per process and hands it to the relay, the worker and the API.

Each subscription has its own queue and its own task that hands events to the handler one at a
time, in publish order. A handler that raises is called again with the same event after a short,
growing pause, until it returns or the bus stops; :meth:`MemoryBus.publish` only queues the event,
so a slow or failing handler never holds up a publisher. :meth:`MemoryBus.stop` still hands the
queued events to their handlers (once each, without retrying) before it returns.
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

from todo.adapters.bus import Handler, Outgoing

log = logging.getLogger(__name__)

#: The first pause before a failed event is handed to its handler again (seconds).
FIRST_RETRY_DELAY = 0.05
#: The longest pause between two attempts (seconds).
MAX_RETRY_DELAY = 5.0


@dataclass
class _Subscription:
    topic: str
    handler: Handler
    group: str | None
    _streams: (
        tuple[MemoryObjectSendStream[dict[str, Any]], MemoryObjectReceiveStream[dict[str, Any]]]
        | None
    ) = field(default=None, init=False)

    def queue(
        self,
    ) -> tuple[MemoryObjectSendStream[dict[str, Any]], MemoryObjectReceiveStream[dict[str, Any]]]:
        """The subscription's queue (a new one once the bus has stopped)."""
        if self._streams is None:
            self._streams = anyio.create_memory_object_stream[dict[str, Any]](
                max_buffer_size=float("inf")
            )
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
        self._stopping = asyncio.Event()

    def subscribe(self, topic: str, handler: Handler, *, group: str | None) -> None:
        """Call ``handler`` with every event published to ``topic`` on this bus from now on."""
        if self._started:
            raise RuntimeError("Subscribe before the bus starts.")
        self._subscriptions.append(_Subscription(topic, handler, group))

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

    async def stop(self) -> None:
        """Hand the queued events to their handlers, then stop delivering."""
        if not self._started:
            return
        self._stopping.set()
        for subscription in self._subscriptions:
            subscription.close()
        tasks, self._tasks = self._tasks, []
        await asyncio.gather(*tasks)
        self._started = False

    async def publish(self, topic: str, event: dict[str, Any], *, key: str) -> None:
        """Queue ``event`` for every subscription of ``topic``; never waits for a handler."""
        for subscription in self._subscriptions:
            if subscription.topic == topic:
                subscription.queue()[0].send_nowait(event)

    async def publish_many(self, events: Sequence[Outgoing]) -> None:
        """Queue each ``(topic, key, event)`` in order, as :meth:`publish` does."""
        for topic, key, event in events:
            await self.publish(topic, event, key=key)

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
            async for event in receive:
                await self._handle(subscription, event)

    async def _handle(self, subscription: _Subscription, event: dict[str, Any]) -> None:
        delay = self._first_retry_delay
        while True:
            try:
                await subscription.handler(event)
            except Exception:
                log.exception(
                    "A %s handler failed on event %s; retrying in %.2f s.",
                    subscription.topic,
                    event.get("id"),
                    delay,
                )
            else:
                return
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), delay)
            if self._stopping.is_set():
                return
            delay = min(delay * 2, self._max_retry_delay)
