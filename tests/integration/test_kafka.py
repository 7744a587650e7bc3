"""The Kafka bus against a real Kafka-protocol broker: Tansu, started for the run (or the broker
``TODO_TEST_KAFKA_URL`` names); skipped when it cannot run, failed under
``TODO_TEST_REQUIRE_SERVICES=1``.

What only a real broker shows: topics made with partitions, so that the members of a group
share the work; the events of one key in order across members; the events a member held when
its process was killed reaching another member; events waiting for a group that has not formed
yet; TLS to a broker that asks for it. Each test uses a prefix of its own (a new group on Tansu
takes a few seconds to form, so the tests are few and each does much).
"""

from __future__ import annotations

import asyncio
import json
import ssl
import sys
import textwrap
import time
import uuid
from collections import Counter
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import anyio
import pytest
import trustme

from tests.conftest import missing_service
from tests.faults.brokers import TansuServer, free_port
from todo.adapters.bus.factory import open_bus
from todo.adapters.bus.protocol import Bus
from todo.errors import BrokerUnavailable

pytestmark = pytest.mark.anyio

TOPIC = "t"
#: Seconds a test waits for what it expects: a group's first join on Tansu takes a few seconds,
#: a member that died without leaving is noticed after its session (10 s).
PATIENCE = 60.0


@pytest.fixture
async def buses(kafka_url: str) -> AsyncIterator[Callable[..., Bus]]:
    """Open buses on the Kafka of the run under a prefix of the test's own; stop them all at
    the end."""
    prefix = f"test-{uuid.uuid4().hex[:10]}"
    opened: list[Bus] = []

    def open_one(member: str, *, options: str = "") -> Bus:
        bus = open_bus(kafka_url + options, prefix=prefix, member=member, retry_after=0.2)
        opened.append(bus)
        return bus

    open_one.prefix = prefix  # type: ignore[attr-defined]
    try:
        yield open_one
    finally:
        for bus in reversed(opened):
            await bus.stop()


async def eventually(check: Callable[[], bool], *, seconds: float = PATIENCE) -> None:
    with anyio.fail_after(seconds):
        while not check():  # noqa: ASYNC110 - the handlers append to plain lists
            await anyio.sleep(0.05)


async def test_members_of_a_group_share_the_work_and_keep_each_key_in_order(
    buses: Callable[..., Bus],
) -> None:
    seen: list[tuple[str, str, int]] = []

    def recorder(member: str) -> Callable[[dict[str, Any]], Any]:
        async def handle(event: dict[str, Any]) -> None:
            seen.append((member, event["key"], event["n"]))

        return handle

    members = [buses(name) for name in ("m1", "m2")]
    for name, bus in zip(("m1", "m2"), members, strict=True):
        bus.subscribe(TOPIC, recorder(name), group="g")
    await asyncio.gather(*(bus.start() for bus in members))
    publisher = buses("relay")
    await publisher.start()

    keys = [f"tasks/{k}" for k in range(12)]
    for n in range(120):
        key = keys[n % len(keys)]
        await publisher.publish(TOPIC, {"n": n, "key": key}, key=key)
    await eventually(lambda: len(seen) >= 120)
    await anyio.sleep(0.5)  # room for a wrong extra delivery

    assert sorted(n for _, _, n in seen) == list(range(120))  # each event once
    by_member = Counter(member for member, _, _ in seen)
    assert set(by_member) == {"m1", "m2"}, by_member  # both members did some of the work
    for key in keys:
        numbers = [n for _, k, n in seen if k == key]
        assert numbers == sorted(numbers), key  # one key: in the order published
        assert len({member for member, k, _ in seen if k == key}) == 1  # …by one member


