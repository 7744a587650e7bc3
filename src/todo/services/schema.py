"""Schema verbs behind ``todo db``: migrate, and tell the current revision."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncEngine

from todo.adapters import migrations


async def upgrade_schema(engine: AsyncEngine) -> str | None:
    """Migrate the database to the newest revision and return it."""
    await migrations.upgrade(engine)
    return await migrations.current_revision(engine)


async def schema_revision(engine: AsyncEngine) -> tuple[str | None, str]:
    """Return the database's revision (``None`` when empty) and the newest one."""
    return await migrations.current_revision(engine), migrations.HEAD_REVISION
