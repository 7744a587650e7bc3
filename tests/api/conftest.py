"""Fixtures for API tests: the app on a migrated database, an HTTP client, signed-in users."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI

from tests.conftest import cheap_passwords
from todo.adapters.clock import FixedClock
from todo.config import Settings
from todo.entrypoints.server import create_app

pytestmark = pytest.mark.anyio

PASSWORD = "correct horse battery"


@dataclass
class Account:
    """A signed-in test user."""

    id: str
    email: str
    headers: dict[str, str]
    refresh_token: str


def api_settings(database_url: str, home: Path, **overrides: object) -> Settings:
    """Settings for a test app: the given database, a fixed secret, generous limits, and no
    event workers (tests of the events turn them on, on a database of their own)."""
    values: dict[str, object] = {
        "home": home,
        "database_url": database_url,
        "env": "test",
        "secret_key": "test-secret-key-that-is-long-enough-for-hs256",
        "login_rate_limit": "1000/minute",
        "write_rate_limit": "10000/minute",
        # The event workers run only where a test asks for them: the PostgreSQL database is
        # shared by the whole run, and a relay would pick up every other test's events.
        "workers_in_server": "no",
        "relay_in_server": False,
    }
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


async def running(api: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    """Start ``api`` (its lifespan) and yield a client that talks to it in-process."""
    async with api.router.lifespan_context(api):
        transport = httpx.ASGITransport(app=api)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            yield client


@pytest.fixture
async def client(
    database_url: str, clock: FixedClock, tmp_path: Path
) -> AsyncIterator[httpx.AsyncClient]:
    """A client of a freshly started API on a migrated database (SQLite and PostgreSQL)."""
    api = create_app(
        api_settings(database_url, tmp_path), clock=clock, password_hasher=cheap_passwords()
    )
    async for http in running(api):
        yield http


SignUp = Callable[..., Awaitable[Account]]


@pytest.fixture
def sign_up(client: httpx.AsyncClient) -> SignUp:
    """Register a new account and sign it in."""

    async def make(timezone: str = "Europe/Berlin") -> Account:
        email = f"{uuid.uuid4().hex[:12]}@example.test"
        created = await client.post(
            "/api/v1/auth/register",
            json={"email": email, "password": PASSWORD, "timezone": timezone},
        )
        assert created.status_code == 202, created.text
        tokens = await client.post(
            "/api/v1/auth/token", data={"username": email, "password": PASSWORD}
        )
        assert tokens.status_code == 200, tokens.text
        body = tokens.json()
        headers = {"Authorization": f"Bearer {body['access_token']}"}
        me = await client.get("/api/v1/users/me", headers=headers)
        return Account(
            id=me.json()["id"], email=email, headers=headers, refresh_token=body["refresh_token"]
        )

    return make


@pytest.fixture
async def alice(sign_up: SignUp) -> Account:
    return await sign_up()


@pytest.fixture
async def bob(sign_up: SignUp) -> Account:
    return await sign_up()
