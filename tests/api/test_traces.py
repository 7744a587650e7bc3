"""Traces: one task change followed from the REST request to the WebSocket push, as one trace.

A real uvicorn server on a free port runs the app with its relay and its event workers (the
in-process bus, then Redis Streams), its spans going to an in-memory exporter; a real WebSocket
client watches. Every hop — the request, the service verb, the outbox row, the relay's publish,
each consumer, the live hub and the push to the socket — is a span, and all share one trace id.
"""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import sys
import threading
import uuid
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import anyio
import httpx
import orjson
import pytest
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
from opentelemetry.sdk.trace import ReadableSpan
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode
from websockets.asyncio.client import ClientConnection, connect

from tests.conftest import missing_service
from tests.faults.brokers import remove_everything
from todo.adapters.clock import FixedClock
from todo.adapters.tracing import tracing_to
from todo.bootstrap import App, build_app
from todo.config import Settings
from todo.entrypoints.server import create_app

from .conftest import Account, api_settings
from .helpers import add_user, on_a_port, url_of

pytestmark = pytest.mark.anyio

WAIT = 10.0  # seconds any expected span or message may take
TITLE = "Water the ficus"  # task text, which no span may carry


@dataclass
class Traced:
    """A running API whose spans go to ``exporter``."""

    url: str
    app: App
    http: httpx.AsyncClient
    exporter: InMemorySpanExporter

    def socket(self, account: Account) -> Any:
        url = self.url.replace("http://", "ws://") + "/api/v1/ws"
        return connect(url, additional_headers=account.headers, open_timeout=WAIT)


@asynccontextmanager
async def traced_server(
    database_url: str,
    home: Path,
    clock: FixedClock,
    *,
    ready_within: float = WAIT,
    **settings: object,
) -> AsyncIterator[Traced]:
    """Run the API with its relay and event workers in uvicorn, its spans kept in memory, once
    its broker answers and every subscription reads (``ready_within`` seconds at most)."""
    exporter = InMemorySpanExporter()
    values: dict[str, object] = {"relay_in_server": True, "workers_in_server": "yes"}
    values.update(settings)
    api = create_app(
        api_settings(database_url, home, **values),
        clock=clock,
        tracing=tracing_to(exporter, service="todo-api"),
    )
    async with on_a_port(api) as server, httpx.AsyncClient(base_url=url_of(server)) as http:
        with anyio.fail_after(ready_within):
            while (await http.get("/readyz")).status_code != 200:  # noqa: ASYNC110
                await asyncio.sleep(0.05)
        exporter.clear()
        yield Traced(url_of(server), api.state.todo, http, exporter)


def named(spans: Sequence[ReadableSpan], name: str) -> list[ReadableSpan]:
    return [span for span in spans if span.name == name]


def parent_of(span: ReadableSpan) -> int | None:
    return span.parent.span_id if span.parent is not None else None


def span_id(span: ReadableSpan) -> int:
    assert span.context is not None
    return span.context.span_id


def trace_id(span: ReadableSpan) -> int:
    assert span.context is not None
    return span.context.trace_id


async def until(
    exporter: InMemorySpanExporter, done: Callable[[Sequence[ReadableSpan]], bool]
) -> Sequence[ReadableSpan]:
    """Wait until the finished spans satisfy ``done``; return them."""
    with anyio.move_on_after(WAIT):
        while not done(spans := exporter.get_finished_spans()):  # noqa: ASYNC110
            await asyncio.sleep(0.02)
        return spans
    raise AssertionError(f"spans so far: {[span.name for span in exporter.get_finished_spans()]}")


def counts(spans: Sequence[ReadableSpan], wanted: dict[str, int]) -> bool:
    """Tell whether ``spans`` hold at least the wanted number of spans of each name."""
    return all(len(named(spans, name)) >= n for name, n in wanted.items())


async def next_event(socket: ClientConnection, event_type: str) -> dict[str, Any]:
    with anyio.fail_after(WAIT):
        while True:
            message = orjson.loads(await socket.recv())
            if message["type"] == "event" and message["event"]["type"] == event_type:
                event: dict[str, Any] = message["event"]
                return event


