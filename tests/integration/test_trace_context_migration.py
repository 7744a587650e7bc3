"""Revision 0009 adds the outbox's ``trace_context`` column and takes it away again, on both
engines, keeping the events the outbox holds."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.ext.asyncio import AsyncEngine

from todo.adapters.database import create_engine
from todo.adapters.migrations import HEAD_REVISION, current_revision, downgrade, upgrade

pytestmark = pytest.mark.anyio

INSERT = text(
    "INSERT INTO outbox (event_id, topic, type, subject, user_id, data, occurred_at, attempts) "
    "VALUES (:id, 'task-events', 'todo.task.created', 'tasks/1', 'u1', '{}', "
    "'2026-11-26 10:00:00.000000', 0)"
)


async def columns(engine: AsyncEngine) -> set[str]:
    async with engine.connect() as connection:
        return await connection.run_sync(
            lambda c: {column["name"] for column in inspect(c).get_columns("outbox")}
        )


async def test_the_trace_context_column_goes_down_and_up_again(own_database_url: str) -> None:
    engine = create_engine(own_database_url)
    try:
        assert await current_revision(engine) == HEAD_REVISION
        assert "trace_context" in await columns(engine)
        async with engine.begin() as connection:
            await connection.execute(INSERT, {"id": "before-downgrade"})
        await downgrade(engine, "0008")
        assert await current_revision(engine) == "0008"
        assert "trace_context" not in await columns(engine)
        async with engine.begin() as connection:
            await connection.execute(INSERT, {"id": "written-at-0008"})
        await upgrade(engine)
        assert await current_revision(engine) == HEAD_REVISION
        async with engine.connect() as connection:
            rows = (
                await connection.execute(
                    text("SELECT event_id, trace_context FROM outbox ORDER BY id")
                )
            ).all()
        # The events stay; what was written before the column existed has no trace (SQL NULL).
        assert [tuple(row) for row in rows] == [
            ("before-downgrade", None),
            ("written-at-0008", None),
        ]
    finally:
        await engine.dispose()
