"""Migrations build the schema on both engines, and the models never drift from them."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine
from sqlmodel.sql.sqltypes import UTCDateTime

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
        connection,
        opts={
            "include_object": tables.include_object_on(connection.dialect.name),
            "compare_type": True,
        },
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


# --- 0010: projects -------------------------------------------------------------------------

_THEN = datetime(2026, 1, 1, tzinfo=UTC)
_USERS_0009 = sa.table(
    "users",
    sa.column("id"),
    sa.column("email"),
    sa.column("name"),
    sa.column("role"),
    sa.column("timezone"),
    sa.column("is_active", sa.Boolean()),
    sa.column("created_at", UTCDateTime()),
)
_TASKS_0009 = sa.table(
    "tasks",
    sa.column("id", sa.Integer()),
    sa.column("user_id"),
    sa.column("title"),
    sa.column("completed", sa.Boolean()),
    sa.column("priority", sa.Integer()),
    sa.column("all_day", sa.Boolean()),
    sa.column("created_at", UTCDateTime()),
    sa.column("updated_at", UTCDateTime()),
    sa.column("version", sa.Integer()),
    sa.column("title_key"),
    sa.column("due_key", UTCDateTime()),
)
_TAGS = sa.table(
    "tags",
    sa.column("id", sa.Integer()),
    sa.column("user_id"),
    sa.column("name"),
    sa.column("key"),
    sa.column("created_at", UTCDateTime()),
)
_TASK_TAGS = sa.table("task_tags", sa.column("task_id"), sa.column("tag_id"))


async def _add_user_0009(connection: AsyncConnection, user_id: str) -> None:
    """Insert a user as the release before projects did: without an Inbox."""
    await connection.execute(
        _USERS_0009.insert().values(
            id=user_id,
            email=f"{user_id}@example.com",
            name="",
            role="user",
            timezone="UTC",
            is_active=True,
            created_at=_THEN,
        )
    )


async def _add_task_0009(
    connection: AsyncConnection, task_id: int, user_id: str, title: str
) -> None:
    """Insert a task as the release before projects did: without a project."""
    await connection.execute(
        _TASKS_0009.insert().values(
            id=task_id,
            user_id=user_id,
            title=title,
            completed=False,
            priority=0,
            all_day=False,
            created_at=_THEN,
            updated_at=_THEN,
            version=1,
            title_key=title.casefold(),
            due_key=datetime(9999, 12, 31, tzinfo=UTC),
        )
    )


async def _rows(connection: AsyncConnection, sql: str) -> list[tuple[Any, ...]]:
    return [tuple(row) for row in (await connection.execute(text(sql))).all()]


async def _found(engine: AsyncEngine, word: str) -> list[int]:
    """Return the ids of the tasks that full-text search finds for ``word``."""
    async with engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            sql = "SELECT rowid FROM tasks_fts WHERE tasks_fts MATCH :word ORDER BY rowid"
        else:
            sql = (
                "SELECT id FROM tasks WHERE search_vector @@ to_tsquery('simple', :word) "
                "ORDER BY id"
            )
        return [row[0] for row in (await connection.execute(text(sql), {"word": word})).all()]


async def _inboxes(connection: AsyncConnection) -> dict[str, int]:
    """Return each user's Inbox id, checking that each has exactly one, with its owner row."""
    projects = await _rows(
        connection,
        "SELECT owner_id, id, name, name_key, is_inbox, archived, deleted_at FROM projects",
    )
    owners = [project[0] for project in projects]
    assert len(owners) == len(set(owners))
    assert all(p[2:] == ("Inbox", "inbox", True, False, None) for p in projects), projects
    members = await _rows(
        connection,
        "SELECT m.project_id, m.user_id, m.email, m.role, m.accepted_at IS NOT NULL "
        "FROM project_members m JOIN users u ON u.id = m.user_id ORDER BY m.project_id",
    )
    inboxes = {owner: project_id for owner, project_id, *_ in projects}
    assert sorted(members) == sorted(
        (project_id, owner, f"{owner}@example.com", "owner", True)
        for owner, project_id in inboxes.items()
    )
    return inboxes


