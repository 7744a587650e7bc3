"""Kill ``todo serve`` with SIGKILL in the middle of writes: nothing acknowledged is lost,
nothing is written twice, and every change keeps exactly its events.

A real server process on a database of the test's own (the embedded SQLite file, and
PostgreSQL). Several clients write at once; when a random share of the writes has been
acknowledged the server is killed — with requests in flight, some committed but not yet answered
— and started again on the same port and database. A request that got no answer is sent again,
the same request (a create with the same ``Idempotency-Key``), until it is answered, as a client
that follows the API's advice would. Then the database itself is read: the tasks, their tags and
the outbox, and the activity log the workers write once the relay has sent every event.

A write the database was too busy for is answered 503 with ``Retry-After`` and sent again after
that pause (nothing was written); any other 5xx fails the test.
"""

from __future__ import annotations

import json
import random
import time
import uuid
from collections import Counter
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import anyio
import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

from tests.faults.conftest import Database, Process, Processes
from todo.adapters.database import create_engine

pytestmark = pytest.mark.anyio

PASSWORD = "correct horse battery"
#: Tasks created under load, each with its own title and ``Idempotency-Key``.
CREATES = 300
#: Tasks created first, then changed under load by every step of :data:`WRITES` in order.
WRITTEN_TASKS = 20
#: Clients creating tasks at once, and clients changing them at once (each one task at a time).
CREATE_CLIENTS = 6
WRITE_CLIENTS = 3
#: The server is killed when a share of the writes drawn from this range has been acknowledged.
KILL_SHARE = (0.3, 0.6)
#: How long one request may go unanswered (connections refused, reset, timed out) before the
#: test gives up; it covers a restart on a busy machine.
ANSWER_SECONDS = 240.0
#: How long the relay may take to send every event after the writes.
SETTLE_SECONDS = 120.0
#: How long the activity log may stay unchanged, with every event sent, before the test stops
#: waiting for the workers.
QUIET_SECONDS = 10.0

CREATED = "todo.task.created"
UPDATED = "todo.task.updated"
COMPLETED = "todo.task.completed"
REOPENED = "todo.task.reopened"


@dataclass
class Figures:
    """What happened on the wire: answers by status, and the tries that got no answer."""

    statuses: Counter[int] = field(default_factory=Counter)
    unanswered: int = 0
    busy: int = 0
    server_errors: list[str] = field(default_factory=list)
    in_flight: int = 0


class Client:
    """Sends a request until the server answers it; every answer and silence is counted."""

    def __init__(self, http: httpx.AsyncClient, figures: Figures) -> None:
        self.http = http
        self.figures = figures

    async def send(
        self,
        method: str,
        path: str,
        *,
        headers: dict[str, str],
        body: dict[str, Any] | None = None,
    ) -> httpx.Response:
        """Send the request, again and again while the server does not answer, is busy (503
        with ``Retry-After``: wait that long) or answers another 5xx (recorded: the test fails
        on it), and return the first other answer."""
        deadline = time.monotonic() + ANSWER_SECONDS
        pause = 0.05
        while True:
            self.figures.in_flight += 1
            try:
                response = await self.http.request(method, path, headers=headers, json=body)
            except httpx.TransportError:  # killed, restarting, or too slow: not answered
                self.figures.unanswered += 1
            else:
                self.figures.statuses[response.status_code] += 1
                if response.status_code < 500:
                    return response
                if response.status_code == 503 and "Retry-After" in response.headers:
                    self.figures.busy += 1
                    await anyio.sleep(float(response.headers["Retry-After"]))
                else:
                    self.figures.server_errors.append(
                        f"{method} {path} → {response.status_code} {response.text[:300]}"
                    )
            finally:
                self.figures.in_flight -= 1
            if time.monotonic() > deadline:
                pytest.fail(f"{method} {path} got no answer for {ANSWER_SECONDS:.0f} s")
            await anyio.sleep(pause)
            pause = min(pause * 2, 0.5)