async def test_the_topics_are_made_with_the_partitions_the_url_asks_for(
    buses: Callable[..., Bus], kafka_url: str
) -> None:
    from aiokafka.admin import AIOKafkaAdminClient  # type: ignore[import-untyped]

    bus = buses("m1", options="?partitions=3&replication_factor=1")
    bus.subscribe(TOPIC, _ignore, group=None)
    bus.expect("other", "g")
    await bus.start()

    admin = AIOKafkaAdminClient(bootstrap_servers=kafka_url.removeprefix("kafka://"))
    await admin.start()
    try:
        prefix = buses.prefix  # type: ignore[attr-defined]
        described = await admin.describe_topics([f"{prefix}.{TOPIC}", f"{prefix}.other"])
    finally:
        await admin.close()
    assert [len(topic["partitions"]) for topic in described] == [3, 3]


async def _ignore(event: dict[str, Any]) -> None:
    return None


#: A member of group ``g`` in a process of its own: it says which event it holds, then hangs
#: on it (never acknowledging) until it is killed.
HANGING_MEMBER = textwrap.dedent(
    """
    import asyncio, json, sys
    from todo.adapters.bus.factory import open_bus

    async def main(url, prefix):
        bus = open_bus(url, prefix=prefix, member="doomed", retry_after=0.2)

        async def hang(event):
            print(json.dumps(event), flush=True)
            await asyncio.Event().wait()

        bus.subscribe("t", hang, group="g")
        await bus.start()
        print("started", flush=True)
        await asyncio.Event().wait()

    asyncio.run(main(sys.argv[1], sys.argv[2]))
    """
)


async def test_what_a_killed_member_held_reaches_another_member(
    buses: Callable[..., Bus], kafka_url: str
) -> None:
    prefix = buses.prefix  # type: ignore[attr-defined]
    doomed = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        HANGING_MEMBER,
        kafka_url,
        prefix,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.DEVNULL,
    )
    try:
        seen: list[int] = []

        async def record(event: dict[str, Any]) -> None:
            seen.append(event["n"])

        survivor = buses("survivor")
        survivor.subscribe(TOPIC, record, group="g")
        joined = asyncio.gather(survivor.start(), _read_line(doomed, "started"))
        await asyncio.wait_for(joined, PATIENCE)

        publisher = buses("relay")
        await publisher.start()
        for n in range(24):
            await publisher.publish(TOPIC, {"n": n}, key=f"tasks/{n}")
        held = json.loads(await asyncio.wait_for(_read_line(doomed, "{"), PATIENCE))["n"]
        assert held not in seen

        doomed.kill()  # SIGKILL: no goodbye to the group, whose session then runs out
        await asyncio.wait_for(doomed.wait(), 15)
        started = time.monotonic()
        await eventually(lambda: set(seen) >= set(range(24)))
        print(f"taken over {time.monotonic() - started:.1f} s after the kill")  # for -rP

        assert held in seen
        assert sorted(set(seen)) == list(range(24))
    finally:
        if doomed.returncode is None:
            doomed.kill()
            await asyncio.wait_for(doomed.wait(), 15)


async def _read_line(process: asyncio.subprocess.Process, start: str) -> str:
    """The first line ``process`` prints that begins with ``start``."""
    assert process.stdout is not None
    while True:
        line = (await process.stdout.readline()).decode()
        if not line:
            raise AssertionError(f"the process ended (exit {process.returncode}) before {start!r}")
        if line.startswith(start):
            return line


async def test_events_published_before_a_group_formed_wait_for_it(
    buses: Callable[..., Bus],
) -> None:
    relay = buses("relay")
    relay.expect(TOPIC, "g")
    await relay.start()
    for n in range(3):
        await relay.publish(TOPIC, {"n": n}, key="tasks/1")
    seen: list[int] = []

    async def record(event: dict[str, Any]) -> None:
        seen.append(event["n"])

    worker = buses("worker")
    worker.subscribe(TOPIC, record, group="g")
    await worker.start()
    await relay.publish(TOPIC, {"n": 3}, key="tasks/1")
    await eventually(lambda: len(seen) >= 4)
    assert seen == [0, 1, 2, 3]


