"""The Dapr bus and secret store against the sidecar double (:mod:`tests.dapr_sidecar`).

What the bus contract tests (``test_bus.py``) do not show: CloudEvents go through without a
second envelope and other payloads come out of Dapr's, dead letters, what the app channel tells
the sidecar, the sentences for a wrong URL, a missing component or a taken port, and the
settings read from a Dapr secret store. Real gRPC and HTTP on 127.0.0.1, no daprd.
"""

from __future__ import annotations

import asyncio
import base64
import json
import re
import socket
import subprocess
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any

import anyio
import grpc
import pytest
from dapr.proto import api_service_v1, api_v1

from tests.dapr_sidecar import Component, DaprCluster, Sidecar, dapr_cluster, free_port
from todo.adapters.bus.dapr import DaprBus, unwrap
from todo.adapters.bus.factory import open_bus
from todo.bootstrap import build_app, with_dapr_secrets
from todo.config import Settings
from todo.errors import BrokerUnavailable, ConfigurationError

pytestmark = pytest.mark.anyio

PREFIX = "t"
TOPIC = "task-events"
EVENT = {
    "specversion": "1.0",
    "id": "0c6f3a2e-1",
    "source": "/todo-evolution",
    "type": "todo.task.updated",
    "subject": "tasks/42",
    "time": "2026-11-26T10:00:00Z",
    "datacontenttype": "application/json",
    "data": {"user_id": "u1", "task": {"id": 42, "title": "Buy milk"}, "changes": ["due_at"]},
}

Pod = Callable[..., Awaitable[tuple[DaprBus, Sidecar]]]


@pytest.fixture
async def cluster() -> AsyncIterator[DaprCluster]:
    async with dapr_cluster(retries=2, retry_interval=0.02) as running:
        yield running


@pytest.fixture
async def pod(cluster: DaprCluster) -> AsyncIterator[Pod]:
    """Start a sidecar and a bus for one pod, subscribed by ``subscribe(bus)`` first."""
    async with AsyncExitStack() as stack:

        async def start(
            subscribe: Callable[[DaprBus], None] = lambda bus: None, *, name: str = "pod-1"
        ) -> tuple[DaprBus, Sidecar]:
            sidecar = cluster.sidecar(app_port=free_port(), pod_name=name)
            await sidecar.start()
            bus = open_bus(sidecar.url(), prefix=PREFIX, member=name)
            assert isinstance(bus, DaprBus)
            subscribe(bus)
            stack.push_async_callback(bus.stop)
            await bus.start()
            return bus, sidecar

        yield start


def recorder(into: list[dict[str, Any]]) -> Callable[[dict[str, Any]], Awaitable[None]]:
    async def handle(event: dict[str, Any]) -> None:
        into.append(event)

    return handle


async def eventually(check: Callable[[], bool]) -> None:
    with anyio.fail_after(5):
        while not check():  # noqa: ASYNC110 - the handlers append to plain lists
            await anyio.sleep(0.02)


async def publish_raw(sidecar: Sidecar, topic: str, data: bytes) -> None:
    """Publish as another app would, with ``rawPayload`` (no CloudEvent at all)."""
    async with grpc.aio.insecure_channel(f"127.0.0.1:{sidecar.grpc_port}") as channel:
        stub = api_service_v1.DaprStub(channel)
        await stub.PublishEvent(
            api_v1.PublishEventRequest(
                pubsub_name="todo-pubsub",
                topic=topic,
                data=data,
                data_content_type="application/json",
                metadata={"rawPayload": "true"},
            )
        )