class Crash:
    """Kills the server with SIGKILL once ``at`` writes have been acknowledged, and starts it
    again on the same port and database."""

    def __init__(self, server: Process, figures: Figures, at: int) -> None:
        self.server = server
        self.figures = figures
        self.at = at
        self.acknowledged = 0
        self.in_flight_at_kill = 0
        self.restart_seconds = 0.0
        self._reached = anyio.Event()

    def acknowledge(self) -> None:
        """Count one acknowledged write."""
        self.acknowledged += 1
        if self.acknowledged >= self.at:
            self._reached.set()

    async def run(self) -> None:
        await self._reached.wait()
        self.in_flight_at_kill = self.figures.in_flight
        await self.server.kill()
        started = time.monotonic()
        self.server.start()
        await self.server.until_ready()
        self.restart_seconds = time.monotonic() - started


def kill_point(total: int) -> tuple[int, int]:
    """Draw after how many acknowledged writes the server dies; return it with its seed (which
    every failure message quotes)."""
    seed = random.SystemRandom().randrange(2**32)
    low, high = KILL_SHARE
    return random.Random(seed).randint(int(total * low), int(total * high)), seed


async def sign_up(client: Client) -> tuple[str, dict[str, str]]:
    """Open an account; return its id and the headers that sign its requests."""
    email = f"crash-{uuid.uuid4().hex[:12]}@example.com"
    account = await client.send(
        "POST", "/api/v1/auth/register", headers={}, body={"email": email, "password": PASSWORD}
    )
    assert account.status_code == 202, account.text
    pair = await client.http.post(
        "/api/v1/auth/token", data={"username": email, "password": PASSWORD}
    )
    assert pair.status_code == 200, pair.text
    headers = {"Authorization": f"Bearer {pair.json()['access_token']}"}
    me = await client.http.get("/api/v1/users/me", headers=headers)
    assert me.status_code == 200, me.text
    return me.json()["id"], headers


@asynccontextmanager
async def database(url: str) -> AsyncIterator[AsyncConnection]:
    """A connection to the test's database, to read what the server wrote."""
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            yield connection
    finally:
        await engine.dispose()


async def rows(connection: AsyncConnection, statement: str, **params: Any) -> list[Any]:
    """Run a query in a transaction of its own (each read sees the latest commits)."""
    try:
        return list((await connection.execute(text(statement), params)).all())
    finally:
        await connection.rollback()


async def settled(url: str, user_id: str) -> dict[str, int]:
    """Wait until the relay has sent every event and the activity log has stopped growing —
    each of the user's task events logged, or nothing new logged for :data:`QUIET_SECONDS` —
    and return the figures; fail if that takes more than :data:`SETTLE_SECONDS`."""
    deadline = time.monotonic() + SETTLE_SECONDS
    logged_before, quiet_since = -1, time.monotonic()
    async with database(url) as connection:
        while True:
            ((unsent,),) = await rows(
                connection, "SELECT count(*) FROM outbox WHERE published_at IS NULL"
            )
            ((events,),) = await rows(
                connection,
                "SELECT count(*) FROM outbox WHERE user_id = :user AND type LIKE 'todo.task.%'",
                user=user_id,
            )
            ((logged,),) = await rows(
                connection, "SELECT count(*) FROM task_activity WHERE user_id = :user", user=user_id
            )
            ((dead,),) = await rows(connection, "SELECT count(*) FROM dead_letters")
            figures = {"unsent": unsent, "events": events, "logged": logged, "dead": dead}
            now = time.monotonic()
            if logged != logged_before:
                logged_before, quiet_since = logged, now
            if unsent == 0 and (logged >= events or now - quiet_since > QUIET_SECONDS):
                return figures
            if now > deadline:
                pytest.fail(f"the events were not processed in {SETTLE_SECONDS:.0f} s: {figures}")
            await anyio.sleep(0.25)


@dataclass
class Create:
    """One create request and what became of it."""

    title: str
    key: str
    task_id: int | None = None
    replayed: bool = False


#: The changes made to each task of :data:`WRITTEN_TASKS`, in order: method, path after the
#: task's own, body (from the task's number) and the event each change records.
WRITES: tuple[tuple[str, str, Callable[[int], dict[str, Any] | None], str], ...] = (
    ("PATCH", "", lambda n: {"title": f"written {n} renamed", "tags": [f"t{n}", f"u{n}"]}, UPDATED),
    ("POST", "/complete", lambda n: None, COMPLETED),
    ("POST", "/reopen", lambda n: None, REOPENED),
    ("PATCH", "", lambda n: {"priority": "high", "description": f"after the crash {n}"}, UPDATED),
    ("POST", "/complete", lambda n: None, COMPLETED),
)
#: The events of a written task, oldest first: its creation, then one per write.
WRITTEN_EVENTS = [
    (kind, version) for version, kind in enumerate([CREATED] + [w[3] for w in WRITES], 1)
]


