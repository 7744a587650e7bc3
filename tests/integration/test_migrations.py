"""Migrations build the schema on both engines, and the models never drift from them."""

from __future__ import annotations

from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
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


async def test_sort_keys_are_filled_in_for_existing_tasks(tmp_path: Any) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'old.db'}")
    try:
        await upgrade(engine, "0002")
        async with engine.begin() as connection:
            await connection.execute(
                text(
                    "INSERT INTO users (id, email, name, role, timezone, is_active, created_at) "
                    "VALUES ('u1', 'a@example.com', '', 'user', 'America/Los_Angeles', 1, "
                    "'2026-01-01 00:00:00.000000')"
                )
            )
            await connection.execute(
                text(
                    "INSERT INTO tasks (user_id, title, completed, priority, due_at, all_day, "
                    "created_at, updated_at, version) VALUES "
                    "('u1', 'Ärger', 0, 0, '2026-11-27 00:00:00.000000', 1, "
                    "'2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000', 1), "
                    "('u1', 'Plain', 0, 0, NULL, 0, "
                    "'2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000', 1)"
                )
            )
        await upgrade(engine)
        async with engine.connect() as connection:
            rows = (
                await connection.execute(text("SELECT title_key, due_key FROM tasks ORDER BY id"))
            ).all()
        # All-day 27 November starts at 08:00 UTC in Los Angeles; no date sorts last.
        assert [tuple(row) for row in rows] == [
            ("ärger", "2026-11-27 08:00:00.000000"),
            ("plain", "9999-12-31 00:00:00.000000"),
        ]
    finally:
        await engine.dispose()


async def test_every_row_survives_the_upgrade_from_the_first_revision(tmp_path: Any) -> None:
    """Tables SQLite rebuilds on the way (to add or change a column) keep what refers to them:
    a task's tag links, a tag's owner, are all there at the newest revision."""
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'old.db'}")
    try:
        await upgrade(engine, "0001")
        async with engine.begin() as connection:
            await connection.execute(
                text(
                    "INSERT INTO users (id, email, name, role, timezone, is_active, created_at) "
                    "VALUES ('u1', 'a@example.com', '', 'user', 'UTC', 1, "
                    "'2026-01-01 00:00:00.000000')"
                )
            )
            await connection.execute(
                text(
                    "INSERT INTO tasks (id, user_id, title, completed, priority, all_day, "
                    "created_at, updated_at, version) VALUES "
                    "(1, 'u1', 'Dentist', 0, 0, 0, "
                    "'2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000', 1)"
                )
            )
            await connection.execute(
                text(
                    "INSERT INTO tags (id, user_id, name, key, created_at) VALUES "
                    "(7, 'u1', 'Health', 'health', '2026-01-01 00:00:00.000000')"
                )
            )
            await connection.execute(text("INSERT INTO task_tags (task_id, tag_id) VALUES (1, 7)"))
        await upgrade(engine)
        async with engine.connect() as connection:
            links = (await connection.execute(text("SELECT task_id, tag_id FROM task_tags"))).all()
            tags = (await connection.execute(text("SELECT id, user_id FROM tags"))).all()
            broken = (await connection.exec_driver_sql("PRAGMA foreign_key_check")).all()
            enforced = (await connection.exec_driver_sql("PRAGMA foreign_keys")).scalar()
        assert [tuple(row) for row in links] == [(1, 7)]
        assert [tuple(row) for row in tags] == [(7, "u1")]
        assert broken == []
        assert enforced == 1  # on again for the connections the product uses next
    finally:
        await engine.dispose()


async def test_reminders_already_past_do_not_fire_after_the_upgrade(tmp_path: Any) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'old.db'}")
    try:
        await upgrade(engine, "0004")
        async with engine.begin() as connection:
            await connection.execute(
                text(
                    "INSERT INTO users (id, email, name, role, timezone, is_active, created_at) "
                    "VALUES ('u1', 'a@example.com', '', 'user', 'UTC', 1, "
                    "'2026-01-01 00:00:00.000000')"
                )
            )
            await connection.execute(
                text(
                    "INSERT INTO tasks (user_id, title, completed, priority, all_day, remind_at, "
                    "created_at, updated_at, version, title_key, due_key) VALUES "
                    "('u1', 'Long ago', 0, 0, 0, '2020-01-01 09:00:00.000000', "
                    "'2020-01-01 00:00:00.000000', '2020-01-01 00:00:00.000000', 1, 'a', "
                    "'9999-12-31 00:00:00.000000'), "
                    "('u1', 'Ahead', 0, 0, 0, '2999-01-01 09:00:00.000000', "
                    "'2020-01-01 00:00:00.000000', '2020-01-01 00:00:00.000000', 1, 'b', "
                    "'9999-12-31 00:00:00.000000')"
                )
            )
        await upgrade(engine)
        async with engine.connect() as connection:
            rows = (
                await connection.execute(
                    text("SELECT title, reminder_fired_for FROM tasks ORDER BY id")
                )
            ).all()
        assert [tuple(row) for row in rows] == [
            ("Long ago", "2020-01-01 09:00:00.000000"),
            ("Ahead", None),
        ]
    finally:
        await engine.dispose()


async def test_the_registration_tables_go_down_and_up_again(own_database_url: str) -> None:
    """The newest revision is reversible on both engines (a database of this test's own)."""
    engine = create_engine(own_database_url)
    try:
        await downgrade(engine, "0005")
        async with engine.connect() as connection:
            names = await connection.run_sync(lambda c: set(inspect(c).get_table_names()))
        assert {"invitations", "first_admin"}.isdisjoint(names)
        assert await current_revision(engine) == "0005"
        await upgrade(engine)
        async with engine.connect() as connection:
            names = await connection.run_sync(lambda c: set(inspect(c).get_table_names()))
            assert await connection.run_sync(_drift) == []
        assert {"invitations", "first_admin"} <= names
    finally:
        await engine.dispose()