async def test_a_cloud_event_is_published_as_is_and_delivered_without_a_second_envelope(
    cluster: DaprCluster, pod: Pod
) -> None:
    seen: list[dict[str, Any]] = []
    bus, sidecar = await pod(lambda bus: bus.subscribe(TOPIC, recorder(seen), group="activity"))

    await bus.publish(TOPIC, EVENT, key="tasks/42")

    await eventually(lambda: len(seen) == 1)
    assert sidecar.published == [
        (
            "t.task-events",
            "application/cloudevents+json",
            json.dumps(EVENT, separators=(",", ":")).encode(),
        )
    ]
    delivered = cluster.deliveries[0].envelope
    assert delivered["type"] == "todo.task.updated"  # not com.dapr.event.sent: no second envelope
    assert delivered["data"] == EVENT["data"]
    assert {name: seen[0][name] for name in EVENT} == EVENT


async def test_a_plain_payload_is_wrapped_by_dapr_and_unwrapped_for_the_handler(
    cluster: DaprCluster, pod: Pod
) -> None:
    seen: list[dict[str, Any]] = []
    bus, sidecar = await pod(lambda bus: bus.subscribe(TOPIC, recorder(seen), group="g"))

    await bus.publish(TOPIC, {"n": 1}, key="tasks/1")

    await eventually(lambda: len(seen) == 1)
    assert sidecar.published[0][1] == "application/json"
    assert cluster.deliveries[0].envelope["type"] == "com.dapr.event.sent"
    assert seen == [{"n": 1}]


async def test_a_raw_payload_of_another_app_reaches_the_handler(pod: Pod) -> None:
    seen: list[dict[str, Any]] = []
    _, sidecar = await pod(lambda bus: bus.subscribe(TOPIC, recorder(seen), group="g"))

    await publish_raw(sidecar, "t.task-events", json.dumps({"n": 7}).encode())

    await eventually(lambda: len(seen) == 1)
    assert seen == [{"n": 7}]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (EVENT, EVENT),
        ({"type": "com.dapr.event.sent", "specversion": "1.0", "data": EVENT}, EVENT),
        ({"type": "com.dapr.event.sent", "data": {"n": 1}}, {"n": 1}),
        ({"type": "com.dapr.event.sent", "data": '{"n": 2}'}, {"n": 2}),
        (
            {"type": "com.dapr.event.sent", "data_base64": base64.b64encode(b'{"n": 3}').decode()},
            {"n": 3},
        ),
        ({"type": "com.dapr.event.sent", "data_base64": "%%%"}, None),
        ({"type": "com.dapr.event.sent", "data": "not json"}, None),
        ({"type": "com.dapr.event.sent", "data": [1, 2]}, None),
        ([EVENT], None),
    ],
)
def test_a_delivery_is_unwrapped_whatever_its_shape(body: Any, expected: Any) -> None:
    assert unwrap(body) == expected


async def test_an_event_dapr_gave_up_on_goes_to_the_dead_letter_topic_and_comes_again(
    cluster: DaprCluster, pod: Pod
) -> None:
    handled: list[int] = []
    failures: list[int] = []

    async def down_for_a_while(event: dict[str, Any]) -> None:
        if len(failures) < cluster.retries + 1:  # longer than Dapr retries
            failures.append(event["n"])
            raise RuntimeError("the database is down")
        handled.append(event["n"])

    bus, _ = await pod(lambda bus: bus.subscribe(TOPIC, down_for_a_while, group="g"))

    await bus.publish(TOPIC, {"n": 5}, key="tasks/5")

    await eventually(lambda: handled == [5])
    outcomes = [(d.route, d.outcome) for d in cluster.deliveries]
    assert outcomes == [("/events/task-events", "RETRY")] * 3 + [
        ("/dead-letters/task-events", "SUCCESS")
    ]
    assert sum(map(len, cluster.topics["t.task-events.dead-letters"])) == 1


async def test_what_is_not_an_event_is_dropped_to_the_dead_letter_topic(
    cluster: DaprCluster, pod: Pod
) -> None:
    seen: list[dict[str, Any]] = []
    _, sidecar = await pod(lambda bus: bus.subscribe(TOPIC, recorder(seen), group="g"))

    await publish_raw(sidecar, "t.task-events", b"not json at all")

    await eventually(lambda: len(cluster.deliveries) == 2)
    await asyncio.sleep(0.1)
    outcomes = [(d.route, d.outcome) for d in cluster.deliveries]
    assert outcomes == [("/events/task-events", "DROP"), ("/dead-letters/task-events", "DROP")]
    assert seen == []


