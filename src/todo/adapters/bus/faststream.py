"""The event bus on a real broker (Redis Streams, NATS JetStream, Kafka, RabbitMQ) via FastStream.

One code path for every broker; what differs is in one module per broker family (see
:mod:`todo.adapters.bus.routes`). The
subscriptions are handed to FastStream in :meth:`FastStreamBus.start`, once connected (a broker
may need to look something up first, such as where a Redis stream ends).

Delivery, whatever the broker:

* each subscription hands its events to its handler one at a time, in the order it reads them;
* in a **group**, a handler that raises leaves the event unacknowledged: the broker delivers it
  again (to this member or another) after about ``retry_after`` seconds;
* on a **broadcast** the event belongs to this process alone, so a handler that raises is called
  again here, after a short growing pause, until it returns or the bus stops.

Tests can run the Kafka and RabbitMQ buses without a server through FastStream's test brokers,
wrapped around :attr:`FastStreamBus.broker`: ``async with TestKafkaBroker(bus.broker): ...``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import anyio

from todo.adapters.bus.kafka import KafkaRoutes
from todo.adapters.bus.nats_jetstream import NatsRoutes
from todo.adapters.bus.protocol import Handler, ManyHandler, Outgoing, redact
from todo.adapters.bus.rabbitmq import RabbitRoutes
from todo.adapters.bus.redis_streams import RedisRoutes
from todo.adapters.bus.routes import CONNECT_TIMEOUT, Deliver, OneByOne, Readers
from todo.errors import BrokerUnavailable

log = logging.getLogger(__name__)

#: Seconds a publish, a connection or a check may take before the broker counts as unreachable.
BROKER_TIMEOUT = CONNECT_TIMEOUT + 1
#: How much longer a batch of events sent at once (a Redis pipeline) may take, per event in it
#: (seconds). Events confirmed one by one have :data:`BROKER_TIMEOUT` each.
PER_EVENT_TIMEOUT = 0.1
#: Pauses between the attempts of a failed broadcast event (seconds): first, longest.
FIRST_RETRY_DELAY, MAX_RETRY_DELAY = 0.05, 5.0


@dataclass
class _Subscription:
    topic: str
    handler: Handler
    group: str | None
    #: FastStream's subscribers that read it, once registered.
    readers: Readers = field(default_factory=list)

    @property
    def name(self) -> str:
        return f"{self.topic} ({self.group or 'this process'})"


#: What differs between the brokers, one class each.
Routes = RedisRoutes | NatsRoutes | KafkaRoutes | RabbitRoutes

ROUTES: dict[str, type[Routes]] = {
    "redis": RedisRoutes,
    "nats": NatsRoutes,
    "kafka": KafkaRoutes,
    "amqp": RabbitRoutes,
}


class FastStreamBus:
    """An event bus on a FastStream broker: ``open_bus("nats://127.0.0.1:4222", member="w-1")``."""

    def __init__(self, routes: Routes, *, kind: str, url: str, retry_after: float) -> None:
        self.kind = kind
        self.routes = routes
        #: The FastStream broker underneath (for FastStream's test brokers).
        self.broker = routes.broker
        self._where = redact(url)
        self._retry_after = retry_after
        #: What a broker that cannot be reached raises (a timeout of our own included).
        self._errors: tuple[type[Exception], ...] = (TimeoutError, OSError, *routes.errors)
        self._subscriptions: list[_Subscription] = []
        self._expected: list[tuple[str, str | None]] = []
        self._registered = False
        self._prepared = False
        self._started = False
        self._stopping = asyncio.Event()
        #: Held while connecting and preparing, which a publish may do too.
        self._connecting = asyncio.Lock()
        #: The group subscriptions the last check found gone from the broker.
        self._lost: set[tuple[str, str]] = set()

    @classmethod
    def open(
        cls, url: str, *, kind: str, prefix: str, member: str, retry_after: float
    ) -> FastStreamBus:
        """Build the bus for ``kind`` (``redis``, ``nats``, ``kafka`` or ``amqp``), unconnected."""
        routes = ROUTES[kind](url, prefix=prefix, member=member, retry_after=retry_after)
        return cls(routes, kind=kind, url=url, retry_after=retry_after)

    def subscribe(
        self,
        topic: str,
        handler: Handler,
        *,
        group: str | None,
        many: ManyHandler | None = None,
    ) -> None:
        """Call ``handler`` with the events of ``topic``, one at a time as the broker delivers
        them (``many`` is not used; see :class:`~todo.adapters.bus.protocol.Bus`)."""
        if self._registered:
            raise RuntimeError("Subscribe before the bus starts.")
        self._subscriptions.append(_Subscription(topic, handler, group))

    def expect(self, topic: str, group: str) -> None:
        """Have the group's stream, consumer or queue made at start, so events wait for it."""
        self._expected.append((topic, group))

    async def start(self) -> None:
        """Connect, prepare the streams and groups, and start delivering.

        Raises :class:`BrokerUnavailable` when the broker cannot be reached; calling it again
        later retries. Also after :meth:`stop`: the streams, groups and queues the broker lost
        meanwhile (a broker restarted empty) are made again.
        """
        if self._started:
            return
        self._stopping = asyncio.Event()
        try:
            await self._prepare()
            if not self._registered:
                for subscription in self._subscriptions:
                    subscription.readers = self.routes.add(
                        subscription.topic,
                        subscription.group,
                        self._deliverer(
                            subscription.topic, subscription.handler, subscription.group
                        ),
                    )
                self._registered = True
            with anyio.fail_after(self.routes.start_timeout):
                await self.broker.start()
                await self.routes.after_start()
        except self._errors as error:
            await self._disconnect()
            raise self._unavailable(error) from error
        self._started = True

    async def stop(self) -> None:
        """Stop delivering (the running handlers finish first) and disconnect."""
        self._stopping.set()
        self._started = False
        self._lost = set()
        await self._disconnect()

    def stalled(self) -> list[str]:
        """Name the subscriptions that have stopped reading since :meth:`start` (a subscriber
        that gave up, such as a Redis reader whose consumer group the broker lost)."""
        if not self._started:
            return []
        return [
            subscription.name
            for subscription in self._subscriptions
            if any(not _reading(reader) for reader in subscription.readers)
            or (subscription.topic, subscription.group) in self._lost
        ]

    async def publish(self, topic: str, event: dict[str, Any], *, key: str) -> None:
        """Publish ``event``; return once the broker holds it (see :class:`~.bus.Bus`)."""
        try:
            await self._prepare()
            with anyio.fail_after(BROKER_TIMEOUT):
                await self.routes.publish(topic, event, key)
        except self._errors as error:
            await self._failed_publish()
            raise self._unavailable(error) from error

    async def publish_many(self, events: Sequence[Outgoing]) -> None:
        """Publish ``(topic, key, event)`` triples in order (on Redis in one pipeline).

        Where each event is confirmed on its own (Kafka, NATS, RabbitMQ), each has the time of
        one publish: a broker that is slow but answers (a Kafka writing to object storage, on a
        busy machine) takes a batch of any size, and one that stops answering is found out
        within that time."""
        try:
            await self._prepare()
            if isinstance(self.routes, OneByOne):
                for topic, key, event in events:
                    with anyio.fail_after(BROKER_TIMEOUT):
                        await self.routes.publish(topic, event, key)
            else:
                with anyio.fail_after(BROKER_TIMEOUT + len(events) * PER_EVENT_TIMEOUT):
                    await self.routes.publish_many(events)
        except self._errors as error:
            await self._failed_publish()
            raise self._unavailable(error) from error

    async def check(self) -> str | None:
        """Return ``None`` when the broker answers, else one sentence saying it does not.

        Once started, also look for the groups the broker has lost (see :meth:`stalled`).
        """
        try:
            with anyio.fail_after(BROKER_TIMEOUT):
                await self.broker.connect()
                answers = await self.broker.ping(timeout=CONNECT_TIMEOUT)
                if answers and self._started:
                    groups = [(s.topic, s.group) for s in self._subscriptions if s.group]
                    self._lost = set(await self.routes.lost(groups))
        except self._errors:
            answers = False
        if answers:
            return None
        if not self._started:
            await self._disconnect()
        return f"the broker at {self._where} cannot be reached"

    async def _failed_publish(self) -> None:
        """After a refused publish, prepare again before the next one: a broker that restarted
        empty has lost the streams and groups the events need (while started, the subscribers'
        connection stays; else it is closed, to be opened afresh)."""
        if self._started:
            self._prepared = False
        else:
            await self._disconnect()

    async def _prepare(self) -> None:
        """Connect, and make the streams, groups and queues every subscription and expected
        group needs (once per connection)."""
        if self._prepared:
            return
        async with self._connecting:
            if self._prepared:
                return
            with anyio.fail_after(BROKER_TIMEOUT):
                await self.broker.connect()
                groups = [(s.topic, s.group) for s in self._subscriptions] + self._expected
                await self.routes.prepare(groups)
            self._prepared = True

    def _unavailable(self, error: BaseException) -> BrokerUnavailable:
        # The error's text may quote the URL, password included: name its kind only.
        log.debug("broker error: %s", type(error).__name__)
        return BrokerUnavailable(f"The broker at {self._where} cannot be reached.")

    async def _disconnect(self) -> None:
        """Close the connection, so the next call connects again from scratch (never while a
        publish is connecting: its new connection would be left open)."""
        async with self._connecting:
            self._prepared = False
            with contextlib.suppress(Exception), anyio.move_on_after(BROKER_TIMEOUT):
                await self.broker.stop()

    def _deliverer(self, topic: str, handler: Handler, group: str | None) -> Deliver:
        """Wrap ``handler`` so the subscription's events go through it one at a time."""
        lock = asyncio.Lock()

        async def deliver(event: dict[str, Any]) -> None:
            async with lock:
                if group is None:
                    await self._until_handled(topic, handler, event)
                    return
                try:
                    await handler(event)
                except Exception:
                    if self.routes.pause_before_nack:
                        await self._pause(self._retry_after)
                    raise

        return deliver

    async def _until_handled(self, topic: str, handler: Handler, event: dict[str, Any]) -> None:
        delay = FIRST_RETRY_DELAY
        while True:
            try:
                await handler(event)
            except Exception:
                log.exception(
                    "A %s handler failed on event %s; retrying in %.2f s.",
                    topic,
                    event.get("id"),
                    delay,
                )
            else:
                return
            if await self._pause(delay):
                return
            delay = min(delay * 2, MAX_RETRY_DELAY)

    async def _pause(self, seconds: float) -> bool:
        """Sleep ``seconds``, or less when the bus stops; tell whether it is stopping."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stopping.wait(), seconds)
        return self._stopping.is_set()


def _reading(reader: Any) -> bool:
    """Tell whether a FastStream subscriber still runs, with none of its reading tasks ended."""
    tasks = getattr(reader, "tasks", ())
    return bool(reader.running) and not any(task.done() for task in tasks)