@dataclass
class Written:
    """A task changed by :data:`WRITES`, and the versions its acknowledged writes answered."""

    number: int
    task_id: int
    versions: list[int] = field(default_factory=list)


@dataclass
class Stored:
    """What the database holds for the user: tasks, their tags, their events (oldest first,
    as ``(type, task snapshot)``) and how many activity entries each task has."""

    tasks: dict[int, Any]
    tags: dict[int, list[str]]
    events: dict[int, list[tuple[str, dict[str, Any]]]]
    logged: Counter[int]


async def read_back(url: str, user_id: str) -> Stored:
    """Read everything the server wrote for ``user_id`` straight from the database."""
    stored = Stored(tasks={}, tags={}, events={}, logged=Counter())
    async with database(url) as connection:
        for row in await rows(
            connection,
            "SELECT id, title, description, completed, version FROM tasks WHERE user_id = :user",
            user=user_id,
        ):
            stored.tasks[row.id] = row
        for task_id, name in await rows(
            connection,
            "SELECT task_tags.task_id, tags.name FROM task_tags "
            "JOIN tags ON tags.id = task_tags.tag_id WHERE tags.user_id = :user",
            user=user_id,
        ):
            stored.tags.setdefault(task_id, []).append(name)
        for subject, kind, data in await rows(
            connection,
            "SELECT subject, type, data FROM outbox WHERE user_id = :user ORDER BY id",
            user=user_id,
        ):
            snapshot = (json.loads(data) if isinstance(data, str) else data)["task"]
            task_id = int(subject.removeprefix("tasks/"))
            stored.events.setdefault(task_id, []).append((kind, snapshot))
        for (task_id,) in await rows(
            connection, "SELECT task_id FROM task_activity WHERE user_id = :user", user=user_id
        ):
            stored.logged[task_id] += 1
    return stored


def create_problems(creates: list[Create], written: list[Written], stored: Stored) -> list[str]:
    """What is wrong with the created tasks: an acknowledged one missing or holding another
    title, a title stored twice or never asked for, events other than one ``created``."""
    problems = []
    titles = Counter(row.title for row in stored.tasks.values())
    asked = {create.title for create in creates}
    asked |= {f"written {task.number} renamed" for task in written}
    for create in creates:
        row = stored.tasks.get(create.task_id or 0)
        if row is None:
            problems.append(f"acknowledged create {create.title!r} (id {create.task_id}) is lost")
            continue
        if row.title != create.title:
            problems.append(f"id {create.task_id} answered for {create.title!r} is {row.title!r}")
        kinds = [(kind, snapshot["version"]) for kind, snapshot in stored.events.get(row.id, [])]
        if kinds != [(CREATED, 1)]:
            problems.append(f"task {row.id} ({create.title!r}) has events {kinds}")
    problems += [f"{title!r} is stored {n} times" for title, n in titles.items() if n > 1]
    problems += [f"{title!r} was never asked for" for title in set(titles) - asked]
    return problems


def write_problems(written: list[Written], stored: Stored) -> list[str]:
    """What is wrong with the changed tasks: a write lost or applied twice, or a task whose
    row, tags and events disagree."""
    problems = []
    for task in written:
        row = stored.tasks[task.task_id]
        history = stored.events.get(task.task_id, [])
        events = [(kind, snapshot["version"]) for kind, snapshot in history]
        last = history[-1][1] if history else {}
        now = {
            "title": row.title,
            "description": row.description,
            "completed": bool(row.completed),
            "version": row.version,
            "tags": sorted(stored.tags.get(task.task_id, [])),
        }
        said = {name: last.get(name) for name in now} | {"tags": sorted(last.get("tags") or [])}
        if task.versions != [version for _, version in WRITTEN_EVENTS[1:]]:
            problems.append(f"task {task.task_id}'s writes answered versions {task.versions}")
        if events != WRITTEN_EVENTS:
            problems.append(f"task {task.task_id} at version {row.version} has events {events}")
        if now != said:
            problems.append(f"task {task.task_id} is {now}, its last event says {said}")
        if now != {
            "title": f"written {task.number} renamed",
            "description": f"after the crash {task.number}",
            "completed": True,
            "version": len(WRITTEN_EVENTS),
            "tags": [f"t{task.number}", f"u{task.number}"],
        }:
            problems.append(f"task {task.task_id} did not end as its writes said: {now}")
        if last.get("priority") != "high":
            problems.append(f"task {task.task_id} lost its priority: {last}")
    return problems


