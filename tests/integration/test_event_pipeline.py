"""The whole event loop on every broker: a change leaves through the relay, the consumers of the
worker process react (the next occurrence of a recurring task, the activity log, a reminder's
notification), and an API process hears every change on ``task-updates``.

The worker and the API are separate bus objects, as separate processes would be: on Redis, NATS,
RabbitMQ and Kafka (real servers, required in CI; Kafka is a Tansu the run starts) they meet only
through the broker. Kafka also runs under FastStream's test broker, where one bus object plays
both parts.
"""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AsyncExitStack
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from faststream.kafka import TestKafkaBroker

from tests.faults.brokers import remove_everything
from todo.adapters.bus.factory import open_bus
from todo.adapters.clock import FixedClock
from todo.bootstrap import App, build_app, event_runtime
from todo.config import Settings
from todo.domain.events import TASK_UPDATES_TOPIC
from todo.domain.tasks import TaskCreate
from todo.errors import NotFound
from todo.services import activity, notifications, tasks

from ..conftest import missing_service
from ..service.conftest import new_user

pytestmark = pytest.mark.anyio

REDIS_URL = os.environ.get("TODO_TEST_REDIS_URL", "redis://127.0.0.1:6379")
NATS_URL = os.environ.get("TODO_TEST_NATS_URL", "nats://127.0.0.1:4222")
RABBITMQ_URL = os.environ.get("TODO_TEST_RABBITMQ_URL", "amqp://guest:guest@127.0.0.1:5672/")


@dataclass(frozen=True)
class Broker:
    name: str
    url: str
    in_one_process: bool = False


BROKERS = [
    Broker("memory", "memory://", in_one_process=True),
    Broker("redis", REDIS_URL),
    Broker("nats", NATS_URL),
    Broker("rabbitmq", RABBITMQ_URL),
    Broker("kafka", "started for the run"),
    Broker("kafka-test", "kafka://127.0.0.1:9092", in_one_process=True),
]


@pytest.fixture(params=BROKERS, ids=[broker.name for broker in BROKERS])
def broker(request: pytest.FixtureRequest) -> Broker:
    chosen: Broker = request.param
    return chosen


@pytest.fixture
def broker_url(broker: Broker, request: pytest.FixtureRequest) -> str:
    if broker.name == "kafka":
        url: str = request.getfixturevalue("kafka_url")
        return url
    return broker.url


@pytest.fixture
async def app(
    broker: Broker, broker_url: str, own_database_url: str, clock: FixedClock, tmp_path: Path
) -> AsyncIterator[App]:
    settings = Settings(
        home=tmp_path,
        database_url=own_database_url,
        env="test",
        broker_url=broker_url,
        broker_prefix=f"pipeline-{uuid.uuid4().hex[:10]}",
    )
    application = await build_app(settings, clock=clock)
    if not broker.in_one_process:
        problem = await application.bus.check()
        await application.bus.stop()
        if problem:
            await application.aclose()
            missing_service(f"{broker.name}: {problem}")
    yield application
    await application.aclose()
    await remove_everything(application.bus.kind, broker_url, settings.broker_prefix)


async def eventually(check: Callable[[], Awaitable[bool]], seconds: float = 60.0) -> None:
    for _ in range(int(seconds / 0.05)):
        try:
            if await check():
                return
        except NotFound:
            pass
        await asyncio.sleep(0.05)
    raise AssertionError("it did not happen in time")


async def test_a_change_goes_round_the_whole_loop(
    app: App, broker: Broker, clock: FixedClock
) -> None:
    heard: list[dict[str, Any]] = []

    async def listen(event: dict[str, Any]) -> None:
        heard.append(event)

    worker = event_runtime(app)
    worker.reminder_interval = 0.05
    if broker.in_one_process:
        api_bus = app.bus  # one bus object plays the API process too
    else:
        settings = app.settings
        api_bus = open_bus(settings.broker_url, prefix=settings.broker_prefix, member="api")
        worker.relay_interval = 0.02
    api_bus.subscribe(TASK_UPDATES_TOPIC, listen, group=None)
    worker.subscribe_consumers()
    async with AsyncExitStack() as stack:
        if broker.name == "kafka-test":
            await stack.enter_async_context(TestKafkaBroker(app.bus.broker))
        if api_bus is not app.bus:
            await api_bus.start()
        await worker.start(relay=True, scheduler=True)
        try:
            await _round_trip(app, clock, heard)
        finally:
            await worker.stop()
            if api_bus is not app.bus:
                await api_bus.stop()


async def _round_trip(app: App, clock: FixedClock, heard: list[dict[str, Any]]) -> None:
    me = await new_user(app)
    weekly = await tasks.create(
        app.uow(),
        actor=me,
        data=TaskCreate(
            title="Team meeting",
            due_at="2026-11-30T09:00",
            remind_at="2026-11-30T08:45",
            recurrence="FREQ=WEEKLY",
        ),
    )
    await tasks.complete(app.uow(), actor=me, task_id=weekly.id)

    async def next_week_exists() -> bool:
        following = await tasks.get(app.uow(), actor=me, task_id=weekly.id + 1)
        return following.title == "Team meeting"

    await eventually(next_week_exists)
    following = await tasks.get(app.uow(), actor=me, task_id=weekly.id + 1)
    assert following.due_at is not None
    assert following.due_at.isoformat() == "2026-12-07T08:00:00+00:00"  # 09:00 in Berlin

    async def heard_everything() -> bool:
        kinds = [(event["type"], event["subject"]) for event in heard]
        return (
            kinds[:2]
            == [
                ("todo.task.created", f"tasks/{weekly.id}"),
                ("todo.task.completed", f"tasks/{weekly.id}"),
            ]
            and ("todo.task.created", f"tasks/{following.id}") in kinds
        )

    await eventually(heard_everything)

    assert following.remind_at is not None
    clock.set(following.remind_at + timedelta(seconds=1))

    async def notified() -> bool:
        page = await notifications.list_notifications(app.uow(), actor=me)
        return [note.task_id for note in page.items] == [following.id]

    await eventually(notified)
    await eventually(
        lambda: _has(heard, "todo.notification.created")  # pushed to the API process too
    )

    async def told() -> bool:
        story = await activity.list_activity(app.uow(), actor=me, task_id=weekly.id)
        return [entry.action for entry in story.items] == ["created", "completed"]

    await eventually(told)


async def _has(heard: list[dict[str, Any]], kind: str) -> bool:
    return any(event["type"] == kind for event in heard)
