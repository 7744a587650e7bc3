"""Several API processes: a WebSocket held by one receives a change made through another, when
they share PostgreSQL and a real broker (Redis Streams and NATS JetStream, required in CI)."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

from todo.adapters.bus.factory import open_bus
from todo.adapters.clock import FixedClock

from ..conftest import missing_service
from .helpers import add_user, headers_of
from .test_live import add_task, receive, receive_event, serving

pytestmark = [pytest.mark.anyio, pytest.mark.postgres]

BROKERS = {
    "redis": os.environ.get("TODO_TEST_REDIS_URL", "redis://127.0.0.1:6379"),
    "nats": os.environ.get("TODO_TEST_NATS_URL", "nats://127.0.0.1:4222"),
}


@pytest.mark.parametrize("own_database_url", ["postgres"], indirect=True)
@pytest.mark.parametrize("broker", sorted(BROKERS))
async def test_a_change_made_through_one_replica_reaches_a_socket_on_another(
    own_database_url: str, tmp_path: Path, clock: FixedClock, broker: str
) -> None:
    url = BROKERS[broker]
    probe = open_bus(url, prefix="probe", member="probe")
    problem = await probe.check()
    await probe.stop()
    if problem:
        missing_service(f"{broker}: {problem}")
    shared = {
        "broker_url": url,
        "broker_prefix": f"cluster-{uuid.uuid4().hex[:10]}",
        "relay_in_server": True,
        "workers_in_server": "yes",
    }
    async with (
        serving(own_database_url, tmp_path / "a", clock, **shared) as replica_a,
        serving(own_database_url, tmp_path / "b", clock, **shared) as replica_b,
    ):
        alice = await add_user(replica_a.app, timezone="Europe/Berlin")
        bob = await add_user(replica_a.app)
        alice_on_b = alice.headers = headers_of(replica_b.app, alice)
        async with replica_b.socket(headers=alice_on_b) as socket:
            assert (await receive(socket))["type"] == "ready"
            await add_task(replica_a, bob, "Bob's, not for Alice")
            task = await add_task(replica_a, alice, "Made on replica A")
            event = await receive_event(socket)
            assert (event["type"], event["subject"]) == ("todo.task.created", f"tasks/{task['id']}")
            assert event["data"]["task"]["title"] == "Made on replica A"
            done = await replica_a.http.post(
                f"/api/v1/tasks/{task['id']}/complete", headers=alice.headers
            )
            assert done.status_code == 200
            assert (await receive_event(socket))["type"] == "todo.task.completed"
