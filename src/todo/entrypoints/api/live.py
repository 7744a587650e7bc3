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
never sent another event, even between two heartbeats. Credentials that can stop working before
they expire (personal tokens, an identity provider's tokens) are checked again on each
heartbeat, once per token however many connections share it.

No client holds more than its share, in this process: one address (an IPv6 one's whole ``/64``)
may have ``pending_per_address`` connections that have not signed in yet, one user ``per_user``
signed-in connections, and each connection may send ``MESSAGES_BURST`` messages at once and
``MESSAGES_PER_SECOND`` after that, each at most ``CLIENT_MESSAGE_MAX`` bytes. Past a cap the
connection is closed (``4429``, or ``1009`` for a message too large) with a sentence saying why.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Iterator
from datetime import datetime
from typing import Any

import anyio
import orjson
from starlette.websockets import WebSocket, WebSocketDisconnect

from todo.bootstrap import NO_TRACING, App, Tracing
from todo.domain.events import TASK_UPDATES_TOPIC
from todo.errors import Forbidden, Unauthorized

log = logging.getLogger("todo.live")

#: How often every connection gets ``{"type": "ping"}`` and expired tokens are looked for.
HEARTBEAT_SECONDS = 25.0
#: How many messages may wait for one client before it is closed as too slow.
QUEUE_SIZE = 256
#: How long a close may take before the connection is dropped without one.
CLOSE_TIMEOUT_SECONDS = 5.0
#: Messages a client may send at once, and per second after that (it needs a ping now and then).
MESSAGES_BURST = 30
MESSAGES_PER_SECOND = 1.0
#: The most users one event is delivered to (a project has at most a hundred members): a
#: bound on the work an event from the broker can ask of this process.
MAX_AUDIENCE = 500
#: The largest message a client may send (the sign-in message carries a token, nothing else
#: needs more); a larger one closes the connection with 1009.
CLIENT_MESSAGE_MAX = 16 * 1024

#: The server is shutting down (uvicorn itself closes with 1012, "service restart").
GOING_AWAY = 1001
#: Something went wrong on the server's side.
INTERNAL_ERROR = 1011
#: The client sent a message larger than :data:`CLIENT_MESSAGE_MAX`.
MESSAGE_TOO_BIG = 1009
#: The client could not keep up with its events.
TRY_AGAIN_LATER = 1013
#: No token, a bad one, or one that has expired: sign in (or refresh) and reconnect.
UNAUTHORIZED = 4401
#: The token is valid but may not read tasks (a personal token without ``tasks:read``).
FORBIDDEN = 4403
#: Too many connections (of the user, or not yet signed in from the address), or too many
#: messages: wait a moment, then reconnect.
TOO_MANY = 4429

EXPIRED = "The access token has expired; refresh it and reconnect."
SHUTTING_DOWN = "The server is shutting down; reconnect in a moment."
TOO_MANY_PENDING = (
    "Too many connections from your address have not signed in yet; try again in a moment."
)
TOO_MANY_MESSAGES = "Too many messages; send a ping at most once a second, then reconnect."
TOO_BIG = f"Messages to the server are at most {CLIENT_MESSAGE_MAX} bytes."
_MAX_REASON_BYTES = 123  # what a close frame can carry
_PING = orjson.dumps({"type": "ping"}).decode()
_PONG = orjson.dumps({"type": "pong"}).decode()


def _too_many_connections(most: int) -> str:
    return f"You have {most} live connections open, the most one account may have; close one first."


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
        credential: str | None = None,
        tracing: Tracing = NO_TRACING,
    ) -> None:
        self.websocket = websocket
        self.user_id = user_id
        self.expires_at = expires_at
        self.recheck = recheck
        #: Names the credential: connections that share one are rechecked together.
        self.credential = credential
        #: Messages waiting to be sent, each with the trace context of the event it carries.
        self._outbox: asyncio.Queue[tuple[str, dict[str, str] | None]] = asyncio.Queue(queue_size)
        self._tracing = tracing
        self._scope = anyio.CancelScope()
        self._closing: tuple[int, str] | None = None
        self._gone = False  # the client went away (or its socket broke)
        self._allowance = Allowance(MESSAGES_BURST, MESSAGES_PER_SECOND)

    @property
    def closing(self) -> bool:
        """Tell whether the connection is being closed."""
        return self._closing is not None

    def expired(self, now: datetime) -> bool:
        """Tell whether the token this connection signed in with has expired by ``now``."""
        return self.expires_at is not None and now >= self.expires_at

    def send(self, message: str, *, trace: dict[str, str] | None = None) -> None:
        """Queue ``message`` without waiting; a client with a full queue is closed (1013).
        With ``trace`` (a trace context), sending it is a span ``websocket push`` of that trace."""
        if self._closing is not None:
            return
        try:
            self._outbox.put_nowait((message, trace))
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
                message, trace = await self._outbox.get()
                if trace is None:
                    await self.websocket.send_text(message)
                    continue
                with self._tracing.span(
                    "websocket push", parent=trace, attributes={"todo.live.bytes": len(message)}
                ):
                    await self.websocket.send_text(message)
        except WebSocketDisconnect:
            self._gone = True
            self._scope.cancel()

    async def _read(self) -> None:
        """Answer ``{"type": "ping"}`` with a pong and ignore everything else the client says;
        close the connection when it sends too much or too often."""
        loop = asyncio.get_running_loop()
        while True:
            message = await self.websocket.receive()
            if message["type"] == "websocket.disconnect":
                self._gone = True
                return
            if not self._allowance.take(loop.time()):
                self.close(TOO_MANY, TOO_MANY_MESSAGES)
                return
            text = message.get("text")
            if len(text if text is not None else message.get("bytes") or b"") > CLIENT_MESSAGE_MAX:
                self.close(MESSAGE_TOO_BIG, TOO_BIG)
                return
            if text and '"ping"' in text and _message_type(text) == "ping":
                self.send(_PONG)


class Allowance:
    """A token bucket: ``burst`` messages at once, then ``per_second`` (times are the caller's
    monotonic clock, in seconds)."""

    def __init__(self, burst: int, per_second: float) -> None:
        self.burst = burst
        self.per_second = per_second
        self._tokens = float(burst)
        self._at: float | None = None

    def take(self, now: float) -> bool:
        """Spend one message at ``now``; tell whether it was allowed."""
        if self._at is not None:
            self._tokens = min(self.burst, self._tokens + (now - self._at) * self.per_second)
        self._at = now
        if self._tokens < 1:
            return False
        self._tokens -= 1
        return True


class Refused(Exception):
    """A connection turned away before it is served: the close code, and the sentence why."""

    def __init__(self, code: int, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


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
    it runs (the next heartbeat follows the new interval). ``per_user`` caps the signed-in
    connections of one user, ``pending_per_address`` those of one address still signing in
    (:meth:`signing_in`); both default to the app's settings.
    """

    def __init__(
        self,
        app: App,
        *,
        heartbeat_seconds: float = HEARTBEAT_SECONDS,
        queue_size: int = QUEUE_SIZE,
        per_user: int | None = None,
        pending_per_address: int | None = None,
    ) -> None:
        self.app = app
        self.queue_size = queue_size
        settings = app.settings
        self.per_user = per_user or settings.live_connections_per_user
        self.pending_per_address = pending_per_address or settings.live_pending_per_address
        self._pending: dict[str, int] = {}
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

    def pending_from(self, address: str) -> int:
        """How many connections from ``address`` are signing in now."""
        return self._pending.get(address, 0)

    @contextlib.contextmanager
    def signing_in(self, address: str) -> Iterator[None]:
        """Count a connection from ``address`` as signing in until the block ends.

        Raises :class:`Refused` (4429) when ``address`` already has ``pending_per_address``
        connections signing in.
        """
        held = self._pending.get(address, 0)
        if held >= self.pending_per_address:
            raise Refused(TOO_MANY, TOO_MANY_PENDING)
        self._pending[address] = held + 1
        try:
            yield
        finally:
            left = self._pending[address] - 1
            if left:
                self._pending[address] = left
            else:
                del self._pending[address]

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
        credential: str | None = None,
    ) -> None:
        """Hold a signed-in (accepted) connection open until either side closes it.

        Sends ``{"type": "ready", ...}`` first, then every event of ``user_id``; once the hub is
        closed, closes it at once with 1001, and a user who has ``per_user`` connections open
        already is turned away with 4429. With ``recheck``, every heartbeat checks again that
        the credential still works (a personal token can be revoked, an account deactivated)
        and closes the connection with 4401 when it does not; ``credential`` names it, so that
        the connections sharing one credential are checked once for all.
        """
        refusal: tuple[int, str] | None = None
        if self._closed:
            refusal = (GOING_AWAY, SHUTTING_DOWN)
        elif self.connections_of(user_id) >= self.per_user:
            refusal = (TOO_MANY, _too_many_connections(self.per_user))
        if refusal is not None:
            with contextlib.suppress(WebSocketDisconnect):
                await websocket.close(*refusal)
            return
        connection = Connection(
            websocket,
            user_id=user_id,
            expires_at=expires_at,
            queue_size=self.queue_size,
            recheck=recheck,
            credential=credential,
            tracing=self.app.tracing,
        )
        ready = {"type": "ready", "user_id": user_id, "heartbeat_seconds": self.heartbeat_seconds}
        connection.send(orjson.dumps(ready).decode())
        self._add(connection)
        try:
            await connection.run()
        finally:
            self._remove(connection)

    async def deliver(self, event: dict[str, Any]) -> None:
        """Send a CloudEvent of ``task-updates`` to the open connections of its audience: the
        users of ``data.audience`` (the members of a task's project), or else ``data.user_id``.

        Only queues (never waits for a client); an event without either, or of users with no
        connection here, is dropped.
        """
        connections = self._connections_of_audience(event.get("data"))
        if not connections:
            return
        tracing = self.app.tracing
        if not tracing.on:
            self._push(event, connections, trace=None)
            return
        with tracing.receiving(
            event,
            system=self.app.bus.kind,
            topic=TASK_UPDATES_TOPIC,
            attributes={"todo.live.connections": len(connections)},
        ):
            self._push(event, connections, trace=tracing.carrier())

    def _connections_of_audience(self, data: Any) -> set[Connection]:
        """Return the connections here of the users an event's ``data`` is for."""
        if not isinstance(data, dict):
            return set()
        audience = data.get("audience")
        users = audience[:MAX_AUDIENCE] if isinstance(audience, list) else [data.get("user_id")]
        found: set[Connection] = set()
        for user_id in users:
            if isinstance(user_id, str):
                found.update(self._by_user.get(user_id, ()))
        return found

    def _push(
        self, event: dict[str, Any], connections: set[Connection], *, trace: dict[str, str] | None
    ) -> None:
        """Queue ``event`` for each of ``connections`` (closing those whose token expired)."""
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
                connection.send(message, trace=trace)

    def beat(self) -> None:
        """Ping every connection and close the ones whose token has expired (one heartbeat)."""
        now = self.app.clock.now()
        for connection in self._all():
            if connection.expired(now):
                connection.close(UNAUTHORIZED, EXPIRED)
            else:
                connection.send(_PING)

    async def recheck(self) -> None:
        """Check again the credentials that can stop working before they expire, once per
        credential, and close the connections whose credential no longer works (4401)."""
        gate = asyncio.Semaphore(RECHECKS_AT_ONCE)
        sharing: dict[object, tuple[Recheck, list[Connection]]] = {}
        for connection in self._all():
            if connection.recheck is not None and not connection.closing:
                key = connection.credential or connection
                sharing.setdefault(key, (connection.recheck, []))[1].append(connection)

        async def check(recheck: Recheck, connections: list[Connection]) -> None:
            async with gate:
                try:
                    await recheck()
                except (Unauthorized, Forbidden):
                    for connection in connections:
                        connection.close(UNAUTHORIZED, REVOKED)
                except Exception:  # the database is unreachable: keep them open, check next time
                    log.warning("a live connection's credential could not be checked")

        await asyncio.gather(*(check(recheck, group) for recheck, group in sharing.values()))

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