async def test_projects_migration_puts_every_task_in_its_creators_inbox_and_goes_back(
    own_database_url: str,
) -> None:
    """0010 on both engines: an Inbox and owner row per user, every task in its creator's
    Inbox, tags untouched; a task inserted the old way lands in an Inbox; down to 0009 and up
    again loses no task, tag or search."""
    engine = create_engine(own_database_url)
    try:
        await downgrade(engine, "0009")
        async with engine.begin() as connection:
            for user_id in ("ann", "bob"):  # bob has no tasks
                await _add_user_0009(connection, user_id)
            await _add_task_0009(connection, 1, "ann", "Dentist appointment")
            await _add_task_0009(connection, 2, "ann", "Groceries")
            await connection.execute(
                _TAGS.insert(),
                [
                    {
                        "id": 7,
                        "user_id": "ann",
                        "name": "Health",
                        "key": "health",
                        "created_at": _THEN,
                    },
                    {"id": 8, "user_id": "ann", "name": "Home", "key": "home", "created_at": _THEN},
                ],
            )
            await connection.execute(
                _TASK_TAGS.insert(),
                [
                    {"task_id": 1, "tag_id": 7},
                    {"task_id": 2, "tag_id": 7},
                    {"task_id": 2, "tag_id": 8},
                ],
            )
        links = [(1, 7), (2, 7), (2, 8)]

        await upgrade(engine)
        async with engine.connect() as connection:
            inboxes = await _inboxes(connection)
            assert set(inboxes) == {"ann", "bob"}
            tasks = await _rows(connection, "SELECT id, project_id, version FROM tasks ORDER BY id")
            assert tasks == [(1, inboxes["ann"], 1), (2, inboxes["ann"], 1)]
            assert (
                await _rows(connection, "SELECT task_id, tag_id FROM task_tags ORDER BY 1, 2")
                == links
            )
            assert await connection.run_sync(_drift) == []
            if connection.dialect.name == "sqlite":
                keys = await _rows(
                    connection,
                    'SELECT "from", "table", on_delete FROM pragma_foreign_key_list(\'tasks\') '
                    "ORDER BY 1",
                )
                assert keys == [
                    ("assignee_id", "users", "SET NULL"),
                    ("parent_id", "tasks", "CASCADE"),
                    ("project_id", "projects", "CASCADE"),
                    ("user_id", "users", "CASCADE"),
                ]
        assert await _found(engine, "dentist") == [1]

        # A process of the previous release, during a rolling upgrade: its tasks get an Inbox.
        async with engine.begin() as connection:
            await _add_task_0009(connection, 3, "bob", "Call the plumber")
            await _add_user_0009(connection, "cid")
            await _add_task_0009(connection, 4, "cid", "Water the plants")
        async with engine.connect() as connection:
            inboxes = await _inboxes(connection)
            assert set(inboxes) == {"ann", "bob", "cid"}
            placed = await _rows(
                connection, "SELECT id, project_id FROM tasks WHERE id > 2 ORDER BY id"
            )
            assert placed == [(3, inboxes["bob"]), (4, inboxes["cid"])]
        assert await _found(engine, "plumber") == [3]

        await downgrade(engine, "0009")
        async with engine.connect() as connection:
            names = await connection.run_sync(lambda c: set(inspect(c).get_table_names()))
            columns = await connection.run_sync(
                lambda c: {column["name"] for column in inspect(c).get_columns("tasks")}
            )
            assert {"projects", "project_members", "task_comments"}.isdisjoint(names)
            assert {"project_id", "parent_id", "assignee_id"}.isdisjoint(columns)
            assert await _rows(connection, "SELECT id, user_id FROM tasks ORDER BY id") == [
                (1, "ann"),
                (2, "ann"),
                (3, "bob"),
                (4, "cid"),
            ]
            assert (
                await _rows(connection, "SELECT task_id, tag_id FROM task_tags ORDER BY 1, 2")
                == links
            )
        assert await _found(engine, "dentist") == [1]
        async with engine.begin() as connection:  # search keeps up with new tasks too
            await _add_task_0009(connection, 5, "ann", "Dentist bill")
        assert await _found(engine, "dentist") == [1, 5]
        assert await current_revision(engine) == "0009"

        await upgrade(engine)
        async with engine.connect() as connection:
            inboxes = await _inboxes(connection)
            tasks = await _rows(connection, "SELECT id, project_id FROM tasks ORDER BY id")
            assert tasks == [
                (1, inboxes["ann"]),
                (2, inboxes["ann"]),
                (3, inboxes["bob"]),
                (4, inboxes["cid"]),
                (5, inboxes["ann"]),
            ]
            assert (
                await _rows(connection, "SELECT task_id, tag_id FROM task_tags ORDER BY 1, 2")
                == links
            )
            assert await connection.run_sync(_drift) == []
        assert await _found(engine, "dentist") == [1, 5]
    finally:
        await engine.dispose()