async def test_a_handler_that_took_the_event_is_not_called_again_when_another_failed(
    cluster: DaprCluster, pod: Pod
) -> None:
    calls: list[str] = []

    async def steady(event: dict[str, Any]) -> None:
        calls.append("steady")

    async def flaky(event: dict[str, Any]) -> None:
        calls.append("flaky")
        if calls.count("flaky") == 1:
            raise RuntimeError("once")

    def subscribe(bus: DaprBus) -> None:
        bus.subscribe(TOPIC, steady, group="g1")
        bus.subscribe(TOPIC, flaky, group="g2")

    bus, _ = await pod(subscribe)
    await bus.publish(TOPIC, EVENT, key="tasks/42")

    await eventually(lambda: calls.count("flaky") == 2)
    await asyncio.sleep(0.1)
    assert calls == ["steady", "flaky", "flaky"]
    assert [d.outcome for d in cluster.deliveries] == ["RETRY", "SUCCESS"]


async def test_the_sidecar_is_told_each_subscription_with_its_component_and_dead_letters(
    pod: Pod,
) -> None:
    def subscribe(bus: DaprBus) -> None:
        bus.subscribe(TOPIC, recorder([]), group="activity")
        bus.subscribe(TOPIC, recorder([]), group="recurrence")
        bus.subscribe("task-updates", recorder([]), group=None)

    _, sidecar = await pod(subscribe)
    await sidecar.asked.wait()

    assert sidecar.subscriptions == [
        {
            "pubsubname": "todo-pubsub",
            "topic": "t.task-events",
            "route": "/events/task-events",
            "deadLetterTopic": "t.task-events.dead-letters",
        },
        {
            "pubsubname": "todo-pubsub",
            "topic": "t.task-events.dead-letters",
            "route": "/dead-letters/task-events",
        },
        {"pubsubname": "todo-broadcast", "topic": "t.task-updates", "route": "/live/task-updates"},
    ]


async def test_a_missing_component_is_named() -> None:
    async with dapr_cluster(components=(Component("todo-pubsub"),)) as cluster:
        sidecar = cluster.sidecar(app_port=free_port())
        await sidecar.start()
        bus = open_bus(sidecar.url(), member="m")
        bus.subscribe(TOPIC, recorder([]), group=None)
        with pytest.raises(BrokerUnavailable, match="has no component named todo-broadcast"):
            await bus.start()
        await bus.stop()


async def test_a_taken_app_port_is_reported_in_one_sentence(cluster: DaprCluster) -> None:
    sidecar = cluster.sidecar(app_port=free_port())
    await sidecar.start()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", sidecar.app_port))
        taken.listen()
        bus = open_bus(sidecar.url(), member="m")
        with pytest.raises(BrokerUnavailable, match=r"cannot listen on 127\.0\.0\.1:.*one process"):
            await bus.start()
        await bus.stop()


async def test_a_sidecar_that_went_away_is_reported_by_check(pod: Pod) -> None:
    bus, sidecar = await pod(lambda bus: bus.subscribe(TOPIC, recorder([]), group="g"))
    assert await bus.check() is None

    await sidecar.stop()

    assert (
        await bus.check() == f"the broker at dapr://127.0.0.1:{sidecar.grpc_port} cannot be reached"
    )
    with pytest.raises(BrokerUnavailable, match="cannot take the events"):
        await bus.publish(TOPIC, EVENT, key="tasks/42")


