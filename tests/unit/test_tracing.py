"""The pieces of tracing that need no collector: the traces URL, what a carrier keeps, what a
message span records, and tracing off."""

from __future__ import annotations

import pytest

from todo.adapters.tracing import (
    NO_TRACING,
    carrier_of,
    message_attributes,
    open_tracing,
    traces_url,
)


@pytest.mark.parametrize(
    ("endpoint", "url"),
    [
        ("http://collector:4318", "http://collector:4318/v1/traces"),
        ("http://collector:4318/", "http://collector:4318/v1/traces"),
        ("https://otlp.example.com/otlp", "https://otlp.example.com/otlp/v1/traces"),
        ("http://collector:4318/v1/traces", "http://collector:4318/v1/traces"),
    ],
)
def test_the_traces_url_of_a_base_url(endpoint: str, url: str) -> None:
    assert traces_url(endpoint) == url


def test_a_carrier_keeps_the_trace_context_strings_only() -> None:
    event = {"id": "e1", "traceparent": "00-abc", "tracestate": 7, "data": {"title": "x"}}
    assert carrier_of(event) == {"traceparent": "00-abc"}
    assert carrier_of({}) == {}


def test_a_message_span_records_ids_never_data() -> None:
    event = {
        "id": "0c6f3a2e-1111-2222-3333-444455556666",
        "type": "todo.task.completed",
        "subject": "tasks/42",
        "data": {"task": {"title": "Secret plans"}, "user_id": "u-1"},
    }
    attributes = message_attributes(event, system="redis", topic="task-events")
    assert attributes == {
        "messaging.system": "redis",
        "messaging.destination.name": "task-events",
        "messaging.message.id": "0c6f3a2e-1111-2222-3333-444455556666",
        "cloudevents.event_id": "0c6f3a2e-1111-2222-3333-444455556666",
        "cloudevents.event_type": "todo.task.completed",
        "cloudevents.event_subject": "tasks/42",
        "todo.task.id": 42,
    }
    odd = message_attributes({"subject": "notifications/x", "id": 5}, system="memory", topic="t")
    assert "todo.task.id" not in odd
    assert "messaging.message.id" not in odd


def test_tracing_off_records_nothing() -> None:
    tracing = open_tracing(endpoint=None, service="todo-api")
    assert tracing is NO_TRACING
    assert not tracing.on
    with tracing.span("anything", attributes={"todo.task.id": 1}) as span:
        span.set_attribute("http.route", "/x")
        span.rename("GET /x")
        span.fail("500")
        assert tracing.carrier() is None
    with pytest.raises(ValueError, match="boom"), tracing.span("failing"):
        raise ValueError("boom")
    tracing.close()
