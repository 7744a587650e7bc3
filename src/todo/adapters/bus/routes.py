"""What differs between brokers under :class:`~todo.adapters.bus.faststream.FastStreamBus`.

Each broker family's routes class builds one FastStream broker and says, for that broker, how a
**group** subscription (competing consumers that also get the events published before the group's
first member came), a **broadcast** subscription (every process, events from now on) and a publish
are done. Names all start with the bus prefix: ``{prefix}.{topic}`` for streams, subjects, topics
and exchanges; ``{prefix}.{group}`` for groups.

Each broker's class is in a module of its own: :mod:`~todo.adapters.bus.redis_streams`,
:mod:`~todo.adapters.bus.nats_jetstream`, :mod:`~todo.adapters.bus.kafka` and
:mod:`~todo.adapters.bus.rabbitmq`; this module holds what they share.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import Any

#: What FastStream calls with each event of a subscription.
Deliver = Callable[[dict[str, Any]], Awaitable[None]]
#: The FastStream subscribers that read one subscription (to see whether they still run).
Readers = list[Any]

#: FastStream logs every message at the broker's level: keep those lines below INFO.
MESSAGE_LOG_LEVEL = logging.DEBUG
#: Where FastStream logs; it says little worth hearing below WARNING (``-v`` may lower it).
BROKER_LOGGER = "todo.bus.broker"


class OneByOne:
    """A broker without pipelining: a batch is published one event after the other, in order,
    each confirmed (see :meth:`~todo.adapters.bus.faststream.FastStreamBus.publish_many`)."""

    async def publish(self, topic: str, event: dict[str, Any], key: str) -> None:
        raise NotImplementedError


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
