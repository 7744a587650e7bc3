"""Relay throughput: outbox events per second from PostgreSQL to Redis Streams.

Creates a PostgreSQL database of its own (``TODO_BENCH_POSTGRES_URL``, default the local ``test``
server), migrates it, and writes N task events into the outbox in bulk (by default 20,000 events
over 5,000 tasks, four per task, like a busy day of creates, edits and completions). Then drains the
outbox with the real relay (:func:`todo.services.events.relay.relay_once`, batches of 500)
publishing to Redis Streams (``TODO_BENCH_REDIS_URL``, default local; streams under a prefix of its
own, deleted afterwards) — once with one relay, once with two relays side by side (as two processes
would, sharing the rows with ``FOR UPDATE SKIP LOCKED``). Each task event is published twice
(``task-events`` and ``task-updates``). Goal: ≥ 2,000 events/s.

    .venv/bin/python bench/relay_throughput.py [--events 20000] [--tasks 5000]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import time
import uuid
from datetime import UTC, datetime

from redis.asyncio import Redis
from sqlalchemy import insert, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from todo.adapters.bus.factory import open_bus
from todo.adapters.bus.protocol import Bus
from todo.adapters.clock import SystemClock
from todo.adapters.database import create_engine, session_factory
from todo.adapters.migrations import upgrade
from todo.adapters.unit_of_work import UnitOfWork
from todo.domain.outbox import OutboxMessage
from todo.services.events.relay import relay_once

POSTGRES_URL = os.environ.get(
    "TODO_BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test"
)
REDIS_URL = os.environ.get("TODO_BENCH_REDIS_URL", "redis://127.0.0.1:6379")
KINDS = ("todo.task.created", "todo.task.updated", "todo.task.updated", "todo.task.completed")


async def admin(statement: str) -> None:
    url = make_url(POSTGRES_URL).set(drivername="postgresql+asyncpg")
    engine = create_async_engine(url, isolation_level="AUTOCOMMIT")
    try:
        async with engine.connect() as connection:
            await connection.execute(text(statement))
    finally:
        await engine.dispose()


async def seed(url: str, events: int, tasks: int) -> None:
    engine = create_engine(url)
    now = datetime.now(UTC)
    rows = []
    for number in range(events):
        task_id = number % tasks + 1
        task = {"id": task_id, "user_id": "bench", "title": f"Task {task_id}", "tags": ["home"]}
        rows.append(
            {
                "event_id": str(uuid.uuid4()),
                "topic": "task-events",
                "type": KINDS[min(number // tasks, len(KINDS) - 1)],
                "subject": f"tasks/{task_id}",
                "user_id": "bench",
                "data": {"user_id": "bench", "actor": "bench", "task": task},
                "occurred_at": now,
                "attempts": 0,
            }
        )
    async with engine.begin() as connection:
        for start in range(0, len(rows), 5000):
            await connection.execute(insert(OutboxMessage), rows[start : start + 5000])
    await engine.dispose()


async def drain(url: str, bus: Bus, relays: int) -> tuple[int, float]:
    engine = create_engine(url)
    sessions = session_factory(engine)
    clock = SystemClock()

    async def one_relay() -> int:
        sent = 0
        while True:
            done = await relay_once(UnitOfWork(sessions, clock=clock, sqlite=False), bus, batch=500)
            if done.failed:
                raise RuntimeError(done.error)
            if not done.sent:
                return sent
            sent += done.sent

    started = time.perf_counter()
    counts = await asyncio.gather(*(one_relay() for _ in range(relays)))
    elapsed = time.perf_counter() - started
    await engine.dispose()
    return sum(counts), elapsed


async def main(events: int, tasks: int) -> None:
    prefix = f"bench-{uuid.uuid4().hex[:8]}"
    bus = open_bus(REDIS_URL, prefix=prefix, member="bench")
    await bus.start()
    try:
        print(f"relay: PostgreSQL outbox → Redis Streams; {events:,} events over {tasks:,} tasks")
        for relays in (1, 2):
            name = f"todo_bench_{uuid.uuid4().hex[:10]}"
            await admin(f'CREATE DATABASE "{name}"')
            url = make_url(POSTGRES_URL).set(drivername="postgresql+asyncpg", database=name)
            database = url.render_as_string(hide_password=False)
            try:
                engine = create_engine(database)
                await upgrade(engine)
                await engine.dispose()
                await seed(database, events, tasks)
                sent, elapsed = await drain(database, bus, relays)
                assert sent == events, (sent, events)
                print(
                    f"  {relays} relay{'s' if relays > 1 else ' '}  {sent / elapsed:8,.0f} "
                    f"events/s  ({sent:,} in {elapsed:.2f} s)"
                )
            finally:
                await admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await bus.stop()
        client = Redis.from_url(REDIS_URL)
        async for key in client.scan_iter(match=f"{prefix}.*"):
            await client.delete(key)
        await client.aclose()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--tasks", type=int, default=5_000)
    arguments = parser.parse_args()
    asyncio.run(main(arguments.events, arguments.tasks))
