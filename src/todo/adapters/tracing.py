"""Traces: the spans of one change, from the HTTP request to the WebSocket push, as one trace.

Tracing is off unless ``OTEL_EXPORTER_OTLP_ENDPOINT`` names an OpenTelemetry collector; then
:func:`open_tracing` sends the spans there over OTLP/HTTP. Off, the process runs with
:data:`NO_TRACING`, which imports nothing of OpenTelemetry: :meth:`Tracing.span` hands back one
shared do-nothing span, :meth:`Tracing.carrier` says there is no trace context to store, and the
callers skip their tracing work when :attr:`Tracing.on` is false.

A trace context travels as a W3C Trace Context *carrier*, ``{"traceparent": "00-…", "tracestate":
"…"}``: from an HTTP request's headers, in the outbox row of each event, and on each CloudEvent
(the CloudEvents distributed-tracing extension) through any broker.

Example::

    tracing = open_tracing(endpoint="http://collector:4318", service="todo-api")
    with tracing.span("tasks.create", attributes={"todo.task.id": 42}):
        ...
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Awaitable, Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Concatenate, Literal, ParamSpec, Protocol, TypeVar

if TYPE_CHECKING:
    from opentelemetry.sdk.trace.export import SpanExporter

#: A W3C Trace Context carrier: ``traceparent`` and, when there is one, ``tracestate``.
Carrier = dict[str, str]
#: What a span is to its trace: a request served, a message sent or received, or work inside.
SpanKind = Literal["internal", "server", "producer", "consumer"]
#: A span attribute's value (never secrets, never the text of a task).
AttributeValue = str | int | float | bool

#: The names a carrier may hold (the CloudEvents extension attributes of the same names).
TRACEPARENT = "traceparent"
TRACESTATE = "tracestate"


class Span(Protocol):
    """An open span: it can be renamed, given attributes, or marked failed until it ends."""

    def set_attribute(self, key: str, value: AttributeValue) -> None:
        """Set the attribute ``key`` to ``value``."""
        ...

    def rename(self, name: str) -> None:
        """Name the span ``name`` (once what it did is known: a request's route)."""
        ...

    def fail(self, reason: str) -> None:
        """Mark the span failed, for ``reason`` (a class of error, never user data)."""
        ...


class _NoSpan:
    """The span of :data:`NO_TRACING`: records nothing."""

    def set_attribute(self, key: str, value: AttributeValue) -> None:
        """Do nothing."""

    def rename(self, name: str) -> None:
        """Do nothing."""

    def fail(self, reason: str) -> None:
        """Do nothing."""

    def __enter__(self) -> _NoSpan:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


_NO_SPAN = _NoSpan()


class Tracing:
    """Spans of this process; this base class records none (see :data:`NO_TRACING`)."""

    #: Whether spans are recorded (callers skip their tracing work when not).
    on: bool = False

    def span(
        self,
        name: str,
        *,
        kind: SpanKind = "internal",
        attributes: Mapping[str, AttributeValue] | None = None,
        parent: Mapping[str, str] | None = None,
    ) -> contextlib.AbstractContextManager[Span]:
        """Open a span named ``name`` as the current one until the block ends.

        Its parent is the current span, or, when ``parent`` is given, the trace context that
        carrier holds (a missing or malformed ``traceparent`` starts a new trace). An exception
        leaving the block marks the span failed, with the exception's class name only.
        """
        return _NO_SPAN

    def carrier(self) -> Carrier | None:
        """Return the current trace context as a carrier, or ``None`` when there is none."""
        return None

    def receiving(
        self,
        event: Mapping[str, Any],
        *,
        system: str,
        topic: str,
        group: str | None = None,
        attributes: Mapping[str, AttributeValue] | None = None,
    ) -> contextlib.AbstractContextManager[Span]:
        """Open the consumer span ``process <topic>`` of a CloudEvent received from the broker
        ``system`` (by the consumer ``group``), a child of the event's ``traceparent``."""
        values = received_attributes(event, system=system, topic=topic, group=group)
        values.update(attributes or {})
        return self.span(
            f"process {topic}", kind="consumer", parent=carrier_of(event), attributes=values
        )

    def close(self) -> None:
        """Send the spans not sent yet and stop (at the end of the process)."""


#: Tracing off: nothing recorded, nothing exported, nothing of OpenTelemetry imported.
NO_TRACING = Tracing()


def carrier_of(event: Mapping[str, Any]) -> Carrier:
    """Return the trace context a CloudEvent (or a request's headers) carries: its
    ``traceparent`` and ``tracestate`` when they are strings; ``{}`` when it carries none."""
    return {
        name: value
        for name in (TRACEPARENT, TRACESTATE)
        if isinstance(value := event.get(name), str)
    }


def message_attributes(
    event: Mapping[str, Any], *, system: str, topic: str
) -> dict[str, AttributeValue]:
    """Return the span attributes of a CloudEvent sent or received on ``topic`` of the broker
    ``system``: its id, type and subject and the task's id — never its data."""
    attributes: dict[str, AttributeValue] = {
        "messaging.system": system,
        "messaging.destination.name": topic,
    }
    event_id, event_type, subject = event.get("id"), event.get("type"), event.get("subject")
    if isinstance(event_id, str):
        attributes["messaging.message.id"] = attributes["cloudevents.event_id"] = event_id[:64]
    if isinstance(event_type, str):
        attributes["cloudevents.event_type"] = event_type[:64]
    if isinstance(subject, str):
        attributes["cloudevents.event_subject"] = subject[:128]
        kind, _, number = subject.partition("/")
        if kind == "tasks" and number.isdigit():
            attributes["todo.task.id"] = int(number)
    return attributes


def received_attributes(
    event: Mapping[str, Any], *, system: str, topic: str, group: str | None
) -> dict[str, AttributeValue]:
    """Return the attributes of the consumer span of ``event`` (see :meth:`Tracing.receiving`)."""
    attributes = message_attributes(event, system=system, topic=topic)
    attributes["messaging.operation.type"] = "process"
    if group is not None:
        attributes["messaging.consumer.group.name"] = group
    return attributes


def traces_url(endpoint: str) -> str:
    """Return the OTLP/HTTP traces URL of the collector base URL ``endpoint``, as the
    OpenTelemetry specification says: ``http://collector:4318`` → ``…:4318/v1/traces`` (a URL
    that names the path already is kept)."""
    base = endpoint.rstrip("/")
    return base if base.endswith("/v1/traces") else base + "/v1/traces"


def open_tracing(*, endpoint: str | None, service: str) -> Tracing:
    """Return the tracing of a process named ``service``: spans sent in batches over OTLP/HTTP
    to the collector at ``endpoint``, or :data:`NO_TRACING` when ``endpoint`` is ``None``.

    The exporter reads its other standard settings (``OTEL_EXPORTER_OTLP_HEADERS``,
    ``…_TIMEOUT``, ``…_COMPRESSION``, certificates) itself; the sampler follows
    ``OTEL_TRACES_SAMPLER`` (every trace by default, and always a sampled caller's).
    """
    if not endpoint:
        return NO_TRACING
    from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

    return tracing_to(OTLPSpanExporter(endpoint=traces_url(endpoint)), service=service, batch=True)


def tracing_to(exporter: SpanExporter, *, service: str, batch: bool = False) -> Tracing:
    """Return tracing that hands every finished span to ``exporter`` — at once, or in batches
    from a background thread with ``batch`` (tests give an in-memory exporter)."""
    from todo.adapters.opentelemetry_tracing import OpenTelemetryTracing

    return OpenTelemetryTracing.exporting(exporter, service=service, batch=batch)


def api_only_tracing() -> Tracing:
    """Return tracing through the OpenTelemetry API's own no-op tracer: every span is opened and
    closed, none recorded, no context stored (what instrumentation costs with no SDK; the
    benchmark compares it with :data:`NO_TRACING`)."""
    from todo.adapters.opentelemetry_tracing import OpenTelemetryTracing

    return OpenTelemetryTracing.without_sdk()


P = ParamSpec("P")
T = TypeVar("T")


class _Traced(Protocol):
    """Something that carries the process's tracing (the unit of work does)."""

    @property
    def tracing(self) -> Tracing: ...


U = TypeVar("U", bound=_Traced)


def traced(
    name: str,
) -> Callable[
    [Callable[Concatenate[U, P], Awaitable[T]]], Callable[Concatenate[U, P], Awaitable[T]]
]:
    """Record each call of a service verb as a span ``name`` (its first argument, the unit of
    work, knows the tracing), with the task's id when the verb takes or returns one."""

    def decorate(
        verb: Callable[Concatenate[U, P], Awaitable[T]],
    ) -> Callable[Concatenate[U, P], Awaitable[T]]:
        @functools.wraps(verb)
        async def call(uow: U, /, *args: P.args, **kwargs: P.kwargs) -> T:
            tracing = uow.tracing
            if not tracing.on:
                return await verb(uow, *args, **kwargs)
            task_id = kwargs.get("task_id")
            attributes = {"todo.task.id": task_id} if isinstance(task_id, int) else None
            with tracing.span(name, attributes=attributes) as span:
                result = await verb(uow, *args, **kwargs)
                made = getattr(result[0] if isinstance(result, tuple) else result, "id", None)
                if task_id is None and isinstance(made, int):
                    span.set_attribute("todo.task.id", made)
                return result

        return call

    return decorate


#: One span to open among several: its name, its parent carrier and its attributes.
Opening = tuple[str, Mapping[str, str] | None, Mapping[str, AttributeValue]]


@contextlib.contextmanager
def spans(
    tracing: Tracing, openings: Sequence[Opening], *, kind: SpanKind
) -> Iterator[list[tuple[Span, Carrier]]]:
    """Open one span per opening, side by side until the block ends, for work done on several
    messages at once (each span in the trace of its own message); yield each span with its
    carrier."""
    with contextlib.ExitStack() as stack:
        opened = []
        for name, parent, attributes in openings:
            span = stack.enter_context(
                tracing.span(name, kind=kind, attributes=attributes, parent=parent)
            )
            opened.append((span, tracing.carrier() or {}))
        yield opened
