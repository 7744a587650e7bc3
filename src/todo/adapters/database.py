"""Database engines and sessions for SQLite (the embedded default) and PostgreSQL."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import event, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine
from sqlmodel.ext.asyncio.session import AsyncSession

from todo.adapters.fair_pool import FairAsyncPool
from todo.adapters.local_state import close_if_present, private_directory, private_file
from todo.errors import Invalid

if TYPE_CHECKING:
    from todo.config import Settings

_ASYNC_DRIVERS = {
    "sqlite": "sqlite+aiosqlite",
    "postgres": "postgresql+asyncpg",
    "postgresql": "postgresql+asyncpg",
    "postgresql+psycopg2": "postgresql+asyncpg",
    "postgresql+psycopg": "postgresql+asyncpg",
}


def database_url(settings: Settings) -> str:
    """Return the async SQLAlchemy URL of the configured database.

    ``postgresql://…`` and ``sqlite:///…`` are accepted and given their async drivers; with no
    URL configured it is the SQLite file ``todo.db`` under ``TODO_HOME``.
    """
    if settings.database_url is None:
        return f"sqlite+aiosqlite:///{Path(settings.home).expanduser() / 'todo.db'}"
    try:
        url = make_url(settings.database_url)
    except Exception as exc:  # SQLAlchemy raises ArgumentError and ValueError alike
        raise Invalid("TODO_DATABASE_URL is not a database URL.", field="database_url") from exc
    driver = _ASYNC_DRIVERS.get(url.drivername, url.drivername)
    if driver not in ("sqlite+aiosqlite", "postgresql+asyncpg"):
        raise Invalid(
            f"Databases of kind '{url.drivername}' are not supported; use SQLite or PostgreSQL.",
            field="database_url",
        )
    return url.set(drivername=driver).render_as_string(hide_password=False)


def is_sqlite(url: str) -> bool:
    """Tell whether ``url`` names a SQLite database."""
    return url.startswith("sqlite")


#: Connections a process keeps open to PostgreSQL unless configured otherwise.
DEFAULT_POOL_SIZE = 15


def create_engine(
    url: str, *, echo: bool = False, pool_size: int = DEFAULT_POOL_SIZE
) -> AsyncEngine:
    """Return an engine for ``url``; SQLite gets WAL, foreign keys and a busy timeout.

    PostgreSQL connections are pooled, ``pool_size`` of them and never more: a connection
    opened for a burst and closed after it (an "overflow" connection) costs far more than a
    request waiting a moment for a pooled one; waiting requests are served in the order they
    came (:class:`~todo.adapters.fair_pool.FairAsyncPool`).

    Errors and echoed statements never show the values bound to a statement (password hashes,
    token digests, what users wrote). A SQLite file is its owner's only (0600, in a directory
    of mode 0700); SQLite gives its ``-wal`` and ``-shm`` files the same mode.
    """
    if is_sqlite(url):
        database = make_url(url).database
        if database and database != ":memory:" and not database.startswith("file:"):
            _private_sqlite_file(Path(database))
        engine = create_async_engine(url, echo=echo, hide_parameters=True)
        event.listen(engine.sync_engine, "connect", _configure_sqlite)
        return engine
    # No ping before each checkout (a round trip per request); connections are recycled before
    # servers or firewalls drop them, and a connection that broke anyway is discarded on use.
    return create_async_engine(
        url,
        echo=echo,
        hide_parameters=True,
        poolclass=FairAsyncPool,
        pool_recycle=1800,
        pool_size=pool_size,
        max_overflow=0,
    )


def _private_sqlite_file(path: Path) -> None:
    """Make the database file (created empty when missing, which SQLite then fills) and the
    journal files of an existing one readable and writable by their owner only; a directory
    made for it is mode 0700 (an existing one, which may be anybody's, is left as it is)."""
    private_directory(path.parent, existing_too=False)
    private_file(path)
    for suffix in ("-wal", "-shm", "-journal"):
        close_if_present(path.with_name(path.name + suffix))


def _configure_sqlite(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Return the factory of sessions bound to ``engine``; objects stay usable after commit."""
    return async_sessionmaker(engine, class_=AsyncSession, expire_on_commit=False)


#: How long the database may take to answer a health check (seconds).
CHECK_TIMEOUT_SECONDS = 2.0


async def check_database(engine: AsyncEngine) -> str | None:
    """Return ``None`` when the database answers, else one sentence saying what is wrong."""
    try:
        async with asyncio.timeout(CHECK_TIMEOUT_SECONDS):
            async with engine.connect() as connection:
                await connection.execute(text("SELECT 1"))
    except TimeoutError:
        return f"the database did not answer within {CHECK_TIMEOUT_SECONDS:g} seconds"
    except Exception as exc:  # any driver error means "not ready"; say which
        return f"the database cannot be reached: {type(exc).__name__}"
    return None
