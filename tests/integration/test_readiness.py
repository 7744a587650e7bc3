"""``/readyz`` and ``/metrics`` of ``todo serve``: quick whatever the broker does, no broker
connection per request, the consumers of the process reported, and details only for those who
may see them.

The broker is the shared Redis, reached through a :class:`~tests.faults.brokers.Gate` that can
hold every byte (a broker that hangs) and counts the connections made through it.
"""

from __future__ import annotations

import asyncio
import os
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from tests.faults.brokers import Gate, remove_everything
from todo.adapters.bus.protocol import redact
from todo.adapters.clock import FixedClock
from todo.config import Settings
from todo.services.events.runtime import EventRuntime

from ..api.conftest import api_settings
from ..api.helpers import Server, serve
from ..conftest import missing_service

pytestmark = pytest.mark.anyio

#: The database plays no part here (the fault suite runs on PostgreSQL): SQLite only.
on_sqlite = pytest.mark.parametrize("own_database_url", ["sqlite"], indirect=True)

REDIS_URL = os.environ.get("TODO_TEST_REDIS_URL", "redis://127.0.0.1:6379")
OPS_TOKEN = "an-operations-token-of-some-length"


async def eventually_ready(server: Server, *, status: int = 200, seconds: float = 30.0) -> None:
    answer: httpx.Response | None = None
    for _ in range(int(seconds / 0.1)):
        answer = await server.http.get("/readyz")
        if answer.status_code == status:
            return
        await asyncio.sleep(0.1)
    raise AssertionError(f"/readyz never answered {status}: {answer and answer.text}")


@pytest.fixture
async def gate() -> AsyncIterator[Gate]:
    target = urlsplit(REDIS_URL)
    opened = Gate(target.port or 6379)
    await opened.start()
    yield opened
    opened.thaw()
    await opened.close()


@asynccontextmanager
async def server_on(
    url: str, database_url: str, tmp_path: Path, clock: FixedClock, **overrides: object
) -> AsyncIterator[Server]:
    prefix = f"ready-{uuid.uuid4().hex[:10]}"
    settings = api_settings(
        database_url, tmp_path, broker_url=url, broker_prefix=prefix, **overrides
    )
    try:
        async with serve(settings, clock) as started:
            yield started
    finally:
        await remove_everything("redis", REDIS_URL, prefix)


@on_sqlite
async def test_readyz_answers_at_once_while_the_broker_hangs(
    own_database_url: str, tmp_path: Path, clock: FixedClock, gate: Gate
) -> None:
    url = f"redis://127.0.0.1:{gate.port}"
    async with server_on(
        url, own_database_url, tmp_path, clock, relay_in_server=True, broker_check_seconds=0.5
    ) as server:
        try:
            await eventually_ready(server)
        except AssertionError:
            missing_service(f"Redis at {REDIS_URL} does not answer through the gate")
        gate.freeze()
        before = gate.connections

        async def probe() -> tuple[int, float]:
            started = time.monotonic()
            answer = await server.http.get("/readyz")
            return answer.status_code, time.monotonic() - started

        probes = await asyncio.gather(*(probe() for _ in range(40)))

        slowest = max(seconds for _, seconds in probes)
        assert slowest < 1.0, f"the slowest probe took {slowest:.2f} s"
        # The probes opened no connection: at most the background check made one or two.
        assert gate.connections - before <= 2
        await eventually_ready(server, status=503)
        body = (await server.http.get("/readyz")).json()
        assert body["status"] == "unavailable"
        assert body["checks"]["database"] == "ok"
        assert body["checks"]["broker"] != "ok"
        gate.thaw()
        await eventually_ready(server)


@on_sqlite
async def test_readyz_names_the_consumers_that_stopped_reading(
    own_database_url: str, tmp_path: Path, clock: FixedClock
) -> None:
    async with server_on(
        REDIS_URL,
        own_database_url,
        tmp_path,
        clock,
        workers_in_server="yes",
        relay_in_server=True,
        broker_check_seconds=3600,  # no restart but the one below
    ) as server:
        await eventually_ready(server)
        settings: Settings = server.app.settings
        await remove_everything("redis", REDIS_URL, settings.broker_prefix)
        await eventually_ready(server, status=503)
        checks = (await server.http.get("/readyz")).json()["checks"]
        assert checks["broker"] == "ok"
        assert checks["consumers"].startswith("not reading: ")
        assert "task-events (recurrence)" in checks["consumers"]
        events: EventRuntime = server.api.state.events
        await events.watch_once()
        await eventually_ready(server)


@on_sqlite
async def test_in_production_probes_see_only_the_status(
    own_database_url: str, tmp_path: Path, clock: FixedClock
) -> None:
    async with server_on(
        "redis://u:secret@127.0.0.1:1/0?password=secret",
        own_database_url,
        tmp_path,
        clock,
        env="production",
        relay_in_server=True,
        ops_token=OPS_TOKEN,
    ) as server:
        bare = await server.http.get("/readyz")
        assert (bare.status_code, bare.json()) == (503, {"status": "unavailable"})
        wrong = await server.http.get("/readyz", headers={"Authorization": "Bearer nope"})
        assert wrong.json() == {"status": "unavailable"}

        told = await server.http.get("/readyz", headers={"Authorization": f"Bearer {OPS_TOKEN}"})
        broker = told.json()["checks"]["broker"]
        assert "redis://127.0.0.1:1/0" in broker
        assert "secret" not in told.text

        assert (await server.http.get("/healthz")).json() == {"status": "ok"}
        refused = await server.http.get("/metrics")
        assert refused.status_code == 401
        assert refused.headers["content-type"] == "application/problem+json"
        metrics = await server.http.get(
            "/metrics", headers={"Authorization": f"Bearer {OPS_TOKEN}"}
        )
        assert metrics.status_code == 200
        assert "todo_http_requests_total" in metrics.text


@on_sqlite
async def test_details_are_public_outside_production_or_when_configured(
    own_database_url: str, tmp_path: Path, clock: FixedClock
) -> None:
    async with server_on(REDIS_URL, own_database_url, tmp_path, clock) as development:
        assert "checks" in (await development.http.get("/readyz")).json()
        assert (await development.http.get("/metrics")).status_code == 200
    async with server_on(
        REDIS_URL, own_database_url, tmp_path, clock, env="production", ops_public="yes"
    ) as public:
        assert "checks" in (await public.http.get("/readyz")).json()
        assert (await public.http.get("/metrics")).status_code == 200
    async with server_on(
        REDIS_URL, own_database_url, tmp_path, clock, env="production"
    ) as closed:  # no token configured: nobody sees the details
        assert "checks" not in (await closed.http.get("/readyz")).json()
        assert (await closed.http.get("/metrics")).status_code == 401


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("redis://:secret@cache:6379/0?password=secret", "redis://cache:6379/0"),
        ("rediss://user:secret@cache:6380?ssl_cert_reqs=none&password=x", "rediss://cache:6380"),
        ("amqp://guest:secret@mq/vhost#frag", "amqp://mq/vhost"),
        ("nats://u:secret@a:4222,nats://u:secret@b:4222", "nats://a:4222,nats://b:4222"),
        ("kafka://a:9092,b:9092", "kafka://a:9092,b:9092"),
    ],
)
def test_redact_drops_credentials_queries_and_fragments(url: str, shown: str) -> None:
    assert redact(url) == shown
