"""Helpers shared by the API tests: a started app with its clients, and accounts made cheaply.

Signing up through the API costs an argon2 hash per account (and another per sign-in), so tests
that are not about accounts make their users through the repositories and mint access tokens
with the app's own :class:`~todo.adapters.security.AccessTokens` — the same code a sign-in runs.
"""

from __future__ import annotations

import asyncio
import sqlite3
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import anyio
import httpx
import uvicorn
from fastapi import FastAPI
from sqlalchemy import Table, event, func, select, text, true
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine
from sqlalchemy.sql.elements import ColumnElement

from tests.conftest import cheap_passwords
from todo.adapters.clock import FixedClock
from todo.adapters.metadata import TABLE_MODELS
from todo.adapters.security import PasswordHasher
from todo.bootstrap import App
from todo.config import Settings
from todo.domain.scopes import ALL_SCOPES
from todo.domain.users import User
from todo.entrypoints.server import create_app
from todo.services.account_opening import open_account

from .conftest import Account

PROBLEM_JSON = "application/problem+json"
BASE_URL = "http://test"


@dataclass
class Server:
    """A started API: the FastAPI app, the product app behind it, and a client."""

    api: FastAPI
    app: App
    http: httpx.AsyncClient

    def client(self, ip: str) -> httpx.AsyncClient:
        """Return another client of this server whose requests come from ``ip``."""
        transport = httpx.ASGITransport(app=self.api, client=(ip, 40000))
        return httpx.AsyncClient(transport=transport, base_url=BASE_URL)


@asynccontextmanager
async def on_a_port(api: FastAPI) -> AsyncIterator[uvicorn.Server]:
    """Run ``api`` in uvicorn (with its lifespan) on a free loopback port until the block ends;
    yield the server (its ``url_of`` is the address)."""
    config = uvicorn.Config(api, host="127.0.0.1", port=0, log_config=None, access_log=False)
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    try:
        with anyio.fail_after(10):
            while not server.started:
                if task.done():
                    task.result()
                await asyncio.sleep(0.01)
        yield server
    finally:
        server.should_exit = True
        await task


def url_of(server: uvicorn.Server) -> str:
    """Return the address a server started by :func:`on_a_port` listens on."""
    port = server.servers[0].sockets[0].getsockname()[1]
    return f"http://127.0.0.1:{port}"


@asynccontextmanager
async def serve(settings: Settings, clock: FixedClock) -> AsyncIterator[Server]:
    """Start an API for ``settings`` (its lifespan) and yield it with a client."""
    api = create_app(settings, clock=clock, password_hasher=cheap_passwords())
    async with api.router.lifespan_context(api):
        transport = httpx.ASGITransport(app=api)
        async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as http:
            yield Server(api=api, app=api.state.todo, http=http)


_HASHES: dict[str, str] = {}


async def hash_of(password: str) -> str:
    """Return an argon2 hash of ``password``, made once per test run (each costs ~0.1 s+)."""
    if password not in _HASHES:
        _HASHES[password] = await PasswordHasher().hash(password)
    return _HASHES[password]


def unique_email(tag: str = "user") -> str:
    """Return an e-mail no other test uses (tests share the PostgreSQL database)."""
    return f"{tag}-{uuid.uuid4().hex[:12]}@example.test"


async def add_user(
    app: App,
    *,
    role: str = "user",
    timezone: str = "UTC",
    email: str | None = None,
    password_hash: str | None = None,
) -> Account:
    """Open an account (without going through argon2) and sign it in with a minted token."""
    user = User(
        id=str(uuid.uuid4()),
        email=email or unique_email(),
        role=role,
        timezone=timezone,
        created_at=app.clock.now(),
        password_hash=password_hash,
    )
    uow = app.uow()
    async with uow:
        await open_account(uow, user=user)
        await uow.commit()
    return Account(id=user.id, email=user.email, headers=headers_of(app, user), refresh_token="")


def headers_of(app: App, user: User | Account, *, role: str | None = None) -> dict[str, str]:
    """Return the headers of a fresh access token for ``user``, issued at the app's "now"."""
    token = app.auth.access_tokens.issue(
        user_id=user.id,
        role=role or getattr(user, "role", "user"),
        timezone=getattr(user, "timezone", "UTC"),
        scopes=ALL_SCOPES,
        now=app.clock.now(),
    )
    return bearer(token)


