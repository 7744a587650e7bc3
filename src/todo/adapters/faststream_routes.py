"""What differs between brokers under :class:`~todo.adapters.faststream_bus.FastStreamBus`.

Each class below builds one FastStream broker and says, for that broker, how a **group**
subscription (competing consumers that also get the events published before the group's first
member came), a **broadcast** subscription (every process, events from now on) and a publish
are done. Names all start with the bus prefix: ``{prefix}.{topic}`` for streams, subjects, topics
and exchanges; ``{prefix}.{group}`` for groups.

* Redis Streams: one stream per topic. A group is a consumer group created from id ``0`` (with
  MKSTREAM); each member reads new entries with XREADGROUP and a second reader takes over, with
  XAUTOCLAIM, entries left pending longer than ``retry_after`` (a handler that raised, a process
  that died). A broadcast reads with XREAD from the stream's last id at start-up.
* NATS JetStream: one stream ``{prefix}`` over the subjects ``{prefix}.>``; a group is a durable
  pull consumer (deliver all) per group and topic; a broadcast is a core subscription.
* Kafka: a group is a consumer group reading from the earliest offset; a broadcast is a
  consumer without a group that takes every partition of its topic from the latest offset (no
  group to form, so it reads at once); the key picks the partition, which keeps the order of one
  key. The members of every group join at the same time: a new group may take seconds to form.
* RabbitMQ: a durable fanout exchange per topic; a group is a durable queue bound to it, and a
  broadcast an exclusive auto-delete queue per process. A group's queue keeps events only from
  the moment it is first declared (RabbitMQ keeps nothing for queues that do not exist yet).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from faststream import AckPolicy

from todo.adapters.bus import Outgoing

if TYPE_CHECKING:
    from faststream.kafka import KafkaBroker
    from faststream.nats import NatsBroker
    from faststream.rabbit import RabbitBroker, RabbitExchange
    from faststream.redis import RedisBroker

#: What FastStream calls with each event of a subscription.
Deliver = Callable[[dict[str, Any]], Awaitable[None]]
#: The FastStream subscribers that read one subscription (to see whether they still run).
Readers = list[Any]

#: FastStream logs every message at the broker's level: keep those lines below INFO.
MESSAGE_LOG_LEVEL = logging.DEBUG
#: Where FastStream logs; it says little worth hearing below WARNING (``-v`` may lower it).
BROKER_LOGGER = "todo.bus.broker"


#: About how many events a Redis stream keeps (older ones are trimmed as new ones arrive):
#: enough for a long worker outage, bounded so the stream cannot fill Redis.
STREAM_LENGTH = 1_000_000


class OneByOne:
    """Publishing a batch on a broker without pipelining: each event in order, each confirmed."""

    async def publish(self, topic: str, event: dict[str, Any], key: str) -> None:
        raise NotImplementedError

    async def publish_many(self, events: Sequence[Outgoing]) -> None:
        """Publish the events one after the other, in order."""
        for topic, key, event in events:
            await self.publish(topic, event, key)


def broker_logger() -> logging.Logger:
    """The logger every broker writes to, quiet (WARNING) unless configured otherwise."""
    logger = logging.getLogger(BROKER_LOGGER)
    if logger.level == logging.NOTSET:
        logger.setLevel(logging.WARNING)
    return logger


#: Seconds to wait for a broker to accept a connection.
CONNECT_TIMEOUT = 2.0
#: Seconds the subscriptions of most brokers may take to start.
START_TIMEOUT = CONNECT_TIMEOUT + 1
#: Seconds Kafka's subscriptions may take to start: each waits for its group to form (a few
#: seconds; as long as a session, 10 s, when a member of the group died without leaving).
KAFKA_START_TIMEOUT = 60.0
#: Seconds one Kafka request may take. A JoinGroup request waits for the group to form, which
#: a broker may delay on purpose (Apache Kafka: 3 s for a new group), so it must be generous.
KAFKA_REQUEST_TIMEOUT = 40.0


class RedisRoutes:
    """Redis Streams: consumer groups from id 0, XAUTOCLAIM for what a member did not finish."""

    def __init__(self, url: str, *, prefix: str, member: str, retry_after: float) -> None:
        from faststream.redis import RedisBroker

        self.broker: RedisBroker = RedisBroker(
            url,
            socket_connect_timeout=CONNECT_TIMEOUT,
            socket_timeout=CONNECT_TIMEOUT + 2,
            logger=broker_logger(),
            log_level=MESSAGE_LOG_LEVEL,
        )
        self.prefix, self.member = prefix, member
        self.retry_after_ms = max(1, round(retry_after * 1000))
        self._last_ids: dict[str, str] = {}
        from redis.exceptions import ConnectionError as RedisConnectionError
        from redis.exceptions import TimeoutError as RedisTimeoutError

        self.errors: tuple[type[Exception], ...] = (RedisConnectionError, RedisTimeoutError)

    #: A failed group event waits in the pending entries list for XAUTOCLAIM: no extra pause.
    pause_before_nack = False
    start_timeout = START_TIMEOUT

    def _stream(self, topic: str) -> str:
        return f"{self.prefix}.{topic}"

    async def prepare(self, subscriptions: list[tuple[str, str | None]]) -> None:
        """Create each group from the start of its stream; note where broadcasts begin."""
        from redis.exceptions import ResponseError

        client = await self.broker.connect()
        await client.ping()
        for topic, group in subscriptions:
            stream = self._stream(topic)
            if group is not None:
                try:
                    await client.xgroup_create(
                        stream, f"{self.prefix}.{group}", id="0", mkstream=True
                    )
                except ResponseError as error:
                    if "BUSYGROUP" not in str(error):
                        raise
            elif topic not in self._last_ids:
                try:
                    info = await client.xinfo_stream(stream)
                except ResponseError:  # no such stream yet: everything in it will be new
                    self._last_ids[topic] = "0-0"
                else:
                    last = info["last-generated-id"]
                    self._last_ids[topic] = last.decode() if isinstance(last, bytes) else last

    def add(self, topic: str, group: str | None, deliver: Deliver) -> Readers:
        """Register the readers of one subscription."""
        from faststream.redis import StreamSub

        stream = self._stream(topic)
        if group is None:
            sub = StreamSub(stream, last_id=self._last_ids.get(topic, "$"), polling_interval=100)
            broadcast = self.broker.subscriber(stream=sub)
            broadcast(deliver)
            return [broadcast]
        name = f"{self.prefix}.{group}"
        newcomer = StreamSub(
            stream, group=name, consumer=self.member, max_records=1, polling_interval=100
        )
        claim_poll = max(20, min(1000, self.retry_after_ms // 4))
        reclaimer = StreamSub(
            stream,
            group=name,
            consumer=self.member,
            min_idle_time=self.retry_after_ms,
            polling_interval=claim_poll,
        )
        readers: Readers = []
        for sub in (newcomer, reclaimer):
            subscriber = self.broker.subscriber(stream=sub, ack_policy=AckPolicy.NACK_ON_ERROR)
            subscriber(deliver)
            readers.append(subscriber)
        return readers

    async def after_start(self) -> None:
        """Nothing to wait for: the readers poll."""

    async def lost(self, groups: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """Nothing to look up: a reader whose group is gone stops, which shows by itself."""
        return []

    async def publish(self, topic: str, event: dict[str, Any], key: str) -> None:
        """XADD the event (one stream per topic keeps every key in order); a stream keeps
        about its last :data:`STREAM_LENGTH` events."""
        await self.broker.publish(event, stream=self._stream(topic), maxlen=STREAM_LENGTH)

    async def publish_many(self, events: Sequence[Outgoing]) -> None:
        """XADD every event in one pipeline: one round trip for the whole batch, in order."""
        client = await self.broker.connect()
        async with client.pipeline(transaction=False) as pipeline:
            for topic, _, event in events:
                await self.broker.publish(
                    event, stream=self._stream(topic), maxlen=STREAM_LENGTH, pipeline=pipeline
                )
            await pipeline.execute()


class NatsRoutes(OneByOne):
    """NATS JetStream: one stream per prefix, durable pull consumers, core broadcasts."""

    def __init__(self, url: str, *, prefix: str, member: str, retry_after: float) -> None:
        from faststream.nats import NatsBroker
        from nats.errors import Error as NatsError

        servers = [urlsplit(part).netloc.rpartition("@")[2] for part in url.split(",")]

        class ProbingNatsBroker(NatsBroker):
            """Try the servers first (FastStream's test broker replaces ``_connect``)."""

            async def _connect(self) -> Any:
                await reach_any(servers, default_port=4222)
                return await super()._connect()

        self.broker: NatsBroker = ProbingNatsBroker(
            url,
            connect_timeout=round(CONNECT_TIMEOUT),
            max_reconnect_attempts=-1,
            reconnect_time_wait=1,
            logger=broker_logger(),
            log_level=MESSAGE_LOG_LEVEL,
        )
        self.prefix, self.member = prefix, member
        self.errors: tuple[type[Exception], ...] = (NatsError,)

    #: JetStream redelivers a nacked message at once: pause first so a failure is not a loop.
    pause_before_nack = True
    start_timeout = START_TIMEOUT

    def _subject(self, topic: str) -> str:
        return f"{self.prefix}.{topic}"

    async def prepare(self, subscriptions: list[tuple[str, str | None]]) -> None:
        """Create (or update) the stream ``{prefix}`` over ``{prefix}.>``."""
        from nats.js.errors import BadRequestError

        client = await self.broker.connect()
        js = client.jetstream()
        subjects = [f"{self.prefix}.>"]
        try:
            await js.add_stream(name=self.prefix, subjects=subjects)
        except BadRequestError:  # it exists with another configuration
            await js.update_stream(name=self.prefix, subjects=subjects)

    def add(self, topic: str, group: str | None, deliver: Deliver) -> Readers:
        """Register a durable pull consumer (group) or a core subscription (broadcast)."""
        from faststream.nats import JStream, PullSub
        from nats.js.api import DeliverPolicy

        subject = self._subject(topic)
        reader: Any
        if group is None:
            # A JetStream publish is a request that waits for the stream's ack: a core
            # subscriber must not answer it (with an empty reply) before the stream does.
            reader = self.broker.subscriber(subject, no_reply=True)
        else:
            reader = self.broker.subscriber(
                subject,
                stream=JStream(self.prefix, declare=False),
                durable=f"{group}_{topic}",
                pull_sub=PullSub(batch_size=1, timeout=1.0),
                deliver_policy=DeliverPolicy.ALL,
                ack_policy=AckPolicy.NACK_ON_ERROR,
            )
        reader(deliver)
        return [reader]

    async def after_start(self) -> None:
        """Make sure the server has every core subscription before start() returns."""
        client = await self.broker.connect()
        await client.flush(timeout=round(CONNECT_TIMEOUT))

    async def lost(self, groups: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """Return the groups whose durable consumer the server no longer has (a server that
        restarted with the stream on memory storage): their readers wait for nothing."""
        from nats.js.errors import NotFoundError

        js = (await self.broker.connect()).jetstream()
        missing = []
        for topic, group in groups:
            try:
                await js.consumer_info(self.prefix, f"{group}_{topic}", timeout=CONNECT_TIMEOUT)
            except NotFoundError:
                missing.append((topic, group))
        return missing

    async def publish(self, topic: str, event: dict[str, Any], key: str) -> None:
        """Publish to JetStream and wait for its acknowledgement."""
        await self.broker.publish(
            event, self._subject(topic), stream=self.prefix, timeout=CONNECT_TIMEOUT
        )


class KafkaRoutes(OneByOne):
    """Kafka: consumer groups from the earliest offset; the key keeps per-key order."""

    def __init__(self, url: str, *, prefix: str, member: str, retry_after: float) -> None:
        from aiokafka.errors import KafkaError  # type: ignore[import-untyped]
        from faststream.kafka import KafkaBroker

        servers = urlsplit(url).netloc.rpartition("@")[2].split(",")

        class ProbingKafkaBroker(KafkaBroker):
            """Try the servers first (FastStream's test broker replaces ``_connect``), and start
            the subscribers side by side (each waits for its group to form)."""

            async def _connect(self) -> Any:
                await reach_any(servers, default_port=9092)
                return await super()._connect()

            async def start(self) -> None:
                await self.connect()
                await asyncio.gather(*(subscriber.start() for subscriber in self.subscribers))
                for publisher in self.publishers:
                    await publisher.start()
                self.running = True

        self.broker: KafkaBroker = ProbingKafkaBroker(
            servers,
            # An event counts as sent once every in-sync replica has it, not the leader alone.
            acks="all",
            request_timeout_ms=round(KAFKA_REQUEST_TIMEOUT * 1000),
            logger=broker_logger(),
            log_level=MESSAGE_LOG_LEVEL,
        )
        self.prefix, self.member = prefix, member
        self.errors: tuple[type[Exception], ...] = (KafkaError,)
        self._broadcasts: Readers = []

    #: A nack seeks back to the event, which comes again at once: pause first.
    pause_before_nack = True
    start_timeout = KAFKA_START_TIMEOUT

    def _topic(self, topic: str) -> str:
        return f"{self.prefix}.{topic}"

    async def prepare(self, subscriptions: list[tuple[str, str | None]]) -> None:
        """Kafka creates topics and groups on first use."""

    def add(self, topic: str, group: str | None, deliver: Deliver) -> Readers:
        """Register a consumer in the group (earliest), or one that takes every partition of
        the topic without a group (latest)."""
        if group is None:
            reader = self.broker.subscriber(
                self._topic(topic),
                auto_offset_reset="latest",
                ack_policy=AckPolicy.MANUAL,  # no group, no offsets to commit
            )
            self._broadcasts.append(reader)
        else:
            reader = self.broker.subscriber(
                self._topic(topic),
                group_id=f"{self.prefix}.{group}",
                auto_offset_reset="earliest",
                ack_policy=AckPolicy.NACK_ON_ERROR,
            )
        reader(deliver)
        return [reader]

    async def lost(self, groups: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """Nothing to look up: a group is made again by its members as they join."""
        return []

    async def after_start(self) -> None:
        """Fix where each broadcast starts reading now (the end of each partition), so that
        every event published after start() returns reaches it. A topic made a moment ago may
        take the consumer a little while to see: wait until it has its partitions."""
        for reader in self._broadcasts:
            consumer = reader.consumer
            if consumer is None:  # FastStream's test broker starts no consumer
                continue
            while not consumer.assignment():  # noqa: ASYNC110 - aiokafka signals no event
                await asyncio.sleep(0.05)
            for partition in consumer.assignment():
                await consumer.position(partition)

    async def publish(self, topic: str, event: dict[str, Any], key: str) -> None:
        """Send with ``key`` (same key, same partition, same order) and wait for the ack."""
        await self.broker.publish(event, self._topic(topic), key=key.encode())


async def reach_any(servers: list[str], *, default_port: int) -> None:
    """Open (and close) a TCP connection to one of ``servers`` (``host:port``), or raise OSError.

    Fails at once on a refused connection, where the NATS client would retry until our timeout
    and a failed aiokafka producer would be left unclosed by FastStream 0.7.8."""
    import anyio

    for server in servers:
        host, _, port = server.rpartition(":")
        with contextlib.suppress(OSError, TimeoutError), anyio.fail_after(CONNECT_TIMEOUT):
            stream = await anyio.connect_tcp(
                host.strip("[]") or "localhost", int(port or default_port)
            )
            await stream.aclose()
            return
    raise OSError(f"none of the servers {', '.join(servers)} answers")


class RabbitRoutes(OneByOne):
    """RabbitMQ: a fanout exchange per topic, a durable queue per group."""

    def __init__(self, url: str, *, prefix: str, member: str, retry_after: float) -> None:
        from aio_pika.exceptions import AMQPError
        from faststream.rabbit import RabbitBroker
        from faststream.rabbit.schemas import Channel

        self.broker: RabbitBroker = RabbitBroker(
            url,
            timeout=CONNECT_TIMEOUT,
            default_channel=Channel(prefetch_count=1),
            logger=broker_logger(),
            log_level=MESSAGE_LOG_LEVEL,
        )
        self.prefix, self.member = prefix, member
        self.errors: tuple[type[Exception], ...] = (AMQPError,)
        self._declared: set[str] = set()

    #: A nacked message is requeued and comes again at once: pause first.
    pause_before_nack = True
    start_timeout = START_TIMEOUT

    def _exchange(self, topic: str) -> RabbitExchange:
        from faststream.rabbit import ExchangeType, RabbitExchange

        return RabbitExchange(f"{self.prefix}.{topic}", type=ExchangeType.FANOUT, durable=True)

    async def prepare(self, subscriptions: list[tuple[str, str | None]]) -> None:
        """Declare each group's durable queue, bound to its topic's exchange, so that events
        published before the group's first member starts wait for it."""
        from faststream.rabbit import RabbitQueue

        for topic, group in subscriptions:
            if group is None:
                continue
            exchange = await self.broker.declare_exchange(self._exchange(topic))
            self._declared.add(exchange.name)
            queue = await self.broker.declare_queue(
                RabbitQueue(f"{self.prefix}.{topic}.{group}", durable=True)
            )
            await queue.bind(exchange)

    def add(self, topic: str, group: str | None, deliver: Deliver) -> Readers:
        """Register a consumer of the group's durable queue, or of this process's own queue."""
        from faststream.rabbit import RabbitQueue

        if group is None:
            queue = RabbitQueue(
                f"{self.prefix}.{topic}.broadcast.{self.member}", exclusive=True, auto_delete=True
            )
        else:
            queue = RabbitQueue(f"{self.prefix}.{topic}.{group}", durable=True)
        reader = self.broker.subscriber(
            queue, self._exchange(topic), ack_policy=AckPolicy.NACK_ON_ERROR
        )
        reader(deliver)
        return [reader]

    async def after_start(self) -> None:
        """Nothing to wait for: the queues are bound once the subscribers have started."""

    async def lost(self, groups: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """Nothing to look up: the robust connection declares its queues again itself."""
        return []

    async def publish(self, topic: str, event: dict[str, Any], key: str) -> None:
        """Publish a persistent message (the broker confirms it) to the topic's exchange."""
        exchange = self._exchange(topic)
        if exchange.name not in self._declared:
            await self.broker.declare_exchange(exchange)
            self._declared.add(exchange.name)
        await self.broker.publish(event, exchange=exchange, persist=True)


Routes = RedisRoutes | NatsRoutes | KafkaRoutes | RabbitRoutes

ROUTES: dict[str, type[Routes]] = {
    "redis": RedisRoutes,
    "nats": NatsRoutes,
    "kafka": KafkaRoutes,
    "amqp": RabbitRoutes,
}
