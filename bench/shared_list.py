"""A shared project's task list for a member beside the same list for its owner, over HTTP.

On SQLite (a temporary file) and on PostgreSQL (``TODO_BENCH_POSTGRES_URL``, default the local
``test`` server; a database of its own is created and dropped): one user owns a project of
10,000 tasks and shares it with another as an editor; then ``GET /api/v1/tasks?project_id=…``
(the first page of 50) is asked by the owner and by the member, in rounds whose order is
shuffled, on the real application through httpx's in-process transport. Printed: the median and
p95 of each, the member's median over the owner's (the figure to keep within 10 %), the same
for the list of all one's projects (no ``project_id``), and the database's plan of the member's
list, which shows the membership read once on its index rather than per task.

    .venv/bin/python bench/shared_list.py [--tasks 10000] [--rounds 9] [--per-round 40]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import anyio
import httpx
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from seed import seed_tasks
from todo.adapters.database import create_engine
from todo.adapters.migrations import upgrade
from todo.bootstrap import App
from todo.config import Settings
from todo.domain.actor import Actor
from todo.domain.projects import MemberCreate, ProjectCreate
from todo.domain.scopes import ALL_SCOPES
from todo.domain.task_query import TaskQuery
from todo.entrypoints.server import create_app
from todo.services.members import add_member
from todo.services.projects import create_project
from todo.services.task_list import resolve_query
from todo.services.users import create_user

POSTGRES = os.environ.get("TODO_BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")


def bearer(app: App, actor: Actor) -> dict[str, str]:
    token = app.auth.access_tokens.issue(
        user_id=actor.user_id, role="user", timezone="UTC", scopes=ALL_SCOPES, now=app.clock.now()
    )
    return {"Authorization": f"Bearer {token}"}


@asynccontextmanager
async def serving(url: str, home: Path) -> AsyncIterator[tuple[App, httpx.AsyncClient]]:
    api = create_app(Settings(home=home, database_url=url))
    async with api.router.lifespan_context(api):
        transport = httpx.ASGITransport(app=api)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as http:
            yield api.state.todo, http


async def time_once(http: httpx.AsyncClient, path: str, headers: dict[str, str]) -> float:
    started = time.perf_counter()
    response = await http.get(path, headers=headers)
    spent = (time.perf_counter() - started) * 1000
    assert response.status_code == 200, response.text
    return spent


def summary(timings: list[float]) -> str:
    timings = sorted(timings)
    p95 = timings[int(len(timings) * 0.95) - 1]
    return f"median {statistics.median(timings):6.2f} ms   p95 {p95:6.2f} ms"


async def run_on(url: str, label: str, count: int, rounds: int, per_round: int) -> None:
    with tempfile.TemporaryDirectory() as home:
        async with serving(url, Path(home)) as (app, http):
            owner = await create_user(app.uow(), email=f"{uuid.uuid4().hex}@bench.test")
            address = f"{uuid.uuid4().hex}@bench.test"
            member = await create_user(app.uow(), email=address)
            project = await create_project(
                app.uow(), actor=owner, data=ProjectCreate(name="Shared")
            )
            await add_member(
                app.uow(),
                actor=owner,
                project_id=project.id,
                data=MemberCreate(email=address, role="editor"),
            )
            started = time.perf_counter()
            await seed_tasks(app, owner, count, project_id=project.id)
            if not app.embedded:
                autocommit = app.engine.execution_options(isolation_level="AUTOCOMMIT")
                async with autocommit.connect() as connection:
                    await connection.execute(text("VACUUM ANALYZE"))
            seconds = time.perf_counter() - started
            print(f"{label}: {count:,} tasks in a shared project, seeded in {seconds:.1f} s")
            people = {"owner": bearer(app, owner), "member": bearer(app, member)}
            lists = {
                "one project": f"/api/v1/tasks?project_id={project.id}",
                "all projects": "/api/v1/tasks",
            }
            for name, path in lists.items():
                first = {}
                for who, headers in people.items():
                    response = await http.get(path, headers=headers)
                    first[who] = [item["id"] for item in response.json()["items"]]
                assert first["owner"] == first["member"], "owner and member see different pages"
                timings: dict[str, list[float]] = {who: [] for who in people}
                for _ in range(rounds):
                    order = list(people)
                    random.shuffle(order)
                    for who in order:
                        for _ in range(per_round):
                            timings[who].append(await time_once(http, path, people[who]))
                for who in people:
                    print(f"  {name:13} {who:7} {summary(timings[who])}")
                ratio = statistics.median(timings["member"]) / statistics.median(timings["owner"])
                print(f"  {name:13} member / owner: {ratio:.3f}")
            wanted = resolve_query(
                TaskQuery(project_id=project.id), actor=member, now=app.clock.now()
            )
            uow = app.uow()
            async with uow.reading():
                for line in await uow.task_rows.plan(member.user_id, wanted):
                    print("      " + line)


async def main(count: int, rounds: int, per_round: int) -> None:
    with tempfile.TemporaryDirectory() as directory:
        url = f"sqlite+aiosqlite:///{directory}/bench.db"
        engine = create_engine(url)
        await upgrade(engine)
        await engine.dispose()
        await run_on(url, "SQLite", count, rounds, per_round)
    admin_url = make_url(POSTGRES).set(drivername="postgresql+asyncpg")
    name = f"todo_bench_{uuid.uuid4().hex[:8]}"
    admin = create_async_engine(admin_url, isolation_level="AUTOCOMMIT")
    async with admin.connect() as connection:
        await connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        url = admin_url.set(database=name).render_as_string(hide_password=False)
        engine = create_engine(url)
        await upgrade(engine)
        await engine.dispose()
        await run_on(url, "PostgreSQL", count, rounds, per_round)
    finally:
        async with admin.connect() as connection:
            await connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        await admin.dispose()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--per-round", type=int, default=40)
    arguments = parser.parse_args()
    anyio.run(main, arguments.tasks, arguments.rounds, arguments.per_round)
