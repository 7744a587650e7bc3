"""``WS /api/v1/ws``: a real uvicorn server on a free port, real WebSocket clients.

The server runs in the test's event loop (``uvicorn.Server.serve`` as a task) with the app's
lifespan, so the relay, the memory bus and the live hub are the ones ``todo serve`` runs; the
clients are the ``websockets`` library's and httpx over TCP.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import anyio
import httpx
import jwt
import orjson
import pytest
import uvicorn
from sqlalchemy import event
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

from todo.adapters.clock import FixedClock
from todo.bootstrap import App
from todo.domain.events import TASK_UPDATES_TOPIC
from todo.domain.scopes import ALL_SCOPES
from todo.entrypoints.api.live import LiveHub
from todo.entrypoints.server import create_app

from .conftest import Account, api_settings
from .helpers import add_user, bearer, on_a_port, url_of

pytestmark = pytest.mark.anyio

WAIT = 5.0  # seconds any expected message may take


@dataclass
class LiveServer:
    """A running API: its addresses, the product app and live hub behind it, a client."""

    url: str
    app: App
    hub: LiveHub
    http: httpx.AsyncClient
    server: uvicorn.Server

    @property
    def ws_url(self) -> str:
        return self.url.replace("http://", "ws://") + "/api/v1/ws"

    def socket(
        self,
        account: Account | None = None,
        *,
        headers: dict[str, str] | None = None,
        **options: Any,
    ) -> Any:
        """Open a WebSocket with ``headers``, or ``account``'s ``Authorization`` header."""
        if account is not None:
            headers = account.headers
        return connect(self.ws_url, additional_headers=headers, open_timeout=WAIT, **options)


@asynccontextmanager
async def serving(
    database_url: str, home: Path, clock: FixedClock, **settings: object
) -> AsyncIterator[LiveServer]:
    """Run the API in uvicorn on a free port until the block ends (then shut it down)."""
    api = create_app(api_settings(database_url, home, **settings), clock=clock)
    async with on_a_port(api) as server, httpx.AsyncClient(base_url=url_of(server)) as http:
        yield LiveServer(url_of(server), api.state.todo, api.state.live, http, server)


@pytest.fixture
def sqlite_url(tmp_path: Path, sqlite_template: Path) -> str:
    """A fresh copy of the migrated SQLite database (the hub does not care which database)."""
    path = tmp_path / "todo.db"
    shutil.copyfile(sqlite_template, path)
    return f"sqlite+aiosqlite:///{path}"


@pytest.fixture
async def live(sqlite_url: str, tmp_path: Path, clock: FixedClock) -> AsyncIterator[LiveServer]:
    """The API on SQLite, for what only the live hub does."""
    async with serving(sqlite_url, tmp_path, clock) as running:
        yield running


@pytest.fixture
async def live_db(
    database_url: str, tmp_path: Path, clock: FixedClock
) -> AsyncIterator[LiveServer]:
    """The API on each database, for what goes through the database (tokens)."""
    async with serving(database_url, tmp_path, clock) as running:
        yield running


@pytest.fixture
async def live_relay(
    own_database_url: str, tmp_path: Path, clock: FixedClock
) -> AsyncIterator[LiveServer]:
    """The API with its relay, on each database (a PostgreSQL one of its own: the relay takes
    every unsent event it finds)."""
    async with serving(own_database_url, tmp_path, clock, relay_in_server=True) as running:
        yield running


@pytest.fixture
async def alice(live: LiveServer) -> Account:
    return await add_user(live.app)


@pytest.fixture
async def bob(live: LiveServer) -> Account:
    return await add_user(live.app)


async def receive(socket: ClientConnection) -> dict[str, Any]:
    """Return the next message of ``socket`` (failing after a few seconds)."""
    with anyio.fail_after(WAIT):
        message: dict[str, Any] = orjson.loads(await socket.recv())
    return message


async def receive_event(socket: ClientConnection) -> dict[str, Any]:
    """Return the next event of ``socket``, skipping heartbeats."""
    while True:
        message = await receive(socket)
        if message["type"] == "event":
            event: dict[str, Any] = message["event"]
            return event
        assert message["type"] == "ping", message