async def follow_one_change(live: Traced) -> None:
    """Complete a repeating task over REST while its owner watches, and check that the change
    is one trace from the request to the push of its event to the socket."""
    alice = await add_user(live.app)
    async with live.socket(alice) as socket:
        assert orjson.loads(await socket.recv())["type"] == "ready"
        created = await live.http.post(
            "/api/v1/tasks",
            json={"title": TITLE, "due_at": "2026-11-27T09:00:00Z", "recurrence": "daily"},
            headers=alice.headers,
        )
        assert created.status_code == 201, created.text
        task_id = created.json()["id"]
        await next_event(socket, "todo.task.created")
        # The creation's own trace is over once each of its consumers and its push have ended.
        creation = {"process task-events": 4, "websocket push": 1, "publish task-events": 1}
        await until(live.exporter, lambda s: counts(s, creation))
        live.exporter.clear()

        done = await live.http.post(f"/api/v1/tasks/{task_id}/complete", headers=alice.headers)
        assert done.status_code == 200, done.text
        completed = await next_event(socket, "todo.task.completed")
        await next_event(socket, "todo.task.created")  # its next occurrence
        # Two generations: the completion, then the next occurrence the recurrence made of it.
        both = {
            "publish task-events": 2,
            "publish task-updates": 2,
            "process task-events": 8,
            "process task-updates": 2,
            "websocket push": 2,
        }
        spans = await until(live.exporter, lambda s: counts(s, both))

    # One trace, whatever the hop.
    assert {trace_id(span) for span in spans} == {trace_id(spans[0])}
    assert completed["traceparent"].split("-")[1] == f"{trace_id(spans[0]):032x}"

    (request,) = named(spans, "POST /api/v1/tasks/{task_id}/complete")
    assert request.kind is SpanKind.SERVER
    assert request.parent is None
    assert request.attributes is not None
    assert request.attributes["http.route"] == "/api/v1/tasks/{task_id}/complete"
    assert request.attributes["http.response.status_code"] == 200

    (service,) = named(spans, "tasks.complete")
    assert parent_of(service) == span_id(request)
    assert service.attributes is not None
    assert service.attributes["todo.task.id"] == task_id

    outbox = {parent_of(span): span for span in named(spans, "outbox write")}
    row = outbox[span_id(service)]  # the completion's row, written by the service

    sent = {
        span.attributes["cloudevents.event_type"]: span
        for span in named(spans, "publish task-events")
        if span.attributes is not None
    }
    publish = sent["todo.task.completed"]
    assert publish.kind is SpanKind.PRODUCER
    assert parent_of(publish) == span_id(row)
    assert publish.attributes is not None
    assert publish.attributes["messaging.destination.name"] == "task-events"
    assert publish.attributes["todo.task.id"] == task_id

    consumers = {
        span.attributes["messaging.consumer.group.name"]: span
        for span in named(spans, "process task-events")
        if span.attributes is not None and parent_of(span) == span_id(publish)
    }
    assert set(consumers) == {"recurrence", "recurrence-undo", "activity", "collaboration"}
    assert all(span.kind is SpanKind.CONSUMER for span in consumers.values())
    outcomes = {
        group: (span.attributes or {}).get("todo.consumer.outcome")
        for group, span in consumers.items()
    }
    assert outcomes == {
        "recurrence": "applied",
        "recurrence-undo": "skipped",
        "activity": "applied",
        "collaboration": "skipped",
    }
    # The recurrence consumer's own change (the next occurrence) continues the same trace.
    assert span_id(consumers["recurrence"]) in outbox

    (to_clients,) = [
        span
        for span in named(spans, "publish task-updates")
        if span.attributes is not None
        and span.attributes["cloudevents.event_type"] == "todo.task.completed"
    ]
    assert parent_of(to_clients) == span_id(row)
    (hub,) = [
        span
        for span in named(spans, "process task-updates")
        if parent_of(span) == span_id(to_clients)
    ]
    assert hub.kind is SpanKind.CONSUMER
    assert hub.attributes is not None
    assert hub.attributes["todo.live.connections"] == 1
    pushed = [span for span in named(spans, "websocket push") if parent_of(span) == span_id(hub)]
    assert len(pushed) == 1

    # Nothing failed, and no span carries the task's text or a credential.
    assert all(span.status.status_code is not StatusCode.ERROR for span in spans)
    token = alice.headers["Authorization"].removeprefix("Bearer ")
    for span in spans:
        for value in (span.attributes or {}).values():
            assert TITLE not in str(value)
            assert token not in str(value)


