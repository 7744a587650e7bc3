"""The REST API application: ``create_api(settings)`` builds it.

The server ``todo serve`` runs is composed in :mod:`todo.entrypoints.server`, which adds the MCP
endpoint to it as an :class:`Extension`; this door imports no other door.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import AsyncIterator, Sequence
from contextlib import AbstractAsyncContextManager, AsyncExitStack, asynccontextmanager
from typing import TYPE_CHECKING, Protocol

from fastapi import FastAPI
from starlette.middleware.cors import CORSMiddleware

from todo import __version__
from todo.bootstrap import NO_TRACING, Clock, Tracing, build_app, event_runtime
from todo.config import Settings
from todo.domain.events import TASK_UPDATES_TOPIC
from todo.entrypoints.api import docs_page, problems, web_app
from todo.entrypoints.api.fast_reads import fast_reads
from todo.entrypoints.api.live import LiveHub
from todo.entrypoints.api.middleware import Metrics, RequestContext
from todo.entrypoints.api.routes import (
    activity,
    admin_events,
    auth,
    authorizations,
    chat,
    comments,
    compat,
    live,
    notifications,
    ops,
    projects,
    tags,
    tasks,
    tokens,
    users,
)

if TYPE_CHECKING:
    from todo.bootstrap import PasswordHasher

log = logging.getLogger("todo.api")

DESCRIPTION = """
Your tasks over HTTP. Sign in with `POST /api/v1/auth/token` (or the **Authorize** button),
then send `Authorization: Bearer <access token>`; scripts and AI clients can use a personal
access token from `POST /api/v1/tokens` instead.

Errors are [RFC 9457](https://www.rfc-editor.org/rfc/rfc9457) `application/problem+json`
bodies with a one-sentence `detail`, and `errors` naming each field at fault. Another user's
task is reported as `404`, never `403`.
"""


class Extension(Protocol):
    """Something served beside the REST API by the same app (the MCP endpoint)."""

    def install(self, api: FastAPI) -> None:
        """Add routes or mounts to ``api`` (once, when the app is built)."""

    def running(self) -> AbstractAsyncContextManager[None]:
        """What runs while the app serves (entered after the app's own start-up)."""


def _freeze_startup_heap() -> None:
    """Keep the garbage collector away from what was built to start — the app, the routes, the
    models — which lives as long as the process: walking it again and again paused every
    request in flight for tens of milliseconds now and then. Once per process (a process that
    starts apps again and again, as a test run does, would otherwise keep what each left)."""
    if gc.get_freeze_count() == 0:
        gc.collect()
        gc.freeze()


def create_api(
    settings: Settings | None = None,
    *,
    clock: Clock | None = None,
    password_hasher: PasswordHasher | None = None,
    extensions: Sequence[Extension] = (),
    tracing: Tracing | None = None,
) -> FastAPI:
    """Return the REST API for ``settings`` (read from the environment when not given), with
    ``extensions`` installed beside it. The application built at start-up is ``api.state.todo``.
    Its spans go to ``tracing`` (a test's), else over OTLP when ``OTEL_EXPORTER_OTLP_ENDPOINT``
    is set, as ``todo-api``.

    The database is opened (and the embedded one migrated) when the app starts.
    """
    settings = settings or Settings()
    metrics = Metrics()

    @asynccontextmanager
    async def lifespan(api: FastAPI) -> AsyncIterator[None]:
        todo_app = await build_app(
            settings, clock=clock, password_hasher=password_hasher, tracing=tracing
        )
        todo_app.trace_as("todo-api")
        try:
            todo_app.auth  # noqa: B018  (fails fast on a weak secret in production)
            engine = todo_app.chat_engine  # built now, so the first chat does not wait for it
            events = event_runtime(todo_app)
            hub = LiveHub(todo_app, heartbeat_seconds=settings.live_heartbeat_seconds)
            todo_app.bus.subscribe(TASK_UPDATES_TOPIC, hub.deliver, group=None)
            if todo_app.runs_workers:
                events.subscribe_consumers()
            api.state.todo = todo_app
            api.state.events = events
            api.state.live = hub
            metrics.watch_connections(lambda: hub.connections)
            await events.start(relay=settings.relay_in_server, scheduler=todo_app.runs_workers)
            await hub.start()
            log.debug(
                "started",
                extra={
                    "database": todo_app.engine.dialect.name,
                    "broker": todo_app.bus.kind,
                    "workers": todo_app.runs_workers,
                    "chat_engine": engine.name,
                },
            )
            try:
                async with AsyncExitStack() as running:
                    for extension in extensions:
                        await running.enter_async_context(extension.running())
                    _freeze_startup_heap()
                    yield
            finally:
                await hub.close()
                await events.stop(grace=settings.shutdown_grace_seconds)
        finally:
            await todo_app.aclose()

    api = FastAPI(
        title="Todo Evolution",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
        responses=problems.responses(400, 413, 500),
        docs_url=None,
        redoc_url=None,
    )
    api.state.metrics = metrics
    problems.install(api)
    docs_page.install(api)
    web_app.install(api)
    routers = (  # the task routes first: they are most of the traffic, and matched in order
        tasks,
        projects,
        comments,
        auth,
        users,
        admin_events,
        tokens,
        authorizations,
        activity,
        tags,
        notifications,
        chat,
        live,
        compat,
        ops,
    )
    for module in routers:
        api.include_router(module.router)
    # The hottest reads first, in front of the routes that document them (see fast_reads).
    api.router.routes[0:0] = fast_reads()
    for extension in extensions:
        extension.install(api)
    if settings.cors_origins:
        api.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
            allow_headers=["Authorization", "Content-Type", "If-Match", "Idempotency-Key"],
            expose_headers=["ETag", "Location", "Retry-After", "X-Request-ID"],
        )

    def tracing_now() -> Tracing:
        running = getattr(api.state, "todo", None)
        return running.tracing if running is not None else NO_TRACING

    api.add_middleware(
        RequestContext,
        metrics=metrics,
        max_body_bytes=settings.max_body_bytes,
        tracing=tracing_now,
    )
    return api