async def read_forever(socket: ClientConnection) -> None:
    while True:
        await socket.recv()


async def close_of(socket: ClientConnection) -> tuple[int, str]:
    """Read ``socket`` until the server closes it; return the close code and reason."""
    with anyio.fail_after(WAIT + 6), pytest.raises(ConnectionClosed) as closed:
        await read_forever(socket)
    frame = closed.value.rcvd
    assert frame is not None, "closed without a close frame"
    return frame.code, frame.reason


async def no_connections_left(hub: LiveHub) -> None:
    """Wait until the hub has forgotten every connection."""
    with anyio.fail_after(WAIT):
        while hub.connections:  # noqa: ASYNC110  (the hub offers no event to wait on)
            await asyncio.sleep(0.01)


async def add_task(live: LiveServer, account: Account, title: str) -> dict[str, Any]:
    created = await live.http.post("/api/v1/tasks", json={"title": title}, headers=account.headers)
    assert created.status_code == 201, created.text
    task: dict[str, Any] = created.json()
    return task


def notification_event(user_id: str, title: str) -> dict[str, Any]:
    """A ``todo.notification.created`` CloudEvent as the relay publishes it."""
    return {
        "specversion": "1.0",
        "id": str(uuid.uuid4()),
        "source": "/todo",
        "type": "todo.notification.created",
        "subject": "notifications/1",
        "time": "2026-11-26T10:00:00Z",
        "data": {"user_id": user_id, "notification": {"id": 1, "title": title}},
    }


async def publish(live: LiveServer, event: dict[str, Any]) -> None:
    await live.app.bus.publish(TASK_UPDATES_TOPIC, event, key=event["subject"])


async def test_a_header_token_signs_in(live: LiveServer, alice: Account) -> None:
    async with live.socket(alice) as socket:
        ready = await receive(socket)
        assert ready["type"] == "ready"
        assert ready["user_id"] == alice.id
        assert live.hub.connections_of(alice.id) == 1
    await no_connections_left(live.hub)


async def test_a_browser_signs_in_with_its_first_message(live: LiveServer, alice: Account) -> None:
    token = alice.headers["Authorization"].removeprefix("Bearer ")
    async with live.socket() as socket:
        await socket.send(orjson.dumps({"type": "auth", "token": token}).decode())
        assert (await receive(socket))["user_id"] == alice.id
        await socket.send('{"type": "ping"}')
        assert await receive(socket) == {"type": "pong"}


async def test_a_personal_token_needs_tasks_read(live_db: LiveServer) -> None:
    live = live_db
    alice = await add_user(live.app)

    async def personal(scopes: list[str]) -> str:
        created = await live.http.post(
            "/api/v1/tokens", json={"name": "live", "scopes": scopes}, headers=alice.headers
        )
        assert created.status_code == 201, created.text
        token: str = created.json()["token"]
        return token

    async with live.socket(headers=bearer(await personal(["chat"]))) as socket:
        code, reason = await close_of(socket)
        assert code == 4403
        assert reason == "This token does not allow that; it needs the 'tasks:read' scope."
    async with live.socket(headers=bearer(await personal(["tasks:read"]))) as socket:
        assert (await receive(socket))["user_id"] == alice.id


async def test_a_revoked_personal_token_loses_its_socket(live_db: LiveServer) -> None:
    live = live_db
    alice = await add_user(live.app)
    created = await live.http.post(
        "/api/v1/tokens", json={"name": "live", "scopes": ["tasks:read"]}, headers=alice.headers
    )
    token = created.json()
    async with live.socket(headers=bearer(token["token"])) as socket:
        assert (await receive(socket))["type"] == "ready"
        await live.hub.recheck()  # still valid: nothing happens
        revoked = await live.http.delete(f"/api/v1/tokens/{token['id']}", headers=alice.headers)
        assert revoked.status_code == 204
        await live.hub.recheck()  # what every heartbeat does
        code, reason = await close_of(socket)
        assert code == 4401
        assert "no longer works" in reason