async def test_one_change_is_one_trace_from_the_request_to_the_websocket(
    own_database_url: str, tmp_path: Path, clock: FixedClock
) -> None:
    async with traced_server(own_database_url, tmp_path, clock) as live:
        await follow_one_change(live)


BROKERS = {
    "redis": os.environ.get("TODO_TEST_REDIS_URL", "redis://127.0.0.1:6379"),
    "nats": os.environ.get("TODO_TEST_NATS_URL", "nats://127.0.0.1:4222"),
    "rabbitmq": os.environ.get("TODO_TEST_RABBITMQ_URL", "amqp://guest:guest@127.0.0.1:5672/"),
}


@pytest.mark.parametrize("broker", BROKERS)
async def test_one_change_is_one_trace_through_a_real_broker(
    broker: str, tmp_path: Path, clock: FixedClock
) -> None:
    """The same through Redis Streams, NATS JetStream and RabbitMQ: the trace context crosses
    the broker inside the event."""
    url = BROKERS[broker]
    prefix = f"traces-{uuid.uuid4().hex[:10]}"
    probe = Settings(home=tmp_path, env="test", broker_url=url, broker_prefix=prefix)
    application = await build_app(probe, check_schema=False)
    try:
        problem = await application.bus.check()
        await application.bus.stop()
        kind = application.bus.kind
    finally:
        await application.aclose()
    if problem:
        missing_service(f"{broker}: {problem}")
    database = tmp_path / "todo.db"
    try:
        async with traced_server(
            f"sqlite+aiosqlite:///{database}", tmp_path, clock, broker_url=url, broker_prefix=prefix
        ) as live:
            await follow_one_change(live)
    finally:
        await remove_everything(kind, url, prefix)


async def test_a_callers_traceparent_is_continued(
    database_url: str, tmp_path: Path, clock: FixedClock
) -> None:
    exporter = InMemorySpanExporter()
    api = create_app(
        api_settings(database_url, tmp_path),
        clock=clock,
        tracing=tracing_to(exporter, service="todo-api"),
    )
    caller = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"
    async with api.router.lifespan_context(api):
        transport = httpx.ASGITransport(app=api)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
            alice = await add_user(api.state.todo)
            answer = await http.get(
                "/api/v1/tasks/12345", headers={**alice.headers, "traceparent": caller}
            )
            assert answer.status_code == 404
            bad = await http.get("/healthz", headers={"traceparent": "00-nonsense"})
            assert bad.status_code == 200
    (request,) = named(exporter.get_finished_spans(), "GET /api/v1/tasks/{task_id}")
    assert f"{trace_id(request):032x}" == "0af7651916cd43dd8448eb211c80319c"
    assert parent_of(request) == int("b7ad6b7169203331", 16)
    (probe,) = named(exporter.get_finished_spans(), "GET /healthz")
    assert probe.parent is None  # a malformed header starts a trace of its own


class Collector(BaseHTTPRequestHandler):
    """An OTLP/HTTP collector that keeps what it is sent (``server.received``)."""

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.server.received.append((self.path, self.headers["Content-Type"], body))  # type: ignore[attr-defined]
        self.send_response(200)
        self.send_header("Content-Type", "application/x-protobuf")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        """Keep quiet."""


