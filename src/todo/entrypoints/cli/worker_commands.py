"""``todo worker``: the event workers, as a process of their own."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from todo.entrypoints.cli.runner import call_with_app, load_settings

if TYPE_CHECKING:
    from todo.bootstrap import App


def worker() -> None:
    """Run the event workers until stopped: the relay, recurring tasks, reminders,
    notifications and the activity log. Start as many as you like next to `todo serve`.

    Example: TODO_BROKER_URL=redis://localhost:6379 todo worker
    """
    from todo.logs import configure_logging

    configure_logging(load_settings().log_level)

    async def work(app: App) -> None:
        import asyncio
        import signal

        from todo.bootstrap import event_runtime

        runtime = event_runtime(app)
        runtime.subscribe_consumers()
        await runtime.start(relay=True, scheduler=True)
        stopping = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, stopping.set)
        typer.echo(
            f"Todo Evolution worker: broker {app.bus.kind}, database "
            f"{app.engine.dialect.name}; Ctrl-C stops it.",
            err=True,
        )
        try:
            await stopping.wait()
        finally:
            await runtime.stop()

    call_with_app(work)