@pytest.mark.parametrize(
    ("url", "sentence"),
    [
        ("dapr://127.0.0.1:50001?app_prot=6001", "does not take 'app_prot'"),
        ("dapr://127.0.0.1:50001?app_port=http", "app_port .* must be a port number"),
        ("dapr://127.0.0.1:50001?app_port=70000", "app_port .* must be a port number"),
        ("dapr://127.0.0.1:99999", "port in the dapr:// URL must be 1 to 65535"),
        ("dapr://u:secret@127.0.0.1:50001", "names only the sidecar's host:port"),
        ("dapr://127.0.0.1:50001/path", "names only the sidecar's host:port"),
        ("dapr://127.0.0.1?pubsub=a%20b", "pubsub in the dapr:// URL must name a Dapr component"),
    ],
)
def test_a_malformed_dapr_url_is_refused_in_one_sentence(url: str, sentence: str) -> None:
    with pytest.raises(ValueError, match=sentence) as refused:
        open_bus(url, member="m")
    assert "secret" not in str(refused.value)


def test_the_defaults_of_a_bare_dapr_url() -> None:
    bus = open_bus("dapr://", member="m")
    assert isinstance(bus, DaprBus)
    assert (bus.address.grpc, bus.address.app_host, bus.address.app_port) == (
        "127.0.0.1:50001",
        "127.0.0.1",
        6001,
    )
    assert Settings(broker_url="dapr://127.0.0.1:50001?app_port=6001").broker_url.startswith("dapr")


def test_opening_a_dapr_bus_imports_neither_grpc_nor_the_sdk() -> None:
    code = (
        "import sys\n"
        "from todo.adapters.bus.factory import open_bus\n"
        "open_bus('dapr://127.0.0.1:50001?app_port=6001', member='x')\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] in ('grpc', 'dapr')]\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


# --- The secret store ----------------------------------------------------------------------------

KEY = "k" * 40


async def store(cluster: DaprCluster, secrets: dict[str, str]) -> Sidecar:
    cluster.secrets["kubernetes"] = {"todo": secrets}
    sidecar = cluster.sidecar(app_port=free_port())
    await sidecar.start()
    return sidecar


async def test_the_secret_key_and_database_url_come_from_the_store(
    cluster: DaprCluster, tmp_path: Path
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'from-store.db'}"
    sidecar = await store(cluster, {"TODO_SECRET_KEY": KEY, "TODO_DATABASE_URL": url})
    settings = Settings(
        env="production",
        home=tmp_path,
        dapr_secret_store="kubernetes",
        dapr_grpc_port=sidecar.grpc_port,
        registration="closed",
    )

    app = await build_app(settings)
    try:
        assert app.settings.secret_key is not None
        assert app.settings.secret_key.get_secret_value() == KEY
        assert app.settings.database_url == url
        assert (tmp_path / "from-store.db").exists()
    finally:
        await app.aclose()


async def test_what_the_environment_sets_is_kept(cluster: DaprCluster, tmp_path: Path) -> None:
    sidecar = await store(cluster, {"TODO_SECRET_KEY": KEY, "TODO_DATABASE_URL": "postgresql://x"})
    mine = f"sqlite+aiosqlite:///{tmp_path / 'mine.db'}"
    settings = Settings(
        home=tmp_path,
        database_url=mine,
        dapr_secret_store="kubernetes",
        dapr_grpc_port=sidecar.grpc_port,
    )

    resolved = await with_dapr_secrets(settings)

    assert resolved.database_url == mine
    assert resolved.secret_key is not None
    assert resolved.secret_key.get_secret_value() == KEY


async def test_the_sidecar_is_not_asked_when_the_environment_set_both(tmp_path: Path) -> None:
    settings = Settings(
        home=tmp_path,
        secret_key=KEY,
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'mine.db'}",
        dapr_secret_store="kubernetes",
        dapr_grpc_port=free_port(),  # nothing listens there
    )
    assert await with_dapr_secrets(settings) is settings


