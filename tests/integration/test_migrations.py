"""Migrations build the schema on both engines, and the models never drift from them."""

from __future__ import annotations

from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.engine import Connection

from todo.adapters import metadata as tables
from todo.adapters.database import create_engine
from todo.adapters.migrations import (
    HEAD_REVISION,
    alembic_config,
    current_revision,
    downgrade,
    upgrade,
)

pytestmark = pytest.mark.anyio


def test_head_revision_constant_matches_the_scripts() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert script.get_current_head() == HEAD_REVISION


def _drift(connection: Connection) -> list[Any]:
    context = MigrationContext.configure(
        connection, opts={"include_object": tables.include_object, "compare_type": True}
    )
    return list(compare_metadata(context, tables.metadata()))


async def test_models_match_the_migrated_schema(database_url: str) -> None:
    engine = create_engine(database_url)
    try:
        assert await current_revision(engine) == HEAD_REVISION
        async with engine.connect() as connection:
            assert await connection.run_sync(_drift) == []
            names = await connection.run_sync(lambda c: set(inspect(c).get_table_names()))
        assert {"users", "tasks", "tags", "task_tags", "outbox"} <= names
    finally:
        await engine.dispose()


async def test_an_empty_sqlite_database_upgrades_and_downgrades(tmp_path: Any) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'empty.db'}")
    try:
        assert await current_revision(engine) is None
        await upgrade(engine)
        assert await current_revision(engine) == HEAD_REVISION
        await downgrade(engine, "base")
        assert await current_revision(engine) is None
        await upgrade(engine)
        assert await current_revision(engine) == HEAD_REVISION
    finally:
        await engine.dispose()
