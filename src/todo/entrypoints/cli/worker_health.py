"""``todo worker --health-port``: ``/healthz`` and ``/readyz`` for a worker's probes.

A worker serves no API, so this is a small HTTP/1.1 endpoint of its own: ``GET /healthz``
answers 200 while the process runs; ``GET /readyz`` answers 200 when the database answers, the
broker answers and every subscription of the worker reads, else 503 — the same JSON and the
same rules for showing the checks as the server's ``/readyz``. Nothing else is served.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from typing import TYPE_CHECKING

from todo.services.health import CachedCheck, check_database, details_allowed

if TYPE_CHECKING:
    from todo.bootstrap import App
    from todo.services.event_runtime import EventRuntime

#: Seconds a client may take to send its request.
READ_TIMEOUT = 5.0
#: The longest request head read (bytes).
MAX_HEAD = 8192


class HealthEndpoint:
    """The probes of one worker: ``await HealthEndpoint(app, runtime).start("127.0.0.1", 8081)``."""

    def __init__(self, app: App, runtime: EventRuntime) -> None:
        self.app = app
        self.runtime = runtime
        self._database = CachedCheck(lambda: check_database(app.engine))
        self._server: asyncio.Server | None = None

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
        settings = self.app.settings
        if details_allowed(
            public=settings.ops_public,
            production=settings.env == "production",
            token=settings.ops_token.get_secret_value() if settings.ops_token else None,
            authorization=authorization,
        ):
            body["checks"] = checks
        return (200 if healthy else 503), body

    async def _answer(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            async with asyncio.timeout(READ_TIMEOUT):
                head = await reader.readuntil(b"\r\n\r\n")
            status, body = await self._respond(head.decode("latin-1"))
            payload = json.dumps(body).encode()
            reason = {200: "OK", 404: "Not Found", 405: "Method Not Allowed"}.get(
                status, "Service Unavailable"
            )
            writer.write(
                f"HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\n"
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

    async def _respond(self, head: str) -> tuple[int, dict[str, object]]:
        request_line, *header_lines = head.split("\r\n")
        method, _, rest = request_line.partition(" ")
        path = rest.partition(" ")[0].partition("?")[0]
        if path not in ("/healthz", "/readyz"):
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
        return await self.readiness(authorization)
