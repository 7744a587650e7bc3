"""The live hub: the WebSocket connections this process holds, and the events it sends them.

:meth:`LiveHub.deliver` is the handler of the broadcast subscription to ``task-updates``: every
API process receives every task change and notification, and sends each one only to the open
connections of the user it belongs to (``data.user_id``), never to anyone else's.

Sending never waits for a client. Each connection has a bounded queue of messages waiting to be
sent and a task that writes them out; an event is queued without waiting, and a client that
lets ``queue_size`` messages pile up is closed with ``1013`` (try again later) instead of
slowing everyone else down: it reconnects and reloads what it missed over REST.

One heartbeat loop serves every connection: every ``heartbeat_seconds`` it sends
``{"type": "ping"}`` (so that proxies keep idle connections open and clients notice a dead
one) and closes with ``4401`` the connections whose token has expired. An expired connection is
never sent another event, even between two heartbeats.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

import anyio
import orjson
from starlette.websockets import WebSocket, WebSocketDisconnect

from todo.bootstrap import App
from todo.errors import Forbidden, Unauthorized

log = logging.getLogger("todo.live")

#: How often every connection gets ``{"type": "ping"}`` and expired tokens are looked for.
HEARTBEAT_SECONDS = 25.0
#: How many messages may wait for one client before it is closed as too slow.
QUEUE_SIZE = 256
#: How long a close may take before the connection is dropped without one.
CLOSE_TIMEOUT_SECONDS = 5.0

#: The server is shutting down (uvicorn itself closes with 1012, "service restart").
GOING_AWAY = 1001
#: Something went wrong on the server's side.
INTERNAL_ERROR = 1011
#: The client could not keep up with its events.
TRY_AGAIN_LATER = 1013
#: No token, a bad one, or one that has expired: sign in (or refresh) and reconnect.
UNAUTHORIZED = 4401
#: The token is valid but may not read tasks (a personal token without ``tasks:read``).
FORBIDDEN = 4403

EXPIRED = "The access token has expired; refresh it and reconnect."
SHUTTING_DOWN = "The server is shutting down; reconnect in a moment."
_MAX_REASON_BYTES = 123  # what a close frame can carry
_PING = orjson.dumps({"type": "ping"}).decode()
_PONG = orjson.dumps({"type": "pong"}).decode()


def close_reason(text: str) -> str:
    """Return ``text`` cut to the 123 bytes of UTF-8 a close frame can carry."""
    encoded = text.encode()
    if len(encoded) <= _MAX_REASON_BYTES:
        return text
    return encoded[: _MAX_REASON_BYTES - 3].decode(errors="ignore") + "…"


#: Checks again that a connection's credential still works (raises Unauthorized or Forbidden
#: when it was revoked, its account deactivated, or its scope withdrawn).
Recheck = Callable[[], Awaitable[object]]
#: How many credential checks a heartbeat runs at once.
RECHECKS_AT_ONCE = 16
REVOKED = "The token no longer works (revoked, or the account was deactivated); sign in again."


class Connection:
    """One signed-in WebSocket: whose it is, when its token expires, what waits to be sent."""

    def __init__(
        self,
        websocket: WebSocket,
        *,
        user_id: str,
        expires_at: datetime | None,
        queue_size: int,
        recheck: Recheck | None = None,
    ) -> None:
        self.websocket = websocket
        self.user_id = user_id
        self.expires_at = expires_at
        self.recheck = recheck
        self._outbox: asyncio.Queue[str] = asyncio.Queue(queue_size)
        self._scope = anyio.CancelScope()
        self._closing: tuple[int, str] | None = None
        self._gone = False  # the client went away (or its socket broke)

    def expired(self, now: datetime) -> bool:
        """Tell whether the token this connection signed in with has expired by ``now``."""
        return self.expires_at is not None and now >= self.expires_at

    def send(self, message: str) -> None:
        """Queue ``message`` without waiting; a client with a full queue is closed (1013)."""
        if self._closing is not None:
            return
        try:
            self._outbox.put_nowait(message)
        except asyncio.QueueFull:
            size = self._outbox.maxsize
            log.warning("closing a live connection that fell behind", extra={"waiting": size})
            self.close(
                TRY_AGAIN_LATER,
                f"Too slow: {size} messages were waiting; reconnect and reload over REST.",
            )

    def close(self, code: int, reason: str) -> None:
        """Close the connection with ``code`` and ``reason`` soon; unsent messages are dropped."""
        if self._closing is None:
            self._closing = (code, close_reason(reason))
            self._scope.cancel()

    async def run(self) -> None:
        """Send the queued messages and read the client's until either side ends it."""
        with self._scope:
            async with anyio.create_task_group() as group:
                group.start_soon(self._write)
                await self._read()
                group.cancel_scope.cancel()
        if self._closing is not None and not self._gone:
            code, reason = self._closing
            # A client that reads nothing cannot take a close frame either: give up after a while
            # (the server then drops the connection without one).
            with (
                anyio.move_on_after(CLOSE_TIMEOUT_SECONDS),
                contextlib.suppress(WebSocketDisconnect, RuntimeError),
            ):
                await self.websocket.close(code, reason)

    async def _write(self) -> None:
        try:
            while True:
                await self.websocket.send_text(await self._outbox.get())
        except WebSocketDisconnect:
            self._gone = True
            self._scope.cancel()

    async def _read(self) -> None:
        """Answer ``{"type": "ping"}`` with a pong; ignore everything else the client says."""
        while True:
            message = await self.websocket.receive()
            if message["type"] == "websocket.disconnect":
                self._gone = True
                return
            text = message.get("text")
            if text and '"ping"' in text and _message_type(text) == "ping":
                self.send(_PONG)


