"""What a Kafka group member does when partitions are assigned to it (imported with the Kafka bus
only: it needs the Kafka client)."""

from __future__ import annotations

import logging
from typing import Any

from aiokafka.abc import ConsumerRebalanceListener  # type: ignore[import-untyped]

log = logging.getLogger("todo.adapters.bus.kafka")


class ReadTheNewLog(ConsumerRebalanceListener):  # type: ignore[misc]
    """On each assignment of partitions to a group member: a partition whose committed offset
    lies past the end of its log is read from its beginning.

    That is a broker that lost its log and began a new one (restarted without its data), to
    which a member that was handling an event of the old log committed that event's offset.
    Some Kafka-protocol brokers then let the group wait until the new log grows past the old
    offset, skipping everything before it; read from the beginning instead (the consumers skip
    what they have already handled)."""

    def __init__(self) -> None:
        #: The FastStream subscriber whose consumer this listens to (set once it is made).
        self.reader: Any = None

    async def on_partitions_revoked(self, revoked: set[Any]) -> None:
        """Nothing to do: offsets are committed as each event is handled."""

    async def on_partitions_assigned(self, assigned: set[Any]) -> None:
        """Read from its beginning each partition whose committed offset lies past its end."""
        consumer = getattr(self.reader, "consumer", None)
        if consumer is None or not assigned:
            return
        ends = await consumer.end_offsets(list(assigned))
        past = []
        for partition in assigned:
            committed = await consumer.committed(partition)
            if committed is not None and committed > ends[partition]:
                past.append(partition)
        await _from_the_beginning(consumer, past)


async def _from_the_beginning(consumer: Any, partitions: list[Any]) -> None:
    if partitions:
        log.warning(
            "Kafka's log of %s is shorter than this group had read of it (the broker lost it): "
            "reading it again from the beginning.",
            ", ".join(sorted(f"{p.topic}[{p.partition}]" for p in partitions)),
        )
        await consumer.seek_to_beginning(*partitions)
