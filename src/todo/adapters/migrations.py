"""Schema migrations (Alembic), and the quick check that the schema is current.

Alembic is imported only when a migration actually runs, so an up-to-date database costs one
small query at start-up.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from todo.errors import SchemaOutdated

if TYPE_CHECKING:
    from alembic.config import Config

#: The newest revision; a test keeps it equal to the head of ``todo/migrations/versions``.
HEAD_REVISION = "0010"


def alembic_config(connection: Connection | None = None) -> Config:
    """Return the Alembic configuration of the product, optionally bound to ``connection``."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "todo:migrations")
    config.attributes["connection"] = connection
    return config


async def current_revision(engine: AsyncEngine) -> str | None:
    """Return the revision the database is at, or ``None`` for an empty database."""
    async with engine.connect() as connection:
        return await connection.run_sync(_read_revision)


async def upgrade(engine: AsyncEngine, revision: str = "head") -> None:
    """Migrate the database up to ``revision`` (default: the newest)."""

    def run(connection: Connection) -> None:
        from alembic import command

        command.upgrade(alembic_config(connection), revision)

    async with _migrating(engine) as connection:
        await connection.run_sync(run)


async def downgrade(engine: AsyncEngine, revision: str) -> None:
    """Migrate the database down to ``revision`` (``base`` empties it)."""

    def run(connection: Connection) -> None:
        from alembic import command

        command.downgrade(alembic_config(connection), revision)

    async with _migrating(engine) as connection:
        await connection.run_sync(run)


@asynccontextmanager
async def _migrating(engine: AsyncEngine) -> AsyncIterator[AsyncConnection]:
    """A connection in one transaction for the migrations.

    On SQLite the foreign keys are off meanwhile, and checked at the end: SQLite changes a
    table by making a new one and dropping the old, and dropping it with the foreign keys on
    would delete every row that refers to it (a task's tag links) — SQLite's own procedure for
    changing a table turns them off. They are on again before the connection is handed back.
    """
    async with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:  # a pragma that does nothing inside a transaction: before it begins
            await connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            await connection.commit()
        try:
            async with connection.begin():
                yield connection
                if sqlite:
                    broken = (await connection.exec_driver_sql("PRAGMA foreign_key_check")).all()
                    if broken:
                        raise RuntimeError(
                            f"the migration left {len(broken)} rows referring to rows that are "
                            f"gone (first in table {broken[0][0]}); nothing was changed"
                        )
        finally:
            if sqlite:
                await connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                await connection.commit()


async def ensure_schema(engine: AsyncEngine, *, migrate: bool) -> None:
    """Make sure the schema is current: migrate when allowed, else explain what to run.

    Processes that find an embedded database behind at the same moment (two ``todo`` commands
    on a new machine) migrate it one after the other: the second finds it current."""
    revision = await current_revision(engine)
    if revision == HEAD_REVISION:
        return
    if migrate:
        async with _migrating_alone(engine):
            if await current_revision(engine) != HEAD_REVISION:
                await upgrade(engine)
        return
    where = f"at revision {revision}" if revision else "empty"
    raise SchemaOutdated(
        f"The database is {where} and this version needs {HEAD_REVISION}; "
        "run `todo db upgrade` first."
    )


@asynccontextmanager
async def _migrating_alone(engine: AsyncEngine) -> AsyncIterator[None]:
    """Hold a lock on a file beside an embedded database while it is migrated (other
    databases serialise migrations themselves, and are migrated on purpose)."""
    database = engine.url.database
    embedded_file = engine.dialect.name == "sqlite" and database and database != ":memory:"
    if os.name != "posix" or not embedded_file:  # (file locks are POSIX's)
        yield
        return
    import fcntl

    descriptor = os.open(f"{database}.migrating", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        await asyncio.to_thread(fcntl.flock, descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)  # and the lock with it


def _read_revision(connection: Connection) -> str | None:
    if not connection.dialect.has_table(connection, "alembic_version"):
        return None
    row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    return None if row is None else str(row[0])
