"""A broker that loses what it held (restarted empty): the workers notice, say so, make their
consumer groups again and read on; the relay makes again what its events need.

The loss is made on the shared Redis and NATS servers by deleting what a test's own prefix
created — all that a consumer sees of a server that restarted empty. The fault suite
(``tests/faults``) kills and restarts a server of its own.
"""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import suppress
from pathlib import Path

import pytest

from tests.faults.brokers import remove_everything
from todo.adapters.clock import FixedClock
from todo.bootstrap import App, build_app, event_runtime
from todo.config import Settings
from todo.domain.actor import Actor
from todo.domain.tasks import TaskCreate
from todo.errors import NotFound
from todo.services import tasks
from todo.services.events.runtime import EventRuntime

from ..conftest import missing_service
from ..service.conftest import new_user

pytestmark = [
    pytest.mark.anyio,
    # The database plays no part here (the fault suite runs on PostgreSQL): SQLite only.
    pytest.mark.parametrize("own_database_url", ["sqlite"], indirect=True),
]

REDIS_URL = os.environ.get("TODO_TEST_REDIS_URL", "redis://127.0.0.1:6379")
NATS_URL = os.environ.get("TODO_TEST_NATS_URL", "nats://127.0.0.1:4222")
BROKERS = {"redis": REDIS_URL, "nats": NATS_URL}


@pytest.fixture(params=list(BROKERS))
async def app(
    request: pytest.FixtureRequest, own_database_url: str, clock: FixedClock, tmp_path: Path
) -> AsyncIterator[App]:
    kind: str = request.param
    settings = Settings(
        home=tmp_path,
        database_url=own_database_url,
        env="test",
        broker_url=BROKERS[kind],
        broker_prefix=f"recovery-{uuid.uuid4().hex[:10]}",
    )
    application = await build_app(settings, clock=clock)
    problem = await application.bus.check()
    await application.bus.stop()
    if problem:
        await application.aclose()
        missing_service(f"{kind}: {problem}")
    yield application
    await application.aclose()
    await remove_everything(kind, BROKERS[kind], settings.broker_prefix)


@pytest.fixture
async def worker(app: App) -> AsyncIterator[EventRuntime]:
    runtime = event_runtime(app)
    runtime.relay_interval = 0.02
    runtime.subscribe_consumers()
    yield runtime
    await runtime.stop()


async def eventually(check: Callable[[], Awaitable[bool]], seconds: float = 30.0) -> None:
    for _ in range(int(seconds / 0.05)):
        with suppress(NotFound):
            if await check():
                return
        await asyncio.sleep(0.05)
    raise AssertionError("it did not happen in time")


def well(worker: EventRuntime) -> Callable[[], Awaitable[bool]]:
    """A check that the worker reports the broker and every subscription well."""

    async def check() -> bool:
        return worker.health() == {"broker": "ok", "consumers": "ok"}

    return check


async def completes_and_comes_back(app: App, me: Actor, title: str) -> None:
    """Complete a weekly task and wait for its next occurrence (made by the worker)."""
    weekly = await tasks.create(
        app.uow(),
        actor=me,
        data=TaskCreate(title=title, due_at="2026-11-30T09:00", recurrence="FREQ=WEEKLY"),
    )
    await tasks.complete(app.uow(), actor=me, task_id=weekly.id)

    async def next_week_exists() -> bool:
        following = await tasks.get(app.uow(), actor=me, task_id=weekly.id + 1)
        return following.title == title

    await eventually(next_week_exists)


async def test_a_worker_reads_on_after_the_broker_lost_its_groups(
    app: App, worker: EventRuntime
) -> None:
    worker.health_interval = 0.2
    await worker.start(relay=True)
    me = await new_user(app)
    await completes_and_comes_back(app, me, "Before")

    await remove_everything(app.bus.kind, app.settings.broker_url, app.settings.broker_prefix)

    await completes_and_comes_back(app, me, "After")
    await eventually(well(worker))


async def test_a_worker_says_which_subscriptions_stopped_reading(
    app: App, worker: EventRuntime
) -> None:
    worker.health_interval = 3600.0  # no check but ours
    await worker.start(relay=True)
    me = await new_user(app)
    await completes_and_comes_back(app, me, "Before")
    await eventually(well(worker))

    await remove_everything(app.bus.kind, app.settings.broker_url, app.settings.broker_prefix)
    await tasks.create(app.uow(), actor=me, data=TaskCreate(title="Sent after the loss"))

    async def reported() -> bool:
        answers = await app.bus.check() is None  # what the background check runs
        return answers and worker.health()["consumers"] != "ok"

    await eventually(reported)
    stalled = worker.health()["consumers"]
    assert stalled.startswith("not reading: ")
    assert "task-events (recurrence)" in stalled

    await worker.watch_once()  # what the background check does next: start them again
    await completes_and_comes_back(app, me, "After")
    await eventually(well(worker))