async def test_a_server_killed_under_writes_loses_nothing_and_writes_nothing_twice(
    fault_database: Database, processes: Processes
) -> None:
    server = processes.todo_serve(fault_database)
    server.start()
    await server.until_ready()
    figures = Figures()
    run = uuid.uuid4().hex[:8]
    creates = [Create(title=f"crash {run} {n:04d}", key=uuid.uuid4().hex) for n in range(CREATES)]
    at, seed = kill_point(CREATES + WRITTEN_TASKS * len(WRITES))
    crash = Crash(server, figures, at)
    started = time.monotonic()
    async with httpx.AsyncClient(base_url=server.url, timeout=30) as http:
        client = Client(http, figures)
        user_id, headers = await sign_up(client)
        written: list[Written] = []
        for number in range(WRITTEN_TASKS):
            response = await client.send(
                "POST",
                "/api/v1/tasks",
                headers=headers,
                body={"title": f"written {number}", "tags": [f"t{number}"]},
            )
            assert response.status_code == 201, response.text
            written.append(Written(number=number, task_id=response.json()["id"]))
        to_create, to_write = iter(creates), iter(written)  # shared: each client takes the next

        async def create() -> None:
            for request in to_create:
                response = await client.send(
                    "POST",
                    "/api/v1/tasks",
                    headers={**headers, "Idempotency-Key": request.key},
                    body={"title": request.title},
                )
                assert response.status_code == 201, response.text
                request.task_id = response.json()["id"]
                request.replayed = response.headers.get("Idempotent-Replayed") == "true"
                crash.acknowledge()

        async def write() -> None:
            # A task's writes one after the other, as a client waits for each answer; a write
            # sent again after it had committed unanswered changes nothing the second time.
            for task in to_write:
                for method, suffix, body, _ in WRITES:
                    response = await client.send(
                        method,
                        f"/api/v1/tasks/{task.task_id}{suffix}",
                        headers=headers,
                        body=body(task.number),
                    )
                    assert response.status_code == 200, response.text
                    task.versions.append(response.json()["version"])
                    crash.acknowledge()

        async with anyio.create_task_group() as group:
            group.start_soon(crash.run)
            for _ in range(CREATE_CLIENTS):
                group.start_soon(create)
            for _ in range(WRITE_CLIENTS):
                group.start_soon(write)
    writing = time.monotonic() - started
    events = await settled(fault_database.url, user_id)
    stored = await read_back(fault_database.url, user_id)
    context = (
        f"{fault_database.kind}: {CREATES} creates and {WRITTEN_TASKS}×{len(WRITES)} changes "
        f"by {CREATE_CLIENTS}+{WRITE_CLIENTS} clients; SIGKILL after {at} acknowledged (seed "
        f"{seed}) with {crash.in_flight_at_kill} in flight; {figures.unanswered} tries "
        f"unanswered, {sum(c.replayed for c in creates)} creates answered by a replay; "
        f"{figures.busy} answers 503 busy; {len(figures.server_errors)} other 5xx; {events}"
    )
    print(f"\n{context}; writes {writing:.1f} s (restart {crash.restart_seconds:.1f} s)")

    assert server.kills == 1, context
    problems = create_problems(creates, written, stored) + write_problems(written, stored)
    assert problems == [], f"{len(problems)} problems: {problems[:10]}; {context}"
    assert len(stored.tasks) == CREATES + WRITTEN_TASKS, context
    excess = {i: n for i, n in stored.logged.items() if n > len(stored.events.get(i, []))}
    assert excess == {}, f"activity entries beyond the events: {excess}; {context}"
    assert events["dead"] == 0, context
    assert figures.server_errors == [], f"{figures.server_errors[:5]}; {context}"
    logged = [entry for entry in server.logged_errors() if entry.get("logger") == "todo.api"]
    assert logged == [], f"the server logged errors: {logged[:3]}; {context}"
    assert events["logged"] == events["events"], f"events never processed; {context}"
