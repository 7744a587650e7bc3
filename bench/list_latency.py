"""Service latency of the task list (first page) and of full-text search at 100,000 tasks.

Runs on the embedded SQLite database and on PostgreSQL (``TODO_BENCH_POSTGRES_URL``, default the
local ``test`` server; a database of its own is created and dropped), prints the median and p95 of
each call and the query plans that show which indexes are used.

    .venv/bin/python bench/list_latency.py [--tasks 100000] [--runs 50]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
import uuid
from pathlib import Path

import anyio
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from seed import seed_tasks
from todo.bootstrap import App, build_app
from todo.config import Settings
from todo.domain.actor import Actor
from todo.domain.task_query import TaskQuery, TaskStatus
from todo.services.task_list import list_tasks, resolve_query
from todo.services.users import create_user

POSTGRES = os.environ.get("TODO_BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
QUERIES = {
    "list: first page of 50 open tasks": TaskQuery(status=TaskStatus.PENDING),
    "search: 'invoice' (first page)": TaskQuery(text="invoice"),
    "search: 'dent gard' (two prefixes)": TaskQuery(text="dent gard"),
}


async def measure(app: App, actor: Actor, runs: int) -> None:
    for name, query in QUERIES.items():
        await list_tasks(app.uow(), actor=actor, query=query)  # warm up
        timings = []
        for _ in range(runs):
            started = time.perf_counter()
            await list_tasks(app.uow(), actor=actor, query=query)
            timings.append((time.perf_counter() - started) * 1000)
        timings.sort()
        p95 = timings[int(len(timings) * 0.95) - 1]
        print(f"  {name:38} median {statistics.median(timings):6.2f} ms   p95 {p95:6.2f} ms")
        await explain(app, actor, query)


async def explain(app: App, actor: Actor, query: TaskQuery) -> None:
    wanted = resolve_query(query, actor=actor, now=app.clock.now())
    uow = app.uow()
    async with uow.reading():
        lines = await uow.task_rows.plan(actor.user_id, wanted)
    for line in lines:
        print("      " + line)


async def run_on(url: str, label: str, count: int, runs: int) -> None:
    home = Path(tempfile.mkdtemp(prefix="todo-bench-"))
    app = await build_app(Settings(home=home, database_url=url))
    try:
        actor = await create_user(app.uow(), email=f"{uuid.uuid4().hex}@bench.test")
        started = time.perf_counter()
        await seed_tasks(app, actor, count)
        if not app.embedded:
            # What autovacuum does in steady state: statistics, and the GIN pending list merged.
            autocommit = app.engine.execution_options(isolation_level="AUTOCOMMIT")
            async with autocommit.connect() as connection:
                await connection.execute(text("VACUUM ANALYZE tasks"))
        print(f"{label}: {count:,} tasks seeded in {time.perf_counter() - started:.1f} s")
        await measure(app, actor, runs)
    finally:
        await app.aclose()


async def main(count: int, runs: int) -> None:
    with tempfile.TemporaryDirectory() as directory:
        await run_on(f"sqlite+aiosqlite:///{directory}/bench.db", "SQLite", count, runs)
    admin_url = make_url(POSTGRES).set(drivername="postgresql+asyncpg")
    name = f"todo_bench_{uuid.uuid4().hex[:8]}"
    admin = create_async_engine(admin_url, isolation_level="AUTOCOMMIT")
    async with admin.connect() as connection:
        await connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        url = admin_url.set(database=name).render_as_string(hide_password=False)
        from todo.adapters.database import create_engine
        from todo.adapters.migrations import upgrade

        engine = create_engine(url)
        await upgrade(engine)
        await engine.dispose()
        await run_on(url, "PostgreSQL", count, runs)
    finally:
        async with admin.connect() as connection:
            await connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        await admin.dispose()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=50)
    arguments = parser.parse_args()
    anyio.run(main, arguments.tasks, arguments.runs)