async def test_a_missing_secret_or_sidecar_is_said_in_one_sentence(
    cluster: DaprCluster, tmp_path: Path
) -> None:
    sidecar = await store(cluster, {"TODO_SECRET_KEY": KEY})
    wrong_name = Settings(
        home=tmp_path,
        dapr_secret_store="kubernetes",
        dapr_secret_name="other",
        dapr_grpc_port=sidecar.grpc_port,
    )
    with pytest.raises(ConfigurationError, match="did not give the secret 'other'"):
        await with_dapr_secrets(wrong_name)
    wrong_store = wrong_name.model_copy(update={"dapr_secret_store": "vault"})
    with pytest.raises(ConfigurationError, match="store 'vault' did not give"):
        await with_dapr_secrets(wrong_store)
    no_sidecar = wrong_name.model_copy(update={"dapr_grpc_port": free_port()})
    with pytest.raises(ConfigurationError, match=r"no Dapr sidecar answers at 127\.0\.0\.1:"):
        await with_dapr_secrets(no_sidecar)


async def test_production_refuses_a_store_without_the_secret_key(
    cluster: DaprCluster, tmp_path: Path
) -> None:
    sidecar = await store(cluster, {"TODO_DATABASE_URL": "postgresql://db/todo"})
    settings = Settings(
        env="production",
        home=tmp_path,
        dapr_secret_store="kubernetes",
        dapr_grpc_port=sidecar.grpc_port,
        registration="closed",
    )
    with pytest.raises(ConfigurationError, match="needs TODO_SECRET_KEY: the secret 'todo'"):
        await with_dapr_secrets(settings)


# --- Jobs: reminders fired by Dapr's Jobs API --------------------------------------------------


async def test_a_job_fires_on_one_replica_at_a_time(cluster: DaprCluster, pod: Pod) -> None:
    fired: list[str] = []
    running: list[int] = []

    def every(name: str) -> Callable[[DaprBus], None]:
        async def job() -> None:
            running.append(1)
            assert len(running) == 1  # never on two replicas at once
            fired.append(name)
            await asyncio.sleep(0.01)
            running.pop()

        return lambda bus: bus.every("reminders", 0.05, job)

    await pod(every("pod-1"), name="pod-1")
    await pod(every("pod-2"), name="pod-2")

    await eventually(lambda: {"pod-1", "pod-2"} <= set(fired))
    job = cluster.jobs["todo", "t-reminders"]
    assert job.schedule == "@every 50ms"
    assert job.failure_policy.HasField("drop")
    assert len(cluster.jobs) == 1  # the second replica scheduled the same job again
    assert all(name == "t-reminders" for name, _, _ in cluster.firings)


async def test_a_firing_while_the_last_runs_is_skipped_and_a_failed_one_answers_500(
    cluster: DaprCluster, pod: Pod
) -> None:
    calls: list[int] = []
    release = asyncio.Event()

    async def slow_then_failing() -> None:
        calls.append(1)
        if len(calls) == 1:
            await release.wait()
        elif len(calls) == 2:
            raise RuntimeError("the database is down")

    await pod(lambda bus: bus.every("reminders", 0.02, slow_then_failing))

    await eventually(lambda: len(cluster.firings) >= 3)
    assert calls == [1]  # the firings during the first were skipped
    release.set()
    await eventually(lambda: len(calls) >= 3)
    statuses = [status for _, _, status in cluster.firings]
    assert 500 in statuses
    assert statuses.count(200) >= 2


