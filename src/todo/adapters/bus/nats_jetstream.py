"""NATS JetStream under the FastStream bus.

NATS JetStream: one stream ``{prefix}`` over the subjects ``{prefix}.>``; a group is a durable
pull consumer (deliver all) per group and topic; a broadcast is a core subscription.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from faststream import AckPolicy

from todo.adapters.bus.routes import (
    CONNECT_TIMEOUT,
    MESSAGE_LOG_LEVEL,
    START_TIMEOUT,
    Deliver,
    OneByOne,
    Readers,
    broker_logger,
    reach_any,
)

if TYPE_CHECKING:
    from faststream.nats import NatsBroker


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
