"""The event bus on every broker: groups share work, broadcasts reach everyone, order, retries.

Redis, NATS and RabbitMQ are the real servers named by ``TODO_TEST_REDIS_URL``,
``TODO_TEST_NATS_URL`` and ``TODO_TEST_RABBITMQ_URL`` (skipped when absent, failed under
``TODO_TEST_REQUIRE_SERVICES=1``); Kafka and a second RabbitMQ run through FastStream's test
brokers, which deliver inside one process (so only the one-process cases apply to them). Dapr
runs against the sidecar double of :mod:`tests.dapr_sidecar` (real gRPC and HTTP on loopback, a
sidecar per bus, as a sidecar per pod; it always runs). Every test uses a prefix of its own and
removes what it created.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
import uuid
from collections import Counter
from collections.abc import AsyncIterator, Callable
from contextlib import AsyncExitStack, suppress
from dataclasses import dataclass, field
from typing import Any

import anyio
import pytest
from faststream.kafka import TestKafkaBroker
from faststream.rabbit import TestRabbitBroker

from tests.conftest import missing_service
from tests.dapr_sidecar import DaprCluster, Sidecar, dapr_cluster, free_port
from todo.adapters.bus import memory as memory_bus
from todo.adapters.bus.factory import open_bus
from todo.adapters.bus.faststream import FastStreamBus
from todo.adapters.bus.protocol import Bus
from todo.errors import BrokerUnavailable

pytestmark = pytest.mark.anyio

REDIS_URL = os.environ.get("TODO_TEST_REDIS_URL", "redis://127.0.0.1:6379")
NATS_URL = os.environ.get("TODO_TEST_NATS_URL", "nats://127.0.0.1:4222")
RABBITMQ_URL = os.environ.get("TODO_TEST_RABBITMQ_URL", "amqp://guest:guest@127.0.0.1:5672/")

#: Seconds before a failed group event comes again (kept short for the tests).
RETRY_AFTER = 0.2
TOPIC = "t"


@dataclass(frozen=True)
class Backend:
    name: str
    url: str
    #: FastStream's test broker to run under, instead of a server.
    test_broker: Callable[[Any], Any] | None = None
    #: Several bus objects (processes) share the events: groups and broadcasts span them.
    processes: bool = True
    #: A handler that raises gets the event again (a test broker raises into publish instead).
    redelivers: bool = True
    #: Each bus talks to a sidecar of its own (the Dapr double), made by the harness.
    sidecars: bool = False


BACKENDS = [
    Backend("memory", "memory://", processes=False),
    Backend("redis", REDIS_URL),
    Backend("nats", NATS_URL),
    Backend("rabbitmq", RABBITMQ_URL),
    Backend(
        "kafka-test",
        "kafka://127.0.0.1:9092",
        test_broker=TestKafkaBroker,
        processes=False,
        redelivers=False,
    ),
    Backend(
        "rabbitmq-test",
        "amqp://guest:guest@127.0.0.1:5672/",
        test_broker=TestRabbitBroker,
        processes=False,
        redelivers=False,
    ),
    Backend("dapr", "dapr://", sidecars=True),
]


@dataclass
class Harness:
    """Opens buses on one backend under one prefix, and closes them all at the end."""

    backend: Backend
    prefix: str
    stack: AsyncExitStack
    buses: list[Bus] = field(default_factory=list)
    #: The Dapr double's broker, and the sidecar of each bus (a pod each).
    cluster: DaprCluster | None = None
    sidecars: dict[int, Sidecar] = field(default_factory=dict)

    def open(self, member: str) -> Bus:
        url = self.backend.url
        sidecar = None
        if self.cluster is not None:
            sidecar = self.cluster.sidecar(app_port=free_port(), pod_name=member)
            url = sidecar.url()
        bus = open_bus(url, prefix=self.prefix, member=member, retry_after=RETRY_AFTER)
        if sidecar is not None:
            self.sidecars[id(bus)] = sidecar
        self.buses.append(bus)
        return bus

    async def start(self, bus: Bus) -> Bus:
        sidecar = self.sidecars.get(id(bus))
        if sidecar is not None:
            await sidecar.start()
        if self.backend.test_broker is not None:
            assert isinstance(bus, FastStreamBus)
            await self.stack.enter_async_context(self.backend.test_broker(bus.broker))
        await bus.start()
        return bus

    async def publisher(self, subscriber: Bus) -> Bus:
        """A bus of another process, where processes share events; else ``subscriber`` itself."""
        if not self.backend.processes:
            return subscriber
        return await self.start(self.open("publisher"))


async def usable(backend: Backend) -> None:
    if backend.test_broker is not None or backend.name in ("memory", "dapr"):
        return
    probe = open_bus(backend.url, prefix="probe", member="probe")
    problem = await probe.check()
    await probe.stop()
    if problem:
        missing_service(f"{backend.name}: {problem}")


async def remove(backend: Backend, prefix: str) -> None:
    """Delete the streams, queues and exchanges a test created."""
    if backend.name == "redis":
        from redis.asyncio import Redis

        client = Redis.from_url(backend.url)
        async for key in client.scan_iter(match=f"{prefix}.*"):
            await client.delete(key)
        await client.aclose()
    elif backend.name == "nats":
        import nats

        connection = await nats.connect(backend.url)
        with suppress(nats.js.errors.NotFoundError):
            await connection.jetstream().delete_stream(prefix)
        await connection.close()
    elif backend.name == "rabbitmq":
        import aio_pika

        connection = await aio_pika.connect(backend.url)
        async with connection:
            channel = await connection.channel()
            for group in ("g", "g1", "g2"):
                await channel.queue_delete(f"{prefix}.{TOPIC}.{group}")
            await channel.exchange_delete(f"{prefix}.{TOPIC}")


@pytest.fixture(params=BACKENDS, ids=[b.name for b in BACKENDS])
async def harness(request: pytest.FixtureRequest) -> AsyncIterator[Harness]:
    backend: Backend = request.param
    await usable(backend)
    prefix = f"test-{uuid.uuid4().hex[:10]}"
    async with AsyncExitStack() as stack:
        h = Harness(backend, prefix, stack)
        if backend.sidecars:  # closed after the buses (the stack unwinds after `finally`)
            h.cluster = await stack.enter_async_context(dapr_cluster())
        try:
            yield h
        finally:
            for bus in reversed(h.buses):
                await bus.stop()
    await remove(backend, prefix)


def recorder(into: list[Any], *, name: str = "") -> Callable[[dict[str, Any]], Any]:
    async def handle(event: dict[str, Any]) -> None:
        into.append((name, event["n"]) if name else event["n"])

    return handle


async def eventually(check: Callable[[], bool]) -> None:
    """Wait (up to 5 s) until ``check()`` holds."""
    with anyio.fail_after(5):
        while not check():  # noqa: ASYNC110 - the handlers append to plain lists
            await anyio.sleep(0.02)


async def settle() -> None:
    """Give a wrong extra delivery the time to show up."""
    await anyio.sleep(0.3)


async def test_a_group_shares_the_work(harness: Harness) -> None:
    seen: list[tuple[str, int]] = []
    members = ["m1", "m2"] if harness.backend.processes else ["m1"]
    for member in members:
        bus = harness.open(member)
        bus.subscribe(TOPIC, recorder(seen, name=member), group="g")
        await harness.start(bus)
    publisher = await harness.publisher(harness.buses[0])

    for n in range(20):
        await publisher.publish(TOPIC, {"n": n}, key=f"tasks/{n}")

    await eventually(lambda: len(seen) >= 20)
    await settle()
    assert sorted(n for _, n in seen) == list(range(20))


async def test_each_group_gets_every_event(harness: Harness) -> None:
    seen: list[tuple[str, int]] = []
    bus = harness.open("m1")
    bus.subscribe(TOPIC, recorder(seen, name="g1"), group="g1")
    bus.subscribe(TOPIC, recorder(seen, name="g2"), group="g2")
    await harness.start(bus)
    publisher = await harness.publisher(bus)

    for n in range(5):
        await publisher.publish(TOPIC, {"n": n}, key="tasks/1")

    await eventually(lambda: len(seen) >= 10)
    await settle()
    assert Counter(seen) == Counter((g, n) for g in ("g1", "g2") for n in range(5))


async def test_a_broadcast_reaches_every_process_from_its_start(harness: Harness) -> None:
    received: dict[str, list[int]] = {}
    if harness.backend.processes:
        early = await harness.start(harness.open("early"))
        await early.publish(TOPIC, {"n": -1}, key="tasks/1")
    members = ["m1", "m2"] if harness.backend.processes else ["m1"]
    for member in members:
        received[member] = []
        bus = harness.open(member)
        bus.subscribe(TOPIC, recorder(received[member]), group=None)
        await harness.start(bus)
    publisher = await harness.publisher(harness.buses[-1])

    for n in range(5):
        await publisher.publish(TOPIC, {"n": n}, key="tasks/1")

    await eventually(lambda: all(len(r) >= 5 for r in received.values()))
    await settle()
    assert received == {member: list(range(5)) for member in members}


@pytest.mark.parametrize("group", ["g", None])
async def test_events_of_one_key_arrive_in_order(harness: Harness, group: str | None) -> None:
    seen: list[tuple[str, int]] = []

    async def handle(event: dict[str, Any]) -> None:
        seen.append((event["key"], event["n"]))

    bus = harness.open("m1")
    bus.subscribe(TOPIC, handle, group=group)
    await harness.start(bus)
    publisher = await harness.publisher(bus)

    for n in range(30):
        key = f"tasks/{n % 3}"
        await publisher.publish(TOPIC, {"n": n, "key": key}, key=key)

    await eventually(lambda: len(seen) >= 30)
    for key in ("tasks/0", "tasks/1", "tasks/2"):
        numbers = [n for k, n in seen if k == key]
        assert numbers == sorted(numbers)
        assert len(numbers) == 10


@pytest.mark.parametrize("group", ["g", None])
async def test_an_event_whose_handler_raised_comes_again(
    harness: Harness, group: str | None
) -> None:
    if not harness.backend.redelivers:
        pytest.skip("a test broker raises the handler's error into publish instead")
    failures: Counter[int] = Counter()
    handled: list[int] = []

    async def flaky(event: dict[str, Any]) -> None:
        if event["n"] == 1 and failures[1] < 2:
            failures[1] += 1
            raise RuntimeError("the database is down")
        handled.append(event["n"])

    bus = harness.open("m1")
    bus.subscribe(TOPIC, flaky, group=group)
    await harness.start(bus)
    publisher = await harness.publisher(bus)

    for n in range(3):
        await publisher.publish(TOPIC, {"n": n}, key=f"tasks/{n}")

    await eventually(lambda: len(handled) >= 3)
    await settle()
    assert sorted(handled) == [0, 1, 2]
    assert failures[1] == 2


async def test_a_group_gets_the_events_published_before_it_existed(harness: Harness) -> None:
    if not harness.backend.processes:
        pytest.skip(f"{harness.backend.name} has no other process to publish from")
    relay = harness.open("relay")
    relay.expect(TOPIC, "g")  # what a relay says of the consumer groups it publishes for
    publisher = await harness.start(relay)
    for n in range(3):
        await publisher.publish(TOPIC, {"n": n}, key="tasks/1")
    seen: list[int] = []
    bus = harness.open("worker")
    bus.subscribe(TOPIC, recorder(seen), group="g")
    await harness.start(bus)

    await publisher.publish(TOPIC, {"n": 3}, key="tasks/1")

    await eventually(lambda: len(seen) >= 4)
    assert seen == [0, 1, 2, 3]


@pytest.mark.parametrize(
    "url",
    [
        "redis://127.0.0.1:1",
        "nats://127.0.0.1:1",
        "kafka://127.0.0.1:1",
        "amqp://guest:secret@127.0.0.1:1/",
        f"dapr://127.0.0.1:1?app_port={free_port()}",
    ],
)
async def test_an_unreachable_broker_is_reported_quickly(url: str) -> None:
    bus = open_bus(url, prefix=f"test-{uuid.uuid4().hex[:10]}", member="m1")
    bus.subscribe(TOPIC, recorder([]), group="g")
    shown = url.replace("guest:secret@", "").partition("?")[0]

    started = time.monotonic()
    with pytest.raises(BrokerUnavailable, match="cannot be reached") as raised:
        await bus.start()
    with pytest.raises(BrokerUnavailable):
        await bus.publish(TOPIC, {"n": 1}, key="tasks/1")
    problem = await bus.check()
    await bus.stop()

    assert time.monotonic() - started < 10
    assert problem == f"the broker at {shown} cannot be reached"
    assert "secret" not in str(raised.value)


async def test_memory_buses_do_not_share_events() -> None:
    one, other = open_bus("memory://", member="a"), open_bus("memory://", member="b")
    seen: list[int] = []
    other.subscribe(TOPIC, recorder(seen), group="g")
    await other.start()
    await one.start()
    await one.publish(TOPIC, {"n": 1}, key="tasks/1")
    await settle()
    await one.stop()
    await other.stop()
    assert seen == []


async def test_a_memory_publish_returns_once_every_group_has_handled_the_events() -> None:
    """Nothing outlives the process, so the relay may count an event sent only once handled."""
    bus = open_bus("memory://", member="a")
    slow: list[int] = []
    broadcast_seen = asyncio.Event()
    release = asyncio.Event()

    async def handle_slowly(event: dict[str, Any]) -> None:
        await asyncio.sleep(0.05)
        slow.append(event["n"])

    async def wait_for_release(event: dict[str, Any]) -> None:
        broadcast_seen.set()
        await release.wait()  # a broadcast is never waited for

    bus.subscribe(TOPIC, handle_slowly, group="one")
    bus.subscribe(TOPIC, recorder(slow), group="two")
    bus.subscribe(TOPIC, wait_for_release, group=None)
    await bus.start()
    await bus.publish_many([(TOPIC, "tasks/1", {"n": 1}), (TOPIC, "tasks/1", {"n": 2})])
    assert sorted(slow) == [1, 1, 2, 2]
    assert broadcast_seen.is_set()
    release.set()
    await bus.stop()


async def test_events_waiting_together_reach_a_many_handler_at_once() -> None:
    """The in-process bus hands a subscriber that takes several events the ones waiting
    together, in order, in one call; a failed call gets the same events again."""
    bus = open_bus("memory://", member="a")
    singles: list[int] = []
    batches: list[list[int]] = []
    failures = [1]

    async def many(events: list[dict[str, Any]]) -> None:
        if failures:
            failures.pop()
            raise RuntimeError("once")
        batches.append([event["n"] for event in events])

    bus.subscribe(TOPIC, recorder(singles), group="one", many=many)
    await bus.start()
    await bus.publish_many([(TOPIC, f"tasks/{n}", {"id": f"e{n}", "n": n}) for n in range(5)])
    assert batches == [[0, 1, 2, 3, 4]]
    assert singles == []
    await bus.publish(TOPIC, {"id": "e9", "n": 9}, key="tasks/9")
    assert singles == [9]  # alone: the one-event handler
    await bus.stop()


async def test_a_memory_publish_fails_when_the_bus_stops_before_its_groups_handled_it() -> None:
    bus = open_bus("memory://", member="a")
    calls: list[int] = []

    async def always_fails(event: dict[str, Any]) -> None:
        calls.append(event["n"])
        raise RuntimeError("the database is down")

    bus.subscribe(TOPIC, always_fails, group="g")
    await bus.start()
    publishing = asyncio.create_task(bus.publish(TOPIC, {"n": 1}, key="tasks/1"))
    await eventually(lambda: len(calls) >= 2)  # retried while the bus runs
    await bus.stop()
    with pytest.raises(BrokerUnavailable, match="stopped"):
        await publishing


async def test_a_memory_publish_that_timed_out_is_sent_again_without_a_second_copy(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The relay sends again what it could not confirm; the event still queued for a group is
    not queued twice, and the new publish waits for that one copy."""
    monkeypatch.setattr(memory_bus, "HANDLE_WAIT", 0.2)
    bus = open_bus("memory://", member="a")
    handled: list[str] = []
    gate = asyncio.Event()

    async def slow(event: dict[str, Any]) -> None:
        await gate.wait()
        handled.append(event["id"])

    bus.subscribe(TOPIC, slow, group="g")
    await bus.start()
    event = {"id": "evt-1", "n": 1}
    for _ in range(2):
        with pytest.raises(BrokerUnavailable, match="within"):
            await bus.publish(TOPIC, event, key="tasks/1")
    again = asyncio.create_task(bus.publish(TOPIC, event, key="tasks/1"))
    gate.set()
    await again  # returns once the one queued copy is handled
    assert handled == ["evt-1"]
    await bus.publish(TOPIC, event, key="tasks/1")  # handled, so it may be queued again
    assert handled == ["evt-1", "evt-1"]
    await bus.stop()


def test_open_bus_refuses_unknown_schemes_and_prefixes() -> None:
    with pytest.raises(ValueError, match="must start with"):
        open_bus("mqtt://127.0.0.1", member="a")
    with pytest.raises(ValueError, match="prefix"):
        open_bus("memory://", prefix="a.b", member="a")


def test_the_memory_bus_does_not_import_faststream() -> None:
    code = (
        "import sys\n"
        "from todo.adapters.bus.factory import open_bus\n"
        "open_bus('memory://', member='x')\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] == 'faststream']\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
