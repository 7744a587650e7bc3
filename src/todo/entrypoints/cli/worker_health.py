"""``todo worker``'s own port: ``/healthz`` and ``/readyz`` for probes, ``/metrics``.

A worker serves no API, so this is a small HTTP/1.1 endpoint of its own (``TODO_WORKER_HOST``
and ``TODO_WORKER_PORT``, 127.0.0.1:8001 by default): ``GET /healthz`` answers 200 while the
process runs; ``GET /readyz`` answers 200 when the database answers, the broker answers and
every subscription of the worker reads, else 503 — the same JSON and the same rules for showing
the checks as the server's ``/readyz``. ``GET /metrics`` gives the event pipeline in
Prometheus' text format, to the same people who may see the checks:

- ``todo_outbox_unsent_events`` — events written that no relay has sent yet (the backlog);
- ``todo_outbox_lag_seconds`` — how long the oldest of them has waited (0 when none waits);
- ``todo_dead_letters`` — events a consumer gave up on, waiting for an admin;
- ``todo_consumer_events_total{consumer,outcome}`` — events this worker's consumers handled:
  ``applied``, ``skipped`` (not for them, already done, or parked) or ``failed`` (delivered
  again later: the database or the broker could not be reached);
- ``todo_broker_up`` — 1 while the broker answers and every subscription reads.

Nothing else is served.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from typing import TYPE_CHECKING

from todo.services.events.dead_letters import count_dead_letters
from todo.services.events.replay import outbox_status
from todo.services.health import CachedCheck, details_allowed

if TYPE_CHECKING:
    from todo.bootstrap import App
    from todo.services.events.runtime import EventRuntime

log = logging.getLogger("todo.worker")

#: Seconds a client may take to send its request.
READ_TIMEOUT = 5.0
#: The longest request head read (bytes).
MAX_HEAD = 8192
#: Seconds the figures of ``/metrics`` read from the database are reused.
METRICS_FRESH = 2.0
#: The content type of Prometheus' text format.
PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8"


class HealthEndpoint:
    """The probes of one worker: ``await HealthEndpoint(app, runtime).start("127.0.0.1", 8081)``."""

    def __init__(self, app: App, runtime: EventRuntime) -> None:
        self.app = app
        self.runtime = runtime
        self._database = CachedCheck(app.check_database)
        self._server: asyncio.Server | None = None
        self._figures: tuple[float, list[str]] | None = None
        self._reading = asyncio.Lock()

    async def start(self, host: str, port: int) -> None:
        """Listen on ``host:port``; raises :class:`OSError` when the port is taken."""
        self._server = await asyncio.start_server(self._answer, host, port, limit=MAX_HEAD)

    async def close(self) -> None:
        """Stop listening and close the open connections."""
        if self._server is not None:
            self._server.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._server.wait_closed(), READ_TIMEOUT)
            self._server = None

    async def readiness(self, authorization: str | None) -> tuple[int, dict[str, object]]:
        """Return the status code and JSON body of ``/readyz``."""
        checks = {"database": await self._database.result() or "ok", **self.runtime.health()}
        healthy = all(result == "ok" for result in checks.values())
        body: dict[str, object] = {"status": "ok" if healthy else "unavailable"}
        if self._may_see_details(authorization):
            body["checks"] = checks
        return (200 if healthy else 503), body

    def _may_see_details(self, authorization: str | None) -> bool:
        settings = self.app.settings
        return details_allowed(
            public=settings.ops_public,
            production=settings.env == "production",
            token=settings.ops_token.get_secret_value() if settings.ops_token else None,
            authorization=authorization,
        )

    async def metrics(self) -> str:
        """Return the event pipeline's figures in Prometheus' text format."""
        lines = await self._database_figures()
        lines += [
            "# HELP todo_consumer_events_total Events this worker's consumers handled.",
            "# TYPE todo_consumer_events_total counter",
        ]
        for (consumer, outcome), count in sorted(self.runtime.handled.items()):
            lines.append(
                f'todo_consumer_events_total{{consumer="{consumer}",outcome="{outcome}"}} {count}'
            )
        up = all(result == "ok" for result in self.runtime.health().values())
        lines += [
            "# HELP todo_broker_up 1 while the broker answers and every subscription reads.",
            "# TYPE todo_broker_up gauge",
            f"todo_broker_up {int(up)}",
        ]
        return "\n".join(lines) + "\n"

    async def _database_figures(self) -> list[str]:
        """The backlog, the lag and the dead letters, read at most every few seconds."""
        async with self._reading:
            now = time.monotonic()
            if self._figures is not None and now - self._figures[0] < METRICS_FRESH:
                return list(self._figures[1])
            status = await outbox_status(self.app.uow())
            dead = await count_dead_letters(self.app.uow())
            oldest = status.oldest_unsent
            lag = max(0.0, (self.app.clock.now() - oldest).total_seconds()) if oldest else 0.0
            figures = [
                "# HELP todo_outbox_unsent_events Events written that no relay has sent yet.",
                "# TYPE todo_outbox_unsent_events gauge",
                f"todo_outbox_unsent_events {status.unsent}",
                "# HELP todo_outbox_lag_seconds How long the oldest unsent event has waited.",
                "# TYPE todo_outbox_lag_seconds gauge",
                f"todo_outbox_lag_seconds {lag:.3f}",
                "# HELP todo_dead_letters Events a consumer gave up on, waiting for an admin.",
                "# TYPE todo_dead_letters gauge",
                f"todo_dead_letters {dead}",
            ]
            self._figures = (now, figures)
            return list(figures)

    async def _answer(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            async with asyncio.timeout(READ_TIMEOUT):
                head = await reader.readuntil(b"\r\n\r\n")
            status, body = await self._respond(head.decode("latin-1"))
            if isinstance(body, str):
                payload, kind = body.encode(), PROMETHEUS_TEXT
            else:
                payload, kind = json.dumps(body).encode(), "application/json"
            reason = {
                200: "OK",
                401: "Unauthorized",
                404: "Not Found",
                405: "Method Not Allowed",
            }.get(status, "Service Unavailable")
            challenge = "WWW-Authenticate: Bearer\r\n" if status == 401 else ""
            writer.write(
                f"HTTP/1.1 {status} {reason}\r\nContent-Type: {kind}\r\n{challenge}"
                f"Content-Length: {len(payload)}\r\nConnection: close\r\n\r\n".encode()
                + payload
            )
            await writer.drain()
        except (TimeoutError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, OSError):
            pass  # a client that is too slow, sends too much, or went away gets nothing
        finally:
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()

    async def _respond(self, head: str) -> tuple[int, dict[str, object] | str]:
        request_line, *header_lines = head.split("\r\n")
        method, _, rest = request_line.partition(" ")
        path = rest.partition(" ")[0].partition("?")[0]
        if path not in ("/healthz", "/readyz", "/metrics"):
            return 404, {"status": "not found"}
        if method != "GET":
            return 405, {"status": "method not allowed"}
        if path == "/healthz":
            return 200, {"status": "ok"}
        authorization = None
        for line in header_lines:
            name, _, value = line.partition(":")
            if name.strip().lower() == "authorization":
                authorization = value.strip()
        if path == "/readyz":
            return await self.readiness(authorization)
        if not self._may_see_details(authorization):
            return 401, {"status": "the metrics need the operations token (TODO_OPS_TOKEN)"}
        try:
            return 200, await self.metrics()
        except Exception:  # the database is unreachable: say so, do not drop the connection
            log.warning("the worker's metrics could not be read", exc_info=True)
            return 503, {"status": "the database cannot be read"}
