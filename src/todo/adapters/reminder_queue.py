"""Reminders that have come due, claimed by one scheduler at a time."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import or_
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from todo.domain.tasks import Task


class ReminderQueue:
    """The tasks whose reminder is due and has not fired yet."""

    def __init__(self, session: AsyncSession, *, sqlite: bool) -> None:
        self._session = session
        self._sqlite = sqlite

    async def claim(self, *, now: datetime, limit: int) -> Sequence[Task]:
        """Return up to ``limit`` open tasks whose ``remind_at`` has passed and not fired yet,
        soonest first. On PostgreSQL they are locked, and tasks another scheduler holds are
        skipped, so several workers never fire one reminder twice."""
        statement = (
            select(Task)
            .where(col(Task.remind_at).is_not(None), col(Task.remind_at) <= now)
            .where(
                or_(
                    col(Task.reminder_fired_for).is_(None),
                    col(Task.reminder_fired_for) != col(Task.remind_at),
                )
            )
            .where(col(Task.completed).is_(False), col(Task.deleted_at).is_(None))
            .order_by(col(Task.remind_at), col(Task.id))
            .limit(limit)
        )
        if not self._sqlite:
            statement = statement.with_for_update(skip_locked=True)
        return (await self._session.exec(statement)).all()