@pytest.mark.parametrize(
    ("how", "reason"),
    [
        ("none", 'Send the token first, as {"type": "auth", "token": "…"}.'),
        ("garbage", "The access token is not valid; sign in again."),
        ("expired", "The access token has expired; refresh it or sign in again."),
        ("basic", "The Authorization header must be 'Bearer <token>'."),
        ("empty auth", "The auth message needs a token."),
    ],
)
async def test_without_a_valid_token_the_socket_closes_with_4401(
    live: LiveServer, alice: Account, how: str, reason: str
) -> None:
    expired = live.app.auth.access_tokens.issue(
        user_id=alice.id,
        role="user",
        timezone="UTC",
        scopes=ALL_SCOPES,
        now=live.app.clock.now() - timedelta(days=1),
    )
    headers = {
        "garbage": bearer("not-a-token"),
        "expired": bearer(expired),
        "basic": {"Authorization": "Basic YWxpY2U6cGFzcw=="},
    }.get(how)
    async with live.socket(headers=headers) as socket:
        if how == "none":
            await socket.send('{"type": "subscribe"}')
        elif how == "empty auth":
            await socket.send('{"type": "auth", "token": ""}')
        assert await close_of(socket) == (4401, reason)
    assert live.hub.connections == 0  # never signed in


async def test_a_change_reaches_its_owner_only(live_relay: LiveServer) -> None:
    live = live_relay
    alice, bob = await add_user(live.app), await add_user(live.app)
    async with live.socket(alice) as mine, live.socket(bob) as theirs:
        await receive(mine)
        await receive(theirs)
        task = await add_task(live, alice, "Water the plants")
        event = await receive_event(mine)
        assert event["type"] == "todo.task.created"
        assert event["subject"] == f"tasks/{task['id']}"
        assert event["data"]["task"]["title"] == "Water the plants"
        assert event["data"]["user_id"] == alice.id
        # Alice's event was delivered before Bob's change was made: had it reached Bob's
        # socket, it would come before his own.
        await add_task(live, bob, "Bob's own")
        assert (await receive_event(theirs))["data"]["task"]["title"] == "Bob's own"
        completed = await live.http.post(
            f"/api/v1/tasks/{task['id']}/complete", headers=alice.headers
        )
        assert completed.status_code == 200, completed.text
        assert (await receive_event(mine))["type"] == "todo.task.completed"


async def test_the_members_of_a_shared_project_see_each_others_changes(
    live_relay: LiveServer,
) -> None:
    live = live_relay
    alice, bob, carol = [await add_user(live.app) for _ in range(3)]
    async with live.socket(alice) as hers, live.socket(bob) as his, live.socket(carol) as theirs:
        for socket in (hers, his, theirs):
            await receive(socket)
        made = await live.http.post(
            "/api/v1/projects", json={"name": "Groceries"}, headers=alice.headers
        )
        assert made.status_code == 201, made.text
        project = made.json()["id"]
        shared = await live.http.post(
            f"/api/v1/projects/{project}/members",
            json={"email": bob.email, "role": "editor"},
            headers=alice.headers,
        )
        assert shared.status_code == 201, shared.text
        assert (await receive_event(hers))["type"] == "todo.project.created"
        assert (await receive_event(hers))["type"] == "todo.member.added"
        added = await receive_event(his)  # Bob learns he is a member.
        assert (added["type"], added["data"]["project_id"]) == ("todo.member.added", project)

        created = await live.http.post(
            "/api/v1/tasks", json={"title": "Milk", "project_id": project}, headers=alice.headers
        )
        assert created.status_code == 201, created.text
        event = await receive_event(his)
        assert (event["type"], event["data"]["task"]["title"]) == ("todo.task.created", "Milk")
        assert event["data"]["actor"] == alice.id
        assert (await receive_event(hers))["type"] == "todo.task.created"

        done = await live.http.post(
            f"/api/v1/tasks/{created.json()['id']}/complete", headers=bob.headers
        )
        assert done.status_code == 200, done.text
        event = await receive_event(hers)
        assert (event["type"], event["data"]["actor"]) == ("todo.task.completed", bob.id)
        assert (await receive_event(his))["type"] == "todo.task.completed"
        said = await live.http.post(
            f"/api/v1/tasks/{created.json()['id']}/comments",
            json={"text": "Got the oat one."},
            headers=bob.headers,
        )
        assert said.status_code == 201, said.text
        event = await receive_event(hers)
        assert (event["type"], event["data"]["comment"]["text"]) == (
            "todo.comment.created",
            "Got the oat one.",
        )
        assert (await receive_event(his))["type"] == "todo.comment.created"

        # Carol, who is no member, got none of it: her own change is the first thing she sees.
        await add_task(live, carol, "Carol's own")
        assert (await receive_event(theirs))["data"]["task"]["title"] == "Carol's own"