async def test_the_bus_speaks_tls_to_a_broker_that_asks_for_it(tmp_path: Path) -> None:
    """A Kafka behind a TLS listener (a proxy of the test's own that terminates TLS with a
    certificate from an authority made here, advertised to clients as the broker's address):
    the bus that trusts the authority publishes and consumes; one that does not is refused."""
    authority = trustme.CA()
    authority.cert_pem.write_to_path(str(tmp_path / "ca.pem"))
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(context)
    listener = free_port()
    broker = TansuServer(tmp_path / "tansu", advertised_port=listener)
    try:
        broker.start()
    except (OSError, RuntimeError) as error:
        missing_service(f"Tansu (Kafka) cannot run: {error}")
    pumps: set[asyncio.Task[None]] = set()

    async def terminate(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        upstream_reader, upstream_writer = await asyncio.open_connection("127.0.0.1", broker.port)
        for source, sink in ((reader, upstream_writer), (upstream_reader, writer)):
            pump = asyncio.create_task(_pump(source, sink))
            pumps.add(pump)
            pump.add_done_callback(pumps.discard)

    proxy = await asyncio.start_server(terminate, "127.0.0.1", listener, ssl=context)
    prefix = f"test-{uuid.uuid4().hex[:10]}"
    secure = f"kafka://127.0.0.1:{listener}?security_protocol=SSL&ssl_cafile={tmp_path}/ca.pem"
    trusting = open_bus(secure, prefix=prefix, member="m1", retry_after=0.2)
    untrusting = open_bus(
        f"kafka://127.0.0.1:{listener}?security_protocol=SSL", prefix=prefix, member="m2"
    )
    try:
        seen: list[int] = []

        async def record(event: dict[str, Any]) -> None:
            seen.append(event["n"])

        trusting.subscribe(TOPIC, record, group="g")
        await trusting.start()
        await trusting.publish(TOPIC, {"n": 1}, key="tasks/1")
        await eventually(lambda: seen == [1])

        with pytest.raises(BrokerUnavailable, match="cannot be reached"):
            await untrusting.publish(TOPIC, {"n": 2}, key="tasks/1")
    finally:
        await untrusting.stop()
        await trusting.stop()
        proxy.close()
        for pump in list(pumps):
            pump.cancel()
        await asyncio.gather(*pumps, return_exceptions=True)
        await proxy.wait_closed()
        broker.stop()


async def _pump(source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
    """Copy ``source`` to ``sink`` until either side closes."""
    try:
        while chunk := await source.read(65536):
            sink.write(chunk)
            await sink.drain()
    except (ConnectionError, ssl.SSLError):
        pass
    finally:
        sink.close()


async def test_a_group_whose_offset_lies_past_the_end_of_the_log_reads_it_again(
    buses: Callable[..., Bus], kafka_url: str
) -> None:
    """What a broker restarted without its data leaves: the group's committed offset belongs
    to the lost log and lies past the end of the new one. The member reads the new log from its
    beginning rather than wait for it to grow past the old offset."""
    from aiokafka import AIOKafkaConsumer, TopicPartition  # type: ignore[import-untyped]
    from aiokafka.structs import OffsetAndMetadata  # type: ignore[import-untyped]

    prefix = buses.prefix  # type: ignore[attr-defined]
    relay = buses("relay", options="?partitions=1")
    relay.expect(TOPIC, "g")
    await relay.start()
    for n in range(3):
        await relay.publish(TOPIC, {"n": n}, key="tasks/1")
    partition = TopicPartition(f"{prefix}.{TOPIC}", 0)
    old_member = AIOKafkaConsumer(
        bootstrap_servers=kafka_url.removeprefix("kafka://"),
        group_id=f"{prefix}.g",
        enable_auto_commit=False,
    )
    await old_member.start()
    try:
        old_member.assign([partition])
        await old_member.commit({partition: OffsetAndMetadata(500, "")})
    finally:
        await old_member.stop()

    seen: list[int] = []

    async def record(event: dict[str, Any]) -> None:
        seen.append(event["n"])

    worker = buses("worker", options="?partitions=1")
    worker.subscribe(TOPIC, record, group="g")
    await worker.start()
    await relay.publish(TOPIC, {"n": 3}, key="tasks/1")

    await eventually(lambda: len(seen) >= 4)
    assert seen == [0, 1, 2, 3]
