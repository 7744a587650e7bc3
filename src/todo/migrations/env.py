"""Alembic environment: runs on a connection the product hands over, or on its own engine."""

import asyncio

from alembic import context
from sqlalchemy.engine import Connection

from todo.adapters import metadata as tables

config = context.config
target_metadata = tables.metadata()


def run_on(connection: Connection) -> None:
    """Run the migrations on an open connection."""
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        include_object=tables.include_object_on(connection.dialect.name),
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


async def run_with_own_engine() -> None:
    """Run the migrations for the plain ``alembic`` command, on the configured database."""
    from todo.adapters.database import create_engine, database_url
    from todo.config import Settings

    url = config.attributes.get("database_url") or database_url(Settings())
    engine = create_engine(url)
    try:
        async with engine.begin() as connection:
            await connection.run_sync(run_on)
    finally:
        await engine.dispose()


connection = config.attributes.get("connection")
if context.is_offline_mode():
    raise SystemExit("Offline (SQL script) migrations are not supported.")
if connection is not None:
    run_on(connection)
else:
    asyncio.run(run_with_own_engine())