async def test_a_notification_reaches_its_user_only(
    live: LiveServer, alice: Account, bob: Account
) -> None:
    async with live.socket(alice) as mine, live.socket(bob) as theirs:
        await receive(mine)
        await receive(theirs)
        await publish(live, notification_event(alice.id, "Reminder: call mum"))
        await publish(live, notification_event(bob.id, "Reminder: dentist"))
        event = await receive_event(mine)
        assert event["type"] == "todo.notification.created"
        assert event["data"]["notification"]["title"] == "Reminder: call mum"
        assert (await receive_event(theirs))["data"]["notification"]["title"] == (
            "Reminder: dentist"
        )


async def test_every_connection_gets_a_heartbeat(live: LiveServer, alice: Account) -> None:
    async with live.socket(alice) as first, live.socket(alice) as second:
        assert (await receive(first))["heartbeat_seconds"] == 25
        await receive(second)
        live.hub.heartbeat_seconds = 0.05
        assert await receive(first) == {"type": "ping"}
        assert await receive(second) == {"type": "ping"}
        await first.send('{"type": "pong"}')
        await publish(live, notification_event(alice.id, "still here"))
        assert (await receive_event(first))["data"]["notification"]["title"] == "still here"


async def test_a_socket_closes_when_its_token_expires(
    live: LiveServer, alice: Account, clock: FixedClock
) -> None:
    async with live.socket(alice) as socket:
        await receive(socket)
        clock.advance(timedelta(minutes=live.app.settings.access_token_minutes))
        live.hub.heartbeat_seconds = 0.05
        code, reason = await close_of(socket)
        assert (code, reason) == (4401, "The access token has expired; refresh it and reconnect.")


async def test_an_expired_socket_gets_no_more_events(
    live: LiveServer, alice: Account, clock: FixedClock
) -> None:
    async with live.socket(alice) as socket:
        await receive(socket)
        clock.advance(timedelta(minutes=live.app.settings.access_token_minutes))
        await publish(live, notification_event(alice.id, "too late"))
        assert (await close_of(socket))[0] == 4401


async def test_a_client_that_falls_behind_is_closed_not_waited_for(
    live: LiveServer, alice: Account, bob: Account
) -> None:
    live.hub.queue_size = 4
    # The stalled client reads nothing more once one message waits in its buffer.
    async with (
        live.socket(alice, max_queue=1, compression=None) as stalled,
        live.socket(bob) as healthy,
    ):
        await receive(healthy)
        big = os.urandom(64 * 1024).hex()
        for index in range(200):
            await publish(live, notification_event(alice.id, f"{index} {big}"))
        # Bob's events are not held up behind Alice's.
        await publish(live, notification_event(bob.id, "on time"))
        assert (await receive_event(healthy))["data"]["notification"]["title"] == "on time"
        code, reason = await close_of(stalled)
        assert code == 1013
        assert reason.startswith("Too slow")