def _message_type(text: str) -> object:
    try:
        message = orjson.loads(text)
    except orjson.JSONDecodeError:
        return None
    return message.get("type") if isinstance(message, dict) else None


class LiveHub:
    """The open WebSocket connections of this process, by user, and their heartbeat.

    ``LiveHub(app)``; subscribe :meth:`deliver` to ``task-updates`` (``group=None``), then
    :meth:`start` it; :meth:`close` it on shutdown. ``heartbeat_seconds`` may be changed while
    it runs (the next heartbeat follows the new interval).
    """

    def __init__(
        self,
        app: App,
        *,
        heartbeat_seconds: float = HEARTBEAT_SECONDS,
        queue_size: int = QUEUE_SIZE,
    ) -> None:
        self.app = app
        self.queue_size = queue_size
        self._heartbeat_seconds = heartbeat_seconds
        self._retimed = asyncio.Event()
        self._by_user: dict[str, set[Connection]] = {}
        self._count = 0
        self._empty = asyncio.Event()
        self._empty.set()
        self._heartbeat: asyncio.Task[None] | None = None
        self._closed = False

    @property
    def heartbeat_seconds(self) -> float:
        """Seconds between two heartbeats (pings and expiry checks)."""
        return self._heartbeat_seconds

    @heartbeat_seconds.setter
    def heartbeat_seconds(self, seconds: float) -> None:
        if seconds <= 0:
            raise ValueError("The heartbeat interval must be positive.")
        self._heartbeat_seconds = seconds
        self._retimed.set()

    @property
    def connections(self) -> int:
        """How many signed-in connections are open in this process."""
        return self._count

    def connections_of(self, user_id: str) -> int:
        """How many signed-in connections ``user_id`` has open in this process."""
        return len(self._by_user.get(user_id, ()))

    async def start(self) -> None:
        """Start the heartbeat."""
        if self._heartbeat is None and not self._closed:
            self._heartbeat = asyncio.create_task(self._beat(), name="live:heartbeat")

    async def close(self) -> None:
        """Close every connection with 1001 (going away) and stop the heartbeat."""
        self._closed = True
        if self._heartbeat is not None:
            self._heartbeat.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._heartbeat
            self._heartbeat = None
        for connection in self._all():
            connection.close(GOING_AWAY, SHUTTING_DOWN)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._empty.wait(), CLOSE_TIMEOUT_SECONDS + 1)

    async def serve(
        self,
        websocket: WebSocket,
        *,
        user_id: str,
        expires_at: datetime | None,
        recheck: Recheck | None = None,
    ) -> None:
        """Hold a signed-in (accepted) connection open until either side closes it.

        Sends ``{"type": "ready", ...}`` first, then every event of ``user_id``; once the hub is
        closed, closes it at once with 1001. With ``recheck``, every heartbeat checks again that
        the credential still works (a personal token can be revoked, an account deactivated)
        and closes the connection with 4401 when it does not.
        """
        if self._closed:
            with contextlib.suppress(WebSocketDisconnect):
                await websocket.close(GOING_AWAY, SHUTTING_DOWN)
            return
        connection = Connection(
            websocket,
            user_id=user_id,
            expires_at=expires_at,
            queue_size=self.queue_size,
            recheck=recheck,
        )
        ready = {"type": "ready", "user_id": user_id, "heartbeat_seconds": self.heartbeat_seconds}
        connection.send(orjson.dumps(ready).decode())
        self._add(connection)
        try:
            await connection.run()
        finally:
            self._remove(connection)

    async def deliver(self, event: dict[str, Any]) -> None:
        """Send a CloudEvent of ``task-updates`` to the open connections of its user.

        Only queues (never waits for a client); an event without ``data.user_id``, or of a user
        with no connection here, is dropped.
        """
        data = event.get("data")
        user_id = data.get("user_id") if isinstance(data, dict) else None
        connections = self._by_user.get(user_id) if isinstance(user_id, str) else None
        if not connections:
            return
        try:
            message = orjson.dumps({"type": "event", "event": event}).decode()
        except TypeError:
            log.exception("an event could not be written as JSON", extra={"id": event.get("id")})
            return
        now = self.app.clock.now()
        for connection in list(connections):
            if connection.expired(now):
                connection.close(UNAUTHORIZED, EXPIRED)
            else:
                connection.send(message)

    def beat(self) -> None:
        """Ping every connection and close the ones whose token has expired (one heartbeat)."""
        now = self.app.clock.now()
        for connection in self._all():
            if connection.expired(now):
                connection.close(UNAUTHORIZED, EXPIRED)
            else:
                connection.send(_PING)

    async def recheck(self) -> None:
        """Check again the credentials that can stop working before they expire, and close the
        connections whose credential no longer works (4401)."""
        gate = asyncio.Semaphore(RECHECKS_AT_ONCE)

        async def check(connection: Connection) -> None:
            assert connection.recheck is not None
            async with gate:
                try:
                    await connection.recheck()
                except (Unauthorized, Forbidden):
                    connection.close(UNAUTHORIZED, REVOKED)
                except Exception:  # the database is unreachable: keep it open, check next time
                    log.warning("a live connection's credential could not be checked")

        await asyncio.gather(*(check(c) for c in self._all() if c.recheck is not None))

    async def _beat(self) -> None:
        while True:
            try:
                await asyncio.wait_for(self._retimed.wait(), self._heartbeat_seconds)
            except TimeoutError:
                try:
                    self.beat()
                    await self.recheck()
                except Exception:  # a bug must not stop the heartbeat of every connection
                    log.exception("the live heartbeat failed")
            else:
                self._retimed.clear()  # a new interval: start waiting again

    def _all(self) -> list[Connection]:
        return [connection for group in self._by_user.values() for connection in group]

    def _add(self, connection: Connection) -> None:
        self._by_user.setdefault(connection.user_id, set()).add(connection)
        self._count += 1
        self._empty.clear()

    def _remove(self, connection: Connection) -> None:
        group = self._by_user.get(connection.user_id)
        if group is None or connection not in group:
            return
        group.discard(connection)
        if not group:
            del self._by_user[connection.user_id]
        self._count -= 1
        if not self._count:
            self._empty.set()
