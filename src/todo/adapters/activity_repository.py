"""The activity log of tasks in the database; every read is scoped to one user."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import tuple_
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from todo.domain.activity import TaskActivity


class ActivityRepository:
    """Reads and writes ``task_activity``."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    def add(self, entry: TaskActivity) -> None:
        """Append ``entry`` (written at the commit)."""
        self._session.add(entry)

    async def of_task(
        self, user_id: str, task_id: int, *, after: tuple[datetime, int] | None, limit: int
    ) -> Sequence[TaskActivity]:
        """Return up to ``limit`` entries of the user's task, in the order things happened,
        after the ``(occurred_at, id)`` given."""
        statement = select(TaskActivity).where(
            TaskActivity.task_id == task_id, TaskActivity.user_id == user_id
        )
        if after is not None:
            statement = statement.where(
                tuple_(col(TaskActivity.occurred_at), col(TaskActivity.id)) > tuple_(*after)
            )
        statement = statement.order_by(col(TaskActivity.occurred_at), col(TaskActivity.id))
        return (await self._session.exec(statement.limit(limit))).all()
