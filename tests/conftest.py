"""Shared fixtures: databases on SQLite and PostgreSQL built from the real migrations.

PostgreSQL tests read their server from ``TODO_TEST_POSTGRES_URL`` (default: the local ``test``
database) and skip with a reason when it is unreachable — unless ``TODO_TEST_REQUIRE_SERVICES=1``,
which turns the skip into a failure (CI sets it).
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from pathlib import Path

import anyio
import pytest
from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from todo.adapters.clock import FixedClock
from todo.adapters.database import create_engine
from todo.adapters.migrations import upgrade
from todo.adapters.security import PasswordHasher
from todo.bootstrap import App, build_app
from todo.config import Settings

POSTGRES_URL = os.environ.get("TODO_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
REQUIRE_SERVICES = os.environ.get("TODO_TEST_REQUIRE_SERVICES") == "1"

# A `todo` process started by a test runs its command itself: a console agent left behind would
# outlive the test. The tests of the agent turn it on in an environment of their own.
os.environ["TODO_CONSOLE_AGENT"] = "false"

#: The moment every test starts at: Thursday 26 November 2026, 10:00 UTC.
START = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)


def missing_service(reason: str) -> None:
    """Skip the test, or fail it when CI requires every service."""
    if REQUIRE_SERVICES:
        pytest.fail(f"{reason} (TODO_TEST_REQUIRE_SERVICES=1)")
    pytest.skip(reason)


def cheap_passwords() -> PasswordHasher:
    """argon2id at its lowest cost, for the suite's many sign-ins: about a millisecond a hash
    instead of tens. The product's own cost is checked in ``tests/unit/test_password_cost.py``."""
    return PasswordHasher(
        hasher=PasswordHash((Argon2Hasher(time_cost=1, memory_cost=1024, parallelism=1),))
    )


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file migrated once; each test gets a copy."""
    path = tmp_path_factory.mktemp("template") / "todo.db"

    async def migrate() -> None:
        engine = create_engine(f"sqlite+aiosqlite:///{path}")
        try:
            await upgrade(engine)
        finally:
            await engine.dispose()

    anyio.run(migrate)
    return path


@pytest.fixture(scope="session")
def postgres_database() -> Iterator[str]:
    """A PostgreSQL database of its own for this test run, migrated once, dropped at the end."""
    yield from _postgres_database()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def own_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Like ``database_url``, but a PostgreSQL database of this test's own: for tests of the
    relay and the workers, which take every unsent event of the database."""
    if request.param == "sqlite":
        path = tmp_path / "todo.db"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        yield f"sqlite+aiosqlite:///{path}"
    else:
        yield from _postgres_database()


async def postgres_admin(statement: str) -> None:
    """Run ``statement`` outside a transaction on the server of ``TODO_TEST_POSTGRES_URL``
    (``CREATE DATABASE``, ``DROP DATABASE``)."""
    admin_url = make_url(POSTGRES_URL).set(drivername="postgresql+asyncpg")
    engine = create_async_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        async with engine.connect() as connection:
            await connection.execute(text(statement))
    finally:
        await engine.dispose()


def _postgres_database() -> Iterator[str]:
    admin_url = make_url(POSTGRES_URL).set(drivername="postgresql+asyncpg")
    name = f"todo_test_{uuid.uuid4().hex[:12]}"
    database_url = admin_url.set(database=name).render_as_string(hide_password=False)

    async def create() -> None:
        await postgres_admin(f'CREATE DATABASE "{name}"')
        engine = create_engine(database_url)
        try:
            await upgrade(engine)
        finally:
            await engine.dispose()

    try:
        anyio.run(create)
    except Exception as exc:  # unreachable server, refused login, missing driver, …
        missing_service(f"PostgreSQL at {POSTGRES_URL} is not usable: {exc}")
    yield database_url
    anyio.run(postgres_admin, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of a migrated database: a fresh SQLite copy, or the run's PostgreSQL database."""
    if request.param == "sqlite":
        path = tmp_path / "todo.db"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        return f"sqlite+aiosqlite:///{path}"
    return str(request.getfixturevalue("postgres_database"))


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START)


@pytest.fixture
async def own_app(own_database_url: str, clock: FixedClock, tmp_path: Path) -> AsyncIterator[App]:
    """The application on a database of the test's own: for tests of the relay and the
    workers, which take every unsent event of their database."""
    settings = Settings(home=tmp_path, database_url=own_database_url, env="test")
    application = await build_app(settings, clock=clock, password_hasher=cheap_passwords())
    yield application
    await application.aclose()


@pytest.fixture
async def app(database_url: str, clock: FixedClock, tmp_path: Path) -> AsyncIterator[App]:
    """The application on a migrated database, with a clock fixed at :data:`START`."""
    settings = Settings(home=tmp_path, database_url=database_url, env="test")
    application = await build_app(settings, clock=clock, password_hasher=cheap_passwords())
    yield application
    await application.aclose()
