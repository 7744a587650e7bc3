"""``todo serve``: the REST API over HTTP."""

from __future__ import annotations

from typing import Annotated

import typer

from todo.entrypoints.cli.runner import EXIT_USAGE, fail, load_settings


def serve(
    host: Annotated[str | None, typer.Option("--host", help="Address to listen on.")] = None,
    port: Annotated[int | None, typer.Option("--port", min=1, max=65535, help="Port.")] = None,
    workers: Annotated[int, typer.Option("--workers", min=1, help="Worker processes.")] = 1,
) -> None:
    """Serve the REST API (docs at /docs); on the embedded default nothing needs configuring.

    Example: todo serve --port 8000
    """
    import uvicorn

    from todo.logs import configure_logging

    settings = load_settings()
    if workers > 1 and settings.broker_url.startswith("memory:"):
        raise fail(
            "--workers needs a real broker (TODO_BROKER_URL=redis://… or nats://…): with the "
            "in-process one, live updates would not cross worker processes.",
            EXIT_USAGE,
        )
    configure_logging(settings.log_level)
    address = host or settings.host
    listen_port = port or settings.port
    typer.echo(f"Todo Evolution on http://{address}:{listen_port}  (API docs: /docs)", err=True)
    uvicorn.run(
        "todo.entrypoints.api.app:create_app",
        factory=True,
        host=address,
        port=listen_port,
        workers=workers,
        log_config=None,
        access_log=False,
        proxy_headers=True,
        server_header=False,
    )
