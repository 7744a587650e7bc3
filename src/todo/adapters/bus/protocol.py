"""The event bus: publish CloudEvents to topics and hand them to subscribers, on any broker.

``TODO_BROKER_URL`` chooses the broker: ``memory://`` (the default: in this process only),
``redis://`` (Redis Streams), ``nats://`` (NATS JetStream), ``kafka://``, ``amqp://``
(RabbitMQ) or ``dapr://`` (a Dapr sidecar's pub/sub). Every broker offers the same two kinds of
subscription:

* a **group** (``group="recurrence"``): the members of a group, in any number of processes,
  share the work: each event reaches one member (at least once; consumers are idempotent);
* a **broadcast** (``group=None``): every process that subscribed receives every event published
  after it subscribed — how each API replica hears of every change for its WebSocket clients.

A handler receives the CloudEvent as a dict. When it returns, the event is done; when it raises,
the broker delivers the event again later (so a handler raises only when it could not reach
the database; its own failures it records and returns).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Protocol, runtime_checkable

#: The URL schemes :func:`~todo.adapters.bus.factory.open_bus` understands, and the kind of bus each
#: one opens.
SCHEMES = {
    "memory": "memory",
    "redis": "redis",
    "rediss": "redis",
    "nats": "nats",
    "tls": "nats",
    "kafka": "kafka",
    "amqp": "amqp",
    "amqps": "amqp",
    "dapr": "dapr",
}

#: A subscriber: receives one CloudEvent (a JSON object).
Handler = Callable[[dict[str, Any]], Awaitable[None]]
#: A subscriber of several events at once, in order; it returns once it has handled them all
#: (and raises otherwise: the bus hands it the same events again).
ManyHandler = Callable[[list[dict[str, Any]]], Awaitable[None]]
#: An event to publish: its topic, its key (the subject, ``tasks/42``) and the CloudEvent.
Outgoing = tuple[str, str, dict[str, Any]]


class Bus(Protocol):
    """A connection to the broker; subscribe first, then :meth:`start`."""

    #: ``memory``, ``redis``, ``nats``, ``kafka``, ``amqp`` or ``dapr``.
    kind: str

    def subscribe(
        self,
        topic: str,
        handler: Handler,
        *,
        group: str | None,
        many: ManyHandler | None = None,
    ) -> None:
        """Call ``handler`` with every event of ``topic``: one member of ``group`` per event,
        or every process when ``group`` is ``None``. Only before :meth:`start`. A bus that
        finds several events waiting at once may hand them to ``many`` together instead (the
        in-process bus does)."""
        ...

    def expect(self, topic: str, group: str) -> None:
        """Say that ``group`` consumes ``topic``, so that the broker keeps the events published
        from now on for it even before any member has subscribed (a relay that starts before
        the first worker). Only before :meth:`start`."""
        ...

    async def start(self) -> None:
        """Connect and start delivering; raise :class:`BrokerUnavailable` when it cannot."""
        ...

    async def stop(self) -> None:
        """Stop delivering and disconnect (waiting for handlers that are running)."""
        ...

    async def publish(self, topic: str, event: dict[str, Any], *, key: str) -> None:
        """Publish ``event`` to ``topic`` and return once the broker has accepted it.

        Events with the same ``key`` (the subject, ``tasks/42``) are delivered in the order
        they were published. Raises :class:`BrokerUnavailable` when the broker cannot take it.
        """
        ...

    async def publish_many(self, events: Sequence[Outgoing]) -> None:
        """Publish ``(topic, key, event)`` triples in order, in as few round trips as the broker
        allows, and return once it has accepted all of them. Raises :class:`BrokerUnavailable`
        when it cannot take them; some may have been published then (delivery is at least
        once)."""
        ...

    async def check(self) -> str | None:
        """Return ``None`` when the broker answers, else one sentence saying what is wrong."""
        ...

    def stalled(self) -> list[str]:
        """Name the subscriptions that stopped reading after :meth:`start` (``[]`` when every
        one reads, and before start). :meth:`stop` then :meth:`start` sets them going again."""
        ...


#: Work a job trigger runs each time it fires.
JobHandler = Callable[[], Awaitable[None]]


@runtime_checkable
class JobTrigger(Protocol):
    """A bus whose runtime can also fire periodic jobs for this app (Dapr's Jobs API): each
    firing runs on one replica of the app, whichever it is."""

    def every(self, name: str, seconds: float, handler: JobHandler) -> None:
        """Have ``handler`` called every ``seconds`` on one replica, from :meth:`Bus.start` on
        (a firing that comes while the last one still runs is skipped)."""
        ...


def redact(url: str) -> str:
    """Return ``url`` without its user names, passwords, query and fragment (a query may hold a
    password too): ``redis://:x@cache:6379/0?password=x`` → ``redis://cache:6379/0``. Each of
    several comma-separated servers is redacted: ``nats://u:x@a:4222,nats://u:x@b:4222``."""
    redacted = []
    for part in url.split(","):
        scheme, sep, rest = part.partition("://")
        if not sep:
            scheme, rest = "", part
        authority, slash, path = rest.partition("#")[0].partition("?")[0].partition("/")
        redacted.append(f"{scheme}{sep}{authority.rpartition('@')[2]}{slash}{path}")
    return ",".join(redacted)