@contextmanager
def collector() -> Iterator[tuple[str, list[tuple[str, str, bytes]]]]:
    """Run a collector on a free loopback port; yield its base URL and what it received."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), Collector)
    server.received = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", server.received  # type: ignore[attr-defined]
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


async def test_spans_go_to_the_collector_the_settings_name(
    database_url: str, tmp_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``OTEL_EXPORTER_OTLP_ENDPOINT`` and ``OTEL_SERVICE_NAME`` are read once, by the settings;
    the server sends its spans there over OTLP/HTTP, and flushes them when it stops."""
    with collector() as (endpoint, received):
        monkeypatch.setenv("OTEL_EXPORTER_OTLP_ENDPOINT", endpoint)
        monkeypatch.setenv("OTEL_SERVICE_NAME", "todo-api-blue")
        api = create_app(api_settings(database_url, tmp_path), clock=clock)
        async with api.router.lifespan_context(api):
            assert api.state.todo.tracing.on
            transport = httpx.ASGITransport(app=api)
            async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
                assert (await http.get("/healthz")).status_code == 200
        # Stopping the app flushed the batch.
    assert [(path, kind) for path, kind, _ in received] == [
        ("/v1/traces", "application/x-protobuf")
    ]
    request = ExportTraceServiceRequest.FromString(received[0][2])
    (resource,) = request.resource_spans
    attributes = {item.key: item.value.string_value for item in resource.resource.attributes}
    assert attributes["service.name"] == "todo-api-blue"
    names = [span.name for scope in resource.scope_spans for span in scope.spans]
    assert names == ["GET /healthz"]


def test_without_an_endpoint_no_sdk_is_loaded(tmp_path: Path) -> None:
    """Tracing off costs no import: the server and the workers load neither the OpenTelemetry
    SDK nor an exporter (FastAPI itself loads the API, which stays unconfigured), and
    ``todo --help`` loads nothing of OpenTelemetry, even with an endpoint set."""
    heavy = (
        "('opentelemetry.sdk', 'opentelemetry.exporter', 'opentelemetry.proto',"
        " 'todo.adapters.opentelemetry_tracing')"
    )
    probe = (
        "import asyncio, sys\n"
        "from todo.config import Settings\n"
        "from todo.entrypoints.server import create_app\n"
        "from todo.services.events import runtime\n"
        f"api = create_app(Settings(home={str(tmp_path)!r}, env='test', _env_file=None))\n"
        "async def serve():\n"
        "    async with api.router.lifespan_context(api):\n"
        "        assert not api.state.todo.tracing.on\n"
        "asyncio.run(serve())\n"
        f"print('LOADED', sorted(m for m in sys.modules if m.startswith({heavy})))\n"
    )
    env = {
        key: value for key, value in os.environ.items() if not key.startswith(("OTEL_", "TODO_"))
    }
    env["TODO_CONSOLE_AGENT"] = "false"
    served = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=False
    )
    assert served.returncode == 0, served.stderr
    assert "LOADED []" in served.stdout
    helped = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys\n"
            "from todo.entrypoints.cli.main import app\n"
            "try:\n    app(['--help'])\nexcept SystemExit:\n    pass\n"
            "print('LOADED', sorted(m for m in sys.modules if m.startswith('opentelemetry')),"
            " file=sys.stderr)\n",
        ],
        capture_output=True,
        text=True,
        env={**env, "TODO_HOME": str(tmp_path), "OTEL_EXPORTER_OTLP_ENDPOINT": "http://x:4318"},
        check=True,
    )
    assert "LOADED []" in helped.stderr
    assert re.search(r"Usage", helped.stdout)


async def test_a_worker_names_its_spans_todo_worker(
    tmp_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``todo worker`` calls ``trace_as("todo-worker")``: its spans carry that name unless
    ``OTEL_SERVICE_NAME`` says otherwise."""
    monkeypatch.delenv("OTEL_SERVICE_NAME", raising=False)
    with collector() as (endpoint, received):
        settings = Settings(
            home=tmp_path, env="test", _env_file=None, otel_exporter_otlp_endpoint=endpoint
        )
        app = await build_app(settings, clock=clock)
        assert not app.tracing.on  # until the process says what it is
        app.trace_as("todo-worker")
        with app.tracing.span("a round"):
            pass
        await app.aclose()
    (resource,) = ExportTraceServiceRequest.FromString(received[0][2]).resource_spans
    attributes = {item.key: item.value.string_value for item in resource.resource.attributes}
    assert attributes["service.name"] == "todo-worker"
