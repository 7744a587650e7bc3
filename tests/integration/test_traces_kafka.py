"""One change is one trace through a real Kafka-protocol broker too (the Tansu this run starts,
or ``TODO_TEST_KAFKA_URL``): the trace context crosses Kafka inside the CloudEvent."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from tests.api.test_traces import follow_one_change, traced_server
from todo.adapters.clock import FixedClock

pytestmark = pytest.mark.anyio


async def test_one_change_is_one_trace_through_kafka(
    kafka_url: str, tmp_path: Path, clock: FixedClock
) -> None:
    prefix = f"traces-{uuid.uuid4().hex[:10]}"
    async with traced_server(
        f"sqlite+aiosqlite:///{tmp_path / 'todo.db'}",
        tmp_path,
        clock,
        broker_url=kafka_url,
        broker_prefix=prefix,
        ready_within=90.0,  # a new consumer group takes its time to form on Kafka
    ) as live:
        await follow_one_change(live)