async def test_closing_the_hub_closes_every_socket_with_1001(
    live: LiveServer, alice: Account
) -> None:
    async with live.socket(alice) as first, live.socket(alice) as second:
        await receive(first)
        await receive(second)
        await live.hub.close()
        assert live.hub.connections == 0
        for socket in (first, second):
            code, reason = await close_of(socket)
            assert (code, reason) == (1001, "The server is shutting down; reconnect in a moment.")
    async with live.socket(alice) as late:  # signed in, then turned away
        assert (await close_of(late))[0] == 1001


async def test_stopping_the_server_closes_the_sockets(
    sqlite_url: str, tmp_path: Path, clock: FixedClock
) -> None:
    async with serving(sqlite_url, tmp_path, clock) as live:
        alice = await add_user(live.app)
        socket = await live.socket(alice)
        await receive(socket)
        live.server.should_exit = True
        code, _ = await close_of(socket)
        assert code == 1012  # uvicorn's "service restart", sent before the app shuts down
        await socket.close()


async def test_a_reminder_arrives_live_on_one_machine_with_no_configuration(
    sqlite_url: str, tmp_path: Path, clock: FixedClock
) -> None:
    """The embedded default: the scheduler, the notifications consumer and the relay run inside
    the server, and a reminder that comes due reaches the open socket."""
    async with serving(
        sqlite_url,
        tmp_path,
        clock,
        workers_in_server="auto",
        relay_in_server=True,
        reminder_interval_seconds=0.05,
    ) as live:
        alice = await add_user(live.app)
        async with live.socket(alice) as socket:
            assert (await receive(socket))["type"] == "ready"
            created = await live.http.post(
                "/api/v1/tasks",
                json={"title": "Call mom", "remind_at": "in 5 minutes"},
                headers=alice.headers,
            )
            assert created.status_code == 201
            assert (await receive_event(socket))["type"] == "todo.task.created"
            clock.advance(timedelta(minutes=5))
            event = await receive_event(socket)
            assert event["type"] == "todo.notification.created"
            note = event["data"]["notification"]
            assert (note["title"], note["task_id"]) == ("Reminder: Call mom", created.json()["id"])


# --- what one client may hold ---------------------------------------------------------------


async def test_an_account_holds_at_most_its_share_of_connections(
    sqlite_url: str, tmp_path: Path, clock: FixedClock
) -> None:
    async with serving(sqlite_url, tmp_path, clock, live_connections_per_user=2) as live:
        alice, bob = await add_user(live.app), await add_user(live.app)
        async with live.socket(alice) as first, live.socket(alice) as second:
            assert (await receive(first))["type"] == "ready"
            assert (await receive(second))["type"] == "ready"
            async with live.socket(alice) as third:
                code, reason = await close_of(third)
                assert code == 4429
                assert reason == (
                    "You have 2 live connections open, the most one account may have; "
                    "close one first."
                )
            async with live.socket(bob) as others:  # another account is not held back
                assert (await receive(others))["type"] == "ready"
            await second.close()
            with anyio.fail_after(WAIT):
                while live.hub.connections_of(alice.id) > 1:  # noqa: ASYNC110
                    await asyncio.sleep(0.01)
            async with live.socket(alice) as again:
                assert (await receive(again))["type"] == "ready"


async def test_an_address_holds_few_connections_that_have_not_signed_in(
    sqlite_url: str, tmp_path: Path, clock: FixedClock
) -> None:
    async with serving(sqlite_url, tmp_path, clock, live_pending_per_address=3) as live:
        alice = await add_user(live.app)
        token = alice.headers["Authorization"].removeprefix("Bearer ")
        waiting = [await live.socket() for _ in range(3)]
        with anyio.fail_after(WAIT):
            while live.hub.pending_from("127.0.0.1") < 3:  # noqa: ASYNC110
                await asyncio.sleep(0.01)
        async with live.socket() as one_too_many:
            code, reason = await close_of(one_too_many)
            assert (code, reason) == (
                4429,
                "Too many connections from your address have not signed in yet; "
                "try again in a moment.",
            )
        # Signing in frees the place: the address may open another one.
        await waiting[0].send(orjson.dumps({"type": "auth", "token": token}).decode())
        assert (await receive(waiting[0]))["type"] == "ready"
        async with live.socket() as next_one:
            await next_one.send(orjson.dumps({"type": "auth", "token": token}).decode())
            assert (await receive(next_one))["type"] == "ready"
        for socket in waiting:
            await socket.close()
        assert live.hub.pending_from("127.0.0.1") == 0


