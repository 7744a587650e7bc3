"""Two ``todo worker`` processes share the reminders: each of many reminders fires exactly once,
becomes exactly one notification and one line of the task's log — also when one worker is
killed (SIGKILL) while they fire.

Real processes on loopback: a Redis of the test's own on a spare port, PostgreSQL (a database of
the test's own) and two workers, each with its probes on a port of its own.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from tests.conftest import _postgres_database, missing_service
from tests.faults.brokers import (
    RedisServer,
    TodoProcess,
    count,
    free_port,
    tally,
    todo_env,
    unsent,
)
from todo.bootstrap import App, build_app
from todo.config import Settings
from todo.domain.tasks import TaskCreate
from todo.services import tasks
from todo.services.users import create_user

pytestmark = [pytest.mark.anyio, pytest.mark.postgres]

#: How many reminders fall due together.
REMINDERS = 200


@pytest.fixture
def database_url() -> Iterator[str]:
    yield from _postgres_database()


@pytest.fixture
def redis(tmp_path: Path) -> Iterator[RedisServer]:
    server = RedisServer(tmp_path / "redis")
    try:
        server.start(persistent=False)
    except (OSError, TimeoutError, RuntimeError) as error:
        missing_service(f"a redis-server of the test's own cannot run: {error}")
    yield server
    server.stop()


@pytest.fixture
async def app(database_url: str, redis: RedisServer, tmp_path: Path) -> AsyncIterator[App]:
    """The application of the test itself (it writes the tasks), on the system clock as the
    workers are."""
    settings = Settings(home=tmp_path, database_url=database_url, env="test")
    application = await build_app(settings)
    yield application
    await application.aclose()


async def ready(url: str, process: TodoProcess, *, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    async with httpx.AsyncClient(timeout=5) as client:
        while time.monotonic() < deadline:
            if process.process is not None and process.process.poll() is not None:
                raise AssertionError(f"a worker ended:\n{process.tail()}")
            try:
                if (await client.get(url)).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            await asyncio.sleep(0.2)
    raise AssertionError(f"{url} is not ready:\n{process.tail()}")


async def test_each_reminder_fires_once_with_two_workers_one_of_them_killed(
    app: App, database_url: str, redis: RedisServer, tmp_path: Path
) -> None:
    env = todo_env(
        env="test",
        home=str(tmp_path / "home"),
        database_url=database_url,
        broker_url=redis.url,
        broker_prefix="reminders",
        reminder_interval_seconds="0.1",
        broker_check_seconds="1",
        log_level="WARNING",
    )
    workers = []
    try:
        for name in ("first", "second"):
            port = free_port()
            worker = TodoProcess(
                ["worker", "--health-port", str(port)], env, tmp_path / f"{name}.log"
            )
            worker.start()
            workers.append((worker, f"http://127.0.0.1:{port}/readyz"))
        for worker, probe in workers:
            await ready(probe, worker)
        me = await create_user(app.uow(), email="reminded@example.test", name="R", timezone="UTC")
        due = datetime.now(UTC) + timedelta(seconds=4)
        for n in range(REMINDERS):
            await tasks.create(
                app.uow(), actor=me, data=TaskCreate(title=f"Reminder {n}", remind_at=due)
            )

        first, _ = workers[0]
        notified = "SELECT count(*) FROM notifications WHERE user_id = :user"
        before_the_kill = 0
        deadline = time.monotonic() + 60
        while before_the_kill == 0 and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
            before_the_kill = await count(database_url, notified, user=me.user_id)
        first.kill()  # while the notifications are being made

        # Each task: created, its reminder due, and the notification made of it.
        async def all_done() -> bool:
            found = await tally(database_url, me.user_id)
            return found.events == 3 * REMINDERS and found.lost == 0

        deadline = time.monotonic() + 120
        while not await all_done():
            assert time.monotonic() < deadline, await tally(database_url, me.user_id)
            await asyncio.sleep(0.5)
        await asyncio.sleep(6.0)  # longer than a redelivery takes: nothing more may come
        found = await tally(database_url, me.user_id)
        assert await unsent(database_url) == 0
        assert (found.events, found.lost, found.duplicated) == (3 * REMINDERS, 0, 0), found
        reminded = "SELECT count(DISTINCT task_id) FROM notifications WHERE user_id = :user"
        assert await count(database_url, reminded, user=me.user_id) == REMINDERS
        print(  # the figures, for -rP
            f"{REMINDERS} reminders, {before_the_kill} notified when a worker was killed: "
            f"{found.lost} lost, {found.duplicated} duplicated"
        )
    finally:
        for worker, _ in workers:
            worker.stop()
