"""What tracing costs: task creation over HTTP with tracing off, through the OpenTelemetry API's
no-op tracer, and on (the SDK, spans in batches to an in-memory exporter), side by side.

Four copies of the API run in this process (``create_app`` through httpx's ASGI transport,
each on a SQLite database of its own in a temporary directory, seeded with ``--tasks`` tasks
by ``seed.py``), with the relay and the event workers inside, on the in-process broker: what a
change costs includes its outbox row, its relay, its consumers. Each round makes ``--writes``
changes on each copy, one copy after the other in a new shuffled order for every change (so
that whatever else the machine does falls on all of them alike): a ``POST /api/v1/tasks``, then
a wait until the activity consumer has handled its event. Per copy it prints the median over
the rounds of each round's median time of a change (request plus pipeline) and of the request
alone, their range over the rounds, and how far each is from tracing off (the median of the
rounds' paired ratios); then the cost of opening and closing one span in each mode.

* ``off``: no ``OTEL_EXPORTER_OTLP_ENDPOINT``, what runs by default: no SDK loaded, no span
  opened, no trace context stored.
* ``off-2``: a second copy with tracing off — the control: how far two identical copies land
  apart in the same run (the noise floor of the figures).
* ``api``: every span opened and closed through the API's no-op tracer (nothing recorded,
  nothing stored): what instrumenting through the API alone would cost.
* ``on``: the SDK records every span (8 per change here: the request, the service verb, the
  outbox write, two publishes, three consumers) and a batch processor hands them to an
  in-memory exporter, as it would to the OTLP one (whose network time is its own thread's).

    .venv/bin/python bench/tracing_overhead.py [--writes 100] [--rounds 9] [--tasks 1000]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
import timeit
import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from fastapi import FastAPI
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

sys.path.insert(0, str(Path(__file__).parent))
from seed import seed_tasks
from todo.adapters.tracing import NO_TRACING, Tracing, api_only_tracing, tracing_to
from todo.config import Settings
from todo.domain.scopes import ALL_SCOPES
from todo.entrypoints.server import create_app
from todo.services.users import create_user

MODES: dict[str, Callable[[], Tracing | None]] = {
    "off": lambda: None,
    "off-2": lambda: None,
    "api": api_only_tracing,
    "on": lambda: tracing_to(InMemorySpanExporter(), service="todo-bench", batch=True),
}
WARM_UP = 30


@dataclass
class Copy:
    """One running API and what was measured on it."""

    mode: str
    api: FastAPI
    http: httpx.AsyncClient
    headers: dict[str, str]
    made: int = 0
    per_change: list[float] = field(default_factory=list)
    per_request: list[float] = field(default_factory=list)

    async def change(self) -> tuple[float, float]:
        """Make one task and wait until the activity consumer has handled its event; return the
        seconds the whole change took, and the request alone."""
        events = self.api.state.events
        started = time.perf_counter()
        answer = await self.http.post(
            "/api/v1/tasks", json={"title": "Bench task", "tags": ["bench"]}, headers=self.headers
        )
        answered = time.perf_counter()
        if answer.status_code != 201:
            raise RuntimeError(f"{self.mode}: {answer.status_code} {answer.text}")
        self.made += 1
        while events.handled["activity", "applied"] < self.made:  # noqa: ASYNC110
            await asyncio.sleep(0)
        return time.perf_counter() - started, answered - started


@asynccontextmanager
async def running(mode: str, home: Path, tasks: int) -> AsyncIterator[Copy]:
    """Start the API of ``mode`` on a seeded database of its own."""
    settings = Settings(
        home=home,
        database_url=f"sqlite+aiosqlite:///{home / 'todo.db'}",
        env="test",
        write_rate_limit="100000000/minute",
        workers_in_server="yes",
        relay_in_server=True,
        _env_file=None,
    )
    api = create_app(settings, tracing=MODES[mode]())
    async with api.router.lifespan_context(api):
        app = api.state.todo
        actor = await create_user(app.uow(), email=f"{uuid.uuid4().hex}@bench.test")
        await seed_tasks(app, actor, tasks)
        token = app.auth.access_tokens.issue(
            user_id=actor.user_id,
            role="user",
            timezone="UTC",
            scopes=ALL_SCOPES,
            now=app.clock.now(),
        )
        transport = httpx.ASGITransport(app=api)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as http:
            yield Copy(mode, api, http, {"Authorization": f"Bearer {token}"})


def span_cost(tracing: Tracing, runs: int = 20000) -> float:
    """Microseconds to open and close one span with an attribute, as a service verb does."""

    def one() -> None:
        if tracing.on:
            with tracing.span("tasks.update", attributes={"todo.task.id": 42}):
                pass

    return min(timeit.repeat(one, number=runs, repeat=5)) / runs * 1e6


def versus(values: list[float], base: list[float]) -> str:
    """The median over the rounds of each round's figure against tracing off's in that round
    (the rounds are paired: the same moments of the machine fell on both)."""
    ratios = [value / other - 1 for value, other in zip(values, base, strict=True)]
    return f"{statistics.median(ratios) * 100:+6.1f} %"


def spread(values: list[float]) -> str:
    return f"{min(values) * 1e6:7.0f}–{max(values) * 1e6:<7.0f}"


async def main(writes: int, rounds: int, tasks: int) -> None:
    print(
        f"Task creation over ASGI, SQLite, memory broker, relay and consumers in process; "
        f"{writes} writes x {rounds} rounds per mode, {tasks} tasks seeded."
    )
    order = list(MODES)
    async with AsyncExitStack() as stack:
        temporary = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="todo-trace-")))
        copies = []
        for mode in order:
            home = temporary / mode
            home.mkdir()
            copies.append(await stack.enter_async_context(running(mode, home, tasks)))
        for _ in range(WARM_UP):
            for copy in copies:
                await copy.change()
        shuffle = random.Random(17)
        for number in range(1, rounds + 1):
            changes: dict[str, list[float]] = {copy.mode: [] for copy in copies}
            requests: dict[str, list[float]] = {copy.mode: [] for copy in copies}
            for _ in range(writes):  # one change on each copy in turn, in a new order each time
                shuffle.shuffle(copies)
                for copy in copies:
                    change, request = await copy.change()
                    changes[copy.mode].append(change)
                    requests[copy.mode].append(request)
            for copy in copies:  # the median: one change held up by the machine is not a trend
                copy.per_change.append(statistics.median(changes[copy.mode]))
                copy.per_request.append(statistics.median(requests[copy.mode]))
            print(f"  round {number}: done")
        copies.sort(key=lambda copy: order.index(copy.mode))
    base = copies[0]
    print()
    print(
        "mode   per change (µs)  range (µs)       vs off   per request (µs)  range (µs)"
        "       vs off"
    )
    for copy in copies:
        print(
            f"{copy.mode:<6} {statistics.median(copy.per_change) * 1e6:15.0f}  "
            f"{spread(copy.per_change)}  {versus(copy.per_change, base.per_change)}  "
            f"{statistics.median(copy.per_request) * 1e6:16.0f}  "
            f"{spread(copy.per_request)}  {versus(copy.per_request, base.per_request)}"
        )
    print()
    print("One span opened and closed (best of 5 x 20,000):")
    for mode, tracing in (
        ("off", NO_TRACING),
        ("api", api_only_tracing()),
        ("on", tracing_to(InMemorySpanExporter(), service="todo-bench", batch=True)),
    ):
        print(f"  {mode:<4} {span_cost(tracing):8.2f} µs")
        tracing.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writes", type=int, default=100, help="writes per mode and round")
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--tasks", type=int, default=1000, help="tasks seeded per database")
    arguments = parser.parse_args()
    asyncio.run(main(arguments.writes, arguments.rounds, arguments.tasks))
