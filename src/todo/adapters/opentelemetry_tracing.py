"""OpenTelemetry behind :class:`~todo.adapters.tracing.Tracing`: imported only when tracing is on.

The spans of each process go to a tracer provider of its own (never the global one, so that
several applications in one process — a test run — keep their spans apart); trace contexts
are read and written as W3C Trace Context carriers.
"""

from __future__ import annotations

from collections.abc import Mapping
from contextvars import Token
from types import TracebackType
from typing import TYPE_CHECKING

from opentelemetry.context import Context, attach, detach
from opentelemetry.trace import (
    NoOpTracer,
    SpanKind,
    Status,
    StatusCode,
    Tracer,
    set_span_in_context,
)
from opentelemetry.trace import Span as OtelSpan
from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator

from todo import __version__
from todo.adapters.tracing import (
    TRACEPARENT,
    TRACESTATE,
    AttributeValue,
    Carrier,
    Tracing,
)
from todo.adapters.tracing import SpanKind as Kind

if TYPE_CHECKING:
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SpanExporter

_PROPAGATOR = TraceContextTextMapPropagator()
_KINDS: dict[Kind, SpanKind] = {
    "internal": SpanKind.INTERNAL,
    "server": SpanKind.SERVER,
    "producer": SpanKind.PRODUCER,
    "consumer": SpanKind.CONSUMER,
}


class OpenTelemetryTracing(Tracing):
    """Spans made by an OpenTelemetry tracer (``OpenTelemetryTracing.exporting(exporter, …)``)."""

    on = True

    def __init__(self, tracer: Tracer, provider: TracerProvider | None = None) -> None:
        self._tracer = tracer
        self._provider = provider

    @classmethod
    def exporting(
        cls, exporter: SpanExporter, *, service: str, batch: bool = False
    ) -> OpenTelemetryTracing:
        """Return tracing whose finished spans go to ``exporter`` (in batches, from a background
        thread, with ``batch``), from a process named ``service``."""
        from opentelemetry.sdk.resources import SERVICE_NAME, Resource
        from opentelemetry.sdk.trace import TracerProvider
        from opentelemetry.sdk.trace.export import BatchSpanProcessor, SimpleSpanProcessor

        provider = TracerProvider(
            resource=Resource.create({SERVICE_NAME: service}), shutdown_on_exit=False
        )
        processor = BatchSpanProcessor(exporter) if batch else SimpleSpanProcessor(exporter)
        provider.add_span_processor(processor)
        return cls(provider.get_tracer("todo", __version__), provider)

    @classmethod
    def without_sdk(cls) -> OpenTelemetryTracing:
        """Return tracing through the API's no-op tracer (nothing recorded; no SDK loaded)."""
        return cls(NoOpTracer())

    def span(
        self,
        name: str,
        *,
        kind: Kind = "internal",
        attributes: Mapping[str, AttributeValue] | None = None,
        parent: Mapping[str, str] | None = None,
    ) -> _Opened:
        """Open a span as the current one (see :meth:`Tracing.span`)."""
        context = _PROPAGATOR.extract(_clean(parent)) if parent is not None else None
        span = self._tracer.start_span(
            name,
            context=context,
            kind=_KINDS[kind],
            attributes=attributes,
            record_exception=False,  # an exception's message may quote what a user wrote
            set_status_on_exception=False,
        )
        return _Opened(span)

    def carrier(self) -> Carrier | None:
        """Return the current span's trace context, or ``None`` outside a recorded span."""
        carrier: Carrier = {}
        _PROPAGATOR.inject(carrier)
        return carrier or None

    def close(self) -> None:
        """Send what is left to the exporter and shut the provider down."""
        if self._provider is not None:
            self._provider.shutdown()


class _Opened:
    """An OpenTelemetry span as :class:`~todo.adapters.tracing.Span`, current while its block
    runs and ended when it leaves (failed when an exception leaves it)."""

    __slots__ = ("_span", "_token")

    _token: Token[Context]

    def __init__(self, span: OtelSpan) -> None:
        self._span = span

    def __enter__(self) -> _Opened:
        self._token = attach(set_span_in_context(self._span))
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if isinstance(exc, Exception):
            self.fail(type(exc).__name__)
        detach(self._token)
        self._span.end()

    def set_attribute(self, key: str, value: AttributeValue) -> None:
        """Set the attribute ``key`` to ``value``."""
        self._span.set_attribute(key, value)

    def rename(self, name: str) -> None:
        """Name the span ``name``."""
        self._span.update_name(name)

    def fail(self, reason: str) -> None:
        """Mark the span failed, for ``reason``."""
        self._span.set_status(Status(StatusCode.ERROR, reason))


def _clean(carrier: Mapping[str, object]) -> Carrier:
    """Keep the carrier's trace context strings (an event may hold anything under the names)."""
    return {
        name: value
        for name in (TRACEPARENT, TRACESTATE)
        if isinstance(value := carrier.get(name), str)
    }