async def test_a_client_that_sends_too_many_messages_is_closed(
    live: LiveServer, alice: Account
) -> None:
    async with live.socket(alice) as socket:
        await receive(socket)
        for _ in range(100):  # far past a burst of 30, well within a second
            await socket.send('{"type": "ping"}')
        code, reason = await close_of(socket)
        assert (code, reason) == (
            4429,
            "Too many messages; send a ping at most once a second, then reconnect.",
        )
    await no_connections_left(live.hub)


@pytest.mark.parametrize("signed_in", [False, True])
async def test_a_message_too_large_closes_the_socket_unread(
    live: LiveServer, alice: Account, signed_in: bool
) -> None:
    big = orjson.dumps({"type": "auth", "token": "x" * 20_000}).decode()
    async with live.socket(alice if signed_in else None) as socket:
        if signed_in:
            await receive(socket)
        await socket.send(big)
        code, reason = await close_of(socket)
        assert (code, reason) == (1009, "Messages to the server are at most 16384 bytes.")


async def test_a_personal_token_is_checked_once_per_heartbeat_however_many_sockets_share_it(
    live_db: LiveServer,
) -> None:
    live = live_db
    alice = await add_user(live.app)

    async def personal(name: str) -> dict[str, Any]:
        created = await live.http.post(
            "/api/v1/tokens", json={"name": name, "scopes": ["tasks:read"]}, headers=alice.headers
        )
        assert created.status_code == 201, created.text
        token: dict[str, Any] = created.json()
        return token

    shared, own = await personal("laptop"), await personal("phone")
    lookups: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if "personal_access_tokens" in statement:
            lookups.append(statement)

    async with (
        live.socket(headers=bearer(shared["token"])) as first,
        live.socket(headers=bearer(shared["token"])) as second,
        live.socket(headers=bearer(shared["token"])) as third,
        live.socket(headers=bearer(own["token"])) as other,
    ):
        for socket in (first, second, third, other):
            assert (await receive(socket))["type"] == "ready"
        event.listen(live.app.engine.sync_engine, "before_cursor_execute", count)
        try:
            await live.hub.recheck()
        finally:
            event.remove(live.app.engine.sync_engine, "before_cursor_execute", count)
        assert len(lookups) == 2  # one per token, not one per socket
        revoked = await live.http.delete(f"/api/v1/tokens/{shared['id']}", headers=alice.headers)
        assert revoked.status_code == 204
        await live.hub.recheck()
        for socket in (first, second, third):
            assert (await close_of(socket))[0] == 4401
        await other.send('{"type": "ping"}')
        assert await receive(other) == {"type": "pong"}


async def test_a_socket_of_an_identity_providers_token_is_checked_again(
    sqlite_url: str, tmp_path: Path, clock: FixedClock
) -> None:
    secret = "the-identity-providers-shared-secret-0123456789"
    async with serving(sqlite_url, tmp_path, clock, auth_shared_secret=secret) as live:
        admin = await add_user(live.app, role="admin")
        subject = f"ext-{uuid.uuid4().hex}"
        now = int(time.time())  # a provider's tokens follow the wall clock
        external = jwt.encode({"sub": subject, "iat": now, "exp": now + 300}, secret)
        async with live.socket(headers=bearer(external)) as socket:
            user_id = (await receive(socket))["user_id"]  # the provider's user, provisioned
            assert user_id.startswith("ext_")
            await live.hub.recheck()  # the account is active: nothing happens
            deactivated = await live.http.patch(
                f"/api/v1/admin/users/{user_id}", json={"is_active": False}, headers=admin.headers
            )
            assert deactivated.status_code == 200, deactivated.text
            await live.hub.recheck()
            code, reason = await close_of(socket)
            assert code == 4401
            assert "no longer works" in reason
