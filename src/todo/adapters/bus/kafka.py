"""Kafka under the FastStream bus.

Kafka: a group is a consumer group reading from the earliest offset; a broadcast is a
consumer without a group that takes every partition of its topic from the latest offset (no
group to form, so it reads at once); the key picks the partition, which keeps the order of one
key. The members of every group join at the same time: a new group may take seconds to form.
Topics are made before first use with the partitions the URL asks for (six by default), so
that up to that many members of a group share its work; sign-in and TLS come from the URL too
(see :mod:`todo.adapters.bus.kafka_url`).
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING, Any

from faststream import AckPolicy

from todo.adapters.bus.kafka_url import DEFAULT_REPLICATION, KafkaURL
from todo.adapters.bus.routes import (
    MESSAGE_LOG_LEVEL,
    Deliver,
    OneByOne,
    Readers,
    broker_logger,
    reach_any,
)

if TYPE_CHECKING:
    from faststream.kafka import KafkaBroker

log = logging.getLogger(__name__)

#: Kafka's error code for a topic that exists already.
TOPIC_ALREADY_EXISTS = 36
#: Seconds Kafka's subscriptions may take to start: each waits for its group to form (a few
#: seconds; as long as a session, 10 s, when a member of the group died without leaving).
KAFKA_START_TIMEOUT = 60.0
#: Seconds one Kafka request may take. A JoinGroup request waits for the group to form, which
#: a broker may delay on purpose (Apache Kafka: 3 s for a new group), so it must be generous.
KAFKA_REQUEST_TIMEOUT = 40.0


class KafkaRoutes(OneByOne):
    """Kafka: consumer groups from the earliest offset; the key keeps per-key order."""

    def __init__(self, url: str, *, prefix: str, member: str, retry_after: float) -> None:
        from aiokafka.errors import KafkaError  # type: ignore[import-untyped]
        from faststream.kafka import KafkaBroker

        self.url = KafkaURL.parse(url)
        servers = self.url.servers
        routes = self

        class ProbingKafkaBroker(KafkaBroker):
            """Try the servers first (FastStream's test broker replaces ``_connect``), and start
            the subscribers side by side (each waits for its group to form)."""

            async def _connect(self) -> Any:
                await reach_any(servers, default_port=9092)
                await routes.handshake()
                routes.connected = True
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
            security=self.url.security(),
            logger=broker_logger(),
            log_level=MESSAGE_LOG_LEVEL,
        )
        self.prefix, self.member = prefix, member
        self.errors: tuple[type[Exception], ...] = (KafkaError,)
        self._broadcasts: Readers = []
        #: Whether a real broker was connected to (FastStream's test broker connects to none).
        self.connected = False

    #: A nack seeks back to the event, which comes again at once: pause first.
    pause_before_nack = True
    start_timeout = KAFKA_START_TIMEOUT

    def _topic(self, topic: str) -> str:
        return f"{self.prefix}.{topic}"

    async def handshake(self) -> None:
        """With TLS or a sign-in, go through them once before FastStream connects: a handshake
        that fails there would leave its half-started producer unclosed."""
        security = self.url.security()
        if security is None:
            return
        from aiokafka.client import AIOKafkaClient  # type: ignore[import-untyped]
        from faststream.kafka.security import parse_security

        client = AIOKafkaClient(
            bootstrap_servers=self.url.servers,
            request_timeout_ms=round(KAFKA_REQUEST_TIMEOUT * 1000),
            **parse_security(security),
        )
        try:
            await client.bootstrap()
        finally:
            await client.close()

    async def prepare(self, subscriptions: list[tuple[str, str | None]]) -> None:
        """Make the topics with the partitions and copies the URL asks for (a topic that exists
        is left as it is). Groups are made by their members as they join."""
        if not self.connected or not subscriptions:
            return
        from aiokafka.admin import AIOKafkaAdminClient, NewTopic  # type: ignore[import-untyped]
        from faststream.kafka.security import parse_security

        admin = AIOKafkaAdminClient(
            bootstrap_servers=self.url.servers,
            request_timeout_ms=round(KAFKA_REQUEST_TIMEOUT * 1000),
            **parse_security(self.url.security()),
        )
        await admin.start()
        try:
            replication = self.url.replication_factor
            if replication is None:
                brokers = (await admin.describe_cluster())["brokers"]
                replication = max(1, min(DEFAULT_REPLICATION, len(brokers)))
            names = sorted({self._topic(topic) for topic, _ in subscriptions})
            answer = await admin.create_topics(
                [NewTopic(name, self.url.partitions, replication) for name in names]
            )
            for name, code, message in answer.topic_errors:
                if code not in (0, TOPIC_ALREADY_EXISTS):
                    log.warning("Kafka did not make the topic %s: %s (%s).", name, message, code)
        finally:
            await admin.close()

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
            from todo.adapters.bus.kafka_rebalance import ReadTheNewLog

            listener = ReadTheNewLog()
            reader = self.broker.subscriber(
                self._topic(topic),
                group_id=f"{self.prefix}.{group}",
                auto_offset_reset="earliest",
                ack_policy=AckPolicy.NACK_ON_ERROR,
                listener=listener,
            )
            listener.reader = reader
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