async def test_dapr_jobs_fire_the_due_reminders_of_a_worker(
    cluster: DaprCluster, tmp_path: Path
) -> None:
    """A worker with TODO_REMINDER_TRIGGER=dapr-jobs runs no timer of its own: the job Dapr
    fires makes it fire the due reminder, once."""
    from datetime import UTC, datetime, timedelta

    from sqlmodel import select

    from tests.service.conftest import new_user
    from todo.adapters.clock import FixedClock
    from todo.bootstrap import event_runtime
    from todo.domain.outbox import OutboxMessage
    from todo.domain.tasks import TaskCreate
    from todo.services import tasks

    sidecar = cluster.sidecar(app_port=free_port(), app_id="todo-worker")
    await sidecar.start()
    settings = Settings(
        home=tmp_path,
        broker_url=sidecar.url(),
        reminder_trigger="dapr-jobs",
        reminder_interval_seconds=0.05,
    )
    clock = FixedClock(datetime(2026, 11, 26, 8, tzinfo=UTC))
    app = await build_app(settings, clock=clock)
    runtime = event_runtime(app)
    try:
        me = await new_user(app)
        task = await tasks.create(
            app.uow(), actor=me, data=TaskCreate(title="Call mom", remind_at="in 1 hour")
        )
        await runtime.start(relay=False, scheduler=True)
        assert not [t for t in asyncio.all_tasks() if t.get_name() == "todo-scheduler"]
        clock.advance(timedelta(hours=1))

        async def fired() -> list[OutboxMessage]:
            async with app.sessions() as session:
                query = select(OutboxMessage).where(OutboxMessage.type == "todo.reminder.due")
                return list((await session.exec(query)).all())

        with anyio.fail_after(5):
            while not await fired():  # noqa: ASYNC110 - the database is polled
                await anyio.sleep(0.05)
        await eventually(lambda: len(cluster.firings) >= 3)
        [event] = await fired()
        assert event.cloud_event()["subject"] == f"tasks/{task.id}"
        assert cluster.jobs["todo-worker", "todo-reminders"].schedule == "@every 50ms"
    finally:
        await runtime.stop()
        await app.aclose()


def test_dapr_jobs_need_a_dapr_broker(tmp_path: Path) -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match="dapr-jobs needs TODO_BROKER_URL=dapr://"):
        Settings(home=tmp_path, reminder_trigger="dapr-jobs")


def test_every_setting_the_page_names_is_a_setting() -> None:
    page = (Path(__file__).parents[2] / "docs" / "dapr.md").read_text()
    named = set(re.findall(r"\bTODO_[A-Z_]+\b", page))
    known = {f"TODO_{name.upper()}" for name in Settings.model_fields}
    assert named
    assert named - known == set()


async def test_the_app_channel_listens_before_the_sidecar_answers(cluster: DaprCluster) -> None:
    """A sidecar may wait for the app port before it serves: the bus listens first, keeps
    listening while the sidecar cannot be reached, and starts once it can."""
    seen: list[dict[str, Any]] = []
    sidecar = cluster.sidecar(app_port=free_port())  # not started yet
    bus = open_bus(sidecar.url(), prefix=PREFIX, member="m")
    bus.subscribe(TOPIC, recorder(seen), group="g")
    try:
        with pytest.raises(BrokerUnavailable, match="cannot be reached"):
            await bus.start()
        with anyio.fail_after(5):
            stream = await anyio.connect_tcp("127.0.0.1", sidecar.app_port)  # still listening
            await stream.aclose()

        await sidecar.start()
        await bus.start()
        await bus.publish(TOPIC, {"n": 1}, key="tasks/1")

        await eventually(lambda: seen == [{"n": 1}])
    finally:
        await bus.stop()


def test_serve_refuses_several_workers_under_dapr(monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from todo.entrypoints.cli.main import app

    monkeypatch.setenv("TODO_BROKER_URL", "dapr://127.0.0.1:50001?app_port=6001")
    result = CliRunner().invoke(app, ["serve", "--workers", "2"])
    assert result.exit_code == 2
    assert "a Dapr sidecar talks to one process" in result.output


def test_serve_says_in_one_sentence_that_no_sidecar_holds_its_secrets(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from typer.testing import CliRunner

    from todo.entrypoints.cli.main import app

    monkeypatch.setenv("TODO_HOME", str(tmp_path))
    monkeypatch.setenv("TODO_DAPR_SECRET_STORE", "kubernetes")
    monkeypatch.setenv("TODO_DAPR_GRPC_PORT", str(free_port()))
    result = CliRunner().invoke(app, ["serve", "--port", str(free_port())])

    assert result.exit_code == 1
    assert "no Dapr sidecar answers at 127.0.0.1:" in result.output
    assert "Traceback" not in result.output
