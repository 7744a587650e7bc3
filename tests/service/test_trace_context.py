"""The trace context of a change: kept in its outbox row when tracing is on (NULL when off),
carried on its CloudEvent, and never in the way of an event that carries none or a broken one."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import StatusCode
from sqlalchemy import text

from tests.conftest import cheap_passwords
from todo.adapters.clock import FixedClock
from todo.adapters.tracing import tracing_to
from todo.bootstrap import App, build_app, event_runtime
from todo.config import Settings
from todo.domain.events import TASK_EVENTS_TOPIC
from todo.domain.tasks import TaskCreate
from todo.services import activity, tasks

from .conftest import new_user

pytestmark = pytest.mark.anyio

TRACEPARENT = re.compile(r"^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$")
VALID = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"


@pytest.fixture
def exporter() -> InMemorySpanExporter:
    return InMemorySpanExporter()


@pytest.fixture
async def traced_app(
    database_url: str, clock: FixedClock, tmp_path: Path, exporter: InMemorySpanExporter
) -> AsyncIterator[App]:
    """The application with its spans kept in memory."""
    settings = Settings(home=tmp_path, database_url=database_url, env="test")
    application = await build_app(
        settings,
        clock=clock,
        password_hasher=cheap_passwords(),
        tracing=tracing_to(exporter, service="todo-test"),
    )
    yield application
    await application.aclose()


async def stored_context(app: App, event_id: str) -> Any:
    """The ``trace_context`` column of the outbox row of ``event_id``, as the database has it."""
    async with app.engine.connect() as connection:
        result = await connection.execute(
            text("SELECT trace_context FROM outbox WHERE event_id = :id"), {"id": event_id}
        )
        return result.scalar_one()


async def the_event(app: App, task_id: int) -> dict[str, Any]:
    """The CloudEvent the relay would publish for the creation of ``task_id`` (found by its
    subject: on PostgreSQL the outbox holds the unsent events of every test of the run)."""
    async with app.engine.connect() as connection:
        result = await connection.execute(
            text("SELECT event_id FROM outbox WHERE subject = :subject AND type = :type"),
            {"subject": f"tasks/{task_id}", "type": "todo.task.created"},
        )
        event_id = result.scalar_one()
    uow = app.uow()
    async with uow.reading():
        (row,) = await uow.outbox.by_event_ids([event_id])
        return row.cloud_event()


async def test_without_tracing_the_column_is_null_and_the_event_has_no_traceparent(
    app: App,
) -> None:
    me = await new_user(app)
    task = await tasks.create(app.uow(), actor=me, data=TaskCreate(title="Untraced"))
    event = await the_event(app, task.id)
    assert await stored_context(app, event["id"]) is None  # SQL NULL, not JSON null
    assert "traceparent" not in event
    assert "tracestate" not in event


async def test_with_tracing_the_row_keeps_the_context_of_its_change(
    traced_app: App, exporter: InMemorySpanExporter
) -> None:
    me = await new_user(traced_app)
    exporter.clear()
    task = await tasks.create(traced_app.uow(), actor=me, data=TaskCreate(title="Traced"))
    event = await the_event(traced_app, task.id)
    assert TRACEPARENT.match(event["traceparent"])
    stored = await stored_context(traced_app, event["id"])
    assert stored is not None
    (service,) = [span for span in exporter.get_finished_spans() if span.name == "tasks.create"]
    (row,) = [span for span in exporter.get_finished_spans() if span.name == "outbox write"]
    assert row.parent is not None
    assert service.context is not None
    assert row.context is not None
    assert row.parent.span_id == service.context.span_id
    # The event continues from the span that wrote its row, in the same trace.
    assert event["traceparent"].startswith(
        f"00-{row.context.trace_id:032x}-{row.context.span_id:016x}-"
    )
    assert service.attributes is not None
    assert service.attributes["todo.task.id"] == task.id


BROKEN = {
    "absent": {},
    "garbage": {"traceparent": "not a trace context"},
    "all-zero trace id": {"traceparent": "00-" + "0" * 32 + "-b7ad6b7169203331-01"},
    "unknown version with junk": {"traceparent": "ff-0af7651916cd43dd8448eb211c80319c-b7ad-01"},
    "not a string": {"traceparent": 42, "tracestate": ["x"]},
    "too long": {"traceparent": "00-" + "a" * 5000},
    "bad tracestate": {
        "traceparent": VALID,
        "tracestate": "=,=,\x00",
    },
}


@pytest.mark.parametrize("carried", BROKEN.values(), ids=BROKEN.keys())
async def test_an_event_without_a_valid_traceparent_is_handled_normally(
    traced_app: App, exporter: InMemorySpanExporter, carried: dict[str, Any]
) -> None:
    """A consumer handles it as any other (a new trace when there is no parent to continue),
    and nothing fails."""
    app = traced_app
    me = await new_user(app)
    task = await tasks.create(app.uow(), actor=me, data=TaskCreate(title="Handled anyway"))
    event = await the_event(app, task.id)
    event.pop("traceparent", None)
    event.pop("tracestate", None)
    event.update(carried)
    runtime = event_runtime(app)
    runtime.subscribe_consumers()
    await runtime.start(relay=False)
    exporter.clear()
    try:
        await app.bus.publish(TASK_EVENTS_TOPIC, event, key=event["subject"])
    finally:
        await runtime.stop()
    assert runtime.handled["activity", "applied"] == 1
    assert runtime.handled["activity", "failed"] == 0
    story = await activity.list_activity(app.uow(), actor=me, task_id=task.id)
    assert [entry.action for entry in story.items] == ["created"]
    processed = [span for span in exporter.get_finished_spans() if span.name.startswith("process")]
    assert {span.attributes["messaging.consumer.group.name"] for span in processed} == {  # type: ignore[index]
        "recurrence",
        "recurrence-undo",
        "activity",
        "collaboration",
    }
    for span in processed:
        assert span.status.status_code is StatusCode.UNSET
        if carried.get("traceparent") == VALID:  # the tracestate alone was bad: dropped
            assert span.parent is not None
            assert span.parent.span_id == int("b7ad6b7169203331", 16)
        else:
            assert span.parent is None  # a trace of its own
