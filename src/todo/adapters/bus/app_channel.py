"""The app channel of the Dapr bus: the small HTTP server a Dapr sidecar calls.

A Dapr sidecar reaches its application over HTTP on the *app port* (``dapr.io/app-port``): it
asks ``GET /dapr/subscribe`` which topics the application takes, then POSTs each event to the
route the application named. :class:`AppChannel` is that server — HTTP/1.1 over ``asyncio``
streams, written and read with ``h11`` (the protocol library under the server's own HTTP
stack), so that any process (``todo serve``, ``todo worker``) can subscribe without a web
framework. It listens on loopback by default: the sidecar runs in the same pod, and nobody
else may hand the application events.

Every loop over input is bounded: a request body may hold at most :data:`MAX_BODY` bytes, a
connection serves at most :data:`MAX_REQUESTS` requests, and a connection that sends nothing
for :data:`IDLE_SECONDS` is closed.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import h11

log = logging.getLogger(__name__)

#: The largest request body the channel reads (bytes); a larger one is answered 413.
MAX_BODY = 4 * 1024 * 1024
#: Requests one connection may send before the channel closes it (the sidecar opens another).
MAX_REQUESTS = 100_000
#: Seconds a connection may stay silent before the channel closes it.
IDLE_SECONDS = 60.0
#: How many bytes are read from the socket at once.
CHUNK = 65_536

#: Answers one request: ``(method, path, body) -> (status, JSON answer)``.
Responder = Callable[[str, str, bytes], Awaitable[tuple[int, Any]]]


class AppChannel:
    """An HTTP server on ``host:port`` answering each request with ``respond``:
    ``AppChannel("127.0.0.1", 6001, respond)``, then ``await channel.start()``."""

    def __init__(self, host: str, port: int, respond: Responder) -> None:
        self.host, self.port = host, port
        self._respond = respond
        self._server: asyncio.Server | None = None
        #: The open connections, and the tasks serving them.
        self._connections: dict[asyncio.StreamWriter, asyncio.Task[None] | None] = {}
        #: The connections answering a request right now (the others wait for the next one).
        self._busy: set[asyncio.StreamWriter] = set()

    @property
    def _tasks(self) -> list[asyncio.Task[None]]:
        return [task for task in self._connections.values() if task is not None]

    @property
    def serving(self) -> bool:
        """Tell whether the server is listening."""
        return self._server is not None and self._server.is_serving()

    async def start(self) -> None:
        """Listen on the port; raise :class:`OSError` when it is taken or cannot be bound."""
        if self.serving:
            return
        self._server = await asyncio.start_server(
            self._connection, self.host, self.port, reuse_address=True
        )

    async def stop(self) -> None:
        """Stop listening, let the requests under way finish (up to five seconds), close."""
        server, self._server = self._server, None
        if server is None:
            return
        server.close()
        for writer in self._connections.keys() - self._busy:  # idle keep-alive: close now
            writer.close()
        running = [task for task in self._tasks if not task.done()]
        if running:
            _, late = await asyncio.wait(running, timeout=5.0)
            for task in late:  # still answering after the wait: cut short
                task.cancel()
            if late:
                await asyncio.wait(late, timeout=1.0)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(server.wait_closed(), 5.0)

    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._connections[writer] = asyncio.current_task()
        http = h11.Connection(h11.SERVER, max_incomplete_event_size=64 * 1024)
        try:
            for _ in range(MAX_REQUESTS):
                request = await _next(http, reader)
                if not isinstance(request, h11.Request):
                    return
                self._busy.add(writer)
                body, too_large = await _body(http, reader)
                if too_large:
                    status, answer = 413, {"error": "the body is too large"}
                else:
                    status, answer = await self._respond(
                        request.method.decode(), request.target.decode(), body
                    )
                await _send(http, writer, status, answer)
                self._busy.discard(writer)
                if http.our_state is h11.MUST_CLOSE or too_large:
                    return
                http.start_next_cycle()
        except (OSError, TimeoutError, h11.ProtocolError):
            return
        except asyncio.CancelledError:
            # Cut short by stop(): the connection's own task, awaited by nobody else, ends here
            # (asyncio's server would otherwise log the cancellation as an error).
            return
        finally:
            self._connections.pop(writer, None)
            self._busy.discard(writer)
            writer.close()
            with contextlib.suppress(OSError):
                await writer.wait_closed()


async def _next(http: h11.Connection, reader: asyncio.StreamReader) -> Any:
    """Read until h11 has the next event (a request, its data, its end, or the peer's close)."""
    while True:
        event = http.next_event()
        if event is not h11.NEED_DATA:
            return event
        data = await asyncio.wait_for(reader.read(CHUNK), IDLE_SECONDS)
        http.receive_data(data)


async def _body(http: h11.Connection, reader: asyncio.StreamReader) -> tuple[bytes, bool]:
    """Read the request's body; tell whether it was larger than :data:`MAX_BODY`."""
    chunks: list[bytes] = []
    size = 0
    while True:
        event = await _next(http, reader)
        if isinstance(event, h11.Data):
            size += len(event.data)
            if size > MAX_BODY:
                return b"", True
            chunks.append(bytes(event.data))
        elif isinstance(event, h11.EndOfMessage):
            return b"".join(chunks), False
        else:
            raise h11.RemoteProtocolError("the request ended early")


async def _send(
    http: h11.Connection, writer: asyncio.StreamWriter, status: int, answer: Any
) -> None:
    body = json.dumps(answer).encode()
    headers = [("Content-Type", "application/json"), ("Content-Length", str(len(body)))]
    writer.write(http.send(h11.Response(status_code=status, headers=headers)) or b"")
    writer.write(http.send(h11.Data(data=body)) or b"")
    writer.write(http.send(h11.EndOfMessage()) or b"")
    await writer.drain()
