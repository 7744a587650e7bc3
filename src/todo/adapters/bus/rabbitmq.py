"""RabbitMQ under the FastStream bus.

RabbitMQ: a durable fanout exchange per topic; a group is a durable queue bound to it, and a
broadcast an exclusive auto-delete queue per process. A group's queue keeps events only from
the moment it is first declared (RabbitMQ keeps nothing for queues that do not exist yet).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from faststream import AckPolicy

from todo.adapters.bus.routes import (
    CONNECT_TIMEOUT,
    MESSAGE_LOG_LEVEL,
    START_TIMEOUT,
    Deliver,
    OneByOne,
    Readers,
    broker_logger,
)

if TYPE_CHECKING:
    from faststream.rabbit import RabbitBroker, RabbitExchange


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
