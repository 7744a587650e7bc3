"""Per-request plumbing as plain ASGI middleware: request ids, security headers, the last word on
unexpected errors, metrics, logs, and each request's span when tracing is on."""

from __future__ import annotations

import logging
import re
import time
import uuid
from collections.abc import Callable

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from todo import logs
from todo.bootstrap import NO_TRACING, Span, Tracing
from todo.entrypoints.api.problems import unexpected_error

access_log = logging.getLogger("todo.access")
#: Routes the orchestrator calls on every replica every few seconds: logged at DEBUG when well.
_PROBES = frozenset({"/healthz", "/readyz"})
_VALID_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
_API_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
_STRICT_CSP = (b"content-security-policy", b"default-src 'none'; frame-ancestors 'none'")
#: Pages that set a policy of their own: the API docs, and the OAuth consent page (whose form
#: sends the browser on to the application that asked, which ``form-action`` would block).
_DOCS_PATHS = ("/docs", "/static/", "/oauth/")
#: The web app (``/`` and ``/app/…``) loads its own scripts and styles and opens the WebSocket.
_WEB_CSP = (
    b"content-security-policy",
    b"default-src 'self'; connect-src 'self'; img-src 'self' data:; "
    b"style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; "
    b"form-action 'self'; frame-ancestors 'none'",
)
PROBLEM = b"application/problem+json"
_TOO_LARGE_BODY = (
    b'{"type":"/problems/request-body-too-large","title":"Request body too large",'
    b'"status":413,"detail":"The request body is larger than this server accepts."}'
)


class Metrics:
    """The Prometheus metrics of one API app (a registry of its own, so tests can run several)."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "todo_http_requests",
            "HTTP requests by route template, method and status.",
            ["route", "method", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "todo_http_request_duration_seconds",
            "Time to serve a request, by route template and method.",
            ["route", "method"],
            buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5),
            registry=self.registry,
        )
        self.websockets = Gauge(
            "todo_websocket_connections",
            "Open WebSocket connections (signed in) on this process.",
            registry=self.registry,
        )

    def watch_connections(self, count: Callable[[], int]) -> None:
        """Report ``count()`` as the number of open WebSocket connections."""
        self.websockets.set_function(count)


def _no_tracing() -> Tracing:
    return NO_TRACING


class RequestContext:
    """Gives every request an id (``X-Request-ID``, kept when the client sends a sane one),
    refuses bodies over the limit with 413, adds security headers, answers an unexpected error
    with a 500 problem (logged once, with its traceback), and records the request's metrics and
    one access-log line.

    When ``tracing()`` is on, each request is a server span ``<METHOD> <route template>``,
    continuing the caller's trace when it sends a W3C ``traceparent`` header.
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        metrics: Metrics,
        max_body_bytes: int,
        tracing: Callable[[], Tracing] = _no_tracing,
    ) -> None:
        self.app = app
        self.metrics = metrics
        self.max_body_bytes = max_body_bytes
        self.tracing = tracing

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        tracing = self.tracing()
        if not tracing.on:
            await self._serve(scope, receive, send, None)
            return
        method: str = scope["method"]
        caller = {
            name: value
            for name in ("traceparent", "tracestate")
            if (value := _header(scope, name.encode())) is not None
        }
        with tracing.span(
            method,
            kind="server",
            parent=caller,
            attributes={"http.request.method": method},
        ) as span:
            await self._serve(scope, receive, send, span)

    async def _serve(self, scope: Scope, receive: Receive, send: Send, span: Span | None) -> None:
        given = _header(scope, b"x-request-id")
        request_id = given if given and _VALID_ID.match(given) else uuid.uuid4().hex
        token = logs.request_id.set(request_id)
        started = time.perf_counter()
        status = 500
        answering = False  # the response has started
        path: str = scope["path"]

        async def send_with_headers(message: Message) -> None:
            nonlocal status, answering
            if message["type"] == "http.response.start":
                status, answering = message["status"], True
                headers = list(message.get("headers", []))
                headers.append((b"x-request-id", request_id.encode()))
                headers.extend(_API_HEADERS)
                if path == "/" or path.startswith("/app/"):
                    headers.append(_WEB_CSP)
                elif not path.startswith(_DOCS_PATHS):
                    headers.append(_STRICT_CSP)
                message["headers"] = headers
            await send(message)

        received = 0

        async def receive_with_limit() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body_bytes:
                    raise HTTPException(413)
            return message

        try:
            declared = _header(scope, b"content-length")
            if declared and declared.isdigit() and int(declared) > self.max_body_bytes:
                await _too_large(send_with_headers)
            else:
                await self.app(scope, receive_with_limit, send_with_headers)
        except Exception:
            # Answered here, once: an error left to the server would be logged a second time and
            # would cost the client its kept-alive connection.
            response = unexpected_error(path, answered=answering)
            if response is not None:
                await response(scope, receive, send_with_headers)
        finally:
            elapsed = time.perf_counter() - started
            route = _route_template(scope)
            method = scope["method"]
            if span is not None:
                span.rename(f"{method} {route}")
                span.set_attribute("http.route", route)
                span.set_attribute("http.response.status_code", status)
                if status >= 500:
                    span.fail(str(status))
            self.metrics.requests.labels(route, method, str(status)).inc()
            self.metrics.latency.labels(route, method).observe(elapsed)
            quiet = route in _PROBES and status < 400  # every few seconds, per replica
            access_log.log(
                logging.DEBUG if quiet else logging.INFO,
                "request",
                extra={
                    "method": method,
                    "route": route,
                    "status": status,
                    "duration_ms": round(elapsed * 1000, 2),
                },
            )
            logs.request_id.reset(token)


async def _too_large(send: Send) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", PROBLEM),
                (b"content-length", str(len(_TOO_LARGE_BODY)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": _TOO_LARGE_BODY})


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key == name:
            return str(value.decode("latin-1"))
    return None


def _route_template(scope: Scope) -> str:
    route = scope.get("route")
    path = getattr(route, "path", None)
    return path if isinstance(path, str) else "unmatched"
