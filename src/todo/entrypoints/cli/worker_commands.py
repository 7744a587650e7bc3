"""``todo worker``: the event workers, as a process of their own."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from todo.entrypoints.cli.runner import call_with_app, fail, load_settings

if TYPE_CHECKING:
    from todo.bootstrap import App


def worker(
    port: Annotated[
        int | None,
        typer.Option(
            "--port",
            "--health-port",
            min=1,
            max=65535,
            help="Port of the probes and metrics: GET /healthz (the process runs), GET /readyz "
            "(the database and the broker answer, and every subscription reads), GET /metrics. "
            "Default: TODO_WORKER_PORT (8001).",
            show_default=False,
        ),
    ] = None,
    host: Annotated[
        str | None,
        typer.Option(
            "--host",
            "--health-host",
            help="Address the probes' port listens on. Default: TODO_WORKER_HOST (127.0.0.1).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Run the event workers until stopped: the relay, recurring tasks, reminders,
    notifications and the activity log. Start as many as you like next to `todo serve`.

    A subscription that stops reading (a broker that restarted empty lost its consumer groups)
    is started again within seconds; the logs say so, and so does /readyz.

    On SIGTERM or Ctrl-C the worker finishes the round it is in (events published, reminders
    fired) for up to TODO_SHUTDOWN_GRACE_SECONDS, then exits; nothing is lost either way.

    Example: TODO_BROKER_URL=redis://localhost:6379 todo worker --port 8081
    """
    from todo.logs import configure_logging

    settings = load_settings()
    configure_logging(settings.log_level, settings.log_format)
    where_host = host or settings.worker_host
    where_port = port or settings.worker_port

    async def work(app: App) -> None:
        import asyncio
        import logging
        import signal

        from todo.bootstrap import event_runtime
        from todo.entrypoints.cli.worker_health import HealthEndpoint

        app.trace_as("todo-worker")  # spans over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set
        runtime = event_runtime(app)
        runtime.subscribe_consumers()
        probes = HealthEndpoint(app, runtime)
        try:
            await probes.start(where_host, where_port)
        except OSError as error:
            raise fail(
                f"cannot listen on {where_host}:{where_port} ({error.strerror}); choose another "
                "port with --port or TODO_WORKER_PORT."
            ) from None
        await runtime.start(relay=True, scheduler=True)
        stopping = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, stopping.set)
        log = logging.getLogger("todo.worker")
        log.info(
            f"Todo Evolution worker: probes and metrics on http://{where_host}:{where_port}",
            extra={"broker": app.bus.kind, "database": app.engine.dialect.name},
        )
        try:
            await stopping.wait()
            log.info(
                "stopping: finishing the round under way",
                extra={"grace_seconds": settings.shutdown_grace_seconds},
            )
        finally:
            await probes.close()
            await runtime.stop(grace=settings.shutdown_grace_seconds)
        log.info("stopped")

    call_with_app(work)
