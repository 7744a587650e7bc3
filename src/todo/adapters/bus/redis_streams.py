"""Redis Streams under the FastStream bus.

Redis Streams: one stream per topic. A group is a consumer group created from id ``0`` (with
MKSTREAM); each member reads new entries with XREADGROUP and a second reader takes over, with
XAUTOCLAIM, entries left pending longer than ``retry_after`` (a handler that raised, a process
that died). A broadcast reads with XREAD from the stream's last id at start-up.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from faststream import AckPolicy

from todo.adapters.bus.protocol import Outgoing
from todo.adapters.bus.routes import (
    CONNECT_TIMEOUT,
    MESSAGE_LOG_LEVEL,
    START_TIMEOUT,
    Deliver,
    Readers,
    broker_logger,
)

if TYPE_CHECKING:
    from faststream.redis import RedisBroker

#: About how many events a Redis stream keeps (older ones are trimmed as new ones arrive):
#: enough for a long worker outage, bounded so the stream cannot fill Redis.
STREAM_LENGTH = 1_000_000


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
