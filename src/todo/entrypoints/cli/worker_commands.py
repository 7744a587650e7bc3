"""``todo worker``: the event workers, as a process of their own."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from todo.entrypoints.cli.runner import call_with_app, fail, load_settings

if TYPE_CHECKING:
    from todo.bootstrap import App


def worker(
    health_port: Annotated[
        int | None,
        typer.Option(
            "--health-port",
            min=1,
            max=65535,
            help="Answer probes on this port: GET /healthz (the process runs) and GET /readyz "
            "(the database and the broker answer, and every subscription reads).",
        ),
    ] = None,
    health_host: Annotated[
        str, typer.Option("--health-host", help="Address the probes' port listens on.")
    ] = "127.0.0.1",
) -> None:
    """Run the event workers until stopped: the relay, recurring tasks, reminders,
    notifications and the activity log. Start as many as you like next to `todo serve`.

    A subscription that stops reading (a broker that restarted empty lost its consumer groups)
    is started again within seconds; the logs say so, and so does /readyz on --health-port.

    Example: TODO_BROKER_URL=redis://localhost:6379 todo worker --health-port 8081
    """
    from todo.logs import configure_logging

    configure_logging(load_settings().log_level)

    async def work(app: App) -> None:
        import asyncio
        import signal

        from todo.bootstrap import event_runtime
        from todo.entrypoints.cli.worker_health import HealthEndpoint

        runtime = event_runtime(app)
        runtime.subscribe_consumers()
        probes = HealthEndpoint(app, runtime)
        if health_port is not None:
            try:
                await probes.start(health_host, health_port)
            except OSError as error:
                raise fail(
                    f"cannot listen on {health_host}:{health_port} ({error.strerror})."
                ) from None
        await runtime.start(relay=True, scheduler=True)
        stopping = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, stopping.set)
        probes_at = f", probes on http://{health_host}:{health_port}" if health_port else ""
        typer.echo(
            f"Todo Evolution worker: broker {app.bus.kind}, database "
            f"{app.engine.dialect.name}{probes_at}; Ctrl-C stops it.",
            err=True,
        )
        try:
            await stopping.wait()
        finally:
            await probes.close()
            await runtime.stop()

    call_with_app(work)
