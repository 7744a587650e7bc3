"""``todo serve``: the REST API over HTTP.

Every setting of the HTTP server that bounds what one client can hold is given here rather than
left to uvicorn's defaults: the size of a WebSocket message, how many connections one process
holds, how long idle ones stay open and how long a shutdown waits.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

from todo.entrypoints.cli.runner import EXIT_USAGE, fail, load_settings, run_mapping_errors

if TYPE_CHECKING:
    from todo.config import Settings

#: The largest WebSocket message the server reads; clients of the live feed send a token or a
#: ping, so anything larger is refused (1009) before it is parsed.
WS_MAX_MESSAGE_BYTES = 64 * 1024
#: WebSocket messages read ahead of the application, per connection.
WS_MAX_QUEUE = 16
#: Seconds between the server's WebSocket protocol pings, and how long a pong may take.
WS_PING_SECONDS = 20.0
#: Connections the kernel queues before the server accepts them.
BACKLOG = 2048
#: Seconds an idle keep-alive HTTP connection stays open.
KEEP_ALIVE_SECONDS = 5
#: The largest request line and headers of an HTTP request.
MAX_REQUEST_HEAD_BYTES = 16 * 1024
#: Open files kept for the database, the broker, logs and the like when the number of
#: connections is derived from the process's open-file limit.
RESERVED_FILES = 256
#: The most connections when the open-file limit is unlimited.
UNLIMITED_FILES_CONNECTIONS = 100_000


def serve(
    host: Annotated[str | None, typer.Option("--host", help="Address to listen on.")] = None,
    port: Annotated[int | None, typer.Option("--port", min=1, max=65535, help="Port.")] = None,
    workers: Annotated[int, typer.Option("--workers", min=1, help="Worker processes.")] = 1,
) -> None:
    """Serve the REST API (docs at /docs); on the embedded default nothing needs configuring.

    On SIGTERM or Ctrl-C it stops taking connections, lets the requests under way finish for
    up to TODO_SHUTDOWN_GRACE_SECONDS, then exits.

    Example: todo serve --port 8000
    """
    import logging
    import signal

    import uvicorn

    from todo.logs import configure_logging

    settings = load_settings()
    if workers > 1 and settings.broker_url.startswith("memory:"):
        raise fail(
            "--workers needs a real broker (TODO_BROKER_URL=redis://… or nats://…): with the "
            "in-process one, live updates would not cross worker processes.",
            EXIT_USAGE,
        )
    if workers > 1 and settings.broker_url.startswith("dapr:"):
        raise fail(
            "--workers does not go with TODO_BROKER_URL=dapr://: a Dapr sidecar talks to one "
            "process (one app port); run more pods instead (see docs/dapr.md).",
            EXIT_USAGE,
        )
    if settings.dapr_secret_store:
        # Ask the sidecar once here, so that a missing store or secret is one sentence and
        # not a traceback from the server's start-up (which asks again, and finds it).
        from todo.bootstrap import with_dapr_secrets

        run_mapping_errors(lambda: with_dapr_secrets(settings))
    configure_logging(settings.log_level, settings.log_format)
    options = server_options(settings, host=host, port=port, workers=workers)
    shown_host = f"[{options['host']}]" if ":" in options["host"] else options["host"]
    logging.getLogger("todo.serve").info(
        f"Todo Evolution on http://{shown_host}:{options['port']}  (API docs: /docs)",
        extra={"workers": workers},
    )
    # uvicorn stops gracefully on SIGTERM, then raises the signal again for the handler it
    # found: with none, a stop it has just completed would end the process as if killed.
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    uvicorn.run("todo.entrypoints.server:create_app", factory=True, **options)


def server_options(
    settings: Settings, *, host: str | None, port: int | None, workers: int
) -> dict[str, Any]:
    """Return the keyword arguments of ``uvicorn.run`` for ``settings`` and the command line."""
    return {
        "host": host or settings.host,
        "port": port or settings.port,
        "workers": workers,
        "log_config": None,
        "access_log": False,
        "proxy_headers": True,
        "server_header": False,
        "limit_concurrency": settings.max_connections or connections_for_open_files(),
        "backlog": BACKLOG,
        "timeout_keep_alive": KEEP_ALIVE_SECONDS,
        "timeout_graceful_shutdown": settings.shutdown_grace_seconds,
        "h11_max_incomplete_event_size": MAX_REQUEST_HEAD_BYTES,
        "ws_max_size": WS_MAX_MESSAGE_BYTES,
        "ws_max_queue": WS_MAX_QUEUE,
        "ws_ping_interval": WS_PING_SECONDS,
        "ws_ping_timeout": WS_PING_SECONDS,
    }


def connections_for_open_files() -> int:
    """Return how many connections one process can hold: its open-file limit, less the files
    it needs for everything else (a connection past the limit would fail to be accepted)."""
    try:
        import resource
    except ImportError:  # not a POSIX system
        return UNLIMITED_FILES_CONNECTIONS
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY:
        return UNLIMITED_FILES_CONNECTIONS
    return max(RESERVED_FILES // 4, soft - RESERVED_FILES)