def bearer(token: str) -> dict[str, str]:
    """Return the ``Authorization`` header for ``token``."""
    return {"Authorization": f"Bearer {token}"}


def problem(response: httpx.Response, status: int) -> dict[str, Any]:
    """Assert that ``response`` is a problem+json with ``status``, and return its body."""
    assert response.status_code == status, (response.request.url, response.text)
    assert response.headers["content-type"] == PROBLEM_JSON
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert body["detail"]
    return body


def unauthorized(response: httpx.Response) -> dict[str, Any]:
    """Assert a 401 problem that tells the client to present a bearer token."""
    body = problem(response, 401)
    assert response.headers["www-authenticate"].startswith("Bearer")
    return body


def _tables() -> list[Table]:
    tables = [model.__table__ for model in TABLE_MODELS]  # type: ignore[attr-defined]
    return [table for table in tables if isinstance(table, Table)]


async def database_state(app: App, user_ids: list[str]) -> dict[str, object]:
    """Return every row that belongs to ``user_ids``, and how many rows each table has.

    Two equal states mean that nothing of these users changed (their tasks, tags, tokens,
    sessions, events and accounts) and that nobody's rows were added or removed.
    """
    tables = {table.name: table for table in _tables()}
    tasks = tables["tasks"]
    state: dict[str, object] = {}
    async with app.engine.connect() as connection:
        counts = await connection.execute(
            select(
                *(
                    select(func.count()).select_from(table).scalar_subquery().label(name)
                    for name, table in sorted(tables.items())
                )
            )
        )
        state["counts"] = dict(counts.one()._mapping)
        for name, table in sorted(tables.items()):
            where: ColumnElement[bool]
            if "user_id" in table.c:
                where = table.c.user_id.in_(user_ids)
            elif name == "users":
                where = table.c.id.in_(user_ids)
            elif "owner_id" in table.c:  # projects
                where = table.c.owner_id.in_(user_ids)
            elif "task_id" in table.c:  # task_tags
                where = table.c.task_id.in_(select(tasks.c.id).where(tasks.c.user_id.in_(user_ids)))
            else:  # the workers' own bookkeeping (processed events, dead letters): all of it
                where = true()
            rows = await connection.execute(
                select(table).where(where).order_by(*table.primary_key.columns)
            )
            state[name] = [tuple(row) for row in rows]
    return state


Release = Callable[[int], Awaitable[None]]


@asynccontextmanager
async def writes_held(server: Server, database_url: str, table: str) -> AsyncIterator[Release]:
    """Hold back every write to ``table`` from a connection of the test's own (SQLite: its write
    lock; PostgreSQL: ``LOCK TABLE … IN SHARE MODE``), so that requests sent meanwhile all read
    what they read before any of them writes; yield ``release(waiting)``, which lets them go once
    ``waiting`` of them have sent a write to ``table`` (each has read everything it reads then).

    This makes "at the same moment" certain rather than likely, with nothing of the product
    replaced: the app's own engine is only watched.
    """
    writes = (f"INSERT INTO {table} ", f"UPDATE {table} ")
    sent: list[str] = []

    def watch(_connection: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if statement.lstrip().upper().startswith(tuple(w.upper() for w in writes)):
            sent.append(statement)

    async def until_waiting(waiting: int) -> None:
        with anyio.fail_after(60):
            while len(sent) < waiting:  # noqa: ASYNC110  (engine events are synchronous)
                await anyio.sleep(0.02)

    engine_events = server.app.engine.sync_engine
    event.listen(engine_events, "before_cursor_execute", watch)
    try:
        if database_url.startswith("sqlite"):
            holder = sqlite3.connect(make_url(database_url).database or "", isolation_level=None)
            holder.execute("BEGIN IMMEDIATE")

            async def release_sqlite(waiting: int) -> None:
                await until_waiting(waiting)
                holder.execute("ROLLBACK")

            try:
                yield release_sqlite
            finally:
                holder.close()
            return
        engine = create_async_engine(database_url)
        try:
            async with engine.connect() as locker:
                await locker.execute(text(f"LOCK TABLE {table} IN SHARE MODE"))

                async def release_postgres(waiting: int) -> None:
                    await until_waiting(waiting)
                    await locker.rollback()

                yield release_postgres
        finally:
            await engine.dispose()
    finally:
        event.remove(engine_events, "before_cursor_execute", watch)
